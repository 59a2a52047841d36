#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "services/documenttemplate.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct DebtorFile;

// The letters and statements an office sends a debtor.
enum class DocumentKind {
    Statement,            // estado de cuenta: invoices, payments, outstanding, days past due
    PromiseConfirmation,  // the promise or plan agreed: amounts, dates, method, how to pay
    PaidInFull,           // carta finiquito: only once the balance is zero
    PaymentReminder,      // recordatorio de pago: the overdue invoices, and a date to pay them by
};

// What goes in every letter's header; office data, kept in the file's
// office settings (not a desk's preferences).
struct OfficeDetails {
    QString name;
    QString address;
    QString phone;
    QString email;
    QString taxId;
    QString paymentInstructions;  // bank, account, reference to quote
    bool operator==(const OfficeDetails &) const = default;
};

struct DocumentRequest {
    DocumentKind kind = DocumentKind::Statement;
    domain::Id debtorId = 0;
    QString language = QStringLiteral("es");  // "es" or "en": the template and the words in it
    QLocale locale;                           // dates and numbers
    QString currencySymbol;                   // "$", "€"; empty: the office's currency code
};

// Why a document cannot be written for a debtor as things stand.
enum class DocumentObstacle {
    NoPendingPromise,  // a confirmation, with no promise or plan pending
    StillOwes,         // a paid-in-full letter while something is owed
    NoInvoices,        // a paid-in-full letter for a debtor never invoiced
    WrittenOff,        // a paid-in-full letter for a debt written off, not paid
    NothingOverdue,    // a reminder, with no undisputed invoice past its due date
    PromisePending,    // a reminder while a promise is pending: the confirmation is the letter then
};

struct Document {
    domain::Id debtorId = 0;
    QString title;     // "Estado de cuenta — José Pérez Núñez"
    QString html;      // ready for QTextDocument
    QString fileName;  // suggested: "estado-de-cuenta-000123-2026-01-15.pdf"
};

// Fills a document's template (HTML with named fields) from the debtor's
// file. The template is the office's own when it has put one in its
// templates folder (same file name), else the one shipped with Libreta.
// Rendering to PDF or paper is left to the caller (QtGui is not here).
class DocumentService final {
    Q_DECLARE_TR_FUNCTIONS(Documents)

public:
    DocumentService(store::Database &db, const domain::Clock &clock, QString officeTemplates = {})
        : m_db(db), m_clock(clock), m_officeTemplates(std::move(officeTemplates))
    {
    }

    // Throws InputError when the debtor does not exist, when a confirmation
    // is asked with no pending promise, a paid-in-full letter while
    // something is still owed, or a reminder with nothing overdue or a
    // promise pending.
    Document compose(const DocumentRequest &request);
    // The same from a file already read, with the office's details and the
    // template text given (a batch reads them once); the caller has checked
    // obstacle() first.
    Document compose(const DebtorFile &file, const DocumentRequest &request, const OfficeDetails &office,
                     const QString &templateText) const;
    // What stands in the way of `kind` for the debtor of `file`, if anything.
    static std::optional<DocumentObstacle> obstacle(DocumentKind kind, const DebtorFile &file);

    // Notes in each debtor's file that `kind` was written for them (saved
    // as PDF, or `printed`), by `userId`, in one transaction (schema 27).
    void recordWritten(const QList<domain::Id> &debtorIds, DocumentKind kind, bool printed,
                       std::optional<domain::Id> userId);
    // "statement", "reminder", "confirmation", "paid_in_full": the code a
    // file's history and the office's activity keep.
    static QString kindCode(DocumentKind kind);
    static std::optional<DocumentKind> kindFromCode(const QString &code);
    // "Payment reminder", in the desk's language.
    static QString kindName(DocumentKind kind);

    OfficeDetails officeDetails();
    // Only a supervisor or an administrator (services::maySupervise): how
    // debtors pay is read to them at every call's close and printed on
    // every letter, and an account changed there takes the office's money.
    // Each save is in the office's activity, with what changed.
    static bool mayChangeOfficeDetails(store::Database &db, std::optional<domain::Id> userId);
    void saveOfficeDetails(const OfficeDetails &details, std::optional<domain::Id> userId);

    // "statement.es.html", ...
    static QString templateFileName(DocumentKind kind, const QString &language);
    // The template used for `kind` in `language`, and where it came from.
    QString templateText(DocumentKind kind, const QString &language, QString *source = nullptr) const;
    // The values a template can use, for an office writing its own.
    static TemplateValues values(DocumentKind kind, const DebtorFile &file, const OfficeDetails &office,
                                 const DocumentRequest &request, const QDateTime &calculatedAt);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
    QString m_officeTemplates;
};

} // namespace libreta::services
