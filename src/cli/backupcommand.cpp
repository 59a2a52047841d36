#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "services/backupservice.h"
#include "store/database.h"

#include <QDir>
#include <QLocale>

namespace libreta::cli {

// For a scheduled task (cron, the Windows task scheduler): a copy of the
// office every night, while the desks keep working.
int runBackup(CliContext &c)
{
    CliOptions options(c, QStringLiteral("backup"), QStringLiteral("--out FILE"));
    options.add(QStringLiteral("out"), CliContext::tr("the copy to write (an older copy of that name is replaced)"),
                QStringLiteral("FILE"));
    if (!options.parse() || !options.require(QStringLiteral("out")))
        return options.exitCode();
    auto db = c.openDatabase();
    const services::BackupResult copy = services::BackupService(*db, c.clock).saveCopy(options.value(QStringLiteral("out")));
    const QLocale locale;
    c.out << CliContext::tr("Copy saved to %1: %2, %3, %4.")
                 .arg(QDir::toNativeSeparators(copy.path), CliContext::tr("%Ln debtor(s)", nullptr, int(copy.debtors)),
                      CliContext::tr("%Ln invoice(s)", nullptr, int(copy.invoices)), locale.formattedDataSize(copy.bytes, 1, QLocale::DataSizeTraditionalFormat))
          << Qt::endl;
    return Done;
}

} // namespace libreta::cli
