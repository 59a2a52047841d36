#include "services/paneltableexport.h"

#include "csv/csvwriter.h"
#include "domain/shares.h"

#include <QIODevice>

namespace libreta::services {

namespace {

// A whole percent as the Panel rounds it; empty where there is nothing to
// divide by (the screen's "—").
QString percentText(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(domain::wholePercentOf(std::max<qint64>(part, 0), whole)) : QString();
}

} // namespace

QString PanelTableExport::name(Table table)
{
    return table == Table::ByAgent ? tr("Figures by agent") : tr("Figures by segment");
}

qint64 PanelTableExport::write(const PanelReport &report, Table table, char delimiter, QIODevice &out)
{
    const bool byAgent = table == Table::ByAgent;
    auto money = [delimiter](const domain::Money &m) {
        QString s = m.toPlainString();
        if (delimiter == ';')
            s.replace(u'.', u',');
        return s;
    };
    // The Panel's columns, in the order it shows them: by agent, the money
    // recovered and the target come first, beside the name.
    QStringList titles{byAgent ? tr("Agent") : tr("Segment")};
    if (byAgent)
        titles << tr("Recovered") << tr("Target") << tr("Of target");
    titles << tr("Calls") << tr("Contacts") << tr("Contact rate") << tr("Promises") << tr("Promised") << tr("Kept")
           << tr("Partly kept") << tr("Broken") << tr("Kept rate");
    if (!byAgent)
        titles << tr("Recovered");
    // Then what was taken off unpaid, and which promises the results
    // count: those dated up to this day.
    titles << tr("Taken off") << tr("Promise results up to");
    csv::Writer writer(out, delimiter);
    writer.writeRow(titles);

    const QString resultsTo = report.resultsTo.isValid() ? report.resultsTo.toString(Qt::ISODate) : QString();
    auto row = [&](const QString &name, const store::PanelFigures &f, const std::optional<domain::Money> &target,
                   const std::optional<domain::Money> &towardsTarget) {
        QStringList cells{name};
        if (byAgent)
            cells << money(f.recovered) << (target ? money(*target) : QString())
                  << (target ? percentText(towardsTarget.value_or(f.recovered).minor(), target->minor()) : QString());
        cells << QString::number(f.calls) << QString::number(f.contacts) << percentText(f.contacts, f.calls)
              << QString::number(f.promisesMade) << money(f.promised) << QString::number(f.promisesKept)
              << QString::number(f.promisesPartial) << QString::number(f.promisesBroken)
              << percentText(f.promisesKept, f.promisesResolved());
        if (!byAgent)
            cells << money(f.recovered);
        cells << money(f.adjusted) << resultsTo;
        writer.writeRow(cells);
    };
    const QList<PanelNamedLine> &lines = byAgent ? report.byAgent : report.bySegment;
    for (const PanelNamedLine &line : lines)
        row(line.name, line.figures, line.target, line.towardsTarget);
    row(tr("Total"), report.totals, std::nullopt, std::nullopt);
    return lines.size();
}

} // namespace libreta::services
