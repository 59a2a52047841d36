#pragma once

#include "domain/entities.h"
#include "store/portfoliorepository.h"


#include <functional>

namespace libreta::store {

class Database;

// What the portfolio list does not carry and an export of it does.
struct DebtorDetails {
    domain::DebtorKind kind = domain::DebtorKind::Person;
    QString taxId;
    QString address;
    QString city;
    // The debtor's own contact's first phone and e-mail (what the debtors'
    // import reads back into that contact); the other contacts have their export.
    QString phone;
    QString email;
};

struct InvoiceLine {
    QString debtorRef;
    QString debtorName;
    QString number;
    QDate issueDate;
    QDate dueDate;
    domain::Money amount;
    domain::Money outstanding;
    bool disputed = false;
    // The number the invoice came with, when it was renumbered in Libreta
    // (schema 23): the one the accounting system still knows it by.
    QString formerNumber;
};

struct PaymentLine {
    QString debtorRef;
    QString debtorName;
    QDate paidOn;
    domain::Money amount;
    domain::PaymentMethod method = domain::PaymentMethod::Other;
    QString reference;
    QString invoiceNumber;  // the first invoice it was allocated to
    domain::Money allocated;
};

// One invoice's share of a balance adjustment (schema 19): what the
// office's accounting books as a credit note, a discount or a write-off.
struct AdjustmentLine {
    QDateTime at;  // UTC
    QString debtorRef;
    QString debtorName;
    domain::AdjustmentKind kind = domain::AdjustmentKind::Correction;
    QString invoiceNumber;
    domain::Money amount;
    QString byLogin;  // empty: Libreta granted the discount
    QString note;
};

struct PromiseLine {
    QString debtorRef;
    QString debtorName;
    domain::Money amount;
    QDate dueDate;
    domain::PaymentMethod method = domain::PaymentMethod::Other;
    domain::PromiseStatus status = domain::PromiseStatus::Pending;
    domain::Money paid;
    QDate madeOn;
    std::optional<domain::Id> planId;
    int sequence = 1;
};

struct CallLine {
    QDateTime startedAt;  // UTC
    QString debtorRef;
    QString debtorName;
    QString agentName;
    domain::AnsweredBy answeredBy = domain::AnsweredBy::Nobody;
    domain::CallOutcome outcome = domain::CallOutcome::NoAnswer;
    std::optional<domain::ExcuseCategory> excuse;
    QString excuseWords;
    QString commitment;
    QString refusalReason;
    QString nextStep;
    std::optional<QDateTime> correctedAt;  // UTC; the call as its correction restates it
};

struct AgendaLine {
    QDate dueDate;
    std::optional<QTime> dueTime;
    domain::FollowUpKind kind = domain::FollowUpKind::Callback;
    QString debtorRef;
    QString debtorName;
    QString description;
    domain::Money promiseAmount;
    QString assignedTo;
};

struct ContactLine {
    QString debtorRef;
    domain::Contact contact;
};

// The rows of the CSV exports, read in one pass each (forward only, never
// the whole table in memory), in an order a person reading the file expects.
class ExportRepository final {
public:
    explicit ExportRepository(Database &db) : m_db(db) {}

    // The portfolio as the table shows it (search, filters, order), every
    // row with its debtor's details, in one statement that goes through the
    // debtors in the file's order and sorts what matches once: a million
    // debtors in 13 s, where reading the order's index a page at a time, as
    // the table does, read each row at random (44 s).
    void portfolio(const PortfolioQuery &query,
                   const std::function<void(const PortfolioRow &, const DebtorDetails &)> &row);
    void invoices(const std::function<void(const InvoiceLine &)> &row);
    // The payments that count: a reversed one is left out (the activity
    // export has its reversal).
    void payments(const std::optional<QDate> &from, const std::optional<QDate> &to,
                  const std::function<void(const PaymentLine &)> &row);
    // Those due from `from` to `to` (both included; open ends for none).
    void promises(const std::optional<QDate> &from, const std::optional<QDate> &to,
                  const std::function<void(const PromiseLine &)> &row);
    // Each invoice's share of the adjustments made in the days (UTC), oldest
    // first; a withdrawn discount once as it came off (no invoice) and once,
    // negative, when it was withdrawn (note "withdrawn").
    void adjustments(const std::optional<QDate> &from, const std::optional<QDate> &to,
                     const std::function<void(const AdjustmentLine &)> &row);
    void calls(const std::optional<QDate> &from, const std::optional<QDate> &to,
               const std::function<void(const CallLine &)> &row);
    // Open follow-ups due on `day` or before it (as the agenda shows them).
    void agenda(const QDate &day, const std::function<void(const AgendaLine &)> &row);
    void contacts(const std::function<void(const ContactLine &)> &row);

private:
    Database &m_db;
};

} // namespace libreta::store
