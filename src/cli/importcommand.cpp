#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "csv/delimiter.h"
#include "csv/encoding.h"
#include "services/importservice.h"
#include "services/inputerror.h"
#include "store/database.h"

#include <QDir>
#include <QLocale>

#include <climits>

namespace libreta::cli {

using namespace services;

namespace {

// What to type to settle what the importer asks.
QString hintFor(const QString &field)
{
    if (field == u"date_format")
        return CliContext::tr("Choose with --date-format dmy, --date-format mdy or --date-format iso.");
    if (field == u"decimal")
        return CliContext::tr("Choose with --decimal-comma or --decimal-point.");
    if (field == u"map")
        return CliContext::tr("Map columns with --map \"COLUMN=FIELD\".");
    return {};
}

void printPlan(CliContext &c, const ImportPlan &plan, const QString &path)
{
    c.out << CliContext::tr("Reading %1: %2, %3, column titles on line %4.")
                 .arg(QDir::toNativeSeparators(path), csv::encodingLabel(plan.encoding),
                      csv::delimiterLabel(plan.delimiter))
                 .arg(plan.headerLine)
          << Qt::endl;
    QStringList mapped;
    QStringList left;
    for (int col = 0; col < plan.mapping.columnCount(); ++col)
        if (!plan.mapping.field(col).isEmpty())
            // The field in words, with the name --map takes.
            mapped << QStringLiteral("%1 → %2 (%3)")
                          .arg(plan.headers.value(col), ImportFields::label(plan.mapping.field(col)),
                               plan.mapping.field(col));
        else if (!plan.headers.value(col).trimmed().isEmpty())
            left << plan.headers.value(col);
    c.out << CliContext::tr("Columns: %1").arg(mapped.join(QStringLiteral(", "))) << Qt::endl;
    // A column left out is said, not dropped in silence: --map takes it in.
    if (!left.isEmpty())
        c.out << CliContext::tr("Not imported: %1 (--map COLUMN=FIELD imports one)").arg(left.join(QStringLiteral(", ")))
              << Qt::endl;
    for (const QString &note : plan.notes)
        c.out << note << Qt::endl;
}

// The command's options, for running it and for --help.
void addOptions(CliOptions &options)
{
    options.add(QStringLiteral("map"), CliContext::tr("map a column (title or number) to a field; FIELD empty leaves it out"), QStringLiteral("COLUMN=FIELD"));
    options.add(QStringLiteral("preset"), CliContext::tr("read the file as a saved preset says"), QStringLiteral("NAME"));
    options.add(QStringLiteral("save-preset"), CliContext::tr("save this file's mapping and settings under a name"), QStringLiteral("NAME"));
    options.add(QStringLiteral("encoding"), CliContext::tr("utf-8, utf-16le, utf-16be, windows-1252 or latin-1"), QStringLiteral("E"));
    options.add(QStringLiteral("delimiter"), CliContext::tr("comma, semicolon, tab or pipe"), QStringLiteral("D"));
    options.add(QStringLiteral("header-line"), CliContext::tr("the line holding the column titles"), QStringLiteral("N"));
    options.add(QStringLiteral("date-format"), CliContext::tr("iso, dmy (31/12/2025) or mdy (12/31/2025)"), QStringLiteral("F"));
    options.add(QStringLiteral("decimal-comma"), CliContext::tr("amounts use a comma before the cents (1.234,56)"));
    options.add(QStringLiteral("decimal-point"), CliContext::tr("amounts use a point before the cents (1,234.56)"));
    options.add(QStringLiteral("create-debtors"), CliContext::tr("invoices naming an unknown debtor create it"));
    options.add(QStringLiteral("keep-valid"), CliContext::tr("store the valid rows and write the refused ones to this file"), QStringLiteral("REJECTS"));
    options.add(QStringLiteral("dry-run"), CliContext::tr("check every row and report, store nothing"));
}

} // namespace

int runImport(CliContext &c)
{
    const QString synopsis = QStringLiteral(
        "debtors|contacts|invoices|payments FILE [--map COLUMN=FIELD ...] [--preset NAME] [--save-preset NAME] "
        "[--encoding E] [--delimiter D] [--header-line N] [--date-format F] [--decimal-comma|--decimal-point] "
        "[--create-debtors] [--keep-valid REJECTS.csv] [--dry-run]");
    QStringList args = c.arguments;
    const auto usage = [&](const QString &message) {
        c.err << message << Qt::endl << CliContext::tr("Usage: libreta-cli [--db FILE] import %1").arg(synopsis) << Qt::endl;
        return Usage;
    };
    if (CliOptions::helpAsked(args)) {
        // What the file holds and the file come first; the options are listed.
        CliOptions options(c, QStringLiteral("import"), synopsis);
        addOptions(options);
        options.parse();
        return options.exitCode();
    }
    if (args.size() < 2 || args.at(0).startsWith(QLatin1Char('-')) || args.at(1).startsWith(QLatin1Char('-')))
        return usage(CliContext::tr("Say what the file holds and which file it is."));
    const auto kind = ImportFields::kindFromName(args.takeFirst());
    if (!kind)
        return usage(CliContext::tr("The kind of rows must be debtors, contacts, invoices or payments (or deudores, "
                                    "contactos, facturas, pagos)."));
    const QString path = args.takeFirst();

    CliContext rest{c.databasePath, args, c.out, c.err, c.clock};
    CliOptions options(rest, QStringLiteral("import"), synopsis);
    addOptions(options);
    if (!options.parse())
        return options.exitCode();

    ImportRequest request;
    request.path = path;
    request.kind = *kind;
    request.mapSpecs = options.values(QStringLiteral("map"));
    request.preset = options.value(QStringLiteral("preset"));
    request.dryRun = options.isSet(QStringLiteral("dry-run"));
    request.createDebtors = options.isSet(QStringLiteral("create-debtors"));
    if (options.isSet(QStringLiteral("keep-valid"))) {
        request.keepValid = true;
        request.rejectsPath = options.value(QStringLiteral("keep-valid"));
    }
    if (options.isSet(QStringLiteral("encoding"))) {
        request.format.encoding = csv::encodingFromName(options.value(QStringLiteral("encoding")));
        if (!request.format.encoding) {
            options.usageError(CliContext::tr("--encoding: «%1» is not one of utf-8, utf-16le, utf-16be, "
                                              "windows-1252, latin-1.")
                                   .arg(options.value(QStringLiteral("encoding"))));
            return Usage;
        }
    }
    if (options.isSet(QStringLiteral("delimiter"))) {
        request.format.delimiter = csv::delimiterFromName(options.value(QStringLiteral("delimiter")));
        if (!request.format.delimiter) {
            options.usageError(CliContext::tr("--delimiter: «%1» is not one of comma, semicolon, tab, pipe.")
                                   .arg(options.value(QStringLiteral("delimiter"))));
            return Usage;
        }
    }
    if (options.isSet(QStringLiteral("header-line"))) {
        const auto line = options.positiveInt(QStringLiteral("header-line"), 1);
        if (!line)
            return Usage;
        request.format.headerLine = *line;
    }
    if (options.isSet(QStringLiteral("date-format"))) {
        request.dateOrder = domain::dateOrderFromName(options.value(QStringLiteral("date-format")));
        if (!request.dateOrder) {
            options.usageError(CliContext::tr("--date-format: «%1» is not one of iso, dmy, mdy.")
                                   .arg(options.value(QStringLiteral("date-format"))));
            return Usage;
        }
    }
    if (options.isSet(QStringLiteral("decimal-comma")) && options.isSet(QStringLiteral("decimal-point"))) {
        options.usageError(CliContext::tr("Choose --decimal-comma or --decimal-point, not both."));
        return Usage;
    }
    if (options.isSet(QStringLiteral("decimal-comma")))
        request.decimal = domain::DecimalHint::Comma;
    if (options.isSet(QStringLiteral("decimal-point")))
        request.decimal = domain::DecimalHint::Point;

    auto db = c.openDatabase();
    ImportService service(*db, c.clock);
    ImportPlan plan;
    ImportResult result;
    try {
        plan = service.prepare(request);
        printPlan(c, plan, path);
        result = service.run(request);
    } catch (const InputError &e) {
        c.err << e.message() << Qt::endl;
        const QString hint = hintFor(e.field());
        if (!hint.isEmpty())
            c.err << hint << Qt::endl;
        // A preset saved in the desk's import for files like this one is
        // what a nightly task was most likely meant to name.
        const QStringList presets = request.preset.isEmpty() ? service.presetNames(*kind) : QStringList();
        if (!presets.isEmpty())
            c.err << CliContext::tr("Saved presets for these rows: %1. Name one with --preset \"NAME\".")
                         .arg(QStringLiteral("«%1»").arg(presets.join(QStringLiteral("», «"))))
                  << Qt::endl;
        return Refused;
    }

    const QLocale locale;
    for (const RowRefusal &r : std::as_const(result.refusals))
        for (const FieldProblem &p : r.problems)
            c.err << ImportService::describe(r, p, plan.headers, plan.mapping) << Qt::endl;
    if (result.refused > result.refusals.size())
        c.err << CliContext::tr("… and %1 more refused rows.").arg(locale.toString(result.refused - result.refusals.size()))
              << Qt::endl;

    // A log that keeps only standard output must not read "5 added" of a
    // file that stored nothing.
    const QString counts = result.stored ? CliContext::tr("%1 rows: %2 added, %3 updated, %4 unchanged, %5 refused.")
                                         : CliContext::tr("%1 rows: %2 to add, %3 to update, %4 unchanged, %5 refused.");
    c.out << counts.arg(locale.toString(result.rows), locale.toString(result.added), locale.toString(result.updated),
                        locale.toString(result.unchanged), locale.toString(result.refused))
          << Qt::endl;
    if (result.debtorsCreated > 0 && result.debtorsNamedByRef == 0)
        c.out << CliContext::tr("%Ln debtors were created, with the names the file gives.", nullptr,
                                int(result.debtorsCreated))
              << Qt::endl;
    else if (result.debtorsCreated > 0)
        c.out << CliContext::tr("%Ln debtors were created; %1 of them are named by their reference until their own "
                                "file is imported.", nullptr, int(result.debtorsCreated))
                     .arg(locale.toString(result.debtorsNamedByRef))
              << Qt::endl;
    if (!result.rejectsPath.isEmpty())
        c.out << CliContext::tr("Refused rows, with their reasons: %1").arg(QDir::toNativeSeparators(result.rejectsPath))
              << Qt::endl;

    // The mapping is worth keeping once the file reads right, stored or not.
    const auto savePreset = [&] {
        if (!options.isSet(QStringLiteral("save-preset")))
            return;
        service.savePreset(options.value(QStringLiteral("save-preset")), request, plan);
        c.out << CliContext::tr("Saved as the preset «%1».").arg(options.value(QStringLiteral("save-preset"))) << Qt::endl;
    };
    if (request.dryRun) {
        savePreset();
        c.out << CliContext::tr("Dry run: nothing was stored.") << Qt::endl;
        return result.refused > 0 ? Refused : Done;
    }
    if (!result.stored) {
        c.out << CliContext::tr("Nothing was stored.") << Qt::endl;
        c.err << CliContext::tr("Nothing was stored: %Ln row(s) refused. Correct them, or store the valid rows "
                                "with --keep-valid REJECTS.csv.", nullptr, int(std::min<qint64>(result.refused, INT_MAX)))
              << Qt::endl;
        return Refused;
    }
    savePreset();
    return result.refused > 0 ? StoredWithRefusals : Done;
}

} // namespace libreta::cli
