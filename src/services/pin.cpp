#include "services/pin.h"

#include "services/audittrail.h"
#include "services/inputerror.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace libreta::services {
namespace {

void initialiseSodium()
{
    // Safe to call again; fails only when no source of randomness exists.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not start");
}

} // namespace

void Pin::checkFormat(const QString &pin, const QString &field)
{
    const bool digits = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    // Said as what is wrong with it: "12a4" has the length, not the digits.
    if (!digits)
        throw InputError(field, tr("PIN: digits only, %1 to %2 of them.").arg(kShortest).arg(kLongest));
    if (pin.size() < kShortest || pin.size() > kLongest)
        throw InputError(field, tr("PIN: %1 to %2 digits.").arg(kShortest).arg(kLongest));
}

QByteArray Pin::hash(const QString &pin)
{
    initialiseSodium();
    const QByteArray bytes = pin.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), bytes.constData(), quint64(bytes.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a PIN");
    out.truncate(int(qstrlen(out.constData())));
    return out;
}

bool Pin::matches(const QByteArray &hash, const QString &pin)
{
    initialiseSodium();
    const QByteArray bytes = pin.toUtf8();
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

bool Pin::isUsersPin(store::Database &db, const QString &login, const QString &pin)
{
    store::UserRepository users(db);
    const auto user = users.byLogin(login);
    if (!user)
        return false;
    const auto stored = users.pinHash(user->id);
    return stored && matches(*stored, pin);
}

int Pin::waitSeconds(store::Database &db, const QString &login, const QDateTime &nowUtc)
{
    store::UserRepository users(db);
    const auto user = users.byLogin(login);
    if (!user)
        return 0;
    const auto until = users.pinTries(user->id).waitUntil;
    if (!until || *until <= nowUtc)
        return 0;
    // Rounded up: "wait 0 seconds" would be a lie.
    const qint64 seconds = (nowUtc.msecsTo(*until) + 999) / 1000;
    return int(std::min<qint64>(seconds, kLongestWaitSeconds));
}

int Pin::beginTry(store::Database &db, const domain::Clock &clock, const QString &login)
{
    store::Transaction tx(db);
    store::UserRepository users(db);
    const auto user = users.byLogin(login);
    if (!user)
        return 0;
    const QDateTime now = clock.nowUtc();
    store::PinTries tries = users.pinTries(user->id);
    if (tries.waitUntil && *tries.waitUntil > now) {
        const QDateTime longest = now.addSecs(kLongestWaitSeconds);
        if (*tries.waitUntil > longest) {
            tries.waitUntil = longest;
            users.setPinTries(user->id, tries);
            tx.commit();
        }
        return waitSeconds(db, login, now);
    }
    ++tries.wrongInRow;
    users.setPinTries(user->id, tries);
    tx.commit();
    return 0;
}

int Pin::wrong(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> deskUserId,
               const QString &login)
{
    store::Transaction tx(db);
    store::UserRepository users(db);
    const auto user = users.byLogin(login);
    if (!user)
        return 0;
    store::PinTries tries = users.pinTries(user->id);
    if (tries.wrongInRow < kTriesBeforeWaiting)
        return 0;  // counted when it was tried
    const int seconds = std::min(kLongestWaitSeconds, kFirstWaitSeconds << std::min(tries.waits, 10));
    tries.wrongInRow = 0;
    ++tries.waits;
    tries.waitUntil = clock.nowUtc().addSecs(seconds);
    users.setPinTries(user->id, tries);
    AuditTrail(db, clock).record(
        deskUserId, QStringLiteral("user.pin_wait"), QStringLiteral("user"), user->id,
        QStringLiteral("user=%1 tries=%2 wait=%3").arg(user->id).arg(kTriesBeforeWaiting).arg(seconds));
    tx.commit();
    return seconds;
}

void Pin::right(store::Database &db, const QString &login)
{
    store::UserRepository users(db);
    if (const auto user = users.byLogin(login))
        users.clearPinTries(user->id);
}

} // namespace libreta::services
