#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace libreta::ui {

// The agenda's actions on the selected item and on the day, with their
// shortcuts (listed in Help ▸ Keyboard shortcuts). They work while the
// focus is anywhere inside the agenda: other sections use the same keys.
class AgendaActions final : public QObject {
    Q_OBJECT

public:
    explicit AgendaActions(QWidget *owner);

    QAction *openFile = nullptr;
    QAction *startCall = nullptr;
    QAction *done = nullptr;
    QAction *reschedule = nullptr;
    QAction *reassign = nullptr;
    QAction *printSheet = nullptr;
    QAction *saveSheet = nullptr;

    // The actions on the selected item (for its context menu).
    QList<QAction *> itemActions() const;
};

} // namespace libreta::ui
