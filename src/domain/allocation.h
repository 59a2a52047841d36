#pragma once

#include "domain/entities.h"

namespace libreta::domain {

struct OpenInvoice {
    Id id = 0;
    QDate dueDate;
    QDate issueDate;
    Money outstanding;
    bool disputed = false;
};

struct AllocationPlan {
    QList<Allocation> allocations;
    Money credit;  // what no invoice could take: kept for the debtor, never lost
};

// The invoices that still owe something, as allocation reads them.
QList<OpenInvoice> openInvoicesOf(const QList<Invoice> &invoices);

// Oldest invoice first (due date, then issue date, then id); disputed invoices
// only after every undisputed one; `preferredInvoice`, when given and open,
// is paid first. Allocations always add up with the credit to `amount`.
//
// With `paidOn`, the invoices issued after that day (not yet sent when the
// money came: a payment recorded late, a bank's history imported) come after
// every invoice issued by then, disputed or not: the payment is applied as it
// would have been on its day, and only what it left over pays them, as credit
// on account pays an invoice when it arrives. An invoice without an issue
// date cannot be shown to be later, and counts as issued.
AllocationPlan allocatePayment(Money amount, QList<OpenInvoice> open,
                               std::optional<Id> preferredInvoice = std::nullopt, const QDate &paidOn = {});

} // namespace libreta::domain
