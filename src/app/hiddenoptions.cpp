#include "app/hiddenoptions.h"

#include "domain/panelperiod.h"

#include "ui/agendaview.h"
#include "ui/activitylogdialog.h"
#include "ui/assigndialog.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfiletimeline.h"
#include "ui/discountapprovalsdialog.h"
#include "ui/debtorfileview.h"
#include "ui/mainwindow.h"
#include "ui/panelview.h"
#include "ui/paymentdialog.h"
#include "ui/portfolioview.h"

#include <QCommandLineParser>
#include <QComboBox>
#include <QCoreApplication>
#include <QTabWidget>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace libreta::app {

bool HiddenOptions::wantThrowawaySettings(const QStringList &arguments)
{
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a.startsWith(QLatin1String("--screenshot")) || a == QLatin1String("--bench-startup");
    });
}

HiddenOptions::HiddenOptions(QCommandLineParser &parser) : m_parser(parser)
{
    for (QCommandLineOption *option : {&m_screenshot, &m_section, &m_benchStartup, &m_preferences, &m_officeRules, &m_officeRulesTab, &m_officeUsers, &m_panelAging, &m_panelTechniques, &m_panelReasons, &m_panelFollowThrough, &m_panelOverTime, &m_panelYear, &m_panelOpenStep, &m_callScript, &m_discountApprovals, &m_activityLog, &m_assignDebtors, &m_openDebtor,
                                       &m_paymentDialog, &m_correctCall, &m_agendaView, &m_agendaPutOff, &m_nextCall, &m_daySheet, &m_search}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
}

bool HiddenOptions::benchStartup() const { return m_parser.isSet(m_benchStartup); }
bool HiddenOptions::screenshot() const { return m_parser.isSet(m_screenshot); }

std::optional<int> HiddenOptions::apply(ui::MainWindow &window)
{
    if (m_parser.isSet(m_section))
        window.showSection(m_parser.value(m_section).toInt());
    if (m_parser.isSet(m_openDebtor)) {
        window.showSection(ui::MainWindow::PortfolioSection);
        ui::DebtorFileView *file = window.debtorFiles()->openDebtorByRef(m_parser.value(m_openDebtor));
        if (file && m_parser.isSet(m_paymentDialog))
            QTimer::singleShot(0, file, [this, file, amount = m_parser.value(m_paymentDialog)] {
                m_form = file->recordPayment(amount);
            });
        if (file && m_parser.isSet(m_correctCall))
            QTimer::singleShot(0, file, [this, file] {
                // Calls are newest first; the talk is where corrections matter.
                for (const domain::Call &call : file->file().calls)
                    if (call.answeredBy == domain::AnsweredBy::Debtor && file->timeline()->selectCall(call.id)) {
                        m_form = file->correctCall();
                        break;
                    }
            });
    }
    if (m_parser.isSet(m_agendaView)) {
        const QString view = m_parser.value(m_agendaView);
        window.showSection(ui::MainWindow::AgendaSection);
        window.agendaView()->showView(view == QLatin1String("overdue") ? ui::AgendaView::View::Overdue
                                      : view == QLatin1String("week")  ? ui::AgendaView::View::NextDays
                                      : view == QLatin1String("month") ? ui::AgendaView::View::Month
                                                                       : ui::AgendaView::View::Today);
    }
    if (m_parser.isSet(m_agendaPutOff)) {
        window.showSection(ui::MainWindow::AgendaSection);
        if (auto *kind = window.agendaView()->findChild<QComboBox *>(QStringLiteral("kindCombo")))
            kind->setCurrentIndex(kind->count() - 1);
    }
    if (m_parser.isSet(m_search)) {
        window.showSection(ui::MainWindow::PortfolioSection);
        window.portfolioView()->search(m_parser.value(m_search));
    }
    if (m_parser.isSet(m_daySheet))
        return window.agendaView()->saveDaySheet(m_parser.value(m_daySheet)) ? 0 : 1;
    if (m_parser.isSet(m_nextCall))
        QTimer::singleShot(0, &window, [&window] { window.nextCall(); });
    if (m_parser.isSet(m_preferences))
        QTimer::singleShot(0, &window, [this, &window] { m_form = window.showPreferences(); });
    if (m_parser.isSet(m_officeRules))
        QTimer::singleShot(0, &window, [this, &window] {
            m_form = window.showOfficeRules();
            if (auto *tabs = m_form ? m_form->findChild<QTabWidget *>(QStringLiteral("tabs")) : nullptr)
                tabs->setCurrentIndex(m_parser.value(m_officeRulesTab).toInt());
        });
    if (m_parser.isSet(m_callScript))
        QTimer::singleShot(0, &window, [this, &window] { m_form = window.showCallScript(); });
    if (m_parser.isSet(m_discountApprovals))
        QTimer::singleShot(0, &window, [this, &window] { m_form = window.showDiscountApprovals(); });
    if (m_parser.isSet(m_activityLog))  // with --open-debtor, that debtor's (Debtor ▸ Activity)
        QTimer::singleShot(0, &window, [this, &window] {
            const ui::DebtorFileView *file = window.debtorFiles()->currentFile();
            m_form = window.showActivityLog(file && m_parser.isSet(m_openDebtor) ? std::optional(file->debtorId())
                                                                                : std::nullopt);
        });
    if (m_parser.isSet(m_assignDebtors))  // after the search is typed and read
        QTimer::singleShot(300, &window, [this, &window] { m_form = window.showAssignDebtors(); });
    if (m_parser.isSet(m_panelAging)) {  // the Panel's By age tab
        window.showSection(ui::MainWindow::DashboardSection);
        window.panelView()->showAgingTab();
    }
    if (m_parser.isSet(m_panelTechniques)) {  // the Panel's By technique tab
        window.showSection(ui::MainWindow::DashboardSection);
        window.panelView()->showTechniqueTab();
    }
    if (m_parser.isSet(m_panelReasons)) {  // the Panel's By reason tab
        window.showSection(ui::MainWindow::DashboardSection);
        window.panelView()->showReasonTab();
    }
    if (m_parser.isSet(m_panelFollowThrough)) {  // the Panel's Follow-through tab
        window.showSection(ui::MainWindow::DashboardSection);
        window.panelView()->showFollowThroughTab();
    }
    if (m_parser.isSet(m_panelOverTime)) {  // the Panel's Over time tab
        window.showSection(ui::MainWindow::DashboardSection);
        window.panelView()->showOverTimeTab();
    }
    if (m_parser.isSet(m_panelYear)) {
        window.showSection(ui::MainWindow::DashboardSection);
        window.panelView()->showPeriod(domain::PanelPeriod::ThisYear);
    }
    if (m_parser.isSet(m_panelOpenStep)) {  // once the Panel, shown, has read whose figures
        window.showSection(ui::MainWindow::DashboardSection);
        QTimer::singleShot(0, &window, [this, &window] {
            window.panelView()->openStep(m_parser.value(m_panelOpenStep).toInt() - 1);
        });
    }
    if (m_parser.isSet(m_officeUsers))
        QTimer::singleShot(0, &window, [this, &window] { m_form = window.showOfficeUsers(); });
    if (screenshot()) {
        window.resize(1440, 860);
        QTimer::singleShot(700, &window, [this, &window, file = m_parser.value(m_screenshot)] {
            QWidget *shown = m_form ? m_form.data() : static_cast<QWidget *>(&window);
            if (!shown->grab().save(file))
                spdlog::error("app: could not save the screenshot");
            // exit(), not quit(): quit() first asks the windows to close, and a
            // form with typed values would ask whether to discard them.
            QCoreApplication::exit(0);
        });
    }
    return std::nullopt;
}

} // namespace libreta::app
