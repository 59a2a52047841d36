#include "domain/clock.h"
#include "services/debtorfilereader.h"
#include "services/documentservice.h"
#include "services/inputerror.h"
#include "services/paymentreversalservice.h"
#include "services/paymentservice.h"
#include "services/rolloverservice.h"
#include "store/auditrepository.h"
#include "store/debtorrepository.h"
#include "store/exportrepository.h"
#include "store/figuresrepository.h"
#include "store/followuprepository.h"
#include "store/maintenancerepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 20), QTime(17, 0), Qt::UTC);

Id pay(store::Database &db, const Clock &clock, Id debtor, Money amount, const QDate &on)
{
    services::PostPaymentRequest r;
    r.debtorId = debtor;
    r.amount = amount;
    r.paidOn = on;
    r.method = PaymentMethod::Check;
    r.reference = QStringLiteral("Cheque 0042");
    return services::PaymentService(db, clock).post(r).paymentId;
}

services::ReversePaymentRequest reversal(Id payment, std::optional<Id> user,
                                         ReversalReason reason = ReversalReason::Bounced)
{
    services::ReversePaymentRequest r;
    r.paymentId = payment;
    r.reason = reason;
    r.userId = user;
    r.currencySymbol = QStringLiteral("$");
    return r;
}

const Promise &promiseOf(const QList<Promise> &all, Id id)
{
    for (const Promise &p : all)
        if (p.id == id)
            return p;
    FAIL("no such promise");
    return all.first();
}

// A debtor of `agent`'s who owes 1,000.00 on one invoice, due 2026-01-10.
Id owingDebtorOf(store::Database &db, Id agent)
{
    const Id debtor = test::addDebtor(db, QStringLiteral("R-1"));
    store::SqlQuery(db, QStringLiteral("UPDATE debtors SET assigned_agent_id = :a WHERE id = :d"))
        .bind(QStringLiteral(":a"), agent)
        .bind(QStringLiteral(":d"), debtor)
        .exec();
    test::addInvoice(db, debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    return debtor;
}

QList<FollowUp> openFollowUpsOf(store::Database &db, Id debtor, Id promise)
{
    QList<FollowUp> out;
    for (const FollowUp &f : store::FollowUpRepository(db).forDebtor(debtor))
        if (f.promiseId == promise && f.status == FollowUpStatus::Open)
            out.append(f);
    return out;
}

} // namespace

TEST_CASE("A bounced cheque is owed again, its kept promise is broken and goes back to the agenda",
          "[services][payment][reversal]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET assigned_agent_id = :a WHERE id = :d"))
        .bind(QStringLiteral(":a"), people.ana)
        .bind(QStringLiteral(":d"), debtor)
        .exec();
    const Id invoice = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    const Id promise = test::addPromise(t.db(), debtor, test::pesos(1000), QDate(2026, 3, 12), QDate(2026, 3, 1));

    FixedClock paidDay(QDateTime(QDate(2026, 3, 11), QTime(17, 0), Qt::UTC));
    const Id payment = pay(t.db(), paidDay, debtor, test::pesos(1000), QDate(2026, 3, 11));
    REQUIRE(promiseOf(store::PromiseRepository(t.db()).forDebtor(debtor), promise).status == PromiseStatus::Kept);
    REQUIRE(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == Money());
    const store::PanelScope march{QDate(2026, 3, 1), QDate(2026, 3, 31), std::nullopt};
    REQUIRE(store::FiguresRepository(t.db()).totals(march).recovered == test::pesos(1000));

    // Someone marked the debtor settled once it had paid.
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET status = 'settled' WHERE id = :d"))
        .bind(QStringLiteral(":d"), debtor)
        .exec();
    FixedClock clock(kNow);  // the bank returns it on the 20th, grace (3 days) long over
    const auto file = services::DebtorFileReader(t.db()).read(debtor, kNow.date(), kNow);
    REQUIRE(file);
    const auto preview = services::PaymentReversalService::preview(*file, *store::PaymentRepository(t.db()).byId(payment));
    CHECK(preview.owedAgain == test::pesos(1000));
    CHECK(preview.promisesPaidTowards == 1);
    CHECK(preview.reactivates);
    const auto result = services::PaymentReversalService(t.db(), clock).reverse(reversal(payment, people.sue));

    CHECK(result.debtorId == debtor);
    CHECK(result.invoicesReopened == 1);
    CHECK(result.outstandingAfter == test::pesos(1000));
    CHECK(result.reactivated);
    CHECK(store::DebtorRepository(t.db()).byId(debtor)->status == DebtorStatus::Active);
    const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
    CHECK(totals->outstanding == test::pesos(1000));
    CHECK(totals->credit == Money());
    CHECK(totals->openInvoices == 1);

    // The payment stays, reversed, with nothing applied.
    const auto stored = store::PaymentRepository(t.db()).byId(payment);
    REQUIRE(stored);
    REQUIRE(stored->reversal);
    CHECK(stored->reversal->reason == ReversalReason::Bounced);
    CHECK(stored->reversal->by == people.sue);
    CHECK(stored->reversal->at == kNow);
    CHECK(stored->allocations.isEmpty());
    CHECK(stored->unallocated == Money());
    CHECK(store::PaymentRepository(t.db()).eventsSince(debtor, QDate(2026, 1, 1)).isEmpty());
    (void)invoice;

    // Kept becomes broken, and the debtor's agent gets the call-back.
    REQUIRE(result.promiseChanges.size() == 1);
    CHECK(result.promiseChanges[0].before == PromiseStatus::Kept);
    CHECK(result.promiseChanges[0].after == PromiseStatus::Broken);
    const Promise &p = promiseOf(store::PromiseRepository(t.db()).forDebtor(debtor), promise);
    CHECK(p.status == PromiseStatus::Broken);
    CHECK(p.paid == Money());
    const auto open = openFollowUpsOf(t.db(), debtor, promise);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == FollowUpKind::Callback);
    CHECK(open[0].dueDate == QDate(2026, 3, 20));
    CHECK(open[0].assignedTo == people.ana);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->promisesBroken == 1);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->promisesKept == 0);

    // The Panel: no money recovered, the promise broken on its date.
    const auto figures = store::FiguresRepository(t.db()).totals(march);
    CHECK(figures.recovered == Money());
    CHECK(figures.payments == 0);
    CHECK(figures.promisesKept == 0);
    CHECK(figures.promisesBroken == 1);

    // What `libreta-cli check` compares still agrees.
    store::MaintenanceRepository check(t.db());
    CHECK(check.dailyFigureMismatches().isEmpty());
    CHECK(check.overAllocations().isEmpty());
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());

    const auto audit = store::AuditRepository(t.db()).latest(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QLatin1String("payment.reverse"));
    CHECK(audit[0].entityId == payment);
    CHECK(audit[0].userId == people.sue);
    CHECK(audit[0].details == QStringLiteral("debtor=%1 cause=bounced allocations=1 promises_changed=1 status=active").arg(debtor));
}

TEST_CASE("A payment reversed before its promise's date leaves the promise waiting, with its reminder and check",
          "[services][payment][reversal]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    const Id promise = test::addPromise(t.db(), debtor, test::pesos(600), QDate(2026, 3, 25), QDate(2026, 3, 15));
    for (const FollowUpKind kind : {FollowUpKind::PromiseReminder, FollowUpKind::PromiseCheck}) {
        FollowUp f;  // as the call that took the promise made them
        f.debtorId = debtor;
        f.kind = kind;
        f.dueDate = QDate(2026, 3, 25);
        f.promiseId = promise;
        store::FollowUpRepository(t.db()).add(f);
    }
    FixedClock clock(kNow);
    const Id payment = pay(t.db(), clock, debtor, test::pesos(600), QDate(2026, 3, 18));
    REQUIRE(promiseOf(store::PromiseRepository(t.db()).forDebtor(debtor), promise).status == PromiseStatus::Kept);
    REQUIRE(openFollowUpsOf(t.db(), debtor, promise).isEmpty());  // closed when it was kept

    // No users listed: whoever works the office reverses it.
    const auto result = services::PaymentReversalService(t.db(), clock)
                            .reverse(reversal(payment, std::nullopt, ReversalReason::EnteredInError));

    REQUIRE(result.promiseChanges.size() == 1);
    CHECK(result.promiseChanges[0].after == PromiseStatus::Pending);
    const Promise &p = promiseOf(store::PromiseRepository(t.db()).forDebtor(debtor), promise);
    CHECK(p.status == PromiseStatus::Pending);
    const auto open = openFollowUpsOf(t.db(), debtor, promise);
    REQUIRE(open.size() == 2);
    QList<FollowUpKind> kinds{open[0].kind, open[1].kind};
    CHECK(kinds.contains(FollowUpKind::PromiseReminder));
    CHECK(kinds.contains(FollowUpKind::PromiseCheck));
    qsizetype ofThePromise = 0;  // opened again, not added beside the closed ones
    for (const FollowUp &f : store::FollowUpRepository(t.db()).forDebtor(debtor))
        ofThePromise += f.promiseId == promise;
    CHECK(ofThePromise == 2);
    store::MaintenanceRepository check(t.db());
    CHECK(check.agendaCountMismatches().isEmpty());
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->openPromiseId == promise);
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("Only what the reversed payment paid is taken back: a later payment keeps its invoice",
          "[services][payment][reversal]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(500));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(500));
    FixedClock clock(kNow);
    const Id first = pay(t.db(), clock, debtor, test::pesos(700), QDate(2026, 3, 2));   // F-1 and 200 of F-2
    const Id second = pay(t.db(), clock, debtor, test::pesos(400), QDate(2026, 3, 9));  // 300 of F-2, 100 credit
    REQUIRE(store::TotalsRepository(t.db()).forDebtor(debtor)->credit == test::pesos(100));

    const auto result = services::PaymentReversalService(t.db(), clock).reverse(reversal(first, std::nullopt));
    CHECK(result.creditApplied == test::pesos(100));

    // The second payment's credit pays what is owed again: 700 less 100.
    const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
    CHECK(totals->outstanding == test::pesos(600));
    CHECK(totals->credit == Money());
    CHECK(store::PaymentRepository(t.db()).byId(second)->allocations.size() == 2);
    CHECK(store::PaymentRepository(t.db()).byId(second)->unallocated == Money());
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("A reversal is refused, naming why, and nothing is written", "[services][payment][reversal]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    FixedClock clock(kNow);
    const Id payment = pay(t.db(), clock, debtor, test::pesos(300), QDate(2026, 3, 18));
    services::PaymentReversalService service(t.db(), clock);
    const auto fieldOf = [&service](const services::ReversePaymentRequest &r) {
        try {
            service.reverse(r);
        } catch (const services::InputError &e) {
            return e.field();
        }
        return QStringLiteral("(accepted)");
    };

    CHECK(fieldOf(reversal(payment, people.ana)) == QLatin1String("user"));  // an agent
    auto noReason = reversal(payment, people.sue);
    noReason.reason.reset();
    CHECK(fieldOf(noReason) == QLatin1String("reason"));
    CHECK(fieldOf(reversal(payment, people.sue, ReversalReason::Other)) == QLatin1String("note"));
    auto longNote = reversal(payment, people.sue);
    longNote.note = QString(services::PaymentReversalService::kMaxNoteLength + 1, QLatin1Char('x'));
    CHECK(fieldOf(longNote) == QLatin1String("note"));
    CHECK(fieldOf(reversal(payment + 100, people.sue)) == QLatin1String("payment"));
    CHECK(!store::PaymentRepository(t.db()).byId(payment)->reversed());
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == test::pesos(700));

    auto other = reversal(payment, people.sue, ReversalReason::Other);
    other.note = QStringLiteral("  El banco lo devolvió:\nla firma no coincide  ");
    service.reverse(other);
    CHECK(store::PaymentRepository(t.db()).byId(payment)->reversal->note == QStringLiteral("El banco lo devolvió:\nla firma no coincide"));
    CHECK(fieldOf(reversal(payment, people.sue)) == QLatin1String("payment"));  // already reversed

    // The file itself refuses to undo a reversal.
    CHECK_THROWS(store::SqlQuery(t.db(), QStringLiteral("UPDATE payments SET reversed_at = NULL WHERE id = :id"))
                     .bind(QStringLiteral(":id"), payment)
                     .exec());
}

TEST_CASE("A reversed payment is in neither the statement nor the payments export", "[services][payment][reversal]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    FixedClock clock(kNow);
    const Id bounced = pay(t.db(), clock, debtor, test::pesos(700), QDate(2026, 3, 2));
    services::PostPaymentRequest cash;
    cash.debtorId = debtor;
    cash.amount = test::pesos(100);
    cash.paidOn = QDate(2026, 3, 9);
    cash.method = PaymentMethod::Cash;
    services::PaymentService(t.db(), clock).post(cash);
    services::PaymentReversalService(t.db(), clock).reverse(reversal(bounced, std::nullopt));

    QList<Money> exported;
    store::ExportRepository(t.db()).payments(std::nullopt, std::nullopt,
                                             [&](const store::PaymentLine &l) { exported.append(l.amount); });
    CHECK(exported == QList<Money>{test::pesos(100)});

    services::DocumentRequest request;
    request.kind = services::DocumentKind::Statement;
    request.debtorId = debtor;
    request.language = QStringLiteral("en");
    request.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    request.currencySymbol = QStringLiteral("$");
    const auto statement = services::DocumentService(t.db(), clock).compose(request);
    CHECK(statement.html.contains(QStringLiteral("$100.00")));
    CHECK_FALSE(statement.html.contains(QStringLiteral("Cheque 0042")));
    CHECK_FALSE(statement.html.contains(QStringLiteral("$700.00")));
    CHECK(statement.html.contains(QStringLiteral("$900.00")));  // still owed
}

TEST_CASE("A reversal leaves alone a promise it took nothing from, whatever the rules say now",
          "[services][payment][reversal]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    const Id old = test::addPromise(t.db(), debtor, test::pesos(200), QDate(2026, 3, 1), QDate(2026, 2, 20));
    FixedClock clock(kNow);
    pay(t.db(), clock, debtor, test::pesos(200), QDate(2026, 3, 3));  // inside 3 days of grace: kept
    REQUIRE(promiseOf(store::PromiseRepository(t.db()).forDebtor(debtor), old).status == PromiseStatus::Kept);
    // The office gives no grace any more: read today, that payment was late.
    OfficeSettings rules = store::SettingsRepository(t.db()).load();
    rules.graceDays = 0;
    store::SettingsRepository(t.db()).save(rules);
    const Id later = pay(t.db(), clock, debtor, test::pesos(50), QDate(2026, 3, 15));

    const auto result = services::PaymentReversalService(t.db(), clock).reverse(reversal(later, std::nullopt));

    CHECK(result.promiseChanges.isEmpty());
    CHECK(promiseOf(store::PromiseRepository(t.db()).forDebtor(debtor), old).status == PromiseStatus::Kept);
}

TEST_CASE("A settled debtor whose credit pays again what a reversal took back stays settled",
          "[services][payment][reversal]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(300));
    FixedClock clock(kNow);
    const Id bounced = pay(t.db(), clock, debtor, test::pesos(300), QDate(2026, 3, 2));
    pay(t.db(), clock, debtor, test::pesos(200), QDate(2026, 3, 5));  // all credit
    pay(t.db(), clock, debtor, test::pesos(150), QDate(2026, 3, 9));  // all credit
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET status = 'settled' WHERE id = :d"))
        .bind(QStringLiteral(":d"), debtor)
        .exec();
    // What the form says beforehand, by the same rules.
    const auto file = services::DebtorFileReader(t.db()).read(debtor, kNow.date(), kNow);
    REQUIRE(file);
    const auto preview = services::PaymentReversalService::preview(*file, *store::PaymentRepository(t.db()).byId(bounced));
    CHECK(preview.owedAgain == test::pesos(300));
    CHECK(preview.creditPays == test::pesos(300));
    CHECK(preview.creditLost == Money());
    CHECK_FALSE(preview.reactivates);

    const auto result = services::PaymentReversalService(t.db(), clock).reverse(reversal(bounced, std::nullopt));

    // 200 from the older credit, then 100 of the newer; 50 stays on account.
    CHECK(result.creditApplied == test::pesos(300));
    CHECK(result.outstandingAfter == Money());
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->credit == test::pesos(50));
    CHECK_FALSE(result.reactivated);
    CHECK(store::DebtorRepository(t.db()).byId(debtor)->status == DebtorStatus::Settled);
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
    CHECK(store::AuditRepository(t.db()).latest(1).first().details.contains(QStringLiteral("credit_applied=30000")));
}

TEST_CASE("A bounced cheque with no promise behind it gets its agent a call-back for today, a mistake does not",
          "[services][payment][reversal]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = owingDebtorOf(t.db(), people.beto);
    FixedClock clock(kNow);
    const Id cheque = pay(t.db(), clock, debtor, test::pesos(400), QDate(2026, 3, 2));
    const Id typo = pay(t.db(), clock, debtor, test::pesos(40), QDate(2026, 3, 3));
    services::PaymentReversalService service(t.db(), clock);

    CHECK_FALSE(service.reverse(reversal(typo, people.sue, ReversalReason::EnteredInError)).callbackAdded);
    CHECK(store::FollowUpRepository(t.db()).openForDebtor(debtor).isEmpty());

    CHECK(service.reverse(reversal(cheque, people.sue)).callbackAdded);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == FollowUpKind::Callback);
    CHECK(open[0].dueDate == kNow.date());
    CHECK(open[0].assignedTo == people.beto);
    // Said as it was paid, with the symbol the desk gave.
    INFO(open[0].description.toStdString());
    CHECK(open[0].description.startsWith(
        QStringLiteral("The bank returned the payment of %1 by cheque made on").arg(test::pesos(400).format(QLocale(), QStringLiteral("$")))));
    CHECK(store::MaintenanceRepository(t.db()).agendaCountMismatches().isEmpty());
}

TEST_CASE("A bounced cheque that turns a partly kept promise into a broken one gets its agent a call-back",
          "[services][payment][reversal]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = owingDebtorOf(t.db(), people.ana);
    const Id promise = test::addPromise(t.db(), debtor, test::pesos(1000), QDate(2026, 3, 12), QDate(2026, 3, 1));
    FixedClock paidDay(QDateTime(QDate(2026, 3, 11), QTime(17, 0), Qt::UTC));
    const Id cheque = pay(t.db(), paidDay, debtor, test::pesos(400), QDate(2026, 3, 11));
    // Its grace over, the promise is partly kept and its call-back made and done.
    FixedClock later(QDateTime(QDate(2026, 3, 17), QTime(17, 0), Qt::UTC));
    services::RolloverService(t.db(), later).run(later.today());
    REQUIRE(promiseOf(store::PromiseRepository(t.db()).forDebtor(debtor), promise).status ==
            PromiseStatus::PartiallyKept);
    for (const FollowUp &f : store::FollowUpRepository(t.db()).openForDebtor(debtor))
        store::FollowUpRepository(t.db()).complete(f.id, QStringLiteral("Llamé: paga el resto el lunes."),
                                                   later.nowUtc());
    REQUIRE(store::FollowUpRepository(t.db()).openForDebtor(debtor).isEmpty());

    FixedClock clock(kNow);
    const auto result = services::PaymentReversalService(t.db(), clock).reverse(reversal(cheque, people.sue));
    CHECK(promiseOf(store::PromiseRepository(t.db()).forDebtor(debtor), promise).status == PromiseStatus::Broken);
    CHECK(result.callbackAdded);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == FollowUpKind::Callback);
    CHECK(open[0].dueDate == kNow.date());
    CHECK(open[0].assignedTo == people.ana);
    CHECK(store::MaintenanceRepository(t.db()).agendaCountMismatches().isEmpty());
}

TEST_CASE("A reversal takes the money back from the agent and segment it was counted for", "[services][payment][reversal]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const auto assign = [&](Id agent, const char *segment) {
        store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET assigned_agent_id = :a, segment = :s WHERE id = :d"))
            .bind(QStringLiteral(":a"), agent)
            .bind(QStringLiteral(":s"), QString::fromLatin1(segment))
            .bind(QStringLiteral(":d"), debtor)
            .exec();
    };
    assign(people.ana, "Alto");
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    FixedClock clock(kNow);
    const Id cheque = pay(t.db(), clock, debtor, test::pesos(400), QDate(2026, 3, 2));
    assign(people.beto, "Bajo");  // the debtor changes hands before the bank returns it

    services::PaymentReversalService(t.db(), clock).reverse(reversal(cheque, people.sue));

    const store::PanelScope march{QDate(2026, 3, 1), QDate(2026, 3, 31), std::nullopt};
    for (const store::PanelLine &line : store::FiguresRepository(t.db()).byAgent(march)) {
        INFO(line.key.toStdString());
        CHECK(line.figures.recovered == Money());
        CHECK(line.figures.payments == 0);
    }
    for (const store::PanelLine &line : store::FiguresRepository(t.db()).bySegment(march))
        CHECK(line.figures.recovered == Money());
    CHECK(store::MaintenanceRepository(t.db()).dailyFigureMismatches().isEmpty());
}
