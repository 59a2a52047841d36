#include "domain/contactrules.h"

#include "domain/shortdate.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace libreta::domain {
namespace {

QTimeZone zoneFor(const QString &timeZoneId)
{
    if (timeZoneId.trimmed().isEmpty())
        return {};
    return QTimeZone(timeZoneId.trimmed().toUtf8());
}

// End is exclusive. A window whose start is after its end runs over
// midnight (22:00–06:00); equal ends mean no calling hours at all.
bool insideWindow(const ContactRuleSettings &s, const QTime &t)
{
    if (!s.windowStart.isValid() || !s.windowEnd.isValid() || s.windowStart == s.windowEnd)
        return false;
    if (s.windowStart < s.windowEnd)
        return t >= s.windowStart && t < s.windowEnd;
    return t >= s.windowStart || t < s.windowEnd;
}

// As every other time on the desk: "21:09" beside "9:09 p. m." read as two clocks.
QString hhmm(const QTime &t) { return shortTime(t); }

} // namespace

bool ContactDecision::overridable() const
{
    return !blocks.contains(ContactBlock::DebtorDoNotContact) && !blocks.contains(ContactBlock::ContactDoNotContact);
}

QStringList ContactDecision::reasons() const
{
    QStringList out;
    for (ContactBlock block : blocks) {
        switch (block) {
        case ContactBlock::UnknownTimeZone:
            out << QCoreApplication::translate(
                "ContactRules",
                "The debtor's time zone is unknown, so their local time cannot be checked; set it in the file.");
            break;
        case ContactBlock::OutsideWindow:
            out << QCoreApplication::translate(
                       "ContactRules", "It is %1 for the debtor; calls are allowed from %2 to %3.")
                       .arg(hhmm(debtorLocalTime.time()), hhmm(settings.windowStart),
                            hhmm(settings.windowEnd));
            break;
        case ContactBlock::TooManyAttempts:
            out << QCoreApplication::translate("ContactRules", "%n call attempt(s) in the last 7 days; the limit is %1.",
                                               nullptr, attemptsInLast7Days)
                       .arg(settings.maxAttemptsPer7Days);
            break;
        case ContactBlock::TooManyAttemptsToday:
            out << QCoreApplication::translate("ContactRules", "%n call attempts today; the office allows %1 a day.",
                                               nullptr, attemptsToday)
                       .arg(settings.maxAttemptsPerDay);
            break;
        case ContactBlock::DebtorDoNotContact:
            out << QCoreApplication::translate("ContactRules",
                                               "The debtor is marked do-not-contact.");
            break;
        case ContactBlock::ContactDoNotContact:
            out << QCoreApplication::translate("ContactRules",
                                               "This contact person is marked do-not-contact.");
            break;
        }
    }
    return out;
}

ContactDecision evaluateContact(const ContactRuleSettings &settings, const QDateTime &nowUtc,
                                const QString &timeZoneId, int attemptsInLast7Days,
                                bool debtorDoNotContact, bool contactDoNotContact, int attemptsToday)
{
    ContactDecision d;
    d.settings = settings;
    d.attemptsInLast7Days = attemptsInLast7Days;
    d.attemptsToday = attemptsToday;

    const QTimeZone zone = zoneFor(timeZoneId);
    if (!zone.isValid()) {
        // Without the zone we cannot know whether it is night for the debtor.
        d.blocks << ContactBlock::UnknownTimeZone;
    } else {
        d.debtorLocalTime = nowUtc.toTimeZone(zone);
        if (!insideWindow(settings, d.debtorLocalTime.time()))
            d.blocks << ContactBlock::OutsideWindow;
    }
    // The count is of attempts already made, so reaching the limit blocks the next one.
    if (attemptsInLast7Days >= settings.maxAttemptsPer7Days)
        d.blocks << ContactBlock::TooManyAttempts;
    if (settings.maxAttemptsPerDay > 0 && attemptsToday >= settings.maxAttemptsPerDay)
        d.blocks << ContactBlock::TooManyAttemptsToday;
    if (debtorDoNotContact)
        d.blocks << ContactBlock::DebtorDoNotContact;
    if (contactDoNotContact)
        d.blocks << ContactBlock::ContactDoNotContact;
    d.allowed = d.blocks.isEmpty();
    return d;
}

QDateTime startOfDebtorDay(const QDateTime &nowUtc, const QString &timeZoneId)
{
    const QTimeZone zone = zoneFor(timeZoneId);
    if (!zone.isValid())
        return nowUtc.toLocalTime().date().startOfDay().toUTC();
    return nowUtc.toTimeZone(zone).date().startOfDay(zone).toUTC();
}

QDateTime nextWindowOpening(const ContactRuleSettings &settings, const QDateTime &fromUtc,
                            const QString &timeZoneId)
{
    const QTimeZone zone = zoneFor(timeZoneId);
    if (!zone.isValid() || !fromUtc.isValid() || !settings.windowStart.isValid()
        || !settings.windowEnd.isValid() || settings.windowStart == settings.windowEnd)
        return {};
    const QDateTime local = fromUtc.toTimeZone(zone);
    if (insideWindow(settings, local.time()))
        return fromUtc.toUTC();

    // Outside the window the next opening is today's start if it is still
    // ahead, otherwise tomorrow's. A day whose start hour falls in a DST gap
    // opens at the first instant that exists after it; a few days of margin
    // cover zones that skipped a whole date.
    QDate day = local.time() < settings.windowStart ? local.date() : local.date().addDays(1);
    for (int tries = 0; tries < 3; ++tries, day = day.addDays(1)) {
        const QDateTime candidate(day, settings.windowStart, zone);
        if (candidate.isValid() && candidate >= fromUtc
            && insideWindow(settings, candidate.toTimeZone(zone).time()))
            return candidate.toUTC();
        const QTimeZone::OffsetData jump =
            zone.nextTransition(QDateTime(day, QTime(0, 0), zone).addSecs(-1));
        if (jump.atUtc.isValid() && jump.atUtc >= fromUtc
            && jump.atUtc.toTimeZone(zone).date() == day
            && insideWindow(settings, jump.atUtc.toTimeZone(zone).time()))
            return jump.atUtc.toUTC();
    }
    return {};
}

bool mayDiscussDebt(AnsweredBy answeredBy)
{
    return answeredBy == AnsweredBy::Debtor || answeredBy == AnsweredBy::DecisionMaker;
}

QString thirdPartyWarning()
{
    return QCoreApplication::translate(
        "ContactRules",
        "The person on the line is not confirmed as the debtor or the person who decides payment: "
        "leave a neutral message and do not mention the debt.");
}

} // namespace libreta::domain
