#pragma once

#include <QStringList>

namespace libreta::store {

class Database;

// Whole-file checks for `libreta-cli check`: SQLite's own integrity check
// and every foreign key.
class MaintenanceRepository final {
public:
    explicit MaintenanceRepository(Database &db) : m_db(db) {}

    // Empty when the file is sound; otherwise what SQLite reported.
    QStringList integrityProblems();
    // One line per row that points at something missing: "table rowid -> parent".
    QStringList foreignKeyProblems(int limit = 100);
    // Rows that break a rule the schema cannot express (allocations beyond an
    // invoice's amount or a payment's amount).
    QStringList overAllocations(int limit = 100);
    // The agenda's kept counts (schema 6) that differ from a count of the
    // open follow-ups: "assignee day kind promise: kept K, counted C"; and
    // each follow-up's put-offs (schema 39) that differ from its moves.
    QStringList agendaCountMismatches(int limit = 100);
    // The Panel's kept figures (schema 13) against a count of the calls,
    // promises and payments themselves: per day and agent for what an
    // agent did (calls, contacts, promises), per day for the payments,
    // whose agent is the one the debtor had when each was recorded; the
    // adjustments per day, and the reviews per day and agent (schema 21);
    // and the months' sums (schema 29) against their days'; and what each
    // technique's promises came to (schema 32) against the promises, and
    // the techniques' months (schema 33) against their days.
    QStringList dailyFigureMismatches(int limit = 20);
    // Invoices whose kept number tail (schema 30, written by the program
    // in C++) is not what SQL's expression of the number gives: "invoice
    // id: kept 'T', number gives 'U'". Search would miss them by number.
    QStringList invoiceNumberTailMismatches(int limit = 20);
    // Phones whose kept debtor or name key (schemas 7 and 31, written by
    // the store and kept by triggers) is not their contact's debtor's:
    // "phone id: kept debtor D 'K', contact's debtor E 'L'". Search would
    // miss them by number, or show them out of name order.
    QStringList phoneNameKeyMismatches(int limit = 20);

private:
    Database &m_db;
};

} // namespace libreta::store
