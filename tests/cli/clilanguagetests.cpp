// libreta-cli run as a scheduled task runs it: with no locale set at all,
// it speaks the office's Spanish; a locale set on purpose is kept.

#include "clirun.h"

using namespace libreta;
using test::InitialisedOffice;
using test::Run;

TEST_CASE("A command run with no locale set, as cron runs it, speaks the office's Spanish and reads its dates",
          "[cli]")
{
    InitialisedOffice o;
    // 05/12/2026 as Mexico writes it: the 5th of December, a Saturday.
    const QStringList agenda{QStringLiteral("--db"), o.db, QStringLiteral("agenda"), QStringLiteral("--date"),
                             QStringLiteral("05/12/2026")};
    const Run cron = test::cliWithNoLocaleSet(agenda);
    INFO(cron.err.toStdString());
    CHECK(cron.status == 0);
    CHECK(cron.out.contains(QStringLiteral("sábado, 5 de diciembre de 2026")));

    // Set on purpose, C stays English.
    const Run english = test::cli(agenda);
    CHECK(english.status == 0);
    CHECK(english.out.contains(QStringLiteral("Agenda for Saturday, 5 December 2026")));

    // With no office file to ask there is nothing to follow: the refusal
    // is the program's own.
    const Run missing = test::cliWithNoLocaleSet({QStringLiteral("--db"), o.dir.filePath(QStringLiteral("none.sqlite")),
                                                  QStringLiteral("agenda")});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no office file")));
}
