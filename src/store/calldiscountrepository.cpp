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
    return d;
}

} // namespace

void CallDiscountRepository::add(const CallDiscount &d)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO call_discounts (") + kColumns
                       + QStringLiteral(") VALUES (:call, :debtor, :balance, :agreed, :percent, :limit, :status)"))
        .bind(QStringLiteral(":call"), d.callId)
        .bind(QStringLiteral(":debtor"), d.debtorId)
        .bind(QStringLiteral(":balance"), d.balance)
        .bind(QStringLiteral(":agreed"), d.agreedTotal)
        .bind(QStringLiteral(":percent"), d.percent)
        .bind(QStringLiteral(":limit"), d.limitPercent)
        .bind(QStringLiteral(":status"), domain::codeOf(kStatuses, d.status))
        .exec();
}

std::optional<CallDiscount> CallDiscountRepository::forCall(domain::Id callId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM call_discounts WHERE call_id = :c"));
    q.bind(QStringLiteral(":c"), callId).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<CallDiscount> CallDiscountRepository::pending(int limit)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns
                         + QStringLiteral(" FROM call_discounts WHERE status = 'pending' ORDER BY call_id LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<CallDiscount> out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace libreta::store
