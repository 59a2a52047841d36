#include "support/olderfile.h"

#include "store/dialect.h"
#include "store/searchtextfunction.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>

#include <catch2/catch.hpp>

namespace libreta::test {

void writeFileAtVersion(const QString &path, int version, const QString &rows)
{
    const QString name = QStringLiteral("v%1-maker").arg(version);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(store::Dialect::driverName(), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        // Schema step 44 calls it, as on every connection a Database opens.
        store::registerSearchTextFunction(raw);
        // Numbered NNNN_name.sql, in order (a number may be missing).
        const QStringList steps = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
        for (const QString &step : steps) {
            if (step.left(4).toInt() > version)
                break;
            QFile sql(QStringLiteral(":/migrations/") + step);
            REQUIRE(sql.open(QIODevice::ReadOnly));
            store::Dialect::executeScript(raw, QString::fromUtf8(sql.readAll()));
        }
        store::Dialect::executeScript(raw, rows);
        store::Dialect::setSchemaVersion(raw, version);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace libreta::test
