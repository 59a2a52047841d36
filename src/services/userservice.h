#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "store/assignmentrepository.h"

#include <QCoreApplication>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// What the user form asks of a user's PIN (schema 24).
struct PinChange {
    enum class Action { Keep, Set, Remove };
    Action action = Action::Keep;
    QString pin;       // with Set: 4 to 12 digits
    QString repeated;  // with Set: the same again
};

// What the user form asks of an agent's monthly target of money recovered
// (schema 35): kept as it is, unless `change`; then `monthlyRecovery`, or
// none when it is not positive.
struct TargetChange {
    bool change = false;
    domain::Money monthlyRecovery;
};

// Who takes a leaving user's work: the debtors assigned to them and their
// open follow-ups. Asked only when someone with work is unticked.
struct WorkHandOver {
    bool chosen = false;
    std::optional<domain::Id> to;  // nobody: the debtors are left unassigned
};

// Edit ▸ Office users: who works in the office and in which role. An
// administrator adds and changes them; an office that lists no active user
// yet (one person doing everything) adds its first, who must be an
// administrator, so the office is never left without someone to keep it.
// A supervisor looks after the agents: says whether one works in the office
// (handing over the work of one who leaves) and sets their monthly target,
// but changes no name, role or PIN, and nobody who is not an agent.
// Users are deactivated, never deleted: their calls and notes keep their name.
class UserService final {
    Q_DECLARE_TR_FUNCTIONS(Users)

public:
    UserService(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> actingUserId)
        : m_db(db), m_clock(clock), m_actingUserId(actingUserId)
    {
    }

    bool mayManage();
    // Whether the acting user may change `user` as a supervisor does: an
    // active supervisor, and an agent (mayManage() may change anyone).
    bool mayLookAfter(const domain::User &user);
    // Throws InputError naming the field ("login", "name", "role",
    // "active", "pin", "pin_repeat", "target", or "users" when this desk
    // may not); nothing is stored.
    domain::Id add(domain::User user, const PinChange &pin = {}, const TargetChange &target = {});
    // Name, role, active, PIN and target; the login stays as it was made.
    // A user who leaves (unticked) with debtors or open follow-ups hands
    // them over in the same transaction; without `handOver` chosen it is
    // refused ("hand_over"), so nobody's calls are stranded with someone
    // who no longer works there.
    void update(domain::User user, const PinChange &pin = {}, const TargetChange &target = {},
                const WorkHandOver &handOver = {});
    // The debtors and open follow-ups that are the user's to work.
    store::AssignmentCounts workOf(domain::Id userId);
    // The acting user sets or removes their own PIN, so nobody else need
    // know it; one they have is typed first ("current_pin"). Refused with
    // "users" when nobody is acting.
    void changeOwnPin(const QString &currentPin, const PinChange &pin);

private:
    void check(domain::User &user, const std::optional<domain::User> &before);
    static void checkPin(const PinChange &pin);
    static void checkTarget(const TargetChange &target);
    void checkHandOver(const domain::User &leaving, const WorkHandOver &handOver, const store::AssignmentCounts &work);
    // Stores the PIN's change; what the audit says of it ("" when kept).
    QString storePin(domain::Id userId, const PinChange &pin, const QByteArray &hash);
    // Stores the target's change; what the audit says of it ("" when kept).
    QString storeTarget(domain::Id userId, const TargetChange &target);

    store::Database &m_db;
    const domain::Clock &m_clock;
    std::optional<domain::Id> m_actingUserId;
};

} // namespace libreta::services
