#include "services/callgate.h"

#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <algorithm>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

ContactDecision CallGate::check(Id debtorId, std::optional<Id> contactId, const QDateTime &atUtc)
{
    const QDateTime at = atUtc.isValid() ? atUtc.toUTC() : m_clock.nowUtc();
    const auto debtor = store::DebtorRepository(m_db).byId(debtorId);
    if (!debtor)
        throw InputError(QStringLiteral("debtor"), tr("There is no such debtor."));
    bool contactDoNotContact = false;
    if (contactId) {
        const auto contact = store::ContactRepository(m_db).byId(*contactId);
        if (!contact || contact->debtorId != debtorId)
            throw InputError(QStringLiteral("contact"), tr("That contact does not belong to this debtor."));
        contactDoNotContact = contact->doNotContact;
    }
    const OfficeSettings settings = store::SettingsRepository(m_db).load();
    ContactRuleSettings rules;
    rules.windowStart = settings.windowStart;
    rules.windowEnd = settings.windowEnd;
    rules.maxAttemptsPer7Days = settings.maxAttemptsPer7Days;
    rules.maxAttemptsPerDay = settings.maxAttemptsPerDay;
    // Attempts strictly before this one: a call being saved is not its own
    // previous attempt.
    store::CallRepository calls(m_db);
    const int later = calls.attemptsSince(debtorId, at);
    const int attempts = calls.attemptsSince(debtorId, at.addDays(-7)) - later;
    const int today = calls.attemptsSince(debtorId, startOfDebtorDay(at, debtor->timeZone)) - later;
    return evaluateContact(rules, at, debtor->timeZone, attempts, debtor->doNotContact, contactDoNotContact, today);
}

QString CallGate::doNotContactIsFinal()
{
    return tr("Do-not-contact is never overridden: lift the mark in the debtor's file, with its reason, or call "
              "another contact.");
}

QString CallGate::blockCode(ContactBlock block)
{
    switch (block) {
    case ContactBlock::UnknownTimeZone:
        return QStringLiteral("unknown_time_zone");
    case ContactBlock::OutsideWindow:
        return QStringLiteral("outside_window");
    case ContactBlock::TooManyAttempts:
        return QStringLiteral("too_many_attempts");
    case ContactBlock::TooManyAttemptsToday:
        return QStringLiteral("too_many_attempts_today");
    case ContactBlock::DebtorDoNotContact:
        return QStringLiteral("debtor_do_not_contact");
    case ContactBlock::ContactDoNotContact:
        return QStringLiteral("contact_do_not_contact");
    }
    return {};
}

QString CallGate::blockCodes(const ContactDecision &decision)
{
    QStringList codes;
    for (ContactBlock block : decision.blocks)
        codes << blockCode(block);
    return codes.join(QLatin1Char(','));
}

bool CallGate::saysWhy(const QString &reason)
{
    // Two words of two letters or more, ten letters in all: a key pressed
    // by mistake ("1", "ok") never lifts the calling hours.
    int words = 0;
    int letters = 0;
    for (const QString &word : reason.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto count = std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
        if (count >= 2) {
            ++words;
            letters += int(count);
        }
    }
    return words >= 2 && letters >= 10;
}

void CallGate::recordOverride(Id debtorId, std::optional<Id> contactId, std::optional<Id> userId,
                              const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw InputError(QStringLiteral("override_reason"),
                         tr("Write why the call goes ahead although the rules refuse it."));
    if (!saysWhy(reason))
        throw InputError(QStringLiteral("override_reason"),
                         tr("Say in a few words why the call goes ahead, for example “the debtor asked to be "
                            "called at this hour”: “%1” tells the audit log nothing.")
                             .arg(reason.trimmed()));
    if (!maySupervise(m_db, userId))
        throw InputError(QStringLiteral("override"), tr("Only a supervisor can let a refused call go ahead."));
    store::Transaction tx(m_db);
    const ContactDecision decision = check(debtorId, contactId);
    if (decision.allowed)
        throw InputError(QStringLiteral("override"), tr("The call is allowed: there is nothing to override."));
    if (!decision.overridable())
        throw InputError(QStringLiteral("override"), doNotContactIsFinal());
    AuditTrail(m_db, m_clock)
        .record(userId, QStringLiteral("contact.override"), QStringLiteral("debtor"), debtorId,
                QStringLiteral("blocks=%1 reason=%2").arg(blockCodes(decision), reason.trimmed()));
    tx.commit();
    spdlog::info("call gate: contact rules overridden for debtor {} by user {}", debtorId, userId.value_or(0));
}

} // namespace libreta::services
