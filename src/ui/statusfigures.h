#pragma once

#include <QObject>

class QLabel;
class QWidget;
class QStatusBar;

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// The permanent part of the status bar: who is at the desk, which file is
// open (and whether it is a demo office, whose debtors are invented), when
// its last backup copy was saved, and the day's two figures (promises due,
// calls made): an agent's own, or the office's for whoever supervises.
class StatusFigures final : public QObject {
    Q_OBJECT

public:
    explicit StatusFigures(QStatusBar *bar);

    // Re-reads the figures; cheap (a few indexed reads), so it runs after
    // every change of file and on a timer.
    void refresh(store::Database &db);

    // After this many days without a copy the reminder turns to a warning.
    static constexpr int kBackupDueDays = 7;

private:
    void showBackup(store::Database &db, bool demo);
    void showDayFigures(store::Database &db);

    QWidget *m_who;  // the office, the user, the file and the backup, together
    QLabel *m_demo;
    QLabel *m_user;
    QLabel *m_file;
    QLabel *m_backup;
    QLabel *m_promises;
    QLabel *m_calls;
    QLabel *m_target;  // an agent's share of their monthly target
};

} // namespace libreta::ui
