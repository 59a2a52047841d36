#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// Wrong PINs typed at this desk (File ▸ Who is working), by file and user,
// for as long as the program runs: a new form does not start the count
// again. Three in a row make the next try wait 30 seconds, and each time
// after that twice as long, up to a quarter of an hour; the right PIN
// starts over.
class PinAttempts final {
public:
    static constexpr int kTriesBeforeWaiting = 3;
    static constexpr int kFirstWaitSeconds = 30;
    static constexpr int kLongestWaitSeconds = 15 * 60;

    // Seconds still to wait before `login` may be tried on `file`; 0: now.
    static int waitSeconds(const QString &file, const QString &login, const QDateTime &now);
    // Counts a wrong PIN for `login` on `db`, typed at the desk of
    // `deskUserId`; the wait it starts (0 before the third in a row), which
    // goes in the office's activity (services::Pin::recordWait).
    static int wrong(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> deskUserId,
                     const QString &login);
    static void right(const QString &file, const QString &login);
};

} // namespace libreta::ui
