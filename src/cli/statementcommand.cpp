#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "documents/pdfwriter.h"
#include "platform/paths.h"
#include "services/documentservice.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/settingsrepository.h"

#include <QDir>
#include <QLocale>

namespace libreta::cli {

using namespace services;

int runStatement(CliContext &c)
{
    CliOptions options(c, QStringLiteral("statement"),
                       QStringLiteral("--debtor REF --out FILE.pdf [--letter statement|confirmation|paid-in-full] "
                                      "[--lang es|en]"));
    options.add(QStringLiteral("debtor"), CliContext::tr("the debtor's external reference"), QStringLiteral("REF"));
    options.add(QStringLiteral("out"), CliContext::tr("the PDF file to write"), QStringLiteral("FILE"));
    options.add(QStringLiteral("letter"), CliContext::tr("statement (default), confirmation or paid-in-full"), QStringLiteral("KIND"));
    options.add(QStringLiteral("lang"), CliContext::tr("es (default) or en"), QStringLiteral("L"));
    if (!options.parse())
        return Usage;
    for (const char *required : {"debtor", "out"})
        if (!options.require(QString::fromLatin1(required)))
            return Usage;
    const QString letter = options.isSet(QStringLiteral("letter")) ? options.value(QStringLiteral("letter"))
                                                                   : QStringLiteral("statement");
    DocumentRequest request;
    if (letter == u"statement")
        request.kind = DocumentKind::Statement;
    else if (letter == u"confirmation")
        request.kind = DocumentKind::PromiseConfirmation;
    else if (letter == u"paid-in-full")
        request.kind = DocumentKind::PaidInFull;
    else {
        options.usageError(CliContext::tr("--letter: use statement, confirmation or paid-in-full."));
        return Usage;
    }
    request.language = options.isSet(QStringLiteral("lang")) ? options.value(QStringLiteral("lang")) : QStringLiteral("es");
    if (request.language != u"es" && request.language != u"en") {
        options.usageError(CliContext::tr("--lang: use es or en."));
        return Usage;
    }
    request.locale = request.language == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : QLocale(QLocale::Spanish, QLocale::Mexico);

    auto db = c.openDatabase();
    const auto debtor = store::DebtorRepository(*db).byRef(options.value(QStringLiteral("debtor")).trimmed());
    if (!debtor) {
        c.err << CliContext::tr("--debtor: no debtor has the reference «%1».").arg(options.value(QStringLiteral("debtor")))
              << Qt::endl;
        return Refused;
    }
    request.debtorId = debtor->id;
    const QString currency = store::SettingsRepository(*db).load().currencyCode;
    // The locale's own symbol when the office's currency is its currency,
    // else the ISO code (the app's formatter knows more; the CLI keeps it plain).
    request.currencySymbol = request.locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                                 ? request.locale.currencySymbol(QLocale::CurrencySymbol)
                                 : currency;
    const Document document =
        DocumentService(*db, c.clock, QDir(platform::dataFolder()).filePath(QStringLiteral("templates"))).compose(request);
    QString error;
    if (!documents::writePdf(document.html, options.value(QStringLiteral("out")), document.title,
                             documents::paperFor(request.locale), &error)) {
        c.err << error << Qt::endl;
        return Refused;
    }
    c.out << CliContext::tr("%1 written to %2").arg(document.title, QDir::toNativeSeparators(options.value(QStringLiteral("out"))))
          << Qt::endl;
    return Done;
}

} // namespace libreta::cli
