#include "store/maintenancerepository.h"

#include "store/invoicebalancesql.h"
#include "store/portfolioconditions.h"
#include "store/putoffsql.h"
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
    // An invoice is over-covered when payments and adjustments together
    // took more off it than its amount.
    SqlQuery inv(m_db, QStringLiteral("SELECT i.id FROM invoices i WHERE %1 > i.amount LIMIT :limit")
                           .arg(takenOffInvoiceSql(QStringLiteral("i"))));
    inv.bind(QStringLiteral(":limit"), limit).exec();
    while (inv.next())
        out << QStringLiteral("invoice %1").arg(inv.integer(0));
    SqlQuery pay(m_db, QStringLiteral("SELECT p.id FROM payments p JOIN allocations a ON a.payment_id = p.id "
                                      "GROUP BY p.id HAVING sum(a.amount) > p.amount LIMIT :limit"));
    pay.bind(QStringLiteral(":limit"), limit).exec();
    while (pay.next())
        out << QStringLiteral("payment %1").arg(pay.integer(0));
    // An adjustment standing takes off exactly its amount, from its own
    // debtor's invoices; a withdrawn one takes off nothing.
    SqlQuery adj(m_db, QStringLiteral(
        "SELECT j.id FROM adjustments j WHERE "
        "coalesce((SELECT sum(l.amount) FROM adjustment_lines l WHERE l.adjustment_id = j.id), 0) "
        "  <> CASE WHEN j.withdrawn_at IS NULL THEN j.amount ELSE 0 END "
        "OR EXISTS (SELECT 1 FROM adjustment_lines l JOIN invoices i ON i.id = l.invoice_id "
        "           WHERE l.adjustment_id = j.id AND i.debtor_id <> j.debtor_id) LIMIT :limit"));
    adj.bind(QStringLiteral(":limit"), limit).exec();
    while (adj.next())
        out << QStringLiteral("adjustment %1").arg(adj.integer(0));
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
    // Each item's put-offs (schema 39) against its moves: what the agenda's
    // rows say and its put-off filter reads.
    SqlQuery putOffs(m_db, QStringLiteral(
        "WITH counted AS (SELECT m.followup_id AS id, count(*) AS n FROM followup_moves m "
        "  JOIN followups f ON f.id = m.followup_id WHERE ") + putOffMoveCondition() + QStringLiteral(
        "  GROUP BY 1) "
        "SELECT f.id, f.put_offs, coalesce(c.n, 0) FROM followups f LEFT JOIN counted c ON c.id = f.id "
        "WHERE f.put_offs > 0 AND f.put_offs <> coalesce(c.n, 0) "
        "UNION ALL SELECT c.id, f.put_offs, c.n FROM counted c JOIN followups f ON f.id = c.id "
        "WHERE f.put_offs = 0 LIMIT :limit"));
    putOffs.bind(QStringLiteral(":limit"), limit).exec();
    while (putOffs.next())
        out << QStringLiteral("follow-up %1 put off: kept %2, counted %3")
                   .arg(putOffs.text(0), putOffs.text(1), putOffs.text(2));
    return out;
}

QStringList MaintenanceRepository::invoiceNumberTailMismatches(int limit)
{
    const QString tail = PortfolioConditions::invoiceNumberTailSql(QStringLiteral("number"));
    SqlQuery q(m_db, QStringLiteral("SELECT id, number_tail, %1 FROM invoices WHERE number_tail IS NOT %1 "
                                    "ORDER BY id LIMIT :limit")
                         .arg(tail));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QStringList out;
    while (q.next())
        out << QStringLiteral("invoice %1: kept '%2', number gives '%3'").arg(q.text(0), q.text(1), q.text(2));
    return out;
}

QStringList MaintenanceRepository::phoneNameKeyMismatches(int limit)
{
    SqlQuery q(m_db, QStringLiteral("SELECT p.id, p.debtor_id, p.search_text, c.debtor_id, d.search_text "
                                    "FROM contact_phones p JOIN contacts c ON c.id = p.contact_id "
                                    "LEFT JOIN debtors d ON d.id = c.debtor_id "
                                    "WHERE p.debtor_id IS NOT c.debtor_id OR p.search_text IS NOT d.search_text "
                                    "ORDER BY p.id LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QStringList out;
    while (q.next())
        out << QStringLiteral("phone %1: kept debtor %2 '%3', contact's debtor %4 '%5'")
                   .arg(q.text(0), q.text(1), q.text(2), q.text(3), q.text(4));
    return out;
}

QStringList MaintenanceRepository::dailyFigureMismatches(int limit)
{
    // Kept and counted rows side by side, each side's missing rows as
    // zeros (a full outer join by hand, as above). A promise replaced on the
    // day it was made was never one made (schema 45).
    const QString work = QStringLiteral(
        "WITH counted AS ("
        "  SELECT day, agent_id, sum(calls) AS calls, sum(contacts) AS contacts, sum(made) AS made, "
        "    sum(promised) AS promised, sum(kept) AS kept, sum(partial) AS partial, sum(broken) AS broken, "
        "    sum(paid) AS paid FROM ("
        "    SELECT date(started_at, 'localtime') AS day, coalesce(agent_id, 0) AS agent_id, 1 AS calls, "
        "      answered_by IN ('debtor', 'decision_maker') AS contacts, 0 AS made, 0 AS promised, 0 AS kept, "
        "      0 AS partial, 0 AS broken, 0 AS paid FROM calls WHERE corrects_call_id IS NULL "
        "    UNION ALL SELECT p.made_on, coalesce(c.agent_id, 0), 0, 0, p.sequence = 1, p.amount, 0, 0, 0, 0 "
        "      FROM promises p LEFT JOIN calls c ON c.id = p.call_id "
        "      WHERE p.replaced_on IS NOT p.made_on "
        "    UNION ALL SELECT p.due_date, coalesce(c.agent_id, 0), 0, 0, 0, 0, p.status = 'kept', "
        "      p.status = 'partial', p.status = 'broken', p.paid FROM promises p LEFT JOIN calls c ON c.id = p.call_id "
        "      WHERE p.status IN ('kept', 'partial', 'broken')) GROUP BY 1, 2), "
        "kept AS (SELECT day, agent_id, sum(calls) AS calls, sum(contacts) AS contacts, sum(promises_made) AS made, "
        "  sum(promised) AS promised, sum(promises_kept) AS kept, sum(promises_partial) AS partial, "
        "  sum(promises_broken) AS broken, sum(promises_paid) AS paid FROM daily_figures GROUP BY 1, 2) "
        "SELECT k.day, k.agent_id FROM kept k LEFT JOIN counted c USING (day, agent_id) "
        "WHERE (k.calls, k.contacts, k.made, k.promised, k.kept, k.partial, k.broken, k.paid) IS NOT "
        "  (coalesce(c.calls, 0), coalesce(c.contacts, 0), coalesce(c.made, 0), coalesce(c.promised, 0), "
        "   coalesce(c.kept, 0), coalesce(c.partial, 0), coalesce(c.broken, 0), coalesce(c.paid, 0)) "
        "UNION ALL SELECT c.day, c.agent_id FROM counted c WHERE NOT EXISTS ("
        "  SELECT 1 FROM daily_figures k WHERE k.day = c.day AND k.agent_id = c.agent_id) "
        "LIMIT :limit");
    QStringList out;
    SqlQuery q(m_db, work);
    q.bind(QStringLiteral(":limit"), limit).exec();
    while (q.next())
        out << QStringLiteral("daily figures %1, agent %2").arg(q.text(0), q.text(1));
    SqlQuery paid(m_db, QStringLiteral(
        "WITH counted AS (SELECT paid_on AS day, count(*) AS n, sum(amount) AS total FROM payments "
        "  WHERE reversed_at IS NULL GROUP BY 1), "
        "kept AS (SELECT day, sum(payments) AS n, sum(recovered) AS total FROM daily_figures GROUP BY 1) "
        "SELECT k.day FROM kept k LEFT JOIN counted c USING (day) "
        "WHERE (k.n, k.total) IS NOT (coalesce(c.n, 0), coalesce(c.total, 0)) "
        "UNION ALL SELECT c.day FROM counted c WHERE NOT EXISTS (SELECT 1 FROM daily_figures k WHERE k.day = c.day) "
        "LIMIT :limit"));
    paid.bind(QStringLiteral(":limit"), limit).exec();
    while (paid.next())
        out << QStringLiteral("payments of %1").arg(paid.text(0));
    SqlQuery adjusted(m_db, QStringLiteral(
        "WITH counted AS (SELECT date(j.created_at, 'localtime') AS day, sum(l.amount) AS total "
        "  FROM adjustments j JOIN adjustment_lines l ON l.adjustment_id = j.id GROUP BY 1), "
        "kept AS (SELECT day, sum(adjusted) AS total FROM daily_figures GROUP BY 1) "
        "SELECT k.day FROM kept k LEFT JOIN counted c USING (day) WHERE k.total IS NOT coalesce(c.total, 0) "
        "UNION ALL SELECT c.day FROM counted c WHERE NOT EXISTS (SELECT 1 FROM daily_figures k WHERE k.day = c.day) "
        "LIMIT :limit"));
    adjusted.bind(QStringLiteral(":limit"), limit).exec();
    while (adjusted.next())
        out << QStringLiteral("adjustments of %1").arg(adjusted.text(0));
    SqlQuery reviews(m_db, QStringLiteral(
        "WITH counted AS (SELECT date(c.started_at, 'localtime') AS day, coalesce(c.agent_id, 0) AS agent_id, "
        "  count(*) AS n, sum(coalesce(r.score_presentation, 0)) AS p1, sum(r.score_presentation IS NOT NULL) AS s1, "
        "  sum(coalesce(r.score_listening, 0)) AS p2, sum(r.score_listening IS NOT NULL) AS s2, "
        "  sum(coalesce(r.score_negotiation, 0)) AS p3, sum(r.score_negotiation IS NOT NULL) AS s3, "
        "  sum(coalesce(r.score_preclose, 0)) AS p4, sum(r.score_preclose IS NOT NULL) AS s4, "
        "  sum(coalesce(r.score_close, 0)) AS p5, sum(r.score_close IS NOT NULL) AS s5 "
        "  FROM quality_reviews r JOIN calls c ON c.id = r.call_id GROUP BY 1, 2) "
        "SELECT k.day, k.agent_id FROM review_figures k LEFT JOIN counted c USING (day, agent_id) "
        "WHERE (k.reviews, k.presentation_points, k.presentation_scored, k.listening_points, k.listening_scored, "
        "  k.negotiation_points, k.negotiation_scored, k.preclose_points, k.preclose_scored, k.close_points, "
        "  k.close_scored) IS NOT (coalesce(c.n, 0), coalesce(c.p1, 0), coalesce(c.s1, 0), coalesce(c.p2, 0), "
        "  coalesce(c.s2, 0), coalesce(c.p3, 0), coalesce(c.s3, 0), coalesce(c.p4, 0), coalesce(c.s4, 0), "
        "  coalesce(c.p5, 0), coalesce(c.s5, 0)) "
        "UNION ALL SELECT c.day, c.agent_id FROM counted c WHERE NOT EXISTS ("
        "  SELECT 1 FROM review_figures k WHERE k.day = c.day AND k.agent_id = c.agent_id) "
        "LIMIT :limit"));
    reviews.bind(QStringLiteral(":limit"), limit).exec();
    while (reviews.next())
        out << QStringLiteral("reviews of %1, agent %2").arg(reviews.text(0), reviews.text(1));
    // The months (schema 29) against their days. A row left at zero on
    // either side (a promise's result moved away) is no difference.
    SqlQuery months(m_db, QStringLiteral(
        "WITH summed AS (SELECT substr(day, 1, 7) AS month, agent_id, segment, sum(calls) AS calls, "
        "  sum(contacts) AS contacts, sum(promises_made) AS promises_made, sum(promised) AS promised, "
        "  sum(promises_kept) AS promises_kept, sum(promises_partial) AS promises_partial, "
        "  sum(promises_broken) AS promises_broken, sum(promises_paid) AS promises_paid, sum(payments) AS payments, "
        "  sum(recovered) AS recovered, sum(adjusted) AS adjusted FROM daily_figures GROUP BY 1, 2, 3), "
        "kept AS (SELECT month, agent_id, segment, calls, contacts, promises_made, promised, promises_kept, "
        "  promises_partial, promises_broken, promises_paid, payments, recovered, adjusted FROM monthly_figures), "
        "differing AS (SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM summed) "
        "  UNION ALL SELECT * FROM (SELECT * FROM summed EXCEPT SELECT * FROM kept)) "
        "SELECT DISTINCT month, agent_id FROM differing "
        "WHERE (calls, contacts, promises_made, promised, promises_kept, promises_partial, promises_broken, "
        "  promises_paid, payments, recovered, adjusted) IS NOT (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) "
        "LIMIT :limit"));
    months.bind(QStringLiteral(":limit"), limit).exec();
    while (months.next())
        out << QStringLiteral("monthly figures of %1, agent %2").arg(months.text(0), months.text(1));
    // What each technique's promises came to (schema 32), worked out from
    // the promises as the step fills it. Calls and "won" are schema 13's.
    SqlQuery techniques(m_db, QStringLiteral(
        "WITH counted AS (SELECT day, agent_id, technique, sum(made) AS made, sum(promised) AS promised, "
        "  sum(kept) AS kept, sum(partial) AS partial, sum(broken) AS broken, sum(paid) AS paid FROM ("
        "    SELECT p.made_on AS day, coalesce(c.agent_id, 0) AS agent_id, ct.technique AS technique, "
        "      p.sequence = 1 AS made, p.amount AS promised, 0 AS kept, 0 AS partial, 0 AS broken, 0 AS paid "
        "      FROM promises p JOIN calls c ON c.id = p.call_id JOIN call_techniques ct ON ct.call_id = c.id "
        "      WHERE c.corrects_call_id IS NULL AND p.replaced_on IS NOT p.made_on "
        "    UNION ALL SELECT p.due_date, coalesce(c.agent_id, 0), ct.technique, 0, 0, p.status = 'kept', "
        "      p.status = 'partial', p.status = 'broken', p.paid "
        "      FROM promises p JOIN calls c ON c.id = p.call_id JOIN call_techniques ct ON ct.call_id = c.id "
        "      WHERE c.corrects_call_id IS NULL AND p.status IN ('kept', 'partial', 'broken')) GROUP BY 1, 2, 3) "
        "SELECT k.day, k.agent_id, k.technique FROM technique_figures k "
        "LEFT JOIN counted c USING (day, agent_id, technique) "
        "WHERE (k.promises_made, k.promised, k.promises_kept, k.promises_partial, k.promises_broken, "
        "  k.promises_paid) IS NOT (coalesce(c.made, 0), coalesce(c.promised, 0), coalesce(c.kept, 0), "
        "  coalesce(c.partial, 0), coalesce(c.broken, 0), coalesce(c.paid, 0)) "
        "UNION ALL SELECT c.day, c.agent_id, c.technique FROM counted c WHERE NOT EXISTS ("
        "  SELECT 1 FROM technique_figures k WHERE k.day = c.day AND k.agent_id = c.agent_id "
        "  AND k.technique = c.technique) "
        "LIMIT :limit"));
    techniques.bind(QStringLiteral(":limit"), limit).exec();
    while (techniques.next())
        out << QStringLiteral("technique figures %1, agent %2, %3")
                   .arg(techniques.text(0), techniques.text(1), techniques.text(2));
    // The techniques' months (schema 33) against their days, as above.
    SqlQuery techniqueMonths(m_db, QStringLiteral(
        "WITH summed AS (SELECT substr(day, 1, 7) AS month, agent_id, technique, sum(calls) AS calls, sum(won) AS won, "
        "  sum(promises_made) AS promises_made, sum(promised) AS promised, sum(promises_kept) AS promises_kept, "
        "  sum(promises_partial) AS promises_partial, sum(promises_broken) AS promises_broken, "
        "  sum(promises_paid) AS promises_paid FROM technique_figures GROUP BY 1, 2, 3), "
        "kept AS (SELECT month, agent_id, technique, calls, won, promises_made, promised, promises_kept, "
        "  promises_partial, promises_broken, promises_paid FROM technique_monthly_figures), "
        "differing AS (SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM summed) "
        "  UNION ALL SELECT * FROM (SELECT * FROM summed EXCEPT SELECT * FROM kept)) "
        "SELECT DISTINCT month, agent_id, technique FROM differing "
        "WHERE (calls, won, promises_made, promised, promises_kept, promises_partial, promises_broken, "
        "  promises_paid) IS NOT (0, 0, 0, 0, 0, 0, 0, 0) "
        "LIMIT :limit"));
    techniqueMonths.bind(QStringLiteral(":limit"), limit).exec();
    while (techniqueMonths.next())
        out << QStringLiteral("technique figures of %1, agent %2, %3")
                   .arg(techniqueMonths.text(0), techniqueMonths.text(1), techniqueMonths.text(2));
    // The reasons' figures (schema 36), all of them worked out from the
    // calls and promises as the step fills them, and their months.
    SqlQuery reasons(m_db, QStringLiteral(
        "WITH counted AS (SELECT day, agent_id, reason, sum(calls) AS calls, sum(won) AS won, sum(made) AS made, "
        "  sum(promised) AS promised, sum(kept) AS kept, sum(partial) AS partial, sum(broken) AS broken, "
        "  sum(paid) AS paid FROM ("
        "    SELECT date(c.started_at, 'localtime') AS day, coalesce(c.agent_id, 0) AS agent_id, "
        "      c.excuse_category AS reason, 1 AS calls, c.outcome IN ('promise', 'payment') AS won, 0 AS made, "
        "      0 AS promised, 0 AS kept, 0 AS partial, 0 AS broken, 0 AS paid "
        "      FROM calls c WHERE c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL "
        "    UNION ALL SELECT p.made_on, coalesce(c.agent_id, 0), c.excuse_category, 0, 0, p.sequence = 1, "
        "      p.amount, 0, 0, 0, 0 "
        "      FROM promises p JOIN calls c ON c.id = p.call_id "
        "      WHERE c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL "
        "        AND p.replaced_on IS NOT p.made_on "
        "    UNION ALL SELECT p.due_date, coalesce(c.agent_id, 0), c.excuse_category, 0, 0, 0, 0, "
        "      p.status = 'kept', p.status = 'partial', p.status = 'broken', p.paid "
        "      FROM promises p JOIN calls c ON c.id = p.call_id "
        "      WHERE c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL "
        "        AND p.status IN ('kept', 'partial', 'broken')) GROUP BY 1, 2, 3) "
        "SELECT k.day, k.agent_id, k.reason FROM reason_figures k "
        "LEFT JOIN counted c USING (day, agent_id, reason) "
        "WHERE (k.calls, k.won, k.promises_made, k.promised, k.promises_kept, k.promises_partial, "
        "  k.promises_broken, k.promises_paid) IS NOT (coalesce(c.calls, 0), coalesce(c.won, 0), "
        "  coalesce(c.made, 0), coalesce(c.promised, 0), coalesce(c.kept, 0), coalesce(c.partial, 0), "
        "  coalesce(c.broken, 0), coalesce(c.paid, 0)) "
        "UNION ALL SELECT c.day, c.agent_id, c.reason FROM counted c WHERE NOT EXISTS ("
        "  SELECT 1 FROM reason_figures k WHERE k.day = c.day AND k.agent_id = c.agent_id AND k.reason = c.reason) "
        "LIMIT :limit"));
    reasons.bind(QStringLiteral(":limit"), limit).exec();
    while (reasons.next())
        out << QStringLiteral("reason figures %1, agent %2, %3").arg(reasons.text(0), reasons.text(1), reasons.text(2));
    SqlQuery reasonMonths(m_db, QStringLiteral(
        "WITH summed AS (SELECT substr(day, 1, 7) AS month, agent_id, reason, sum(calls) AS calls, sum(won) AS won, "
        "  sum(promises_made) AS promises_made, sum(promised) AS promised, sum(promises_kept) AS promises_kept, "
        "  sum(promises_partial) AS promises_partial, sum(promises_broken) AS promises_broken, "
        "  sum(promises_paid) AS promises_paid FROM reason_figures GROUP BY 1, 2, 3), "
        "kept AS (SELECT month, agent_id, reason, calls, won, promises_made, promised, promises_kept, "
        "  promises_partial, promises_broken, promises_paid FROM reason_monthly_figures), "
        "differing AS (SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM summed) "
        "  UNION ALL SELECT * FROM (SELECT * FROM summed EXCEPT SELECT * FROM kept)) "
        "SELECT DISTINCT month, agent_id, reason FROM differing "
        "WHERE (calls, won, promises_made, promised, promises_kept, promises_partial, promises_broken, "
        "  promises_paid) IS NOT (0, 0, 0, 0, 0, 0, 0, 0) "
        "LIMIT :limit"));
    reasonMonths.bind(QStringLiteral(":limit"), limit).exec();
    while (reasonMonths.next())
        out << QStringLiteral("reason figures of %1, agent %2, %3")
                   .arg(reasonMonths.text(0), reasonMonths.text(1), reasonMonths.text(2));
    // The follow-through (schema 37): the tasks and call-backs by the day
    // they are due and their agent, worked out from the follow-ups, with
    // the put-offs of schema 38 from their moves, and their months.
    SqlQuery followUps(m_db, QStringLiteral(
        "WITH events AS (SELECT due_date AS day, coalesce(assigned_to, 0) AS agent_id, count(*) AS due, "
        "  sum(status = 'done' AND date(done_at, 'localtime') <= due_date) AS on_time, "
        "  sum(status = 'done' AND date(done_at, 'localtime') > due_date) AS late, "
        "  sum(status = 'cancelled') AS cancelled, 0 AS put_off "
        "  FROM followups WHERE kind NOT IN ('promise_reminder', 'promise_check') GROUP BY 1, 2 "
        "  UNION ALL SELECT m.from_date, m.agent_id, 0, 0, 0, 0, 1 FROM followup_moves m "
        "  JOIN followups f ON f.id = m.followup_id WHERE ") + putOffMoveCondition() + QStringLiteral("), "
        "counted AS (SELECT day, agent_id, sum(due) AS due, sum(on_time) AS on_time, sum(late) AS late, "
        "  sum(cancelled) AS cancelled, sum(put_off) AS put_off FROM events GROUP BY 1, 2) "
        "SELECT k.day, k.agent_id FROM followup_figures k LEFT JOIN counted c USING (day, agent_id) "
        "WHERE (k.due, k.done_on_time, k.done_late, k.cancelled, k.put_off) IS NOT (coalesce(c.due, 0), "
        "  coalesce(c.on_time, 0), coalesce(c.late, 0), coalesce(c.cancelled, 0), coalesce(c.put_off, 0)) "
        "UNION ALL SELECT c.day, c.agent_id FROM counted c WHERE NOT EXISTS ("
        "  SELECT 1 FROM followup_figures k WHERE k.day = c.day AND k.agent_id = c.agent_id) "
        "LIMIT :limit"));
    followUps.bind(QStringLiteral(":limit"), limit).exec();
    while (followUps.next())
        out << QStringLiteral("follow-up figures %1, agent %2").arg(followUps.text(0), followUps.text(1));
    SqlQuery followUpMonths(m_db, QStringLiteral(
        "WITH summed AS (SELECT substr(day, 1, 7) AS month, agent_id, sum(due) AS due, "
        "  sum(done_on_time) AS done_on_time, sum(done_late) AS done_late, sum(cancelled) AS cancelled, "
        "  sum(put_off) AS put_off FROM followup_figures GROUP BY 1, 2), "
        "kept AS (SELECT month, agent_id, due, done_on_time, done_late, cancelled, put_off "
        "  FROM followup_monthly_figures), "
        "differing AS (SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM summed) "
        "  UNION ALL SELECT * FROM (SELECT * FROM summed EXCEPT SELECT * FROM kept)) "
        "SELECT DISTINCT month, agent_id FROM differing "
        "WHERE (due, done_on_time, done_late, cancelled, put_off) IS NOT (0, 0, 0, 0, 0) "
        "LIMIT :limit"));
    followUpMonths.bind(QStringLiteral(":limit"), limit).exec();
    while (followUpMonths.next())
        out << QStringLiteral("follow-up figures of %1, agent %2").arg(followUpMonths.text(0), followUpMonths.text(1));
    return out;
}

} // namespace libreta::store
