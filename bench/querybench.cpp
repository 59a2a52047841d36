#include "querybench.h"

#include "catalogue.h"
#include "democache.h"
#include "floormeasure.h"
#include "services/debtorfilereader.h"
#include "store/database.h"
#include "store/userrepository.h"
#include "services/panelservice.h"
#include "ui/agendamodel.h"
#include "ui/panelmodel.h"
#include "ui/debtorcontactsmodel.h"
#include "ui/debtorinvoicesmodel.h"
#include "ui/debtorpaymentsmodel.h"
#include "ui/debtortimelinemodel.h"
#include "ui/moneyformatter.h"
#include "ui/portfoliomodel.h"

#include <QEventLoop>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <exception>
#include <stdexcept>

namespace libreta::bench {
namespace {

using ui::PortfolioModel;

constexpr int kSummaryTimeoutMs = 300 * 1000;

// What an agent types, one keystroke at a time: surnames typed without and
// with accents, a first name and a surname, a reference and a phone number.
QStringList typedSearches(int debtors)
{
    const int width = std::max(6, int(QString::number(debtors).size()));
    const QString reference = QStringLiteral("CLI-%1").arg(std::min(1234, debtors), width, 10, QLatin1Char('0'));
    return {QStringLiteral("garcia"), QStringLiteral("Núñez"), QStringLiteral("maria lop"), reference,
            QStringLiteral("55 2345")};
}

// Waits for the count the model asked another thread for (not timed).
void awaitSummary(PortfolioModel &portfolio)
{
    if (!portfolio.summaryPending())
        return;
    QEventLoop loop;
    QObject::connect(&portfolio, &PortfolioModel::summaryChanged, &loop, [&] {
        if (!portfolio.summaryPending())
            loop.quit();
    });
    QTimer::singleShot(kSummaryTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (portfolio.summaryPending())
        throw std::runtime_error("the portfolio's count did not arrive in time");
}

void measureOrFail(Figure &f, const std::function<void()> &measure)
{
    try {
        measure();
    } catch (const std::exception &e) {
        f.state = Figure::State::Failed;
        f.reason = QString::fromUtf8(e.what());
    }
}

QString count(qint64 n) { return QLocale(QLocale::English, QLocale::UnitedStates).toString(n); }

QString afterPause(int pauseMs)
{
    return pauseMs > 0 ? QStringLiteral("each after a pause of %1 ms (not timed); ").arg(pauseMs)
                       : QStringLiteral("back to back; ");
}

// The demo's first agent: whose desk the agenda and the files are timed at.
domain::User firstAgent(store::Database &db)
{
    for (const domain::User &u : store::UserRepository(db).all())
        if (u.role == domain::UserRole::Agent)
            return u;
    throw std::runtime_error("the demo file has no agent whose desk to time");
}

} // namespace

void QueryBench::measureDebtorFile(store::Database &db, FloorMeasure &measure, Figure &file)
{
    // The files an agent opens first: those of the debtors on the first
    // pages of their agenda for the day, one after another, as
    // ui::DebtorFileView fills its tabs (the header's labels aside).
    ui::AgendaModel agenda(db);
    agenda.setWho(store::AgendaScope::Who::Agent, firstAgent(db).id);
    agenda.setDay(m_demo.date);
    QList<domain::Id> debtors;
    for (int g = 0; g < agenda.rowCount(); ++g) {
        const QModelIndex group = agenda.index(g, 0);
        for (int r = 0; r < agenda.rowCount(group); ++r)
            if (const store::AgendaItem *item = agenda.itemAt(agenda.index(r, 0, group)))
                if (!debtors.contains(item->followUp.debtorId))
                    debtors.append(item->followUp.debtorId);
    }
    if (debtors.isEmpty())
        throw std::runtime_error("the agent's agenda for the demo's day is empty");

    const QDateTime now(m_demo.date, QTime(16, 0), Qt::UTC);
    services::DebtorFileReader reader(db);
    ui::DebtorContactsModel contacts;
    ui::DebtorInvoicesModel invoices;
    ui::DebtorPaymentsModel payments;
    ui::DebtorTimelineModel timeline;
    qint64 entries = 0;
    QList<Action> opens;
    for (const domain::Id id : std::as_const(debtors))
        opens.append({{},
                      [&, id] {
                          const std::optional<services::DebtorFile> f = reader.read(id, m_demo.date, now);
                          if (!f)
                              throw std::runtime_error("a debtor of the agenda has no file");
                          const ui::MoneyFormatter money(f->settings.currencyCode);
                          contacts.setContacts(f->contacts);
                          invoices.setInvoices(f->invoices, f->today, money);
                          payments.setFile(*f, money);
                          timeline.setFile(*f, money);
                          entries += timeline.rowCount();
                      },
                      {},
                      QStringLiteral("debtor %1").arg(id)});
    measure.reads(file, opens, m_runs);
    file.detail = QStringLiteral("the files of the %1 debtors on the first pages of one agent's agenda for %2, "
                                 "one after another (%3 history entries a file on average), read by "
                                 "services::DebtorFileReader into the file's item models (contacts, invoices, "
                                 "payments, history); ")
                      .arg(debtors.size())
                      .arg(m_demo.date.toString(Qt::ISODate))
                      .arg(double(entries) / double(debtors.size() * (m_runs + 1)), 0, 'f', 0) +
                  file.detail;
}

void QueryBench::measurePanel(store::Database &db, FloorMeasure &measure, Figure &panel,
                              domain::PanelPeriod period)
{
    // What a supervisor sees on opening the Panel on a period that holds the
    // demo's day, for the whole office: its cards' totals, the four tables
    // and the Over time tab (days for a month, months for a year).
    std::optional<domain::Id> supervisor;
    for (const domain::User &u : store::UserRepository(db).all())
        if (u.role == domain::UserRole::Supervisor && !supervisor)
            supervisor = u.id;
    if (!supervisor)
        throw std::runtime_error("the demo file has no supervisor whose Panel to time");
    const domain::DayRange days = domain::periodDays(period, m_demo.date, Qt::Monday);
    services::PanelService service(db, supervisor);
    ui::PanelModel agents(ui::PanelModel::Kind::Agents);
    ui::PanelModel segments(ui::PanelModel::Kind::Segments);
    ui::PanelModel techniques(ui::PanelModel::Kind::Techniques);
    ui::PanelModel reasons(ui::PanelModel::Kind::Reasons);
    ui::PanelModel overTime(ui::PanelModel::Kind::OverTime);
    services::PanelReport report;
    measure.reads(panel,
                  {{{},
                    [&] {
                        report = service.read(days.from, days.to, std::nullopt, QStringLiteral("es"), m_demo.date);
                        agents.setLines(report.byAgent);
                        segments.setLines(report.bySegment);
                        techniques.setResults(report.byTechnique);
                        reasons.setResults(report.byReason);
                        overTime.setStepsByMonth(report.overTimeByMonth);
                        overTime.setLines(report.overTime);
                    },
                    {},
                    period == domain::PanelPeriod::ThisYear ? QStringLiteral("the year") : QStringLiteral("the month")}},
                  m_runs);
    const QString steps = report.overTimeByMonth ? QStringLiteral("%1 months").arg(report.overTime.size())
                                                 : QStringLiteral("%1 days").arg(report.overTime.size());
    panel.detail = QStringLiteral("the whole office's figures for %1 to %2 as a supervisor opens the Panel (%3 calls, "
                                  "%4 promises made, %5 payments), with the tables by agent (%6), segment (%7), "
                                  "technique (%8) and reason (%9), and over time (%10), read by services::PanelService "
                                  "into ui::PanelModel; ")
                       .arg(days.from.toString(Qt::ISODate), days.to.toString(Qt::ISODate),
                            count(report.totals.calls), count(report.totals.promisesMade),
                            count(report.totals.payments))
                       .arg(report.byAgent.size())
                       .arg(report.bySegment.size())
                       .arg(report.byTechnique.size())
                       .arg(report.byReason.size())
                       .arg(steps) +
                   panel.detail;
}

void QueryBench::run(Catalogue &figures)
{
    store::Database db(m_demo.path);
    SqlFloor floor(m_demo.path);
    FloorMeasure measure(floor);
    const QString floorLabel = QStringLiteral("the same statements through the SQLite C API");

    PortfolioModel portfolio(db);
    portfolio.setToday(m_demo.date);  // aging as of the day the office is at
    const auto noFilters = [&portfolio] { portfolio.setFilters({}); };
    // In large files the model counts what is shown on another thread; the
    // figure is what the screen waits for, and the count is timed apart.
    const std::function<void()> settle =
        portfolio.countsInBackground() ? std::function<void()>([&portfolio] { awaitSummary(portfolio); })
                                       : std::function<void()>();
    const QString background = QStringLiteral("the count and total of what is shown (ui::SummaryCounter)");
    // The state before an action is reached with its count done too, so no
    // count left over runs beside the timed action.
    const auto settled = [&settle](std::function<void()> step) {
        return [step = std::move(step), &settle] {
            step();
            if (settle)
                settle();
        };
    };

    Figure &firstPage = figures[QStringLiteral("portfolio_first_page")];
    measureOrFail(firstPage, [&] {
        measure.reads(firstPage,
                      {{settled([&] { portfolio.sort(PortfolioModel::Name, Qt::AscendingOrder); }),
                        [&] { portfolio.sort(PortfolioModel::Outstanding, Qt::DescendingOrder); }, settle, {},
                        m_pauseMs}},
                      m_runs);
        firstPage.detail = QStringLiteral("%1 rows of %2 debtors, through ui::PortfolioModel, ")
                               .arg(portfolio.rowCount())
                               .arg(count(portfolio.summary().count)) +
                           afterPause(m_pauseMs) + firstPage.detail;
    });

    Figure &resort = figures[QStringLiteral("portfolio_resort")];
    measureOrFail(resort, [&] {
        measure.reads(resort,
                      {{settled([&] { portfolio.sort(PortfolioModel::Outstanding, Qt::DescendingOrder); }),
                        [&] { portfolio.sort(PortfolioModel::DaysPastDue, Qt::DescendingOrder); }, settle, {},
                        m_pauseMs}},
                      m_runs);
        resort.detail = QStringLiteral("from outstanding to days late, through ui::PortfolioModel, ") +
                        afterPause(m_pauseMs) + resort.detail;
    });

    Figure &filter = figures[QStringLiteral("portfolio_filter")];
    measureOrFail(filter, [&] {
        settled([&] { portfolio.sort(PortfolioModel::Outstanding, Qt::DescendingOrder); })();
        store::PortfolioFilters aged;
        aged.aging = domain::AgingBucket::Days91To180;
        // Another filter first, then none: the store's memory of the last
        // filtered query is not this one's, as when an agent first picks it.
        store::PortfolioFilters other;
        other.aging = domain::AgingBucket::Days31To60;
        const auto unfiltered = settled([&] {
            portfolio.setFilters(other);
            if (settle)
                settle();
            noFilters();
        });
        measure.reads(filter, {{unfiltered, [&] { portfolio.setFilters(aged); }, settle, {}, m_pauseMs}}, m_runs);
        filter.detail = QStringLiteral("%1 debtors match, sorted by outstanding, through ui::PortfolioModel, ")
                            .arg(count(portfolio.summary().count)) +
                        afterPause(m_pauseMs) + filter.detail;
        noFilters();
    });

    Figure &search = figures[QStringLiteral("search_keystroke")];
    measureOrFail(search, [&] {
        // In the app's own order when it opens: by name.
        settled([&] { portfolio.sort(PortfolioModel::Name, Qt::AscendingOrder); })();
        QList<Action> keystrokes;
        const QStringList typed = typedSearches(m_demo.debtors);
        for (const QString &text : typed) {
            for (qsizetype n = 1; n <= text.size(); ++n) {
                const QString prefix = text.left(n);
                keystrokes.append({n == 1 ? settled([&] { portfolio.setSearchText(QString()); })
                                          : std::function<void()>(),
                                   [&portfolio, prefix] { portfolio.setSearchText(prefix); }, settle,
                                   QStringLiteral("typing “%1”").arg(prefix), m_pauseMs});
            }
        }
        measure.reads(search, keystrokes, m_searchRounds);
        search.detail = QStringLiteral("%1 keystrokes typing %2, sorted by name, through ui::PortfolioModel, ")
                            .arg(keystrokes.size())
                            .arg(typed.join(QStringLiteral(", "))) +
                        afterPause(m_pauseMs) + search.detail;
        portfolio.setSearchText(QString());
    });

    Figure &agenda = figures[QStringLiteral("agenda_day")];
    measureOrFail(agenda, [&] {
        // What the app shows an agent at their desk: their own agenda for
        // the day (ui::AgendaView starts an agent there; a supervisor starts
        // on everyone's), group counts and each group's first page.
        ui::AgendaModel everyone(db);
        everyone.setDay(m_demo.date);
        ui::AgendaModel model(db);
        model.setWho(store::AgendaScope::Who::Agent, firstAgent(db).id);
        measure.reads(agenda, {{{}, [&] { model.setDay(m_demo.date); }}}, m_runs);
        agenda.detail =
            QStringLiteral("one agent's agenda for %1, as the app opens it for an agent: %2 items due that day "
                           "(%3 for the whole office) in %4 groups, each group's count and its first page of up to %5 "
                           "(%6 rows read), and the count of %7 items left from earlier days, through "
                           "ui::AgendaModel; ")
                .arg(m_demo.date.toString(Qt::ISODate), count(model.total()), count(everyone.total()))
                .arg(model.rowCount())
                .arg(ui::AgendaModel::kFirstPageSize)
                .arg(model.loadedItems())
                .arg(count(model.earlierCount())) +
            agenda.detail;
    });
    Figure &file = figures[QStringLiteral("debtor_file")];
    measureOrFail(file, [&] { measureDebtorFile(db, measure, file); });
    Figure &panel = figures[QStringLiteral("panel_month")];
    measureOrFail(panel, [&] { measurePanel(db, measure, panel, domain::PanelPeriod::ThisMonth); });
    Figure &year = figures[QStringLiteral("panel_year")];
    measureOrFail(year, [&] { measurePanel(db, measure, year, domain::PanelPeriod::ThisYear); });
    for (Figure *f : {&firstPage, &resort, &filter, &search, &agenda, &file, &panel, &year})
        f->floorLabel = floorLabel;
    for (Figure *f : {&firstPage, &resort, &filter, &search})
        if (!f->backgroundSamples.isEmpty())
            f->backgroundLabel = background;
}

} // namespace libreta::bench
