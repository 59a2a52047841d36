#include "store/searchtextfunction.h"

#include "store/debtorrepository.h"
#include "store/dialect.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <sqlite3.h>

namespace libreta::store {
namespace {

QString text(sqlite3_value *v)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return bytes ? QString::fromUtf8(bytes, sqlite3_value_bytes(v)) : QString();
}

void searchText(sqlite3_context *context, int, sqlite3_value **argv)
{
    domain::Debtor d;
    d.name = text(argv[0]);
    d.externalRef = text(argv[1]);
    d.taxId = text(argv[2]);
    const QByteArray folded = DebtorRepository::searchTextFor(d).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerSearchTextFunction(QSqlDatabase &db)
{
    sqlite3 *native = Dialect::nativeHandle(db);
    if (sqlite3_create_function_v2(native, "libreta_search_text", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   &searchText, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw StoreError(QCoreApplication::translate("Store", "The database connection is not open."));
}

} // namespace libreta::store
