#include "ui/compactbuttonrow.h"

#include <QBoxLayout>
#include <QEvent>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace libreta::ui {

CompactButtonRow::CompactButtonRow(QBoxLayout *row, const QList<QToolButton *> &buttons)
    : QObject(row->parentWidget()), m_row(row)
{
    for (QToolButton *b : buttons)
        m_buttons.append(b);
    measure();
    row->parentWidget()->installEventFilter(this);
}

void CompactButtonRow::measure()
{
    // Each button may narrow to its icon: the row's minimum width is the
    // icons', and what the words add is kept to know when they fit.
    m_words.clear();
    for (QToolButton *b : std::as_const(m_buttons)) {
        m_words.append(0);
        if (!b)
            continue;
        const Qt::ToolButtonStyle style = b->toolButtonStyle();
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const int words = b->sizeHint().width();
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        const int icon = b->sizeHint().width();
        b->setToolButtonStyle(style);
        if (b->icon().isNull())
            continue;
        b->setMinimumWidth(icon);
        m_words.last() = words - icon;
    }
}

void CompactButtonRow::fit()
{
    // The room the row has beyond what it needs with icons alone.
    int iconsWidth = 0;
    for (int i = 0; i < m_row->count(); ++i)
        if (QWidget *w = m_row->itemAt(i)->widget(); w && w->isVisibleTo(m_row->parentWidget()))
            iconsWidth += w->minimumWidth() > 0 ? w->minimumWidth() : w->minimumSizeHint().width();
    iconsWidth += m_row->spacing() * std::max(0, m_row->count() - 1);
    int words = 0;
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        if (m_buttons[i] && m_buttons[i]->isVisibleTo(m_row->parentWidget()))
            words += m_words.value(i);
    const int room = m_row->geometry().width() - iconsWidth;
    const Qt::ToolButtonStyle style = room < words ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    bool changed = false;
    for (QToolButton *b : std::as_const(m_buttons))
        if (b && !b->icon().isNull() && b->toolButtonStyle() != style) {  // without an icon it keeps its words
            b->setToolButtonStyle(style);
            changed = true;
        }
    // A nested layout keeps its old size until told.
    if (changed)
        m_row->invalidate();
}

bool CompactButtonRow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::LayoutRequest:
        // After the layout has placed the row for the new size.
        fit();
        break;
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::StyleChange: measure(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace libreta::ui
