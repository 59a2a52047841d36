#pragma once

#include <QCalendarWidget>
#include <QMap>

namespace libreta::ui {

// The agenda's month view: a calendar whose days show how many open
// follow-ups they hold (a badge in the cell's corner). The counts are
// given from outside (the agenda view reads them from the store when the
// month shown changes); days left out hold none.
class AgendaCalendar final : public QCalendarWidget {
    Q_OBJECT

public:
    explicit AgendaCalendar(QWidget *parent = nullptr);

    void setCounts(const QMap<QDate, int> &counts);
    int countOn(const QDate &day) const { return m_counts.value(day); }
    // The first and last day the month's grid shows (six weeks).
    QDate firstShown() const;
    QDate lastShown() const;

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;

private:
    QMap<QDate, int> m_counts;
};

} // namespace libreta::ui
