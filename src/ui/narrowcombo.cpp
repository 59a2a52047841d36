#include "ui/narrowcombo.h"

#include <QComboBox>
#include <QEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>

#include <algorithm>

namespace libreta::ui {
namespace {

// QComboBox describes itself to the style through a protected member.
struct ComboStyleOption : QComboBox {
    using QComboBox::initStyleOption;
};

class NarrowCombo final : public QObject {
public:
    NarrowCombo(QComboBox *combo, int chars) : QObject(combo), m_combo(combo), m_chars(chars)
    {
        setMinimum();
        combo->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_combo)
            return false;
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            setMinimum();
        if (event->type() == QEvent::Paint && !m_combo->isEditable() && m_combo->currentIndex() >= 0) {
            paintElided();
            return true;
        }
        return false;
    }

private:
    void setMinimum()
    {
        // From the size hint (the form's width) less the characters it may
        // give up, in the font it has now.
        const int spare = std::max(0, m_combo->minimumContentsLength() - m_chars);
        m_combo->setMinimumWidth(m_combo->sizeHint().width() -
                                 spare * m_combo->fontMetrics().horizontalAdvance(QLatin1Char('x')));
    }

    // As QComboBox paints itself, with the choice's text elided to its room.
    void paintElided()
    {
        QStylePainter painter(m_combo);
        painter.setPen(m_combo->palette().color(QPalette::Text));
        QStyleOptionComboBox option;
        (m_combo->*&ComboStyleOption::initStyleOption)(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field =
            m_combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, m_combo);
        int room = field.width() - 2;
        if (!option.currentIcon.isNull())
            room -= option.iconSize.width() + 4;
        option.currentText = option.fontMetrics.elidedText(option.currentText, Qt::ElideRight, room);
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }

    QComboBox *m_combo;
    int m_chars;
};

} // namespace

void letComboNarrow(QComboBox *combo, int chars) { new NarrowCombo(combo, chars); }

} // namespace libreta::ui
