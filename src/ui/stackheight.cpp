#include "ui/stackheight.h"

#include <QStackedWidget>

namespace libreta::ui {

namespace {

void askOnlyForCurrent(QStackedWidget *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        QWidget *page = stack->widget(i);
        // An ignored page's size hint does not count in the stack's.
        const QSizePolicy::Policy vertical = page == stack->currentWidget() ? QSizePolicy::Preferred
                                                                            : QSizePolicy::Ignored;
        page->setSizePolicy(page->sizePolicy().horizontalPolicy(), vertical);
    }
    stack->updateGeometry();
}

} // namespace

void fitStackToCurrentPage(QStackedWidget *stack)
{
    askOnlyForCurrent(stack);
    QObject::connect(stack, &QStackedWidget::currentChanged, stack, [stack] { askOnlyForCurrent(stack); });
}

} // namespace libreta::ui
