#include "cli/letteroptions.h"

#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "platform/paths.h"
#include "store/settingsrepository.h"

#include <QDir>

namespace libreta::cli {

using namespace services;

void addLetterOptions(CliOptions &options)
{
    options.add(QStringLiteral("letter"), CliContext::tr("statement (default), reminder, confirmation or paid-in-full"),
                QStringLiteral("KIND"));
    options.add(QStringLiteral("lang"), CliContext::tr("es (default) or en"), QStringLiteral("L"));
}

namespace {

// Where the office's money is spoken in the letter's language: a euro
// office's letters read "1.234,56 €" on A4 as in Spain, a peso office's
// "$1,234.56" on Letter as in Mexico. The desk's own locale first, when it
// fits; Mexico or the United States when no country fits.
QLocale letterLocale(QLocale::Language language, const QString &currency)
{
    const auto fits = [&](const QLocale &l) {
        return l.language() == language && l.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    };
    if (fits(QLocale()))
        return QLocale();
    if (fits(QLocale(language)))
        return QLocale(language);
    for (const QLocale &l : QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory))
        if (fits(l))
            return l;
    return language == QLocale::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                        : QLocale(QLocale::Spanish, QLocale::Mexico);
}

} // namespace

std::optional<DocumentRequest> letterRequest(CliOptions &options, store::Database &db)
{
    const QString letter = options.isSet(QStringLiteral("letter")) ? options.value(QStringLiteral("letter"))
                                                                   : QStringLiteral("statement");
    DocumentRequest request;
    if (letter == u"statement")
        request.kind = DocumentKind::Statement;
    else if (letter == u"confirmation")
        request.kind = DocumentKind::PromiseConfirmation;
    else if (letter == u"paid-in-full")
        request.kind = DocumentKind::PaidInFull;
    else if (letter == u"reminder")
        request.kind = DocumentKind::PaymentReminder;
    else {
        options.usageError(CliContext::tr("--letter: use statement, reminder, confirmation or paid-in-full."));
        return std::nullopt;
    }
    request.language = options.isSet(QStringLiteral("lang")) ? options.value(QStringLiteral("lang")) : QStringLiteral("es");
    if (request.language != u"es" && request.language != u"en") {
        options.usageError(CliContext::tr("--lang: use es or en."));
        return std::nullopt;
    }
    const QString currency = store::SettingsRepository(db).load().currencyCode;
    request.locale = letterLocale(request.language == u"en" ? QLocale::English : QLocale::Spanish, currency);
    // The locale's own symbol when the office's currency is its currency,
    // else the ISO code (the app's formatter knows more; the CLI keeps it plain).
    request.currencySymbol = request.locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                                 ? request.locale.currencySymbol(QLocale::CurrencySymbol)
                                 : currency;
    return request;
}

QString officeTemplates() { return QDir(platform::dataFolder()).filePath(QStringLiteral("templates")); }

} // namespace libreta::cli
