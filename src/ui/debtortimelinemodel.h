#pragma once

#include "services/debtorfile.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// Everything that happened in a debtor's file, newest first: calls with
// their outcome and notes, the excuses given (a repeated one stands out,
// with how many times it was said), promises and how they ended, payments,
// notes (a correction and the note it corrects both stay) and follow-ups.
// Filterable by kind. A file holds tens to hundreds of entries: held whole.
class DebtorTimelineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Kind, What, By, Details, ColumnCount };
    enum class EntryKind { Call, Excuse, Promise, Payment, Note, FollowUp, Adjustment, Document };
    static constexpr int kEntryKinds = 8;

    explicit DebtorTimelineModel(QObject *parent = nullptr);

    void setFile(const services::DebtorFile &file, const MoneyFormatter &money);
    // nullopt shows every kind.
    void setKindFilter(std::optional<EntryKind> kind);
    std::optional<EntryKind> kindFilter() const { return m_filter; }
    int count(EntryKind kind) const;
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
    QVariant display(const Entry &entry, int column) const;
    QVariant foreground(const Entry &entry) const;

    QList<Entry> m_all;
    QList<const Entry *> m_shown;
    std::optional<EntryKind> m_filter;
};

} // namespace libreta::ui
