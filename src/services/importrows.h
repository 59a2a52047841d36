#pragma once

#include "csv/csvparser.h"
#include "domain/dateorder.h"
#include "domain/entities.h"
#include "services/columnmapping.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace libreta::services {

// Why one field of a row was refused, in words.
struct FieldProblem {
    QString field;    // "due_date"; empty for the row as a whole
    QString message;  // translated, without the line and column (the report adds them)
};

struct DebtorRow {
    domain::Debtor debtor;
    QString phone;
    QString mobile;
    QString email;
    // The numbers the row gives, the mobile labelled as such.
    QList<domain::Phone> phones() const;
    // Which fields the row gives a value for: an empty cell changes nothing
    // in a debtor already stored.
    QStringList present;
};

struct ContactRow {
    QString debtorRef;
    domain::Contact contact;  // name, role, at most two phones and one e-mail
    QStringList present;
};

// Text fields point into the record being read (valid while it is).
struct InvoiceRow {
    QByteArrayView debtorRef;
    QByteArrayView debtorName;  // empty when the file has none
    QByteArrayView number;
    QDate issueDate;
    QDate dueDate;
    domain::Money amount;
    std::optional<bool> disputed;  // not said: unchanged (new invoices: no)
};

struct PaymentRow {
    QString debtorRef;
    QString invoiceNumber;
    QDate paidOn;
    domain::Money amount;
    domain::PaymentMethod method = domain::PaymentMethod::Other;
    QString reference;
};

// Reads one row of a file into the values it will be stored as, checking
// each field the way the app's forms do; every problem is named by field.
// Read invoices with the least work per row (bytes, no QString on the
// common path): an office's invoice file can hold millions of them.
class RowReader final {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    // `officeCurrency` (an ISO code) is what every amount must be in: a row
    // in another currency, by its currency column or the mark on its
    // amount ("US$ 500.00"), is refused. Empty: no mark is questioned.
    RowReader(ImportKind kind, const ColumnMapping &mapping, int headerColumns, domain::DateOrder dates,
              domain::DecimalHint decimal, const QDate &today, const QString &officeCurrency = {});

    // A row with values beyond the header's columns; empty when fine.
    QString shapeProblem(const csv::Record &record) const;

    // Each returns false (with `problems` filled) when the row is refused.
    bool debtor(const csv::Record &record, DebtorRow &row, QList<FieldProblem> &problems) const;
    bool contact(const csv::Record &record, ContactRow &row, QList<FieldProblem> &problems) const;
    bool invoice(const csv::Record &record, InvoiceRow &row, QList<FieldProblem> &problems) const;
    bool payment(const csv::Record &record, PaymentRow &row, QList<FieldProblem> &problems) const;

    // The row as it will be stored, field by field (for the preview): the
    // value in the app's words, or the problem.
    struct PreviewCell {
        QString field;
        QString value;
        bool refused = false;
    };
    QList<PreviewCell> preview(const csv::Record &record) const;

    // Reads an amount: the plain forms without allocation, the rest through
    // domain::Money::parse with the file's decimal mark.
    static domain::MoneyParse readAmount(QByteArrayView utf8, domain::DecimalHint hint);

private:
    enum Field {
        Ref, Name, Kind, TaxId, Phone, Mobile, Email, Address, City, Segment, Risk, Value, DebtorRef, DebtorName, Role, Number,
        IssueDate, DueDate, Amount, Disputed, InvoiceNumber, Date, Method, Reference, Currency, FieldCount
    };
    static Field fieldOf(ImportKind kind, const QString &name);
    static QString nameOf(ImportKind kind, Field f);
    QByteArrayView raw(const csv::Record &record, Field f) const;
    QString text(const csv::Record &record, Field f, QList<FieldProblem> &problems) const;
    std::optional<QDate> date(const csv::Record &record, Field f, QList<FieldProblem> &problems) const;
    std::optional<domain::Money> money(const csv::Record &record, Field f, QList<FieldProblem> &problems) const;
    void problem(QList<FieldProblem> &problems, Field f, const QString &message) const;
    // Refuses a row its currency column says is in another currency.
    void checkCurrency(const csv::Record &record, QList<FieldProblem> &problems) const;

    ImportKind m_kind;
    std::array<int, FieldCount> m_column;
    int m_headerColumns;
    domain::DateOrder m_dates;
    domain::DecimalHint m_decimal;
    QDate m_today;
    QString m_officeCurrency;
};

} // namespace libreta::services
