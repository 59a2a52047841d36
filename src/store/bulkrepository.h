#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

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
// TotalsRepository::refreshAll() (after restoreIndexes() and analyze()) when
// the load is done.
// Keep the column lists in step with the repositories; the store and demo
// tests read everything written here back through them.
class BulkRepository final {
public:
    explicit BulkRepository(Database &db);
    ~BulkRepository();
    Q_DISABLE_COPY_MOVE(BulkRepository)

    // Drops the non-unique secondary indexes for the load: rows whose keys
    // arrive in random order (call times, names, phone digits, due dates)
    // otherwise dirty a different index page per row, and every commit
    // rewrites most of those indexes. Unique indexes stay (they carry rules),
    // and so do those the figures' triggers look rows up by.
    // Call inside the load's transaction: a failed load rolls the drop back.
    void suspendIndexes();
    // Rebuilds the suspended indexes (one sort each), all but those of
    // `exceptTable`; call again without it for the rest. The destructor
    // rebuilds what is still missing if the transaction was committed first.
    void restoreIndexes(const QString &exceptTable = {});

    // Refreshes SQLite's statistics (ANALYZE, sampled) for one table or all.
    // Without them the planner takes the low-selectivity promises_status_due
    // index for per-debtor promise lookups in the totals query, which then
    // scans every pending promise for each debtor: quadratic on a large
    // portfolio. The statistics are kept in the file.
    void analyze(const QString &table = {});

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
    // nullopt); a follow-up already done or called off keeps when (`doneAt`).
    std::optional<domain::Id> addFollowUp(const domain::FollowUp &followUp, const QDateTime &doneAt = {});
    // A move of the follow-up from `from` to `to`, made on `movedOn` by
    // whoever it was assigned to (schema 38).
    void addFollowUpMove(domain::Id followUpId, const std::optional<domain::Id> &agent, const QDate &from,
                         const QDate &to, const QDate &movedOn);
    domain::Id addNote(const domain::Note &note);
    // As ReviewRepository::save for a call not reviewed yet.
    domain::Id addReview(const domain::QualityReview &review);

private:
    class Statement;
    static constexpr int kStatements = 16;
    Statement &statement(int which);

    struct SuspendedIndex {
        QString name;
        QString table;
        QString sql;
    };
    void execute(const QString &sql);
    bool indexExists(const QString &name);

    Database &m_db;
    sqlite3 *m_native = nullptr;
    QList<SuspendedIndex> m_suspended;
    QByteArray m_now;  // created_at for every row of this load
    std::unique_ptr<Statement> m_statements[kStatements];
};

} // namespace libreta::store
