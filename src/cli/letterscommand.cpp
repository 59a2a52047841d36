#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "cli/letteroptions.h"
#include "cli/segmentoption.h"
#include "documents/pdfbook.h"
#include "documents/pdffolder.h"
#include "documents/pdfwriter.h"
#include "services/documentbatch.h"
#include "services/outputpath.h"
#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/userrepository.h"

#include <QDir>

namespace libreta::cli {

using namespace services;

// The same statement or letter for many debtors, as the app's Debtor ▸
// Documents for several debtors writes them: by name, a segment's or an
// agent's, to one PDF or one per debtor. For an office's monthly chores
// run from a scheduled task.
int runLetters(CliContext &c)
{
    CliOptions options(c, QStringLiteral("letters"),
                       QStringLiteral("(--out FILE.pdf | --out-dir DIR) [--letter statement|reminder|confirmation|paid-in-full] "
                                      "[--lang es|en] [--segment NAME] [--agent LOGIN] [--with-do-not-contact] "
                                      "[--with-nothing-owed]"));
    options.add(QStringLiteral("out"), CliContext::tr("one PDF with every document, each on pages of its own"),
                QStringLiteral("FILE"));
    options.add(QStringLiteral("out-dir"), CliContext::tr("a folder for one PDF per debtor"), QStringLiteral("DIR"));
    addLetterOptions(options);
    options.add(QStringLiteral("segment"), CliContext::tr("only the debtors of this segment"), QStringLiteral("NAME"));
    options.add(QStringLiteral("agent"), CliContext::tr("only the debtors of this agent"), QStringLiteral("LOGIN"));
    options.add(QStringLiteral("with-do-not-contact"), CliContext::tr("the debtors marked do not contact too"));
    options.add(QStringLiteral("with-nothing-owed"), CliContext::tr("statements: the debtors who owe nothing too"));
    if (!options.parse())
        return options.exitCode();
    const bool oneFile = options.isSet(QStringLiteral("out"));
    if (oneFile == options.isSet(QStringLiteral("out-dir"))) {
        options.usageError(CliContext::tr("give either --out (one PDF) or --out-dir (one PDF per debtor)."));
        return Usage;
    }
    if (oneFile)
        services::OutputPath::check(QStringLiteral("out"), options.value(QStringLiteral("out")), c.databasePath);
    auto db = c.openDatabase();
    const std::optional<DocumentRequest> letter = letterRequest(options, *db);
    if (!letter)
        return Usage;
    DocumentBatchRequest request;
    request.document = *letter;
    request.skipDoNotContact = !options.isSet(QStringLiteral("with-do-not-contact"));
    request.skipNothingOwed = !options.isSet(QStringLiteral("with-nothing-owed"));
    request.query.filters.segment = options.value(QStringLiteral("segment"));
    if (!resolveSegmentOption(c, *db, request.query.filters.segment))
        return Refused;
    if (options.isSet(QStringLiteral("agent"))) {
        const auto agent = store::UserRepository(*db).byLogin(options.value(QStringLiteral("agent")).trimmed());
        if (!agent) {
            c.err << CliContext::tr("--agent: no user has the login «%1».").arg(options.value(QStringLiteral("agent")))
                  << Qt::endl;
            return Refused;
        }
        request.query.filters.agentId = agent->id;
    }

    const auto paper = documents::paperFor(letter->locale);
    const QString where = options.value(oneFile ? QStringLiteral("out") : QStringLiteral("out-dir"));
    DocumentBatch batch(*db, c.clock, officeTemplates(), request);
    QString error;
    QList<domain::Id> writtenFor;
    if (oneFile) {
        documents::PdfBook book(where, DocumentBatch::kindTitle(letter->kind), paper);
        if (!book.open(&error)) {
            c.err << error << Qt::endl;
            return Refused;
        }
        while (const auto document = batch.next()) {
            book.add(document->html);
            writtenFor.append(document->debtorId);
        }
        // No document, no file: an empty book would be one blank page.
        if (!writtenFor.isEmpty() && !book.finish(&error)) {
            c.err << error << Qt::endl;
            return Refused;
        }
    } else {
        documents::PdfFolder folder(where, paper);
        if (!folder.open(&error)) {
            c.err << QStringLiteral("--out-dir: ") << error << Qt::endl;
            return Refused;
        }
        // The files written before a failure stay, and so does their entry in the activity.
        const auto stoppedAfterSome = [&] {
            if (writtenFor.isEmpty())
                return;
            try {
                batch.record(std::nullopt, writtenFor, true);
            } catch (const std::exception &) {
                // The failure being reported is the one that stopped the run.
            }
        };
        try {
            while (const auto document = batch.next()) {
                if (!folder.write(document->html, document->fileName, document->title, &error)) {
                    c.err << error << Qt::endl;
                    stoppedAfterSome();
                    return Refused;
                }
                writtenFor.append(document->debtorId);
            }
        } catch (...) {
            stoppedAfterSome();
            throw;
        }
    }
    if (!writtenFor.isEmpty()) {
        batch.record(std::nullopt, writtenFor, false);
        c.out << CliContext::tr("%1 written to %2").arg(DocumentBatch::kindWords(letter->kind, writtenFor.size()),
                                                        QDir::toNativeSeparators(where))
              << Qt::endl;
    } else {
        c.out << CliContext::tr("No document was written.") << Qt::endl;
    }
    if (const QString skipped = batch.skippedText(); !skipped.isEmpty())
        c.out << skipped << Qt::endl;
    return Done;
}

} // namespace libreta::cli
