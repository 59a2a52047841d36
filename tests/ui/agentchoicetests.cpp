#include "ui/agentchoice.h"

#include <QComboBox>

#include <catch2/catch.hpp>

using namespace libreta;

TEST_CASE("A supervisor who sits down after an agent sees everyone's work, not the agent's", "[ui][agentchoice]")
{
    const QList<domain::User> users = {
        {1, QStringLiteral("karla"), QStringLiteral("Karla Núñez"), domain::UserRole::Agent, true},
        {2, QStringLiteral("beto"), QStringLiteral("Beto Paz"), domain::UserRole::Agent, true},
        {3, QStringLiteral("sue"), QStringLiteral("Susana Paz"), domain::UserRole::Supervisor, true}};
    QComboBox combo;
    // The agent's view: locked to her.
    ui::fillAgentChoice(&combo, users, false, domain::Id(1), QStringLiteral("All agents"));
    CHECK(combo.currentData().toLongLong() == 1);
    CHECK_FALSE(combo.isEnabled());
    // The supervisor's: everyone.
    ui::fillAgentChoice(&combo, users, true, domain::Id(3), QStringLiteral("All agents"));
    CHECK(combo.isEnabled());
    CHECK(combo.currentIndex() == 0);
    CHECK(combo.currentText() == QStringLiteral("All agents"));
    // A supervisor's own choice is kept across a refill.
    combo.setCurrentIndex(combo.findData(domain::Id(2)));
    ui::fillAgentChoice(&combo, users, true, domain::Id(3), QStringLiteral("All agents"));
    CHECK(combo.currentData().toLongLong() == 2);
}
