// A debtor who says the account is already paid is sent a statement to
// prove it; when the payment then turns up and is recorded, that statement
// has nothing left to prove and is closed with it.

#include "domain/clock.h"
#include "domain/shortdate.h"
#include "services/callservice.h"
#include "services/debtorfilereader.h"
#include "services/paymentservice.h"
#include "servicetesthelpers.h"
#include "store/followuprepository.h"
#include "store/paymentrepository.h"
#include "support/argumentcall.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <QLocale>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

// The debtor said, as an argument, that it was paid: the call ends with the
// statement to send.
Id claimPaid(store::Database &db, const Clock &clock, Id debtor, ExcuseCategory category)
{
    return services::CallService(db, clock).commit(test::argumentCall(debtor, kNow.addSecs(-200), category)).callId;
}

services::PostPaymentRequest payment(Id debtor)
{
    services::PostPaymentRequest r;
    r.debtorId = debtor;
    r.amount = test::pesos(400);
    r.paidOn = QDate(2026, 3, 2);
    r.method = PaymentMethod::Deposit;
    r.currencySymbol = QStringLiteral("$");
    return r;
}

} // namespace

TEST_CASE("A payment the debtor claimed closes the statement sent to prove it, in the same save",
          "[services][payment][followup]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    const Id call = claimPaid(t.db(), clock, debtor, ExcuseCategory::SaysAlreadyPaid);

    const auto file = services::DebtorFileReader(t.db()).read(debtor, clock.today(), clock.nowUtc());
    REQUIRE(file);
    const QList<FollowUp> claims = file->openPaymentClaims();
    REQUIRE(claims.size() == 1);
    CHECK(claims.first().callId == call);

    services::PostPaymentRequest r = payment(debtor);
    r.answersClaims = {claims.first().id};
    services::PaymentService(t.db(), clock).post(r);
    const auto closed = store::FollowUpRepository(t.db()).byId(claims.first().id);
    REQUIRE(closed);
    CHECK(closed->status == FollowUpStatus::Done);
    // The amount and the day as the desk writes them.
    CHECK(closed->result
          == QStringLiteral("The payment appeared: %1 paid on %2, recorded.")
                 .arg(test::pesos(400).format(QLocale(), QStringLiteral("$")), shortDate(QDate(2026, 3, 2))));
    CHECK(store::FollowUpRepository(t.db()).openForDebtor(debtor).isEmpty());
    const auto after = services::DebtorFileReader(t.db()).read(debtor, clock.today(), clock.nowUtc());
    CHECK(after->openPaymentClaims().isEmpty());

    // Named again once closed, the claim refuses the second payment whole:
    // nothing of it is stored.
    const int payments = store::PaymentRepository(t.db()).forDebtor(debtor).size();
    CHECK(test::refusedField([&] { services::PaymentService(t.db(), clock).post(r); }) == QStringLiteral("claims"));
    CHECK(store::PaymentRepository(t.db()).forDebtor(debtor).size() == payments);
}

TEST_CASE("Only a statement about a claimed payment is offered to close, and only when asked",
          "[services][payment][followup]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    // A disputed amount is answered with a statement too, but a payment
    // does not settle the dispute.
    claimPaid(t.db(), clock, debtor, ExcuseCategory::AmountDisputed);
    const auto file = services::DebtorFileReader(t.db()).read(debtor, clock.today(), clock.nowUtc());
    CHECK(file->openPaymentClaims().isEmpty());

    const Id other = test::addDebtor(t.db(), QStringLiteral("R-2"));
    test::addInvoice(t.db(), other, QStringLiteral("F-2"), QDate(2026, 1, 10), test::pesos(1000));
    claimPaid(t.db(), clock, other, ExcuseCategory::SaysAlreadyPaid);
    const auto otherFile = services::DebtorFileReader(t.db()).read(other, clock.today(), clock.nowUtc());
    REQUIRE(otherFile->openPaymentClaims().size() == 1);
    // Not named: the statement stays to send.
    services::PaymentService(t.db(), clock).post(payment(other));
    CHECK(store::FollowUpRepository(t.db()).openForDebtor(other).size() == 1);
    // Another debtor's claim is refused.
    services::PostPaymentRequest wrong = payment(debtor);
    wrong.answersClaims = {otherFile->openPaymentClaims().first().id};
    CHECK(test::refusedField([&] { services::PaymentService(t.db(), clock).post(wrong); }) == QStringLiteral("claims"));
}
