#include "domain/segmentname.h"

#include "domaintesthelpers.h"

using namespace libreta::domain;

TEST_CASE("A segment is spelled as the office already spells it", "[domain][segment]")
{
    const QStringList known{QStringLiteral("Alto saldo"), QStringLiteral("General"), QStringLiteral("Crédito")};
    CHECK(segmentAsSpelled(QStringLiteral("general"), known) == QStringLiteral("General"));
    CHECK(segmentAsSpelled(QStringLiteral("  ALTO   SALDO "), known) == QStringLiteral("Alto saldo"));
    CHECK(segmentAsSpelled(QStringLiteral("credito"), known) == QStringLiteral("Crédito"));
    // A new one is kept as typed, tidied.
    CHECK(segmentAsSpelled(QStringLiteral(" Bajo  saldo"), known) == QStringLiteral("Bajo saldo"));
    CHECK(segmentAsSpelled(QString(), known).isEmpty());
}
