#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "services/demogenerator.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QFileInfo>

namespace libreta::cli {

int runDemo(CliContext &c)
{
    CliOptions options(c, QStringLiteral("demo"), QStringLiteral("--debtors N [--seed S] [--date YYYY-MM-DD]"));
    options.add(QStringLiteral("debtors"), CliContext::tr("how many debtors to create"), QStringLiteral("N"));
    options.add(QStringLiteral("seed"), CliContext::tr("the same seed gives the same data"), QStringLiteral("S"));
    options.add(QStringLiteral("date"), CliContext::tr("the day the demo office is at (default today)"), QStringLiteral("DATE"));
    if (!options.parse() || !options.require(QStringLiteral("debtors")))
        return options.exitCode();
    const auto debtors = options.positiveInt(QStringLiteral("debtors"), 0);
    const auto seed = options.positiveInt(QStringLiteral("seed"), 1);
    const auto today = options.date(QStringLiteral("date"), c.clock.today());
    if (!debtors || !seed || !today)
        return Refused;

    // A file made here, not by `init`, takes the money of the computer's
    // country, as the desk's own demo does: euros on a machine in Spain.
    const bool fresh = !QFileInfo::exists(c.databasePath);
    auto db = c.openOrCreateDatabase();
    services::DemoOptions demo;
    demo.debtors = *debtors;
    demo.seed = quint32(*seed);
    demo.today = *today;
    if (const QString own = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode); fresh && own.size() == 3)
        demo.currencyCode = own;
    QElapsedTimer timer;
    timer.start();
    qint64 lastShown = -1;
    const auto summary = services::generateDemo(*db, demo, [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != lastShown) {
            lastShown = percent / 10;
            c.err << CliContext::tr("… %1 of %2 debtors").arg(done).arg(total) << Qt::endl;
        }
    });
    c.out << CliContext::tr("Demo office created in %1 s: %2 debtors, %3 contacts, %4 invoices, %5 payments, "
                            "%6 calls, %7 promises, %8 follow-ups, %9 users.")
                 .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                 .arg(summary.debtors)
                 .arg(summary.contacts)
                 .arg(summary.invoices)
                 .arg(summary.payments)
                 .arg(summary.calls)
                 .arg(summary.promises)
                 .arg(summary.followups)
                 .arg(summary.users)
          << Qt::endl;
    return Done;
}

} // namespace libreta::cli
