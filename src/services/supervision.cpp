#include "services/supervision.h"

#include "store/userrepository.h"

#include <algorithm>

namespace libreta::services {

bool maySupervise(store::Database &db, std::optional<domain::Id> userId)
{
    store::UserRepository users(db);
    if (userId)
        if (const auto user = users.byId(*userId))
            return user->active && user->role != domain::UserRole::Agent;
    const QList<domain::User> all = users.all();
    return std::none_of(all.cbegin(), all.cend(), [](const domain::User &u) { return u.active; });
}

std::optional<domain::Id> onlyUser(store::Database &db)
{
    std::optional<domain::Id> only;
    for (const domain::User &u : store::UserRepository(db).all()) {
        if (!u.active)
            continue;
        if (only)
            return std::nullopt;
        only = u.id;
    }
    return only;
}

} // namespace libreta::services
