#include "services/importservice.h"

#include "csv/csvwriter.h"
#include "csv/delimiter.h"
#include "domain/amountconvention.h"
#include "domain/textfold.h"
#include "services/audittrail.h"
#include "services/importrows.h"
#include "services/inputerror.h"
#include "services/outputpath.h"
#include "services/rowimporter.h"
#include "services/supervision.h"
#include "store/bulkload.h"
#include "store/database.h"
#include "store/importpresetrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

constexpr int kCancelCheckRows = 256;

QStringList dateFields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Invoices: return {QStringLiteral("issue_date"), QStringLiteral("due_date")};
    case ImportKind::Payments: return {QStringLiteral("date")};
    default: return {};
    }
}

QString decimalName(DecimalHint hint)
{
    switch (hint) {
    case DecimalHint::Point: return QStringLiteral("point");
    case DecimalHint::Comma: return QStringLiteral("comma");
    case DecimalHint::Unknown: break;
    }
    return {};
}

DecimalHint decimalFromName(const QString &name)
{
    if (name == u"point")
        return DecimalHint::Point;
    if (name == u"comma")
        return DecimalHint::Comma;
    return DecimalHint::Unknown;
}

// Writes the refused rows of a keep-valid import as they were, with the
// line and the reasons, so they can be fixed and imported again.
class RejectsFile final {
public:
    RejectsFile(const QString &path, char delimiter, const QStringList &headers)
        : m_path(path), m_delimiter(delimiter), m_headers(headers)
    {
    }
    ~RejectsFile()
    {
        if (m_file && !m_kept)
            m_file->cancelWriting();
    }
    void write(const RowRefusal &refusal, const QString &reasons)
    {
        if (!m_file) {
            m_file = std::make_unique<QSaveFile>(m_path);
            if (!m_file->open(QIODevice::WriteOnly))
                throw InputError(QStringLiteral("rejects"),
                                 QCoreApplication::translate("Import", "%1 could not be written: %2")
                                     .arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
            m_writer = std::make_unique<csv::Writer>(*m_file, m_delimiter);
            m_writer->writeRow(m_headers + QStringList{QCoreApplication::translate("Import", "line"),
                                                       QCoreApplication::translate("Import", "reason")});
        }
        QStringList cells = refusal.cells;
        while (cells.size() < m_headers.size())
            cells.append(QString());
        // A row ending in the delimiter (as spreadsheets write them) has an
        // empty value past the last title: left, it would push the line and
        // the reason under the wrong titles.
        while (cells.size() > m_headers.size() && cells.last().isEmpty())
            cells.removeLast();
        m_writer->writeRow(cells + QStringList{QString::number(refusal.line), reasons});
    }
    bool written() const { return m_file != nullptr; }
    void keep()
    {
        if (m_file && !m_file->commit())
            throw InputError(QStringLiteral("rejects"),
                             QCoreApplication::translate("Import", "%1 could not be written: %2")
                                 .arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        m_kept = true;
    }

private:
    QString m_path;
    char m_delimiter;
    QStringList m_headers;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<csv::Writer> m_writer;
    bool m_kept = false;
};

} // namespace

QString ImportService::describe(const RowRefusal &refusal, const FieldProblem &problem, const QStringList &headers,
                                const ColumnMapping &mapping)
{
    if (problem.field.isEmpty())
        return tr("Line %1: %2").arg(refusal.line).arg(problem.message);
    const int column = mapping.column(problem.field);
    const QString field = ImportFields::label(problem.field);
    const QString title = column >= 0 ? headers.value(column) : field;
    // The field is named as the wizard names it, and only when the column's
    // title does not already say it: an office reads no field codes.
    if (domain::foldForSearch(title) == domain::foldForSearch(field))
        return tr("Line %1, column «%2»: %3").arg(refusal.line).arg(title, problem.message);
    return tr("Line %1, column «%2» (%3): %4").arg(refusal.line).arg(title, field, problem.message);
}

void ImportService::applyPreset(const ImportRequest &request, ImportPlan &plan, ImportRequest &effective)
{
    if (request.preset.isEmpty())
        return;
    const auto preset = store::ImportPresetRepository(m_db).byName(request.preset);
    if (!preset)
        throw InputError(QStringLiteral("preset"), tr("There is no import preset named «%1».").arg(request.preset));
    if (preset->kind != ImportFields::kindName(request.kind))
        throw InputError(QStringLiteral("preset"), tr("The preset «%1» is for %2, not %3.")
                                                       .arg(request.preset, preset->kind,
                                                            ImportFields::kindName(request.kind)));
    const QJsonObject o = QJsonDocument::fromJson(preset->settings.toUtf8()).object();
    if (!effective.format.encoding)
        effective.format.encoding = csv::encodingFromName(o.value(QStringLiteral("encoding")).toString());
    if (!effective.format.delimiter)
        effective.format.delimiter = csv::delimiterFromName(o.value(QStringLiteral("delimiter")).toString());
    if (!effective.dateOrder)
        effective.dateOrder = dateOrderFromName(o.value(QStringLiteral("date_format")).toString());
    if (effective.decimal == DecimalHint::Unknown)
        effective.decimal = decimalFromName(o.value(QStringLiteral("decimal")).toString());
    Q_UNUSED(plan);
}

ImportPlan ImportService::prepare(const ImportRequest &request)
{
    // Not even read: on Unix, closing a read of the office's own file would
    // drop this process's locks on it (see ui/filedialogs.h).
    if (OutputPath::isOfficeFile(request.path, m_db.path()))
        throw InputError(QStringLiteral("file"),
                         tr("%1 is this office's own Libreta file, not a file to import; choose the CSV file "
                            "your other program saved.")
                             .arg(QDir::toNativeSeparators(request.path)));
    ImportPlan plan;
    ImportRequest effective = request;
    applyPreset(request, plan, effective);
    const ImportSource source(request.path, request.kind, effective.format);
    plan.encoding = source.file().encoding();
    plan.encodingDetected = !effective.format.encoding;
    plan.encodingFromBom = source.file().encodingFromBom();
    plan.delimiter = source.file().delimiter();
    plan.delimiterDetected = !effective.format.delimiter;
    plan.headerLine = source.headerLine();
    plan.headerDetected = source.headerDetected();
    plan.headers = source.headers();
    plan.suggested = ColumnMapping::suggest(request.kind, plan.headers);
    bool ambiguousAmount = false;  // said once, not again as missing

    if (request.mapping) {
        plan.mapping = ColumnMapping(int(plan.headers.size()));
        for (int c = 0; c < plan.headers.size(); ++c)
            plan.mapping.setField(c, request.mapping->field(c));
    } else if (!request.preset.isEmpty()) {
        const auto preset = store::ImportPresetRepository(m_db).byName(request.preset);
        const QJsonObject columns =
            QJsonDocument::fromJson(preset->settings.toUtf8()).object().value(QStringLiteral("columns")).toObject();
        QStringList unmatched;
        plan.mapping = ColumnMapping::fromJson(columns, request.kind, plan.headers, &unmatched);
        if (!unmatched.isEmpty())
            plan.notes << tr("The preset «%1» names columns this file does not have: %2.")
                              .arg(request.preset, unmatched.join(QStringLiteral(", ")));
    } else {
        plan.mapping = plan.suggested;
        // A column left out by hand ("Importe=") is not there to suggest:
        // the field it would have taken goes to the next column that fits.
        QStringList suggestable = plan.headers;
        bool leftOut = false;
        for (const QString &spec : request.mapSpecs)
            if (spec.section(QLatin1Char('='), -1).trimmed().isEmpty())
                if (const int c = findColumn(plan.headers, spec.section(QLatin1Char('='), 0, -2).trimmed()); c >= 0) {
                    suggestable[c].clear();
                    leftOut = true;
                }
        if (leftOut)
            plan.mapping = ColumnMapping::suggest(request.kind, suggestable);
        // Two columns titled as an amount ("Importe" and "Saldo", a file
        // with "Pagado" between them): the first would be taken and the
        // other left out, and which one is the debt is the office's call.
        // A --map that names the amount, or leaves one of the columns out, settles it.
        bool mappedByHand = false;
        QStringList named;
        for (const QString &spec : request.mapSpecs) {
            mappedByHand = mappedByHand || spec.section(QLatin1Char('='), -1).trimmed() == u"amount";
            named << ImportFields::foldHeader(spec.section(QLatin1Char('='), 0, -2));
        }
        QStringList amountTitles;
        if (!mappedByHand)
            for (const QString &title : ColumnMapping::titlesFor(request.kind, plan.headers, QStringLiteral("amount")))
                if (!named.contains(ImportFields::foldHeader(title)))
                    amountTitles << QStringLiteral("«%1»").arg(title);
        if (amountTitles.size() > 1) {
            // None is taken until one is chosen: a form showing the first
            // already chosen while refusing to go on reads as broken.
            ambiguousAmount = true;
            if (const int column = plan.mapping.column(QStringLiteral("amount")); column >= 0)
                plan.mapping.setField(column, QString());
            plan.problems.append(
                {ImportProblem::Kind::Mapping,
                 tr("The columns %1 could each be the amount (what is owed, or what was invoiced before "
                    "payments); choose the one that holds it.")
                     .arg(amountTitles.join(QStringLiteral(", ")))});
        }
    }
    for (const QString &spec : request.mapSpecs) {
        const QString error = plan.mapping.apply(request.kind, plan.headers, spec);
        if (!error.isEmpty())
            throw InputError(QStringLiteral("map"), error);
    }
    QStringList missing = plan.mapping.missingRequired(request.kind);
    if (ambiguousAmount)
        missing.removeAll(QStringLiteral("amount"));
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString &f : missing)
            labels << ImportFields::label(f);
        plan.problems.append({ImportProblem::Kind::Mapping,
                              tr("No column is mapped to %1; say which column holds it.")
                                  .arg(labels.join(QStringLiteral(", ")))});
    }

    plan.dateOrder = effective.dateOrder;
    plan.decimal = effective.decimal;
    detectFormats(source, effective, plan);
    return plan;
}

void ImportService::detectFormats(const ImportSource &source, const ImportRequest &request, ImportPlan &plan)
{
    QList<int> dateColumns;
    for (const QString &f : dateFields(request.kind))
        if (plan.mapping.column(f) >= 0)
            dateColumns << plan.mapping.column(f);
    const int amountColumn = plan.mapping.column(QStringLiteral("amount"));
    const bool findDates = !request.dateOrder && !dateColumns.isEmpty();
    const bool findDecimal = request.decimal == DecimalHint::Unknown && amountColumn >= 0;
    if (!findDates && !findDecimal)
        return;

    DateOrderDetector dates;
    AmountConventionDetector amounts;
    try {
        source.readRows([&](const csv::Record &r) {
            if (findDates)
                for (int c : std::as_const(dateColumns))
                    dates.add(r.cell(c), r.line());
            if (findDecimal)
                amounts.add(QString::fromUtf8(r.cell(amountColumn)), r.line());
            const bool datesDone = !findDates || dates.decided() || dates.conflicting();
            const bool amountsDone = !findDecimal || amounts.settled();
            return !(datesDone && amountsDone);
        });
    } catch (const InputError &) {
        // A malformed file is reported when it is imported, with its line.
    }

    if (findDates) {
        if (const auto order = dates.decided()) {
            plan.dateOrder = order;
            plan.dateOrderDetected = true;
        } else if (dates.ambiguous()) {
            plan.dateCandidates = dates.candidates();
            QStringList ways;
            for (DateOrder o : std::as_const(plan.dateCandidates))
                ways << dateOrderLabel(o);
            plan.problems.append({ImportProblem::Kind::DateOrder,
                                  tr("Every date in the file can be read more than one way (for example «%1» on "
                                     "line %2): %3. Choose how the file writes dates.")
                                      .arg(dates.example())
                                      .arg(dates.exampleLine())
                                      .arg(ways.join(tr(" or ")))});
        } else if (dates.conflicting()) {
            plan.problems.append({ImportProblem::Kind::DateOrder,
                                  tr("The file writes dates in more than one way: «%1» on line %2 cannot be read "
                                     "the way the dates above it are. Choose how the file writes dates; rows "
                                     "written another way will be refused.")
                                      .arg(dates.conflictExample())
                                      .arg(dates.conflictLine())});
        } else {
            // No date could be read in any order: each row says why.
            plan.dateOrder = DateOrder::Iso;
        }
    }
    if (findDecimal) {
        plan.decimal = amounts.hint();
        plan.decimalDetected = amounts.settled();
        if (amounts.ambiguous())
            plan.problems.append({ImportProblem::Kind::Decimal,
                                  tr("Amounts like «%1» on line %2 can be read two ways: the mark may separate "
                                     "thousands or cents. Choose the decimal mark the file uses.")
                                      .arg(amounts.example())
                                      .arg(amounts.exampleLine())});
    }
}

QString ImportService::officeCurrency() const { return store::SettingsRepository(m_db).load().currencyCode; }

QList<ImportService::PreviewRow> ImportService::preview(const ImportRequest &request, const ImportPlan &plan, int rows)
{
    QList<PreviewRow> out;
    ImportFormat format = request.format;
    format.encoding = plan.encoding;
    format.delimiter = plan.delimiter;
    format.headerLine = plan.headerLine;
    const ImportSource source(request.path, request.kind, format);
    const RowReader reader(request.kind, plan.mapping, int(plan.headers.size()),
                           plan.dateOrder.value_or(plan.dateCandidates.value(0, DateOrder::Iso)), plan.decimal,
                           m_clock.today(), officeCurrency());
    try {
        source.readRows([&](const csv::Record &r) {
            out.append({r.line(), reader.shapeProblem(r), reader.preview(r)});
            return out.size() < rows;
        });
    } catch (const InputError &) {
        // Rows before a malformed part are still shown.
    }
    return out;
}

ImportResult ImportService::run(const ImportRequest &request, const Progress &progress, const std::atomic_bool *cancel)
{
    const ImportPlan plan = prepare(request);
    if (!plan.ready()) {
        QStringList messages;
        for (const ImportProblem &p : plan.problems)
            messages << p.message;
        const ImportProblem::Kind first = plan.problems.first().kind;
        const QString field = first == ImportProblem::Kind::Mapping     ? QStringLiteral("map")
                              : first == ImportProblem::Kind::DateOrder ? QStringLiteral("date_format")
                              : first == ImportProblem::Kind::Decimal   ? QStringLiteral("decimal")
                                                                        : QStringLiteral("preset");
        throw InputError(field, messages.join(QLatin1Char('\n')));
    }

    ImportFormat format = request.format;
    format.encoding = plan.encoding;
    format.delimiter = plan.delimiter;
    format.headerLine = plan.headerLine;
    const ImportSource source(request.path, request.kind, format);
    const RowReader reader(request.kind, plan.mapping, int(plan.headers.size()),
                           plan.dateOrder.value_or(DateOrder::Iso), plan.decimal, m_clock.today(), officeCurrency());

    ImportResult result;
    result.kind = request.kind;
    result.dryRun = request.dryRun;
    result.headerLine = plan.headerLine;
    result.headers = plan.headers;
    const bool writeRejects = request.keepValid && !request.dryRun && !request.rejectsPath.isEmpty();
    if (request.keepValid && !request.rejectsPath.isEmpty())
        OutputPath::check(QStringLiteral("rejects"), request.rejectsPath, m_db.path(), {request.path});
    RejectsFile rejects(request.rejectsPath, plan.delimiter, plan.headers);

    // Before the transaction and released after it (see BulkLoad). An
    // invoice's only reference is its debtor, which the import reads by its
    // reference (or creates) in this same transaction.
    const store::BulkLoad bulk(m_db, request.kind == ImportKind::Invoices ? store::BulkLoad::References::ReadByTheLoad
                                                                          : store::BulkLoad::References::Checked);
    const store::CheckpointLater copyLogLater(m_db);
    store::Transaction tx(m_db);
    QElapsedTimer timer;
    timer.start();
    const auto importer = RowImporter::create(
        request.kind, ImportContext{m_db, m_clock, reader, request.createDebtors, request.userId,
                                    store::SettingsRepository(m_db).value(QStringLiteral("debtor_time_zone"),
                                                                          domain::OfficeSettings().debtorTimeZone),
                                    onlyUser(m_db)});
    QList<FieldProblem> problems;
    source.readAllRowsAhead(
        [&](const csv::Record &r) {
            if (cancel && result.rows % kCancelCheckRows == 0 && cancel->load(std::memory_order_relaxed))
                throw ImportCancelled();
            ++result.rows;
            problems.clear();
            RowOutcome outcome = RowOutcome::Refused;
            const QString shape = reader.shapeProblem(r);
            if (!shape.isEmpty())
                problems.append({QString(), shape});
            else
                outcome = importer->import(r, problems);
            switch (outcome) {
            case RowOutcome::Added: ++result.added; break;
            case RowOutcome::Updated: ++result.updated; break;
            case RowOutcome::Unchanged: ++result.unchanged; break;
            case RowOutcome::Refused: {
                ++result.refused;
                RowRefusal refusal{r.line(), problems, {}};
                for (int i = 0; i < r.size(); ++i)
                    refusal.cells << ImportSource::cellText(r.cell(i));
                if (writeRejects) {
                    QStringList reasons;
                    for (const FieldProblem &p : std::as_const(problems))
                        reasons << describe(refusal, p, plan.headers, plan.mapping);
                    rejects.write(refusal, reasons.join(QStringLiteral("; ")));
                }
                if (result.refusals.size() < ImportResult::kMaxRefusalsKept)
                    result.refusals.append(std::move(refusal));
                break;
            }
            }
            return true;
        },
        progress);
    if (cancel && cancel->load())
        throw ImportCancelled();
    const qint64 rowsMs = timer.elapsed();
    const bool store = !request.dryRun && (request.keepValid || result.refused == 0);
    importer->finish(store);
    const qint64 finishMs = timer.elapsed() - rowsMs;
    result.debtorsCreated = importer->debtorsCreated();
    result.debtorsNamedByRef = importer->debtorsNamedByRef();
    result.debtorsReactivated = importer->debtorsReactivated();

    AuditTrail(m_db, m_clock)
        .record(request.userId, QStringLiteral("import.") + ImportFields::kindName(request.kind),
                QStringLiteral("import"), 0,
                QStringLiteral("rows=%1 added=%2 updated=%3 unchanged=%4 refused=%5 debtors_created=%6 mode=%7")
                    .arg(result.rows)
                    .arg(result.added)
                    .arg(result.updated)
                    .arg(result.unchanged)
                    .arg(result.refused)
                    .arg(result.debtorsCreated)
                    .arg(request.keepValid ? QStringLiteral("keep_valid") : QStringLiteral("all_or_nothing")) +
                    (result.debtorsReactivated > 0
                         ? QStringLiteral(" reactivated=%1").arg(result.debtorsReactivated)
                         : QString()));

    if (store) {
        if (writeRejects && rejects.written()) {
            rejects.keep();
            result.rejectsPath = request.rejectsPath;
        }
        tx.commit();
        result.stored = true;
    }
    // The phases' times say where a slow import spent its time (the rows,
    // the totals and indexes moved at the end, the commit's flush).
    spdlog::info("import {}: {} rows, {} added, {} updated, {} unchanged, {} refused, {}; {} ms (rows {}, "
                 "totals {}, commit {})",
                 ImportFields::kindName(request.kind).toStdString(), result.rows, result.added, result.updated,
                 result.unchanged, result.refused, store ? "stored" : "nothing stored", timer.elapsed(), rowsMs,
                 finishMs, timer.elapsed() - rowsMs - finishMs);
    return result;
}

void ImportService::savePreset(const QString &name, const ImportRequest &request, const ImportPlan &plan)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw InputError(QStringLiteral("preset"), tr("Preset: write a name for it."));
    QJsonObject o;
    o.insert(QStringLiteral("columns"), plan.mapping.toJson(plan.headers));
    o.insert(QStringLiteral("encoding"), csv::encodingName(plan.encoding));
    o.insert(QStringLiteral("delimiter"), csv::delimiterName(plan.delimiter));
    if (plan.dateOrder)
        o.insert(QStringLiteral("date_format"), dateOrderName(*plan.dateOrder));
    if (plan.decimal != DecimalHint::Unknown)
        o.insert(QStringLiteral("decimal"), decimalName(plan.decimal));
    store::Transaction tx(m_db);
    store::ImportPresetRepository(m_db).save(
        {trimmed, ImportFields::kindName(request.kind),
         QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    tx.commit();
}

QStringList ImportService::presetNames(ImportKind kind)
{
    QStringList names;
    for (const auto &p : store::ImportPresetRepository(m_db).list(ImportFields::kindName(kind)))
        names << p.name;
    return names;
}

void ImportService::removePreset(const QString &name)
{
    store::Transaction tx(m_db);
    store::ImportPresetRepository(m_db).remove(name);
    tx.commit();
}

} // namespace libreta::services
