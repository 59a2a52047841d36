// Writing down what a debtor owes without money coming in (schema 19): a
// supervisor's adjustment, and the discount Libreta takes off once a call's
// agreement is paid.

#include "domain/clock.h"
#include "services/balanceadjustmentservice.h"
#include "services/callservice.h"
#include "services/debtorfilereader.h"
#include "services/discountapprovalservice.h"
#include "services/documentservice.h"
#include "services/exportservice.h"
#include "services/paymentpreviewer.h"
#include "services/paymentreversalservice.h"
#include "services/paymentservice.h"
#include "servicetesthelpers.h"
#include "store/adjustmentrepository.h"
#include "store/debtorrepository.h"
#include "store/exportrepository.h"
#include "store/figuresrepository.h"
#include "store/followuprepository.h"
#include "store/invoicerepository.h"
#include "store/maintenancerepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <QBuffer>

using namespace libreta;
using namespace libreta::domain;

namespace {

// 11:00 in Mexico City: the call; the payments come later in March.
const QDateTime kCall(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

struct Office {
    test::TempDb t;
    FixedClock clock{kCall};
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Abarrotes Núñez"));
    Id f1 = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(600));
    Id f2 = test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(400));

    // A right-party call that promises `agreed` by the 20th, `percent` off
    // `balance` (the 1,000.00 owed).
    services::CommitCallResult discountCall(Money agreed, int percent, Money balance = test::pesos(1000))
    {
        clock.set(kCall);
        services::CallDraft d;
        d.call.debtorId = debtor;
        d.call.agentId = people.ana;
        d.call.startedAt = kCall;
        d.call.endedAt = kCall.addSecs(300);
        d.call.answeredBy = AnsweredBy::Debtor;
        d.call.outcome = CallOutcome::Callback;
        d.call.excuseCategory = ExcuseCategory::NoFunds;
        d.call.excuseKind = ExcuseKind::Excuse;
        d.call.commitmentConfirmed = true;
        Promise p;
        p.amount = agreed;
        p.dueDate = QDate(2026, 3, 20);
        p.method = PaymentMethod::Transfer;
        d.promise = p;
        d.discount = services::DiscountTerms{balance, agreed, percent};
        return services::CallService(t.db(), clock).commit(d);
    }
    services::PostPaymentResult pay(Money amount, const QDate &on, const QTime &atUtc = QTime(18, 0))
    {
        clock.set(QDateTime(on, atUtc, Qt::UTC));
        services::PostPaymentRequest r;
        r.debtorId = debtor;
        r.amount = amount;
        r.paidOn = on;
        r.method = PaymentMethod::Check;
        return services::PaymentService(t.db(), clock).post(r);
    }
    Money outstanding() { return store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding; }
    // The supervisor reverses the payment as a bounced cheque, after the
    // reversal form's forecast of it.
    services::ReversePaymentResult bounce(Id paymentId, services::ReversalPreview *preview = nullptr)
    {
        if (preview)
            *preview = services::PaymentReversalService::preview(file(), *store::PaymentRepository(t.db()).byId(paymentId));
        services::ReversePaymentRequest reverse;
        reverse.paymentId = paymentId;
        reverse.reason = ReversalReason::Bounced;
        reverse.userId = people.sue;
        return services::PaymentReversalService(t.db(), clock).reverse(reverse);
    }
    QList<Adjustment> adjustments() { return store::AdjustmentRepository(t.db()).forDebtor(debtor); }
    services::AdjustBalanceRequest request(std::optional<AdjustmentKind> kind, Money amount)
    {
        services::AdjustBalanceRequest r;
        r.debtorId = debtor;
        r.kind = kind;
        r.amount = amount;
        r.note = QStringLiteral("La empresa cerró; no hay bienes que embargar.");
        r.userId = people.sue;
        return r;
    }
    services::DebtorFile file()
    {
        return *services::DebtorFileReader(t.db()).read(debtor, clock.today(), clock.nowUtc());
    }
    services::Document compose(services::DocumentKind kind)
    {
        services::DocumentRequest r;
        r.kind = kind;
        r.debtorId = debtor;
        return services::DocumentService(t.db(), clock).compose(r);
    }
    // The adjustments export from `from` on, line by line.
    QStringList adjustmentsCsv(const QDate &from)
    {
        services::ExportRequest request;
        request.kind = services::ExportKind::Adjustments;
        request.from = from;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        services::ExportService(t.db(), clock).write(request, buffer);
        return QString::fromUtf8(buffer.data()).remove(QChar(0xfeff)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
    // What `check` compares: every total as recomputed, no invoice covered twice.
    void checkConsistent()
    {
        CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
        CHECK(store::MaintenanceRepository(t.db()).overAllocations().isEmpty());
        CHECK(store::MaintenanceRepository(t.db()).dailyFigureMismatches().isEmpty());
    }
    // What the Panel counts as taken off in March, for everyone.
    Money panelTakenOff()
    {
        return store::FiguresRepository(t.db()).totals({QDate(2026, 3, 1), QDate(2026, 3, 31), std::nullopt}).adjusted;
    }
};

} // namespace

TEST_CASE("A discount agreed in a call is taken off once the debtor pays as agreed, and withdrawn if the payment bounces",
          "[services][adjustment][discount]")
{
    Office o;
    const auto call = o.discountCall(test::pesos(900), 10);
    REQUIRE_FALSE(call.discountNeedsApproval);

    // Part of it: the promise waits, nothing is taken off.
    o.pay(test::pesos(500), QDate(2026, 3, 12));
    CHECK(o.adjustments().isEmpty());
    CHECK(o.outstanding() == test::pesos(500));
    // Invoiced after the call: not part of the agreement, owed in full.
    const Id later = test::addInvoice(o.t.db(), o.debtor, QStringLiteral("F-4"), QDate(2026, 4, 14), test::pesos(50));

    // The rest, on time: the payment form forecasts it, and then the promise
    // is kept and the 10% is not owed.
    o.clock.set(QDateTime(QDate(2026, 3, 18), QTime(17, 0), Qt::UTC));
    services::PostPaymentRequest rest;
    rest.debtorId = o.debtor;
    rest.amount = test::pesos(400);
    rest.paidOn = QDate(2026, 3, 18);
    const auto forecast = services::PaymentPreviewer(o.t.db(), o.clock).preview(rest);
    CHECK(forecast.discountGranted == test::pesos(100));
    CHECK(forecast.outstandingAfter == test::pesos(50));
    const auto last = o.pay(test::pesos(400), QDate(2026, 3, 18));
    REQUIRE(last.discountsGranted.size() == 1);
    CHECK(o.outstanding() == test::pesos(50));
    CHECK(o.panelTakenOff() == test::pesos(100));
    CHECK(store::InvoiceRepository(o.t.db()).byId(later)->outstanding == test::pesos(50));
    const auto granted = o.adjustments();
    REQUIRE(granted.size() == 1);
    CHECK(granted[0].kind == AdjustmentKind::Discount);
    CHECK(granted[0].amount == test::pesos(100));
    CHECK(granted[0].callId == call.callId);
    CHECK_FALSE(granted[0].createdBy.has_value());  // Libreta's
    CHECK(granted[0].note.isEmpty());  // the file words it from the call's discount
    REQUIRE(granted[0].lines.size() == 1);
    CHECK(granted[0].lines[0].invoiceId == o.f2);  // what the payments left: the newer invoice's last 100
    const auto f2 = store::InvoiceRepository(o.t.db()).byId(o.f2);
    CHECK(f2->adjusted == test::pesos(100));
    CHECK(f2->outstanding == Money());
    const auto audit = store::AuditRepository(o.t.db()).latest(2);
    CHECK(audit[0].action == QStringLiteral("payment.post"));
    CHECK(audit[1].action == QStringLiteral("balance.discount"));
    CHECK_FALSE(audit[1].userId.has_value());
    o.checkConsistent();

    // The statement lists it apart from payments.
    const auto statement = o.compose(services::DocumentKind::Statement);
    CHECK(statement.html.contains(QStringLiteral("Descuento por acuerdo de pago")));
    CHECK(statement.html.contains(QStringLiteral("Liquidada")));

    // Posting again grants nothing twice; the debtor settled by agreement
    // gets the paid-in-full letter, which says what was forgiven.
    rest.amount = test::pesos(50);
    CHECK(services::PaymentPreviewer(o.t.db(), o.clock).preview(rest).discountGranted == Money());
    CHECK(o.pay(test::pesos(50), QDate(2026, 3, 19)).discountsGranted.isEmpty());
    CHECK(o.adjustments().size() == 1);
    CHECK(o.outstanding() == Money());
    CHECK(o.compose(services::DocumentKind::PaidInFull).html.contains(QStringLiteral("en descuentos y notas de crédito")));

    // The 400 cheque bounces: the agreement is not met, the discount goes.
    o.clock.set(QDateTime(QDate(2026, 3, 25), QTime(17, 0), Qt::UTC));
    services::ReversalPreview preview;
    const auto undone = o.bounce(last.paymentId, &preview);
    CHECK(preview.discountsAtStake == test::pesos(100));
    REQUIRE(undone.discountsWithdrawn.size() == 1);
    const auto after = o.adjustments();
    REQUIRE(after.size() == 1);
    CHECK(after[0].withdrawn());
    CHECK(after[0].lines.isEmpty());
    // 1,050 less the 500 and the 50 that stand; the Panel takes it back.
    CHECK(o.outstanding() == test::pesos(500));
    CHECK(o.panelTakenOff() == Money());
    CHECK(test::auditActions(o.t.db(), 3).contains(QStringLiteral("balance.discount_withdraw")));
    CHECK(store::AuditRepository(o.t.db()).latest(1)[0].details.contains(QStringLiteral("discounts_withdrawn=1")));
    o.checkConsistent();
    // The books get it back: as it came off, then withdrawn.
    CHECK(o.adjustmentsCsv(kCall.date()) ==
          QStringList{QStringLiteral("at,debtor_ref,name,kind,invoice_number,amount,by,note"),
                      QStringLiteral("2026-03-18T18:00:00Z,D-1,Abarrotes Núñez,discount,,100.00,,"),
                      QStringLiteral("2026-03-25T17:00:00Z,D-1,Abarrotes Núñez,discount,,-100.00,,withdrawn")});
}

TEST_CASE("A discount above the limit is taken off once a supervisor approves it, never when refused",
          "[services][adjustment][discount]")
{
    Office o;
    const auto call = o.discountCall(test::pesos(750), 25);
    REQUIRE(call.discountNeedsApproval);
    o.pay(test::pesos(750), QDate(2026, 3, 15));
    CHECK(o.adjustments().isEmpty());
    CHECK(o.outstanding() == test::pesos(250));

    SECTION("approved: the debtor had paid as agreed, so it comes off at once")
    {
        services::DiscountApprovalService(o.t.db(), o.clock).approve(call.callId, QString(), o.people.sue);
        REQUIRE(o.adjustments().size() == 1);
        CHECK(o.adjustments()[0].amount == test::pesos(250));
        CHECK(o.outstanding() == Money());
        o.checkConsistent();
    }
    SECTION("refused: what was agreed is not enough, the rest stays owed")
    {
        services::DiscountApprovalService(o.t.db(), o.clock)
            .refuse(call.callId, QStringLiteral("Fuera de política."), o.people.sue);
        o.pay(test::pesos(10), QDate(2026, 3, 16));
        CHECK(o.adjustments().isEmpty());
        CHECK(o.outstanding() == test::pesos(240));
    }
}

TEST_CASE("A call that promised nothing earns its discount with the payments since its day, and one agreed "
          "before schema 19 is left to the office",
          "[services][adjustment][discount]")
{
    Office o;
    // 8% off 10,000.00, inside the limit; the fixture's call makes no promise.
    test::addInvoice(o.t.db(), o.debtor, QStringLiteral("F-3"), QDate(2026, 2, 20), test::pesos(9000));
    const Id call = test::addDiscountCall(o.t.db(), o.debtor, o.people.ana, kCall, 8);

    SECTION("paid since the call: taken off")
    {
        o.pay(test::pesos(9000), QDate(2026, 3, 11));
        CHECK(o.outstanding() == test::pesos(1000));
        o.pay(test::pesos(200), QDate(2026, 3, 12));
        REQUIRE(o.adjustments().size() == 1);
        CHECK(o.adjustments()[0].callId == call);
        CHECK(o.adjustments()[0].amount == test::pesos(800));
        CHECK(o.outstanding() == Money());
        o.checkConsistent();
    }
    SECTION("agreed before this version: Libreta does not take it off by itself")
    {
        store::SqlQuery(o.t.db(), QStringLiteral("UPDATE call_discounts SET granted_when_paid = 0")).exec();
        o.pay(test::pesos(9200), QDate(2026, 3, 12));
        CHECK(o.adjustments().isEmpty());
        CHECK(o.outstanding() == test::pesos(800));
    }
}

TEST_CASE("A supervisor writes off what cannot be collected: nothing is owed, promises are cancelled, the file closes",
          "[services][adjustment]")
{
    Office o;
    const Id promise = test::addPromise(o.t.db(), o.debtor, test::pesos(300), QDate(2026, 3, 20), QDate(2026, 3, 1));
    FollowUp check;
    check.debtorId = o.debtor;
    check.promiseId = promise;
    check.kind = FollowUpKind::PromiseCheck;
    check.dueDate = QDate(2026, 3, 23);
    store::FollowUpRepository(o.t.db()).add(check);
    FollowUp callback;
    callback.debtorId = o.debtor;
    callback.kind = FollowUpKind::Callback;
    callback.dueDate = QDate(2026, 3, 12);
    callback.assignedTo = o.people.ana;
    store::FollowUpRepository(o.t.db()).add(callback);

    const auto request = o.request(AdjustmentKind::WriteOff, test::pesos(1000));
    const auto preview = services::BalanceAdjustmentService::preview(o.file(), request.kind, request.amount, std::nullopt);
    const auto result = services::BalanceAdjustmentService(o.t.db(), o.clock).adjust(request);

    // The form's forecast is what happened.
    CHECK(preview.lines.size() == result.lines.size());
    CHECK(preview.outstandingAfter == result.outstandingAfter);
    CHECK(preview.promisesCancelled == result.promisesCancelled);
    CHECK(preview.closes == result.closed);
    CHECK(preview.followUpsCancelled == result.followUpsCancelled);
    CHECK(result.followUpsCancelled == 1);  // the call-back; the check went with its promise

    CHECK(result.outstandingAfter == Money());
    CHECK(o.panelTakenOff() == test::pesos(1000));  // not money recovered
    CHECK(store::FiguresRepository(o.t.db()).totals({QDate(2026, 3, 1), QDate(2026, 3, 31), std::nullopt}).recovered ==
          Money());
    REQUIRE(result.lines.size() == 2);
    CHECK(result.lines[0].invoiceId == o.f1);
    CHECK(result.lines[0].amount == test::pesos(600));
    CHECK(result.lines[1].amount == test::pesos(400));
    CHECK(result.promisesCancelled == 1);
    CHECK(result.closed);
    CHECK(store::DebtorRepository(o.t.db()).byId(o.debtor)->status == DebtorStatus::Closed);
    CHECK(store::PromiseRepository(o.t.db()).byId(promise)->status == PromiseStatus::Cancelled);
    CHECK(store::FollowUpRepository(o.t.db()).openForDebtor(o.debtor).isEmpty());
    const auto stored = o.adjustments();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].createdBy == o.people.sue);
    CHECK(stored[0].note == QStringLiteral("La empresa cerró; no hay bienes que embargar."));
    const auto audit = store::AuditRepository(o.t.db()).latest(1)[0];
    CHECK(audit.action == QStringLiteral("balance.adjust"));
    CHECK(audit.details ==
          QStringLiteral("debtor=%1 kind=write_off invoices=2 promises_cancelled=1 status=closed followups_cancelled=1")
              .arg(o.debtor));
    // Not paid: no paid-in-full letter says it was.
    CHECK(test::refusedField([&] { o.compose(services::DocumentKind::PaidInFull); }) == QStringLiteral("balance"));
    const auto statement = o.compose(services::DocumentKind::Statement);
    CHECK(statement.html.contains(QStringLiteral("Saldo cancelado")));
    CHECK_FALSE(statement.html.contains(QStringLiteral("embargar")));  // the office's note stays in the office
    // The accounts get it invoice by invoice, with who and why; a day
    // before it, nothing.
    CHECK(o.adjustmentsCsv(kCall.date()) ==
          QStringList{QStringLiteral("at,debtor_ref,name,kind,invoice_number,amount,by,note"),
                      QStringLiteral("2026-03-10T17:00:00Z,D-1,Abarrotes Núñez,write_off,F-1,600.00,sue,"
                                     "La empresa cerró; no hay bienes que embargar."),
                      QStringLiteral("2026-03-10T17:00:00Z,D-1,Abarrotes Núñez,write_off,F-2,400.00,sue,"
                                     "La empresa cerró; no hay bienes que embargar.")});
    CHECK(o.adjustmentsCsv(kCall.date().addDays(1)).size() == 1);  // the header
    // Every balance derived from invoices says the same.
    QList<Money> exported;
    store::ExportRepository(o.t.db()).invoices([&](const store::InvoiceLine &l) { exported << l.outstanding; });
    CHECK(exported == QList<Money>{Money(), Money()});
    const auto totals = store::TotalsRepository(o.t.db()).forDebtor(o.debtor);
    CHECK(totals->openInvoices == 0);
    CHECK_FALSE(totals->oldestDueDate.has_value());
    o.checkConsistent();
}

TEST_CASE("A correction comes off the chosen invoice only and leaves the promises alone", "[services][adjustment]")
{
    Office o;
    const Id promise = test::addPromise(o.t.db(), o.debtor, test::pesos(300), QDate(2026, 3, 20), QDate(2026, 3, 1));
    auto request = o.request(AdjustmentKind::Correction, test::pesos(150));
    request.invoiceId = o.f2;
    request.note = QStringLiteral("La factura cobraba un flete que no se entregó.");
    const auto result = services::BalanceAdjustmentService(o.t.db(), o.clock).adjust(request);
    REQUIRE(result.lines.size() == 1);
    CHECK(result.lines[0].invoiceId == o.f2);
    CHECK(result.outstandingAfter == test::pesos(850));
    CHECK(result.promisesCancelled == 0);
    CHECK_FALSE(result.closed);
    store::InvoiceRepository invoices(o.t.db());
    CHECK(invoices.byId(o.f1)->outstanding == test::pesos(600));
    CHECK(invoices.byId(o.f2)->outstanding == test::pesos(250));
    CHECK(store::PromiseRepository(o.t.db()).byId(promise)->status == PromiseStatus::Pending);
    CHECK(store::DebtorRepository(o.t.db()).byId(o.debtor)->status == DebtorStatus::Active);
    // A payment then goes to what is still owed.
    o.pay(test::pesos(850), QDate(2026, 3, 12));
    CHECK(o.outstanding() == Money());
    o.checkConsistent();
    // `check` finds an adjustment whose lines no longer add up to it.
    store::SqlQuery(o.t.db(), QStringLiteral("UPDATE adjustments SET amount = amount + 1")).exec();
    CHECK(store::MaintenanceRepository(o.t.db()).overAllocations() == QStringList{QStringLiteral("adjustment 1")});
}

TEST_CASE("An adjustment refused names its field and stores nothing", "[services][adjustment]")
{
    Office o;
    const Id other = test::addDebtor(o.t.db(), QStringLiteral("D-2"));
    const Id othersInvoice = test::addInvoice(o.t.db(), other, QStringLiteral("G-1"), QDate(2026, 1, 5), test::pesos(50));
    services::BalanceAdjustmentService service(o.t.db(), o.clock);
    const auto field = [&](services::AdjustBalanceRequest r) {
        return test::refusedField([&] { service.adjust(r); });
    };
    CHECK(field(o.request(std::nullopt, test::pesos(10))) == QStringLiteral("kind"));
    CHECK(field(o.request(AdjustmentKind::Correction, Money())) == QStringLiteral("amount"));
    auto tooMuch = o.request(AdjustmentKind::WriteOff, test::pesos(1000, 1));
    CHECK(field(tooMuch) == QStringLiteral("amount"));
    const QString said = test::refusedMessage([&] { service.adjust(tooMuch); });
    CHECK((said.contains(QStringLiteral("1,000.00")) || said.contains(QStringLiteral("1000.00"))));
    auto onInvoice = o.request(AdjustmentKind::Correction, test::pesos(401));
    onInvoice.invoiceId = o.f2;
    CHECK(field(onInvoice) == QStringLiteral("amount"));
    auto elsewhere = o.request(AdjustmentKind::Correction, test::pesos(10));
    elsewhere.invoiceId = othersInvoice;
    CHECK(field(elsewhere) == QStringLiteral("invoice"));
    auto silent = o.request(AdjustmentKind::Discount, test::pesos(10));
    silent.note = QStringLiteral("   ");
    CHECK(field(silent) == QStringLiteral("note"));
    auto agent = o.request(AdjustmentKind::Discount, test::pesos(10));
    agent.userId = o.people.ana;
    CHECK(field(agent) == QStringLiteral("user"));

    CHECK(o.adjustments().isEmpty());
    CHECK(o.outstanding() == test::pesos(1000));
    CHECK_FALSE(test::auditActions(o.t.db()).contains(QStringLiteral("balance.adjust")));
}

TEST_CASE("A discount whose date moved in a later call still comes off once the new date is kept",
          "[services][adjustment][discount]")
{
    Office o;
    const auto first = o.discountCall(test::pesos(900), 10);
    REQUIRE(first.promiseIds.size() == 1);
    // Two days later the debtor asks for ten more days: the same amount, a
    // new date, replacing the first promise.
    const QDateTime later = kCall.addDays(2);
    o.clock.set(later);
    services::CallDraft d;
    d.call.debtorId = o.debtor;
    d.call.agentId = o.people.ana;
    d.call.startedAt = later;
    d.call.endedAt = later.addSecs(240);
    d.call.answeredBy = AnsweredBy::Debtor;
    d.call.outcome = CallOutcome::Callback;
    d.call.excuseCategory = ExcuseCategory::NoFunds;
    d.call.excuseKind = ExcuseKind::Excuse;
    d.call.commitmentConfirmed = true;
    Promise p;
    p.amount = test::pesos(900);
    p.dueDate = QDate(2026, 3, 30);
    p.method = PaymentMethod::Transfer;
    d.promise = p;
    d.replacesPromiseIds = first.promiseIds;
    services::CallService(o.t.db(), o.clock).commit(d);
    REQUIRE(store::PromiseRepository(o.t.db()).byId(first.promiseIds[0])->status == PromiseStatus::Cancelled);

    const auto paid = o.pay(test::pesos(900), QDate(2026, 3, 28));
    REQUIRE(paid.discountsGranted.size() == 1);
    CHECK(paid.discountsGranted[0].callId == first.callId);
    CHECK(o.outstanding() == Money());
    o.checkConsistent();
}

TEST_CASE("A payment made before the call on its day is not part of what the call agreed",
          "[services][adjustment][discount]")
{
    Office o;
    // 09:00 in Mexico City, before the 11:00 call: 300 paid, 700 owed.
    o.pay(test::pesos(300), kCall.date(), QTime(15, 0));
    o.discountCall(test::pesos(630), 10, test::pesos(700));
    // The promise is kept by what came in since it was made (the morning's
    // 300 counts for it), but the agreement is not paid yet.
    o.pay(test::pesos(330), QDate(2026, 3, 15));
    CHECK(o.adjustments().isEmpty());
    CHECK(o.outstanding() == test::pesos(370));
    // The rest of the 630 agreed: the 70 comes off.
    const auto last = o.pay(test::pesos(300), QDate(2026, 3, 16));
    REQUIRE(last.discountsGranted.size() == 1);
    CHECK(last.discountsGranted[0].amount == test::pesos(70));
    CHECK(o.outstanding() == Money());
    o.checkConsistent();
}

TEST_CASE("Settled by agreement, a debtor's other pending promise has nothing left to pay", "[services][adjustment][discount]")
{
    Office o;
    o.discountCall(test::pesos(900), 10);
    const Id other = test::addPromise(o.t.db(), o.debtor, test::pesos(50), QDate(2026, 3, 25), QDate(2026, 3, 11));
    const auto paid = o.pay(test::pesos(900), QDate(2026, 3, 18));
    REQUIRE(paid.discountsGranted.size() == 1);
    CHECK(o.outstanding() == Money());
    CHECK(store::PromiseRepository(o.t.db()).byId(other)->status == PromiseStatus::Cancelled);
    CHECK(store::AuditRepository(o.t.db()).latest(2)[1].details.endsWith(QStringLiteral("promises_cancelled=1")));
    o.checkConsistent();
}

TEST_CASE("A bounced cheque on a written-off file opens it again: it owes again", "[services][adjustment][reversal]")
{
    Office o;
    const auto cheque = o.pay(test::pesos(600), QDate(2026, 3, 11));
    o.clock.set(QDateTime(QDate(2026, 3, 12), QTime(18, 0), Qt::UTC));
    const auto writeOff = services::BalanceAdjustmentService(o.t.db(), o.clock)
                              .adjust(o.request(AdjustmentKind::WriteOff, test::pesos(400)));
    REQUIRE(writeOff.closed);

    o.clock.set(QDateTime(QDate(2026, 3, 14), QTime(18, 0), Qt::UTC));
    services::ReversalPreview preview;
    const auto undone = o.bounce(cheque.paymentId, &preview);
    CHECK(preview.reactivates);
    CHECK(undone.reactivated);
    CHECK(undone.outstandingAfter == test::pesos(600));
    CHECK(store::DebtorRepository(o.t.db()).byId(o.debtor)->status == DebtorStatus::Active);
    o.checkConsistent();
}

TEST_CASE("A bounced cheque on a file closed by hand after a partial write-off leaves it closed",
          "[services][adjustment][reversal]")
{
    Office o;
    const auto cheque = o.pay(test::pesos(600), QDate(2026, 3, 11));
    o.clock.set(QDateTime(QDate(2026, 3, 12), QTime(18, 0), Qt::UTC));
    // 100.00 of the 400.00 left written off: 300.00 still owed, still active.
    const auto writeOff = services::BalanceAdjustmentService(o.t.db(), o.clock)
                              .adjust(o.request(AdjustmentKind::WriteOff, test::pesos(100)));
    REQUIRE_FALSE(writeOff.closed);
    Debtor d = *store::DebtorRepository(o.t.db()).byId(o.debtor);
    d.status = DebtorStatus::Closed;  // handed to the creditor's lawyers, say
    store::DebtorRepository(o.t.db()).update(d);

    o.clock.set(QDateTime(QDate(2026, 3, 14), QTime(18, 0), Qt::UTC));
    services::ReversalPreview preview;
    const auto undone = o.bounce(cheque.paymentId, &preview);
    CHECK_FALSE(preview.reactivates);
    CHECK_FALSE(undone.reactivated);
    CHECK(undone.outstandingAfter == test::pesos(900));
    CHECK(store::DebtorRepository(o.t.db()).byId(o.debtor)->status == DebtorStatus::Closed);
    o.checkConsistent();
}
