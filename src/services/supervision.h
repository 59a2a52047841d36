#pragma once

#include "domain/entities.h"

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Who may act as a supervisor: override a contact rule, give an agent's
// follow-ups to someone else, start on everyone's agenda. A supervisor or
// an administrator; in an office that lists no active users, whoever works
// there (one person doing everything). The one place this is decided.
bool maySupervise(store::Database &db, std::optional<domain::Id> userId);

// The office's one active user, when it lists exactly one: a one-person
// office's owner, whose debtors are theirs from the start (added by hand or
// by an import), so the money they recover is counted as theirs and not
// as nobody's. None with several users, or none.
std::optional<domain::Id> onlyUser(store::Database &db);

} // namespace libreta::services
