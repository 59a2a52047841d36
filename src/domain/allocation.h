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
AllocationPlan allocatePayment(Money amount, QList<OpenInvoice> open,
                               std::optional<Id> preferredInvoice = std::nullopt);

} // namespace libreta::domain
