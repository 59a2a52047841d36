#include "services/officesetupservice.h"

#include "services/inputerror.h"
#include "services/scriptlibrary.h"
#include "services/timezonecheck.h"
#include "services/userservice.h"
#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace libreta::services {

namespace {

// Every ISO 4217 code some country's money is known by (Qt's locale data):
// "XYZ" has the shape of a code and is none.
bool isKnownCurrency(const QString &code)
{
    static const QSet<QString> known = [] {
        QSet<QString> codes;
        for (const QLocale &l : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory))
            codes.insert(l.currencySymbol(QLocale::CurrencyIsoCode));
        codes.remove(QString());
        return codes;
    }();
    return known.contains(code);
}

} // namespace

void OfficeSetupService::check(const OfficeSetup &setup)
{
    if (setup.name.simplified().isEmpty())
        throw InputError(QStringLiteral("name"),
                         tr("Office name: write the name the office introduces itself by to debtors."));
    checkCurrency(setup.currencyCode);
    if (setup.ownerName.simplified().isEmpty())
        throw InputError(QStringLiteral("owner"),
                         tr("Your name: write the name you introduce yourself by on calls; you are the office's "
                            "first user."));
}

QString OfficeSetupService::ownerLogin(const QString &account, const QString &ownerName)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    const QString own = account.trimmed().toLower();
    if (shape.match(own).hasMatch())
        return own;
    // Letters without their accents (decomposed, the marks left out), one
    // dot between words.
    QString login;
    for (const QChar c : ownerName.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            login += c;
        else if (c.isSpace() && !login.isEmpty() && !login.endsWith(QLatin1Char('.')))
            login += QLatin1Char('.');
    }
    login.truncate(32);
    while (login.endsWith(QLatin1Char('.')))
        login.chop(1);
    return login.size() >= 2 ? login : QStringLiteral("admin");
}

void OfficeSetupService::checkCurrency(const QString &currencyCode)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    const QString code = currencyCode.trimmed().toUpper();
    if (!iso.match(code).hasMatch())
        throw InputError(QStringLiteral("currency"),
                         tr("Currency: «%1» is not a three-letter currency code such as MXN or EUR.")
                             .arg(currencyCode.trimmed()));
    if (!isKnownCurrency(code))
        throw InputError(QStringLiteral("currency"),
                         tr("Currency: «%1» is not the code of any country's money (MXN, EUR, USD, COP…).")
                             .arg(code));
}

void OfficeSetupService::keepCurrency(const QString &currencyCode)
{
    const QString code = currencyCode.trimmed().toUpper();
    if (code != store::SettingsRepository(m_db).load().currencyCode &&
        store::PortfolioRepository(m_db).debtorCountUpTo(1) > 0)
        throw InputError(QStringLiteral("currency"),
                         tr("Currency: it is chosen when an office starts, and this one has debtors already."));
}

QString OfficeSetupService::ownerLoginOf(const OfficeSetup &setup)
{
    return setup.ownerLogin.isEmpty() ? ownerLogin(QString(), setup.ownerName) : setup.ownerLogin;
}

void OfficeSetupService::start(const OfficeSetup &setup, const domain::Clock &clock)
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
    // Its debtors live where it does, to start with (Edit ▸ Office rules).
    s.debtorTimeZone = TimeZoneCheck::systemOrDefault();
    settings.save(s);
    // The team's call scripts, so the first call finds them.
    ScriptLibrary(m_db).installDefaults();
    // Its first user keeps it (UserService: the first must administer).
    domain::User owner;
    owner.login = ownerLoginOf(setup);
    owner.displayName = setup.ownerName;
    owner.role = domain::UserRole::Admin;
    UserService(m_db, clock, std::nullopt).add(owner);
    tx.commit();
}

} // namespace libreta::services
