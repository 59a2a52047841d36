#include "ui/panelview.h"

#include "domain/panelperiod.h"
#include "domain/shortdate.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/agentchoice.h"
#include "ui/agingmodel.h"
#include "ui/deskuser.h"
#include "ui/followthroughmodel.h"
#include "ui/moneyformatter.h"
#include "ui/narrowcombo.h"
#include "ui/officecurrency.h"
#include "ui/panelmodel.h"
#include "ui/uisettings.h"
#include "ui_panelview.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace libreta::ui {

using domain::PanelPeriod;

namespace {

// The period list's item for a day or month opened from Over time, beside
// the PanelPeriod values.
constexpr int kOpenedStep = -1;

QString card(const QString &figure, const QString &caption, const QString &detail)
{
    return QStringLiteral("<div style='font-size:11pt'>%1</div><div style='font-size:18pt; font-weight:bold'>%2</div>"
                          "<div>%3</div>")
        .arg(caption.toHtmlEscaped(), figure.toHtmlEscaped(), detail.toHtmlEscaped());
}

void setUpTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Each column as wide as what it shows, side by side; on a narrow
    // window the table scrolls sideways rather than squeeze the names.
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
}

// Money recovered and the target beside the name, where a supervisor
// looks first: at the end of fourteen columns they were past the window's
// edge at 1366 pixels, and even at 1920.
void moneyFirst(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    int to = 1;
    for (const int column : {int(PanelModel::Recovered), int(PanelModel::Target), int(PanelModel::TargetRate)})
        header->moveSection(header->visualIndex(column), to++);
}

} // namespace

PanelView::PanelView(store::Database &db, const domain::Clock &clock, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::PanelView>()), m_db(db), m_clock(clock)
{
    m_ui->setupUi(this);
    letComboNarrow(m_ui->periodCombo, 8);
    letComboNarrow(m_ui->agentCombo, 10);
    m_agents = new PanelModel(PanelModel::Kind::Agents, this);
    m_segments = new PanelModel(PanelModel::Kind::Segments, this);
    m_techniques = new PanelModel(PanelModel::Kind::Techniques, this);
    m_reasons = new PanelModel(PanelModel::Kind::Reasons, this);
    m_scores = new PanelModel(PanelModel::Kind::Scores, this);
    m_overTime = new PanelModel(PanelModel::Kind::OverTime, this);
    setUpTable(m_ui->agentTable, m_agents);
    moneyFirst(m_ui->agentTable);
    setUpTable(m_ui->scoreTable, m_scores);
    setUpTable(m_ui->segmentTable, m_segments);
    setUpTable(m_ui->overTimeTable, m_overTime);
    moneyFirst(m_ui->overTimeTable);
    setUpTable(m_ui->techniqueTable, m_techniques);
    setUpTable(m_ui->reasonTable, m_reasons);
    m_followThrough = new FollowThroughModel(this);
    setUpTable(m_ui->followThroughTable, m_followThrough);
    m_aging = new AgingModel(this);
    setUpTable(m_ui->agingTable, m_aging);
    m_agingPool.setMaxThreadCount(1);

    m_ui->periodCombo->addItem(tr("Today"), int(PanelPeriod::Today));
    m_ui->periodCombo->addItem(tr("This week"), int(PanelPeriod::ThisWeek));
    m_ui->periodCombo->addItem(tr("This month"), int(PanelPeriod::ThisMonth));
    m_ui->periodCombo->addItem(tr("Last month"), int(PanelPeriod::LastMonth));
    m_ui->periodCombo->addItem(tr("This year"), int(PanelPeriod::ThisYear));
    m_ui->periodCombo->setCurrentIndex(2);
    m_ui->emptyLabel->hide();
    // What is owed today does not move with the period: only its figures
    // are read again.
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, [this] { read(false); });
    connect(m_ui->agentCombo, &QComboBox::currentIndexChanged, this, [this] { read(); });
    // A supervisor reads one agent's figures from the table by agent.
    for (auto [table, model] : {std::pair{m_ui->agentTable, m_agents}, std::pair{m_ui->scoreTable, m_scores}}) {
        table->setToolTip(tr("Double-click an agent, or press Enter, to see their figures alone"));
        connect(table, &QAbstractItemView::activated, this, [this, model = model](const QModelIndex &index) {
            const std::optional<domain::Id> agent = model->agentAt(index.row());
            const int at = agent ? m_ui->agentCombo->findData(*agent) : -1;
            if (at >= 0 && m_ui->agentCombo->isEnabled())
                m_ui->agentCombo->setCurrentIndex(at);
        });
    }
    // From an agent's follow-through to the items they have left open.
    m_ui->followThroughTable->setToolTip(
        tr("Double-click an agent, or press Enter, to see in the agenda what they have left from earlier days"));
    connect(m_ui->followThroughTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT followThroughAgentChosen(m_followThrough->agentAt(index.row()));
    });
    // From a day or a month over time to all its figures: a year's month
    // opens day by day, a day opens alone.
    m_ui->overTimeTable->setToolTip(tr("Double-click a day or a month, or press Enter, to see all its figures"));
    connect(m_ui->overTimeTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openStep(index.row()); });
    connect(m_ui->agingTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        // Not while another agent's reading is coming in, and never the
        // whole office for someone who reads nobody's.
        if (!m_agingReady || (!m_seesEveryone && !m_deskUserId))
            return;
        if (const auto bucket = m_aging->bucketAt(index.row()))
            Q_EMIT agingChosen(*bucket, m_seesEveryone ? chosenAgent() : m_deskUserId);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        if (m_ui->tables->currentWidget() == m_ui->agingTab)
            Q_EMIT agingExportRequested(chosenAgent());
        else if (m_ui->tables->currentWidget() == m_ui->agentTab)
            Q_EMIT tableExportRequested(services::PanelTableExport::Table::ByAgent);
        else if (m_ui->tables->currentWidget() == m_ui->segmentTab)
            Q_EMIT tableExportRequested(services::PanelTableExport::Table::BySegment);
        else if (m_ui->tables->currentWidget() == m_ui->scoreTab)
            Q_EMIT scoresExportRequested(m_days.from, m_days.to, chosenAgent());
        else if (m_ui->tables->currentWidget() == m_ui->followThroughTab)
            Q_EMIT followThroughExportRequested(m_days.from, m_days.to, chosenAgent());
        else
            Q_EMIT exportRequested(m_days.from, m_days.to, chosenAgent());
    });
    connect(m_ui->tables, &QTabWidget::currentChanged, this, [this, figures = m_ui->exportButton->toolTip()] {
        const QWidget *tab = m_ui->tables->currentWidget();
        m_ui->exportButton->setToolTip(
            tab == m_ui->agingTab   ? tr("What is owed today by age and segment, as a CSV file for a spreadsheet")
            : tab == m_ui->agentTab ? tr("This table as it is shown, each agent with their target, as a CSV file for a "
                                         "spreadsheet")
            : tab == m_ui->segmentTab ? tr("This table as it is shown, as a CSV file for a spreadsheet")
            : tab == m_ui->scoreTab ? tr("The reviews' scores of the period by day and agent, stage by stage, as a "
                                         "CSV file for a spreadsheet")
            : tab == m_ui->followThroughTab
                ? tr("The tasks and call-backs of the period by the day they were due and agent: due, done on time, "
                     "done late, called off and still open, as a CSV file for a spreadsheet")
                : figures);
    });
}

PanelView::~PanelView()
{
    m_latestAging->store(~quint64(0));  // whatever is queued is stale now
    m_agingPool.waitForDone();
}

void PanelView::showEvent(QShowEvent *event)
{
    // Every time: the figures move with each call, promise and payment,
    // and reading them costs a few hundred rows.
    loadAgents();
    read();
    QWidget::showEvent(event);
}

void PanelView::reload()
{
    if (isVisible()) {
        loadAgents();
        read();
    }
}

void PanelView::loadAgents()
{
    QList<domain::User> users;
    try {
        m_deskUserId = DeskUser::id(m_db);
        m_seesEveryone = services::PanelService(m_db, m_deskUserId).seesEveryone();
        users = store::UserRepository(m_db).all();
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
    }
    // An agent reads their own figures.
    fillAgentChoice(m_ui->agentCombo, users, m_seesEveryone, m_deskUserId, tr("The whole office"));
}

void PanelView::read(bool withAging)
{
    const QDate today = m_clock.today();
    const QLocale locale;
    const int chosen = m_ui->periodCombo->currentData().toInt();
    const domain::DayRange days = chosen == kOpenedStep
                                      ? m_openedStep
                                      : domain::periodDays(PanelPeriod(chosen), today, locale.firstDayOfWeek());
    m_days = days;
    m_ui->rangeLabel->setText(days.from == days.to ? locale.toString(days.from, QLocale::LongFormat)
                                                   : tr("%1 to %2").arg(domain::shortDate(days.from, locale),
                                                                        domain::shortDate(days.to, locale)));
    const std::optional<domain::Id> agent = chosenAgent();
    // An agent's own figures, or nothing when the desk names nobody: the
    // export writes what the Panel shows.
    m_ui->exportButton->setEnabled(m_seesEveryone || m_deskUserId.has_value());
    try {
        m_report = services::PanelService(m_db, m_deskUserId)
                       .read(days.from, days.to, agent, UiSettings().scriptLanguage(), today);
    } catch (const store::StoreError &e) {
        m_report = {};
        Q_EMIT statusMessage(e.message());
    }
    const MoneyFormatter money(officeCurrency(m_db));
    m_agents->setMoney(money);
    m_segments->setMoney(money);
    m_agents->setLines(m_report.byAgent);
    m_scores->setLines(m_report.byAgent);
    m_segments->setLines(m_report.bySegment);
    m_overTime->setMoney(money);
    m_overTime->setStepsByMonth(m_report.overTimeByMonth);
    m_overTime->setLines(m_report.overTime);
    m_techniques->setMoney(money);
    m_reasons->setMoney(money);
    m_techniques->setResults(m_report.byTechnique);
    m_reasons->setResults(m_report.byReason);
    m_followThrough->setLines(m_report.followThrough);
    showCards();
    if (withAging)
        readAging(agent);
}

void PanelView::showAgingTab() { m_ui->tables->setCurrentWidget(m_ui->agingTab); }

void PanelView::showOverTimeTab() { m_ui->tables->setCurrentWidget(m_ui->overTimeTab); }

void PanelView::showTechniqueTab() { m_ui->tables->setCurrentWidget(m_ui->techniqueTab); }

void PanelView::showReasonTab() { m_ui->tables->setCurrentWidget(m_ui->reasonTab); }

void PanelView::showFollowThroughTab() { m_ui->tables->setCurrentWidget(m_ui->followThroughTab); }

void PanelView::showPeriod(PanelPeriod period)
{
    m_ui->periodCombo->setCurrentIndex(m_ui->periodCombo->findData(int(period)));
}

void PanelView::openStep(int row)
{
    std::optional<domain::DayRange> step = m_overTime->stepAt(row);
    if (!step)
        return;
    // A month is opened whole, as "This month" shows the current one,
    // though its line stops at today.
    if (m_report.overTimeByMonth)
        step->to = QDate(step->from.year(), step->from.month(), step->from.daysInMonth());
    const QString name = m_overTime->index(row, PanelModel::Name).data().toString();
    m_openedStep = *step;
    int at = m_ui->periodCombo->findData(kOpenedStep);
    if (at < 0) {
        m_ui->periodCombo->addItem(name, kOpenedStep);
        at = m_ui->periodCombo->count() - 1;
    } else {
        m_ui->periodCombo->setItemText(at, name);
    }
    if (m_ui->periodCombo->currentIndex() == at)
        read(false);  // another day of the one opened: the list does not move
    else
        m_ui->periodCombo->setCurrentIndex(at);
}

std::optional<domain::Id> PanelView::chosenAgent() const
{
    if (const QVariant data = m_ui->agentCombo->currentData(); data.isValid())
        return data.toLongLong();
    return std::nullopt;
}

void PanelView::readAging(std::optional<domain::Id> agent)
{
    // Every debtor's totals are read (a few tenths of a second for the
    // whole office at a million debtors), on the view's own thread with a
    // connection of its own; a request overtaken before it starts is
    // skipped, only the newest reading is shown, and the view waits for a
    // reading under way before it goes (~PanelView).
    const quint64 ticket = ++m_agingTicket;
    m_latestAging->store(ticket);
    m_agingReady = false;
    m_ui->agingLabel->setText(tr("Adding up what is owed…"));
    m_agingPool.start([this, latest = m_latestAging, ticket, agent, path = m_db.path(), user = m_deskUserId,
                       today = m_clock.today()] {
        if (ticket != latest->load())
            return;
        QList<store::AgingLine> lines;
        QString failure;
        try {
            // An office file moved away meanwhile is not made again here.
            if (!QFileInfo::exists(path))
                return;
            store::Database db(path);
            lines = services::PanelService(db, user).aging(today, agent);
        } catch (const store::StoreError &e) {
            spdlog::error("ui: the aging report could not be read");
            failure = e.message();
        } catch (const std::exception &) {
            spdlog::error("ui: the aging report could not be read");
            failure = tr("What is owed could not be added up.");
        }
        QMetaObject::invokeMethod(
            this,
            [this, ticket, lines, failure] {
                if (ticket == m_agingTicket)
                    showAging(lines, failure);
            },
            Qt::QueuedConnection);
    });
}

void PanelView::showAging(const QList<store::AgingLine> &lines, const QString &failure)
{
    m_aging->setLines(lines, MoneyFormatter(officeCurrency(m_db)));
    m_agingReady = true;
    if (!failure.isEmpty()) {
        m_ui->agingLabel->setText(failure);
        return;
    }
    m_ui->agingLabel->setText(
        tr("What is owed today, %1, by the days past due of each debtor's oldest unpaid invoice: a picture of the "
           "portfolio now, whatever the period. Double-click an age to see its debtors in the portfolio.")
            .arg(domain::shortDate(m_clock.today())));
}

void PanelView::showCards()
{
    const store::PanelFigures &f = m_report.totals;
    const QLocale locale;
    const MoneyFormatter money(officeCurrency(m_db));
    m_ui->callsCard->setText(card(locale.toString(f.calls), tr("Calls"),
                                  tr("%Ln contact(s) (%1)", nullptr, int(f.contacts))
                                      .arg(PanelModel::percent(f.contacts, f.calls))));
    m_ui->promisesCard->setText(
        card(locale.toString(f.promisesMade), tr("Promises made"), tr("for %1").arg(money.format(f.promised))));
    m_ui->promisesCard->setToolTip(
        tr("Promises agreed in the period and what they add up to; a payment plan is one. A promise replaced on "
           "the day it was made does not count: the one that replaced it does."));
    int graceDays = domain::OfficeSettings().graceDays;
    try {
        graceDays = store::SettingsRepository(m_db).graceDays();
    } catch (const store::StoreError &) {
        // The usual grace in the tooltip; the figures report the failure.
    }
    m_ui->keptCard->setToolTip(
        tr("Of the promises dated in the period whose %n grace day(s) are over, those paid in full. A promise "
           "counts once its result is final: one still in its grace days, or dated later, waits even if it is "
           "already paid.",
           nullptr, graceDays));
    const QDate resultsTo = m_report.resultsTo;
    QString keptDetail;
    if (!resultsTo.isValid() || resultsTo >= m_days.to)
        keptDetail = tr("%1 of %2 resolved; %3 paid towards them")
                         .arg(locale.toString(f.promisesKept), locale.toString(f.promisesResolved()),
                              money.format(f.promisesPaid));
    else if (resultsTo >= m_days.from)
        keptDetail = tr("%1 of %2 dated up to %3; %4 paid")
                         .arg(locale.toString(f.promisesKept), locale.toString(f.promisesResolved()),
                              domain::shortDate(resultsTo, locale), money.format(f.promisesPaid));
    else
        keptDetail = tr("None has ended its grace days yet");
    m_ui->keptCard->setText(
        card(PanelModel::percent(f.promisesKept, f.promisesResolved()), tr("Promises kept"), keptDetail));
    // Beside the money that came in, what the office took off without it.
    QString recoveredDetail = tr("%Ln payment(s)", nullptr, int(f.payments));
    if (f.adjusted.isPositive())
        recoveredDetail += QStringLiteral(" · ") + tr("%1 taken off without payment").arg(money.format(f.adjusted));
    m_ui->recoveredCard->setText(card(money.format(f.recovered), tr("Money recovered"), recoveredDetail));
    const bool nothing = f.calls == 0 && f.promisesMade == 0 && f.promisesResolved() == 0 && f.payments == 0;
    m_ui->emptyLabel->setVisible(nothing);
}

} // namespace libreta::ui
