// Edit ▸ Office users: an administrator keeps the list; the office is never
// left without an active administrator; a login is as the computer's.

#include "servicetesthelpers.h"
#include "support/tempdb.h"

#include "services/pin.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "support/fixtures.h"
#include "services/userservice.h"
#include "store/auditrepository.h"
#include "store/targetrepository.h"
#include "store/userrepository.h"

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::services;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));

User person(const QString &login, const QString &name, UserRole role, bool active = true)
{
    return User{0, login, name, role, active};
}

} // namespace

TEST_CASE("An office without users adds its first, who must be an administrator", "[services][users]")
{
    test::TempDb t;
    UserService users(t.db(), kClock, std::nullopt);
    REQUIRE(users.mayManage());
    CHECK(test::refusedField([&] { users.add(person(QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent)); }) ==
          QStringLiteral("role"));
    CHECK(store::UserRepository(t.db()).all().isEmpty());

    const Id lucia = users.add(person(QStringLiteral("  Lucia.Hernandez "), QStringLiteral(" Lucía  Hernández "), UserRole::Admin));
    const auto stored = store::UserRepository(t.db()).byId(lucia);
    REQUIRE(stored);
    CHECK(stored->login == QStringLiteral("lucia.hernandez"));
    CHECK(stored->displayName == QStringLiteral("Lucía Hernández"));
    // From now on only an administrator manages: this desk, unnamed, no longer may.
    CHECK_FALSE(users.mayManage());
    CHECK(UserService(t.db(), kClock, lucia).mayManage());
    const auto audit = store::AuditRepository(t.db()).latest(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == QStringLiteral("user.create"));
}

TEST_CASE("An administrator adds agents and supervisors and changes them", "[services][users]")
{
    test::TempDb t;
    const Id admin = UserService(t.db(), kClock, std::nullopt).add(person(QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin));
    UserService users(t.db(), kClock, admin);
    const Id ana = users.add(person(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent));
    users.add(person(QStringLiteral("sue"), QStringLiteral("Susana Paz"), UserRole::Supervisor));

    User changed = *store::UserRepository(t.db()).byId(ana);
    changed.displayName = QStringLiteral("Ana Ruiz Soto");
    changed.role = UserRole::Supervisor;
    changed.active = false;
    users.update(changed);
    const auto stored = store::UserRepository(t.db()).byId(ana);
    CHECK(stored->displayName == QStringLiteral("Ana Ruiz Soto"));
    CHECK(stored->role == UserRole::Supervisor);
    CHECK_FALSE(stored->active);

    // An agent or a supervisor may not.
    CHECK(test::refusedField([&] {
              UserService(t.db(), kClock, ana).add(person(QStringLiteral("beto"), QStringLiteral("Beto"), UserRole::Agent));
          }) == QStringLiteral("users"));
}

TEST_CASE("An agent's monthly target is set with the user, changed, kept, and removed", "[services][users]")
{
    test::TempDb t;
    const Id admin = UserService(t.db(), kClock, std::nullopt).add(person(QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin));
    UserService users(t.db(), kClock, admin);
    store::TargetRepository targets(t.db());
    const Id ana = users.add(person(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent), {},
                             TargetChange{true, Money::fromMinor(25000000)});
    CHECK(targets.monthlyRecovery(ana) == Money::fromMinor(25000000));
    CHECK(store::AuditRepository(t.db()).latest(1).first().details.contains(QStringLiteral("target=25000000")));

    User a = *store::UserRepository(t.db()).byId(ana);
    users.update(a);  // no change asked: the target stays
    CHECK(targets.monthlyRecovery(ana) == Money::fromMinor(25000000));
    users.update(a, {}, TargetChange{true, Money::fromMinor(30000000)});
    CHECK(targets.monthlyRecovery(ana) == Money::fromMinor(30000000));
    // A negative one is refused by its field, and the one stored stays.
    CHECK(test::refusedField([&] { users.update(a, {}, TargetChange{true, Money::fromMinor(-1)}); }) ==
          QStringLiteral("target"));
    CHECK(targets.monthlyRecovery(ana) == Money::fromMinor(30000000));
    users.update(a, {}, TargetChange{true, Money()});  // emptied: none
    CHECK_FALSE(targets.monthlyRecovery(ana).has_value());
    CHECK(store::AuditRepository(t.db()).latest(1).first().details.contains(QStringLiteral("target=none")));
}

TEST_CASE("A user is refused by the field at fault, and nothing is stored", "[services][users]")
{
    test::TempDb t;
    const Id admin = UserService(t.db(), kClock, std::nullopt).add(person(QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin));
    UserService users(t.db(), kClock, admin);
    const Id ana = users.add(person(QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent));
    const int before = int(store::UserRepository(t.db()).all().size());

    CHECK(test::refusedField([&] { users.add(person(QStringLiteral("a"), QStringLiteral("Uno"), UserRole::Agent)); }) ==
          QStringLiteral("login"));
    CHECK(test::refusedField([&] { users.add(person(QStringLiteral("ana maría"), QStringLiteral("Otra"), UserRole::Agent)); }) ==
          QStringLiteral("login"));
    CHECK(test::refusedMessage([&] { users.add(person(QStringLiteral("ANA"), QStringLiteral("Otra Ana"), UserRole::Agent)); })
              .contains(QStringLiteral("Ana")));
    CHECK(test::refusedField([&] { users.add(person(QStringLiteral("beto"), QStringLiteral("   "), UserRole::Agent)); }) ==
          QStringLiteral("name"));
    User renamed = *store::UserRepository(t.db()).byId(ana);
    renamed.login = QStringLiteral("ana2");
    CHECK(test::refusedField([&] { users.update(renamed); }) == QStringLiteral("login"));
    CHECK(int(store::UserRepository(t.db()).all().size()) == before);
}

TEST_CASE("The last active administrator can be neither demoted nor deactivated", "[services][users]")
{
    test::TempDb t;
    const Id admin = UserService(t.db(), kClock, std::nullopt).add(person(QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin));
    UserService users(t.db(), kClock, admin);
    users.add(person(QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent));
    User me = *store::UserRepository(t.db()).byId(admin);

    me.role = UserRole::Supervisor;
    CHECK(test::refusedField([&] { users.update(me); }) == QStringLiteral("role"));
    me.role = UserRole::Admin;
    me.active = false;
    CHECK(test::refusedField([&] { users.update(me); }) == QStringLiteral("active"));
    CHECK(store::UserRepository(t.db()).byId(admin)->active);

    // With a second administrator, the first may step down.
    users.add(person(QStringLiteral("aruiz"), QStringLiteral("Alma Ruiz"), UserRole::Admin));
    me.active = true;
    me.role = UserRole::Supervisor;
    users.update(me);
    CHECK(store::UserRepository(t.db()).byId(admin)->role == UserRole::Supervisor);
}

TEST_CASE("A user's PIN is kept only as its hash, set, changed and removed by an administrator", "[services][users]")
{
    test::TempDb t;
    const Id admin = UserService(t.db(), kClock, std::nullopt)
                         .add(person(QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin));
    UserService users(t.db(), kClock, admin);
    PinChange pin{PinChange::Action::Set, QStringLiteral("4821"), QStringLiteral("4821")};
    const Id sue = users.add(person(QStringLiteral("sue"), QStringLiteral("Susana Paz"), UserRole::Supervisor), pin);

    store::UserRepository repository(t.db());
    CHECK(repository.byId(sue)->hasPin);
    const auto hash = repository.pinHash(sue);
    REQUIRE(hash);
    CHECK_FALSE(hash->contains("4821"));
    CHECK(hash->startsWith("$argon2id$"));
    CHECK(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("4821")));
    CHECK_FALSE(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("4822")));
    CHECK_FALSE(Pin::isUsersPin(t.db(), QStringLiteral("admin"), QStringLiteral("4821")));  // has none
    CHECK(store::AuditRepository(t.db()).latest(1).first().details.endsWith(QStringLiteral(" pin=set")));

    User s = *repository.byId(sue);
    SECTION("a change that leaves the PIN alone keeps it")
    {
        s.displayName = QStringLiteral("Susana Paz Ortega");
        users.update(s);
        CHECK(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("4821")));
        CHECK_FALSE(store::AuditRepository(t.db()).latest(1).first().details.contains(QStringLiteral("pin")));
    }
    SECTION("a new PIN replaces the old one")
    {
        users.update(s, {PinChange::Action::Set, QStringLiteral("90210777"), QStringLiteral("90210777")});
        CHECK(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("90210777")));
        CHECK_FALSE(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("4821")));
    }
    SECTION("a removed PIN is gone")
    {
        users.update(s, {PinChange::Action::Remove, {}, {}});
        CHECK_FALSE(repository.byId(sue)->hasPin);
        CHECK(store::AuditRepository(t.db()).latest(1).first().details.endsWith(QStringLiteral(" pin=removed")));
    }
    SECTION("removing a PIN a user does not have says nothing of it")
    {
        const Id ana = users.add(person(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent),
                                 {PinChange::Action::Remove, {}, {}});
        CHECK_FALSE(store::AuditRepository(t.db()).latest(1).first().details.contains(QStringLiteral("pin")));
        User a = *repository.byId(ana);
        users.update(a, {PinChange::Action::Remove, {}, {}});
        CHECK_FALSE(store::AuditRepository(t.db()).latest(1).first().details.contains(QStringLiteral("pin")));
        CHECK_FALSE(repository.byId(ana)->hasPin);
    }
    SECTION("a PIN that is not 4 to 12 digits, or not repeated the same, is refused and the old one stays")
    {
        for (const char *bad : {"123", "1234567890123", "12a4", "12 34", ""})
            CHECK(test::refusedField([&] {
                      users.update(s, {PinChange::Action::Set, QString::fromLatin1(bad), QString::fromLatin1(bad)});
                  }) == QStringLiteral("pin"));
        // Said as what is wrong: the letter, not the length.
        try {
            users.update(s, {PinChange::Action::Set, QStringLiteral("12a4"), QStringLiteral("12a4")});
            FAIL("a PIN with a letter was taken");
        } catch (const InputError &e) {
            CHECK(e.message().startsWith(QStringLiteral("PIN: digits only")));
        }
        CHECK(test::refusedField([&] {
                  users.update(s, {PinChange::Action::Set, QStringLiteral("5555"), QStringLiteral("5556")});
              }) == QStringLiteral("pin_repeat"));
        CHECK(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("4821")));
    }
    SECTION("an agent cannot give anyone a PIN")
    {
        const Id ana = users.add(person(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent));
        CHECK(test::refusedField([&] {
                  UserService(t.db(), kClock, ana)
                      .update(s, {PinChange::Action::Set, QStringLiteral("1111"), QStringLiteral("1111")});
              }) == QStringLiteral("users"));
        CHECK(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("4821")));
    }
}

TEST_CASE("A user sets, changes and removes their own PIN, typing the one they have", "[services][users]")
{
    test::TempDb t;
    const Id admin = UserService(t.db(), kClock, std::nullopt)
                         .add(person(QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin));
    const Id sue =
        UserService(t.db(), kClock, admin).add(person(QStringLiteral("sue"), QStringLiteral("Susana Paz"), UserRole::Supervisor));
    UserService mine(t.db(), kClock, sue);

    // Nobody at the desk: refused.
    CHECK(test::refusedField([&] {
              UserService(t.db(), kClock, std::nullopt)
                  .changeOwnPin({}, {PinChange::Action::Set, QStringLiteral("4821"), QStringLiteral("4821")});
          }) == QStringLiteral("users"));
    // Nothing asked: named.
    CHECK(test::refusedField([&] { mine.changeOwnPin({}, {}); }) == QStringLiteral("pin"));

    mine.changeOwnPin({}, {PinChange::Action::Set, QStringLiteral("482193"), QStringLiteral("482193")});
    CHECK(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("482193")));
    const auto entry = store::AuditRepository(t.db()).latest(1).first();
    CHECK(entry.userId == sue);
    CHECK(entry.details.contains(QStringLiteral("pin=set")));

    // Once she has one, it is asked first.
    const PinChange next{PinChange::Action::Set, QStringLiteral("771100"), QStringLiteral("771100")};
    CHECK(test::refusedField([&] { mine.changeOwnPin({}, next); }) == QStringLiteral("current_pin"));
    CHECK(test::refusedField([&] { mine.changeOwnPin({}, {PinChange::Action::Remove, {}, {}}); }) ==
          QStringLiteral("current_pin"));
    CHECK(test::refusedField([&] { mine.changeOwnPin(QStringLiteral("000000"), next); }) ==
          QStringLiteral("current_pin"));
    CHECK(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("482193")));
    mine.changeOwnPin(QStringLiteral("482193"), next);
    CHECK(Pin::isUsersPin(t.db(), QStringLiteral("sue"), QStringLiteral("771100")));
    mine.changeOwnPin(QStringLiteral("771100"), {PinChange::Action::Remove, {}, {}});
    CHECK_FALSE(store::UserRepository(t.db()).byId(sue)->hasPin);
}

TEST_CASE("Wrong PINs are counted in the file: a restart does not give three more guesses", "[services][users]")
{
    test::TempDb t;
    const Id admin =
        UserService(t.db(), kClock, std::nullopt).add(person(QStringLiteral("aruiz"), QStringLiteral("Alejandra Ruiz"), UserRole::Admin));
    const Id fernando = UserService(t.db(), kClock, admin)
                            .add(person(QStringLiteral("fibarra"), QStringLiteral("Fernando Ibarra"), UserRole::Supervisor));
    const QString login = QStringLiteral("fibarra");
    const QDateTime now = kClock.nowUtc();
    // A wrong PIN as the forms try one: counted first, then found wrong.
    // Negative: refused before checking, with that many seconds to wait.
    const auto tryWrong = [&](store::Database &db) {
        if (const int wait = Pin::beginTry(db, kClock, login); wait > 0)
            return -wait;
        return Pin::wrong(db, kClock, admin, login);
    };
    CHECK(tryWrong(t.db()) == 0);
    CHECK(tryWrong(t.db()) == 0);
    CHECK(Pin::waitSeconds(t.db(), login, now) == 0);

    // Libreta closed and opened again: the third in a row still makes the
    // next try wait, and the wait is there after another restart.
    t.reopen();
    CHECK(tryWrong(t.db()) == 30);
    t.reopen();
    CHECK(Pin::waitSeconds(t.db(), login, now) == 30);
    CHECK(Pin::waitSeconds(t.db(), login, now.addSecs(29)) == 1);
    CHECK(Pin::waitSeconds(t.db(), login, now.addSecs(30)) == 0);
    const auto entry = store::AuditRepository(t.db()).latest(1).at(0);
    CHECK(entry.action == QStringLiteral("user.pin_wait"));
    CHECK(entry.details == QStringLiteral("user=%1 tries=3 wait=30").arg(fernando));
    // During the wait nothing is tried, the right PIN neither, nor counted.
    CHECK(tryWrong(t.db()) == -30);
    CHECK(store::UserRepository(t.db()).pinTries(fernando).wrongInRow == 0);

    // A PIN checked at two desks at once is counted twice: each counts
    // before it checks.
    const domain::FixedClock later(now.addSecs(31));
    store::Database otherDesk(t.path());
    CHECK(Pin::beginTry(t.db(), later, login) == 0);
    CHECK(Pin::beginTry(otherDesk, later, login) == 0);
    CHECK(Pin::beginTry(t.db(), later, login) == 0);
    CHECK(store::UserRepository(otherDesk).pinTries(fernando).wrongInRow == 3);
    // The third wrong doubles the wait.
    CHECK(Pin::wrong(otherDesk, later, admin, login) == 60);

    // The right PIN starts over.
    Pin::right(t.db(), login);
    CHECK(store::UserRepository(t.db()).pinTries(fernando) == store::PinTries());

    // A wait set by a computer whose clock ran a year ahead is shown as the
    // longest, and cut to it at the next try.
    store::UserRepository(t.db()).setPinTries(fernando, {0, 1, now.addDays(365)});
    CHECK(Pin::waitSeconds(t.db(), login, now) == Pin::kLongestWaitSeconds);
    CHECK(Pin::beginTry(t.db(), kClock, login) == Pin::kLongestWaitSeconds);
    CHECK(Pin::waitSeconds(t.db(), login, now.addSecs(Pin::kLongestWaitSeconds)) == 0);

    // An administrator's new PIN starts the count over.
    store::UserRepository(t.db()).setPinTries(fernando, {2, 3, now.addSecs(300)});
    User changed = *store::UserRepository(t.db()).byId(fernando);
    UserService(t.db(), kClock, admin).update(changed, PinChange{PinChange::Action::Set, QStringLiteral("482193"),
                                                                 QStringLiteral("482193")});
    CHECK(store::UserRepository(t.db()).pinTries(fernando) == store::PinTries());
    // Nobody by that login: nothing to count.
    CHECK(Pin::beginTry(t.db(), kClock, QStringLiteral("nadie")) == 0);
    CHECK(Pin::wrong(t.db(), kClock, admin, QStringLiteral("nadie")) == 0);
}

TEST_CASE("A user who leaves hands their debtors and open follow-ups to someone, or to nobody", "[services][users]")
{
    test::TempDb t;
    const Id admin = store::UserRepository(t.db()).add(person(QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin));
    const Id raul = store::UserRepository(t.db()).add(person(QStringLiteral("raul"), QStringLiteral("Raúl"), UserRole::Agent));
    const Id carlos = store::UserRepository(t.db()).add(person(QStringLiteral("carlos"), QStringLiteral("Carlos"), UserRole::Agent));
    // Raúl's debtor with his call-back, and another agent's debtor with a
    // task Raúl was given.
    const Id his = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const Id theirs = test::addDebtor(t.db(), QStringLiteral("C-1"));
    for (const auto &[debtor, agent] : {std::pair{his, raul}, std::pair{theirs, carlos}}) {
        Debtor d = *store::DebtorRepository(t.db()).byId(debtor);
        d.assignedAgentId = agent;
        store::DebtorRepository(t.db()).update(d);
    }
    for (const Id debtor : {his, theirs}) {
        FollowUp f;
        f.debtorId = debtor;
        f.kind = FollowUpKind::Callback;
        f.dueDate = kClock.today().addDays(1);
        f.assignedTo = raul;
        store::FollowUpRepository(t.db()).add(f);
    }

    UserService users(t.db(), kClock, admin);
    const store::AssignmentCounts work = users.workOf(raul);
    CHECK(work.debtors == 1);
    CHECK(work.followUps == 2);
    User leaving = *store::UserRepository(t.db()).byId(raul);
    leaving.active = false;
    // Not said who takes it: refused, and he still works here.
    CHECK(test::refusedField([&] { users.update(leaving); }) == QStringLiteral("hand_over"));
    CHECK(store::UserRepository(t.db()).byId(raul)->active);
    // Not someone who left, nor himself.
    CHECK(test::refusedField([&] { users.update(leaving, {}, {}, WorkHandOver{true, raul}); }) ==
          QStringLiteral("hand_over"));

    users.update(leaving, {}, {}, WorkHandOver{true, carlos});
    CHECK_FALSE(store::UserRepository(t.db()).byId(raul)->active);
    CHECK(store::DebtorRepository(t.db()).byId(his)->assignedAgentId == std::optional<Id>(carlos));
    CHECK(users.workOf(raul).followUps == 0);
    CHECK(users.workOf(carlos).debtors == 2);
    CHECK(users.workOf(carlos).followUps == 2);
    CHECK(store::AuditRepository(t.db()).latest(1).first().details.contains(
        QStringLiteral("handed_over=1/2 to=%1").arg(carlos)));

    // Carlos leaves to nobody: the debtors are left unassigned.
    User carlosLeaving = *store::UserRepository(t.db()).byId(carlos);
    carlosLeaving.active = false;
    users.update(carlosLeaving, {}, {}, WorkHandOver{true, std::nullopt});
    CHECK_FALSE(store::DebtorRepository(t.db()).byId(his)->assignedAgentId);
    CHECK_FALSE(store::DebtorRepository(t.db()).byId(theirs)->assignedAgentId);
}

TEST_CASE("A supervisor takes an agent out of the office with their work, and changes nothing else of anyone",
          "[services][users]")
{
    test::TempDb t;
    store::UserRepository repo(t.db());
    repo.add(person(QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin));
    const Id sue = repo.add(person(QStringLiteral("sue"), QStringLiteral("Susana Paz"), UserRole::Supervisor));
    const Id other = repo.add(person(QStringLiteral("rita"), QStringLiteral("Rita Gil"), UserRole::Supervisor));
    const Id paola = repo.add(person(QStringLiteral("paola"), QStringLiteral("Paola Jiménez"), UserRole::Agent));
    const Id miguel = repo.add(person(QStringLiteral("miguel"), QStringLiteral("Miguel García"), UserRole::Agent));
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("P-1"));
    Debtor d = *store::DebtorRepository(t.db()).byId(debtor);
    d.assignedAgentId = paola;
    store::DebtorRepository(t.db()).update(d);

    UserService supervisor(t.db(), kClock, sue);
    CHECK_FALSE(supervisor.mayManage());
    CHECK(supervisor.mayLookAfter(*repo.byId(paola)));
    CHECK_FALSE(supervisor.mayLookAfter(*repo.byId(other)));
    CHECK_FALSE(UserService(t.db(), kClock, miguel).mayLookAfter(*repo.byId(paola)));

    // Nothing but whether the agent works here (and their target).
    User renamed = *repo.byId(paola);
    renamed.displayName = QStringLiteral("Paola J.");
    CHECK(test::refusedField([&] { supervisor.update(renamed); }) == QStringLiteral("name"));
    User promoted = *repo.byId(paola);
    promoted.role = UserRole::Supervisor;
    CHECK(test::refusedField([&] { supervisor.update(promoted); }) == QStringLiteral("role"));
    CHECK(test::refusedField([&] {
              supervisor.update(*repo.byId(paola), PinChange{PinChange::Action::Set, QStringLiteral("4821"),
                                                              QStringLiteral("4821")});
          }) == QStringLiteral("pin"));
    User otherLeaving = *repo.byId(other);
    otherLeaving.active = false;
    CHECK(test::refusedField([&] { supervisor.update(otherLeaving); }) == QStringLiteral("users"));
    CHECK(test::refusedField([&] {
              supervisor.add(person(QStringLiteral("nuevo"), QStringLiteral("Nuevo"), UserRole::Agent));
          }) == QStringLiteral("users"));
    CHECK(repo.byId(paola)->displayName == QStringLiteral("Paola Jiménez"));
    CHECK(repo.byId(other)->active);

    User leaving = *repo.byId(paola);
    leaving.active = false;
    supervisor.update(leaving, {}, {}, WorkHandOver{true, miguel});
    CHECK_FALSE(repo.byId(paola)->active);
    CHECK(store::DebtorRepository(t.db()).byId(debtor)->assignedAgentId == std::optional<Id>(miguel));
    const auto audit = store::AuditRepository(t.db()).latest(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().userId == std::optional<Id>(sue));
}
