#include "ui/mainwindow.h"

#include "services/exportservice.h"
#include "ui/agendaview.h"
#include "ui/datatransfer.h"
#include "ui/debtorfiletabs.h"
#include "ui/panelview.h"
#include "ui/portfoliofilterbar.h"
#include "ui/portfolioview.h"
#include "ui_mainwindow.h"

// The Panel section and where its tables lead: an age to the portfolio, an
// agent's follow-through to their agenda, each tab's Export… to a CSV file.

namespace libreta::ui {

void MainWindow::buildPanel()
{
    m_panel = new PanelView(*m_db, *m_clock, this);
    m_ui->sections->insertWidget(DashboardSection, m_panel);
    connect(m_panel, &PanelView::statusMessage, this, &MainWindow::showStatusMessage);
    // An age of the Panel's aging table: its debtors in the portfolio, with
    // the agent the Panel was reading.
    connect(m_panel, &PanelView::agingChosen, this, [this](domain::AgingBucket bucket, std::optional<domain::Id> agent) {
        showSection(PortfolioSection);
        m_files->setCurrentIndex(0);
        m_portfolio->search(QString());
        store::PortfolioFilters filters;
        filters.aging = bucket;
        filters.unassigned = agent == domain::Id(0);
        if (agent && *agent != 0)
            filters.agentId = agent;
        m_portfolio->filterBar()->setFilters(filters);
    });
    connect(m_panel, &PanelView::followThroughAgentChosen, this, [this](domain::Id agentId) {
        showSection(AgendaSection);
        if (!m_agenda->showOverdueOf(agentId))
            showStatusMessage(tr("That agent is no longer active: choose whose agenda to see."));
    });
    // The table the supervisor reads, as they read it: the report the Panel holds.
    connect(m_panel, &PanelView::tableExportRequested, this, [this](services::PanelTableExport::Table table) {
        m_transfer->chooseAndWrite(services::PanelTableExport::name(table), [this, table](QIODevice &out, char delimiter) {
            return services::PanelTableExport::write(m_panel->report(), table, delimiter, out);
        });
    });
    connect(m_panel, &PanelView::agingExportRequested, this, [this](std::optional<domain::Id> agentId) {
        services::ExportRequest request;
        request.kind = services::ExportKind::Aging;
        request.agentId = agentId;
        m_transfer->chooseAndExport(request, *m_db);
    });
    for (auto [signal, kind] : {std::pair{&PanelView::exportRequested, services::ExportKind::Figures},
                                std::pair{&PanelView::scoresExportRequested, services::ExportKind::Scores},
                                std::pair{&PanelView::followThroughExportRequested, services::ExportKind::FollowThrough}})
        connect(m_panel, signal, this,
                [this, kind = kind](const QDate &from, const QDate &to, std::optional<domain::Id> agentId) {
                    services::ExportRequest request;
                    request.kind = kind;
                    request.from = from;
                    request.to = to;
                    request.agentId = agentId;
                    m_transfer->chooseAndExport(request, *m_db);
                });
}

} // namespace libreta::ui
