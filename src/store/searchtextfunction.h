#pragma once

class QSqlDatabase;

namespace libreta::store {

// libreta_search_text(name, external_ref, tax_id): the debtor's search
// text as DebtorRepository::searchTextFor writes it. For schema steps that
// rewrite the stored debtors' words by the very rule new debtors get,
// never an SQL copy of it (schema 44). Not used by any index or trigger:
// a file stays readable and writable by SQLite's own tools. Registered on
// every connection a Database opens.
void registerSearchTextFunction(QSqlDatabase &db);

} // namespace libreta::store
