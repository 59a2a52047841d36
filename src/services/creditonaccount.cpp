#include "services/creditonaccount.h"

#include "domain/allocation.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"

namespace libreta::services {

using namespace domain;

Money payOwedFromCredit(store::Database &db, Id debtorId)
{
    store::PaymentRepository payments(db);
    store::InvoiceRepository invoices(db);
    Money used;
    const auto all = payments.forDebtor(debtorId);  // newest first
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!it->unallocated.isPositive())
            continue;
        const AllocationPlan plan = allocatePayment(it->unallocated, invoices.openForDebtor(debtorId));
        if (plan.allocations.isEmpty())
            break;  // nothing left owing
        payments.addAllocations(it->id, plan.allocations);
        used += it->unallocated - plan.credit;
    }
    return used;
}

} // namespace libreta::services
