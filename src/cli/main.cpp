// libreta-cli [--db FILE] COMMAND [options]: the app's services for scripts.

#include "cli/clicontext.h"
#include "cli/officelocale.h"
#include "platform/logging.h"
#include "platform/paths.h"
#include "platform/translations.h"
#include "services/inputerror.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QMap>

#include <cstdio>
#include <memory>

namespace {

using namespace libreta;

struct CommandEntry {
    cli::Command run;
    const char *summary;
};

const QMap<QString, CommandEntry> &commands()
{
    static const QMap<QString, CommandEntry> table = {
        {QStringLiteral("init"), {cli::runInit, QT_TRANSLATE_NOOP("Cli", "create or upgrade the database")}},
        {QStringLiteral("demo"), {cli::runDemo, QT_TRANSLATE_NOOP("Cli", "fill an empty database with a demo office")}},
        {QStringLiteral("check"), {cli::runCheck, QT_TRANSLATE_NOOP("Cli", "verify integrity, foreign keys and totals")}},
        {QStringLiteral("agenda"), {cli::runAgenda, QT_TRANSLATE_NOOP("Cli", "list the follow-ups due on a day")}},
        {QStringLiteral("post-payment"), {cli::runPostPayment, QT_TRANSLATE_NOOP("Cli", "record a payment received")}},
        {QStringLiteral("rollover"), {cli::runRollover, QT_TRANSLATE_NOOP("Cli", "close the day: expired promises become broken")}},
        {QStringLiteral("import"), {cli::runImport, QT_TRANSLATE_NOOP("Cli", "bring debtors, contacts, invoices or payments in from a CSV file")}},
        {QStringLiteral("export"), {cli::runExport, QT_TRANSLATE_NOOP("Cli", "write the portfolio, agenda, calls, promises or payments to CSV")}},
        {QStringLiteral("statement"), {cli::runStatement, QT_TRANSLATE_NOOP("Cli", "write a debtor's statement or letter as PDF")}},
        {QStringLiteral("letters"), {cli::runLetters, QT_TRANSLATE_NOOP("Cli", "write the same statement or letter for many debtors as PDF")}},
        {QStringLiteral("backup"), {cli::runBackup, QT_TRANSLATE_NOOP("Cli", "save a copy of the whole office that opens like the original")}},
    };
    return table;
}

void printUsage(QTextStream &s)
{
    s << QCoreApplication::translate("Cli", "Usage: libreta-cli [--db FILE] COMMAND [options]") << Qt::endl
      << QCoreApplication::translate("Cli", "Commands:") << Qt::endl;
    for (auto it = commands().cbegin(); it != commands().cend(); ++it)
        s << "  " << it.key().leftJustified(14) << QCoreApplication::translate("Cli", it.value().summary)
          << Qt::endl;
    s << QCoreApplication::translate("Cli", "Exit status: 0 done, 1 input refused, 2 usage, 3 stored with some rows refused (import --keep-valid).") << Qt::endl;
}

// Laying out a PDF needs fonts, so `statement` and `letters` run a GUI
// application (on the offscreen platform unless told otherwise); every other
// command stays a plain console program.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "statement") == 0 || qstrcmp(argv[i], "letters") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Libreta"));
    QCoreApplication::setApplicationName(QStringLiteral("Libreta"));
    platform::setUpLogging(QStringLiteral("libreta-cli"), false);
    platform::installTranslators(QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    QString databasePath;
    QString unknownOption;
    bool helpAsked = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-')) && unknownOption.isEmpty() && !helpAsked) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db") && !args.isEmpty())
            databasePath = args.takeFirst();
        else if (option.startsWith(QLatin1String("--db=")))
            databasePath = option.mid(5);
        else if (option == QLatin1String("--help") || option == QLatin1String("-h"))
            helpAsked = true;
        else
            unknownOption = option;
    }
    if (databasePath.isEmpty())
        databasePath = platform::defaultDatabasePath();
    // A nightly task speaks the office's language, as the desk does, from
    // its first word: its help and its mistakes too.
    if (const auto office = cli::officeLocaleWhenNoneIsSet(databasePath)) {
        QLocale::setDefault(*office);
        platform::installTranslators(*office);
    }
    if (helpAsked) {
        printUsage(out);
        return cli::Done;
    }
    if (!unknownOption.isEmpty()) {
        err << QCoreApplication::translate("Cli", "Unknown option: %1").arg(unknownOption) << Qt::endl;
        printUsage(err);
        return cli::Usage;
    }
    if (args.isEmpty() || !commands().contains(args.first())) {
        if (!args.isEmpty())
            err << QCoreApplication::translate("Cli", "Unknown command: %1").arg(args.first()) << Qt::endl;
        printUsage(err);
        return cli::Usage;
    }

    const QString name = args.takeFirst();
    domain::SystemClock clock;
    cli::CliContext context{databasePath, args, out, err, clock};
    try {
        const int status = commands().value(name).run(context);
        out.flush();
        return status;
    } catch (const services::InputError &e) {
        err << e.message() << Qt::endl;
        return cli::Refused;
    } catch (const store::StoreError &e) {
        err << e.message() << Qt::endl;
        return cli::Refused;
    }
}
