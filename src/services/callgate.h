#pragma once

#include "domain/clock.h"
#include "domain/contactrules.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// The contact rules applied before dialling: the debtor's calling window in
// their own zone, the attempts of the last 7 days, do-not-contact on the
// debtor and on the contact chosen. A supervisor may let a call the hours
// or the attempts refuse go ahead with a written reason, which goes to the
// audit log; do-not-contact is never overridden.
class CallGate final {
    Q_DECLARE_TR_FUNCTIONS(CallGate)

public:
    CallGate(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Whether `debtorId` may be called at `atUtc` (now when invalid),
    // through `contactId` when one is chosen. Attempts are counted in the 7
    // days before that moment. Throws InputError for an unknown debtor.
    domain::ContactDecision check(domain::Id debtorId, std::optional<domain::Id> contactId,
                                  const QDateTime &atUtc = {});

    // Whether an override's reason says something: two words, ten letters.
    static bool saysWhy(const QString &reason);
    // Records a supervisor's override of a refused call in the audit log,
    // in its own transaction (so it stays even if the call is never saved).
    // Throws InputError when the reason does not say why (saysWhy), the user may not override,
    // the call is allowed anyway, or do-not-contact refuses it.
    void recordOverride(domain::Id debtorId, std::optional<domain::Id> contactId,
                        std::optional<domain::Id> userId, const QString &reason);

    // Why an override is refused when do-not-contact refuses the call.
    static QString doNotContactIsFinal();

    // Stable codes for the audit log ("outside_window", ...).
    static QString blockCode(domain::ContactBlock block);
    static QString blockCodes(const domain::ContactDecision &decision);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
