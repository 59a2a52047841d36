#include "store/calldiscountrepository.h"

#include "domain/codes.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {

const domain::CodeEntry<DiscountStatus> kStatuses[] = {
    {DiscountStatus::WithinLimit, "within_limit"},
    {DiscountStatus::Pending, "pending"},
    {DiscountStatus::Approved, "approved"},
    {DiscountStatus::Rejected, "rejected"},
};

const QString kColumns = QStringLiteral("call_id, debtor_id, balance, agreed_total, percent, limit_percent, status");
const QString kReadColumns = kColumns + QStringLiteral(", decided_by, decided_at, decision_note, granted_when_paid");
// The first column a statement selects after kReadColumns.
constexpr int kAfterRead = 11;

// kReadColumns of the table called `alias` in a join, ending in ", ".
QString readColumnsOf(const QString &alias)
{
    QString columns;
    for (const QString &c : kReadColumns.split(QStringLiteral(", ")))
        columns += alias + QLatin1Char('.') + c + QStringLiteral(", ");
    return columns;
}

CallDiscount read(const SqlQuery &q)
{
    CallDiscount d;
    d.callId = q.integer(0);
    d.debtorId = q.integer(1);
    d.balance = q.money(2);
    d.agreedTotal = q.money(3);
    d.percent = int(q.integer(4));
    d.limitPercent = int(q.integer(5));
    d.status = domain::enumFromCode(kStatuses, q.text(6)).value_or(DiscountStatus::Pending);
    d.decidedBy = q.optionalInteger(7);
    d.decidedAt = q.optionalInstant(8);
    d.decisionNote = q.text(9);
    d.grantedWhenPaid = q.boolean(10);
    return d;
}

} // namespace

void CallDiscountRepository::add(const CallDiscount &d)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO call_discounts (") + kColumns +
                       QStringLiteral(", granted_when_paid) VALUES (:call, :debtor, :balance, :agreed, :percent, "
                                      ":limit, :status, :granted)"))
        .bind(QStringLiteral(":call"), d.callId)
        .bind(QStringLiteral(":debtor"), d.debtorId)
        .bind(QStringLiteral(":balance"), d.balance)
        .bind(QStringLiteral(":agreed"), d.agreedTotal)
        .bind(QStringLiteral(":percent"), d.percent)
        .bind(QStringLiteral(":limit"), d.limitPercent)
        .bind(QStringLiteral(":status"), domain::codeOf(kStatuses, d.status))
        .bind(QStringLiteral(":granted"), d.grantedWhenPaid)
        .exec();
}

std::optional<CallDiscount> CallDiscountRepository::forCall(domain::Id callId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kReadColumns + QStringLiteral(" FROM call_discounts WHERE call_id = :c"));
    q.bind(QStringLiteral(":c"), callId).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<DiscountRequest> CallDiscountRepository::requests(int limit)
{
    // The few waiting, down the status index, each joined by key; in the
    // order the calls were made.
    SqlQuery q(m_db, QStringLiteral("SELECT ") + readColumnsOf(QStringLiteral("x")) +
                         QStringLiteral("c.started_at, c.agent_id, coalesce(u.display_name, ''), d.name, d.external_ref, "
                                        "c.commitment_text FROM call_discounts x JOIN calls c ON c.id = x.call_id "
                                        "JOIN debtors d ON d.id = x.debtor_id LEFT JOIN users u ON u.id = c.agent_id "
                                        "WHERE x.status = 'pending' ORDER BY c.started_at, x.call_id LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<DiscountRequest> out;
    while (q.next()) {
        DiscountRequest r;
        r.discount = read(q);
        r.calledAt = q.instant(kAfterRead);
        r.agentId = q.optionalInteger(kAfterRead + 1);
        r.agentName = q.text(kAfterRead + 2);
        r.debtorName = q.text(kAfterRead + 3);
        r.debtorRef = q.text(kAfterRead + 4);
        r.commitment = q.text(kAfterRead + 5);
        out.append(r);
    }
    return out;
}

int CallDiscountRepository::pendingCount()
{
    return int(SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM call_discounts WHERE status = 'pending'")).execScalar());
}

QList<StandingDiscount> CallDiscountRepository::standingForDebtor(domain::Id debtorId)
{
    // Down (status, debtor_id): two statuses, the debtor's few discounts.
    SqlQuery q(m_db, QStringLiteral("SELECT ") + readColumnsOf(QStringLiteral("cd")) +
                         QStringLiteral("c.started_at FROM call_discounts cd JOIN calls c ON c.id = cd.call_id "
                                        "WHERE cd.status IN ('within_limit', 'approved') AND cd.debtor_id = :d "
                                        "AND cd.granted_when_paid = 1 ORDER BY cd.call_id"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    QList<StandingDiscount> out;
    while (q.next())
        out.append({read(q), q.instant(kAfterRead)});
    return out;
}

QList<domain::Id> CallDiscountRepository::debtorsWithStandingDiscounts()
{
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT debtor_id FROM call_discounts "
                                    "WHERE status IN ('within_limit', 'approved') AND granted_when_paid = 1 "
                                    "ORDER BY debtor_id"));
    q.exec();
    QList<domain::Id> out;
    while (q.next())
        out.append(q.integer(0));
    return out;
}

QList<CallDiscount> CallDiscountRepository::forDebtor(domain::Id debtorId)
{
    // (status, debtor_id) serves no debtor alone; a debtor's discounts are
    // read through its calls, which the file reads anyway.
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kReadColumns +
                         QStringLiteral(" FROM call_discounts WHERE call_id IN (SELECT id FROM calls WHERE debtor_id = :d) "
                                        "ORDER BY call_id"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    QList<CallDiscount> out;
    while (q.next())
        out.append(read(q));
    return out;
}

bool CallDiscountRepository::decide(domain::Id callId, DiscountStatus status, std::optional<domain::Id> by,
                                    const QDateTime &atUtc, const QString &note)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE call_discounts SET status = :status, decided_by = :by, decided_at = :at, "
                                    "decision_note = :note WHERE call_id = :c AND status = 'pending'"));
    q.bind(QStringLiteral(":status"), domain::codeOf(kStatuses, status))
        .bind(QStringLiteral(":by"), by)
        .bind(QStringLiteral(":at"), atUtc)
        .bind(QStringLiteral(":note"), note)
        .bind(QStringLiteral(":c"), callId)
        .exec();
    return q.rowsAffected() > 0;
}

} // namespace libreta::store
