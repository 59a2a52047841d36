#include "ui/elidinglabel.h"

#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace libreta::ui {

ElidingLabel::ElidingLabel(int chars, QWidget *parent) : QLabel(parent), m_chars(chars)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize ElidingLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    const QMargins margins = contentsMargins();
    const int narrow = fontMetrics().averageCharWidth() * m_chars + margins.left() + margins.right();
    return {std::min(full.width(), narrow), full.height()};
}

bool ElidingLabel::isElided() const { return fontMetrics().horizontalAdvance(text()) > contentsRect().width(); }

void ElidingLabel::paintEvent(QPaintEvent *event)
{
    if (!isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect room = contentsRect();
    // Drawn as QLabel draws its text, in its colours, only shortened.
    style()->drawItemText(&painter, room, int(alignment() | Qt::AlignVCenter), palette(), isEnabled(),
                          fontMetrics().elidedText(text(), Qt::ElideRight, room.width()), foregroundRole());
}

} // namespace libreta::ui
