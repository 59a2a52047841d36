#include "domain/contactrules.h"

#include "domaintesthelpers.h"

#include <QTimeZone>

using namespace libreta::domain;
using libreta::tests::MarkingTranslator;
using libreta::tests::utc;

namespace {

const QString kMadrid = QStringLiteral("Europe/Madrid");
const QString kMexico = QStringLiteral("America/Mexico_City");

ContactDecision at(const QDateTime &nowUtc, const QString &zone, int attempts = 0)
{
    return evaluateContact(ContactRuleSettings{}, nowUtc, zone, attempts, false);
}

bool blockedBy(const ContactDecision &d, ContactBlock b) { return d.blocks.contains(b); }

} // namespace

TEST_CASE("Calls are allowed inside the debtor's local window and not outside it")
{
    // Madrid in winter is UTC+1.
    const ContactDecision morning = at(utc(2026, 1, 15, 6, 0), kMadrid);  // 07:00 local
    CHECK(morning.allowed);
    CHECK(morning.blocks.isEmpty());
    CHECK(morning.debtorLocalTime.time() == QTime(7, 0));
    CHECK(morning.reasons().isEmpty());

    const ContactDecision early = at(utc(2026, 1, 15, 5, 59), kMadrid);  // 06:59 local
    CHECK_FALSE(early.allowed);
    CHECK(early.blocks == QList<ContactBlock>{ContactBlock::OutsideWindow});
}

TEST_CASE("The window end is exclusive")
{
    CHECK(at(utc(2026, 1, 15, 20, 59), kMadrid).allowed);       // 21:59 local
    CHECK_FALSE(at(utc(2026, 1, 15, 21, 0), kMadrid).allowed);  // 22:00 local
}

TEST_CASE("The window follows Madrid's spring DST change on 2026-03-29")
{
    // The day before: UTC+1, so 05:30 UTC is 06:30 and too early.
    CHECK_FALSE(at(utc(2026, 3, 28, 5, 30), kMadrid).allowed);
    // On the day clocks jump from 02:00 to 03:00 (at 01:00 UTC): UTC+2.
    const ContactDecision d = at(utc(2026, 3, 29, 5, 30), kMadrid);
    CHECK(d.allowed);
    CHECK(d.debtorLocalTime.time() == QTime(7, 30));
    CHECK(d.debtorLocalTime.date() == QDate(2026, 3, 29));
    CHECK_FALSE(at(utc(2026, 3, 29, 4, 59), kMadrid).allowed);  // 06:59 CEST
    // The evening closes an hour earlier in UTC too.
    CHECK(at(utc(2026, 3, 28, 20, 30), kMadrid).allowed);       // 21:30 CET
    CHECK_FALSE(at(utc(2026, 3, 29, 20, 30), kMadrid).allowed); // 22:30 CEST
    CHECK(at(utc(2026, 3, 29, 19, 59), kMadrid).allowed);       // 21:59 CEST
}

TEST_CASE("The window follows Madrid's autumn DST change on 2026-10-25")
{
    // The day before: UTC+2, so 05:30 UTC is 07:30.
    CHECK(at(utc(2026, 10, 24, 5, 30), kMadrid).allowed);
    // Clocks go back from 03:00 to 02:00 at 01:00 UTC: now UTC+1.
    const ContactDecision d = at(utc(2026, 10, 25, 5, 30), kMadrid);
    CHECK_FALSE(d.allowed);
    CHECK(d.debtorLocalTime.time() == QTime(6, 30));
    CHECK(at(utc(2026, 10, 25, 6, 0), kMadrid).allowed);        // 07:00 CET
    CHECK_FALSE(at(utc(2026, 10, 24, 20, 30), kMadrid).allowed); // 22:30 CEST
    CHECK(at(utc(2026, 10, 25, 20, 30), kMadrid).allowed);       // 21:30 CET
}

TEST_CASE("Mexico City keeps UTC-6 all year since it dropped DST")
{
    for (int month : {1, 4, 7, 10}) {
        INFO("month " << month);
        CHECK_FALSE(at(utc(2026, month, 15, 12, 59), kMexico).allowed);  // 06:59
        const ContactDecision d = at(utc(2026, month, 15, 13, 0), kMexico);
        CHECK(d.allowed);
        CHECK(d.debtorLocalTime.time() == QTime(7, 0));
        CHECK(d.debtorLocalTime.offsetFromUtc() == -6 * 3600);
        CHECK(at(utc(2026, month, 16, 3, 59), kMexico).allowed);        // 21:59 the 15th
        CHECK_FALSE(at(utc(2026, month, 16, 4, 0), kMexico).allowed);   // 22:00
    }
}

TEST_CASE("An unknown time zone blocks the call and says why")
{
    for (const QString &zone : {QStringLiteral("Mars/Olympus_Mons"), QString(), QStringLiteral("  "),
                                QStringLiteral("europe/madrid_x")}) {
        INFO(zone.toStdString());
        const ContactDecision d = at(utc(2026, 1, 15, 12, 0), zone);
        CHECK_FALSE(d.allowed);
        CHECK(blockedBy(d, ContactBlock::UnknownTimeZone));
        CHECK_FALSE(blockedBy(d, ContactBlock::OutsideWindow));
        CHECK_FALSE(d.debtorLocalTime.isValid());
        REQUIRE(d.reasons().size() == 1);
        CHECK_FALSE(d.reasons().front().isEmpty());
    }
}

TEST_CASE("Attempts in the last 7 days are limited to 7 by default")
{
    const QDateTime noon = utc(2026, 1, 15, 12, 0);  // 13:00 in Madrid
    CHECK(at(noon, kMadrid, 0).allowed);
    CHECK(at(noon, kMadrid, 6).allowed);
    const ContactDecision seventh = at(noon, kMadrid, 7);
    CHECK_FALSE(seventh.allowed);
    CHECK(seventh.blocks == QList<ContactBlock>{ContactBlock::TooManyAttempts});
    CHECK(seventh.attemptsInLast7Days == 7);
    const ContactDecision eighth = at(noon, kMadrid, 8);
    CHECK_FALSE(eighth.allowed);
    REQUIRE(eighth.reasons().size() == 1);
    CHECK(eighth.reasons().front().contains(QStringLiteral("8")));
    CHECK(eighth.reasons().front().contains(QStringLiteral("7")));
}

TEST_CASE("The attempts limit and window come from the office settings")
{
    ContactRuleSettings s;
    s.maxAttemptsPer7Days = 3;
    s.windowStart = QTime(9, 0);
    s.windowEnd = QTime(18, 0);
    const QDateTime nine = utc(2026, 1, 15, 8, 0);  // 09:00 Madrid
    CHECK(evaluateContact(s, nine, kMadrid, 2, false).allowed);
    CHECK_FALSE(evaluateContact(s, nine, kMadrid, 3, false).allowed);
    CHECK_FALSE(evaluateContact(s, utc(2026, 1, 15, 7, 30), kMadrid, 0, false).allowed);
    CHECK_FALSE(evaluateContact(s, utc(2026, 1, 15, 17, 0), kMadrid, 0, false).allowed);
    CHECK(evaluateContact(s, nine, kMadrid, 0, false).settings.maxAttemptsPer7Days == 3);
}

TEST_CASE("An office may limit a debtor's attempts in one day, counted in the debtor's day")
{
    ContactRuleSettings s;
    const QDateTime noon = utc(2026, 1, 15, 12, 0);  // 13:00 in Madrid
    // No limit of its own: only the 7 days' counts.
    CHECK(evaluateContact(s, noon, kMadrid, 5, false, false, 5).allowed);
    s.maxAttemptsPerDay = 2;
    CHECK(evaluateContact(s, noon, kMadrid, 1, false, false, 1).allowed);
    const ContactDecision third = evaluateContact(s, noon, kMadrid, 2, false, false, 2);
    CHECK_FALSE(third.allowed);
    CHECK(third.blocks == QList<ContactBlock>{ContactBlock::TooManyAttemptsToday});
    CHECK(third.overridable());
    REQUIRE(third.reasons().size() == 1);
    CHECK(third.reasons().front().contains(QStringLiteral("today")));
    // The day is the debtor's: 01:30 in Madrid is still 15 January there
    // (00:30 UTC), and Mexico City's 15 January began at 06:00 UTC.
    CHECK(startOfDebtorDay(utc(2026, 1, 15, 0, 30), kMadrid) == utc(2026, 1, 14, 23, 0));
    CHECK(startOfDebtorDay(utc(2026, 1, 15, 12, 0), kMexico) == utc(2026, 1, 15, 6, 0));
    CHECK(startOfDebtorDay(utc(2026, 1, 15, 3, 0), kMexico) == utc(2026, 1, 14, 6, 0));
}

TEST_CASE("A window that runs past midnight allows the late hours")
{
    ContactRuleSettings s;
    s.windowStart = QTime(22, 0);
    s.windowEnd = QTime(6, 0);
    CHECK(evaluateContact(s, utc(2026, 1, 15, 22, 0), kMadrid, 0, false).allowed);  // 23:00
    CHECK(evaluateContact(s, utc(2026, 1, 16, 4, 0), kMadrid, 0, false).allowed);   // 05:00
    CHECK_FALSE(evaluateContact(s, utc(2026, 1, 15, 11, 0), kMadrid, 0, false).allowed);
}

TEST_CASE("Do-not-contact on the debtor or the contact blocks the call")
{
    const QDateTime noon = utc(2026, 1, 15, 12, 0);
    const ContactDecision debtor = evaluateContact({}, noon, kMadrid, 0, true);
    CHECK_FALSE(debtor.allowed);
    CHECK(debtor.blocks == QList<ContactBlock>{ContactBlock::DebtorDoNotContact});
    const ContactDecision contact = evaluateContact({}, noon, kMadrid, 0, false, true);
    CHECK_FALSE(contact.allowed);
    CHECK(contact.blocks == QList<ContactBlock>{ContactBlock::ContactDoNotContact});
}

TEST_CASE("Every broken rule is reported at once")
{
    const ContactDecision d =
        evaluateContact({}, utc(2026, 1, 15, 3, 0), kMadrid, 9, true, true);  // 04:00 local
    CHECK_FALSE(d.allowed);
    CHECK(d.blocks.size() == 4);
    CHECK(blockedBy(d, ContactBlock::OutsideWindow));
    CHECK(blockedBy(d, ContactBlock::TooManyAttempts));
    CHECK(blockedBy(d, ContactBlock::DebtorDoNotContact));
    CHECK(blockedBy(d, ContactBlock::ContactDoNotContact));
    CHECK(d.reasons().size() == 4);

    const ContactDecision lost = evaluateContact({}, utc(2026, 1, 15, 3, 0), QString(), 9, true);
    CHECK(lost.blocks.size() == 3);
}

TEST_CASE("The outside-window reason names the local time and the window")
{
    const ContactDecision d = at(utc(2026, 3, 29, 4, 30), kMadrid);  // 06:30 CEST
    REQUIRE(d.reasons().size() == 1);
    const QString reason = d.reasons().front();
    CHECK(reason.contains(QStringLiteral("06:30")));
    CHECK(reason.contains(QStringLiteral("07:00")));
    CHECK(reason.contains(QStringLiteral("22:00")));
}

TEST_CASE("Contact reasons and the third-party warning are translated")
{
    MarkingTranslator translator("ContactRules");
    const ContactDecision d =
        evaluateContact({}, utc(2026, 1, 15, 3, 0), QStringLiteral("Nowhere/Else"), 9, true, true);
    REQUIRE(d.reasons().size() == 4);
    for (const QString &r : d.reasons())
        CHECK(r.startsWith(QStringLiteral("ES:")));
    CHECK(thirdPartyWarning().startsWith(QStringLiteral("ES:")));
}

TEST_CASE("The next window opening is now when inside the window")
{
    const QDateTime now = utc(2026, 1, 15, 12, 0);
    CHECK(nextWindowOpening({}, now, kMadrid) == now);
    CHECK(nextWindowOpening({}, now, kMadrid).timeSpec() == Qt::UTC);
}

TEST_CASE("The next window opening is today's start early in the morning, tomorrow's late at night")
{
    CHECK(nextWindowOpening({}, utc(2026, 1, 15, 3, 0), kMadrid) == utc(2026, 1, 15, 6, 0));
    CHECK(nextWindowOpening({}, utc(2026, 1, 15, 21, 0), kMadrid) == utc(2026, 1, 16, 6, 0));
    CHECK(nextWindowOpening({}, utc(2026, 1, 16, 4, 30), kMexico) == utc(2026, 1, 16, 13, 0));
    CHECK(nextWindowOpening({}, utc(2026, 1, 16, 5, 0), kMexico) == utc(2026, 1, 16, 13, 0));
}

TEST_CASE("The next window opening follows the DST change of that night")
{
    // 23:00 CET on the 28th -> 07:00 CEST on the 29th, which is 05:00 UTC.
    CHECK(nextWindowOpening({}, utc(2026, 3, 28, 22, 0), kMadrid) == utc(2026, 3, 29, 5, 0));
    // 23:00 CEST on 24 October -> 07:00 CET on the 25th, which is 06:00 UTC.
    CHECK(nextWindowOpening({}, utc(2026, 10, 24, 21, 0), kMadrid) == utc(2026, 10, 25, 6, 0));
}

TEST_CASE("A window that starts inside the DST gap opens when the clocks jump")
{
    ContactRuleSettings s;
    s.windowStart = QTime(2, 30);  // does not exist in Madrid on 2026-03-29
    // 01:00 CET -> the jump at 01:00 UTC, when it becomes 03:00 CEST.
    CHECK(nextWindowOpening(s, utc(2026, 3, 29, 0, 0), kMadrid) == utc(2026, 3, 29, 1, 0));
}

TEST_CASE("The next window opening is unknown without a zone or a window")
{
    CHECK_FALSE(nextWindowOpening({}, utc(2026, 1, 15, 3, 0), QStringLiteral("Nowhere/Else")).isValid());
    CHECK_FALSE(nextWindowOpening({}, QDateTime(), kMadrid).isValid());
    ContactRuleSettings closed;
    closed.windowEnd = closed.windowStart;
    CHECK_FALSE(nextWindowOpening(closed, utc(2026, 1, 15, 3, 0), kMadrid).isValid());
}

TEST_CASE("Only the debtor or the person who decides payment may hear about the debt")
{
    CHECK(mayDiscussDebt(AnsweredBy::Debtor));
    CHECK(mayDiscussDebt(AnsweredBy::DecisionMaker));
    CHECK_FALSE(mayDiscussDebt(AnsweredBy::ThirdParty));
    CHECK_FALSE(mayDiscussDebt(AnsweredBy::Nobody));
    CHECK_FALSE(mayDiscussDebt(AnsweredBy::Voicemail));
    CHECK_FALSE(mayDiscussDebt(AnsweredBy::WrongNumber));
    CHECK_FALSE(thirdPartyWarning().isEmpty());
}
