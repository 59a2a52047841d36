#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Creating and editing a debtor, and the do-not-contact flag. Each is one
// transaction that refreshes the debtor's totals and writes an audit entry;
// input is checked first and refused with an InputError naming the field.
class DebtorService final {
    Q_DECLARE_TR_FUNCTIONS(DebtorService)

public:
    DebtorService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Field names in InputError: "name", "external_ref", "tax_id",
    // "time_zone", "agent", "debtor", "reason".
    domain::Id create(const domain::Debtor &debtor, std::optional<domain::Id> userId = std::nullopt);
    // A new debtor and, when `phone` or `email` is given, the debtor's own
    // contact with them: one transaction, so a phone refused ("phone.1",
    // "email.1") leaves no debtor behind either.
    domain::Id createWithContact(const domain::Debtor &debtor, const QString &phone, const QString &email,
                                 std::optional<domain::Id> userId = std::nullopt);
    // Everything but the do-not-contact flag, which has its own action and
    // keeps its stored value here.
    void update(const domain::Debtor &debtor, std::optional<domain::Id> userId = std::nullopt);
    // Setting it needs the reason the debtor is not to be called; lifting it
    // needs the reason too, kept as a note in the file (the flag's own reason
    // is cleared).
    void setDoNotContact(domain::Id debtorId, bool doNotContact, const QString &reason,
                         std::optional<domain::Id> userId = std::nullopt);

    // The reference the New debtor form offers: the next after the last
    // debtor's (domain::nextReference), skipping any already taken.
    QString suggestedReference();

    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxRefLength = 64;
    static constexpr int kMaxTaxIdLength = 32;

private:
    domain::Debtor checked(const domain::Debtor &debtor, std::optional<domain::Id> existingId);
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
