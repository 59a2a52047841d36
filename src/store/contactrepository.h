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
    std::optional<domain::Contact> byId(domain::Id contactId);
    // Rewrites the contact's fields and replaces its phones and e-mails with
    // the ones given (nothing points at a phone row: calls keep the number
    // they dialled as text).
    void update(const domain::Contact &contact);

private:
    void addPhonesAndEmails(const domain::Contact &contact, domain::Id contactId);
    void readPhonesAndEmails(domain::Contact &contact);
    Database &m_db;
};

} // namespace libreta::store
