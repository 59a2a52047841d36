#pragma once

#include "domain/entities.h"

#include <QByteArray>

#include <memory>

struct sqlite3;

namespace libreta::store {

class Database;

// Bulk loading (demo data, large imports): the same rows the repositories'
// add() methods write, for millions of rows at a time. Statements are
// prepared once and run through SQLite directly with positional values, and
// ids come from the rowid instead of RETURNING (which builds a temporary table
// per row): about three times faster than the repositories.
//
// Run it inside a Transaction. It does not refresh debtor_totals: call
// TotalsRepository::refreshAll() (after analyze()) when the load is done.
// Keep the column lists in step with the repositories; the store and demo
// tests read everything written here back through them.
class BulkRepository final {
public:
    explicit BulkRepository(Database &db);
    ~BulkRepository();
    Q_DISABLE_COPY_MOVE(BulkRepository)

    // Refreshes SQLite's statistics (ANALYZE). Without them the planner takes
    // the low-selectivity promises_status_due index for per-debtor promise
    // lookups in the totals query, which then scans every pending promise for
    // each debtor: quadratic on a large portfolio. The statistics are kept in
    // the file.
    void analyze();

    // As DebtorRepository::add: the debtor and its empty totals row.
    domain::Id addDebtor(const domain::Debtor &debtor);
    // As ContactRepository::add: with phones and e-mails.
    domain::Id addContact(const domain::Contact &contact);
    domain::Id addInvoice(const domain::Invoice &invoice);
    // As CallRepository::add: with its techniques.
    domain::Id addCall(const domain::Call &call);
    // The plan row only; its instalments go through addPromise with planId set.
    domain::Id addPlan(domain::Id debtorId, std::optional<domain::Id> callId, domain::PlanFrequency frequency,
                       domain::Money total);
    // A promise whose outcome may already be known: status, paid and
    // resolved_on are stored as given (PromiseRepository::add + setOutcome).
    domain::Id addPromise(const domain::Promise &promise, const std::optional<QDate> &resolvedOn);
    // As PaymentRepository::add: with its allocations.
    domain::Id addPayment(const domain::Payment &payment, std::optional<domain::Id> createdBy);
    // As FollowUpRepository::add (a duplicate kind for a promise is ignored:
    // nullopt); a follow-up already done keeps when (`doneAt`).
    std::optional<domain::Id> addFollowUp(const domain::FollowUp &followUp, const QDateTime &doneAt = {});
    domain::Id addNote(const domain::Note &note);

private:
    class Statement;
    static constexpr int kStatements = 14;
    Statement &statement(int which);

    Database &m_db;
    sqlite3 *m_native = nullptr;
    QByteArray m_now;  // created_at for every row of this load
    std::unique_ptr<Statement> m_statements[kStatements];
};

} // namespace libreta::store
