// The same document for many debtors: which get one, in what order, why
// the others do not, and what the activity keeps of it.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "support/tempdb.h"

#include "services/debtorfilereader.h"
#include "services/debtorservice.h"
#include "services/documentbatch.h"
#include "services/paymentservice.h"
#include "store/auditrepository.h"
#include "store/promiserepository.h"

using namespace libreta;
using namespace libreta::services;
using libreta::test::runImport;
using libreta::test::storedDebtor;

namespace {

// Ana Ruiz paid everything; Ferretería López is marked do not contact;
// José Pérez Núñez owes. By name: Ana, Ferretería, José.
void office(store::Database &db)
{
    test::importBaseDebtors(db);
    runImport(db, ImportKind::Invoices, "invoices-iso-point.csv");
    DocumentService(db, test::importClock())
        .saveOfficeDetails({QStringLiteral("Cobranza Ágil S.C."), {}, {}, {}, {}, {}}, std::nullopt);
    PostPaymentRequest pay;
    pay.debtorId = storedDebtor(db, QStringLiteral("0042")).id;
    pay.amount = domain::Money::fromMinor(200000);
    pay.paidOn = QDate(2026, 1, 10);
    PaymentService(db, test::importClock()).post(pay);
    DebtorService(db, test::importClock())
        .setDoNotContact(storedDebtor(db, QStringLiteral("000124")).id, true, QStringLiteral("Pidió no ser contactado"));
}

DocumentBatchRequest batchOf(DocumentKind kind, const char *language = "es")
{
    DocumentBatchRequest r;
    r.document.kind = kind;
    r.document.language = QString::fromLatin1(language);
    r.document.locale = QLocale(QLocale::Spanish, QLocale::Mexico);
    r.document.currencySymbol = QStringLiteral("$");
    return r;
}

QStringList titles(DocumentBatch &batch)
{
    QStringList out;
    while (const auto d = batch.next())
        out << d->title;
    return out;
}

} // namespace

TEST_CASE("A batch of statements goes to the debtors who owe, in the portfolio's order", "[documents]")
{
    test::TempDb t;
    office(t.db());

    SECTION("Those marked do not contact and those who owe nothing are left out and counted")
    {
        DocumentBatch batch(t.db(), test::importClock(), {}, batchOf(DocumentKind::Statement));
        CHECK(batch.debtorCount() == 3);
        const auto d = batch.next();
        REQUIRE(d.has_value());
        CHECK(d->title == QStringLiteral("Estado de cuenta — José Pérez Núñez"));
        CHECK(d->html.contains(QStringLiteral("Cobranza Ágil S.C.")));
        CHECK(d->fileName == QStringLiteral("estado-de-cuenta-000123-2026-01-15.pdf"));
        CHECK_FALSE(batch.next().has_value());
        CHECK_FALSE(batch.next().has_value());
        CHECK(batch.tally().seen == 3);
        CHECK(batch.tally().composed == 1);
        CHECK(batch.tally().skipped.value(BatchSkip::DoNotContact) == 1);
        CHECK(batch.tally().skipped.value(BatchSkip::NothingOwed) == 1);
        CHECK(batch.tally().skippedCount() == 2);
    }
    SECTION("Unticked, every debtor gets one, by name as the portfolio sorts them")
    {
        auto r = batchOf(DocumentKind::Statement);
        r.skipDoNotContact = false;
        r.skipNothingOwed = false;
        DocumentBatch batch(t.db(), test::importClock(), {}, r);
        CHECK(titles(batch) == QStringList{QStringLiteral("Estado de cuenta — Ana Ruiz"),
                                           QStringLiteral("Estado de cuenta — Ferretería López; Hermanos S.A. de C.V."),
                                           QStringLiteral("Estado de cuenta — José Pérez Núñez")});
        CHECK(batch.tally().skippedCount() == 0);
    }
    SECTION("In the portfolio's other orders and searches")
    {
        auto r = batchOf(DocumentKind::Statement);
        r.skipDoNotContact = false;
        r.skipNothingOwed = false;
        r.query.sort = store::PortfolioSort::Outstanding;
        r.query.ascending = false;
        DocumentBatch byBalance(t.db(), test::importClock(), {}, r);
        CHECK(titles(byBalance) == QStringList{QStringLiteral("Estado de cuenta — José Pérez Núñez"),
                                               QStringLiteral("Estado de cuenta — Ferretería López; Hermanos S.A. de C.V."),
                                               QStringLiteral("Estado de cuenta — Ana Ruiz")});
        r.query.search = QStringLiteral("perez");
        DocumentBatch searched(t.db(), test::importClock(), {}, r);
        CHECK(searched.debtorCount() == 1);
        CHECK(titles(searched) == QStringList{QStringLiteral("Estado de cuenta — José Pérez Núñez")});
    }
    SECTION("Those picked in the portfolio, in the order picked, whatever the search")
    {
        auto r = batchOf(DocumentKind::Statement, "en");
        r.skipNothingOwed = false;
        r.query.search = QStringLiteral("nobody by this name");
        r.chosen = {storedDebtor(t.db(), QStringLiteral("000123")).id, storedDebtor(t.db(), QStringLiteral("0042")).id,
                    storedDebtor(t.db(), QStringLiteral("000124")).id, 999999};
        DocumentBatch batch(t.db(), test::importClock(), {}, r);
        CHECK(batch.debtorCount() == 4);
        CHECK(titles(batch) == QStringList{QStringLiteral("Account statement — José Pérez Núñez"),
                                           QStringLiteral("Account statement — Ana Ruiz")});
        CHECK(batch.tally().skipped.value(BatchSkip::DoNotContact) == 1);
        CHECK(batch.tally().skipped.value(BatchSkip::Gone) == 1);
    }
}

TEST_CASE("A batch of letters writes each only where the letter applies", "[documents]")
{
    test::TempDb t;
    office(t.db());

    SECTION("Confirmations: only debtors with a promise or plan pending")
    {
        domain::Promise p;
        p.debtorId = storedDebtor(t.db(), QStringLiteral("000123")).id;
        p.amount = domain::Money::fromMinor(50000);
        p.dueDate = QDate(2026, 1, 20);
        p.method = domain::PaymentMethod::Transfer;
        p.madeOn = QDate(2026, 1, 14);
        domain::PaymentPlan plan;
        plan.debtorId = p.debtorId;
        plan.instalments = {p};
        store::PromiseRepository(t.db()).addPlan(plan, std::nullopt);
        auto r = batchOf(DocumentKind::PromiseConfirmation);
        r.skipDoNotContact = false;
        DocumentBatch batch(t.db(), test::importClock(), {}, r);
        CHECK(titles(batch) == QStringList{QStringLiteral("Confirmación de compromiso de pago — José Pérez Núñez")});
        CHECK(batch.tally().skipped.value(BatchSkip::NoPendingPromise) == 2);
    }
    SECTION("Paid-in-full letters: only debtors who owe nothing and were invoiced, whatever the statements' box")
    {
        DebtorService(t.db(), test::importClock()).create([] {
            domain::Debtor d;
            d.externalRef = QStringLiteral("0099");
            d.name = QStringLiteral("Beatriz Sin Facturas");
            return d;
        }());
        DocumentBatch batch(t.db(), test::importClock(), {}, batchOf(DocumentKind::PaidInFull));
        CHECK(titles(batch) == QStringList{QStringLiteral("Carta finiquito — Ana Ruiz")});
        CHECK(batch.tally().skipped.value(BatchSkip::StillOwes) == 1);
        CHECK(batch.tally().skipped.value(BatchSkip::NoInvoices) == 1);
        CHECK(batch.tally().skipped.value(BatchSkip::DoNotContact) == 1);
        CHECK(batch.tally().skipped.value(BatchSkip::NothingOwed) == 0);
    }
}

TEST_CASE("A batch of payment reminders goes to the debtors with something overdue and no promise", "[documents]")
{
    test::TempDb t;
    office(t.db());
    auto r = batchOf(DocumentKind::PaymentReminder);
    r.skipDoNotContact = false;
    DocumentBatch batch(t.db(), test::importClock(), {}, r);
    // Ana paid; Ferretería López and José have invoices overdue.
    CHECK(titles(batch) == QStringList{QStringLiteral("Recordatorio de pago — Ferretería López; Hermanos S.A. de C.V."),
                                       QStringLiteral("Recordatorio de pago — José Pérez Núñez")});
    CHECK(batch.tally().skipped.value(BatchSkip::NothingOverdue) == 1);
    CHECK(batch.skippedText() == QStringLiteral("Left out: 1 with nothing overdue."));
    CHECK(DocumentBatch::kindWords(DocumentKind::PaymentReminder, 2) == QStringLiteral("2 payment reminder(s)"));
}

TEST_CASE("A batch reads the portfolio a page at a time to its last debtor", "[documents]")
{
    test::TempDb t;
    DocumentService(t.db(), test::importClock()).saveOfficeDetails({QStringLiteral("Despacho"), {}, {}, {}, {}, {}}, std::nullopt);
    DebtorService debtors(t.db(), test::importClock());
    // More than two of the batch's pages of 200, the last one short.
    for (int i = 1; i <= 450; ++i) {
        domain::Debtor d;
        d.externalRef = QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'));
        d.name = QStringLiteral("Deudor %1").arg(i, 4, 10, QLatin1Char('0'));
        debtors.create(d);
    }
    auto r = batchOf(DocumentKind::Statement);
    r.skipNothingOwed = false;
    r.query.ascending = false;
    DocumentBatch batch(t.db(), test::importClock(), {}, r);
    const QStringList all = titles(batch);
    REQUIRE(all.size() == 450);
    CHECK(all.first() == QStringLiteral("Estado de cuenta — Deudor 0450"));
    CHECK(all.at(200) == QStringLiteral("Estado de cuenta — Deudor 0250"));
    CHECK(all.last() == QStringLiteral("Estado de cuenta — Deudor 0001"));
    CHECK(QSet<QString>(all.begin(), all.end()).size() == 450);
}

TEST_CASE("A batch steps one debtor at a time, whether or not it gets a document", "[documents]")
{
    test::TempDb t;
    office(t.db());
    auto r = batchOf(DocumentKind::PromiseConfirmation);
    r.skipDoNotContact = false;
    DocumentBatch batch(t.db(), test::importClock(), {}, r);
    // Nobody has a promise: three steps pass over three debtors, and only
    // the fourth finds the end.
    for (int i = 1; i <= 3; ++i) {
        CHECK_FALSE(batch.step().has_value());
        CHECK_FALSE(batch.finished());
        CHECK(batch.tally().seen == i);
    }
    CHECK_FALSE(batch.step().has_value());
    CHECK(batch.finished());
    CHECK(batch.tally().skipped.value(BatchSkip::NoPendingPromise) == 3);
    CHECK(batch.skippedText() == QStringLiteral("Left out: 3 with no pending promise."));
}

TEST_CASE("A debtor picked twice, or met again on a later page, gets one document", "[documents]")
{
    test::TempDb t;
    office(t.db());
    auto r = batchOf(DocumentKind::Statement);
    const domain::Id jose = storedDebtor(t.db(), QStringLiteral("000123")).id;
    r.chosen = {jose, jose};
    DocumentBatch batch(t.db(), test::importClock(), {}, r);
    CHECK(titles(batch) == QStringList{QStringLiteral("Estado de cuenta — José Pérez Núñez")});
    CHECK(batch.tally().seen == 1);
}

TEST_CASE("What a batch wrote goes in each debtor's file and, as counts, in the activity", "[documents]")
{
    test::TempDb t;
    office(t.db());
    auto r = batchOf(DocumentKind::Statement);
    const domain::Id jose = storedDebtor(t.db(), QStringLiteral("000123")).id;
    r.chosen = {jose, storedDebtor(t.db(), QStringLiteral("0042")).id};
    DocumentBatch batch(t.db(), test::importClock(), {}, r);
    const auto document = batch.next();
    REQUIRE(document.has_value());
    CHECK(document->debtorId == jose);
    CHECK_FALSE(batch.next().has_value());
    batch.record(std::nullopt, {document->debtorId}, true);
    const auto entry = store::AuditRepository(t.db()).latest(1).at(0);
    CHECK(entry.action == QStringLiteral("document.batch"));
    CHECK(entry.details == QStringLiteral("kind=statement written=1 skipped=1 stopped=1 selected=1"));
    const auto file = DebtorFileReader(t.db()).read(jose, QDate(2026, 1, 15), test::importClock().nowUtc());
    REQUIRE(file);
    REQUIRE(file->documents.size() == 1);
    CHECK(file->documents.at(0).kind == QStringLiteral("statement"));
    CHECK(file->documents.at(0).writtenAt == test::importClock().nowUtc());
    CHECK_FALSE(file->documents.at(0).printed);
    CHECK(DebtorFileReader(t.db())
              .read(storedDebtor(t.db(), QStringLiteral("0042")).id, QDate(2026, 1, 15), test::importClock().nowUtc())
              ->documents.isEmpty());
}
