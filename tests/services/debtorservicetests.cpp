#include "domain/clock.h"
#include "services/debtorservice.h"
#include "servicetesthelpers.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/noterepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

Debtor newDebtor(const QString &ref = QStringLiteral("N-1"))
{
    Debtor d;
    d.externalRef = ref;
    d.name = QStringLiteral("  Ana   Ruiz Peña ");
    d.timeZone = QStringLiteral("America/Monterrey");
    d.segment = QStringLiteral("Bajo saldo");
    return d;
}

} // namespace

TEST_CASE("Creating a debtor stores it tidied, gives it a totals row and audits it", "[services][debtor]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id id = services::DebtorService(t.db(), clock).create(newDebtor());

    const auto stored = store::DebtorRepository(t.db()).byId(id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Ana Ruiz Peña"));
    CHECK(stored->timeZone == QStringLiteral("America/Monterrey"));
    CHECK(store::TotalsRepository(t.db()).forDebtor(id).has_value());
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
    const auto audit = store::AuditRepository(t.db()).latest(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("debtor.create"));
    CHECK(audit[0].entityId == id);
    CHECK(audit[0].at == kNow);
    CHECK_FALSE(audit[0].details.contains(QStringLiteral("Ruiz")));  // no personal data in the audit log
}

TEST_CASE("A debtor is refused without a name, a reference, a known time zone or a free reference",
          "[services][debtor]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    test::addDebtor(t.db(), QStringLiteral("TAKEN"));
    services::DebtorService service(t.db(), clock);

    auto refused = [&](Debtor d) { return test::refusedField([&] { service.create(d); }); };
    Debtor noName = newDebtor();
    noName.name = QStringLiteral("   ");
    CHECK(refused(noName) == QStringLiteral("name"));
    Debtor noRef = newDebtor(QStringLiteral(" "));
    CHECK(refused(noRef) == QStringLiteral("external_ref"));
    CHECK(refused(newDebtor(QStringLiteral("TAKEN"))) == QStringLiteral("external_ref"));
    Debtor badZone = newDebtor();
    badZone.timeZone = QStringLiteral("Mexico/Gotham");
    CHECK(refused(badZone) == QStringLiteral("time_zone"));
    Debtor ghostAgent = newDebtor();
    ghostAgent.assignedAgentId = 4242;
    CHECK(refused(ghostAgent) == QStringLiteral("agent"));

    CHECK(store::DebtorRepository(t.db()).count() == 1);  // nothing half-saved
    CHECK(test::auditActions(t.db()).isEmpty());
}

TEST_CASE("Editing a debtor keeps the do-not-contact mark and cannot take another's reference",
          "[services][debtor]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    services::DebtorService service(t.db(), clock);
    const Id other = test::addDebtor(t.db(), QStringLiteral("OTHER"));
    const Id id = service.create(newDebtor());
    service.setDoNotContact(id, true, QStringLiteral("Proceso legal en curso"));

    Debtor edited = *store::DebtorRepository(t.db()).byId(id);
    edited.name = QStringLiteral("Ana Ruiz de Peña");
    edited.risk = Level::High;
    edited.doNotContact = false;  // the edit form cannot lift it
    service.update(edited);
    const auto stored = store::DebtorRepository(t.db()).byId(id);
    CHECK(stored->name == QStringLiteral("Ana Ruiz de Peña"));
    CHECK(stored->risk == Level::High);
    CHECK(stored->doNotContact);
    CHECK(stored->doNotContactReason == QStringLiteral("Proceso legal en curso"));
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("debtor.update")});

    edited.externalRef = QStringLiteral("OTHER");
    CHECK(test::refusedField([&] { service.update(edited); }) == QStringLiteral("external_ref"));
    CHECK(store::DebtorRepository(t.db()).byId(id)->externalRef == QStringLiteral("N-1"));
    CHECK(store::DebtorRepository(t.db()).byId(other)->externalRef == QStringLiteral("OTHER"));
}

TEST_CASE("Do-not-contact needs a reason both to set and to lift, and lifting leaves a note",
          "[services][debtor]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    services::DebtorService service(t.db(), clock);
    const Id id = test::addDebtor(t.db(), QStringLiteral("D-1"));

    CHECK(test::refusedField([&] { service.setDoNotContact(id, true, QStringLiteral("  ")); }) == QStringLiteral("reason"));
    CHECK_FALSE(store::DebtorRepository(t.db()).byId(id)->doNotContact);
    CHECK(test::refusedField([&] { service.setDoNotContact(id, false, QStringLiteral("ya pagó")); }) ==
          QStringLiteral("do_not_contact"));

    service.setDoNotContact(id, true, QStringLiteral("Queja formal por acoso"));
    auto d = store::DebtorRepository(t.db()).byId(id);
    CHECK(d->doNotContact);
    CHECK(d->doNotContactReason == QStringLiteral("Queja formal por acoso"));

    CHECK(test::refusedField([&] { service.setDoNotContact(id, false, QString()); }) == QStringLiteral("reason"));
    service.setDoNotContact(id, false, QStringLiteral("La queja se resolvió"));
    d = store::DebtorRepository(t.db()).byId(id);
    CHECK_FALSE(d->doNotContact);
    CHECK(d->doNotContactReason.isEmpty());
    const auto notes = store::NoteRepository(t.db()).forDebtor(id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].body.contains(QStringLiteral("Queja formal por acoso")));
    CHECK(notes[0].body.contains(QStringLiteral("La queja se resolvió")));
    CHECK(test::auditActions(t.db(), 2) ==
          QStringList{QStringLiteral("debtor.do_not_contact"), QStringLiteral("debtor.do_not_contact")});
    CHECK(store::AuditRepository(t.db()).latest(1)[0].details == QStringLiteral("lifted"));
}

TEST_CASE("A new debtor is offered the reference after the last one, never a taken one", "[services][debtor]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    services::DebtorService debtors(t.db(), clock);
    CHECK(debtors.suggestedReference() == QStringLiteral("0001"));
    debtors.create(newDebtor(QStringLiteral("0001")));
    CHECK(debtors.suggestedReference() == QStringLiteral("0002"));
    // Typed by hand ahead of the numbering: stepped over.
    debtors.create(newDebtor(QStringLiteral("0003")));
    debtors.create(newDebtor(QStringLiteral("0002")));
    CHECK(debtors.suggestedReference() == QStringLiteral("0004"));
    debtors.create(newDebtor(QStringLiteral("exp-77")));
    CHECK(debtors.suggestedReference() == QStringLiteral("exp-78"));
}

TEST_CASE("A segment typed in other capitals or without its accents joins the office's", "[services][debtor]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    services::DebtorService debtors(t.db(), clock);
    Debtor first = newDebtor(QStringLiteral("S-1"));
    first.segment = QStringLiteral("Crédito General");
    debtors.create(first);
    Debtor second = newDebtor(QStringLiteral("S-2"));
    second.segment = QStringLiteral("credito  general");
    const Id id = debtors.create(second);
    CHECK(store::DebtorRepository(t.db()).byId(id)->segment == QStringLiteral("Crédito General"));
    // The only debtor of a segment corrects its spelling.
    Debtor alone = newDebtor(QStringLiteral("S-3"));
    alone.segment = QStringLiteral("vip");
    alone.id = debtors.create(alone);
    alone.segment = QStringLiteral("VIP");
    debtors.update(alone);
    CHECK(store::DebtorRepository(t.db()).byId(alone.id)->segment == QStringLiteral("VIP"));
}

TEST_CASE("A new debtor typed with a phone gets its own contact with it in the same step", "[services][debtor]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    services::DebtorService service(t.db(), clock);
    const Id id = service.createWithContact(newDebtor(), QStringLiteral("55 1234 5678"),
                                            QStringLiteral("ana@example.mx"));
    const auto contacts = store::ContactRepository(t.db()).forDebtor(id);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts[0].role == ContactRole::Debtor);
    CHECK(contacts[0].name == QStringLiteral("Ana Ruiz Peña"));
    REQUIRE(contacts[0].phones.size() == 1);
    CHECK(contacts[0].emails.size() == 1);

    // A number that is not one refuses the whole form: no debtor is left
    // without the contact it was typed with.
    CHECK(test::refusedField([&] {
              service.createWithContact(newDebtor(QStringLiteral("N-2")), QStringLiteral("12"), QString());
          }).startsWith(QStringLiteral("phone")));
    CHECK_FALSE(store::DebtorRepository(t.db()).byRef(QStringLiteral("N-2")).has_value());
    // Neither given: a debtor alone, as create() makes it.
    const Id alone = service.createWithContact(newDebtor(QStringLiteral("N-3")), QString(), QString());
    CHECK(store::ContactRepository(t.db()).forDebtor(alone).isEmpty());
}

TEST_CASE("A NIF whose letter does not add up is refused when typed, not when other details change",
          "[services][debtor]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    services::DebtorService service(t.db(), clock);
    Debtor typo = newDebtor();
    typo.taxId = QStringLiteral("12345678a");
    CHECK(test::refusedMessage([&] { service.create(typo); })
          == QStringLiteral("Tax id: the NIF 12345678A does not add up: its letter should be Z."));
    CHECK(store::DebtorRepository(t.db()).count() == 0);
    typo.taxId = QStringLiteral("12345678Z");
    const Id id = service.create(typo);

    // One stored before the check (an older file, an import of old) keeps
    // saving while its other details are edited.
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET tax_id = '50000000S' WHERE id = %1").arg(id)).exec();
    Debtor stored = *store::DebtorRepository(t.db()).byId(id);
    stored.city = QStringLiteral("Madrid");
    service.update(stored);
    CHECK(store::DebtorRepository(t.db()).byId(id)->city == QStringLiteral("Madrid"));
    stored.taxId = QStringLiteral("50000001S");
    CHECK(test::refusedField([&] { service.update(stored); }) == QStringLiteral("tax_id"));
}
