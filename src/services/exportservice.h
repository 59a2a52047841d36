#pragma once

#include "domain/clock.h"
#include "store/portfoliorepository.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace libreta::store {
class Database;
}

namespace libreta::services {

enum class ExportKind {
    Portfolio, Agenda, Calls, Promises, Payments, Invoices, Contacts, Figures, Activity, Aging, Adjustments, Scores,
    FollowThrough
};

struct ExportRequest {
    ExportKind kind = ExportKind::Portfolio;
    char delimiter = ',';  // ',' or ';' (amounts then use a decimal comma)
    store::PortfolioQuery portfolio;  // the portfolio as the view shows it
    QDate day;                        // agenda: its day (invalid: today)
    std::optional<QDate> from;        // calls, payments, promises (due), figures and activity: a range of days
    std::optional<QDate> to;
    std::optional<domain::Id> agentId;  // figures, scores, aging: one agent's (0: nobody's); activity: one person's
    QString action;                     // activity: one action ("payment.post"); empty: all
    std::optional<domain::Id> debtorId;  // activity: only what is about this debtor
    // The header row in the desk's words ("Día;Gestor;Llamadas…"), for a
    // file a person opens in a spreadsheet; otherwise the field names,
    // which scripts and the importer read. The reports no import reads back
    // (figures, scores, follow-through, aging, activity, adjustments) and
    // the portfolio have words of their own (ExportService::inWordsAtTheDesk);
    // the portfolio's values are then words too ("Empresa", "Alto"), its
    // last contact on the desk's clock, and the importer still maps it back.
    bool titlesInWords = false;
};

// Writes CSV files Excel opens as they are (UTF-8 with BOM, comma or
// semicolon) and that the importer reads back to the same data: the columns
// are the import's field names (ref, name, debtor_ref, amount, ...) plus
// what only an export has (outstanding, days_past_due, status ...).
// Amounts are plain ("1234.56", or "1234,56" with a semicolon), dates ISO.
class ExportService final {
    Q_DECLARE_TR_FUNCTIONS(Export)

public:
    ExportService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // The number of rows written (header not counted). Throws InputError
    // when the device cannot be written.
    qint64 write(const ExportRequest &request, QIODevice &out);

    // "portfolio", "agenda", ...; for the command line.
    static QString kindName(ExportKind kind);
    static std::optional<ExportKind> kindFromName(QStringView name);
    static QString kindLabel(ExportKind kind);
    static QList<ExportKind> allKinds();
    // The columns each export writes.
    static QStringList columns(ExportKind kind);
    // `columns(kind)` as a person reads them, translated, for the kinds the
    // desk writes in words; the field names themselves for the others.
    static QStringList titles(ExportKind kind);
    // Whether `kind` is a report no import reads back.
    static bool isReport(ExportKind kind);
    // Whether the desk writes `kind` in words: the reports, and the
    // portfolio as shown (a list a supervisor hands on).
    static bool inWordsAtTheDesk(ExportKind kind);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
