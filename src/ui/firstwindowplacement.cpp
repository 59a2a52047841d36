#include "ui/firstwindowplacement.h"

#include <QScreen>
#include <QWidget>

namespace libreta::ui {
namespace {

constexpr QSize kFirstStartSize(1280, 800);
// What a window manager's frame and a panel may take around the window
// before the screen counts as too small.
constexpr int kFrameAllowance = 48;

} // namespace

void placeOnFirstStart(QWidget *window)
{
    const QScreen *screen = window->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(), kFirstStartSize);
    if (available.width() < kFirstStartSize.width() + kFrameAllowance ||
        available.height() < kFirstStartSize.height() + kFrameAllowance) {
        window->resize(available.size().boundedTo(kFirstStartSize));
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
        return;
    }
    window->resize(kFirstStartSize);
    window->move(available.center() - QPoint(kFirstStartSize.width() / 2, kFirstStartSize.height() / 2));
}

} // namespace libreta::ui
