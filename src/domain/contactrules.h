#pragma once

#include "domain/entities.h"

namespace libreta::domain {

struct ContactRuleSettings {
    QTime windowStart = QTime(7, 0);  // in the debtor's own time zone
    QTime windowEnd = QTime(22, 0);   // exclusive
    int maxAttemptsPer7Days = 7;
};

enum class ContactBlock {
    UnknownTimeZone, OutsideWindow, TooManyAttempts, DebtorDoNotContact, ContactDoNotContact
};

struct ContactDecision {
    bool allowed = false;
    QList<ContactBlock> blocks;
    QDateTime debtorLocalTime;  // now, in the debtor's zone (invalid if the zone is unknown)
    QStringList reasons() const;  // translated, one per block, naming times and counts
    // Whether a supervisor may let the call go ahead with a written reason:
    // the hours and the attempts, yes; do-not-contact never (the mark is
    // lifted in the debtor's file, with its reason, or another contact is
    // called).
    bool overridable() const;
    int attemptsInLast7Days = 0;
    ContactRuleSettings settings;
};

// Whether the agent may dial now. Every rule is checked, so the agent sees
// all the reasons at once, not one per attempt.
ContactDecision evaluateContact(const ContactRuleSettings &settings, const QDateTime &nowUtc,
                                const QString &timeZoneId, int attemptsInLast7Days,
                                bool debtorDoNotContact, bool contactDoNotContact = false);

// The next instant (UTC) inside the debtor's calling window at or after
// `fromUtc`; invalid when the zone is unknown. Used to suggest the next attempt.
QDateTime nextWindowOpening(const ContactRuleSettings &settings, const QDateTime &fromUtc,
                            const QString &timeZoneId);

// Third-party rule: only the debtor or the person who decides payment may
// hear about the debt.
bool mayDiscussDebt(AnsweredBy answeredBy);
QString thirdPartyWarning();  // translated

} // namespace libreta::domain
