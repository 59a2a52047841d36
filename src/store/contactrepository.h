#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

class ContactRepository final {
public:
    explicit ContactRepository(Database &db) : m_db(db) {}

    // Adds the contact with its phones and e-mails.
    domain::Id add(const domain::Contact &contact);
    QList<domain::Contact> forDebtor(domain::Id debtorId);

private:
    Database &m_db;
};

} // namespace libreta::store
