#include "services/rolloverservice.h"

#include "domain/shortdate.h"
#include "services/inputerror.h"
#include "services/promisereevaluator.h"
#include "store/auditrepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

RolloverResult RolloverService::run(const QDate &today)
{
    if (today > m_clock.today())
        throw InputError(QStringLiteral("date"),
                         tr("The day to close cannot be later than today (%1): promises whose debtors still have "
                            "time to pay would be marked broken.")
                             .arg(domain::shortDate(m_clock.today())));
    store::Transaction tx(m_db);
    const int graceDays = store::SettingsRepository(m_db).graceDays();
    const auto debtors = store::PromiseRepository(m_db).debtorsWithExpiredPromises(today, graceDays);

    RolloverResult result;
    PromiseReevaluator reevaluator(m_db, graceDays);
    store::TotalsRepository totals(m_db);
    for (const Id debtorId : debtors) {
        ++result.debtorsReviewed;
        for (const auto &change : reevaluator.reevaluate(debtorId, today, m_clock.nowUtc())) {
            switch (change.after) {
            case PromiseStatus::Broken: ++result.promisesBroken; break;
            case PromiseStatus::PartiallyKept: ++result.promisesPartlyKept; break;
            case PromiseStatus::Kept: ++result.promisesKept; break;
            default: break;
            }
        }
        totals.refresh(debtorId);
    }
    if (result.debtorsReviewed > 0) {
        store::AuditEntry audit;
        audit.at = m_clock.nowUtc();
        audit.action = QStringLiteral("day.rollover");
        audit.entity = QStringLiteral("promise");
        audit.details = QStringLiteral("date=%1 broken=%2 partial=%3 kept=%4")
                            .arg(today.toString(Qt::ISODate))
                            .arg(result.promisesBroken)
                            .arg(result.promisesPartlyKept)
                            .arg(result.promisesKept);
        store::AuditRepository(m_db).add(audit);
    }
    tx.commit();
    spdlog::info("rollover {}: {} debtors reviewed, {} broken, {} partly kept", today.toString(Qt::ISODate).toStdString(),
                 result.debtorsReviewed, result.promisesBroken, result.promisesPartlyKept);
    return result;
}

} // namespace libreta::services
