#pragma once

#include "services/debtorfile.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// Everything that happened in a debtor's file, newest first: calls with
// their outcome and notes, the excuses given (a repeated one stands out,
// with how many times it was said), promises and how they ended, payments,
// notes (a correction and the note it corrects both stay) and follow-ups.
// What is still to come (follow-ups due after the file was read: a plan's
// reminders reach months ahead) is kept apart from what happened but for
// the next of it, so the next thing to do and then the last call and
// excuse head the history. Filterable by kind. A file holds
// tens to hundreds of entries: held whole.
class DebtorTimelineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Kind, What, By, Details, ColumnCount };
    enum class EntryKind { Call, Excuse, Promise, Payment, Note, FollowUp, Adjustment, Document };
    static constexpr int kEntryKinds = 8;
    // Which entries, when no kind is chosen: what happened up to the moment
    // the file was read, with the next thing still to come at its top
    // (newest first); all that is still to come (soonest first); or both
    // (newest first).
    enum class Span { History, Upcoming, Everything };

    explicit DebtorTimelineModel(QObject *parent = nullptr);

    void setFile(const services::DebtorFile &file, const MoneyFormatter &money);
    // nullopt shows every kind, of the span; a kind shows all of its entries.
    void setKindFilter(std::optional<EntryKind> kind);
    std::optional<EntryKind> kindFilter() const { return m_filter; }
    void setSpan(Span span);
    Span span() const { return m_span; }
    int count(EntryKind kind) const;
    int count(Span span) const;
    static QString kindLabel(EntryKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        EntryKind kind = EntryKind::Call;
        QDateTime at;  // UTC; a date-only entry sits at the start of its local day
        bool dateOnly = false;
        QString what;
        QString details;
        QString by;
        domain::Id id = 0;
        int excuseOccurrence = 0;
        std::optional<domain::PromiseStatus> promiseStatus;
        bool superseded = false;  // a later note or call corrects it
        bool upcoming = false;    // due after the moment the file was read
    };
    void addCalls(const services::DebtorFile &file, const MoneyFormatter &money);
    void addDocuments(const services::DebtorFile &file);
    static QString discountText(const services::DebtorFile &file, const store::CallDiscount &d,
                                const MoneyFormatter &money);
    void addPromises(const services::DebtorFile &file, const MoneyFormatter &money);
    void addPayments(const services::DebtorFile &file, const MoneyFormatter &money);
    void addAdjustments(const services::DebtorFile &file, const MoneyFormatter &money);
    void addNotes(const services::DebtorFile &file);
    void addFollowUps(const services::DebtorFile &file);
    void applyFilter();
    const Entry *nextToCome() const;
    static bool shownInSpan(const Entry &entry, Span span, const Entry *next);
    QVariant display(const Entry &entry, int column) const;
    QVariant foreground(const Entry &entry) const;

    QList<Entry> m_all;
    QList<const Entry *> m_shown;
    std::optional<EntryKind> m_filter;
    Span m_span = Span::Everything;
};

} // namespace libreta::ui
