#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Adding and editing the people reachable for a debtor, with their phones
// and e-mails. Rows left empty are dropped; what is typed is checked and a
// bad row is named ("Phone 2: ..."). One transaction each, totals refreshed,
// audit written.
class ContactService final {
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    ContactService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // What a contact's e-mail and phone are checked against, for the
    // office's own too (DocumentService::saveOfficeDetails).
    static bool looksLikeEmail(const QString &address);
    // Empty when `number` may be a phone number, else why not, in words
    // that follow "«number»" ("has too few digits (at least 7)").
    static QString phoneProblem(const QString &number);

    // Field names in InputError: "name", "phones", "phone.N", "email.N",
    // "best_time", "debtor", "contact" (N counts from 1).
    domain::Id add(const domain::Contact &contact, std::optional<domain::Id> userId = std::nullopt);
    void update(const domain::Contact &contact, std::optional<domain::Id> userId = std::nullopt);

    // The contact as it would be stored (trimmed, empty rows dropped), or
    // InputError naming the field: what add() and update() check first. The
    // importer checks the phones and e-mails of a file's rows with it.
    static domain::Contact checked(const domain::Contact &contact);

    static constexpr int kMinPhoneDigits = 7;
    static constexpr int kMaxPhoneDigits = 15;  // E.164

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
