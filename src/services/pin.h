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

    // Throws InputError on `field` unless `pin` is 4 to 12 digits.
    static void checkFormat(const QString &pin, const QString &field);
    // About a tenth of a second and 64 MiB: slow on purpose, to make
    // trying every PIN against a stolen file costly.
    static QByteArray hash(const QString &pin);
    static bool matches(const QByteArray &hash, const QString &pin);
    // Whether `pin` is the PIN of the user with `login`; false for a user
    // without one.
    static bool isUsersPin(store::Database &db, const QString &login, const QString &pin);
    // Writes in the office's activity that `tries` wrong PINs for `login`
    // were typed at a desk (whose person is `deskUserId`) and the next try
    // had to wait `waitSeconds`: whoever keeps the office sees who tried.
    static void recordWait(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> deskUserId,
                           const QString &login, int tries, int waitSeconds);
};

} // namespace libreta::services
