#include "services/owedagain.h"

#include "services/debtorfile.h"
#include "store/adjustmentrepository.h"
#include "store/debtorrepository.h"
#include "store/totalsrepository.h"

namespace libreta::services {

using namespace domain;

bool reopensWhenOwedAgain(DebtorStatus status, bool writtenOff, Money owedBefore)
{
    return status == DebtorStatus::Settled ||
           (status == DebtorStatus::Closed && writtenOff && !owedBefore.isPositive());
}

bool reactivateIfOwedAgain(store::Database &db, Id debtorId, Money owedBefore)
{
    const auto totals = store::TotalsRepository(db).forDebtor(debtorId);
    if (!totals || !totals->outstanding.isPositive())
        return false;
    store::DebtorRepository debtors(db);
    const auto debtor = debtors.byId(debtorId);
    if (!debtor || (debtor->status != DebtorStatus::Settled && debtor->status != DebtorStatus::Closed))
        return false;
    if (!reopensWhenOwedAgain(debtor->status,
                              DebtorFile::writtenOff(store::AdjustmentRepository(db).forDebtor(debtorId)), owedBefore))
        return false;
    return debtor->status == DebtorStatus::Settled ? debtors.reactivateIfSettled(debtorId)
                                                   : debtors.reopenIfClosed(debtorId);
}

} // namespace libreta::services
