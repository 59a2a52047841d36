#include "ui/scorespintyping.h"

#include <QKeyEvent>
#include <QSpinBox>

namespace libreta::ui {
namespace {

class NoScoreTyping final : public QObject {
public:
    explicit NoScoreTyping(QSpinBox *spin) : QObject(spin), m_spin(spin) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || m_spin->value() != m_spin->minimum() ||
            m_spin->specialValueText().isEmpty())
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        bool digit = false;
        const int typed = key->text().toInt(&digit);
        if (!digit || key->text().size() != 1 || typed < m_spin->minimum() || typed > m_spin->maximum())
            return QObject::eventFilter(watched, event);
        m_spin->setValue(typed);
        m_spin->selectAll();
        return true;
    }

private:
    QSpinBox *m_spin;
};

} // namespace

void typeOverNoScore(QSpinBox *spin) { spin->installEventFilter(new NoScoreTyping(spin)); }

} // namespace libreta::ui
