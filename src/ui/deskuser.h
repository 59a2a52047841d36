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
// against the office's users. What they record carries their user id, and
// their role decides what they may do (override a contact rule, see every
// agent's agenda).
class DeskUser final {
public:
    // The system account's login.
    static QString login();
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
    // Remembers `login` as the person at this desk for this file.
    static void choose(store::Database &db, const QString &login);
    // How the status bar names them: "Lucía Hernández (agent)", or the
    // system login when the office does not list them.
    static QString describe(store::Database &db);
};

} // namespace libreta::ui
