#pragma once

#include <QWidget>

namespace libreta::ui {

// The page of a section that is not built yet. It says so plainly and
// shows no made-up figures: a desk must never mistake a mock-up for data.
class LaterVersionPage final : public QWidget {
    Q_OBJECT

public:
    LaterVersionPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace libreta::ui
