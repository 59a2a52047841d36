#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "domain/entitycodes.h"
#include "services/officesetupservice.h"
#include "services/scriptlibrary.h"
#include "services/timezonecheck.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QFileInfo>

namespace libreta::cli {

int runInit(CliContext &c)
{
    CliOptions options(c, QStringLiteral("init"),
                       QStringLiteral("[--currency CODE] [--office NAME] [--time-zone ZONE] [--payment-instructions TEXT]"));
    options.add(QStringLiteral("currency"), CliContext::tr("ISO 4217 currency code, e.g. MXN or EUR"), QStringLiteral("CODE"));
    options.add(QStringLiteral("office"), CliContext::tr("office name for letters and the title bar"), QStringLiteral("NAME"));
    options.add(QStringLiteral("time-zone"),
                CliContext::tr("time zone new debtors are given, e.g. Europe/Madrid (the computer's by default)"),
                QStringLiteral("ZONE"));
    options.add(QStringLiteral("payment-instructions"),
                CliContext::tr("how debtors pay (bank, account, where); {referencia} becomes the debtor's reference"),
                QStringLiteral("TEXT"));
    if (!options.parse())
        return options.exitCode();
    const QString currency = options.value(QStringLiteral("currency")).trimmed().toUpper();
    if (options.isSet(QStringLiteral("currency")))
        services::OfficeSetupService::checkCurrency(currency);
    const QString zone = options.value(QStringLiteral("time-zone")).trimmed();
    if (options.isSet(QStringLiteral("time-zone")))
        services::TimeZoneCheck::require(QStringLiteral("time-zone"), zone);

    auto db = c.openOrCreateDatabase();
    store::Transaction tx(*db);
    if (!currency.isEmpty())
        services::OfficeSetupService(*db).keepCurrency(currency);
    store::SettingsRepository settingsRepo(*db);
    auto settings = settingsRepo.load();
    if (!currency.isEmpty())
        settings.currencyCode = currency;
    if (options.isSet(QStringLiteral("office")))
        settings.officeName = options.value(QStringLiteral("office")).trimmed();
    if (options.isSet(QStringLiteral("payment-instructions")))
        settings.paymentInstructions = options.value(QStringLiteral("payment-instructions")).trimmed();
    if (options.isSet(QStringLiteral("time-zone")))
        settings.debtorTimeZone = zone;
    else if (settingsRepo.value(QStringLiteral("debtor_time_zone")).isEmpty())
        settings.debtorTimeZone = services::TimeZoneCheck::systemOrDefault();  // an office never told one
    settingsRepo.save(settings);
    // No user, as File ▸ New office file makes it: an office that lists
    // nobody is one person who may do everything, and its first user is
    // added in Edit ▸ Office users (where the desk's own login is offered).
    // The team's call scripts, so the first call finds them (an office edits its own copy later).
    services::ScriptLibrary(*db).installDefaults();
    tx.commit();
    c.out << CliContext::tr("Database ready: %1 (schema %2, currency %3)")
                 .arg(QFileInfo(c.databasePath).absoluteFilePath())
                 .arg(db->schemaVersion())
                 .arg(settings.currencyCode)
          << Qt::endl;
    return Done;
}

} // namespace libreta::cli
