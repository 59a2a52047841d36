#include "services/calldrafts.h"
#include "servicetesthelpers.h"
#include "store/calldraftrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kStart(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

CallWorksheet typed(Id debtor)
{
    CallWorksheet w;
    w.debtorId = debtor;
    w.contactId = 9;
    w.phone = QStringLiteral("+52 55 1234 5678");
    w.startedAtUtc = kStart;
    w.elapsedSeconds = 95;
    w.stage = CallStage::Negotiation;
    w.answeredBy = AnsweredBy::Debtor;
    w.notes.listening = QStringLiteral("Dice que «le pagan el viernes»");
    w.excuseCategory = ExcuseCategory::WaitingForCustomer;
    w.excuseKind = ExcuseKind::Excuse;
    w.willing = true;
    w.techniques = {QStringLiteral("options"), QStringLiteral("silence")};
    PaymentOption o;
    o.kind = OptionKind::Instalments;
    o.balance = Money::fromMinor(123456789);
    o.instalments = 4;
    o.frequency = PlanFrequency::Biweekly;
    o.firstDate = QDate(2026, 3, 13);
    w.option = o;
    w.callbackAtUtc = kStart.addDays(1);
    w.scriptId = 3;
    w.scriptVersion = 2;
    return w;
}

} // namespace

TEST_CASE("A draft comes back exactly as typed, for its desk only", "[services][call][drafts]")
{
    test::TempDb t;
    FixedClock clock(kStart.addSecs(95));
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    services::CallDrafts drafts(t.db(), clock);
    const CallWorksheet w = typed(debtor);
    drafts.save(QStringLiteral("ana"), w);
    t.reopen();  // as after a crash

    services::CallDrafts again(t.db(), clock);
    const auto back = again.load(debtor, QStringLiteral("ana"));
    REQUIRE(back.has_value());
    CHECK(*back == w);
    CHECK(back->option->balance == Money::fromMinor(123456789));
    CHECK_FALSE(again.load(debtor, QStringLiteral("luis")).has_value());
    CHECK(again.forDesk(QStringLiteral("ana")).size() == 1);
    CHECK(again.forDesk(QStringLiteral("luis")).isEmpty());

    // Typing on replaces the draft, never adds a second one.
    CallWorksheet more = w;
    more.stage = CallStage::Close;
    more.confirmed = true;
    again.save(QStringLiteral("ana"), more);
    CHECK(again.forDesk(QStringLiteral("ana")).size() == 1);
    CHECK(again.load(debtor, QStringLiteral("ana"))->confirmed);

    again.discard(debtor, QStringLiteral("ana"));
    CHECK_FALSE(again.load(debtor, QStringLiteral("ana")).has_value());
}

TEST_CASE("A draft this program cannot read is not offered back", "[services][call][drafts]")
{
    test::TempDb t;
    FixedClock clock(kStart);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    store::StoredCallDraft stored;
    stored.debtorId = debtor;
    stored.desk = QStringLiteral("ana");
    stored.startedAt = kStart;
    stored.savedAt = kStart;
    stored.body = "{\"format\": 99}";
    store::CallDraftRepository(t.db()).put(stored);
    services::CallDrafts drafts(t.db(), clock);
    CHECK_FALSE(drafts.load(debtor, QStringLiteral("ana")).has_value());
    CHECK(drafts.forDesk(QStringLiteral("ana")).isEmpty());
}
