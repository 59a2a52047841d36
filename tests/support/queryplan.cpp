#include "support/queryplan.h"

#include "store/database.h"
#include "store/dialect.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

namespace libreta::test {

QString queryPlan(store::Database &db, const QString &sql)
{
    sqlite3 *native = store::Dialect::nativeHandle(db.connection());
    const QByteArray text = (QStringLiteral("EXPLAIN QUERY PLAN ") + sql).toUtf8();
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(native, text.constData(), int(text.size()), &statement, nullptr) == SQLITE_OK);
    QString plan;
    while (sqlite3_step(statement) == SQLITE_ROW)
        plan += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3))) + u'\n';
    sqlite3_finalize(statement);
    return plan;
}

QList<Instruction> program(store::Database &db, const QString &sql)
{
    sqlite3 *native = store::Dialect::nativeHandle(db.connection());
    const QByteArray text = (QStringLiteral("EXPLAIN ") + sql).toUtf8();
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(native, text.constData(), int(text.size()), &statement, nullptr) == SQLITE_OK);
    QList<Instruction> out;
    while (sqlite3_step(statement) == SQLITE_ROW)
        out.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))),
                    sqlite3_column_int(statement, 2), sqlite3_column_int(statement, 3)});
    sqlite3_finalize(statement);
    return out;
}

} // namespace libreta::test
