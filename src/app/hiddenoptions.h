#pragma once

#include <QCommandLineOption>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCommandLineParser;

namespace libreta::ui {
class MainWindow;
}

namespace libreta::app {

// The options --help does not list: they put the window in a given state
// for the documentation's screenshots (scripts/screenshots), for
// libreta-bench's start-up figure and for checks by hand.
class HiddenOptions final {
public:
    // Screenshots and the bench run on settings of their own, so they
    // neither depend on the user's layout nor change it. Asked before
    // anything reads the settings, hence on the raw arguments.
    static bool wantThrowawaySettings(const QStringList &arguments);

    explicit HiddenOptions(QCommandLineParser &parser);  // adds them to `parser`

    bool benchStartup() const;
    bool screenshot() const;
    // Puts `window` as the options ask (a section, a file, a form, the
    // agenda's view, the next call, a screenshot once shown). Returns an exit
    // status when the run ends here (--day-sheet writes its PDF and stops).
    std::optional<int> apply(ui::MainWindow &window);

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_screenshot{QStringLiteral("screenshot"), QString(), QStringLiteral("png")};
    QCommandLineOption m_section{QStringLiteral("section"), QString(), QStringLiteral("number")};
    QCommandLineOption m_benchStartup{QStringLiteral("bench-startup")};
    // --preferences: the Preferences dialog opens (a screenshot saves it).
    QCommandLineOption m_preferences{QStringLiteral("preferences")};
    // --office-rules: Edit ▸ Office rules opens (a screenshot saves it).
    QCommandLineOption m_officeRules{QStringLiteral("office-rules")};
    // --office-rules-tab N: that tab of it (from 0) in front.
    QCommandLineOption m_officeRulesTab{QStringLiteral("office-rules-tab"), QString(), QStringLiteral("index")};
    // --office-users: Edit ▸ Office users opens (a screenshot saves it).
    QCommandLineOption m_officeUsers{QStringLiteral("office-users")};
    // The Panel's By age tab (the aging report), for its screenshot.
    QCommandLineOption m_panelAging{QStringLiteral("panel-aging")};
    QCommandLineOption m_panelTechniques{QStringLiteral("panel-techniques")};
    QCommandLineOption m_panelReasons{QStringLiteral("panel-reasons")};
    QCommandLineOption m_panelFollowThrough{QStringLiteral("panel-follow-through")};
    QCommandLineOption m_panelOverTime{QStringLiteral("panel-over-time")};
    // The Panel's figures of this year (the guide's picture of the Panel).
    QCommandLineOption m_panelYear{QStringLiteral("panel-year")};
    // --panel-open-step N: the Over time tab's line N (from 1) opened, as a
    // double-click does.
    QCommandLineOption m_panelOpenStep{QStringLiteral("panel-open-step"), QString(), QStringLiteral("line")};
    // --call-script: Edit ▸ Call script opens (a screenshot saves it).
    QCommandLineOption m_callScript{QStringLiteral("call-script")};
    // --discount-approvals: Work ▸ Discounts to approve opens.
    QCommandLineOption m_discountApprovals{QStringLiteral("discount-approvals")};
    // --activity-log: Edit ▸ Office activity opens (with --open-debtor,
    // Debtor ▸ Activity on that debtor).
    QCommandLineOption m_activityLog{QStringLiteral("activity-log")};
    // --assign-debtors: Debtor ▸ Assign debtors opens (after --search).
    QCommandLineOption m_assignDebtors{QStringLiteral("assign-debtors")};
    // --open-debtor REF opens that debtor's file; with --payment-dialog
    // AMOUNT the payment form opens on it with the amount typed.
    QCommandLineOption m_openDebtor{QStringLiteral("open-debtor"), QString(), QStringLiteral("reference")};
    QCommandLineOption m_paymentDialog{QStringLiteral("payment-dialog"), QString(), QStringLiteral("amount")};
    // --correct-call: with --open-debtor, the correction of the file's
    // latest call with the debtor on the line opens.
    QCommandLineOption m_correctCall{QStringLiteral("correct-call")};
    // --agenda-view today|overdue|week|month; --next-call asks the work
    // queue once the window is up; --day-sheet PDF saves today's sheet.
    QCommandLineOption m_agendaView{QStringLiteral("agenda-view"), QString(), QStringLiteral("view")};
    // --agenda-put-off: the agenda's Kind on what was put off, any kind.
    QCommandLineOption m_agendaPutOff{QStringLiteral("agenda-put-off")};
    QCommandLineOption m_nextCall{QStringLiteral("next-call")};
    QCommandLineOption m_daySheet{QStringLiteral("day-sheet"), QString(), QStringLiteral("pdf")};
    // --search TEXT types TEXT in the portfolio's search box.
    QCommandLineOption m_search{QStringLiteral("search"), QString(), QStringLiteral("text")};
    QPointer<QWidget> m_form;  // the form a screenshot saves instead of the window
};

} // namespace libreta::app
