#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// The permanent part of the status bar: who is at the desk, which file is
// open (and whether it is a demo office, whose debtors are invented), and
// the day's two figures (promises due, calls made).
class StatusFigures final : public QObject {
    Q_OBJECT

public:
    explicit StatusFigures(QStatusBar *bar);

    // Re-reads the figures; cheap (two indexed counts), so it runs after
    // every change of file and on a timer.
    void refresh(store::Database &db);

private:
    QLabel *m_demo;
    QLabel *m_user;
    QLabel *m_file;
    QLabel *m_promises;
    QLabel *m_calls;
};

} // namespace libreta::ui
