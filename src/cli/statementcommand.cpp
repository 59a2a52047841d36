#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "cli/letteroptions.h"
#include "documents/pdfwriter.h"
#include "services/documentservice.h"
#include "services/outputpath.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/storeerror.h"

#include <QDir>

namespace libreta::cli {

using namespace services;

int runStatement(CliContext &c)
{
    CliOptions options(c, QStringLiteral("statement"),
                       QStringLiteral("--debtor REF --out FILE.pdf [--letter statement|reminder|confirmation|paid-in-full] "
                                      "[--lang es|en]"));
    options.add(QStringLiteral("debtor"), CliContext::tr("the debtor's external reference"), QStringLiteral("REF"));
    options.add(QStringLiteral("out"), CliContext::tr("the PDF file to write"), QStringLiteral("FILE"));
    addLetterOptions(options);
    if (!options.parse())
        return options.exitCode();
    for (const char *required : {"debtor", "out"})
        if (!options.require(QString::fromLatin1(required)))
            return Usage;
    services::OutputPath::check(QStringLiteral("out"), options.value(QStringLiteral("out")), c.databasePath);
    auto db = c.openDatabase();
    std::optional<DocumentRequest> request = letterRequest(options, *db);
    if (!request)
        return Usage;
    const auto debtor = store::DebtorRepository(*db).byRef(options.value(QStringLiteral("debtor")).trimmed());
    if (!debtor) {
        c.err << CliContext::tr("--debtor: no debtor has the reference «%1».").arg(options.value(QStringLiteral("debtor")))
              << Qt::endl;
        return Refused;
    }
    request->debtorId = debtor->id;
    DocumentService service(*db, c.clock, officeTemplates());
    const Document document = service.compose(*request);
    QString error;
    if (!documents::writePdf(document.html, options.value(QStringLiteral("out")), document.title,
                             documents::paperFor(request->locale), &error)) {
        c.err << error << Qt::endl;
        return Refused;
    }
    try {
        service.recordWritten({debtor->id}, request->kind, false, std::nullopt);
    } catch (const store::StoreError &e) {
        // The PDF is there: a scheduled task that wrote it has not failed.
        c.err << CliContext::tr("The debtor's file could not note the document: %1").arg(e.message()) << Qt::endl;
    }
    c.out << CliContext::tr("%1 written to %2").arg(document.title, QDir::toNativeSeparators(options.value(QStringLiteral("out"))))
          << Qt::endl;
    return Done;
}

} // namespace libreta::cli
