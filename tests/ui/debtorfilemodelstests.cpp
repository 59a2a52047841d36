#include "debtorfiletesthelpers.h"
#include "domain/clock.h"
#include "services/debtorfilereader.h"
#include "services/paymentservice.h"
#include "store/database.h"
#include "store/promiserepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtorcontactsmodel.h"
#include "ui/debtorinvoicesmodel.h"
#include "ui/debtorpaymentsmodel.h"
#include "ui/debtortimelinemodel.h"
#include "ui/itemroles.h"

#include <QAbstractItemModelTester>

using namespace libreta;
using namespace libreta::domain;
using ui::DebtorTimelineModel;

namespace {

services::DebtorFile fileWithPayment(store::Database &db, const test::RichDebtor &seeded)
{
    SystemClock clock;
    services::PostPaymentRequest r;
    r.debtorId = seeded.debtorId;
    r.amount = test::pesos(700);
    r.paidOn = clock.today();
    r.reference = QStringLiteral("SPEI 77");
    r.userId = test::addUser(db, QStringLiteral("lupe"), QStringLiteral("Guadalupe Ríos"), UserRole::Admin);
    services::PaymentService(db, clock).post(r);
    return *services::DebtorFileReader(db).read(seeded.debtorId, clock.today(), clock.nowUtc());
}

} // namespace

TEST_CASE("The debtor file's models pass the model tester and say what the file holds", "[ui][debtorfile][models]")
{
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    const services::DebtorFile file = fileWithPayment(t.db(), seeded);
    const ui::MoneyFormatter money(QStringLiteral("MXN"), QLocale::c());
    using Mode = QAbstractItemModelTester::FailureReportingMode;

    ui::DebtorContactsModel contacts;
    QAbstractItemModelTester contactsTester(&contacts, Mode::Fatal);
    contacts.setContacts(file.contacts);
    contacts.setContacts(file.contacts);
    REQUIRE(contacts.rowCount() == 1);
    CHECK(contacts.index(0, ui::DebtorContactsModel::Phones).data().toString().contains(QStringLiteral("55-1234-5678")));

    ui::DebtorInvoicesModel invoices;
    QAbstractItemModelTester invoicesTester(&invoices, Mode::Fatal);
    invoices.setInvoices(file.invoices, file.today, money);
    REQUIRE(invoices.rowCount() == 2);
    // 700 paid oldest first: F-1 (600) is paid, F-2 keeps 500.
    CHECK(invoices.index(0, ui::DebtorInvoicesModel::Outstanding).data(ui::RawValueRole).toLongLong() == 0);
    CHECK(invoices.index(0, ui::DebtorInvoicesModel::DaysPastDue).data().toString().isEmpty());
    CHECK(invoices.index(1, ui::DebtorInvoicesModel::Outstanding).data(ui::RawValueRole).toLongLong() == 50000);
    CHECK(invoices.index(1, ui::DebtorInvoicesModel::DaysPastDue).data().toString() == QStringLiteral("10"));

    ui::DebtorPaymentsModel payments;
    QAbstractItemModelTester paymentsTester(&payments, Mode::Fatal);
    payments.setFile(file, money);
    REQUIRE(payments.rowCount() == 1);
    CHECK(payments.index(0, ui::DebtorPaymentsModel::AppliedTo).data().toString().contains(QStringLiteral("F-1")));
    CHECK(payments.index(0, ui::DebtorPaymentsModel::AppliedTo).data().toString().contains(QStringLiteral("F-2")));
    CHECK(payments.index(0, ui::DebtorPaymentsModel::Promises).data().toString().contains(QStringLiteral("Kept")));
    CHECK(payments.index(0, ui::DebtorPaymentsModel::Reference).data().toString() == QStringLiteral("SPEI 77"));

    ui::DebtorTimelineModel timeline;
    QAbstractItemModelTester timelineTester(&timeline, Mode::Fatal);
    timeline.setFile(file, money);
    const int everything = timeline.rowCount();
    // 3 calls, 3 excuses, 1 promise, 1 payment, 1 note, 1 reminder (closed by the payment).
    CHECK(everything == 10);
    for (int k = 0; k < DebtorTimelineModel::kEntryKinds; ++k) {
        timeline.setKindFilter(DebtorTimelineModel::EntryKind(k));
        CHECK(timeline.rowCount() == timeline.count(DebtorTimelineModel::EntryKind(k)));
        for (int row = 0; row < timeline.rowCount(); ++row)
            CHECK(timeline.index(row, 0).data(ui::KindRole).toInt() == k);
    }
    timeline.setKindFilter(std::nullopt);
    CHECK(timeline.rowCount() == everything);
    // Newest first.
    for (int row = 1; row < timeline.rowCount(); ++row)
        CHECK(timeline.index(row - 1, DebtorTimelineModel::When).data(ui::RawValueRole).toDateTime() >=
              timeline.index(row, DebtorTimelineModel::When).data(ui::RawValueRole).toDateTime());
    timeline.setFile(file, money);
    CHECK(timeline.rowCount() == everything);

    // Who recorded the payment, as every other line says who.
    timeline.setKindFilter(DebtorTimelineModel::EntryKind::Payment);
    REQUIRE(timeline.rowCount() == 1);
    CHECK(timeline.index(0, DebtorTimelineModel::By).data().toString() == QStringLiteral("Guadalupe Ríos"));

    // The reminder the payment closed says how the promise ended in words.
    timeline.setKindFilter(DebtorTimelineModel::EntryKind::FollowUp);
    REQUIRE(timeline.rowCount() == 1);
    CHECK(timeline.index(0, DebtorTimelineModel::Details).data().toString().contains(QStringLiteral("Kept")));
    CHECK_FALSE(timeline.index(0, DebtorTimelineModel::Details).data().toString().contains(QStringLiteral("kept")));
}

TEST_CASE("A promise in the file's history names who got it: the agent of its call", "[ui][debtorfile][models]")
{
    test::TempDb t;
    const domain::FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    const domain::Id lucia = test::addUser(t.db(), QStringLiteral("lhernandez"), QStringLiteral("Lucía Hernández"),
                                           domain::UserRole::Agent);
    const domain::Id debtor = test::addDebtor(t.db(), QStringLiteral("P-1"));
    const domain::Id call = test::addCall(t.db(), debtor, lucia, clock.nowUtc().addDays(-1));
    domain::Promise p;
    p.debtorId = debtor;
    p.callId = call;
    p.amount = test::pesos(800);
    p.dueDate = clock.today().addDays(5);
    p.madeOn = clock.today().addDays(-1);
    p.method = domain::PaymentMethod::Cash;
    const domain::Id promise = store::PromiseRepository(t.db()).add(p);
    const auto file = services::DebtorFileReader(t.db()).read(debtor, clock.today(), clock.nowUtc());
    REQUIRE(file);
    ui::DebtorTimelineModel timeline;
    timeline.setFile(*file, ui::MoneyFormatter());
    int row = -1;
    for (int r = 0; r < timeline.rowCount(); ++r)
        if (timeline.index(r, 0).data(ui::IdRole).toLongLong() == promise
            && timeline.index(r, ui::DebtorTimelineModel::What).data().toString().startsWith(QStringLiteral("Promised")))
            row = r;
    REQUIRE(row >= 0);
    CHECK(timeline.index(row, ui::DebtorTimelineModel::By).data().toString() == QStringLiteral("Lucía Hernández"));
}

TEST_CASE("A payment entered after a call of its day reads above that call, most recent first", "[ui][debtorfile][models]")
{
    test::TempDb t;
    const domain::Id lucia = test::addUser(t.db(), QStringLiteral("lhernandez"), QStringLiteral("Lucía Hernández"),
                                           domain::UserRole::Agent);
    const domain::Id debtor = test::addDebtor(t.db(), QStringLiteral("P-2"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 2, 1), test::pesos(900));
    // A call at ten on the desk's clock, the payment entered at three that day.
    const QDate today(2026, 3, 10);
    const domain::Id call = test::addCall(t.db(), debtor, lucia, QDateTime(today, QTime(10, 0)).toUTC());
    const domain::FixedClock clock(QDateTime(today, QTime(15, 0)).toUTC());
    services::PostPaymentRequest paid;
    paid.debtorId = debtor;
    paid.amount = test::pesos(300);
    paid.paidOn = today;
    const domain::Id payment = services::PaymentService(t.db(), clock).post(paid).paymentId;
    const auto file = services::DebtorFileReader(t.db()).read(debtor, clock.today(), clock.nowUtc());
    REQUIRE(file);
    ui::DebtorTimelineModel timeline;
    timeline.setFile(*file, ui::MoneyFormatter());
    int paymentRow = -1, callRow = -1;
    for (int r = 0; r < timeline.rowCount(); ++r) {
        const qint64 id = timeline.index(r, 0).data(ui::IdRole).toLongLong();
        const QString kind = timeline.index(r, ui::DebtorTimelineModel::Kind).data().toString();
        if (id == payment && kind == QStringLiteral("Payment"))
            paymentRow = r;
        if (id == call && kind == QStringLiteral("Call"))
            callRow = r;
    }
    REQUIRE(paymentRow >= 0);
    REQUIRE(callRow >= 0);
    CHECK(paymentRow < callRow);
}
