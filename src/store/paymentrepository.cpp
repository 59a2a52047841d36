#include "store/paymentrepository.h"

#include "domain/entitycodes.h"
#include "store/sqlquery.h"

namespace libreta::store {

domain::Id PaymentRepository::add(const domain::Payment &p, std::optional<domain::Id> createdBy)
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
            .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc())
            .execScalar();
    SqlQuery alloc(m_db, QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount) "
                                        "VALUES (:payment, :invoice, :amount)"));
    for (const auto &a : p.allocations)
        alloc.bind(QStringLiteral(":payment"), id)
            .bind(QStringLiteral(":invoice"), a.invoiceId)
            .bind(QStringLiteral(":amount"), a.amount)
            .exec();
    return id;
}

QList<domain::Payment> PaymentRepository::forDebtor(domain::Id debtorId)
{
    QList<domain::Payment> out;
    SqlQuery q(m_db, QStringLiteral("SELECT id, paid_on, amount, method, reference FROM payments "
                                    "WHERE debtor_id = :debtor ORDER BY paid_on DESC, id DESC"));
    q.bind(QStringLiteral(":debtor"), debtorId).exec();
    while (q.next()) {
        domain::Payment p;
        p.id = q.integer(0);
        p.debtorId = debtorId;
        p.paidOn = q.date(1);
        p.amount = q.money(2);
        p.method = domain::fromCode<domain::PaymentMethod>(q.text(3)).value_or(domain::PaymentMethod::Other);
        p.reference = q.text(4);
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
        p.unallocated = p.amount - allocated;
    }
    return out;
}

QList<domain::PaymentEvent> PaymentRepository::eventsSince(domain::Id debtorId, const QDate &from)
{
    QList<domain::PaymentEvent> out;
    SqlQuery q(m_db, QStringLiteral("SELECT paid_on, amount FROM payments WHERE debtor_id = :debtor "
                                    "AND paid_on >= :from ORDER BY paid_on, id"));
    q.bind(QStringLiteral(":debtor"), debtorId).bind(QStringLiteral(":from"), from).exec();
    while (q.next())
        out.append({q.date(0), q.money(1)});
    return out;
}

} // namespace libreta::store
