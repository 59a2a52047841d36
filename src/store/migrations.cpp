#include "store/migrations.h"

#include "store/storeerror.h"

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
    // Two steps with one number would both run and leave an ambiguous
    // version behind: a build mistake, refused before anything is written.
    for (qsizetype i = 1; i < steps.size(); ++i)
        if (steps[i].version == steps[i - 1].version)
            throw StoreError(QStringLiteral("Two schema steps share the number %1: %2 and %3")
                                 .arg(steps[i].version)
                                 .arg(steps[i - 1].name, steps[i].name));
    return steps;
}

} // namespace libreta::store
