#include "domain/clock.h"
#include "services/noteservice.h"
#include "servicetesthelpers.h"
#include "store/noterepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);
} // namespace

TEST_CASE("A note is stored with its time and author and audited", "[services][note]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("N-1"));
    const Id id = services::NoteService(t.db(), clock).add(debtor, QStringLiteral("  Pide estado de cuenta.  "));

    const auto note = store::NoteRepository(t.db()).byId(id);
    REQUIRE(note);
    CHECK(note->body == QStringLiteral("Pide estado de cuenta."));
    CHECK(note->createdAt == kNow);
    CHECK_FALSE(note->correctsNoteId.has_value());
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("note.add")});
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("An empty or overlong note is refused and nothing is stored", "[services][note]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("N-1"));
    services::NoteService service(t.db(), clock);
    CHECK(test::refusedField([&] { service.add(debtor, QStringLiteral(" \n ")); }) == QStringLiteral("body"));
    CHECK(test::refusedField([&] { service.add(debtor, QString(services::NoteService::kMaxBodyLength + 1, QLatin1Char('x'))); }) ==
          QStringLiteral("body"));
    // Counts are written as the desk writes numbers: "4,000" in Mexico.
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("es_MX")));
        const QString said = test::refusedMessage(
            [&] { service.add(debtor, QString(services::NoteService::kMaxBodyLength + 39, QLatin1Char('x'))); });
        QLocale::setDefault(before);
        CHECK(said.contains(QStringLiteral("4,000")));
        CHECK(said.contains(QStringLiteral("4,039")));
    }
    CHECK(test::refusedField([&] { service.add(debtor + 7, QStringLiteral("hola")); }) == QStringLiteral("debtor"));
    CHECK(test::refusedField([&] { service.correct(999, QStringLiteral("hola")); }) == QStringLiteral("note"));
    CHECK(store::NoteRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK(test::auditActions(t.db()).isEmpty());
}

TEST_CASE("A correction is a new note pointing at the old one, which stays as it was", "[services][note]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("N-1"));
    services::NoteService service(t.db(), clock);
    const Id original = service.add(debtor, QStringLiteral("Prometió pagar el lunes."));
    clock.set(kNow.addSecs(600));
    const Id correction = service.correct(original, QStringLiteral("Corrijo: prometió pagar el martes."));

    CHECK(correction != original);
    const auto notes = store::NoteRepository(t.db()).forDebtor(debtor);
    REQUIRE(notes.size() == 2);  // both stay in the file, newest first
    CHECK(notes[0].id == correction);
    CHECK(notes[0].correctsNoteId == original);
    CHECK(notes[0].debtorId == debtor);
    CHECK(notes[1].id == original);
    CHECK(notes[1].body == QStringLiteral("Prometió pagar el lunes."));
    CHECK(notes[1].createdAt == kNow);
    const auto audit = store::AuditRepository(t.db()).latest(1);
    CHECK(audit[0].action == QStringLiteral("note.correct"));
    CHECK(audit[0].details.contains(QStringLiteral("corrects=%1").arg(original)));
}
