#include "ui/pinattempts.h"

#include "services/pin.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QHash>

#include <algorithm>

namespace libreta::ui {
namespace {

struct Attempts {
    int wrongInRow = 0;
    int waits = 0;  // waits imposed so far: each doubles the next
    QDateTime until;
};

QHash<QString, Attempts> &attempts()
{
    static QHash<QString, Attempts> byFileAndLogin;
    return byFileAndLogin;
}

QString key(const QString &file, const QString &login) { return file + QLatin1Char('\n') + login; }

} // namespace

int PinAttempts::waitSeconds(const QString &file, const QString &login, const QDateTime &now)
{
    const auto it = attempts().constFind(key(file, login));
    if (it == attempts().constEnd() || !it->until.isValid() || it->until <= now)
        return 0;
    // Rounded up: "wait 0 seconds" would be a lie.
    return int((now.msecsTo(it->until) + 999) / 1000);
}

int PinAttempts::wrong(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> deskUserId,
                       const QString &login)
{
    Attempts &a = attempts()[key(db.path(), login)];
    if (++a.wrongInRow < kTriesBeforeWaiting)
        return 0;
    a.wrongInRow = 0;
    const int seconds = std::min(kLongestWaitSeconds, kFirstWaitSeconds << std::min(a.waits, 10));
    ++a.waits;
    a.until = clock.nowUtc().addSecs(seconds);
    try {
        services::Pin::recordWait(db, clock, deskUserId, login, kTriesBeforeWaiting, seconds);
    } catch (const store::StoreError &) {
        // The wait holds all the same.
    }
    return seconds;
}

void PinAttempts::right(const QString &file, const QString &login) { attempts().remove(key(file, login)); }

} // namespace libreta::ui
