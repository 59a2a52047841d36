#include "services/officesetupservice.h"

#include "services/inputerror.h"
#include "services/scriptlibrary.h"
#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QRegularExpression>

namespace libreta::services {

void OfficeSetupService::check(const OfficeSetup &setup)
{
    if (setup.name.simplified().isEmpty())
        throw InputError(QStringLiteral("name"),
                         tr("Office name: write the name the office introduces itself by to debtors."));
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(setup.currencyCode.trimmed().toUpper()).hasMatch())
        throw InputError(QStringLiteral("currency"),
                         tr("Currency: «%1» is not a three-letter currency code such as MXN or EUR.")
                             .arg(setup.currencyCode.trimmed()));
}

void OfficeSetupService::start(const OfficeSetup &setup)
{
    check(setup);
    store::Transaction tx(m_db);
    if (store::PortfolioRepository(m_db).debtorCountUpTo(1) > 0)
        throw InputError(QStringLiteral("currency"),
                         tr("Currency: it is chosen when an office starts, and this one has debtors already."));
    store::SettingsRepository settings(m_db);
    auto s = settings.load();
    s.officeName = setup.name.simplified();
    s.currencyCode = setup.currencyCode.trimmed().toUpper();
    settings.save(s);
    // The team's call scripts, so the first call finds them.
    ScriptLibrary(m_db).installDefaults();
    tx.commit();
}

} // namespace libreta::services
