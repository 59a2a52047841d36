#pragma once

#include "domain/entities.h"

#include <QDateTime>

#include <optional>

namespace libreta::store {

class Database;

// Wrong PINs typed for a user (schema 26), kept in the file so that they
// hold across restarts and desks.
struct PinTries {
    int wrongInRow = 0;  // since the last wait or right PIN
    int waits = 0;       // waits imposed since the last right PIN
    std::optional<QDateTime> waitUntil;  // UTC
    bool operator==(const PinTries &) const = default;
};

class UserRepository final {
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    domain::Id add(const domain::User &user);
    // Name, role and whether the user is active (the login stays).
    void update(const domain::User &user);
    std::optional<domain::User> byId(domain::Id id);
    std::optional<domain::User> byLogin(const QString &login);
    QList<domain::User> all();
    // The PIN's hash (never the PIN): nullopt clears it.
    void setPinHash(domain::Id id, const std::optional<QByteArray> &hash);
    std::optional<QByteArray> pinHash(domain::Id id);
    PinTries pinTries(domain::Id id);
    void setPinTries(domain::Id id, const PinTries &tries);
    // Starts the count over; writes nothing when there was nothing counted.
    void clearPinTries(domain::Id id);

private:
    Database &m_db;
};

} // namespace libreta::store
