#include "services/nothingowed.h"

#include "store/followuprepository.h"
#include "store/invoicerepository.h"
#include "store/promiserepository.h"

#include <QCoreApplication>

namespace libreta::services {

using namespace domain;

int cancelPromisesWhenNothingOwed(store::Database &db, Id debtorId, const Clock &clock)
{
    if (!store::InvoiceRepository(db).openForDebtor(debtorId).isEmpty())
        return 0;
    store::PromiseRepository promises(db);
    store::FollowUpRepository followUps(db);
    int cancelled = 0;
    for (const Promise &p : promises.pendingForDebtor(debtorId)) {
        promises.setOutcome(p.id, PromiseStatus::Cancelled, p.paid, clock.today());
        followUps.cancelForPromise(p.id, QCoreApplication::translate("NothingOwed", "Nothing is owed any more."),
                                   clock.nowUtc());
        ++cancelled;
    }
    followUps.cancelBrokenPromiseCallbacks(
        debtorId, QCoreApplication::translate("NothingOwed", "Paid since: nothing is owed any more."), clock.nowUtc());
    return cancelled;
}

} // namespace libreta::services
