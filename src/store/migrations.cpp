#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace libreta::store {

QList<Migration> bundledMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> steps;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        steps.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(steps.begin(), steps.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return steps;
}

} // namespace libreta::store
