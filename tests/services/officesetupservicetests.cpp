// File ▸ New office file: a new office's name, currency and owner, and the
// team's call scripts, stored at once; the currency only while no debtor exists.

#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "domain/clock.h"
#include "services/officesetupservice.h"
#include "services/scriptlibrary.h"
#include "store/scriptrepository.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"

using namespace libreta;
using namespace libreta::services;

namespace {

OfficeSetup office(const QString &name, const QString &currency, const QString &owner = QStringLiteral("Ana"))
{
    return {name, currency, owner, QString()};
}

} // namespace

TEST_CASE("A new office starts with its name, its currency and the call scripts", "[services][setup]")
{
    test::TempDb t;
    const domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
    OfficeSetupService(t.db()).start(
        {QStringLiteral("  Cobranza   Norte "), QStringLiteral("eur"), QStringLiteral(" José  Núñez "), QString()}, clock);
    const auto settings = store::SettingsRepository(t.db()).load();
    CHECK(settings.officeName == QStringLiteral("Cobranza Norte"));
    CHECK(settings.currencyCode == QStringLiteral("EUR"));
    // Its owner is its first user, who administers it.
    const QList<domain::User> users = store::UserRepository(t.db()).all();
    REQUIRE(users.size() == 1);
    CHECK(users.first().displayName == QStringLiteral("José Núñez"));
    CHECK(users.first().login == QStringLiteral("jose.nunez"));
    CHECK(users.first().role == domain::UserRole::Admin);
    // Installing again finds them there.
    CHECK(ScriptLibrary(t.db()).installDefaults() == 0);
}

TEST_CASE("A new office's setup is refused by its field, and nothing is stored", "[services][setup]")
{
    CHECK(test::refusedField([] { OfficeSetupService::check(office(QString(), QStringLiteral("MXN"))); }) ==
          QStringLiteral("name"));
    CHECK(test::refusedField([] { OfficeSetupService::check(office(QStringLiteral("Norte"), QStringLiteral("pesos"))); }) ==
          QStringLiteral("currency"));
    CHECK(test::refusedField([] { OfficeSetupService::check(office(QStringLiteral("Norte"), QStringLiteral("M1"))); }) ==
          QStringLiteral("currency"));
    CHECK(test::refusedField([] {
              OfficeSetupService::check(office(QStringLiteral("Norte"), QStringLiteral("MXN"), QStringLiteral("  ")));
          }) == QStringLiteral("owner"));

    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"));
    const QString before = store::SettingsRepository(t.db()).load().currencyCode;
    const domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
    CHECK(test::refusedField([&] {
              OfficeSetupService(t.db()).start(office(QStringLiteral("Norte"), QStringLiteral("EUR")), clock);
          }) == QStringLiteral("currency"));
    CHECK(store::SettingsRepository(t.db()).load().currencyCode == before);
    CHECK(store::UserRepository(t.db()).all().isEmpty());
}

TEST_CASE("A new office's owner logs in as the computer's account or by their name", "[services][setup]")
{
    CHECK(OfficeSetupService::ownerLogin(QStringLiteral("Ana.Lopez"), QStringLiteral("Ana López")) ==
          QStringLiteral("ana.lopez"));
    // An account no login can be (spaces, accents): made of the name.
    CHECK(OfficeSetupService::ownerLogin(QStringLiteral("María José"), QStringLiteral("María José Ñúñez")) ==
          QStringLiteral("maria.jose.nunez"));
    CHECK(OfficeSetupService::ownerLogin(QString(), QStringLiteral("  Peña,  S.A. ")) == QStringLiteral("pena.sa"));
    CHECK(OfficeSetupService::ownerLogin(QString(), QStringLiteral("Jo")) == QStringLiteral("jo"));
    CHECK(OfficeSetupService::ownerLogin(QString(), QStringLiteral("李")) == QStringLiteral("admin"));
    CHECK(OfficeSetupService::ownerLogin(QString(), QString(40, QLatin1Char('a'))).size() == 32);
}
