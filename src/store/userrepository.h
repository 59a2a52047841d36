#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

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

private:
    Database &m_db;
};

} // namespace libreta::store
