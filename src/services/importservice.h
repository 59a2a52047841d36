#pragma once

#include "domain/clock.h"
#include "domain/dateorder.h"
#include "domain/entities.h"
#include "domain/money.h"
#include "services/columnmapping.h"
#include "services/importrows.h"
#include "services/importsource.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>
#include <stdexcept>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// What the person asked for. Everything optional is found in the file (or
// taken from the preset) when left empty.
struct ImportRequest {
    QString path;
    ImportKind kind = ImportKind::Invoices;
    ImportFormat format;
    QString preset;                        // a saved preset's name: its mapping and settings
    std::optional<ColumnMapping> mapping;  // the wizard's table: used as it is
    QStringList mapSpecs;                  // "COLUMN=FIELD", applied last
    std::optional<domain::DateOrder> dateOrder;
    domain::DecimalHint decimal = domain::DecimalHint::Unknown;  // Unknown: read from the amounts
    bool createDebtors = false;            // invoices naming an unknown debtor create it
    bool keepValid = false;                // store the valid rows, refuse the rest
    QString rejectsPath;                   // keep-valid: the refused rows with their reasons
    bool dryRun = false;                   // check and count, store nothing
    std::optional<domain::Id> userId;
};

// Something that must be settled before the file can be imported.
struct ImportProblem {
    enum class Kind { Mapping, DateOrder, Decimal, Preset };
    Kind kind;
    QString message;  // translated
};

// What the file turned out to be, and how it will be read.
struct ImportPlan {
    csv::Encoding encoding = csv::Encoding::Utf8;
    bool encodingDetected = true;
    bool encodingFromBom = false;
    char delimiter = ',';
    bool delimiterDetected = true;
    qint64 headerLine = 1;
    bool headerDetected = true;
    QStringList headers;
    ColumnMapping suggested;  // from the titles alone
    ColumnMapping mapping;    // what will be used
    std::optional<domain::DateOrder> dateOrder;
    bool dateOrderDetected = false;
    QList<domain::DateOrder> dateCandidates;  // when ambiguous
    domain::DecimalHint decimal = domain::DecimalHint::Unknown;
    bool decimalDetected = false;
    QList<ImportProblem> problems;
    QStringList notes;  // worth saying, not blocking (a preset's column not found)

    bool ready() const { return problems.isEmpty(); }
};

// One refused row: its line, the reasons by field, and its cells as text
// (for the rejects file).
struct RowRefusal {
    qint64 line = 0;
    QList<FieldProblem> problems;
    QStringList cells;
};

struct ImportResult {
    ImportKind kind = ImportKind::Invoices;
    qint64 rows = 0;  // data rows read (blank lines not counted)
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 refused = 0;
    qint64 debtorsCreated = 0;
    qint64 debtorsNamedByRef = 0;  // of those created, named by their reference (no name in the file)
    qint64 debtorsReactivated = 0;  // settled or written off, owing again: active
    bool stored = false;  // committed
    bool dryRun = false;
    QString rejectsPath;  // written when rows were refused in keep-valid mode
    QList<RowRefusal> refusals;  // the first kMaxRefusalsKept
    qint64 headerLine = 0;
    QStringList headers;

    static constexpr int kMaxRefusalsKept = 1000;
};

// The import was cancelled: nothing was stored.
class ImportCancelled final : public std::runtime_error {
public:
    ImportCancelled() : std::runtime_error("import cancelled") {}
};

// Imports debtors, contacts, invoices or payments from a delimited text
// file: one transaction for the whole file, so a cancel, a refused row
// (unless keep-valid) or a malformed file stores nothing.
class ImportService final {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    ImportService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Reads the start of the file (and its dates and amounts until they say
    // how they are written). Writes nothing. Throws InputError when the file
    // cannot be read at all.
    ImportPlan prepare(const ImportRequest &request);

    // The first rows as they would be stored, field by field.
    struct PreviewRow {
        qint64 line = 0;
        QString shapeProblem;
        QList<RowReader::PreviewCell> cells;
    };
    QList<PreviewRow> preview(const ImportRequest &request, const ImportPlan &plan, int rows);

    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;
    // Throws InputError when the plan is not ready (the message says what
    // to choose) or the file is malformed, ImportCancelled when `cancel`
    // was set. Refused rows are in the result; with all-or-nothing any of
    // them means nothing was stored (result.stored false).
    ImportResult run(const ImportRequest &request, const Progress &progress = {},
                     const std::atomic_bool *cancel = nullptr);

    // Presets: the mapping by column title and the reading settings.
    void savePreset(const QString &name, const ImportRequest &request, const ImportPlan &plan);
    QStringList presetNames(ImportKind kind);
    void removePreset(const QString &name);

    // "Line 12, column «Vencimiento» (due_date): …", for reports.
    static QString describe(const RowRefusal &refusal, const FieldProblem &problem, const QStringList &headers,
                            const ColumnMapping &mapping);

private:
    void applyPreset(const ImportRequest &request, ImportPlan &plan, ImportRequest &effective);
    void detectFormats(const ImportSource &source, const ImportRequest &request, ImportPlan &plan);
    // The ISO code every imported amount must be in.
    QString officeCurrency() const;

    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
