#include "catalogue.h"

#include <stdexcept>

namespace libreta::bench {
namespace {

Figure figure(const char *id, const char *label, bool interactive, Target target, const char *unit = "ms")
{
    Figure f;
    f.id = QString::fromLatin1(id);
    f.label = QString::fromUtf8(label);
    f.interactive = interactive;
    f.target = target;
    f.unit = QString::fromLatin1(unit);
    return f;
}

Target atMost(double ms, Target::Kind kind = Target::Kind::MedianAtMost)
{
    const QString p95 = kind == Target::Kind::P95AtMost ? QStringLiteral(" at p95") : QString();
    return {kind, ms, QStringLiteral("≤ %1 ms").arg(ms) + p95};
}

} // namespace

Catalogue::Catalogue()
{
    using K = Target::Kind;
    m_figures = {
        figure("startup_first_paint",
               "Cold start of `libreta` to the first painted main window with portfolio and today's agenda "
               "(whole process)",
               false, {K::RatioToFloorAtMost, 4, QStringLiteral("≤ 4 × floor")}),
        figure("rss_portfolio_shown", "Resident memory with the portfolio shown", false,
               {K::MedianAtMost, 100, QStringLiteral("≤ 100 MiB")}, "MiB"),
        figure("portfolio_first_page", "Portfolio: first page, sorted by outstanding", true, atMost(16)),
        figure("portfolio_resort", "Portfolio: re-sort by another column (days late)", true, atMost(16)),
        figure("portfolio_filter", "Portfolio: apply a filter (aging 91–180 days)", true, atMost(16)),
        figure("search_keystroke",
               "Search as you type (name, reference, phone; accent-insensitive), per keystroke", true,
               atMost(16, K::P95AtMost)),
        figure("agenda_day", "Agenda for a day (about 1,500 items)", true, atMost(10)),
        // Not in issue 6's table: the screen an agent opens most, measured
        // since 2026-11-30 at the same target as a portfolio page.
        figure("debtor_file", "Open a debtor's file (contacts, invoices, payments, history)", true, atMost(16)),
        // Not in issue 6's table either: what a supervisor opens to watch
        // the figures, since schema 13, at a portfolio page's target.
        figure("panel_month", "The Panel: the month's figures of the whole office", true, atMost(16)),
        // The longest period the Panel offers, read month by month (its Over
        // time tab one line a month), at the same target as the month.
        figure("panel_year", "The Panel: the year's figures of the whole office, month by month", true,
               atMost(16)),
        figure("next_call", "Next call chosen by the work queue", true, atMost(5)),
        figure("post_payment", "Post a payment (durable, synchronous=FULL)", true, atMost(10, K::P95AtMost)),
        figure("commit_call", "Commit a call with a promise (durable, synchronous=FULL)", true,
               atMost(10, K::P95AtMost)),
        figure("csv_import", "CSV import of 1,000,000 invoices with validation and totals kept", false,
               {K::RatioToFloorAtLeast, 0.6, QStringLiteral("≥ 0.6 × the sqlite3 shell's rows/s")}, "rows/s"),
    };
}

Figure &Catalogue::operator[](const QString &id)
{
    for (Figure &f : m_figures)
        if (f.id == id)
            return f;
    throw std::logic_error("no figure " + id.toStdString());
}

} // namespace libreta::bench
