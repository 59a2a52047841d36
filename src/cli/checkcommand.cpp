#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "store/database.h"
#include "store/maintenancerepository.h"
#include "store/totalsrepository.h"

namespace libreta::cli {

int runCheck(CliContext &c)
{
    CliOptions options(c, QStringLiteral("check"), QString());
    if (!options.parse())
        return options.exitCode();
    auto db = c.openDatabase();
    store::MaintenanceRepository maintenance(*db);

    int problems = 0;
    auto report = [&](const QString &title, const QStringList &lines) {
        if (lines.isEmpty()) {
            c.out << title << ": " << CliContext::tr("ok") << Qt::endl;
            return;
        }
        problems += int(lines.size());
        c.out << title << ": " << CliContext::tr("%Ln problem(s)", nullptr, int(lines.size())) << Qt::endl;
        for (const QString &line : lines)
            c.out << "  " << line << Qt::endl;
    };
    report(CliContext::tr("File integrity"), maintenance.integrityProblems());
    report(CliContext::tr("Foreign keys"), maintenance.foreignKeyProblems());
    report(CliContext::tr("Allocations"), maintenance.overAllocations());
    QStringList totals;
    for (const auto id : store::TotalsRepository(*db).mismatches())
        totals << CliContext::tr("debtor %1: stored totals differ from a recomputation").arg(id);
    report(CliContext::tr("Debtor totals"), totals);
    report(CliContext::tr("Agenda counts"), maintenance.agendaCountMismatches());
    report(CliContext::tr("Dashboard figures"), maintenance.dailyFigureMismatches());
    report(CliContext::tr("Invoice numbers for search"), maintenance.invoiceNumberTailMismatches());
    report(CliContext::tr("Phone numbers for search"), maintenance.phoneNameKeyMismatches());

    if (problems > 0) {
        c.err << CliContext::tr("Check found %Ln problem(s).", nullptr, problems) << Qt::endl;
        return Refused;
    }
    c.out << CliContext::tr("Check passed: schema %1.").arg(db->schemaVersion()) << Qt::endl;
    return Done;
}

} // namespace libreta::cli
