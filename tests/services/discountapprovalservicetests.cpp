#include "domain/clock.h"
#include "services/discountapprovalservice.h"
#include "servicetesthelpers.h"
#include "store/calldiscountrepository.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <algorithm>

using namespace libreta;
using namespace libreta::domain;
using services::DiscountApprovalService;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

struct Office {
    test::TempDb t;
    FixedClock clock{kNow};
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Abarrotes Núñez"));
    DiscountApprovalService service{t.db(), clock};

    Id discountCall(int percent, int hoursAgo = 1)
    {
        return test::addDiscountCall(t.db(), debtor, people.ana, kNow.addSecs(-3600 * hoursAgo), percent);
    }
    store::CallDiscount discount(Id callId) { return *store::CallDiscountRepository(t.db()).forCall(callId); }
    QList<FollowUp> callbacks()
    {
        QList<FollowUp> out;
        for (const FollowUp &f : store::FollowUpRepository(t.db()).openForDebtor(debtor))
            if (f.kind == FollowUpKind::Callback)
                out << f;
        return out;
    }
};

} // namespace

TEST_CASE("Discounts above the limit wait for a supervisor, oldest first, with what the call said",
          "[services][discounts]")
{
    Office o;
    const Id older = o.discountCall(15, 5);
    o.discountCall(8, 3);  // inside the limit: nothing to decide
    const Id newer = o.discountCall(20, 1);
    const auto waiting = o.service.waiting();
    REQUIRE(waiting.size() == 2);
    CHECK(o.service.waitingCount() == 2);
    CHECK(waiting[0].discount.callId == older);
    CHECK(waiting[1].discount.callId == newer);
    CHECK(waiting[0].agentName == QStringLiteral("Ana Ruiz"));
    CHECK(waiting[0].debtorName == QStringLiteral("Abarrotes Núñez"));
    CHECK(waiting[0].debtorRef == QStringLiteral("D-1"));
    CHECK(waiting[0].calledAt == kNow.addSecs(-5 * 3600));
    CHECK(waiting[0].commitment.startsWith(QStringLiteral("Pago de 8500 pesos")));
    CHECK(waiting[0].discount.agreedTotal == test::pesos(8500));
}

TEST_CASE("A supervisor approves a discount and the agent gets a call-back to tell the debtor",
          "[services][discounts]")
{
    Office o;
    const Id call = o.discountCall(15);
    o.service.approve(call, QStringLiteral("  Cliente de años, vale la pena. "), o.people.sue);

    const auto d = o.discount(call);
    CHECK(d.status == store::DiscountStatus::Approved);
    CHECK(d.decidedBy == o.people.sue);
    CHECK(d.decidedAt == kNow);
    CHECK(d.decisionNote == QStringLiteral("Cliente de años, vale la pena."));
    const auto tasks = o.callbacks();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].assignedTo == o.people.ana);
    CHECK(tasks[0].dueDate == kNow.toLocalTime().date());
    CHECK(tasks[0].callId == call);
    CHECK(tasks[0].description.contains(QStringLiteral("15%")));
    CHECK(tasks[0].description.contains(QStringLiteral("approved")));
    CHECK(o.service.waitingCount() == 0);
    CHECK(store::TotalsRepository(o.t.db()).mismatches().isEmpty());
    CHECK(test::auditActions(o.t.db(), 1) == QStringList{QStringLiteral("discount.approve")});
}

TEST_CASE("A refusal needs its reason, and what cannot be decided is refused in words", "[services][discounts]")
{
    Office o;
    const Id call = o.discountCall(25);
    const Id within = o.discountCall(5);
    auto field = [&](auto action) { return test::refusedField(action); };
    CHECK(field([&] { o.service.refuse(call, QStringLiteral("   "), o.people.sue); }) == QStringLiteral("note"));
    CHECK(field([&] { o.service.refuse(call, QString(501, QLatin1Char('x')), o.people.sue); }) == QStringLiteral("note"));
    CHECK(field([&] { o.service.approve(call, {}, o.people.ana); }) == QStringLiteral("user"));  // an agent
    CHECK(field([&] { o.service.approve(within, {}, o.people.sue); }) == QStringLiteral("discount"));
    CHECK(field([&] { o.service.approve(9999, {}, o.people.sue); }) == QStringLiteral("discount"));
    CHECK(o.discount(call).status == store::DiscountStatus::Pending);
    CHECK(o.callbacks().isEmpty());
    CHECK(test::auditActions(o.t.db()).filter(QStringLiteral("discount.")).isEmpty());

    o.service.refuse(call, QStringLiteral("Máximo 15% para este segmento"), o.people.sue);
    CHECK(o.discount(call).status == store::DiscountStatus::Rejected);
    REQUIRE(o.callbacks().size() == 1);
    CHECK(o.callbacks()[0].description.contains(QStringLiteral("Máximo 15% para este segmento")));
    // Decided once: a second decision is refused and changes nothing.
    CHECK(field([&] { o.service.approve(call, {}, o.people.sue); }) == QStringLiteral("discount"));
    CHECK(o.discount(call).status == store::DiscountStatus::Rejected);
    CHECK(o.callbacks().size() == 1);
}

TEST_CASE("A refused discount calls off its call's open promises with their reminders, an approved one keeps them",
          "[services][discounts]")
{
    Office o;
    test::addInvoice(o.t.db(), o.debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(10000));
    auto promiseOf = [&](Id call, const QDate &due) {
        Promise p;
        p.debtorId = o.debtor;
        p.callId = call;
        p.amount = test::pesos(7000);
        p.dueDate = due;
        p.madeOn = kNow.date();
        p.method = PaymentMethod::Transfer;
        const Id id = store::PromiseRepository(o.t.db()).add(p);
        FollowUp reminder;
        reminder.debtorId = o.debtor;
        reminder.kind = FollowUpKind::PromiseReminder;
        reminder.dueDate = due;
        reminder.promiseId = id;
        store::FollowUpRepository(o.t.db()).add(reminder);
        return id;
    };
    const Id refusedCall = o.discountCall(30, 2);
    const Id refusedPromise = promiseOf(refusedCall, QDate(2026, 3, 20));
    o.service.refuse(refusedCall, QStringLiteral("Máximo 15%"), o.people.sue);

    const auto called = store::PromiseRepository(o.t.db()).byId(refusedPromise);
    CHECK(called->status == PromiseStatus::Cancelled);
    const auto open = store::FollowUpRepository(o.t.db()).openForDebtor(o.debtor);
    CHECK(std::none_of(open.cbegin(), open.cend(), [&](const FollowUp &f) { return f.promiseId == refusedPromise; }));
    REQUIRE(o.callbacks().size() == 1);
    CHECK(o.callbacks()[0].description.contains(QStringLiteral("1 promise")));
    CHECK_FALSE(store::TotalsRepository(o.t.db()).forDebtor(o.debtor)->openPromiseId.has_value());
    CHECK(store::TotalsRepository(o.t.db()).mismatches().isEmpty());

    const Id approvedCall = o.discountCall(20, 1);
    const Id approvedPromise = promiseOf(approvedCall, QDate(2026, 3, 25));
    o.service.approve(approvedCall, {}, o.people.sue);
    CHECK(store::PromiseRepository(o.t.db()).byId(approvedPromise)->status == PromiseStatus::Pending);
}
