#include "store/invoicerepository.h"

#include "domain/allocation.h"
#include "store/invoicebalancesql.h"
#include "store/numbertails.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {
const QString kSelect = QStringLiteral("SELECT i.id, i.debtor_id, i.number, i.issue_date, i.due_date, i.amount, "
                                       "i.amount - %1, i.disputed, i.dispute_reason, %2, "
                                       "(SELECT group_concat(f.number, char(10)) FROM invoice_former_numbers f "
                                       "WHERE f.debtor_id = i.debtor_id AND f.invoice_id = i.id) FROM invoices i ")
                            .arg(takenOffInvoiceSql(QStringLiteral("i")), adjustedOffInvoiceSql(QStringLiteral("i")));

domain::Invoice readInvoice(const SqlQuery &q)
{
    domain::Invoice inv;
    inv.id = q.integer(0);
    inv.debtorId = q.integer(1);
    inv.number = q.text(2);
    inv.issueDate = q.date(3);
    inv.dueDate = q.date(4);
    inv.amount = q.money(5);
    inv.outstanding = q.money(6);
    inv.disputed = q.boolean(7);
    inv.disputeReason = q.text(8);
    inv.adjusted = q.money(9);
    const QString former = q.text(10);
    if (!former.isEmpty())
        inv.formerNumbers = former.split(QLatin1Char('\n'));
    return inv;
}
} // namespace

domain::Id InvoiceRepository::add(const domain::Invoice &inv)
{
    // A number an invoice carries is nobody's former number (schema 23):
    // typed by hand, it says this is another invoice. Not a trigger: the
    // import inserts millions of rows and never a former number.
    SqlQuery(m_db, QStringLiteral("DELETE FROM invoice_former_numbers WHERE debtor_id = :debtor AND number = :number"))
        .bind(QStringLiteral(":debtor"), inv.debtorId)
        .bind(QStringLiteral(":number"), inv.number)
        .exec();
    return SqlQuery(m_db, QStringLiteral(
                              "INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, "
                              "disputed, dispute_reason, created_at, number_tail) VALUES (:debtor, :number, :issue, "
                              ":due, :amount, :disputed, :reason, :now, :tail) RETURNING id"))
        .bind(QStringLiteral(":debtor"), inv.debtorId)
        .bind(QStringLiteral(":number"), inv.number)
        .bind(QStringLiteral(":issue"), inv.issueDate)
        .bind(QStringLiteral(":due"), inv.dueDate)
        .bind(QStringLiteral(":amount"), inv.amount)
        .bind(QStringLiteral(":disputed"), inv.disputed)
        .bind(QStringLiteral(":reason"), inv.disputeReason)
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc())
        .bind(QStringLiteral(":tail"), QString::fromUtf8(NumberTailBytes(inv.number.toUtf8()).view()))
        .execScalar();
}

QList<domain::Invoice> InvoiceRepository::forDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE i.debtor_id = :debtor ORDER BY i.due_date, i.issue_date, i.id"));
    q.bind(QStringLiteral(":debtor"), debtorId).exec();
    QList<domain::Invoice> out;
    while (q.next())
        out.append(readInvoice(q));
    return out;
}

QList<domain::OpenInvoice> InvoiceRepository::openForDebtor(domain::Id debtorId)
{
    return domain::openInvoicesOf(forDebtor(debtorId));
}

std::optional<domain::Invoice> InvoiceRepository::byId(domain::Id invoiceId)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE i.id = :id"));
    q.bind(QStringLiteral(":id"), invoiceId).exec();
    if (!q.next())
        return std::nullopt;
    return readInvoice(q);
}

std::optional<domain::Invoice> InvoiceRepository::byNumber(domain::Id debtorId, const QString &number)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE i.debtor_id = :debtor AND i.number = :number"));
    q.bind(QStringLiteral(":debtor"), debtorId).bind(QStringLiteral(":number"), number).exec();
    if (!q.next())
        return std::nullopt;
    return readInvoice(q);
}

std::optional<domain::Invoice> InvoiceRepository::byNumberOrFormer(domain::Id debtorId, const QString &number)
{
    if (auto current = byNumber(debtorId, number))
        return current;
    SqlQuery q(m_db, QStringLiteral("SELECT invoice_id FROM invoice_former_numbers WHERE debtor_id = :debtor "
                                    "AND number = :number"));
    q.bind(QStringLiteral(":debtor"), debtorId).bind(QStringLiteral(":number"), number).exec();
    if (!q.next())
        return std::nullopt;
    return byId(q.integer(0));
}

void InvoiceRepository::update(const domain::Invoice &invoice)
{
    SqlQuery(m_db, QStringLiteral("UPDATE invoices SET number = :n, issue_date = :i, due_date = :d, amount = :a "
                                  "WHERE id = :id"))
        .bind(QStringLiteral(":n"), invoice.number)
        .bind(QStringLiteral(":i"), invoice.issueDate)
        .bind(QStringLiteral(":d"), invoice.dueDate)
        .bind(QStringLiteral(":a"), invoice.amount.minor())
        .bind(QStringLiteral(":id"), invoice.id)
        .exec();
}

void InvoiceRepository::setDisputed(domain::Id invoiceId, bool disputed, const QString &reason)
{
    SqlQuery(m_db, QStringLiteral("UPDATE invoices SET disputed = :d, dispute_reason = :r WHERE id = :id"))
        .bind(QStringLiteral(":d"), disputed)
        .bind(QStringLiteral(":r"), reason)
        .bind(QStringLiteral(":id"), invoiceId)
        .exec();
}

} // namespace libreta::store
