#include "store/demoactivity.h"

#include "store/sqlquery.h"

namespace libreta::store {

void writeDemoActivity(Database &db, const QDateTime &sinceUtc, const QDate &today)
{
    // Each entry at the moment its service would have written it; the
    // per-call counts read through the debtor's own indexes.
    SqlQuery(db, QStringLiteral(
                     "INSERT INTO audit_log (at, user_id, action, entity, entity_id, details) "
                     "SELECT at, user_id, action, entity, entity_id, details FROM ("
                     "SELECT c.ended_at AS at, c.agent_id AS user_id, 'call.commit' AS action, 'call' AS entity, "
                     "  c.id AS entity_id, 'debtor=' || c.debtor_id || ' outcome=' || c.outcome || ' promises=' || "
                     "  (SELECT count(*) FROM promises p WHERE p.debtor_id = c.debtor_id AND p.call_id = c.id) || "
                     "  ' followups=' || "
                     "  (SELECT count(*) FROM followups f WHERE f.debtor_id = c.debtor_id AND f.call_id = c.id) "
                     "  AS details "
                     "FROM calls c WHERE c.started_at >= :since AND c.corrects_call_id IS NULL "
                     "UNION ALL "
                     // The demo's payments carry their day only: posted at an
                     // office hour of it (UTC, the desk's morning in Mexico);
                     // today's as the office opens (08:00 there, what came in
                     // overnight), so a demo opened in the morning holds no
                     // entry later than the hour it is read.
                     "SELECT CASE WHEN p.paid_on >= :today THEN p.paid_on || 'T14:00:00Z' "
                     "  ELSE p.paid_on || printf('T%02d:%02d:00Z', 14 + p.id % 5, p.id % 60) END, p.created_by, "
                     "  'payment.post', 'payment', p.id, "
                     "  'debtor=' || p.debtor_id || ' method=' || p.method || ' allocations=' || "
                     "  (SELECT count(*) FROM allocations a WHERE a.payment_id = p.id) || ' promises_changed=0' "
                     "FROM payments p WHERE p.paid_on >= :sinceDay "
                     "UNION ALL "
                     "SELECT n.created_at, n.author_id, 'note.add', 'note', n.id, 'debtor=' || n.debtor_id "
                     "FROM notes n WHERE n.created_at >= :since AND n.corrects_note_id IS NULL "
                     "UNION ALL "
                     "SELECT r.reviewed_at, r.reviewer_id, 'call.review', 'call', r.call_id, 'scores=' || "
                     "  coalesce(r.score_presentation, '-') || ',' || coalesce(r.score_listening, '-') || ',' || "
                     "  coalesce(r.score_negotiation, '-') || ',' || coalesce(r.score_preclose, '-') || ',' || "
                     "  coalesce(r.score_close, '-') "
                     "FROM quality_reviews r WHERE r.reviewed_at >= :since "
                     "UNION ALL "
                     "SELECT k.decided_at, k.decided_by, "
                     "  CASE k.status WHEN 'approved' THEN 'discount.approve' ELSE 'discount.refuse' END, 'call', "
                     "  k.call_id, 'debtor=' || k.debtor_id || ' percent=' || k.percent || ' limit=' || k.limit_percent "
                     "FROM call_discounts k WHERE k.status IN ('approved', 'rejected') AND k.decided_at >= :since"
                     ") ORDER BY at, entity_id"))
        .bind(QStringLiteral(":since"), sinceUtc)
        .bind(QStringLiteral(":sinceDay"), sinceUtc.date())
        .bind(QStringLiteral(":today"), today)
        .exec();
}

} // namespace libreta::store
