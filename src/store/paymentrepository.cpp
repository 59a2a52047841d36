#include "store/paymentrepository.h"

#include "domain/entitycodes.h"
#include "store/sqlquery.h"

namespace libreta::store {

domain::Id PaymentRepository::add(const domain::Payment &p, std::optional<domain::Id> createdBy,
                                  const QDateTime &createdAtUtc)
{
    const domain::Id id =
        SqlQuery(m_db, QStringLiteral("INSERT INTO payments (debtor_id, paid_on, amount, method, reference, "
                                      "created_by, created_at) VALUES (:debtor, :paid_on, :amount, :method, "
                                      ":reference, :by, :now) RETURNING id"))
            .bind(QStringLiteral(":debtor"), p.debtorId)
            .bind(QStringLiteral(":paid_on"), p.paidOn)
            .bind(QStringLiteral(":amount"), p.amount)
            .bind(QStringLiteral(":method"), domain::toCode(p.method))
            .bind(QStringLiteral(":reference"), p.reference)
            .bind(QStringLiteral(":by"), createdBy)
            .bind(QStringLiteral(":now"), createdAtUtc)
            .execScalar();
    addAllocations(id, p.allocations);
    return id;
}

void PaymentRepository::addAllocations(domain::Id paymentId, const QList<domain::Allocation> &allocations)
{
    SqlQuery alloc(m_db, QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount) "
                                        "VALUES (:payment, :invoice, :amount)"));
    for (const auto &a : allocations)
        alloc.bind(QStringLiteral(":payment"), paymentId)
            .bind(QStringLiteral(":invoice"), a.invoiceId)
            .bind(QStringLiteral(":amount"), a.amount)
            .exec();
}

QList<domain::Payment> PaymentRepository::forDebtor(domain::Id debtorId)
{
    return read(QStringLiteral("debtor_id = :id ORDER BY paid_on DESC, id DESC"), QStringLiteral(":id"), debtorId);
}

std::optional<domain::Payment> PaymentRepository::byId(domain::Id paymentId)
{
    const auto found = read(QStringLiteral("id = :id"), QStringLiteral(":id"), paymentId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<domain::Payment> PaymentRepository::read(const QString &filter, const QString &name, domain::Id id)
{
    QList<domain::Payment> out;
    SqlQuery q(m_db, QStringLiteral("SELECT id, debtor_id, paid_on, amount, method, reference, reversed_at, "
                                    "reversed_by, reversal_reason, reversal_note, created_by, created_at FROM payments WHERE ") +
                         filter);
    q.bind(name, id).exec();
    while (q.next()) {
        domain::Payment p;
        p.id = q.integer(0);
        p.debtorId = q.integer(1);
        p.paidOn = q.date(2);
        p.amount = q.money(3);
        p.method = domain::fromCode<domain::PaymentMethod>(q.text(4)).value_or(domain::PaymentMethod::Other);
        p.reference = q.text(5);
        p.createdBy = q.optionalInteger(10);
        p.recordedAt = q.optionalInstant(11);
        if (const auto at = q.optionalInstant(6)) {
            domain::Payment::Reversal r;
            r.at = *at;
            if (!q.isNull(7))
                r.by = q.integer(7);
            r.reason = domain::fromCode<domain::ReversalReason>(q.text(8)).value_or(domain::ReversalReason::Other);
            r.note = q.text(9);
            p.reversal = r;
        }
        out.append(p);
    }
    for (auto &p : out) {
        SqlQuery a(m_db, QStringLiteral("SELECT invoice_id, amount FROM allocations WHERE payment_id = :p ORDER BY id"));
        a.bind(QStringLiteral(":p"), p.id).exec();
        domain::Money allocated;
        while (a.next()) {
            p.allocations.append({a.integer(0), a.money(1)});
            allocated += a.money(1);
        }
        // A reversed payment keeps no credit: it counts for nothing.
        p.unallocated = p.reversed() ? domain::Money() : p.amount - allocated;
    }
    return out;
}

bool PaymentRepository::reverse(domain::Id paymentId, const domain::Payment::Reversal &r)
{
    SqlQuery update(m_db, QStringLiteral("UPDATE payments SET reversed_at = :at, reversed_by = :by, "
                                         "reversal_reason = :reason, reversal_note = :note "
                                         "WHERE id = :id AND reversed_at IS NULL"));
    update.bind(QStringLiteral(":at"), r.at)
        .bind(QStringLiteral(":by"), r.by)
        .bind(QStringLiteral(":reason"), domain::toCode(r.reason))
        .bind(QStringLiteral(":note"), r.note)
        .bind(QStringLiteral(":id"), paymentId)
        .exec();
    if (update.rowsAffected() != 1)
        return false;
    SqlQuery(m_db, QStringLiteral("DELETE FROM allocations WHERE payment_id = :id"))
        .bind(QStringLiteral(":id"), paymentId)
        .exec();
    return true;
}

QList<domain::PaymentEvent> PaymentRepository::eventsAfter(domain::Id debtorId, const QDateTime &instantUtc)
{
    QList<domain::PaymentEvent> out;
    SqlQuery q(m_db, QStringLiteral("SELECT paid_on, amount FROM payments WHERE debtor_id = :debtor "
                                    "AND paid_on >= :day AND reversed_at IS NULL "
                                    "AND (paid_on > :day OR created_at >= :at) ORDER BY paid_on, id"));
    q.bind(QStringLiteral(":debtor"), debtorId)
        .bind(QStringLiteral(":day"), instantUtc.toLocalTime().date())
        .bind(QStringLiteral(":at"), instantUtc)
        .exec();
    while (q.next())
        out.append({q.date(0), q.money(1)});
    return out;
}

QList<domain::PaymentEvent> PaymentRepository::eventsSince(domain::Id debtorId, const QDate &from,
                                                            const QDateTime &orEnteredAfter)
{
    QList<domain::PaymentEvent> out;
    SqlQuery q(m_db, QStringLiteral("SELECT paid_on, amount, created_at FROM payments WHERE debtor_id = :debtor "
                                    "AND (paid_on >= :from OR created_at > :after) AND reversed_at IS NULL "
                                    "ORDER BY paid_on, id"));
    // NULL when no moment is known: no payment is entered after it.
    q.bind(QStringLiteral(":debtor"), debtorId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":after"), orEnteredAfter)
        .exec();
    while (q.next())
        out.append({q.date(0), q.money(1), q.optionalInstant(2).value_or(QDateTime())});
    return out;
}

} // namespace libreta::store
