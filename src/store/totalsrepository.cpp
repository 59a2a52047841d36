#include "store/totalsrepository.h"

#include "domain/entitycodes.h"
#include "store/invoicebalancesql.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {

// The one definition of every total, from the source rows. `%1` is the
// filter on debtors (one debtor, or all). A debtor's promises are tested on
// `+p.status`: they are a handful, read by promises_debtor. In a file SQLite
// has no statistics for (any office not made by the demo) it took
// promises_status_due instead, for the order, and walked every pending,
// kept or broken promise of the office to find one debtor's: 5-6 ms of every
// payment posted and call committed at a million debtors.
const QString kComputed = QStringLiteral(R"SQL(
SELECT t.debtor_id, t.outstanding, t.credit, t.open_invoices, t.oldest_due_date,
       t.last_contact_at, t.next_action_date, t.open_promise_id,
       coalesce(op.amount, 0) AS open_promise_amount, op.due_date AS open_promise_date,
       t.last_promise_status, t.promises_kept, t.promises_broken, t.segment, t.status,
       t.last_willing, t.last_able, coalesce(op.paid, 0) AS open_promise_paid
FROM (
  SELECT d.id AS debtor_id,
    coalesce((SELECT sum(i.amount) FROM invoices i WHERE i.debtor_id = d.id), 0)
      - coalesce((SELECT sum(a.amount) FROM allocations a JOIN invoices i ON i.id = a.invoice_id
                  WHERE i.debtor_id = d.id), 0)
      - coalesce((SELECT sum(l.amount) FROM adjustments j JOIN adjustment_lines l ON l.adjustment_id = j.id
                  WHERE j.debtor_id = d.id), 0) AS outstanding,
    coalesce((SELECT sum(p.amount) FROM payments p WHERE p.debtor_id = d.id AND p.reversed_at IS NULL), 0)
      - coalesce((SELECT sum(a.amount) FROM allocations a JOIN payments p ON p.id = a.payment_id
                  WHERE p.debtor_id = d.id), 0) AS credit,
    (SELECT count(*) FROM invoices i WHERE i.debtor_id = d.id
       AND i.amount > %2)
      AS open_invoices,
    (SELECT min(i.due_date) FROM invoices i WHERE i.debtor_id = d.id
       AND i.amount > %2)
      AS oldest_due_date,
    (SELECT max(c.started_at) FROM calls c WHERE c.debtor_id = d.id) AS last_contact_at,
    (SELECT min(f.due_date) FROM followups f WHERE f.debtor_id = d.id AND f.status = 'open')
      AS next_action_date,
    (SELECT p.id FROM promises p WHERE p.debtor_id = d.id AND +p.status = 'pending'
       ORDER BY p.due_date, p.id LIMIT 1) AS open_promise_id,
    (SELECT p.status FROM promises p WHERE p.debtor_id = d.id
       AND +p.status IN ('kept', 'partial', 'broken')
       ORDER BY p.due_date DESC, p.id DESC LIMIT 1) AS last_promise_status,
    (SELECT count(*) FROM promises p WHERE p.debtor_id = d.id AND +p.status = 'kept') AS promises_kept,
    (SELECT count(*) FROM promises p WHERE p.debtor_id = d.id AND +p.status = 'broken') AS promises_broken,
    -- copies the portfolio filters on beside the sort columns (schema 2)
    d.segment, d.status,
    -- the last profile an agent read, for the suggested approach (schema 8)
    -- (a corrected call's profile is the correction's: schema 14)
    (SELECT c.profile_willing FROM calls c WHERE c.debtor_id = d.id AND c.profile_willing IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM calls x WHERE x.debtor_id = d.id AND x.corrects_call_id = c.id)
       ORDER BY c.started_at DESC, c.id DESC LIMIT 1) AS last_willing,
    (SELECT c.profile_able FROM calls c WHERE c.debtor_id = d.id AND c.profile_able IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM calls x WHERE x.debtor_id = d.id AND x.corrects_call_id = c.id)
       ORDER BY c.started_at DESC, c.id DESC LIMIT 1) AS last_able
  FROM debtors d %1
) t LEFT JOIN promises op ON op.id = t.open_promise_id
)SQL").arg(QStringLiteral("%1"), takenOffInvoiceSql(QStringLiteral("i")));

const QString kColumns = QStringLiteral(
    "debtor_id, outstanding, credit, open_invoices, oldest_due_date, last_contact_at, next_action_date, "
    "open_promise_id, open_promise_amount, open_promise_date, last_promise_status, promises_kept, "
    "promises_broken, segment, status, last_willing, last_able, open_promise_paid");

QString upsert(const QString &filter)
{
    return QStringLiteral("INSERT OR REPLACE INTO debtor_totals (") + kColumns + QStringLiteral(") ") +
           kComputed.arg(filter);
}

} // namespace

void TotalsRepository::refresh(domain::Id debtorId)
{
    // Only the totals that moved are written. debtor_totals carries nine
    // indexes (the portfolio's orders and filters); replacing the whole row
    // rewrites an entry in each, one page apiece at random in a large file,
    // where a payment moves three of them: at 100,000 debtors 9 pages went
    // to the log per refresh, 4 this way, and every commit flushes them.
    SqlQuery computed(m_db, kComputed.arg(QStringLiteral("WHERE d.id = :id")));
    computed.bind(QStringLiteral(":id"), debtorId).exec();
    if (!computed.next())
        return;  // no such debtor
    SqlQuery stored(m_db,
                    QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM debtor_totals WHERE debtor_id = :id"));
    stored.bind(QStringLiteral(":id"), debtorId).exec();
    if (!stored.next()) {
        SqlQuery(m_db, upsert(QStringLiteral("WHERE d.id = :id"))).bind(QStringLiteral(":id"), debtorId).exec();
        return;
    }
    static const QStringList names = kColumns.split(QStringLiteral(", "));
    QStringList sets;
    QVariantList values;
    for (int i = 1; i < names.size(); ++i) {
        const QVariant now = computed.value(i);
        const QVariant before = stored.value(i);
        if (now.isNull() ? before.isNull() : (!before.isNull() && now == before))
            continue;
        sets << names.at(i) + QStringLiteral(" = :v") + QString::number(values.size());
        values << now;
    }
    if (sets.isEmpty())
        return;
    SqlQuery update(m_db, QStringLiteral("UPDATE debtor_totals SET ") + sets.join(QStringLiteral(", ")) +
                              QStringLiteral(" WHERE debtor_id = :id"));
    for (int i = 0; i < values.size(); ++i)
        update.bind(QStringLiteral(":v") + QString::number(i), values.at(i));
    update.bind(QStringLiteral(":id"), debtorId).exec();
}

void TotalsRepository::refreshAll()
{
    SqlQuery(m_db, upsert(QString())).exec();
}

void TotalsRepository::refreshMany(const QList<domain::Id> &debtorIds)
{
    if (debtorIds.isEmpty())
        return;
    SqlQuery(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS totals_to_refresh (id INTEGER PRIMARY KEY)")).exec();
    SqlQuery(m_db, QStringLiteral("DELETE FROM temp.totals_to_refresh")).exec();
    // One bound value for all of them: a JSON array, unpacked by SQLite.
    QByteArray ids;
    ids.reserve(debtorIds.size() * 8 + 2);
    ids.append('[');
    for (qsizetype i = 0; i < debtorIds.size(); ++i) {
        if (i > 0)
            ids.append(',');
        ids.append(QByteArray::number(debtorIds.at(i)));
    }
    ids.append(']');
    SqlQuery(m_db, QStringLiteral("INSERT OR IGNORE INTO temp.totals_to_refresh (id) SELECT value FROM json_each(:ids)"))
        .bind(QStringLiteral(":ids"), QString::fromLatin1(ids))
        .exec();
    SqlQuery(m_db, upsert(QStringLiteral("WHERE d.id IN (SELECT id FROM temp.totals_to_refresh)"))).exec();
    SqlQuery(m_db, QStringLiteral("DELETE FROM temp.totals_to_refresh")).exec();
}

std::optional<domain::DebtorTotals> TotalsRepository::forDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM debtor_totals WHERE debtor_id = :id"));
    q.bind(QStringLiteral(":id"), debtorId).exec();
    if (!q.next())
        return std::nullopt;
    domain::DebtorTotals t;
    t.debtorId = q.integer(0);
    t.outstanding = q.money(1);
    t.credit = q.money(2);
    t.openInvoices = int(q.integer(3));
    t.oldestDueDate = q.optionalDate(4);
    t.lastContactAt = q.optionalInstant(5);
    t.nextActionDate = q.optionalDate(6);
    t.openPromiseId = q.optionalInteger(7);
    t.openPromiseAmount = q.money(8);
    t.openPromiseDate = q.optionalDate(9);
    if (!q.isNull(10))
        t.lastPromiseStatus = domain::fromCode<domain::PromiseStatus>(q.text(10));
    t.promisesKept = int(q.integer(11));
    t.promisesBroken = int(q.integer(12));
    t.openPromisePaid = q.money(17);
    return t;
}

QList<domain::Id> TotalsRepository::mismatches(int limit)
{
    QString differs;
    for (const QString &column : kColumns.split(QStringLiteral(", "))) {
        if (column == QLatin1String("debtor_id"))
            continue;
        differs += QStringLiteral(" OR s.%1 IS NOT c.%1").arg(column);
    }
    SqlQuery q(m_db, QStringLiteral("SELECT c.debtor_id FROM (") + kComputed.arg(QString()) +
                         QStringLiteral(") c LEFT JOIN debtor_totals s ON s.debtor_id = c.debtor_id "
                                        "WHERE s.debtor_id IS NULL") +
                         differs + QStringLiteral(" ORDER BY c.debtor_id LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<domain::Id> out;
    while (q.next())
        out.append(q.integer(0));
    return out;
}

} // namespace libreta::store
