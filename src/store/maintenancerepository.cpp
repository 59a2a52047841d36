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

QStringList MaintenanceRepository::agendaCountMismatches(int limit)
{
    // Both sides as full outer join by hand: kept rows counted differently
    // (or not at all), and counted rows nothing keeps.
    SqlQuery q(m_db, QStringLiteral(
        "WITH counted AS (SELECT coalesce(assigned_to, 0) AS assignee, due_date, kind, "
        "  promise_id IS NOT NULL AS about_promise, count(*) AS n FROM followups WHERE status = 'open' "
        "  GROUP BY 1, 2, 3, 4) "
        "SELECT k.assignee, k.due_date, k.kind, k.about_promise, k.open, coalesce(c.n, 0) FROM agenda_counts k "
        "LEFT JOIN counted c ON c.assignee = k.assignee AND c.due_date = k.due_date AND c.kind = k.kind "
        "  AND c.about_promise = k.about_promise WHERE k.open <> coalesce(c.n, 0) "
        "UNION ALL "
        "SELECT c.assignee, c.due_date, c.kind, c.about_promise, 0, c.n FROM counted c WHERE NOT EXISTS ("
        "  SELECT 1 FROM agenda_counts k WHERE k.assignee = c.assignee AND k.due_date = c.due_date "
        "  AND k.kind = c.kind AND k.about_promise = c.about_promise) "
        "LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QStringList out;
    while (q.next())
        out << QStringLiteral("agenda count %1 %2 %3 %4: kept %5, counted %6")
                   .arg(q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5));
    return out;
}

} // namespace libreta::store
