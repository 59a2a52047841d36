#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// A user's PIN (schema 24): 4 to 12 digits, kept only as a salted Argon2id
// hash (libsodium). That makes guessing it from a copy of the office's file
// slow, not impossible (every 4-digit PIN in well under an hour): the PIN
// keeps a colleague at a shared desk out, not someone holding the file.
class Pin final {
    Q_DECLARE_TR_FUNCTIONS(Pin)

public:
    static constexpr int kShortest = 4;
    static constexpr int kLongest = 12;
    // Wrong PINs (schema 26, kept in the file: a restart or another desk
    // does not start the count over). Three in a row make the next try
    // wait 30 seconds, and each time after that twice as long, up to a
    // quarter of an hour; the right PIN starts over.
    static constexpr int kTriesBeforeWaiting = 3;
    static constexpr int kFirstWaitSeconds = 30;
    static constexpr int kLongestWaitSeconds = 15 * 60;

    // Throws InputError on `field` unless `pin` is 4 to 12 digits.
    static void checkFormat(const QString &pin, const QString &field);
    // About a tenth of a second and 64 MiB: slow on purpose, to make
    // trying every PIN against a stolen file costly.
    static QByteArray hash(const QString &pin);
    static bool matches(const QByteArray &hash, const QString &pin);
    // Whether `pin` is the PIN of the user with `login`; false for a user
    // without one.
    static bool isUsersPin(store::Database &db, const QString &login, const QString &pin);
    // Seconds still to wait before `login`'s PIN may be tried; 0: now.
    // For the form to say so; never more than the longest wait.
    static int waitSeconds(store::Database &db, const QString &login, const QDateTime &nowUtc);
    // A try of `login`'s PIN, counted as wrong before the PIN is checked
    // (one transaction): the seconds still to wait, nothing counted and
    // the PIN not to be checked; or 0, counted, and the caller checks it
    // and then calls right() or wrong(). Counting first means a desk that
    // cannot write to the file cannot check PINs either (a StoreError),
    // and two desks guessing at once are both counted. A wait longer than
    // the longest (a computer whose clock ran ahead set it) is cut to the
    // longest.
    static int beginTry(store::Database &db, const domain::Clock &clock, const QString &login);
    // The PIN of the try was wrong: on the third in a row the next try
    // waits, and the wait goes in the office's activity (`user.pin_wait`:
    // whose PIN, at the desk of `deskUserId`), in one transaction; the
    // seconds of the wait it starts, 0 before the third.
    static int wrong(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> deskUserId,
                     const QString &login);
    // The right PIN: the count starts over.
    static void right(store::Database &db, const QString &login);
};

} // namespace libreta::services
