#include "services/supervision.h"
#include "store/userrepository.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("Supervisors and administrators supervise, agents do not, a one-person office does", "[services][supervision]")
{
    test::TempDb t;
    // Nobody listed: the one person at the desk does everything.
    CHECK(services::maySupervise(t.db(), std::nullopt));

    store::UserRepository users(t.db());
    const Id agent = users.add(User{0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    const Id supervisor = users.add(User{0, QStringLiteral("sue"), QStringLiteral("Sue"), UserRole::Supervisor, true});
    const Id admin = users.add(User{0, QStringLiteral("adm"), QStringLiteral("Adm"), UserRole::Admin, true});
    const Id gone = users.add(User{0, QStringLiteral("old"), QStringLiteral("Old"), UserRole::Supervisor, false});

    CHECK_FALSE(services::maySupervise(t.db(), agent));
    CHECK(services::maySupervise(t.db(), supervisor));
    CHECK(services::maySupervise(t.db(), admin));
    CHECK_FALSE(services::maySupervise(t.db(), gone));
    // Once the office lists its people, someone unknown is nobody's supervisor.
    CHECK_FALSE(services::maySupervise(t.db(), std::nullopt));
    CHECK_FALSE(services::maySupervise(t.db(), Id(9999)));
}
