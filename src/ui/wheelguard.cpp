#include "ui/wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QObject>
#include <QWidget>

namespace libreta::ui {
namespace {

class WheelGuard final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel)
            return false;
        auto *input = qobject_cast<QWidget *>(watched);
        if (!input || input->hasFocus())
            return false;
        // Ignored, so Qt passes it on to the parents: the scroll area.
        event->ignore();
        return true;
    }
};

} // namespace

void guardWheel(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    const auto watch = [guard](QWidget *input) {
        // Not by the wheel: otherwise the wheel itself would focus it.
        if (input->focusPolicy() == Qt::WheelFocus)
            input->setFocusPolicy(Qt::StrongFocus);
        input->installEventFilter(guard);
    };
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        watch(combo);
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        watch(spin);
}

} // namespace libreta::ui
