// Edit ▸ Office rules: supervisors keep the rules agents work by; a rule
// out of range is refused naming its field, and nothing is stored.

#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "services/officerulesservice.h"
#include "store/auditrepository.h"
#include "store/debtorrepository.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::services;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));

OfficeSettings stricter(OfficeSettings s)
{
    s.graceDays = 3;
    s.windowStart = QTime(8, 30);
    s.windowEnd = QTime(20, 0);
    s.maxAttemptsPer7Days = 4;
    s.maxAttemptsPerDay = 2;
    s.discountLimitPercent = 15;
    s.agentsTakeUnassigned = false;
    s.reminderTime = QTime(10, 0);
    s.restDays = 5;
    s.promiseDaysLimit = 15;
    s.planMonthsLimit = 0;  // no limit
    s.queueOrder = {QueueStretch::BrokenPromises, QueueStretch::Callbacks, QueueStretch::PromisesDueToday,
                    QueueStretch::Tasks, QueueStretch::PromiseChecks};
    s.priorityWeights = {20, 50, 0, 30};
    return s;
}

} // namespace

TEST_CASE("A supervisor changes the office's rules and the rest of the settings stay", "[services][rules]")
{
    test::TempDb t;
    store::UserRepository users(t.db());
    const Id sue = users.add(User{0, QStringLiteral("sue"), QStringLiteral("Sue"), UserRole::Supervisor, true});
    {
        store::SettingsRepository settings(t.db());
        OfficeSettings s = settings.load();
        s.officeName = QStringLiteral("Cobranza Norte");
        s.currencyCode = QStringLiteral("EUR");
        settings.save(s);
    }
    OfficeRulesService rules(t.db(), kClock, sue);
    REQUIRE(rules.mayChange());
    OfficeSettings wanted = stricter(rules.load());
    wanted.officeName = QStringLiteral("not a rule");  // not changed by this form
    rules.save(wanted);

    const OfficeSettings stored = store::SettingsRepository(t.db()).load();
    CHECK(stored.graceDays == 3);
    CHECK(store::SettingsRepository(t.db()).graceDays() == 3);  // what posting a payment reads
    CHECK(stored.windowStart == QTime(8, 30));
    CHECK(stored.windowEnd == QTime(20, 0));
    CHECK(stored.maxAttemptsPer7Days == 4);
    CHECK(stored.maxAttemptsPerDay == 2);
    CHECK(stored.discountLimitPercent == 15);
    CHECK_FALSE(stored.agentsTakeUnassigned);
    CHECK(stored.reminderTime == QTime(10, 0));
    CHECK(stored.restDays == 5);
    CHECK(stored.termLimits() == TermLimits{15, 0});
    CHECK(stored.queueOrder == stricter(OfficeSettings()).queueOrder);
    CHECK(stored.priorityWeights == PriorityWeights{20, 50, 0, 30});
    CHECK(stored.officeName == QStringLiteral("Cobranza Norte"));
    CHECK(stored.currencyCode == QStringLiteral("EUR"));

    const auto audit = store::AuditRepository(t.db()).latest(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == QStringLiteral("office_rules.changed"));
    CHECK(audit.first().userId == std::optional<Id>(sue));
    CHECK(audit.first().details.endsWith(
        QStringLiteral("queue=broken_promises,callbacks,promises_due,tasks,promise_checks promise_days=15 plan_months=0 "
                       "segment_rests=0 priority=20/50/0/30 time_zone=America/Mexico_City moved=0 attempts_day=2")));
}

TEST_CASE("An agent may read the rules but not change them", "[services][rules]")
{
    test::TempDb t;
    const Id ana = store::UserRepository(t.db()).add(User{0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    OfficeRulesService rules(t.db(), kClock, ana);
    CHECK_FALSE(rules.mayChange());
    const OfficeSettings before = rules.load();
    CHECK(test::refusedField([&] { rules.save(stricter(before)); }) == QStringLiteral("rules"));
    CHECK(store::SettingsRepository(t.db()).load().graceDays == before.graceDays);
}

TEST_CASE("In an office that lists no users, whoever works there keeps the rules", "[services][rules]")
{
    test::TempDb t;
    OfficeRulesService rules(t.db(), kClock, std::nullopt);
    CHECK(rules.mayChange());
    rules.save(stricter(rules.load()));
    CHECK(store::SettingsRepository(t.db()).load().maxAttemptsPer7Days == 4);
}

TEST_CASE("A rule out of range is refused naming its field, and nothing is stored", "[services][rules]")
{
    test::TempDb t;
    OfficeRulesService rules(t.db(), kClock, std::nullopt);
    const OfficeSettings before = rules.load();
    const auto refused = [&](auto change) {
        OfficeSettings s = stricter(before);
        change(s);
        return test::refusedField([&] { rules.save(s); });
    };
    CHECK(refused([](OfficeSettings &s) { s.graceDays = -1; }) == QStringLiteral("grace_days"));
    CHECK(refused([](OfficeSettings &s) { s.graceDays = 31; }) == QStringLiteral("grace_days"));
    CHECK(refused([](OfficeSettings &s) { s.windowEnd = QTime(7, 0); s.windowStart = QTime(9, 0); }) ==
          QStringLiteral("window_end"));
    CHECK(refused([](OfficeSettings &s) { s.windowEnd = s.windowStart; }) == QStringLiteral("window_end"));
    CHECK(refused([](OfficeSettings &s) { s.windowStart = QTime(); }) == QStringLiteral("window_start"));
    CHECK(refused([](OfficeSettings &s) { s.maxAttemptsPer7Days = 0; }) == QStringLiteral("max_attempts"));
    CHECK(refused([](OfficeSettings &s) { s.maxAttemptsPerDay = -1; }) == QStringLiteral("max_attempts_day"));
    CHECK(refused([](OfficeSettings &s) { s.discountLimitPercent = 101; }) == QStringLiteral("discount_limit"));
    CHECK(refused([](OfficeSettings &s) { s.reminderTime = QTime(); }) == QStringLiteral("reminder_time"));
    CHECK(refused([](OfficeSettings &s) { s.restDays = -1; }) == QStringLiteral("rest_days"));
    CHECK(refused([](OfficeSettings &s) { s.restDays = OfficeRulesService::kMaxRestDays + 1; }) ==
          QStringLiteral("rest_days"));
    CHECK(refused([](OfficeSettings &s) { s.promiseDaysLimit = -1; }) == QStringLiteral("promise_days"));
    CHECK(refused([](OfficeSettings &s) { s.promiseDaysLimit = OfficeRulesService::kMaxPromiseDays + 1; }) ==
          QStringLiteral("promise_days"));
    CHECK(refused([](OfficeSettings &s) { s.planMonthsLimit = OfficeRulesService::kMaxPlanMonths + 1; }) ==
          QStringLiteral("plan_months"));
    // Each weight of the priority from 0 to 100, and not all of them 0.
    CHECK(refused([](OfficeSettings &s) { s.priorityWeights.risk = 101; }) == QStringLiteral("priority_risk"));
    CHECK(refused([](OfficeSettings &s) { s.priorityWeights.daysLate = -1; }) == QStringLiteral("priority_days_late"));
    CHECK(refused([](OfficeSettings &s) { s.priorityWeights = {0, 0, 0, 0}; }) == QStringLiteral("priority_balance"));
    CHECK(test::refusedMessage([&] {
              OfficeSettings s = stricter(before);
              s.priorityWeights.brokenPromises = 150;
              rules.save(s);
          }) == QStringLiteral("Weight of the broken promises: between 0 and 100."));
    // Next call's order names every kind of scheduled work once.
    CHECK(refused([](OfficeSettings &s) { s.queueOrder.removeLast(); }) == QStringLiteral("queue_order"));
    CHECK(refused([](OfficeSettings &s) { s.queueOrder.last() = s.queueOrder.first(); }) ==
          QStringLiteral("queue_order"));
    CHECK(test::refusedMessage([&] {
              OfficeSettings s = stricter(before);
              s.graceDays = 45;
              rules.save(s);
          }) == QStringLiteral("Grace days: between 0 and 30."));

    const OfficeSettings after = store::SettingsRepository(t.db()).load();
    CHECK(after.graceDays == before.graceDays);
    CHECK(after.windowStart == before.windowStart);
    CHECK(after.maxAttemptsPer7Days == before.maxAttemptsPer7Days);
    CHECK(after.queueOrder == defaultQueueOrder());
    CHECK(after.termLimits() == TermLimits{30, 12});  // the defaults, untouched
    CHECK(after.priorityWeights == PriorityWeights{});
    CHECK(store::AuditRepository(t.db()).latest(5).isEmpty());
}

TEST_CASE("A segment keeps a discount limit and a rest of its own until set back to the office's", "[services][rules]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("S-1"));
    Debtor d = *store::DebtorRepository(t.db()).byId(debtor);
    d.segment = QStringLiteral("Bajo");
    store::DebtorRepository(t.db()).update(d);
    OfficeRulesService rules(t.db(), kClock, std::nullopt);

    OfficeSettings s = rules.load();
    s.segmentDiscountLimits.insert(QStringLiteral(" Alto saldo "), 25);  // its debtors come later
    s.segmentDiscountLimits.insert(QStringLiteral("Bajo"), 5);
    rules.save(s);
    OfficeSettings stored = store::SettingsRepository(t.db()).load();
    CHECK(stored.segmentDiscountLimits.size() == 2);
    CHECK(stored.discountLimitFor(QStringLiteral("Alto saldo")) == 25);
    CHECK(stored.discountLimitFor(QStringLiteral("Bajo")) == 5);
    CHECK(stored.discountLimitFor(QStringLiteral("Medio")) == stored.discountLimitPercent);
    CHECK(stored.discountLimitFor(QString()) == stored.discountLimitPercent);
    // The segments offered: the debtors' and the ones that keep a limit.
    CHECK(rules.segments() == QStringList{QStringLiteral("Alto saldo"), QStringLiteral("Bajo")});
    CHECK(store::AuditRepository(t.db()).latest(1).first().details.contains(QStringLiteral(" segment_limits=2 ")));

    // Set back: the office's again, and nothing left of it in the file.
    s = stored;
    s.segmentDiscountLimits.remove(QStringLiteral("Alto saldo"));
    rules.save(s);
    stored = store::SettingsRepository(t.db()).load();
    CHECK(stored.segmentDiscountLimits.keys() == QStringList{QStringLiteral("Bajo")});
    CHECK(rules.segments() == QStringList{QStringLiteral("Bajo")});

    // Out of range, named by its segment; nothing stored.
    s.segmentDiscountLimits.insert(QStringLiteral("Bajo"), 101);
    CHECK(test::refusedField([&] { rules.save(s); }) == QStringLiteral("discount_limit:Bajo"));
    CHECK(test::refusedMessage([&] { rules.save(s); }) == QStringLiteral("Largest discount for Bajo: between 0 and 100."));
    CHECK(store::SettingsRepository(t.db()).load().discountLimitFor(QStringLiteral("Bajo")) == 5);

    // A segment's own rest between calls: kept, offered, audited, checked.
    s = store::SettingsRepository(t.db()).load();
    s.segmentRestDays.insert(QStringLiteral(" Medio "), 7);
    rules.save(s);
    stored = store::SettingsRepository(t.db()).load();
    CHECK(stored.segmentRestDays.keys() == QStringList{QStringLiteral("Medio")});
    CHECK(stored.restDaysFor(QStringLiteral("Medio")) == 7);
    CHECK(stored.restDaysFor(QStringLiteral("Bajo")) == stored.restDays);
    CHECK(rules.segments() == QStringList{QStringLiteral("Bajo"), QStringLiteral("Medio")});
    CHECK(store::AuditRepository(t.db()).latest(1).first().details.contains(QStringLiteral(" segment_rests=1 ")));
    s = stored;
    s.segmentRestDays.insert(QStringLiteral("Medio"), OfficeRulesService::kMaxRestDays + 1);
    CHECK(test::refusedField([&] { rules.save(s); }) == QStringLiteral("rest_days:Medio"));
    CHECK(test::refusedMessage([&] { rules.save(s); }) ==
          QStringLiteral("Rest between calls for Medio: between 0 and %1.").arg(OfficeRulesService::kMaxRestDays));
    CHECK(store::SettingsRepository(t.db()).load().restDaysFor(QStringLiteral("Medio")) == 7);
}

TEST_CASE("New debtors' time zone is the office's, and its debtors in the former one may move with it",
          "[services][rules]")
{
    test::TempDb t;
    const Id madrid = test::addDebtor(t.db(), QStringLiteral("M-1"));
    const Id lima = test::addDebtor(t.db(), QStringLiteral("M-2"));
    {
        Debtor d = *store::DebtorRepository(t.db()).byId(lima);
        d.timeZone = QStringLiteral("America/Lima");
        store::DebtorRepository(t.db()).update(d);
    }
    OfficeRulesService rules(t.db(), kClock, std::nullopt);
    OfficeSettings s = rules.load();
    CHECK(s.debtorTimeZone == QStringLiteral("America/Mexico_City"));  // an office that never chose one

    s.debtorTimeZone = QStringLiteral("Europe/Madrid");
    CHECK(rules.save(s) == 0);  // not asked to move anyone
    CHECK(store::SettingsRepository(t.db()).load().debtorTimeZone == QStringLiteral("Europe/Madrid"));
    CHECK(store::DebtorRepository(t.db()).byId(madrid)->timeZone == QStringLiteral("America/Mexico_City"));

    // Back and forth: asked to move, the debtors in the zone replaced move
    // and the one in a zone of her own stays.
    s.debtorTimeZone = QStringLiteral("America/Mexico_City");
    rules.save(s);
    s.debtorTimeZone = QStringLiteral("Europe/Madrid");
    CHECK(rules.save(s, true) == 1);
    CHECK(store::DebtorRepository(t.db()).byId(madrid)->timeZone == QStringLiteral("Europe/Madrid"));
    CHECK(store::DebtorRepository(t.db()).byId(lima)->timeZone == QStringLiteral("America/Lima"));

    s.debtorTimeZone = QStringLiteral("Europe/Atlantis");
    CHECK(test::refusedField([&] { rules.save(s, true); }) == QStringLiteral("time_zone"));
    CHECK(store::SettingsRepository(t.db()).load().debtorTimeZone == QStringLiteral("Europe/Madrid"));
    CHECK(store::DebtorRepository(t.db()).byId(madrid)->timeZone == QStringLiteral("Europe/Madrid"));
}
