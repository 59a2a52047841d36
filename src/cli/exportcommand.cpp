#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "cli/segmentoption.h"
#include "csv/delimiter.h"
#include "domain/aging.h"
#include "domain/entitycodes.h"
#include "services/exportservice.h"
#include "services/outputpath.h"
#include "store/database.h"
#include "store/userrepository.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace libreta::cli {

using namespace services;

namespace {

// The command's options, for running it and for --help.
void addOptions(CliOptions &options)
{
    options.add(QStringLiteral("out"), CliContext::tr("the file to write (default: standard output)"), QStringLiteral("FILE"));
    options.add(QStringLiteral("delimiter"), CliContext::tr("comma (default) or semicolon (amounts then with a decimal comma)"), QStringLiteral("D"));
    options.add(QStringLiteral("search"), CliContext::tr("portfolio: as typed in the search box"), QStringLiteral("TEXT"));
    options.add(QStringLiteral("segment"), CliContext::tr("portfolio: only this segment"), QStringLiteral("S"));
    options.add(QStringLiteral("status"), CliContext::tr("portfolio: active, settled, legal or closed"), QStringLiteral("S"));
    options.add(QStringLiteral("aging"), CliContext::tr("portfolio: current, 1-30, 31-60, 61-90, 91-180 or 180+"), QStringLiteral("BUCKET"));
    options.add(QStringLiteral("with-balance"), CliContext::tr("portfolio: only debtors who owe"));
    options.add(QStringLiteral("date"), CliContext::tr("agenda: the day (default today)"), QStringLiteral("DAY"));
    options.add(QStringLiteral("from"), CliContext::tr("calls, payments, promises (by the day due), adjustments, dashboard figures, scores, follow-through and activity: from this day"), QStringLiteral("DAY"));
    options.add(QStringLiteral("to"), CliContext::tr("calls, payments, promises (by the day due), adjustments, dashboard figures, scores, follow-through and activity: up to this day"), QStringLiteral("DAY"));
    options.add(QStringLiteral("user"), CliContext::tr("activity: only what this login did; dashboard figures, scores, follow-through and aging: only this agent's"), QStringLiteral("LOGIN"));
    options.add(QStringLiteral("action"), CliContext::tr("activity: only this action (payment.post, call.commit, ...)"), QStringLiteral("ACTION"));
}

} // namespace

int runExport(CliContext &c)
{
    const QString synopsis = QStringLiteral(
        "portfolio|agenda|calls|promises|payments|invoices|contacts|figures|scores|followthrough|activity|aging|adjustments "
        "[--out FILE] "
        "[--delimiter comma|semicolon] [--search TEXT] [--segment S] [--status S] [--aging BUCKET] [--with-balance] "
        "[--date DAY] [--from DAY] [--to DAY] [--user LOGIN] [--action ACTION]");
    QStringList args = c.arguments;
    if (CliOptions::helpAsked(args)) {
        // What to export is the first word; the options are listed.
        CliOptions options(c, QStringLiteral("export"), synopsis);
        addOptions(options);
        options.parse();
        return options.exitCode();
    }
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        c.err << CliContext::tr("Say what to export.") << Qt::endl
              << CliContext::tr("Usage: libreta-cli [--db FILE] export %1").arg(synopsis) << Qt::endl;
        return Usage;
    }
    const auto kind = ExportService::kindFromName(args.first());
    if (!kind) {
        c.err << CliContext::tr("Unknown export: %1").arg(args.first()) << Qt::endl
              << CliContext::tr("Usage: libreta-cli [--db FILE] export %1").arg(synopsis) << Qt::endl;
        return Usage;
    }
    args.removeFirst();
    CliContext rest{c.databasePath, args, c.out, c.err, c.clock};
    CliOptions options(rest, QStringLiteral("export"), synopsis);
    addOptions(options);
    if (!options.parse())
        return options.exitCode();

    ExportRequest request;
    request.kind = *kind;
    if (options.isSet(QStringLiteral("delimiter"))) {
        const auto d = csv::delimiterFromName(options.value(QStringLiteral("delimiter")));
        if (!d || (*d != ',' && *d != ';')) {
            options.usageError(CliContext::tr("--delimiter: use comma or semicolon."));
            return Usage;
        }
        request.delimiter = *d;
    }
    auto &filters = request.portfolio.filters;
    request.portfolio.search = options.value(QStringLiteral("search"));
    filters.segment = options.value(QStringLiteral("segment"));
    filters.withBalanceOnly = options.isSet(QStringLiteral("with-balance"));
    filters.today = c.clock.today();
    if (options.isSet(QStringLiteral("status"))) {
        filters.status = domain::fromCode<domain::DebtorStatus>(options.value(QStringLiteral("status")));
        if (!filters.status) {
            options.usageError(CliContext::tr("--status: use active, settled, legal or closed."));
            return Usage;
        }
    }
    if (options.isSet(QStringLiteral("aging"))) {
        filters.aging = domain::agingBucketFromCode(options.value(QStringLiteral("aging")));
        if (!filters.aging) {
            options.usageError(CliContext::tr("--aging: use current, 1-30, 31-60, 61-90, 91-180 or 180+."));
            return Usage;
        }
    }
    const auto day = options.date(QStringLiteral("date"), c.clock.today());
    const auto from = options.date(QStringLiteral("from"), QDate());
    const auto to = options.date(QStringLiteral("to"), QDate());
    if (!day || !from || !to)
        return Usage;
    request.day = *day;
    if (from->isValid())
        request.from = *from;
    if (to->isValid())
        request.to = *to;

    // Options that narrow one kind of export are refused for the others,
    // rather than quietly ignored.
    if (options.isSet(QStringLiteral("action")) && *kind != ExportKind::Activity) {
        options.usageError(CliContext::tr("--action: only the activity export takes it."));
        return Usage;
    }
    if (options.isSet(QStringLiteral("user")) && *kind != ExportKind::Activity && *kind != ExportKind::Figures &&
        *kind != ExportKind::Aging && *kind != ExportKind::Scores && *kind != ExportKind::FollowThrough) {
        options.usageError(CliContext::tr(
            "--user: only the activity, dashboard figures, scores, follow-through and aging exports take it."));
        return Usage;
    }
    request.action = options.value(QStringLiteral("action"));
    if (options.isSet(QStringLiteral("out")))
        services::OutputPath::check(QStringLiteral("out"), options.value(QStringLiteral("out")), c.databasePath);

    auto db = c.openDatabase();
    if (!resolveSegmentOption(c, *db, filters.segment))
        return Refused;
    if (options.isSet(QStringLiteral("user"))) {
        const QString login = options.value(QStringLiteral("user"));
        const auto user = store::UserRepository(*db).byLogin(login);
        if (!user) {
            options.usageError(CliContext::tr("--user: the office has no user %1.").arg(login));
            return Usage;
        }
        request.agentId = user->id;
    }
    ExportService service(*db, c.clock);
    qint64 rows = 0;
    if (options.isSet(QStringLiteral("out"))) {
        const QString path = options.value(QStringLiteral("out"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            c.err << CliContext::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())
                  << Qt::endl;
            return Refused;
        }
        rows = service.write(request, file);
        if (!file.commit()) {
            c.err << CliContext::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())
                  << Qt::endl;
            return Refused;
        }
        c.out << CliContext::tr("%1: %2 rows written to %3")
                     .arg(ExportService::kindName(*kind))
                     .arg(rows)
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
    } else {
        c.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Refused;
        rows = service.write(request, out);
        out.flush();
    }
    return Done;
}

} // namespace libreta::cli
