#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "services/rolloverservice.h"
#include "store/database.h"

namespace libreta::cli {

int runRollover(CliContext &c)
{
    CliOptions options(c, QStringLiteral("rollover"), QStringLiteral("[--date YYYY-MM-DD]"));
    options.add(QStringLiteral("date"), CliContext::tr("the new day (default today)"), QStringLiteral("DATE"));
    if (!options.parse())
        return options.exitCode();
    const auto date = options.date(QStringLiteral("date"), c.clock.today());
    if (!date)
        return Refused;
    auto db = c.openDatabase();
    const auto r = services::RolloverService(*db, c.clock).run(*date);
    c.out << CliContext::tr("Day %1 rolled over: %2 debtors reviewed, %3 promises broken, %4 partly kept, %5 kept.")
                 .arg(date->toString(Qt::ISODate))
                 .arg(r.debtorsReviewed)
                 .arg(r.promisesBroken)
                 .arg(r.promisesPartlyKept)
                 .arg(r.promisesKept)
          << Qt::endl;
    return Done;
}

} // namespace libreta::cli
