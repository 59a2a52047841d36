#include "store/bulkrepository.h"

#include "store/nativestatement.h"

#include "domain/entitycodes.h"
#include "domain/textfold.h"
#include "store/bulkload.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/numbertails.h"
#include "store/sqlquery.h"
#include "store/storeerror.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

#include <cstdio>

namespace libreta::store {
namespace {

enum Which {
    DebtorInsert, TotalsInsert, ContactInsert, PhoneInsert, EmailInsert, InvoiceInsert, CallInsert,
    TechniqueInsert, PlanInsert, PromiseInsert, PaymentInsert, AllocationInsert, FollowUpInsert, FollowUpMoveInsert,
    NoteInsert, ReviewInsert, StatementCount
};

// Same columns and order as the repositories' INSERTs, with positional values.
const char *const kSql[StatementCount] = {
    "INSERT INTO debtors (external_ref, kind, name, tax_id, time_zone, segment, risk, value, "
    "assigned_agent_id, status, do_not_contact, dnc_reason, address, city, search_text, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
    "INSERT INTO debtor_totals (debtor_id) VALUES (?1)",
    "INSERT INTO contacts (debtor_id, name, role, best_time, do_not_contact) VALUES (?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO contact_phones (contact_id, number, digits, label, debtor_id, search_text) "
    "VALUES (?1, ?2, ?3, ?4, ?5, (SELECT search_text FROM debtors WHERE id = ?5))",
    "INSERT INTO contact_emails (contact_id, address, label) VALUES (?1, ?2, ?3)",
    "INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, disputed, dispute_reason, created_at, "
    "number_tail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "INSERT INTO calls (debtor_id, agent_id, contact_id, phone_dialled, started_at, ended_at, answered_by, outcome, "
    "presentation_notes, listening_notes, negotiation_notes, preclose_notes, close_notes, excuse_category, "
    "excuse_words, excuse_kind, profile_willing, profile_able, preclose_answer, commitment_text, "
    "commitment_confirmed, refusal_reason, next_step, script_id, script_version, corrects_call_id, override_reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
    "?23, ?24, ?25, ?26, ?27)",
    "INSERT OR IGNORE INTO call_techniques (call_id, technique) VALUES (?1, ?2)",
    "INSERT INTO payment_plans (debtor_id, call_id, frequency, total, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO promises (debtor_id, call_id, plan_id, sequence, amount, due_date, method, made_on, status, paid, "
    "resolved_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "INSERT INTO payments (debtor_id, paid_on, amount, method, reference, created_by, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "INSERT INTO allocations (payment_id, invoice_id, amount) VALUES (?1, ?2, ?3)",
    "INSERT INTO followups (debtor_id, kind, due_date, due_time, promise_id, call_id, assigned_to, description, "
    "status, result, created_at, done_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
    "ON CONFLICT DO NOTHING",
    "INSERT INTO followup_moves (followup_id, agent_id, from_date, to_date, moved_on) VALUES (?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO notes (debtor_id, author_id, created_at, body, corrects_note_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO quality_reviews (call_id, reviewer_id, reviewed_at, score_presentation, score_listening, "
    "score_negotiation, score_preclose, score_close, comments, coaching) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
};

[[noreturn]] void fail(sqlite3 *db)
{
    // SQLite's message names the constraint, never the values.
    spdlog::error("store: statement failed: {}", sqlite3_errmsg(db));
    throw sqliteFailure(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

QByteArray instantBytes(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                                t.hour(), t.minute(), t.second());
    return QByteArray(buf, n);
}

} // namespace

static_assert(StatementCount == 16, "kStatements in bulkrepository.h");

class BulkRepository::Statement {
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            fail(db);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }

    Statement &text(int i, const QString &s)
    {
        check(sqlite3_bind_text16(m_stmt, i, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT));
        return *this;
    }
    Statement &utf8(int i, QByteArrayView s)
    {
        // Empty is '' (a view of nothing has no data, which SQLite takes for NULL).
        check(sqlite3_bind_text(m_stmt, i, s.data() ? s.data() : "", int(s.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Statement &integer(int i, qint64 v)
    {
        check(sqlite3_bind_int64(m_stmt, i, v));
        return *this;
    }
    Statement &null(int i)
    {
        check(sqlite3_bind_null(m_stmt, i));
        return *this;
    }
    Statement &id(int i, const std::optional<domain::Id> &v) { return v ? integer(i, *v) : null(i); }
    Statement &flag(int i, const std::optional<bool> &v) { return v ? integer(i, *v ? 1 : 0) : null(i); }
    template <typename E>
    Statement &code(int i, const std::optional<E> &v)
    {
        return v ? text(i, domain::toCode(*v)) : null(i);
    }
    Statement &date(int i, const QDate &d)
    {
        if (!d.isValid())
            return null(i);
        char buf[16];
        const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
        check(sqlite3_bind_text(m_stmt, i, buf, n, SQLITE_TRANSIENT));
        return *this;
    }
    Statement &date(int i, const std::optional<QDate> &d) { return d ? date(i, *d) : null(i); }
    Statement &instant(int i, const QDateTime &t) { return t.isValid() ? utf8(i, instantBytes(t)) : null(i); }
    Statement &time(int i, const std::optional<QTime> &t)
    {
        if (!t || !t->isValid())
            return null(i);
        char buf[8];
        const int n = std::snprintf(buf, sizeof buf, "%02d:%02d", t->hour(), t->minute());
        check(sqlite3_bind_text(m_stmt, i, buf, n, SQLITE_TRANSIENT));
        return *this;
    }

    // Runs the INSERT; the rowid of the new row, or 0 when nothing was inserted.
    domain::Id insert()
    {
        const int rc = sqlite3_step(m_stmt);
        const int changes = sqlite3_changes(m_db);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE)
            fail(m_db);
        return changes > 0 ? sqlite3_last_insert_rowid(m_db) : 0;
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
            fail(m_db);
        }
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

BulkRepository::BulkRepository(Database &db)
    : m_db(db), m_native(nativeHandle(db)), m_now(instantBytes(QDateTime::currentDateTimeUtc()))
{
}

BulkRepository::~BulkRepository()
{
    // Still inside a transaction: its rollback brings the indexes back. Outside
    // one, the load was committed without restoring them: rebuild them now.
    if (m_suspended.isEmpty() || m_db.transactionDepth() > 0)
        return;
    try {
        restoreIndexes();
    } catch (const StoreError &e) {
        spdlog::error("store: could not rebuild indexes after a bulk load: {}", e.message().toStdString());
    }
}

BulkRepository::Statement &BulkRepository::statement(int which)
{
    auto &slot = m_statements[which];
    if (!slot)
        slot = std::make_unique<Statement>(m_native, kSql[which]);
    return *slot;
}

void BulkRepository::execute(const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_native, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw StoreError(QCoreApplication::translate("Store", "Database command failed: %1").arg(message));
    }
}

bool BulkRepository::indexExists(const QString &name)
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = :name"));
    return q.bind(QStringLiteral(":name"), name).execScalar() > 0;
}

// Indexes the figures' triggers read on every row a load writes: without
// them each row scans a whole table, and a load grows with its square (a
// call's techniques look up the call's promises by debtor: the demo office
// of 8,000 debtors took 54 s instead of 4).
static const QStringList kReadByTriggers{QStringLiteral("promises_debtor")};

void BulkRepository::suspendIndexes()
{
    QList<SuspendedIndex> found;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' "
                                        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name"));
        q.exec();
        while (q.next())
            if (!kReadByTriggers.contains(q.text(0)))
                found.append({q.text(0), q.text(1), q.text(2)});
    }
    for (const SuspendedIndex &index : std::as_const(found)) {
        execute(QStringLiteral("DROP INDEX \"%1\"").arg(index.name));
        m_suspended.append(index);
    }
}

void BulkRepository::restoreIndexes(const QString &exceptTable)
{
    const LargeSort sort(m_db);
    for (qsizetype i = 0; i < m_suspended.size();) {
        const SuspendedIndex &index = m_suspended.at(i);
        if (!exceptTable.isEmpty() && index.table == exceptTable) {
            ++i;
            continue;
        }
        if (!indexExists(index.name))
            execute(index.sql);
        m_suspended.removeAt(i);
    }
}

void BulkRepository::analyze(const QString &table)
{
    // Sampled: exact counts are not needed to pick the right index, and a
    // full ANALYZE of a million-debtor file reads all of it.
    execute(QStringLiteral("PRAGMA analysis_limit=1000"));
    execute(table.isEmpty() ? QStringLiteral("ANALYZE") : QStringLiteral("ANALYZE \"%1\"").arg(table));
    execute(QStringLiteral("PRAGMA analysis_limit=0"));
}

domain::Id BulkRepository::addDebtor(const domain::Debtor &d)
{
    using domain::toCode;
    const domain::Id id = statement(DebtorInsert)
                              .text(1, d.externalRef)
                              .text(2, toCode(d.kind))
                              .text(3, d.name)
                              .text(4, d.taxId)
                              .text(5, d.timeZone)
                              .text(6, d.segment)
                              .text(7, toCode(d.risk))
                              .text(8, toCode(d.value))
                              .id(9, d.assignedAgentId)
                              .text(10, toCode(d.status))
                              .integer(11, d.doNotContact ? 1 : 0)
                              .text(12, d.doNotContactReason)
                              .text(13, d.address)
                              .text(14, d.city)
                              .text(15, DebtorRepository::searchTextFor(d))
                              .utf8(16, m_now)
                              .insert();
    statement(TotalsInsert).integer(1, id).insert();
    return id;
}

domain::Id BulkRepository::addContact(const domain::Contact &c)
{
    const domain::Id id = statement(ContactInsert)
                              .integer(1, c.debtorId)
                              .text(2, c.name)
                              .text(3, domain::toCode(c.role))
                              .text(4, c.bestTime)
                              .integer(5, c.doNotContact ? 1 : 0)
                              .insert();
    for (const auto &p : c.phones)
        statement(PhoneInsert)
            .integer(1, id)
            .text(2, p.number)
            .text(3, domain::phoneDigits(p.number))
            .text(4, p.label)
            .integer(5, c.debtorId)
            .insert();
    for (const auto &e : c.emails)
        statement(EmailInsert).integer(1, id).text(2, e.address).text(3, e.label).insert();
    return id;
}

domain::Id BulkRepository::addInvoice(const domain::Invoice &inv)
{
    const QByteArray number = inv.number.toUtf8();
    const NumberTailBytes tail(number);
    return statement(InvoiceInsert)
        .integer(1, inv.debtorId)
        .utf8(2, number)
        .date(3, inv.issueDate)
        .date(4, inv.dueDate)
        .integer(5, inv.amount.minor())
        .integer(6, inv.disputed ? 1 : 0)
        .text(7, inv.disputeReason)
        .utf8(8, m_now)
        .utf8(9, tail.view())
        .insert();
}

domain::Id BulkRepository::addCall(const domain::Call &c)
{
    const domain::Id id = statement(CallInsert)
                              .integer(1, c.debtorId)
                              .id(2, c.agentId)
                              .id(3, c.contactId)
                              .text(4, c.phoneDialled)
                              .instant(5, c.startedAt)
                              .instant(6, c.endedAt)
                              .text(7, domain::toCode(c.answeredBy))
                              .text(8, domain::toCode(c.outcome))
                              .text(9, c.notes.presentation)
                              .text(10, c.notes.listening)
                              .text(11, c.notes.negotiation)
                              .text(12, c.notes.preClose)
                              .text(13, c.notes.close)
                              .code(14, c.excuseCategory)
                              .text(15, c.excuseWords)
                              .code(16, c.excuseKind)
                              .flag(17, c.willing)
                              .flag(18, c.able)
                              .code(19, c.preCloseAnswer)
                              .text(20, c.commitmentText)
                              .integer(21, c.commitmentConfirmed ? 1 : 0)
                              .text(22, c.refusalReason)
                              .text(23, c.nextStep)
                              .id(24, c.scriptId)
                              .integer(25, c.scriptVersion)
                              .id(26, c.correctsCallId)
                              .text(27, c.overrideReason)
                              .insert();
    for (const QString &technique : c.techniques)
        statement(TechniqueInsert).integer(1, id).text(2, technique).insert();
    return id;
}

domain::Id BulkRepository::addPlan(domain::Id debtorId, std::optional<domain::Id> callId,
                                   domain::PlanFrequency frequency, domain::Money total)
{
    return statement(PlanInsert)
        .integer(1, debtorId)
        .id(2, callId)
        .text(3, domain::toCode(frequency))
        .integer(4, total.minor())
        .utf8(5, m_now)
        .insert();
}

domain::Id BulkRepository::addPromise(const domain::Promise &p, const std::optional<QDate> &resolvedOn)
{
    return statement(PromiseInsert)
        .integer(1, p.debtorId)
        .id(2, p.callId)
        .id(3, p.planId)
        .integer(4, p.sequence)
        .integer(5, p.amount.minor())
        .date(6, p.dueDate)
        .text(7, domain::toCode(p.method))
        .date(8, p.madeOn)
        .text(9, domain::toCode(p.status))
        .integer(10, p.paid.minor())
        .date(11, resolvedOn)
        .insert();
}

domain::Id BulkRepository::addPayment(const domain::Payment &p, std::optional<domain::Id> createdBy)
{
    const domain::Id id = statement(PaymentInsert)
                              .integer(1, p.debtorId)
                              .date(2, p.paidOn)
                              .integer(3, p.amount.minor())
                              .text(4, domain::toCode(p.method))
                              .text(5, p.reference)
                              .id(6, createdBy)
                              .utf8(7, p.recordedAt ? instantBytes(*p.recordedAt) : m_now)
                              .insert();
    for (const auto &a : p.allocations)
        statement(AllocationInsert).integer(1, id).integer(2, a.invoiceId).integer(3, a.amount.minor()).insert();
    return id;
}

std::optional<domain::Id> BulkRepository::addFollowUp(const domain::FollowUp &f, const QDateTime &doneAt)
{
    const domain::Id id = statement(FollowUpInsert)
                              .integer(1, f.debtorId)
                              .text(2, domain::toCode(f.kind))
                              .date(3, f.dueDate)
                              .time(4, f.dueTime)
                              .id(5, f.promiseId)
                              .id(6, f.callId)
                              .id(7, f.assignedTo)
                              .text(8, f.description)
                              .text(9, domain::toCode(f.status))
                              .text(10, f.result)
                              .utf8(11, m_now)
                              .instant(12, f.status != domain::FollowUpStatus::Open ? doneAt : QDateTime())
                              .insert();
    if (id == 0)
        return std::nullopt;
    return id;
}

void BulkRepository::addFollowUpMove(domain::Id followUpId, const std::optional<domain::Id> &agent, const QDate &from,
                                     const QDate &to, const QDate &movedOn)
{
    statement(FollowUpMoveInsert)
        .integer(1, followUpId)
        .integer(2, agent.value_or(0))
        .date(3, from)
        .date(4, to)
        .date(5, movedOn)
        .insert();
}

domain::Id BulkRepository::addNote(const domain::Note &n)
{
    return statement(NoteInsert)
        .integer(1, n.debtorId)
        .id(2, n.authorId)
        .utf8(3, n.createdAt.isValid() ? instantBytes(n.createdAt) : m_now)
        .text(4, n.body)
        .id(5, n.correctsNoteId)
        .insert();
}

domain::Id BulkRepository::addReview(const domain::QualityReview &r)
{
    Statement &insert = statement(ReviewInsert).integer(1, r.callId).id(2, r.reviewerId).instant(3, r.reviewedAt);
    for (int stage = 0; stage < domain::QualityReview::kStages; ++stage)
        if (r.scores[stage])
            insert.integer(4 + stage, *r.scores[stage]);
        else
            insert.null(4 + stage);
    return insert.text(9, r.comments).text(10, r.coaching).insert();
}

} // namespace libreta::store
