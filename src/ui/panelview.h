#pragma once

#include "domain/aging.h"
#include "domain/clock.h"
#include "domain/entities.h"
#include "domain/panelperiod.h"
#include "services/panelservice.h"
#include "services/paneltableexport.h"

#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

namespace Ui {
class PanelView;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class AgingModel;
class FollowThroughModel;
class PanelModel;

// The Panel (dashboard) section: how the work went over a period (today,
// this week, this month, last month, this year): calls and contacts,
// promises made, promises kept of those due, and money recovered, with
// the same figures by agent, by segment and by negotiation technique; and
// beside them what is owed today by age (not a figure of the period).
// Supervisors read everyone's or one agent's; an agent reads their own.
// The figures are read each time the section is shown, from the few rows
// per day schema 13 keeps.
class PanelView final : public QWidget {
    Q_OBJECT

public:
    PanelView(store::Database &db, const domain::Clock &clock, QWidget *parent = nullptr);
    ~PanelView() override;

    // Reads the figures again when the section is on screen (a file, the
    // users or the desk's person changed); otherwise the next show does.
    void reload();
    const services::PanelReport &report() const { return m_report; }
    PanelModel *agentModel() const { return m_agents; }
    PanelModel *segmentModel() const { return m_segments; }
    PanelModel *techniqueModel() const { return m_techniques; }
    PanelModel *reasonModel() const { return m_reasons; }
    FollowThroughModel *followThroughModel() const { return m_followThrough; }
    PanelModel *scoreModel() const { return m_scores; }
    PanelModel *overTimeModel() const { return m_overTime; }
    AgingModel *agingModel() const { return m_aging; }
    // The aging table is read on a thread of its own; false until it is in.
    bool agingReady() const { return m_agingReady; }
    void showAgingTab();
    void showTechniqueTab();
    void showOverTimeTab();
    void showReasonTab();
    void showFollowThroughTab();
    void showPeriod(domain::PanelPeriod period);
    // The days the figures are of: the period chosen, or a day or month
    // opened from the Over time tab.
    domain::DayRange shownDays() const { return m_days; }
    // The Over time tab's line `row` opened in the whole Panel (what a
    // double-click on it does); nothing for a row it does not have.
    void openStep(int row);

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Export…: the days shown and whose figures (nobody's choice: everyone's).
    void exportRequested(const QDate &from, const QDate &to, std::optional<domain::Id> agentId);
    // Export… on the By agent or By segment tab: that table as it is shown.
    void tableExportRequested(services::PanelTableExport::Table table);
    // Export… on the By age tab: what is owed today by age and segment.
    void agingExportRequested(std::optional<domain::Id> agentId);
    // Export… on the Scores tab: the reviews' figures of the days shown.
    void scoresExportRequested(const QDate &from, const QDate &to, std::optional<domain::Id> agentId);
    // An agent of the Follow-through tab double-clicked (0: nobody): their
    // overdue items in the agenda.
    void followThroughAgentChosen(domain::Id agentId);
    // The Follow-through tab's Export…: its counts by day due and agent.
    void followThroughExportRequested(const QDate &from, const QDate &to, std::optional<domain::Id> agentId);
    // An age of the aging table double-clicked: its debtors in the
    // portfolio, the chosen agent's (0: nobody's) or everyone's.
    void agingChosen(domain::AgingBucket bucket, std::optional<domain::Id> agentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadAgents();
    void read(bool withAging = true);
    void showCards();
    void readAging(std::optional<domain::Id> agent);
    void showAging(const QList<store::AgingLine> &lines, const QString &failure);
    std::optional<domain::Id> chosenAgent() const;

    std::unique_ptr<::Ui::PanelView> m_ui;
    store::Database &m_db;
    const domain::Clock &m_clock;
    PanelModel *m_agents = nullptr;
    PanelModel *m_segments = nullptr;
    PanelModel *m_techniques = nullptr;
    PanelModel *m_reasons = nullptr;
    FollowThroughModel *m_followThrough = nullptr;
    PanelModel *m_scores = nullptr;
    PanelModel *m_overTime = nullptr;
    AgingModel *m_aging = nullptr;
    quint64 m_agingTicket = 0;  // only the newest reading is shown
    std::shared_ptr<std::atomic<quint64>> m_latestAging = std::make_shared<std::atomic<quint64>>(0);
    QThreadPool m_agingPool;  // one thread: the aging readings, in turn
    bool m_agingReady = false;
    services::PanelReport m_report;
    domain::DayRange m_days;
    // A day or month opened from the Over time tab, the period list's
    // last choice while it is there.
    domain::DayRange m_openedStep;
    std::optional<domain::Id> m_deskUserId;
    bool m_seesEveryone = false;
};

} // namespace libreta::ui
