#include "store/exportrepository.h"

#include "domain/entitycodes.h"
#include "store/boundsql.h"
#include "store/bulkload.h"
#include "store/invoicebalancesql.h"
#include "store/portfolioconditions.h"
#include "store/portfoliosql.h"
#include "store/sqlquery.h"

#include <optional>

namespace libreta::store {

using namespace domain;

namespace {

template <typename Enum>
Enum codeOr(const QString &code, Enum fallback)
{
    return fromCode<Enum>(code).value_or(fallback);
}

// Dates bound as optional bounds: NULL means "no bound".
QVariant bound(const std::optional<QDate> &d)
{
    return d ? QVariant(SqlQuery::dateText(*d)) : QVariant();
}

// The first instant of the desk's day `d`, as stored (UTC text): a call at
// 19:00 on the 30th in Mexico City is stored on the 1st, and belongs to the
// 30th, as the Panel and the activity log count it.
QVariant dayStart(const std::optional<QDate> &d)
{
    return d ? QVariant(SqlQuery::instantText(d->startOfDay().toUTC())) : QVariant();
}

// What an export adds to a portfolio line, read from `d`: 6 columns, in the
// order readDetails() takes them.
const QString kDetailsColumns = QStringLiteral(
    "d.kind, d.tax_id, d.address, d.city, "
    "(SELECT p.number FROM contacts c JOIN contact_phones p ON p.contact_id = c.id "
    " WHERE c.debtor_id = d.id AND c.role = 'debtor' ORDER BY c.id, p.id LIMIT 1), "
    "(SELECT e.address FROM contacts c JOIN contact_emails e ON e.contact_id = c.id "
    " WHERE c.debtor_id = d.id AND c.role = 'debtor' ORDER BY c.id, e.id LIMIT 1)");

DebtorDetails readDetails(const SqlQuery &q, int first)
{
    DebtorDetails d;
    d.kind = codeOr(q.text(first), DebtorKind::Person);
    d.taxId = q.text(first + 1);
    d.address = q.text(first + 2);
    d.city = q.text(first + 3);
    d.phone = q.text(first + 4);
    d.email = q.text(first + 5);
    return d;
}

} // namespace

void ExportRepository::portfolio(const PortfolioQuery &query,
                                 const std::function<void(const PortfolioRow &, const DebtorDetails &)> &row)
{
    using namespace portfoliosql;
    PortfolioConditions conditions(query);
    conditions.setSearchTest(PortfolioConditions::SearchTest::OnText);  // every debtor is read anyway
    BoundSql sql;
    conditions.addTo(sql, QStringLiteral("d.id"));
    // The key the table's pages carry, and the order they come in: a column
    // and the id, its rows with no value last ("(column IS NULL)" first,
    // which no index gives, so SQLite sorts the matches once instead of
    // reading an index's order at random); or, in an order of few values,
    // the section's rank and the id.
    QString key;
    QString order;
    if (isSectioned(query.sort)) {
        const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        key = PortfolioRepository(m_db).sectionRankOf(query, sql);
        order = key + direction + QStringLiteral(", d.id") + direction;
    } else {
        const SortSpec spec = specFor(query.sort);
        const QString direction = (query.ascending != spec.inverted) ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        key = spec.column;
        order = QStringLiteral("(%1 IS NULL), %1%2, %3%2").arg(spec.column, direction, spec.idColumn);
    }
    // A sort far larger than the page cache: in small runs, in files, on a
    // second thread (see LargeSort); set before the statement is prepared.
    const LargeSort sort(m_db);
    // The debtors in the file's order (CROSS JOIN), each with its totals by key.
    SqlQuery q(m_db, QStringLiteral("SELECT ") + rowColumns() + QStringLiteral(", ") + key + QStringLiteral(", ") +
                         kDetailsColumns + fromClause(QStringLiteral("debtors d"), true, true) +
                         QStringLiteral(" LEFT JOIN users u ON u.id = d.assigned_agent_id") + sql.whereSql() +
                         QStringLiteral(" ORDER BY ") + order);
    sql.bindTo(q);
    q.exec();
    while (q.next())
        row(readRow(q, kRowColumnCount), readDetails(q, kRowColumnCount + 1));
}

void ExportRepository::invoices(const std::function<void(const InvoiceLine &)> &row)
{
    // The former number through its key's debtor: a few rows of one
    // debtor's, not the whole table, for each of millions of invoices.
    SqlQuery q(m_db, QStringLiteral("SELECT d.external_ref, d.name, i.number, i.issue_date, i.due_date, i.amount, "
                                    "i.amount - %1, i.disputed, "
                                    "(SELECT group_concat(f.number, ' ') FROM invoice_former_numbers f "
                                    " WHERE f.debtor_id = i.debtor_id AND f.invoice_id = i.id) "
                                    "FROM invoices i JOIN debtors d ON d.id = i.debtor_id "
                                    "ORDER BY d.external_ref, i.due_date, i.id")
                         .arg(takenOffInvoiceSql(QStringLiteral("i"))));
    q.exec();
    InvoiceLine l;
    while (q.next()) {
        l.debtorRef = q.text(0);
        l.debtorName = q.text(1);
        l.number = q.text(2);
        l.issueDate = q.date(3);
        l.dueDate = q.date(4);
        l.amount = q.money(5);
        l.outstanding = q.money(6);
        l.disputed = q.boolean(7);
        l.formerNumber = q.text(8);
        row(l);
    }
}

void ExportRepository::payments(const std::optional<QDate> &from, const std::optional<QDate> &to,
                                const std::function<void(const PaymentLine &)> &row)
{
    SqlQuery q(m_db, QStringLiteral(
        "SELECT d.external_ref, d.name, p.paid_on, p.amount, p.method, p.reference, "
        "(SELECT i.number FROM allocations a JOIN invoices i ON i.id = a.invoice_id WHERE a.payment_id = p.id "
        " ORDER BY a.id LIMIT 1), "
        "coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.payment_id = p.id), 0) "
        "FROM payments p JOIN debtors d ON d.id = p.debtor_id "
        "WHERE (:from IS NULL OR p.paid_on >= :from) AND (:to IS NULL OR p.paid_on <= :to) "
        "AND p.reversed_at IS NULL ORDER BY p.paid_on, p.id"));
    q.bind(QStringLiteral(":from"), bound(from)).bind(QStringLiteral(":to"), bound(to)).exec();
    PaymentLine l;
    while (q.next()) {
        l.debtorRef = q.text(0);
        l.debtorName = q.text(1);
        l.paidOn = q.date(2);
        l.amount = q.money(3);
        l.method = codeOr(q.text(4), PaymentMethod::Other);
        l.reference = q.text(5);
        l.invoiceNumber = q.text(6);
        l.allocated = q.money(7);
        row(l);
    }
}

void ExportRepository::promises(const std::optional<QDate> &from, const std::optional<QDate> &to,
                                const std::function<void(const PromiseLine &)> &row)
{
    // By the day each promise is due: a month's report is of what fell due in it.
    SqlQuery q(m_db, QStringLiteral(
        "SELECT d.external_ref, d.name, p.amount, p.due_date, p.method, p.status, p.paid, p.made_on, p.plan_id, "
        "p.sequence FROM promises p JOIN debtors d ON d.id = p.debtor_id "
        "WHERE (:from IS NULL OR p.due_date >= :from) AND (:to IS NULL OR p.due_date <= :to) "
        "ORDER BY p.due_date, p.id"));
    q.bind(QStringLiteral(":from"), bound(from)).bind(QStringLiteral(":to"), bound(to)).exec();
    PromiseLine l;
    while (q.next()) {
        l.debtorRef = q.text(0);
        l.debtorName = q.text(1);
        l.amount = q.money(2);
        l.dueDate = q.date(3);
        l.method = codeOr(q.text(4), PaymentMethod::Other);
        l.status = codeOr(q.text(5), PromiseStatus::Pending);
        l.paid = q.money(6);
        l.madeOn = q.date(7);
        l.planId = q.optionalInteger(8);
        l.sequence = int(q.integer(9));
        row(l);
    }
}

void ExportRepository::adjustments(const std::optional<QDate> &from, const std::optional<QDate> &to,
                                   const std::function<void(const AdjustmentLine &)> &row)
{
    // A withdrawn discount lost its lines: it shows once as it came off
    // (no invoice) and once, negative, when it was withdrawn, so the books
    // can take back what an earlier export gave them.
    SqlQuery q(m_db, QStringLiteral(
        "SELECT x.at, d.external_ref, d.name, x.kind, x.number, x.amount, x.login, x.note FROM ("
        "  SELECT j.created_at AS at, j.id AS adjustment, l.id AS line, j.debtor_id AS debtor, j.kind AS kind, "
        "    i.number AS number, l.amount AS amount, coalesce(u.login, '') AS login, j.note AS note "
        "  FROM adjustments j JOIN adjustment_lines l ON l.adjustment_id = j.id "
        "  JOIN invoices i ON i.id = l.invoice_id LEFT JOIN users u ON u.id = j.created_by "
        "  UNION ALL SELECT j.created_at, j.id, 0, j.debtor_id, j.kind, '', j.amount, coalesce(u.login, ''), j.note "
        "  FROM adjustments j LEFT JOIN users u ON u.id = j.created_by WHERE j.withdrawn_at IS NOT NULL "
        "  UNION ALL SELECT j.withdrawn_at, j.id, 1, j.debtor_id, j.kind, '', -j.amount, '', 'withdrawn' "
        "  FROM adjustments j WHERE j.withdrawn_at IS NOT NULL"
        ") x JOIN debtors d ON d.id = x.debtor "
        "WHERE (:from IS NULL OR x.at >= :from) AND (:to IS NULL OR x.at < :to) "
        "ORDER BY x.at, x.adjustment, x.line"));
    q.bind(QStringLiteral(":from"), dayStart(from))
        .bind(QStringLiteral(":to"), dayStart(to ? std::optional(to->addDays(1)) : std::nullopt))
        .exec();
    AdjustmentLine l;
    while (q.next()) {
        l.at = q.instant(0);
        l.debtorRef = q.text(1);
        l.debtorName = q.text(2);
        l.kind = codeOr(q.text(3), AdjustmentKind::Correction);
        l.invoiceNumber = q.text(4);
        l.amount = q.money(5);
        l.byLogin = q.text(6);
        l.note = q.text(7);
        row(l);
    }
}

void ExportRepository::calls(const std::optional<QDate> &from, const std::optional<QDate> &to,
                             const std::function<void(const CallLine &)> &row)
{
    // Instants are UTC text: the desk's days' bounds as such text compare correctly.
    // Some days are a range of the (started_at) index. The whole history
    // is read in the table's order, where each debtor's calls sit together,
    // and sorted once (in files, on a second thread): reading the index's
    // order took each call's debtor at random, 6.85 million calls of a
    // million-debtor office in 143 s instead of 44.
    const bool whole = !from && !to;
    std::optional<LargeSort> sort;
    if (whole)
        sort.emplace(m_db);
    SqlQuery q(m_db, QStringLiteral(
        "SELECT c.started_at, d.external_ref, d.name, coalesce(u.display_name, ''), c.answered_by, c.outcome, "
        "c.excuse_category, c.excuse_words, c.commitment_text, c.refusal_reason, c.next_step, c.corrected_at "
        "FROM calls c CROSS JOIN debtors d ON d.id = c.debtor_id LEFT JOIN users u ON u.id = c.agent_id "
        "WHERE (:from IS NULL OR c.started_at >= :from) AND (:to IS NULL OR c.started_at < :to) "
        // Each call once, as it stands: a corrected call is its latest
        // correction (same start). The corrected ids are gathered once,
        // a pass over the calls' index (0.07 s for 687,215 calls).
        "AND c.id NOT IN (SELECT corrects_call_id FROM calls WHERE corrects_call_id IS NOT NULL) ORDER BY ") +
        (whole ? QStringLiteral("(c.started_at IS NULL), c.started_at, c.id") : QStringLiteral("c.started_at, c.id")));
    q.bind(QStringLiteral(":from"), dayStart(from))
        .bind(QStringLiteral(":to"), dayStart(to ? std::optional(to->addDays(1)) : std::nullopt))
        .exec();
    CallLine l;
    while (q.next()) {
        l.startedAt = q.instant(0);
        l.debtorRef = q.text(1);
        l.debtorName = q.text(2);
        l.agentName = q.text(3);
        l.answeredBy = codeOr(q.text(4), AnsweredBy::Nobody);
        l.outcome = codeOr(q.text(5), CallOutcome::NoAnswer);
        l.excuse = q.isNull(6) ? std::nullopt : fromCode<ExcuseCategory>(q.text(6));
        l.excuseWords = q.text(7);
        l.commitment = q.text(8);
        l.refusalReason = q.text(9);
        l.nextStep = q.text(10);
        l.correctedAt = q.optionalInstant(11);
        row(l);
    }
}

void ExportRepository::agenda(const QDate &day, const std::function<void(const AgendaLine &)> &row)
{
    SqlQuery q(m_db, QStringLiteral(
        "SELECT f.due_date, f.due_time, f.kind, d.external_ref, d.name, f.description, coalesce(p.amount, 0), "
        "coalesce(u.display_name, '') FROM followups f JOIN debtors d ON d.id = f.debtor_id "
        "LEFT JOIN promises p ON p.id = f.promise_id LEFT JOIN users u ON u.id = f.assigned_to "
        "WHERE f.status = 'open' AND f.due_date <= :day ORDER BY f.due_date, f.due_time, f.id"));
    q.bind(QStringLiteral(":day"), day).exec();
    AgendaLine l;
    while (q.next()) {
        l.dueDate = q.date(0);
        l.dueTime = q.optionalTime(1);
        l.kind = codeOr(q.text(2), FollowUpKind::Callback);
        l.debtorRef = q.text(3);
        l.debtorName = q.text(4);
        l.description = q.text(5);
        l.promiseAmount = q.money(6);
        l.assignedTo = q.text(7);
        row(l);
    }
}

void ExportRepository::contacts(const std::function<void(const ContactLine &)> &row)
{
    SqlQuery q(m_db, QStringLiteral(
        "SELECT c.id, d.external_ref, c.name, c.role, "
        "(SELECT group_concat(number, char(10)) FROM (SELECT number FROM contact_phones WHERE contact_id = c.id "
        " ORDER BY id)), "
        "(SELECT group_concat(address, char(10)) FROM (SELECT address FROM contact_emails WHERE contact_id = c.id "
        " ORDER BY id)) "
        "FROM contacts c JOIN debtors d ON d.id = c.debtor_id ORDER BY d.external_ref, c.id"));
    q.exec();
    ContactLine l;
    while (q.next()) {
        l.contact = Contact();
        l.contact.id = q.integer(0);
        l.debtorRef = q.text(1);
        l.contact.name = q.text(2);
        l.contact.role = codeOr(q.text(3), ContactRole::Debtor);
        for (const QString &n : q.text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            l.contact.phones.append({0, n, {}});
        for (const QString &e : q.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            l.contact.emails.append({0, e, {}});
        row(l);
    }
}

} // namespace libreta::store
