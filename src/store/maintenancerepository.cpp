#include "store/maintenancerepository.h"

#include "store/sqlquery.h"

namespace libreta::store {

QStringList MaintenanceRepository::integrityProblems()
{
    SqlQuery q(m_db, QStringLiteral("PRAGMA integrity_check"));
    q.exec();
    QStringList out;
    while (q.next())
        if (q.text(0) != QLatin1String("ok"))
            out << q.text(0);
    return out;
}

QStringList MaintenanceRepository::foreignKeyProblems(int limit)
{
    SqlQuery q(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    q.exec();
    QStringList out;
    while (q.next() && out.size() < limit)
        out << QStringLiteral("%1 %2 -> %3").arg(q.text(0), q.text(1), q.text(2));
    return out;
}

QStringList MaintenanceRepository::overAllocations(int limit)
{
    QStringList out;
    SqlQuery inv(m_db, QStringLiteral("SELECT i.id FROM invoices i JOIN allocations a ON a.invoice_id = i.id "
                                      "GROUP BY i.id HAVING sum(a.amount) > i.amount LIMIT :limit"));
    inv.bind(QStringLiteral(":limit"), limit).exec();
    while (inv.next())
        out << QStringLiteral("invoice %1").arg(inv.integer(0));
    SqlQuery pay(m_db, QStringLiteral("SELECT p.id FROM payments p JOIN allocations a ON a.payment_id = p.id "
                                      "GROUP BY p.id HAVING sum(a.amount) > p.amount LIMIT :limit"));
    pay.bind(QStringLiteral(":limit"), limit).exec();
    while (pay.next())
        out << QStringLiteral("payment %1").arg(pay.integer(0));
    return out;
}

} // namespace libreta::store
