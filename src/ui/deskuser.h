#pragma once

#include "domain/entities.h"

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// Who is working at this desk. There is no sign-in yet: it is the system
// account, matched by login against the office's users, so what they record
// carries their user id in the audit log when the office lists them.
class DeskUser final {
public:
    static QString login();
    static std::optional<domain::Id> id(store::Database &db);
};

} // namespace libreta::ui
