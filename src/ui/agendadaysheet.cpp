#include "ui/agendadaysheet.h"

#include "store/settingsrepository.h"
#include "ui/agendastyle.h"
#include "ui/agendatexts.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace libreta::ui {

AgendaDaySheet::AgendaDaySheet(store::Database &db, const store::AgendaScope &scope, const QString &whose,
                               const MoneyFormatter &money)
{
    const QLocale locale;
    const AgendaTexts texts(money);
    store::AgendaRepository repository(db);
    QString body;
    int left = kMaxItems;
    qint64 notShown = 0;
    for (const domain::AgendaGroup group : domain::agendaGroupsIn(store::SettingsRepository(db).queueOrder())) {
        const qint64 count = repository.count(scope, group);
        if (count == 0)
            continue;
        QString rows;
        std::optional<store::AgendaKey> after;
        int shown = 0;
        while (left > 0) {
            const int wanted = std::min(left, 500);
            const auto page = repository.page(scope, group, false, after, wanted);
            for (const store::AgendaItem &item : page) {
                rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b><br><small>%3</small></td>"
                                       "<td align=\"right\" style=\"white-space: nowrap\">%4</td><td>%5</td><td>%6</td><td>%7</td><td></td></tr>")
                            .arg(texts.due(item, false).toHtmlEscaped(), item.debtorName.toHtmlEscaped(),
                                 item.debtorRef.toHtmlEscaped(), texts.amount(item).toHtmlEscaped(),
                                 texts.method(item).toHtmlEscaped(), texts.details(item).toHtmlEscaped(),
                                 texts.assignedTo(item).toHtmlEscaped());
            }
            shown += int(page.size());
            left -= int(page.size());
            if (page.size() < wanted)
                break;
            after = page.last().key();
        }
        m_items += shown;
        notShown += count - shown;
        body += QStringLiteral("<h3 style=\"color:%1\">%2</h3>")
                    .arg(agendaGroupColour(group).name(),
                         tr("%1 (%2)").arg(domain::agendaGroupLabel(group), locale.toString(count)).toHtmlEscaped());
        body += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                               "<tr><th width=\"6%\">%1</th><th width=\"20%\">%2</th><th width=\"11%\">%3</th>"
                               "<th width=\"9%\">%4</th><th width=\"22%\">%5</th><th width=\"12%\">%6</th>"
                               "<th width=\"20%\">%7</th></tr>")
                    .arg(tr("Time"), tr("Debtor"), tr("Amount"), tr("Method"), tr("Promised or asked"),
                         tr("Assigned to"), tr("Result"))
                + rows + QStringLiteral("</table>");
    }
    if (notShown > 0)
        body += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("%1 more items are not on this sheet: it holds the first %2.")
                             .arg(locale.toString(notShown), locale.toString(kMaxItems))
                             .toHtmlEscaped());
    if (m_items == 0)
        body = QStringLiteral("<p>%1</p>").arg(tr("Nothing is due on this day.").toHtmlEscaped());
    const QString title = tr("Agenda for %1").arg(locale.toString(scope.from, QLocale::LongFormat));
    m_html = QStringLiteral("<html><body><h2>%1</h2><p>%2</p>%3</body></html>")
                 .arg(title.toHtmlEscaped(),
                      tr("%1 · %Ln item(s)", nullptr, m_items).arg(whose).toHtmlEscaped(), body);
}

QString AgendaDaySheet::html() const { return m_html; }

void AgendaDaySheet::printTo(QPagedPaintDevice *device) const
{
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSize(9);
    document.setDefaultFont(font);
    document.setHtml(m_html);
    document.print(device);
}

bool AgendaDaySheet::savePdf(const QString &path) const
{
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setTitle(tr("Agenda"));
        writer.setCreator(QStringLiteral("Libreta"));
        printTo(&writer);
    }  // the writer finishes the file when it goes
    return QFileInfo(path).size() > 0;
}

} // namespace libreta::ui
