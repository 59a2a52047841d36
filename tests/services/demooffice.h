#pragma once

// A realistic office for the tests that need one of some size: the demo
// generator's debtors, invoices, calls, promises and follow-ups, as of
// `today` (seed 1).

#include "services/demogenerator.h"

#include <QDate>

namespace libreta::test {

inline void fillWithDemo(store::Database &db, int debtors, const QDate &today)
{
    services::DemoOptions demo;
    demo.debtors = debtors;
    demo.today = today;
    services::generateDemo(db, demo);
}

} // namespace libreta::test
