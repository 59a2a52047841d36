#pragma once

#include "domain/entities.h"

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// Who is working at this desk. There is no password sign-in: the person
// says who they are once per file (File ▸ Who is working, remembered on
// this machine), and until then the system account is matched by login
// against the office's users. A user given a PIN (a supervisor, so agents
// cannot take their rights) types it to be chosen at a desk that is not
// their own account, and is remembered only until the program closes. What they record carries their user id, and
// their role decides what they may do (override a contact rule, see every
// agent's agenda).
class DeskUser final {
public:
    // The system account's login, as the environment gives it (USER,
    // USERNAME, LOGNAME): it names the desk's person when nobody was chosen.
    static QString login();
    // The account the program really runs under, from the system (not the
    // environment, which anyone starting the program sets): a user with a
    // PIN is the desk's person without typing it only there.
    static QString systemAccount();
    // The office user at the desk on `db`: the one chosen for this file when
    // still active, else the one whose login is the system account's.
    static std::optional<domain::User> current(store::Database &db);
    static std::optional<domain::Id> id(store::Database &db);
    // Supervisor rights: a supervisor or an administrator, or anyone in an
    // office that lists no users (one person doing everything).
    static bool canSupervise(store::Database &db);
    // The office lists users but nobody at this desk is one of them yet:
    // the app asks who is working.
    static bool needsChoice(store::Database &db);
    // `login` is the person at this desk for this file from now on, and on
    // this computer later too unless they need a PIN here (schema 24).
    static void choose(store::Database &db, const QString &login);
    // Choosing `user` here asks for their PIN: they have one and this is
    // not their own computer account.
    static bool needsPin(const domain::User &user);
    // Forgets this session's choices, as closing the program does (tests
    // use it to see what the next session finds); how many there were.
    static int forgetSessionChoices();
    // How the status bar names them: "Lucía Hernández (agent)", or the
    // system login when the office does not list them.
    static QString describe(store::Database &db);
};

} // namespace libreta::ui
