#include "domain/allocation.h"

#include <algorithm>

namespace libreta::domain {
namespace {

// Dates missing on an imported invoice cannot prove it is the oldest, so
// such invoices go after every dated one.
bool dateBefore(const QDate &a, const QDate &b)
{
    if (a.isValid() != b.isValid())
        return a.isValid();
    return a < b;
}

bool issuedBy(const OpenInvoice &invoice, const QDate &day)
{
    return !day.isValid() || !invoice.issueDate.isValid() || invoice.issueDate <= day;
}

bool payFirst(const OpenInvoice &a, const OpenInvoice &b, const QDate &paidOn)
{
    const bool aIssued = issuedBy(a, paidOn);
    if (aIssued != issuedBy(b, paidOn))
        return aIssued;  // an invoice sent after the money came was not what it paid
    if (a.disputed != b.disputed)
        return !a.disputed;  // a disputed amount is not money the debtor agrees to owe
    if (a.dueDate != b.dueDate)
        return dateBefore(a.dueDate, b.dueDate);
    if (a.issueDate != b.issueDate)
        return dateBefore(a.issueDate, b.issueDate);
    return a.id < b.id;
}

} // namespace

QList<OpenInvoice> openInvoicesOf(const QList<Invoice> &invoices)
{
    QList<OpenInvoice> open;
    for (const Invoice &i : invoices)
        if (i.outstanding.isPositive())
            open.append({i.id, i.dueDate, i.issueDate, i.outstanding, i.disputed});
    return open;
}

AllocationPlan allocatePayment(Money amount, QList<OpenInvoice> open,
                               std::optional<Id> preferredInvoice, const QDate &paidOn)
{
    AllocationPlan plan;
    if (!amount.isPositive()) {
        plan.credit = amount;
        return plan;
    }

    std::stable_sort(open.begin(), open.end(),
                     [&](const OpenInvoice &a, const OpenInvoice &b) { return payFirst(a, b, paidOn); });
    if (preferredInvoice) {
        // The debtor said which invoice this pays: honour it, even if disputed.
        const auto it = std::find_if(open.begin(), open.end(), [&](const OpenInvoice &inv) {
            return inv.id == *preferredInvoice;
        });
        if (it != open.end())
            std::rotate(open.begin(), it, it + 1);
    }

    Money left = amount;
    for (const OpenInvoice &inv : std::as_const(open)) {
        if (left.isZero())
            break;
        if (!inv.outstanding.isPositive())
            continue;  // already paid or a credit note: nothing to take
        const Money take = Money::min(left, inv.outstanding);
        plan.allocations.append(Allocation{inv.id, take});
        left -= take;
    }
    plan.credit = left;
    return plan;
}

} // namespace libreta::domain
