// The Panel's table by agent or by segment, written as the Panel shows it.

#include "services/paneltableexport.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace libreta;
using services::PanelTableExport;

namespace {

services::PanelReport report()
{
    services::PanelReport r;
    r.resultsTo = QDate(2026, 12, 4);
    services::PanelNamedLine ana;
    ana.name = QStringLiteral("Ana Ruiz");
    ana.agentId = 5;
    ana.figures.calls = 40;
    ana.figures.contacts = 13;
    ana.figures.promisesMade = 6;
    ana.figures.promised = test::pesos(12500);
    ana.figures.promisesKept = 2;
    ana.figures.promisesPartial = 1;
    ana.figures.promisesBroken = 2;
    ana.figures.recovered = test::pesos(75205) + domain::Money::fromMinor(67);
    ana.target = test::pesos(100000);
    services::PanelNamedLine nobody;
    nobody.name = QStringLiteral("Nobody");
    nobody.agentId = 0;
    nobody.figures.recovered = test::pesos(1000);
    r.byAgent = {ana, nobody};
    services::PanelNamedLine segment;
    segment.name = QStringLiteral("Alto saldo");
    segment.figures = ana.figures;
    r.bySegment = {segment};
    r.totals = ana.figures;
    r.totals += nobody.figures;
    return r;
}

QStringList linesOf(const services::PanelReport &r, PanelTableExport::Table table, char delimiter)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PanelTableExport::write(r, table, delimiter, buffer);
    return QString::fromUtf8(buffer.data()).remove(QChar(0xfeff)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("The Panel's table by agent is written as shown: each agent, the target and how much of it came in, "
          "then the total",
          "[export][panel]")
{
    const QStringList lines = linesOf(report(), PanelTableExport::Table::ByAgent, ',');
    REQUIRE(lines.size() == 4);
    // As the Panel shows it: the money and the target beside the name.
    CHECK(lines[0] == QStringLiteral("Agent,Recovered,Target,Of target,Calls,Contacts,Contact rate,Promises,Promised,"
                                     "Kept,Partly kept,Broken,Kept rate,Taken off,Promise results up to"));
    // 75,205.67 of 100,000 is 75 %; 13 of 40 is 33 %; 2 kept of 5 resolved is 40 %.
    CHECK(lines[1] == QStringLiteral("Ana Ruiz,75205.67,100000.00,75,40,13,33,6,12500.00,2,1,2,40,0.00,2026-12-04"));
    // No calls, no promises, no target: nothing to divide by, left empty.
    CHECK(lines[2] == QStringLiteral("Nobody,1000.00,,,0,0,,0,0.00,0,0,0,,0.00,2026-12-04"));
    CHECK(lines[3].startsWith(QStringLiteral("Total,76205.67,,,40,13,33,6,12500.00,2,1,2,40,")));
}

TEST_CASE("The Panel's table by segment has no targets, and a semicolon file a decimal comma", "[export][panel]")
{
    const QStringList lines = linesOf(report(), PanelTableExport::Table::BySegment, ';');
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("Segment;Calls;")));
    CHECK_FALSE(lines[0].contains(QStringLiteral("Target")));
    CHECK(lines[1] == QStringLiteral("Alto saldo;40;13;33;6;12500,00;2;1;2;40;75205,67;0,00;2026-12-04"));
    CHECK(lines[2].startsWith(QStringLiteral("Total;40;")));
}
