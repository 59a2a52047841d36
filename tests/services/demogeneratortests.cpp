#include "services/demogenerator.h"

#include "domain/aging.h"
#include "domain/entitycodes.h"
#include "domain/taxidcheck.h"
#include "services/promisereevaluator.h"
#include "store/maintenancerepository.h"
#include "store/bulkrepository.h"
#include "store/auditrepository.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/scriptrepository.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <functional>

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSet>

using namespace libreta;
using domain::PromiseStatus;

namespace {

const QDate kToday(2025, 3, 14);

services::DemoSummary generate(store::Database &db, int debtors, quint32 seed)
{
    services::DemoOptions options;
    options.debtors = debtors;
    options.seed = seed;
    options.today = kToday;
    return services::generateDemo(db, options);
}

// The office's settings as `libreta-cli init` leaves them before `demo`
// (its currency, its name), changed by `change`.
void initOffice(store::SettingsRepository &settings, const std::function<void(domain::OfficeSettings &)> &change)
{
    domain::OfficeSettings s = settings.load();
    change(s);
    settings.save(s);
}

// Everything the generator decides, read back through the store (the
// store's own created_at stamps left out: they are the wall clock).
QByteArray digest(store::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&](const QString &s) { hash.addData(s.toUtf8()); hash.addData("|"); };
    const qint64 count = store::DebtorRepository(db).count();
    for (qint64 id = 1; id <= count; ++id) {
        const auto d = store::DebtorRepository(db).byId(id);
        REQUIRE(d);
        add(d->externalRef + d->name + d->taxId + d->city + d->timeZone + d->segment + d->address +
            domain::toCode(d->risk) + domain::toCode(d->value) + domain::toCode(d->status) +
            QString::number(d->assignedAgentId.value_or(0)) + d->doNotContactReason);
        for (const auto &c : store::ContactRepository(db).forDebtor(id)) {
            add(c.name + domain::toCode(c.role));
            for (const auto &p : c.phones)
                add(p.number);
            for (const auto &e : c.emails)
                add(e.address);
        }
        for (const auto &i : store::InvoiceRepository(db).forDebtor(id))
            add(i.number + i.dueDate.toString(Qt::ISODate) + i.amount.toPlainString() + i.outstanding.toPlainString());
        for (const auto &p : store::PaymentRepository(db).forDebtor(id))
            add(p.paidOn.toString(Qt::ISODate) + p.amount.toPlainString() + p.reference);
        for (const auto &c : store::CallRepository(db).forDebtor(id))
            add(c.startedAt.toString(Qt::ISODate) + domain::toCode(c.outcome) + c.notes.listening + c.commitmentText);
        for (const auto &p : store::PromiseRepository(db).forDebtor(id))
            add(p.dueDate.toString(Qt::ISODate) + p.amount.toPlainString() + domain::toCode(p.status) +
                p.paid.toPlainString());
        for (const auto &f : store::FollowUpRepository(db).forDebtor(id))
            add(domain::toCode(f.kind) + f.dueDate.toString(Qt::ISODate) + domain::toCode(f.status));
    }
    return hash.result().toHex();
}

QStringList indexNames(store::Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name")));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

bool hasAccent(const QString &s)
{
    static const QString accented = QStringLiteral("áéíóúñÁÉÍÓÚÑü");
    for (QChar c : s)
        if (accented.contains(c))
            return true;
    return false;
}

} // namespace

TEST_CASE("The same seed gives the same demo office, another seed another one", "[demo]")
{
    test::TempDb a;
    test::TempDb b;
    test::TempDb c;
    generate(a.db(), 120, 7);
    generate(b.db(), 120, 7);
    generate(c.db(), 120, 8);
    const QByteArray first = digest(a.db());
    CHECK(first == digest(b.db()));
    CHECK(first != digest(c.db()));
}

TEST_CASE("The demo office looks like a real one and keeps the rules", "[demo]")
{
    test::TempDb t;
    store::Database &db = t.db();
    constexpr int n = 600;
    QList<qint64> progress;
    services::DemoOptions options;
    options.debtors = n;
    options.seed = 42;
    options.today = kToday;
    const auto summary = services::generateDemo(db, options, [&](qint64 done, qint64 total) {
        CHECK(total == n);
        progress.append(done);
    });
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == n);

    SECTION("counts are roughly as asked")
    {
        CHECK(summary.debtors == n);
        CHECK(store::DebtorRepository(db).count() == n);
        CHECK(summary.users == 11);
        CHECK(store::UserRepository(db).all().size() == 11);
        CHECK(summary.contacts >= n);
        CHECK(summary.contacts <= 2 * n);
        CHECK(summary.invoices >= qint64(n * 2.5));
        CHECK(summary.invoices <= qint64(n * 3.5));
        CHECK(summary.calls > n);
        CHECK(summary.promises > n / 4);
        CHECK(summary.payments > n / 4);
        CHECK(summary.followups > n / 4);
    }

    SECTION("the office is set up")
    {
        const auto settings = store::SettingsRepository(db).load();
        CHECK(settings.officeName == QStringLiteral("Despacho Cobranza del Centro"));
        CHECK(settings.currencyCode == QStringLiteral("MXN"));
        CHECK(settings.graceDays == 2);
        const auto script = store::ScriptRepository(db).activeScript(QStringLiteral("es"));
        REQUIRE(script);
        CHECK(script->stages.size() == 6);
        for (const QString &stage : {QStringLiteral("presentation"), QStringLiteral("listening"),
                                     QStringLiteral("negotiation"), QStringLiteral("preclose"),
                                     QStringLiteral("close"), QStringLiteral("third_party")})
            CHECK(script->stages.contains(stage));
        CHECK(script->stages.value(QStringLiteral("presentation")).contains(QStringLiteral("{agente}")));
        CHECK(script->stages.value(QStringLiteral("presentation")).contains(QStringLiteral("{empresa}")));
        CHECK(script->stages.value(QStringLiteral("presentation")).contains(QStringLiteral("{deudor}")));
        CHECK(script->objectionAnswers.size() >= 8);
        const auto agent = store::UserRepository(db).byLogin(QStringLiteral("mgarcia"));
        REQUIRE(agent);
        CHECK(agent->role == domain::UserRole::Agent);
    }

    SECTION("the totals agree with a recomputation")
    {
        CHECK(store::TotalsRepository(db).mismatches().isEmpty());
    }

    SECTION("the Panel's figures agree with a count of the calls, promises and payments")
    {
        CHECK(store::MaintenanceRepository(db).dailyFigureMismatches().isEmpty());
    }

    SECTION("stored promise statuses are what the rule says")
    {
        services::PromiseReevaluator reevaluator(db, 2);
        const QDateTime now(kToday, QTime(12, 0), Qt::UTC);
        int changed = 0;
        for (qint64 id = 1; id <= n; ++id)
            changed += int(reevaluator.reevaluate(id, kToday, now).size());
        CHECK(changed == 0);
    }

    SECTION("people, companies, places and history are varied")
    {
        int companies = 0, accented = 0, doNotContact = 0, unassigned = 0, spanish = 0;
        QSet<QString> segments, zones;
        QSet<int> buckets;
        QSet<PromiseStatus> statuses;
        QSet<domain::CallOutcome> outcomes;
        int pendingSoon = 0, disputed = 0;
        const QRegularExpression phone(QStringLiteral(R"(^\+52 \d{2,3}-\d{3,4}-\d{4}$|^\+34 \d{3} \d{3} \d{3}$)"));
        const QRegularExpression ref(QStringLiteral(R"(^CLI-\d{6}$)"));
        const QDateTime todayStart(kToday, QTime(0, 0), Qt::UTC);
        for (qint64 id = 1; id <= n; ++id) {
            const auto d = store::DebtorRepository(db).byId(id);
            REQUIRE(d);
            CHECK(ref.match(d->externalRef).hasMatch());
            companies += d->kind == domain::DebtorKind::Company;
            accented += hasAccent(d->name);
            doNotContact += d->doNotContact;
            if (d->doNotContact)
                CHECK_FALSE(d->doNotContactReason.isEmpty());
            unassigned += !d->assignedAgentId.has_value();
            spanish += d->timeZone.startsWith(QStringLiteral("Europe")) || d->timeZone.startsWith(QStringLiteral("Atlantic"));
            segments.insert(d->segment);
            zones.insert(d->timeZone);
            CHECK_FALSE(d->taxId.isEmpty());

            const auto contacts = store::ContactRepository(db).forDebtor(id);
            REQUIRE_FALSE(contacts.isEmpty());
            CHECK(contacts.first().role == domain::ContactRole::Debtor);
            for (const auto &c : contacts)
                for (const auto &p : c.phones) {
                    INFO(p.number.toStdString());
                    CHECK(phone.match(p.number).hasMatch());
                }

            for (const auto &i : store::InvoiceRepository(db).forDebtor(id)) {
                disputed += i.disputed;
                if (i.outstanding.isPositive())
                    buckets.insert(int(domain::agingBucket(domain::daysPastDue(i.dueDate, kToday))));
            }
            for (const auto &p : store::PaymentRepository(db).forDebtor(id)) {
                CHECK(p.paidOn <= kToday);
                CHECK(p.amount.isPositive());
            }
            for (const auto &c : store::CallRepository(db).forDebtor(id)) {
                CHECK(c.startedAt < todayStart);
                CHECK(c.endedAt <= todayStart);
                outcomes.insert(c.outcome);
            }
            for (const auto &p : store::PromiseRepository(db).forDebtor(id)) {
                statuses.insert(p.status);
                if (p.status == PromiseStatus::Pending && p.dueDate >= kToday && p.dueDate <= kToday.addDays(7))
                    ++pendingSoon;
            }
        }
        CHECK(companies > n / 5);
        CHECK(companies < n * 2 / 5);
        CHECK(accented > n / 2);
        CHECK(doNotContact >= 1);
        CHECK(doNotContact < n / 20);
        CHECK(unassigned >= 1);
        CHECK(spanish >= 1);
        CHECK(disputed >= 1);
        CHECK(segments == QSet<QString>{QStringLiteral("Alto saldo"), QStringLiteral("Medio"), QStringLiteral("Bajo")});
        CHECK(zones.size() == 6);
        CHECK(buckets.size() == 6);  // money open in every aging bucket
        CHECK(pendingSoon >= 1);
        for (auto s : {PromiseStatus::Pending, PromiseStatus::Kept, PromiseStatus::PartiallyKept, PromiseStatus::Broken})
            CHECK(statuses.contains(s));
        for (auto o : {domain::CallOutcome::NoAnswer, domain::CallOutcome::Voicemail, domain::CallOutcome::Promise,
                       domain::CallOutcome::Payment, domain::CallOutcome::Refusal, domain::CallOutcome::Callback})
            CHECK(outcomes.contains(o));
    }

    SECTION("today's agenda has work")
    {
        const auto agenda = store::FollowUpRepository(db).agenda(kToday);
        CHECK(agenda.size() >= 5);
        bool timedCallback = false;
        for (const auto &item : agenda)
            timedCallback |= item.followUp.kind == domain::FollowUpKind::Callback && item.followUp.dueTime.has_value();
        CHECK(timedCallback);
    }

    const auto count = [&](const char *sql) { return store::SqlQuery(db, QString::fromUtf8(sql)).execScalar(); };
    SECTION("a broken promise's call-back is called off once nothing is owed, as a payment does it")
    {
        CHECK(count("SELECT count(*) FROM followups f JOIN debtor_totals t ON t.debtor_id = f.debtor_id "
                    "WHERE f.status = 'open' AND f.kind = 'callback' AND f.promise_id IS NOT NULL "
                    "AND t.outstanding <= 0") == 0);
        CHECK(count("SELECT count(*) FROM followups WHERE status = 'cancelled' AND done_at IS NOT NULL "
                    "AND result = 'Pagó después: ya no se debe nada.'") >= 1);
    }
    SECTION("some tasks were put off, each moved on its day to a later one")
    {
        CHECK(count("SELECT count(*) FROM followup_moves") >= 1);
        CHECK(count("SELECT count(*) FROM followup_moves WHERE NOT (moved_on = from_date AND to_date > from_date)") ==
              0);
        CHECK(count("SELECT sum(put_off) FROM followup_figures") == count("SELECT count(*) FROM followup_moves"));
    }
}

TEST_CASE("A bulk load leaves every index of the schema in place", "[demo]")
{
    test::TempDb t;
    const QStringList before = indexNames(t.db());
    REQUIRE(before.size() > 20);

    SECTION("after a load")
    {
        generate(t.db(), 50, 3);
        CHECK(indexNames(t.db()) == before);
    }
    SECTION("after a load that was rolled back")
    {
        {
            store::BulkRepository bulk(t.db());
            store::Transaction tx(t.db());
            bulk.suspendIndexes();
            const QStringList during = indexNames(t.db());
            CHECK(during.size() < before.size());
            // A call's techniques find the call's promises through it: a
            // load without it scans every promise for every technique.
            CHECK(during.contains(QStringLiteral("promises_debtor")));
        }
        CHECK(indexNames(t.db()) == before);
    }
    SECTION("after a load committed without restoring them")
    {
        {
            store::BulkRepository bulk(t.db());
            store::Transaction tx(t.db());
            bulk.suspendIndexes();
            tx.commit();
        }
        CHECK(indexNames(t.db()) == before);
    }
}

TEST_CASE("The demo refuses a database that already has debtors", "[demo]")
{
    test::TempDb t;
    generate(t.db(), 3, 1);
    CHECK(store::DebtorRepository(t.db()).count() == 3);
    CHECK_THROWS_AS(generate(t.db(), 3, 1), store::StoreError);
    CHECK(store::DebtorRepository(t.db()).count() == 3);
}

TEST_CASE("A demo office says it is one, and an office of one's own does not", "[demo]")
{
    test::TempDb demo;
    CHECK_FALSE(store::SettingsRepository(demo.db()).load().demo);  // a new file
    generate(demo.db(), 50, 1);
    CHECK(store::SettingsRepository(demo.db()).load().demo);

    // Saving the office's settings again (the CLI's init does) keeps the mark.
    store::SettingsRepository settings(demo.db());
    domain::OfficeSettings s = settings.load();
    s.graceDays = 3;
    settings.save(s);
    CHECK(settings.load().demo);
}

TEST_CASE("A demo office keeps the currency its file was given", "[demo]")
{
    test::TempDb t;
    store::SettingsRepository settings(t.db());
    // `libreta-cli init --currency EUR`
    initOffice(settings, [](domain::OfficeSettings &s) { s.currencyCode = QStringLiteral("EUR"); });
    generate(t.db(), 30, 1);
    CHECK(settings.load().currencyCode == QStringLiteral("EUR"));
    CHECK(settings.load().officeName == QStringLiteral("Despacho Cobranza del Centro"));
    // Its notes write euros as Spain does, and its bank takes an IBAN.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(negotiation_notes || commitment_text || close_notes, ' ') "
                                  "FROM calls")));
    REQUIRE(q.next());
    const QString notes = q.value(0).toString();
    CHECK(notes.contains(QStringLiteral("\u00a0€")));
    CHECK_FALSE(notes.contains(u'$'));
    CHECK(settings.load().paymentInstructions.contains(QStringLiteral("ES91 2100")));
    CHECK_FALSE(settings.load().paymentInstructions.contains(QStringLiteral("CLABE")));
}

TEST_CASE("A demo office in Argentine pesos writes its notes as Argentina does, and its letters name no CLABE",
          "[demo]")
{
    test::TempDb t;
    store::SettingsRepository settings(t.db());
    initOffice(settings, [](domain::OfficeSettings &s) { s.currencyCode = QStringLiteral("ARS"); });
    generate(t.db(), 30, 1);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(negotiation_notes || commitment_text || close_notes, ' ') "
                                  "FROM calls")));
    REQUIRE(q.next());
    // "$ 25.638,10": a comma before the cents, and the space the desk writes.
    CHECK(q.value(0).toString().contains(QRegularExpression(QStringLiteral("\\$\u00a0\\d{1,3}(\\.\\d{3})*,\\d\\d"))));
    CHECK_FALSE(settings.load().paymentInstructions.contains(QStringLiteral("CLABE")));
}

TEST_CASE("A demo office in Colombia, Argentina, Chile or Peru has that country's debtors, clocks and amounts",
          "[demo]")
{
    struct Country {
        const char *currency;
        const char *phonePrefix;
        const char *zonePrefix;
        QStringList suffixes;
        bool taxIdChecked;  // the desk checks a CUIT's and a RUT's check digit
    };
    const Country countries[] = {
        {"COP", "+57 ", "America/Bogota", {QStringLiteral("S.A.S."), QStringLiteral("Ltda."), QStringLiteral("S.A.")}, false},
        {"ARS", "+54 ", "America/Argentina/", {QStringLiteral("S.R.L."), QStringLiteral("S.A."), QStringLiteral("S.A.S.")}, true},
        {"CLP", "+56 ", "America/Santiago", {QStringLiteral("SpA"), QStringLiteral("Ltda."), QStringLiteral("S.A.")}, true},
        {"PEN", "+51 ", "America/Lima",
         {QStringLiteral("S.A.C."), QStringLiteral("E.I.R.L."), QStringLiteral("S.R.L."), QStringLiteral("S.A.")}, false},
    };
    auto averageInvoice = [](store::Database &db) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT avg(amount) FROM invoices")));
        REQUIRE(q.next());
        return q.value(0).toDouble();
    };
    test::TempDb mexico;
    generate(mexico.db(), 40, 3);
    const double pesos = averageInvoice(mexico.db());
    for (const Country &country : countries) {
        INFO(country.currency);
        test::TempDb t;
        store::SettingsRepository settings(t.db());
        const QString currency = QString::fromLatin1(country.currency);
        initOffice(settings, [&](domain::OfficeSettings &s) { s.currencyCode = currency; });
        generate(t.db(), 40, 3);

        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name, kind, tax_id, time_zone FROM debtors")));
        int debtors = 0;
        while (q.next()) {
            ++debtors;
            const QString name = q.value(0).toString();
            INFO(name.toStdString());
            CHECK(q.value(3).toString().startsWith(QString::fromLatin1(country.zonePrefix)));
            if (q.value(1).toString() == QLatin1String("company"))
                CHECK(std::any_of(country.suffixes.cbegin(), country.suffixes.cend(),
                                  [&](const QString &suffix) { return name.endsWith(QLatin1Char(' ') + suffix); }));
            CHECK_FALSE(name.contains(QStringLiteral("C.V.")));
            // Neither Mexico's nor Spain's own names and trades.
            CHECK_FALSE(name.contains(QRegularExpression(
                QStringLiteral("Xóchitl|Guadalupe|Citlali|Itzel|Begoña|Abarrotes|Refaccionaria|Bajío|Azteca"))));
            // An Argentine goes by one surname.
            if (currency == QLatin1String("ARS") && q.value(1).toString() == QLatin1String("person"))
                CHECK(name.split(u' ').size() <= 3);
            if (country.taxIdChecked)
                CHECK_FALSE(domain::taxIdCheckProblem(q.value(2).toString()).has_value());
        }
        CHECK(debtors == 40);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM contact_phones WHERE number NOT LIKE '%1%'")
                           .arg(QString::fromLatin1(country.phonePrefix))));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        // A Colombian debt is hundreds of thousands of pesos, a Peruvian one
        // a few thousand soles.
        const double ratio = averageInvoice(t.db()) / pesos;
        if (currency == QLatin1String("COP"))
            CHECK(ratio > 50);
        if (currency == QLatin1String("PEN"))
            CHECK(ratio < 0.5);
        CHECK_FALSE(settings.load().paymentInstructions.contains(QStringLiteral("CLABE")));
        // New and imported debtors are on the country's clock, not Mexico City's.
        CHECK(settings.load().debtorTimeZone.startsWith(QString::fromLatin1(country.zonePrefix)));
    }
    // A zone the office was given at `init --time-zone` is its own.
    test::TempDb cordoba;
    store::SettingsRepository given(cordoba.db());
    initOffice(given, [](domain::OfficeSettings &s) {
        s.currencyCode = QStringLiteral("ARS");
        s.debtorTimeZone = QStringLiteral("America/Argentina/Cordoba");
    });
    generate(cordoba.db(), 5, 3);
    CHECK(given.load().debtorTimeZone == QStringLiteral("America/Argentina/Cordoba"));
}

TEST_CASE("A demo keeps the name its office was given", "[demo]")
{
    test::TempDb t;
    store::SettingsRepository settings(t.db());
    // `libreta-cli init --office "Cobros Ibérica"`
    initOffice(settings, [](domain::OfficeSettings &s) { s.officeName = QStringLiteral("Cobros Ibérica"); });
    generate(t.db(), 20, 1);
    CHECK(settings.load().officeName == QStringLiteral("Cobros Ibérica"));
    CHECK(settings.load().paymentInstructions.contains(QStringLiteral("a nombre de Cobros Ibérica. Como")));
}

TEST_CASE("A demo keeps the payment instructions its office was given, and one period after a name that ends in one",
          "[demo]")
{
    test::TempDb t;
    store::SettingsRepository settings(t.db());
    initOffice(settings, [](domain::OfficeSettings &s) { s.officeName = QStringLiteral("Cobranzas Andina S.A.S."); });
    generate(t.db(), 20, 1);
    CHECK(settings.load().paymentInstructions.contains(QStringLiteral("a nombre de Cobranzas Andina S.A.S. Como")));

    test::TempDb given;
    store::SettingsRepository own(given.db());
    // `libreta-cli init --payment-instructions "…"`: the office's own bank.
    const QString bank = QStringLiteral("Consignación en Bancolombia, cuenta de ahorros 123-456789-01, o Nequi.");
    initOffice(own, [&](domain::OfficeSettings &s) { s.paymentInstructions = bank; });
    generate(given.db(), 20, 1);
    CHECK(own.load().paymentInstructions == bank);
}

TEST_CASE("A demo office can be given its currency", "[demo]")
{
    test::TempDb t;
    services::DemoOptions options;
    options.debtors = 20;
    options.today = kToday;
    options.currencyCode = QStringLiteral("COP");
    services::generateDemo(t.db(), options);
    CHECK(store::SettingsRepository(t.db()).load().currencyCode == QStringLiteral("COP"));
}

TEST_CASE("The demo's supervisors have reviewed some of the last weeks' conversations", "[demo][reviews]")
{
    test::TempDb t;
    generate(t.db(), 600, 42);
    const QString from = kToday.addDays(-21).toString(Qt::ISODate);
    const QString today = kToday.toString(Qt::ISODate);
    QSqlQuery q(t.db().connection());
    // Every review is a supervisor's, of a conversation of the last three
    // weeks, read after it and before the demo's day; every stage scored 2-5.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT count(*), "
        "sum(u.role = 'supervisor'), "
        "sum(c.answered_by IN ('debtor', 'decision_maker')), "
        "sum(c.started_at >= '%1' AND r.reviewed_at > c.started_at AND r.reviewed_at < '%2'), "
        "sum(min(r.score_presentation, r.score_listening, r.score_negotiation, r.score_preclose, r.score_close) >= 2 "
        "AND max(r.score_presentation, r.score_listening, r.score_negotiation, r.score_preclose, r.score_close) <= 5), "
        "sum(r.comments <> '') "
        "FROM quality_reviews r JOIN calls c ON c.id = r.call_id JOIN users u ON u.id = r.reviewer_id")
                       .arg(from, today)));
    REQUIRE(q.next());
    const qint64 reviews = q.value(0).toLongLong();
    CHECK(reviews > 5);
    for (int column = 1; column <= 5; ++column)
        CHECK(q.value(column).toLongLong() == reviews);
    // About one conversation in twelve of those weeks, not all of them.
    QSqlQuery talks(t.db().connection());
    REQUIRE(talks.exec(QStringLiteral("SELECT count(*) FROM calls WHERE answered_by IN ('debtor', 'decision_maker') "
                                      "AND started_at >= '") + from + QStringLiteral("'")));
    REQUIRE(talks.next());
    CHECK(reviews * 4 < talks.value(0).toLongLong());
}

TEST_CASE("The demo's activity log holds its last month of work, as the services write it", "[demo][activity]")
{
    test::TempDb t;
    generate(t.db(), 400, 7);
    const QString monthAgo = QDateTime(kToday.addDays(-30), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
    QSqlQuery q(t.db().connection());
    // Each call and payment of the month once, at or after the month's
    // start, by the person who made it, about its debtor; before it only
    // the discounts the app took off on the day each was earned.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM audit_log WHERE action = 'call.commit'), "
        "(SELECT count(*) FROM calls WHERE started_at >= '%1'), "
        "(SELECT count(*) FROM audit_log WHERE action = 'payment.post'), "
        "(SELECT count(*) FROM payments WHERE paid_on >= '%2'), "
        "(SELECT count(*) FROM audit_log WHERE at < '%1' AND action <> 'balance.discount'), "
        "(SELECT count(*) FROM audit_log a JOIN calls c ON c.id = a.entity_id "
        "  WHERE a.action = 'call.commit' AND a.user_id = c.agent_id "
        "  AND a.details LIKE 'debtor=' || c.debtor_id || ' outcome=' || c.outcome || ' %')")
                       .arg(monthAgo, kToday.addDays(-30).toString(Qt::ISODate))));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() > 100);
    CHECK(q.value(0).toLongLong() == q.value(1).toLongLong());
    CHECK(q.value(2).toLongLong() > 10);
    CHECK(q.value(2).toLongLong() == q.value(3).toLongLong());
    CHECK(q.value(4).toLongLong() == 0);
    CHECK(q.value(5).toLongLong() == q.value(0).toLongLong());
    // The day's own payments are posted as the office opens (08:00 in
    // Mexico), not later in a day a demo is often first opened on.
    const QString opens = QDateTime(kToday, QTime(14, 0), Qt::UTC).toString(Qt::ISODate);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), coalesce(sum(a.at = '%1'), 0) FROM audit_log a "
                                  "JOIN payments p ON p.id = a.entity_id "
                                  "WHERE a.action = 'payment.post' AND p.paid_on = '%2'")
                       .arg(opens, kToday.toString(Qt::ISODate))));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() > 0);
    CHECK(q.value(1).toLongLong() == q.value(0).toLongLong());
    // The log reads it back with its debtors.
    const auto page = store::AuditRepository(t.db()).page({}, std::nullopt, 50);
    REQUIRE(page.size() == 50);
    for (const auto &line : page)
        CHECK(line.debtorId.has_value());  // a review's through its call
}

TEST_CASE("The demo takes off the discounts its payments earned on the day each was earned", "[demo][adjustment]")
{
    test::TempDb t;
    generate(t.db(), 2000, 1);
    QSqlQuery q(t.db().connection());
    // Each granted discount is one that stands, once, for no more than was
    // forgiven, after its call and its supervisor's approval, no later than
    // today, and spread over the year as they were earned, not all in its
    // last month.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM adjustments), "
        "(SELECT count(*) FROM adjustments j JOIN call_discounts d ON d.call_id = j.call_id "
        "  JOIN calls c ON c.id = j.call_id "
        "  WHERE j.kind = 'discount' AND d.granted_when_paid = 1 AND d.status IN ('within_limit', 'approved') "
        "  AND j.amount <= d.balance - d.agreed_total AND j.created_by IS NULL "
        "  AND j.created_at > c.started_at AND (d.decided_at IS NULL OR j.created_at > d.decided_at) "
        "  AND j.created_at <= '%1'), "
        "(SELECT count(DISTINCT substr(created_at, 1, 7)) FROM adjustments), "
        "(SELECT count(*) FROM audit_log WHERE action = 'balance.discount')")
                       .arg(QDateTime(kToday, QTime(0, 0), Qt::UTC).toString(Qt::ISODate))));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() > 0);
    CHECK(q.value(1).toLongLong() == q.value(0).toLongLong());
    CHECK(q.value(2).toLongLong() >= 4);
    CHECK(q.value(3).toLongLong() == q.value(0).toLongLong());
    // A discount is the one its call's promise was worked out from (the
    // overdue balance less the percent, as the option builder does), and
    // the calls that name the technique are those that agreed one. Those
    // that stand and whose promise was kept are taken off: the payments
    // paid what was agreed, not what was forgiven too (all but the few
    // whose debtor paid an invoice whole on their own meanwhile).
    REQUIRE(q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM call_discounts), "
        "(SELECT count(*) FROM call_discounts d JOIN promises p ON p.call_id = d.call_id "
        "  WHERE p.amount = d.agreed_total AND d.agreed_total = d.balance - (d.balance * d.percent + 50) / 100), "
        "(SELECT count(*) FROM call_techniques WHERE technique = 'Descuento autorizado'), "
        "(SELECT count(*) FROM call_discounts d JOIN promises p ON p.call_id = d.call_id "
        "  WHERE p.status = 'kept' AND d.status IN ('within_limit', 'approved')), "
        "(SELECT count(*) FROM call_discounts d JOIN promises p ON p.call_id = d.call_id "
        "  JOIN adjustments j ON j.call_id = d.call_id WHERE p.status = 'kept'), "
        "(SELECT count(*) FROM call_discounts WHERE status = 'pending'), "
        "(SELECT count(*) FROM call_discounts WHERE status = 'rejected')")));
    REQUIRE(q.next());
    const qint64 discounts = q.value(0).toLongLong();
    CHECK(discounts > 50);
    CHECK(q.value(1).toLongLong() == discounts);
    CHECK(q.value(2).toLongLong() == discounts);
    CHECK(q.value(3).toLongLong() > 20);
    CHECK(q.value(4).toLongLong() * 10 >= q.value(3).toLongLong() * 9);
    CHECK(q.value(5).toLongLong() > 0);
    CHECK(q.value(6).toLongLong() > 0);
    // The totals are those of the adjusted balances, and the Panel's kept
    // figures count each on its day.
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
    CHECK(store::MaintenanceRepository(t.db()).overAllocations().isEmpty());
    CHECK(store::MaintenanceRepository(t.db()).dailyFigureMismatches().isEmpty());
    CHECK(store::MaintenanceRepository(t.db()).agendaCountMismatches().isEmpty());
}

TEST_CASE("The demo's agreed call-backs say whom to ask for and when, as the call's note does", "[demo]")
{
    test::TempDb t;
    generate(t.db(), 600, 42);
    QSqlQuery q(t.db().connection());
    // Each call that agreed a call-back: its follow-up's time is in the
    // note of who asked for it and in the step, whose words follow the note;
    // the step names the day's weekday, the note the day or "tomorrow".
    const QStringList weekdays = {QStringLiteral("lunes"),  QStringLiteral("martes"), QStringLiteral("miércoles"),
                                  QStringLiteral("jueves"), QStringLiteral("viernes"), QStringLiteral("sábado"),
                                  QStringLiteral("domingo")};
    REQUIRE(q.exec(QStringLiteral(
        "SELECT c.presentation_notes, c.next_step, f.due_time, d.kind, f.due_date FROM calls c "
        "JOIN followups f ON f.call_id = c.id AND f.kind = 'callback' JOIN debtors d ON d.id = c.debtor_id "
        "WHERE c.outcome = 'callback'")));
    int calls = 0;
    QSet<QString> steps;
    while (q.next()) {
        ++calls;
        const QString note = q.value(0).toString();
        QString step = q.value(1).toString();
        const QString time = q.value(2).toString();
        INFO(note.toStdString() << " / " << step.toStdString() << " / " << time.toStdString());
        const QString weekday = QStringLiteral("el ") + weekdays.at(q.value(4).toDate().dayOfWeek() - 1);
        CHECK(note.contains(time));
        CHECK(step.contains(weekday + QStringLiteral(" a las ") + time));
        CHECK((note.contains(weekday) || note.contains(QStringLiteral("mañana a las ") + time)));
        if (note.contains(QStringLiteral("titular")))
            CHECK(step.contains(QStringLiteral("titular")));
        if (note.contains(QStringLiteral("recepción")))
            CHECK(step.contains(QStringLiteral("responsable de pagos")));
        // A person has no reception, a company no family.
        const bool company = q.value(3).toString() == QStringLiteral("company");
        CHECK_FALSE(note.contains(company ? QStringLiteral("familiar") : QStringLiteral("recepción")));
        steps.insert(step.replace(weekday + QStringLiteral(" a las ") + time, QStringLiteral("%1")));
    }
    CHECK(calls > 10);
    CHECK(steps.size() == 3);  // not one sentence for every call-back
}

TEST_CASE("A euro office's demo debtors are all in Spain: NIF or CIF, +34 phones, Spanish time zones",
          "[services][demo]")
{
    test::TempDb t;
    services::DemoOptions demo;
    demo.debtors = 60;
    demo.currencyCode = QStringLiteral("EUR");
    demo.today = QDate(2026, 11, 23);
    services::generateDemo(t.db(), demo);
    store::SqlQuery zones(t.db(), QStringLiteral("SELECT DISTINCT time_zone FROM debtors"));
    zones.exec();
    QStringList seen;
    while (zones.next())
        seen << zones.value(0).toString();
    INFO(seen.join(u',').toStdString());
    for (const QString &zone : seen)
        CHECK((zone == QStringLiteral("Europe/Madrid") || zone == QStringLiteral("Atlantic/Canary")));
    CHECK(store::SettingsRepository(t.db()).load().debtorTimeZone == QStringLiteral("Europe/Madrid"));
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM contact_phones WHERE number LIKE '+52%'"))
              .execScalar() == 0);
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM debtors WHERE name LIKE '%C.V.'")).execScalar() == 0);
}
