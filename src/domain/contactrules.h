#pragma once

#include "domain/entities.h"

namespace libreta::domain {

struct ContactRuleSettings {
    QTime windowStart = QTime(7, 0);  // in the debtor's own time zone
    QTime windowEnd = QTime(22, 0);   // exclusive
    int maxAttemptsPer7Days = 7;
    // Calls to one debtor in the debtor's own day; 0: none beyond the 7 days'.
    int maxAttemptsPerDay = 0;
};

enum class ContactBlock {
    UnknownTimeZone, OutsideWindow, TooManyAttempts, TooManyAttemptsToday, DebtorDoNotContact, ContactDoNotContact
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
    int attemptsToday = 0;  // in the debtor's day
    ContactRuleSettings settings;
};

// Whether the agent may dial now. Every rule is checked, so the agent sees
// all the reasons at once, not one per attempt.
// `attemptsToday` counts those since the debtor's day began (startOfDebtorDay).
ContactDecision evaluateContact(const ContactRuleSettings &settings, const QDateTime &nowUtc,
                                const QString &timeZoneId, int attemptsInLast7Days,
                                bool debtorDoNotContact, bool contactDoNotContact = false, int attemptsToday = 0);

// The instant (UTC) the debtor's day began, in their zone; the desk's day
// when the zone is unknown. Attempts "today" are counted from it.
QDateTime startOfDebtorDay(const QDateTime &nowUtc, const QString &timeZoneId);

// The next instant (UTC) inside the debtor's calling window at or after
// `fromUtc`; invalid when the zone is unknown. Used to suggest the next attempt.
QDateTime nextWindowOpening(const ContactRuleSettings &settings, const QDateTime &fromUtc,
                            const QString &timeZoneId);

// Third-party rule: only the debtor or the person who decides payment may
// hear about the debt.
bool mayDiscussDebt(AnsweredBy answeredBy);
QString thirdPartyWarning();  // translated

} // namespace libreta::domain
