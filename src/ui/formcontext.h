#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// What every form of the debtor file needs to save through a service: the
// open file, the clock the services date things by, and who is working.
struct FormContext {
    store::Database &db;
    const domain::Clock &clock;
    std::optional<domain::Id> userId;
};

} // namespace libreta::ui
