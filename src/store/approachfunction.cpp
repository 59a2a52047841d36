#include "store/approachfunction.h"

#include "domain/aging.h"
#include "domain/entitycodes.h"
#include "domain/strategy.h"
#include "store/dialect.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVariant>

#include <sqlite3.h>

namespace libreta::store {
namespace {

QString text(sqlite3_value *v)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return bytes ? QString::fromUtf8(bytes, sqlite3_value_bytes(v)) : QString();
}

std::optional<bool> flag(sqlite3_value *v)
{
    if (sqlite3_value_type(v) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_value_int64(v) != 0;
}

void approach(sqlite3_context *context, int, sqlite3_value **argv)
{
    using namespace domain;
    StrategyInput in;
    in.outstanding = Money::fromMinor(sqlite3_value_int64(argv[0]));
    if (!in.outstanding.isPositive()) {
        sqlite3_result_null(context);  // nothing to collect: no approach
        return;
    }
    const QDate today = QDate::fromString(text(argv[2]), Qt::ISODate);
    if (sqlite3_value_type(argv[1]) != SQLITE_NULL)
        in.daysPastDue = daysPastDue(QDate::fromString(text(argv[1]), Qt::ISODate), today);
    in.risk = fromCode<Level>(text(argv[3])).value_or(Level::Medium);
    in.value = fromCode<Level>(text(argv[4])).value_or(Level::Medium);
    in.promisesKept = int(sqlite3_value_int64(argv[5]));
    in.promisesBroken = int(sqlite3_value_int64(argv[6]));
    in.willing = flag(argv[7]);
    in.able = flag(argv[8]);
    const QByteArray code = toCode(decideApproach(in)).toUtf8();
    sqlite3_result_text(context, code.constData(), int(code.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerApproachFunction(QSqlDatabase &db)
{
    sqlite3 *native = Dialect::nativeHandle(db);
    if (sqlite3_create_function_v2(native, "libreta_approach", 9, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                              nullptr, &approach, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw StoreError(QCoreApplication::translate("Store", "The database connection is not open."));
}

} // namespace libreta::store
