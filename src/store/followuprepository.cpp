#include "store/followuprepository.h"

#include "domain/entitycodes.h"
#include "store/followuprow.h"
#include "store/sqlquery.h"

namespace libreta::store {

namespace {

const QString kInsert = QStringLiteral(
    "INSERT INTO followups (debtor_id, kind, due_date, due_time, promise_id, call_id, assigned_to, description, "
    "status, result, created_at) VALUES (:debtor, :kind, :due, :time, :promise, :call, :assigned, :description, "
    ":status, :result, :now) ");

// A call-back due by :day at :time (one without a time, any time that day).
const QString kDueBy = QStringLiteral(
    "(due_date < :day OR (due_date = :day AND (due_time IS NULL OR due_time <= :time)))");

SqlQuery &bindFollowUp(SqlQuery &q, const domain::FollowUp &f)
{
    return q.bind(QStringLiteral(":debtor"), f.debtorId)
        .bind(QStringLiteral(":kind"), domain::toCode(f.kind))
        .bind(QStringLiteral(":due"), f.dueDate)
        .bind(QStringLiteral(":time"), f.dueTime)
        .bind(QStringLiteral(":promise"), f.promiseId)
        .bind(QStringLiteral(":call"), f.callId)
        .bind(QStringLiteral(":assigned"), f.assignedTo)
        .bind(QStringLiteral(":description"), f.description)
        .bind(QStringLiteral(":status"), domain::toCode(f.status))
        .bind(QStringLiteral(":result"), f.result)
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc());
}

} // namespace

std::optional<domain::Id> FollowUpRepository::add(const domain::FollowUp &f)
{
    SqlQuery q(m_db, kInsert + QStringLiteral("ON CONFLICT DO NOTHING RETURNING id"));
    bindFollowUp(q, f).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

void FollowUpRepository::addOrReopen(const domain::FollowUp &f)
{
    domain::FollowUp open = f;
    open.status = domain::FollowUpStatus::Open;
    open.result.clear();
    SqlQuery q(m_db, kInsert + QStringLiteral(
                                   "ON CONFLICT (promise_id, kind) WHERE promise_id IS NOT NULL DO UPDATE SET "
                                   "status = 'open', due_date = excluded.due_date, due_time = excluded.due_time, "
                                   "assigned_to = excluded.assigned_to, result = '', done_at = NULL"));
    bindFollowUp(q, open).exec();
}

QList<domain::FollowUp> FollowUpRepository::openForDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + followUpColumns() +
                         QStringLiteral(" FROM followups f WHERE f.debtor_id = :d AND f.status = 'open' "
                                        "ORDER BY f.due_date, f.due_time, f.id"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    QList<domain::FollowUp> out;
    while (q.next())
        out.append(readFollowUp(q));
    return out;
}

QList<domain::FollowUp> FollowUpRepository::forDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + followUpColumns() +
                         QStringLiteral(" FROM followups f WHERE f.debtor_id = :d ORDER BY f.due_date DESC, f.id DESC"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    QList<domain::FollowUp> out;
    while (q.next())
        out.append(readFollowUp(q));
    return out;
}

QList<AgendaItem> FollowUpRepository::agenda(const QDate &date, AgendaListing listing)
{
    // Those put off are read through their own partial index (schema 39).
    SqlQuery q(m_db, QStringLiteral("SELECT ") + followUpColumns() +
                         QStringLiteral(", d.name, d.external_ref, p.amount, p.method, f.put_offs FROM followups f "
                                        "JOIN debtors d ON d.id = f.debtor_id "
                                        "LEFT JOIN promises p ON p.id = f.promise_id "
                                        "WHERE f.status = 'open' AND ") +
                         (listing.putOffOnly ? QStringLiteral("f.put_offs > 0 AND ") : QString()) +
                         (listing.includeOverdue ? QStringLiteral("f.due_date <= :date ") : QStringLiteral("f.due_date = :date ")) +
                         QStringLiteral("ORDER BY f.due_date, f.due_time, f.id"));
    q.bind(QStringLiteral(":date"), date).exec();
    QList<AgendaItem> out;
    while (q.next()) {
        AgendaItem item;
        item.followUp = readFollowUp(q);
        item.debtorName = q.text(11);
        item.debtorRef = q.text(12);
        item.promiseAmount = q.money(13);
        if (!q.isNull(14))
            item.promiseMethod = domain::fromCode<domain::PaymentMethod>(q.text(14));
        item.putOff = int(q.integer(15));
        out.append(item);
    }
    return out;
}

std::optional<domain::FollowUp> FollowUpRepository::byId(domain::Id followUpId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + followUpColumns() + QStringLiteral(" FROM followups f WHERE f.id = :id"));
    q.bind(QStringLiteral(":id"), followUpId).exec();
    if (!q.next())
        return std::nullopt;
    return readFollowUp(q);
}

bool FollowUpRepository::complete(domain::Id followUpId, const QString &result, const QDateTime &at)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET status = 'done', result = :result, done_at = :at "
                                    "WHERE id = :id AND status = 'open'"));
    q.bind(QStringLiteral(":result"), result)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":id"), followUpId)
        .exec();
    return q.rowsAffected() > 0;
}

bool FollowUpRepository::reschedule(domain::Id followUpId, const QDate &date, const std::optional<QTime> &time,
                                    const QDate &movedOn)
{
    // The move is kept before the follow-up changes: from its day then,
    // for whoever had it then (schema 38 counts the put-offs from these).
    SqlQuery(m_db, QStringLiteral("INSERT INTO followup_moves (followup_id, agent_id, from_date, to_date, moved_on) "
                                  "SELECT id, coalesce(assigned_to, 0), due_date, :date, :on FROM followups "
                                  "WHERE id = :id AND status = 'open' AND due_date <> :date"))
        .bind(QStringLiteral(":date"), date)
        .bind(QStringLiteral(":on"), movedOn)
        .bind(QStringLiteral(":id"), followUpId)
        .exec();
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET due_date = :date, due_time = :time "
                                    "WHERE id = :id AND status = 'open'"));
    q.bind(QStringLiteral(":date"), date)
        .bind(QStringLiteral(":time"), time)
        .bind(QStringLiteral(":id"), followUpId)
        .exec();
    return q.rowsAffected() > 0;
}

bool FollowUpRepository::describe(domain::Id followUpId, const QString &words)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET description = :words WHERE id = :id AND status = 'open'"));
    q.bind(QStringLiteral(":words"), words).bind(QStringLiteral(":id"), followUpId).exec();
    return q.rowsAffected() > 0;
}

bool FollowUpRepository::reassign(domain::Id followUpId, const std::optional<domain::Id> &userId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET assigned_to = :user WHERE id = :id AND status = 'open'"));
    q.bind(QStringLiteral(":user"), userId).bind(QStringLiteral(":id"), followUpId).exec();
    return q.rowsAffected() > 0;
}

std::optional<domain::Id> FollowUpRepository::assigneeForPromise(domain::Id promiseId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT assigned_to FROM followups WHERE promise_id = :p "
                                    "AND assigned_to IS NOT NULL ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":p"), promiseId).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

int FollowUpRepository::cancelBrokenPromiseCallbacks(domain::Id debtorId, const QString &result, const QDateTime &at)
{
    // A call-back with a promise is one the promise's breaking made
    // (PromiseReevaluator); one a call agreed has none.
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET status = 'cancelled', result = :result, done_at = :at "
                                    "WHERE debtor_id = :d AND status = 'open' AND kind = 'callback' "
                                    "AND promise_id IS NOT NULL"));
    q.bind(QStringLiteral(":result"), result)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":d"), debtorId)
        .exec();
    return q.rowsAffected();
}

void FollowUpRepository::closeForPromise(domain::Id promiseId, const QString &result, const QDateTime &at)
{
    SqlQuery(m_db, QStringLiteral("UPDATE followups SET status = 'done', result = :result, done_at = :at "
                                  "WHERE promise_id = :p AND status = 'open' "
                                  "AND kind IN ('promise_reminder', 'promise_check')"))
        .bind(QStringLiteral(":result"), result)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":p"), promiseId)
        .exec();
}

void FollowUpRepository::cancelForPromise(domain::Id promiseId, const QString &result, const QDateTime &at)
{
    SqlQuery(m_db, QStringLiteral("UPDATE followups SET status = 'cancelled', result = :result, done_at = :at "
                                  "WHERE promise_id = :p AND status = 'open' "
                                  "AND kind IN ('promise_reminder', 'promise_check')"))
        .bind(QStringLiteral(":result"), result)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":p"), promiseId)
        .exec();
}

int FollowUpRepository::cancelOpenForDebtor(domain::Id debtorId, const QString &result, const QDateTime &at)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET status = 'cancelled', result = :result, done_at = :at "
                                    "WHERE debtor_id = :d AND status = 'open'"));
    q.bind(QStringLiteral(":result"), result).bind(QStringLiteral(":at"), at).bind(QStringLiteral(":d"), debtorId).exec();
    return q.rowsAffected();
}

int FollowUpRepository::completeDueCallbacks(domain::Id debtorId, const QDate &day, const QTime &time,
                                             const QString &result, const QDateTime &at, DueCallbacks which)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET status = 'done', result = :result, done_at = :at "
                                    "WHERE debtor_id = :d AND status = 'open' AND kind = 'callback' AND ")
                         + kDueBy
                         + (which == DueCallbacks::AgreedOnly ? QStringLiteral(" AND promise_id IS NULL") : QString()));
    q.bind(QStringLiteral(":result"), result)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":d"), debtorId)
        .bind(QStringLiteral(":day"), day)
        .bind(QStringLiteral(":time"), time)
        .exec();
    return q.rowsAffected();
}

int FollowUpRepository::completeOpenCallbacks(domain::Id debtorId, const QString &result, const QDateTime &at)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET status = 'done', result = :result, done_at = :at "
                                    "WHERE debtor_id = :d AND status = 'open' AND kind = 'callback'"));
    q.bind(QStringLiteral(":result"), result).bind(QStringLiteral(":at"), at).bind(QStringLiteral(":d"), debtorId).exec();
    return q.rowsAffected();
}

int FollowUpRepository::retryDuePromiseCallbacks(domain::Id debtorId, const QDate &day, const QTime &time,
                                                 const QDate &toDate, const QTime &toTime, const QString &description)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET due_date = :to_date, due_time = :to_time, "
                                    "description = :description "
                                    "WHERE debtor_id = :d AND status = 'open' AND kind = 'callback' "
                                    "AND promise_id IS NOT NULL AND ")
                         + kDueBy);
    q.bind(QStringLiteral(":to_date"), toDate)
        .bind(QStringLiteral(":to_time"), toTime)
        .bind(QStringLiteral(":description"), description)
        .bind(QStringLiteral(":d"), debtorId)
        .bind(QStringLiteral(":day"), day)
        .bind(QStringLiteral(":time"), time)
        .exec();
    return q.rowsAffected();
}

int FollowUpRepository::cancelForCalls(domain::Id debtorId, const QList<domain::Id> &callIds, domain::FollowUpKind kind,
                                       const QString &result, const QDateTime &at)
{
    int cancelled = 0;
    // Down the debtor's open follow-ups (a handful), one call at a time.
    SqlQuery q(m_db, QStringLiteral("UPDATE followups SET status = 'cancelled', result = :result, done_at = :at "
                                    "WHERE debtor_id = :d AND status = 'open' AND call_id = :c AND kind = :kind"));
    for (const domain::Id callId : callIds) {
        q.bind(QStringLiteral(":result"), result)
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":d"), debtorId)
            .bind(QStringLiteral(":c"), callId)
            .bind(QStringLiteral(":kind"), domain::toCode(kind))
            .exec();
        cancelled += q.rowsAffected();
    }
    return cancelled;
}

} // namespace libreta::store
