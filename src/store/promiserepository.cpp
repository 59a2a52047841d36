#include "store/promiserepository.h"

#include "domain/entitycodes.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, debtor_id, call_id, plan_id, sequence, amount, due_date, method, made_on, status, paid, "
    "(SELECT c.started_at FROM calls c WHERE c.id = promises.call_id) "
    "FROM promises ");

domain::Promise readPromise(const SqlQuery &q)
{
    using namespace domain;
    Promise p;
    p.id = q.integer(0);
    p.debtorId = q.integer(1);
    p.callId = q.optionalInteger(2);
    p.planId = q.optionalInteger(3);
    p.sequence = int(q.integer(4));
    p.amount = q.money(5);
    p.dueDate = q.date(6);
    p.method = fromCode<PaymentMethod>(q.text(7)).value_or(PaymentMethod::Other);
    p.madeOn = q.date(8);
    p.status = fromCode<PromiseStatus>(q.text(9)).value_or(PromiseStatus::Pending);
    p.paid = q.money(10);
    p.madeAt = q.optionalInstant(11).value_or(QDateTime());
    return p;
}

QList<domain::Promise> readAll(SqlQuery &q)
{
    QList<domain::Promise> out;
    while (q.next())
        out.append(readPromise(q));
    return out;
}
} // namespace

domain::Id PromiseRepository::add(const domain::Promise &p)
{
    return SqlQuery(m_db, QStringLiteral(
                              "INSERT INTO promises (debtor_id, call_id, plan_id, sequence, amount, due_date, "
                              "method, made_on, status, paid) VALUES (:debtor, :call, :plan, :seq, :amount, "
                              ":due, :method, :made, :status, :paid) RETURNING id"))
        .bind(QStringLiteral(":debtor"), p.debtorId)
        .bind(QStringLiteral(":call"), p.callId)
        .bind(QStringLiteral(":plan"), p.planId)
        .bind(QStringLiteral(":seq"), p.sequence)
        .bind(QStringLiteral(":amount"), p.amount)
        .bind(QStringLiteral(":due"), p.dueDate)
        .bind(QStringLiteral(":method"), domain::toCode(p.method))
        .bind(QStringLiteral(":made"), p.madeOn)
        .bind(QStringLiteral(":status"), domain::toCode(p.status))
        .bind(QStringLiteral(":paid"), p.paid)
        .execScalar();
}

domain::Id PromiseRepository::addPlan(const domain::PaymentPlan &plan, std::optional<domain::Id> callId)
{
    domain::Money total;
    for (const auto &i : plan.instalments)
        total += i.amount;
    const domain::Id planId =
        SqlQuery(m_db, QStringLiteral("INSERT INTO payment_plans (debtor_id, call_id, frequency, total, created_at) "
                                      "VALUES (:debtor, :call, :freq, :total, :now) RETURNING id"))
            .bind(QStringLiteral(":debtor"), plan.debtorId)
            .bind(QStringLiteral(":call"), callId)
            .bind(QStringLiteral(":freq"), domain::toCode(plan.frequency))
            .bind(QStringLiteral(":total"), total)
            .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc())
            .execScalar();
    int sequence = 1;
    for (auto instalment : plan.instalments) {
        instalment.planId = planId;
        instalment.sequence = sequence++;
        instalment.callId = callId;
        instalment.debtorId = plan.debtorId;
        add(instalment);
    }
    return planId;
}

std::optional<domain::Promise> PromiseRepository::byId(domain::Id id)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readPromise(q);
}

QList<domain::Promise> PromiseRepository::forDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE debtor_id = :d ORDER BY due_date DESC, id DESC"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    return readAll(q);
}

QList<domain::Promise> PromiseRepository::inChainFor(domain::Id debtorId)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE debtor_id = :d AND replaced_on IS NULL "
                                              "ORDER BY due_date DESC, id DESC"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    return readAll(q);
}

QList<domain::Promise> PromiseRepository::pendingForDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE debtor_id = :d AND status = 'pending' "
                                              "ORDER BY coalesce(plan_id, 0), due_date, sequence, id"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    return readAll(q);
}

void PromiseRepository::setOutcome(domain::Id promiseId, domain::PromiseStatus status, domain::Money paid,
                                   const std::optional<QDate> &resolvedOn)
{
    writeOutcome(promiseId, status, paid, resolvedOn, std::nullopt);
}

void PromiseRepository::setReplaced(domain::Id promiseId, domain::PromiseStatus status, domain::Money paid,
                                    const QDate &on)
{
    writeOutcome(promiseId, status, paid, on, on);
}

void PromiseRepository::writeOutcome(domain::Id promiseId, domain::PromiseStatus status, domain::Money paid,
                                     const std::optional<QDate> &resolvedOn, const std::optional<QDate> &replacedOn)
{
    // A promise once replaced stays so: only a replacement writes the day.
    SqlQuery(m_db, QStringLiteral("UPDATE promises SET status = :status, paid = :paid, resolved_on = :on, "
                                  "replaced_on = coalesce(:replaced, replaced_on) WHERE id = :id"))
        .bind(QStringLiteral(":status"), domain::toCode(status))
        .bind(QStringLiteral(":paid"), paid)
        .bind(QStringLiteral(":on"), resolvedOn)
        .bind(QStringLiteral(":replaced"), replacedOn)
        .bind(QStringLiteral(":id"), promiseId)
        .exec();
}

QList<domain::Id> PromiseRepository::debtorsWithExpiredPromises(const QDate &today, int graceDays)
{
    // Grace ends on due + grace; a promise is over once today is past that.
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT debtor_id FROM promises "
                                    "WHERE status = 'pending' AND due_date < :cutoff ORDER BY debtor_id"));
    q.bind(QStringLiteral(":cutoff"), today.addDays(-graceDays)).exec();
    QList<domain::Id> out;
    while (q.next())
        out.append(q.integer(0));
    return out;
}

} // namespace libreta::store
