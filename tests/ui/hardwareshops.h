#pragma once

// An office the portfolio's bulk forms (Assign debtors, Documents for
// several debtors) work on: two agents and a supervisor, four hardware
// shops that owe 1,000 to 4,000 pesos, and a stationer's that owes nothing.

#include "support/fixtures.h"
#include "support/tempdb.h"

namespace libreta::test {

struct HardwareShops {
    TempDb t;
    TwoAgentsAndSupervisor people = addTwoAgentsAndSupervisor(t.db());
    QList<domain::Id> ferreterias;
    domain::Id other = 0;
    HardwareShops()
    {
        for (int i = 1; i <= 4; ++i) {
            const domain::Id id = addDebtor(t.db(), QStringLiteral("F-%1").arg(i), QStringLiteral("Ferretería %1").arg(i));
            addInvoice(t.db(), id, QStringLiteral("A-%1").arg(i), QDate(2026, 1, 10), pesos(1000 * i));
            ferreterias << id;
        }
        other = addDebtor(t.db(), QStringLiteral("P-1"), QStringLiteral("Papelería Núñez"));
    }
};

} // namespace libreta::test
