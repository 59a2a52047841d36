#pragma once

#include "domain/callworksheet.h"
#include "domain/contactrules.h"
#include "domain/paymentoption.h"
#include "services/debtorfile.h"
#include "ui/callsetup.h"
#include "ui/formcontext.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

#include <memory>

class QToolButton;

namespace Ui {
class CallPanel;
}

namespace libreta::ui {

class CallClosePage;
class CallConfirmation;
class CallListeningPage;
class CallNegotiationPage;
class CallPresentationPage;
class CallPreClosePage;

// A call in progress, beside the debtor's file: the contact and number
// dialled with the contact rules (CallDialBox), a running timer, and the
// five stages as
// steps (Alt+Right / Alt+Left; Ctrl+S saves). What is typed is kept as a
// draft in the office file as the agent types, and offered back if the call
// was never saved; saving goes through CallService in one transaction.
class CallPanel final : public QFrame {
    Q_OBJECT

public:
    // `desk` is whose draft this is (the desk user's login); `language`
    // picks the script ("es", "en").
    CallPanel(const FormContext &context, const services::DebtorFile &file, const MoneyFormatter &money,
              const QString &desk, const QString &language, QWidget *parent = nullptr);
    ~CallPanel() override;

    // Opens the call: the script, the rules, and a recovered draft if any.
    void start(const std::optional<domain::CallWorksheet> &recovered);

    // Everything typed so far.
    domain::CallWorksheet worksheet();
    domain::CallStage stage() const;
    bool goToStage(domain::CallStage stage);
    bool nextStage();
    bool previousStage();
    // Saves the call; false, with the reason shown and its stage opened,
    // when something is missing.
    bool save();
    // Asks first, then forgets the call and its draft.
    bool discard();
    void saveDraftNow();
    void focusStage();

    bool isBlocked() const { return m_blocked; }
    bool isRecovered() const { return m_recovered; }
    bool isClosed() const { return m_closed; }
    // Something was recorded in it (or it is a draft brought back): what
    // Next call must not leave behind unsaved.
    bool isTouched() const { return m_touched || m_recovered; }
    QString message() const;
    const domain::ContactDecision &decision() const;
    const CallSetup &setup() const { return m_setup; }
    CallPresentationPage *presentationPage() const { return m_presentation; }
    CallListeningPage *listeningPage() const { return m_listening; }
    CallNegotiationPage *negotiationPage() const { return m_negotiation; }
    CallPreClosePage *preClosePage() const { return m_preClose; }
    CallClosePage *closePage() const { return m_close; }

Q_SIGNALS:
    void saved(domain::Id callId, const QString &summary);
    // Saved or discarded: the file takes the panel away.
    void closed();
    // The recovered call was thrown away: the file opens a fresh one.
    void startOverRequested();
    void statusMessage(const QString &text);

private:
    // The call ends unsaved: timers stop and its draft goes.
    void closeAndForgetDraft();
    void buildSetup();
    void checkGate();
    void overridden(const QString &reason);
    void updateSteps();
    void refreshDerived(domain::CallWorksheet &w);
    void typed();
    void showMessage(const QString &text, bool error);
    void tick();
    domain::CallStage stageForField(const QString &field, const domain::CallWorksheet &w) const;
    QString savedSummary(const domain::CallWorksheet &w) const;
    // What the summary says when part or all of it was paid on the line.
    QString paidNowSummary(const domain::OptionPlan &plan) const;

    std::unique_ptr<::Ui::CallPanel> m_ui;
    FormContext m_context;
    QString m_desk;
    QString m_language;
    CallSetup m_setup;
    domain::CallWorksheet m_base;  // what no page holds: ids, start, script, override
    std::unique_ptr<CallConfirmation> m_confirmation;
    QList<QToolButton *> m_steps;
    CallPresentationPage *m_presentation = nullptr;
    CallListeningPage *m_listening = nullptr;
    CallNegotiationPage *m_negotiation = nullptr;
    CallPreClosePage *m_preClose = nullptr;
    CallClosePage *m_close = nullptr;
    QTimer m_draftTimer;
    QTimer m_tick;
    QElapsedTimer m_elapsed;
    qint64 m_elapsedBefore = 0;
    bool m_blocked = false;
    bool m_recovered = false;
    bool m_closed = false;
    bool m_touched = false;
    bool m_restoring = false;
};

} // namespace libreta::ui
