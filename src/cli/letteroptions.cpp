#include "cli/letteroptions.h"

#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "cli/officelocale.h"
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
    request.locale = localeForCurrency(request.language == u"en" ? QLocale::English : QLocale::Spanish, currency);
    // The locale's own symbol when the office's currency is its currency,
    // else the ISO code (the app's formatter knows more; the CLI keeps it plain).
    request.currencySymbol = request.locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                                 ? request.locale.currencySymbol(QLocale::CurrencySymbol)
                                 : currency;
    return request;
}

QString officeTemplates() { return QDir(platform::dataFolder()).filePath(QStringLiteral("templates")); }

} // namespace libreta::cli
