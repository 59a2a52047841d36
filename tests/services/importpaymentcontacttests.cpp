// The importer's corpus, payments and contacts: payments follow the same
// allocation and promise rules as the payment dialog; re-imports are safe.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "support/tempdb.h"

#include "services/paymentservice.h"
#include "store/promiserepository.h"

using namespace libreta;
using namespace libreta::services;
using libreta::test::runImport;
using libreta::test::storedDebtor;
using libreta::test::storedInvoice;

TEST_CASE("A bank file's payments are allocated to the invoice they name, then oldest first", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    const auto r = runImport(t.db(), ImportKind::Payments, "payments-bank.csv");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.stored);
    CHECK(r.added == 3);

    const auto jose = storedDebtor(t.db(), QStringLiteral("000123"));
    const auto payments = store::PaymentRepository(t.db()).forDebtor(jose.id);  // newest first
    REQUIRE(payments.size() == 2);
    CHECK(payments[1].paidOn == QDate(2025, 11, 15));
    CHECK(payments[1].amount.minor() == 100000);
    CHECK(payments[1].method == domain::PaymentMethod::Transfer);
    CHECK(payments[1].reference == QStringLiteral("SPEI-001"));
    REQUIRE(payments[1].allocations.size() == 1);
    CHECK(payments[1].allocations[0].invoiceId == storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("F-0002")).id);
    CHECK(payments[0].method == domain::PaymentMethod::Cash);
    REQUIRE(payments[0].allocations.size() == 1);
    CHECK(payments[0].allocations[0].invoiceId == storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("F-0001")).id);
    CHECK(payments[0].allocations[0].amount.minor() == 23450);

    const auto card = store::PaymentRepository(t.db()).forDebtor(storedDebtor(t.db(), QStringLiteral("000124")).id);
    REQUIRE(card.size() == 1);
    CHECK(card[0].method == domain::PaymentMethod::Card);
    CHECK(store::TotalsRepository(t.db()).forDebtor(jose.id)->outstanding.minor() == 246906 - 100000 - 23450);
    CHECK(test::totalsConsistent(t.db()));

    // The same bank file again adds nothing.
    const auto again = runImport(t.db(), ImportKind::Payments, "payments-bank.csv");
    CHECK(again.added == 0);
    CHECK(again.unchanged == 3);
    CHECK(test::rowsIn(t.db(), "payments") == 3);
}

TEST_CASE("Two equal payments in one file are two payments", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    auto run = [&] {
        return test::runImportText(t.db(), ImportKind::Payments,
                                   "debtor_ref,date,amount,method\n0042,2025-12-20,100.00,cash\n"
                                   "0042,2025-12-20,100.00,cash\n");
    };
    CHECK(run().added == 2);
    const auto again = run();
    CHECK(again.added == 0);
    CHECK(again.unchanged == 2);
}

TEST_CASE("An imported payment keeps a promise it covers, as a typed one does", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    const auto ana = storedDebtor(t.db(), QStringLiteral("0042"));
    domain::Promise p;
    p.debtorId = ana.id;
    p.amount = domain::Money::fromMinor(50000);
    p.dueDate = QDate(2025, 12, 22);
    p.madeOn = QDate(2025, 12, 15);
    const auto promiseId = store::PromiseRepository(t.db()).add(p);
    store::TotalsRepository(t.db()).refresh(ana.id);

    const auto r = test::runImportText(
        t.db(), ImportKind::Payments,
        "debtor_ref,invoice_number,date,amount,method,reference\n0042,F-7,2025-12-20,500.00,transferencia,X1\n");
    CHECK(r.added == 1);
    CHECK(store::PromiseRepository(t.db()).byId(promiseId)->status == domain::PromiseStatus::Kept);
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("A history of payments is applied as on each payment's day, so a later row's invoice is still open",
          "[import]")
{
    // Seen at 100,000 debtors: a payment of June that paid its invoice and,
    // with the rest, the debtor's disputed one, gave the rest to an invoice
    // issued in August instead, so the August payment naming that invoice
    // was refused ("not an open invoice") and the whole file with it.
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto debtor = storedDebtor(t.db(), QStringLiteral("000124"));
    const auto before = store::TotalsRepository(t.db()).forDebtor(debtor.id)->outstanding;
    REQUIRE(test::runImportText(t.db(), ImportKind::Invoices,
                                "debtor_ref,number,issue_date,due_date,amount,disputed\n"
                                "000124,D-1,2025-01-13,2025-02-12,1295.00,yes\n"
                                "000124,A-2,2025-05-03,2025-06-02,981.00,no\n"
                                "000124,L-3,2025-08-16,2025-09-15,1065.00,no\n")
                .stored);

    const auto r = test::runImportText(t.db(), ImportKind::Payments,
                                       "debtor_ref,invoice_number,date,amount,method,reference\n"
                                       "000124,A-2,2025-06-17,2276.00,transfer,T-1\n"
                                       "000124,L-3,2025-10-04,1065.00,card,C-2\n");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.stored);
    CHECK(r.added == 2);
    CHECK(r.refused == 0);
    const auto stored = store::PaymentRepository(t.db()).forDebtor(debtor.id);  // newest first
    REQUIRE(stored.size() == 2);
    REQUIRE(stored[1].allocations.size() == 2);
    CHECK(stored[1].allocations[0].invoiceId == storedInvoice(t.db(), QStringLiteral("000124"), QStringLiteral("A-2")).id);
    CHECK(stored[1].allocations[1].invoiceId == storedInvoice(t.db(), QStringLiteral("000124"), QStringLiteral("D-1")).id);
    CHECK(stored[1].allocations[1].amount.minor() == 129500);
    REQUIRE(stored[0].allocations.size() == 1);
    CHECK(stored[0].allocations[0].invoiceId == storedInvoice(t.db(), QStringLiteral("000124"), QStringLiteral("L-3")).id);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor.id)->outstanding == before);
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("A payment naming an invoice already paid in Libreta is refused with what to do", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    const auto before = test::countsOf(t.db());
    // F-0001 of 000123 owes 1,234.50: the second row names it once paid.
    const auto r = test::runImportText(t.db(), ImportKind::Payments,
                                       "debtor_ref,invoice_number,date,amount,method,reference\n"
                                       "000123,F-0001,2025-12-20,1234.50,cash,R-1\n"
                                       "000123,F-0001,2025-12-21,10.00,cash,R-2\n");
    CHECK(test::messagesOf(r) ==
          QStringLiteral("3 invoice_number: invoice «F-0001» of debtor 000123 is already paid in Libreta; leave this "
                         "row's invoice number empty and the payment goes to the debtor's other open invoices, or "
                         "stays as credit on account if nothing else is owed."));
    CHECK_FALSE(r.stored);
    CHECK(test::countsOf(t.db()) == before);
}

TEST_CASE("A payment listed twice in one file is refused as a repeat, not as an invoice already paid", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    const auto before = test::countsOf(t.db());
    // The ERP's export lists the same SPEI transfer on lines 2 and 4.
    const auto r = test::runImportText(t.db(), ImportKind::Payments,
                                       "debtor_ref,invoice_number,date,amount,method,reference\n"
                                       "000123,F-0001,2025-12-20,1234.50,transfer,SPEI 0612-4471\n"
                                       "000123,,2025-12-20,10.00,cash,\n"
                                       "000123,F-0001,2025-12-20,1234.50,transfer,SPEI 0612-4471\n");
    CHECK(test::messagesOf(r) ==
          QStringLiteral("4 reference: an earlier line of this file has the same payment (the same date, amount and "
                         "reference): delete this row if it is repeated; if it is a second payment, give it its own "
                         "reference."));
    CHECK_FALSE(r.stored);
    CHECK(test::countsOf(t.db()) == before);

    // A date refused is quoted as the file writes its dates, to be found in it.
    const auto later = test::runImportText(t.db(), ImportKind::Payments,
                                           "debtor_ref,invoice_number,date,amount,method,reference\n"
                                           "000123,,20/12/2025,10.00,cash,\n"
                                           "000123,,28/01/2026,10.00,cash,\n");
    CHECK(test::messagesOf(later) == QStringLiteral("3 date: 28/01/2026 is after today."));

    // Two cash payments of the same amount on one day, with no reference,
    // are two payments while an invoice is open.
    const auto cash = test::runImportText(t.db(), ImportKind::Payments,
                                          "debtor_ref,invoice_number,date,amount,method,reference\n"
                                          "000123,,2025-12-20,10.00,cash,\n"
                                          "000123,,2025-12-20,10.00,cash,\n");
    INFO(test::messagesOf(cash).toStdString());
    CHECK(cash.added == 2);
}

TEST_CASE("The same bank file imported again, its invoices paid by its own rows, adds nothing", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    const QByteArray bank = "debtor_ref,invoice_number,date,amount,method,reference\n"
                            "000123,F-0001,2025-12-20,1234.50,transfer,SPEI-777\n";
    const auto first = test::runImportText(t.db(), ImportKind::Payments, bank);
    REQUIRE(first.stored);
    REQUIRE(first.added == 1);
    const auto before = test::countsOf(t.db());
    const auto again = test::runImportText(t.db(), ImportKind::Payments, bank);
    INFO(test::messagesOf(again).toStdString());
    CHECK(again.stored);
    CHECK(again.unchanged == 1);
    CHECK(again.refused == 0);
    const auto after = test::countsOf(t.db());
    CHECK(after.payments == before.payments);
    CHECK(after.allocations == before.allocations);
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("Payments naming an unknown invoice, in the future or without a debtor are refused", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    const auto before = test::countsOf(t.db());
    const auto r = test::runImportText(t.db(), ImportKind::Payments,
                                       "debtor_ref,invoice_number,date,amount,method\n"
                                       "000123,F-9999,2025-12-20,10.00,cash\n"
                                       "000123,,2026-02-01,10.00,cash\n"
                                       "XX,,2025-12-20,10.00,cash\n"
                                       "000123,,2025-12-20,10.00,bitcoin\n");
    CHECK(test::messagesOf(r) ==
          QStringLiteral("2 invoice_number: debtor 000123 has no invoice numbered «F-9999».\n"
                         "3 date: 2026-02-01 is after today.\n"
                         "4 debtor_ref: no debtor has the reference «XX»; import the debtors first.\n"
                         "5 method: «bitcoin» is not a payment method this import knows; write one of «Cash», «Bank "
                         "transfer», «Card», «Cheque», «Bank deposit», «Mobile payment», «Paid at a store», «Direct "
                         "debit», «Other»."));
    CHECK(test::countsOf(t.db()) == before);
}

TEST_CASE("Contacts are matched by name: a second row adds what the first lacked", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto r = runImport(t.db(), ImportKind::Contacts, "contacts.csv");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 2);
    CHECK(r.updated == 1);
    const auto contacts = store::ContactRepository(t.db()).forDebtor(storedDebtor(t.db(), QStringLiteral("000124")).id);
    const auto pedro = std::find_if(contacts.cbegin(), contacts.cend(),
                                    [](const domain::Contact &c) { return c.name == QStringLiteral("Pedro López"); });
    REQUIRE(pedro != contacts.cend());
    CHECK(pedro->role == domain::ContactRole::Guarantor);
    REQUIRE(pedro->phones.size() == 1);
    CHECK(pedro->phones[0].number == QStringLiteral("33 1111 2222"));
    REQUIRE(pedro->emails.size() == 1);
    CHECK(pedro->emails[0].address == QStringLiteral("pedro@example.mx"));
    const auto laura = store::ContactRepository(t.db()).forDebtor(storedDebtor(t.db(), QStringLiteral("000123")).id);
    CHECK(std::any_of(laura.cbegin(), laura.cend(), [](const domain::Contact &c) {
        return c.name == QStringLiteral("Laura Pérez") && c.role == domain::ContactRole::DecisionMaker;
    }));
    const auto again = runImport(t.db(), ImportKind::Contacts, "contacts.csv");
    CHECK(again.unchanged == 3);
}
