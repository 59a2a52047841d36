#include "ui/agendacalendar.h"

#include <QLocale>
#include <QPainter>

namespace libreta::ui {

AgendaCalendar::AgendaCalendar(QWidget *parent) : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("agendaCalendar"));
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::LongDayNames);
}

void AgendaCalendar::setCounts(const QMap<QDate, int> &counts)
{
    m_counts = counts;
    updateCells();
}

QDate AgendaCalendar::firstShown() const
{
    const QDate first(yearShown(), monthShown(), 1);
    // QCalendarWidget shows at least one day of the previous month.
    int back = (first.dayOfWeek() - int(firstDayOfWeek()) + 7) % 7;
    if (back == 0)
        back = 7;
    return first.addDays(-back);
}

QDate AgendaCalendar::lastShown() const { return firstShown().addDays(6 * 7 - 1); }

void AgendaCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    QCalendarWidget::paintCell(painter, rect, date);
    const int n = m_counts.value(date);
    if (n <= 0)
        return;
    // A badge in the lower right corner: dark blue for the month shown, grey
    // for the days of the months beside it.
    const QString text = QLocale().toString(n);
    painter->save();
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int w = metrics.horizontalAdvance(text) + 10;
    const int h = metrics.height() + 2;
    const QRect badge(rect.right() - w - 3, rect.bottom() - h - 3, w, h);
    const bool inMonth = date.month() == monthShown();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(inMonth ? QColor(0x1f, 0x5f, 0xa8) : QColor(0x9e, 0x9e, 0x9e));
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace libreta::ui
