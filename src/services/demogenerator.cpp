#include "services/demogenerator.h"

#include "services/useofficecurrency.h"

#include "domain/allocation.h"
#include "domain/followupplanner.h"
#include "domain/labels.h"
#include "domain/promiseevaluation.h"
#include "domain/textfold.h"
#include "services/demobuilder.h"
#include "services/demomarket.h"
#include "services/demonames.h"
#include "services/demowriter.h"
#include "services/discountsettlement.h"
#include "services/useofficecurrency.h"
#include "services/scriptlibrary.h"
#include "store/bulkload.h"
#include "store/bulkrepository.h"
#include "store/calldiscountrepository.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/demoactivity.h"
#include "store/scriptrepository.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "store/targetrepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <future>
#include <initializer_list>
#include <random>
#include <vector>

namespace libreta::services {

using namespace domain;
using demo::Context;
using demo::DebtorPlan;
using demo::Market;
using demo::ZoneOffsets;

namespace {

// How often progress is reported, in debtors.
constexpr qint64 kBatch = 5000;
// Debtors planned at a time by the builder thread (kBatch is a multiple).
constexpr qint64 kChunk = 1000;
// The days of work the demo's activity log holds.
constexpr int kActivityDays = 30;

struct DemoUser {
    const char *login;
    const char *name;
    UserRole role;
};

constexpr DemoUser kUsers[] = {
    {"aruiz", "Alejandra Ruiz Cárdenas", UserRole::Admin},
    {"fibarra", "Fernando Ibarra Ochoa", UserRole::Supervisor},
    {"mtellez", "Mónica Téllez Garza", UserRole::Supervisor},
    {"mgarcia", "Miguel García Solís", UserRole::Agent},
    {"lhernandez", "Lucía Hernández Paz", UserRole::Agent},
    {"jramirez", "Jorge Ramírez Peña", UserRole::Agent},
    {"dortiz", "Daniela Ortiz Álvarez", UserRole::Agent},
    {"rmedina", "Raúl Medina Torres", UserRole::Agent},
    {"scastaneda", "Sofía Castañeda León", UserRole::Agent},
    {"anavarro", "Andrés Navarro Quiroga", UserRole::Agent},
    {"pjimenez", "Paola Jiménez Ruiz", UserRole::Agent},
};

// The day a debtor's earned discounts came off, had the app been there
// when they were earned (the demo writes the year's payments without it):
// the day the payments after a call reached what it agreed, or its
// supervisor's approval if that came later; never before the debtor's last
// promise, made while what the discount forgives was still owed. The
// latest of a debtor's discounts, when it has several.
QDate grantDay(store::Database &db, Id debtor)
{
    store::PaymentRepository payments(db);
    QDate day;
    for (const store::StandingDiscount &s : store::CallDiscountRepository(db).standingForDebtor(debtor)) {
        Money paid;
        for (const PaymentEvent &e : payments.eventsAfter(debtor, s.calledAt)) {
            paid += e.amount;
            if (paid >= s.discount.agreedTotal) {
                day = std::max({day, e.date, s.discount.decidedAt ? s.discount.decidedAt->date() : QDate()});
                break;
            }
        }
    }
    for (const Promise &p : store::PromiseRepository(db).forDebtor(debtor))
        if (day.isValid())
            day = std::max(day, p.madeOn);
    return day;
}

// The year's discounts whose agreement the demo's payments met come off as
// the app would have taken them off (services::DiscountSettlement), on the
// day each was earned (the Panel's Discounted column has every month's);
// the totals follow.
void grantEarnedDiscounts(store::Database &db, const Context &ctx)
{
    store::TotalsRepository totals(db);
    for (const Id debtor : store::CallDiscountRepository(db).debtorsWithStandingDiscounts()) {
        const QDate day = grantDay(db, debtor);
        if (!day.isValid())
            continue;  // none earned: the settlement would find none either
        // The afternoon in the demo office's zone, after the day's calls;
        // today's at its start (the demo's "now" is no later).
        const FixedClock at(day < ctx.today ? QDateTime(day, QTime(23, 0), Qt::UTC) : ctx.todayStartUtc);
        if (!DiscountSettlement(db, at).grantEarned(debtor).isEmpty())
            totals.refresh(debtor);
    }
}

// How a debtor of another country's office pays it: that country's bank
// and words (%1 is the account holder, with its final period).
QString localInstructions(Market market)
{
    switch (market) {
    case Market::Colombia:
        return QStringLiteral("Transferencia o consignación a Bancolombia, cuenta de ahorros 045-123987-77, a nombre de "
                              "%1 Como referencia escriba {referencia}. También puede pagar por PSE, o en efectivo en "
                              "nuestra oficina, de lunes a viernes de 8:00 a 17:00.");
    case Market::Argentina:
        return QStringLiteral("Transferencia al CBU 0110599520000001234567 (Banco de la Nación Argentina), a nombre de "
                              "%1 Como referencia escriba {referencia}. También puede pagar en nuestra oficina, de lunes "
                              "a viernes de 9:00 a 17:00.");
    case Market::Chile:
        return QStringLiteral("Transferencia a la cuenta corriente 00-123-45678-09 del Banco de Chile, a nombre de %1 "
                              "Como referencia escriba {referencia}. También puede pagar en nuestra oficina, de lunes a "
                              "viernes de 9:00 a 17:00.");
    case Market::Peru:
        return QStringLiteral("Depósito o transferencia a la cuenta corriente BCP 191-1234567-0-89 (CCI "
                              "00219100123456708954), a nombre de %1 Como referencia escriba {referencia}. También puede "
                              "pagar en nuestra oficina, de lunes a viernes de 9:00 a 17:00.");
    case Market::MexicoAndSpain: break;
    }
    // Another country's office: no Mexican CLABE on its letters.
    return QStringLiteral("Transferencia o depósito a la cuenta corriente 0451-2398-77 a nombre de %1 Como referencia "
                          "escriba {referencia}. También puede pagar en nuestra oficina, de lunes a viernes de 9:00 a "
                          "17:00.");
}

void setUpOffice(store::Database &db, const QString &currencyCode, qint64 debtors, Context &ctx, DemoSummary &summary)
{
    store::Transaction tx(db);
    store::SettingsRepository settings(db);
    OfficeSettings s = settings.load();
    // A name given at `libreta-cli init --office` is kept.
    if (s.officeName.trimmed().isEmpty())
        s.officeName = QStringLiteral("Despacho Cobranza del Centro");
    s.demo = true;
    // An office in Spain trying the demo reads its amounts in euros.
    if (!currencyCode.isEmpty())
        s.currencyCode = currencyCode;
    const bool euro = s.currencyCode == QLatin1String("EUR");
    const bool peso = s.currencyCode == QLatin1String("MXN");
    ctx.market = demo::marketFor(s.currencyCode);
    ctx.amountScale = demo::amountScale(ctx.market);
    // The zone new and imported debtors get: a zone given at `init
    // --time-zone` is kept; the settings' default is Mexico City's.
    const QString zone = demo::officeTimeZone(ctx.market, s.currencyCode);
    if (!zone.isEmpty() && s.debtorTimeZone == OfficeSettings().debtorTimeZone)
        s.debtorTimeZone = zone;
    s.graceDays = 2;
    // Small balances long overdue are worth more to close: their segment
    // may be offered more than the office's 10%.
    s.segmentDiscountLimits.insert(QStringLiteral("Bajo"), 20);
    // The large balances are worth a call every other day; the small ones
    // wait a week between calls made for their balance alone.
    s.segmentRestDays.insert(QStringLiteral("Alto saldo"), 2);
    s.segmentRestDays.insert(QStringLiteral("Bajo"), 7);
    // Its bank is the country's: a CLABE read to a debtor in Spain, an IBAN
    // to one in Mexico, would not pay. Instructions given at `init
    // --payment-instructions` are the office's own, and kept.
    // "a nombre de Andina S.A.S. Como…": one period after a name that ends in one.
    const QString holder = s.officeName.trimmed().endsWith(QLatin1Char('.')) ? s.officeName.trimmed()
                                                                              : s.officeName.trimmed() + QLatin1Char('.');
    if (s.paymentInstructions.trimmed().isEmpty())
        s.paymentInstructions =
            euro ? QStringLiteral("Transferencia a la cuenta ES91 2100 0418 4502 0005 1332 a nombre de %1 Como concepto "
                                  "escriba {referencia}. También puede pagar en efectivo en nuestra oficina de la calle "
                                  "Mayor 18, de lunes a viernes de 9:00 a 14:00.")
                       .arg(holder)
                 : peso ? QStringLiteral("Transferencia o depósito a Banco del Bajío, cuenta 0451 2398 77, CLABE 030 180 "
                                         "04512398770 2, a nombre de %1 Como referencia escriba {referencia}. También "
                                         "puede pagar en efectivo en nuestra oficina de Av. Juárez 118, Centro, de lunes a "
                                         "viernes de 9:00 a 17:00.")
                              .arg(holder)
                        : localInstructions(ctx.market).arg(holder);
    settings.save(s);
    ctx.rules = s;
    ctx.currencyCode = s.currencyCode;
    ctx.graceDays = s.graceDays;
    ctx.reminderTime = s.reminderTime.isValid() ? s.reminderTime : QTime(9, 0);

    store::UserRepository users(db);
    for (const DemoUser &u : kUsers) {
        const QString login = QString::fromLatin1(u.login);
        Id id = 0;
        if (const auto existing = users.byLogin(login)) {
            id = existing->id;
        } else {
            User user;
            user.login = login;
            user.displayName = QString::fromUtf8(u.name);
            user.role = u.role;
            id = users.add(user);
            ++summary.users;
        }
        if (u.role == UserRole::Agent) {
            // A monthly target near what each agent brings in lately (the
            // office recovered about 6,000 a month per debtor in its last
            // months, shared by its agents; less earlier in the year, when
            // it had fewer accounts placed), a little above or below for
            // each, to the thousand.
            const qint64 agents = std::count_if(std::begin(kUsers), std::end(kUsers),
                                                [](const DemoUser &d) { return d.role == UserRole::Agent; });
            const qint64 share = std::llround(double(debtors) * 600000.0 * ctx.amountScale) / agents;
            const qint64 tilt = 90 + 5 * (ctx.agentIds.size() % 5);  // 90 % to 110 %
            store::TargetRepository(db).setMonthlyRecovery(id, Money::fromMinor(share * tilt / 100 / 100000 * 100000));
            ctx.agentIds.append(id);
        }
        else if (u.role == UserRole::Supervisor)
            ctx.supervisorIds.append(id);
        else if (u.role == UserRole::Admin)
            ctx.backOfficeId = id;
    }

    // The demo office works with the team's default scripts, as a new office does.
    ScriptLibrary(db).installDefaults(ctx.backOfficeId);
    if (const auto active = store::ScriptRepository(db).activeScript(QStringLiteral("es"))) {
        ctx.scriptId = active->id;
        ctx.scriptVersion = active->version;
    }
    tx.commit();
}

} // namespace

DemoSummary generateDemo(store::Database &db, const DemoOptions &options,
                         const std::function<void(qint64, qint64)> &progress)
{
    if (store::DebtorRepository(db).count() > 0)
        throw store::StoreError(QCoreApplication::translate(
            "Demo", "The database already has debtors: demo data only goes into an empty database."));

    const qint64 total = std::max(0, options.debtors);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const ZoneOffsets zones(today.addDays(-800), today.addDays(400));

    Context ctx;
    ctx.today = today;
    ctx.zones = &zones;
    // Nothing happens after the start of today: UTC's, or the desk's own
    // when it comes first (east of Greenwich, as in Spain, where UTC's
    // midnight is one in the morning and calls "today" were still to come).
    ctx.todayStartUtc = std::min(QDateTime(today, QTime(0, 0), Qt::UTC),
                                 QDateTime(today, QTime(0, 0), Qt::LocalTime).toUTC());
    ctx.refWidth = std::max(6, int(QString::number(total).size()));

    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    setUpOffice(db, options.currencyCode, options.debtors, ctx, summary);
    // Every amount planned from here on is in the office currency's units.
    useOfficeCurrency(db);

    const quint64 base = demo::mix64(quint64(options.seed) ^ 0x4C69627265746100ull);  // "Libreta"
    // Plans are built on a second thread, a chunk ahead of the writer.
    auto buildRange = [&ctx, base](qint64 from, qint64 to) {
        std::vector<DebtorPlan> plans;
        plans.reserve(size_t(to - from));
        for (qint64 i = from; i < to; ++i)
            plans.push_back(demo::buildDebtorPlan(ctx, demo::mix64(base + quint64(i)), i));
        return plans;
    };
    std::future<std::vector<DebtorPlan>> next;
    if (total > 0)
        next = std::async(std::launch::async, buildRange, 0, std::min(total, kChunk));

    // One transaction for the whole load: a failure leaves the file as it was
    // before (the office setup above stays, and a new run reuses it).
    const store::BulkLoad load(db, store::BulkLoad::References::Checked);
    demo::Writer writer(db, ctx);
    store::Transaction tx(db);
    store::BulkRepository &bulk = writer.bulk();
    bulk.suspendIndexes();
    for (qint64 done = 0; done < total;) {
        const std::vector<DebtorPlan> plans = next.get();
        const qint64 end = done + qint64(plans.size());
        if (end < total)
            next = std::async(std::launch::async, buildRange, end, std::min(total, end + kChunk));
        for (const DebtorPlan &plan : plans)
            writer.write(plan, summary);
        done = end;
        if (progress && (done % kBatch == 0 || done == total))
            progress(done, total);
    }
    // The totals query needs the indexes and their statistics; the totals'
    // own indexes are built after it has written every row.
    const qint64 rowsMs = timer.elapsed();
    bulk.restoreIndexes(QStringLiteral("debtor_totals"));
    bulk.analyze();
    const qint64 indexesMs = timer.elapsed();
    store::TotalsRepository(db).refreshAll();
    bulk.restoreIndexes();
    bulk.analyze(QStringLiteral("debtor_totals"));
    grantEarnedDiscounts(db, ctx);
    store::writeDemoActivity(db, ctx.todayStartUtc.addDays(-kActivityDays), ctx.today);
    const qint64 totalsMs = timer.elapsed();
    tx.commit();
    spdlog::info("demo: {} debtors, {} contacts, {} invoices, {} payments, {} calls, {} promises, {} follow-ups, "
                 "{} users in {} ms (rows {} ms, indexes {} ms, totals {} ms, commit {} ms)",
                 summary.debtors, summary.contacts, summary.invoices, summary.payments, summary.calls,
                 summary.promises, summary.followups, summary.users, timer.elapsed(), rowsMs,
                 indexesMs - rowsMs, totalsMs - indexesMs, timer.elapsed() - totalsMs);
    return summary;
}

} // namespace libreta::services
