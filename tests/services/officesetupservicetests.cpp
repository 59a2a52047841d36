// File ▸ New office file: a new office's name and currency, and the team's
// call scripts, stored at once; the currency only while no debtor exists.

#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "services/officesetupservice.h"
#include "services/scriptlibrary.h"
#include "store/scriptrepository.h"
#include "store/settingsrepository.h"

using namespace libreta;
using namespace libreta::services;

TEST_CASE("A new office starts with its name, its currency and the call scripts", "[services][setup]")
{
    test::TempDb t;
    OfficeSetupService(t.db()).start({QStringLiteral("  Cobranza   Norte "), QStringLiteral("eur")});
    const auto settings = store::SettingsRepository(t.db()).load();
    CHECK(settings.officeName == QStringLiteral("Cobranza Norte"));
    CHECK(settings.currencyCode == QStringLiteral("EUR"));
    // Installing again finds them there.
    CHECK(ScriptLibrary(t.db()).installDefaults() == 0);
}

TEST_CASE("A new office's setup is refused by its field, and nothing is stored", "[services][setup]")
{
    CHECK(test::refusedField([] { OfficeSetupService::check({QString(), QStringLiteral("MXN")}); }) ==
          QStringLiteral("name"));
    CHECK(test::refusedField([] { OfficeSetupService::check({QStringLiteral("Norte"), QStringLiteral("pesos")}); }) ==
          QStringLiteral("currency"));
    CHECK(test::refusedField([] { OfficeSetupService::check({QStringLiteral("Norte"), QStringLiteral("M1")}); }) ==
          QStringLiteral("currency"));

    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"));
    const QString before = store::SettingsRepository(t.db()).load().currencyCode;
    CHECK(test::refusedField([&] { OfficeSetupService(t.db()).start({QStringLiteral("Norte"), QStringLiteral("EUR")}); }) ==
          QStringLiteral("currency"));
    CHECK(store::SettingsRepository(t.db()).load().currencyCode == before);
}
