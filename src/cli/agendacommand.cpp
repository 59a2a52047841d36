#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "domain/labels.h"
#include "store/database.h"
#include "store/followuprepository.h"

#include <QLocale>

namespace libreta::cli {

int runAgenda(CliContext &c)
{
    CliOptions options(c, QStringLiteral("agenda"), QStringLiteral("[--date YYYY-MM-DD] [--overdue] [--put-off]"));
    options.add(QStringLiteral("date"), CliContext::tr("the day to list (default today)"), QStringLiteral("DATE"));
    options.add(QStringLiteral("overdue"), CliContext::tr("also list what is still open from earlier days"));
    options.add(QStringLiteral("put-off"), CliContext::tr("only what was put off at least once"));
    if (!options.parse())
        return options.exitCode();
    const auto date = options.date(QStringLiteral("date"), c.clock.today());
    if (!date)
        return Refused;

    auto db = c.openDatabase();
    store::AgendaListing listing;
    listing.includeOverdue = options.isSet(QStringLiteral("overdue"));
    listing.putOffOnly = options.isSet(QStringLiteral("put-off"));
    const auto items = store::FollowUpRepository(*db).agenda(*date, listing);
    const QLocale locale;
    c.out << CliContext::tr("Agenda for %1: %Ln item(s)", nullptr, int(items.size()))
                 .arg(locale.toString(*date, QLocale::LongFormat))
          << Qt::endl;
    for (const auto &item : items) {
        const auto &f = item.followUp;
        QStringList columns;
        columns << f.dueDate.toString(Qt::ISODate)
                << (f.dueTime ? f.dueTime->toString(QStringLiteral("HH:mm")) : QStringLiteral("--:--"))
                << domain::label(f.kind) << item.debtorRef << item.debtorName;
        if (item.promiseAmount.isPositive())
            columns << item.promiseAmount.format(locale)
                    << (item.promiseMethod ? domain::label(*item.promiseMethod) : QString());
        // As the desk's agenda says it, last so the columns before it keep
        // their place for a script reading them.
        if (item.putOff > 0)
            columns << CliContext::tr("put off %n time(s)", nullptr, item.putOff);
        c.out << columns.join(QLatin1Char('\t')) << Qt::endl;
    }
    return Done;
}

} // namespace libreta::cli
