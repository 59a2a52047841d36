#include "ui/callpanel.h"

#include "domain/callflow.h"
#include "domain/fullstop.h"
#include "domain/labels.h"
#include "domain/scriptaddressee.h"
#include "services/callassembly.h"
#include "services/calldrafts.h"
#include "services/callservice.h"
#include "services/inputerror.h"
#include "services/scriptlibrary.h"
#include "services/supervision.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/callclosepage.h"
#include "ui/callconfirmation.h"
#include "ui/calldialbox.h"
#include "ui/calllisteningpage.h"
#include "ui/callnegotiationpage.h"
#include "ui/callpresentationpage.h"
#include "ui/callpreclosepage.h"
#include "ui/calltexts.h"
#include "ui/debtorfiletexts.h"
#include "ui/deskuser.h"
#include "ui/prompter.h"
#include "ui/wheelguard.h"
#include "ui_callpanel.h"

#include <QLocale>
#include <QTimeZone>
#include <QScrollArea>
#include <QToolButton>

#include <spdlog/spdlog.h>

namespace libreta::ui {

using namespace domain;

namespace {

constexpr int kDraftDelayMs = 600;  // a pause in typing, not every keystroke
const QString kRed = QStringLiteral("#b01c1c");

QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

bool accepted(const CallWorksheet &w)
{
    return w.preCloseAnswer == PreCloseAnswer::Partial || w.preCloseAnswer == PreCloseAnswer::Full;
}

} // namespace

CallPanel::CallPanel(const FormContext &context, const services::DebtorFile &file, const MoneyFormatter &money,
                     const QString &desk, const QString &language, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<::Ui::CallPanel>()), m_context(context), m_desk(desk), m_language(language)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("callPanel"));
    m_setup.file = file;
    m_setup.money = money;
    m_setup.clock = &context.clock;

    m_presentation = new CallPresentationPage(this);
    m_listening = new CallListeningPage(this);
    m_negotiation = new CallNegotiationPage(this);
    m_preClose = new CallPreClosePage(this);
    m_close = new CallClosePage(this);
    for (QWidget *page : std::initializer_list<QWidget *>{m_presentation, m_listening, m_negotiation, m_preClose, m_close})
        m_ui->stages->addWidget(scrolled(page, m_ui->stages));
    for (int i = 0; i < kCallStageCount; ++i) {
        auto *step = new QToolButton(this);
        step->setToolTip(CallTexts::stepTitle(CallTexts::stageAt(i)));
        step->setCheckable(true);
        step->setAutoRaise(true);
        step->setFocusPolicy(Qt::NoFocus);
        step->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(step, &QToolButton::clicked, this, [this, i] { goToStage(CallTexts::stageAt(i)); });
        m_ui->stepsRow->addWidget(step);
        m_steps << step;
    }
    m_ui->stepsRow->addStretch();
    guardWheel(this);

    m_ui->previousButton->setText(tr("◀ Previous"));
    m_ui->previousButton->setToolTip(tr("The previous stage (Alt+Left)"));
    m_ui->nextButton->setText(tr("Next ▶"));
    m_ui->nextButton->setToolTip(tr("The next stage (Alt+Right)"));
    m_ui->saveButton->setText(tr("Save call"));
    m_ui->saveButton->setToolTip(tr("Save the call with everything recorded (Ctrl+S)"));
    m_ui->discardButton->setText(tr("Discard"));
    m_ui->discardButton->setToolTip(tr("Forget this call without saving it"));
    for (QPushButton *b : {m_ui->previousButton, m_ui->nextButton, m_ui->saveButton, m_ui->discardButton})
        b->setAutoDefault(false);
    m_ui->messageLabel->hide();
    m_ui->recoveredFrame->hide();

    connect(m_ui->previousButton, &QPushButton::clicked, this, &CallPanel::previousStage);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &CallPanel::nextStage);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CallPanel::save);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &CallPanel::discard);
    connect(m_ui->startOverButton, &QPushButton::clicked, this, [this] {
        if (!Prompter::instance().confirmDiscard(this, tr("Forget the recovered call and start a new one?")))
            return;
        closeAndForgetDraft();
        Q_EMIT startOverRequested();
    });
    connect(m_ui->dialBox, &CallDialBox::contactChanged, this, [this] {
        if (m_restoring)
            return;
        checkGate();
        typed();
    });
    connect(m_ui->dialBox, &CallDialBox::phoneChanged, this, &CallPanel::typed);
    connect(m_ui->dialBox, &CallDialBox::overridden, this, &CallPanel::overridden);
    connect(m_ui->dialBox, &CallDialBox::error, this, [this](const QString &text) { showMessage(text, true); });

    connect(m_presentation, &CallPresentationPage::changed, this, &CallPanel::typed);
    connect(m_listening, &CallListeningPage::changed, this, &CallPanel::typed);
    connect(m_negotiation, &CallNegotiationPage::changed, this, &CallPanel::typed);
    connect(m_preClose, &CallPreClosePage::changed, this, &CallPanel::typed);
    connect(m_close, &CallClosePage::changed, this, &CallPanel::typed);
    connect(m_presentation, &CallPresentationPage::answeredByChanged, this, &CallPanel::updateSteps);
    connect(m_preClose, &CallPreClosePage::backToNegotiation, this, [this] { goToStage(CallStage::Negotiation); });
    connect(m_close, &CallClosePage::statusMessage, this, &CallPanel::statusMessage);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CallPanel::saveDraftNow);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CallPanel::tick);
}

CallPanel::~CallPanel()
{
    // Whatever was typed in the last moment is kept too.
    if (m_draftTimer.isActive())
        saveDraftNow();
}

void CallPanel::buildSetup()
{
    const services::DebtorFile &file = m_setup.file;
    m_setup.script = services::ScriptLibrary(m_context.db).scriptFor(m_language).value_or(store::CallScript());
    m_setup.agentName = DeskUser::login();
    if (m_context.userId)
        if (const auto user = store::UserRepository(m_context.db).byId(*m_context.userId))
            m_setup.agentName = user->displayName;
    m_setup.officeName = file.settings.officeName;
    m_setup.values.agent = m_setup.agentName;
    m_setup.values.company = file.settings.officeName.isEmpty() ? tr("our office") : file.settings.officeName;
    m_setup.values.debtor = scriptAddressee(file.debtor, file.contacts);
    m_setup.values.balance = m_setup.money.format(file.totals.outstanding);
    m_setup.values.reference = file.debtor.externalRef;
    const QTimeZone zone(file.debtor.timeZone.toUtf8());
    const QDateTime now = m_context.clock.nowUtc();
    m_setup.values.greeting =
        greetingFor(m_setup.script.language, zone.isValid() ? now.toTimeZone(zone).time() : now.toLocalTime().time());
    m_setup.rules.windowStart = file.settings.windowStart;
    m_setup.rules.windowEnd = file.settings.windowEnd;
    m_setup.rules.maxAttemptsPer7Days = file.settings.maxAttemptsPer7Days;
    m_setup.rules.maxAttemptsPerDay = file.settings.maxAttemptsPerDay;
    const bool supervisor = services::maySupervise(m_context.db, m_context.userId);
    m_setup.termLimits = supervisor ? domain::TermLimits() : file.settings.termLimits();
    m_setup.approvesOwnDiscounts = supervisor;
}

void CallPanel::start(const std::optional<CallWorksheet> &recovered)
{
    try {
        buildSetup();
    } catch (const store::StoreError &e) {
        showMessage(e.message(), true);
        return;
    }
    m_restoring = true;
    m_ui->titleLabel->setText(tr("Call with %1").arg(m_setup.file.debtor.name));
    m_presentation->setUp(&m_setup);
    m_listening->setUp(&m_setup);
    m_negotiation->setUp(&m_setup);
    m_preClose->setUp(&m_setup);
    m_close->setUp(&m_setup);

    m_recovered = recovered.has_value();
    if (recovered) {
        m_base = *recovered;
    } else {
        m_base = CallWorksheet();
        m_base.debtorId = m_setup.file.debtor.id;
        m_base.startedAtUtc = m_context.clock.nowUtc();
    }
    // A recovered call keeps the script version its agent was reading only
    // if it is still the active one; otherwise it records what is shown now.
    m_base.scriptId = m_setup.script.id > 0 ? std::optional<Id>(m_setup.script.id) : std::nullopt;
    m_base.scriptVersion = m_setup.script.version;
    m_ui->dialBox->setUp(&m_context, &m_setup.file, m_base.contactId, m_base.phone);
    m_presentation->load(m_base);
    m_listening->load(m_base);
    m_negotiation->load(m_base);
    m_preClose->load(m_base);
    m_close->load(m_base);
    m_elapsedBefore = m_base.elapsedSeconds;
    m_elapsed.start();
    m_restoring = false;

    m_ui->recoveredFrame->setVisible(m_recovered);
    if (m_recovered)
        m_ui->recoveredLabel->setText(
            tr("This call, started %1, was never saved: it is back as you left it. Go on, or start over.")
                .arg(DebtorFileTexts::dateTime(m_base.startedAtUtc)));
    m_ui->messageLabel->hide();
    checkGate();
    m_ui->stages->setCurrentIndex(CallTexts::stageNumber(m_recovered ? m_base.stage : CallStage::Presentation) - 1);
    updateSteps();
    tick();
    m_tick.start();
    spdlog::info("ui: call started on debtor {}{}", m_setup.file.debtor.id, m_recovered ? " (recovered draft)" : "");
}

void CallPanel::checkGate()
{
    m_blocked = m_ui->dialBox->check(m_base.startedAtUtc, m_base.overrideReason);
    m_ui->stages->setEnabled(!m_blocked);
    updateSteps();
}

void CallPanel::overridden(const QString &reason)
{
    m_base.overrideReason = reason;
    checkGate();
    showMessage(tr("The override and its reason were written to the audit log."), false);
    typed();
    focusStage();
}

void CallPanel::updateSteps()
{
    const bool conversation = m_presentation->answeredBy() && !m_presentation->endsHereAs();
    const int current = m_ui->stages->currentIndex();
    for (int i = 0; i < m_steps.size(); ++i) {
        m_steps[i]->setChecked(i == current);
        // The current stage by name, the others by number: the panel stays
        // narrow enough to leave the file readable beside it.
        m_steps[i]->setText(i == current ? CallTexts::stepTitle(CallTexts::stageAt(i)) : QString::number(i + 1));
        m_steps[i]->setEnabled(!m_blocked && (i == 0 || conversation));
        QFont f = m_steps[i]->font();
        f.setBold(i == current);
        m_steps[i]->setFont(f);
    }
    m_ui->previousButton->setEnabled(!m_blocked && current > 0);
    m_ui->nextButton->setEnabled(!m_blocked && conversation && current < kCallStageCount - 1);
    m_ui->saveButton->setEnabled(!m_blocked);
}

const ContactDecision &CallPanel::decision() const { return m_ui->dialBox->decision(); }

CallStage CallPanel::stage() const { return CallTexts::stageAt(m_ui->stages->currentIndex()); }

bool CallPanel::goToStage(CallStage target)
{
    if (m_closed || m_blocked)
        return false;
    const auto by = m_presentation->answeredBy();
    if (target != CallStage::Presentation) {
        if (!by) {
            showMessage(tr("First say who answered (Alt+1 to Alt+6)."), true);
            return false;
        }
        if (outcomeWithoutConversation(*by)) {
            showMessage(tr("Only the debtor or the person who decides payment hears about the debt: this call ends "
                           "at the presentation. Save it with Ctrl+S."),
                        true);
            return false;
        }
        if (m_presentation->endsHereAs()) {
            showMessage(tr("They cannot talk now: this call ends at the presentation with the call-back they asked "
                           "for. Save it with Ctrl+S, or untick Alt+7 to go on."),
                        true);
            return false;
        }
    }
    CallWorksheet w = worksheet();
    if (target == CallStage::Negotiation)
        m_negotiation->setProfile(w.willing, w.able);
    if (target == CallStage::PreClose || target == CallStage::Close) {
        const OptionPlan plan = m_negotiation->plan();
        m_preClose->setOffer(plan.ok() ? CallConfirmation(m_setup, plan, m_negotiation->option().method).readBack()
                                       : plan.error);
    }
    m_ui->messageLabel->hide();
    m_ui->stages->setCurrentIndex(CallTexts::stageNumber(target) - 1);
    updateSteps();
    focusStage();
    if (!m_restoring && w.answeredBy)
        saveDraftNow();
    return true;
}

bool CallPanel::nextStage()
{
    const auto next = domain::nextStage(stage());
    return next && goToStage(*next);
}

bool CallPanel::previousStage()
{
    const auto previous = domain::previousStage(stage());
    return previous && goToStage(*previous);
}

void CallPanel::focusStage()
{
    if (m_blocked) {
        if (!m_ui->dialBox->focusOverride())
            m_ui->discardButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    switch (stage()) {
    case CallStage::Presentation:
        m_presentation->focusFirst();
        break;
    case CallStage::Listening:
        m_listening->focusFirst();
        break;
    case CallStage::Negotiation:
        m_negotiation->focusFirst();
        break;
    case CallStage::PreClose:
        m_preClose->focusFirst();
        break;
    case CallStage::Close:
        m_close->focusFirst();
        break;
    }
}

void CallPanel::refreshDerived(CallWorksheet &w)
{
    const OptionPlan plan = m_negotiation->plan();
    if (accepted(w) && w.option && plan.ok())
        m_confirmation = std::make_unique<CallConfirmation>(m_setup, plan, w.option->method);
    else
        m_confirmation.reset();
    m_close->setOutcome(m_confirmation.get(), w);
}

CallWorksheet CallPanel::worksheet()
{
    CallWorksheet w = m_base;
    w.contactId = m_ui->dialBox->contactId();
    w.phone = m_ui->dialBox->phone();
    w.elapsedSeconds = m_elapsedBefore + (m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0);
    w.stage = stage();
    w.callbackAtUtc.reset();
    m_presentation->store(w);
    m_listening->store(w);
    m_negotiation->store(w);
    m_preClose->store(w);
    refreshDerived(w);
    m_close->store(w);
    return w;
}

void CallPanel::typed()
{
    if (m_restoring || m_closed)
        return;
    m_touched = true;
    m_draftTimer.start();
}

void CallPanel::saveDraftNow()
{
    m_draftTimer.stop();
    if (m_closed)
        return;
    try {
        services::CallDrafts(m_context.db, m_context.clock).save(m_desk, worksheet());
    } catch (const store::StoreError &) {
        // The next pause in typing tries again; the call itself is not lost.
        spdlog::warn("ui: the draft of the call on debtor {} could not be kept", m_base.debtorId);
    }
}

CallStage CallPanel::stageForField(const QString &field, const CallWorksheet &w) const
{
    if (field == QLatin1String("answered_by") || field == QLatin1String("contact_rules") || field == QLatin1String("override"))
        return CallStage::Presentation;
    if (field == QLatin1String("option") || field == QLatin1String("discount") || field.startsWith(QLatin1String("promise"))
        || field == QLatin1String("replaces"))
        return CallStage::Negotiation;
    if (field == QLatin1String("confirmed"))
        return CallStage::Close;
    // Nobody to talk to, or no time to: the next attempt is chosen there.
    if (field == QLatin1String("callback") && !(w.answeredBy && !outcomeAtPresentation(*w.answeredBy, w.cannotTalkNow)))
        return CallStage::Presentation;
    if (field == QLatin1String("outcome") && accepted(w) && !w.excuseCategory)
        return CallStage::Listening;
    return CallStage::PreClose;
}

QString CallPanel::savedSummary(const CallWorksheet &w) const
{
    const auto outcome = w.answeredBy ? outcomeAtPresentation(*w.answeredBy, w.cannotTalkNow) : std::nullopt;
    if (w.cannotTalkNow && outcome && w.callbackAtUtc)
        return domain::withOneFullStop(
            tr("Call saved: they cannot talk now. Call back %1.").arg(DebtorFileTexts::dateTime(*w.callbackAtUtc)));
    if (outcome) {
        QString text = tr("Call saved: %1.").arg(label(*outcome));
        if (w.callbackAtUtc)
            text += QLatin1Char(' ') + domain::withOneFullStop(tr("Next attempt %1.").arg(DebtorFileTexts::dateTime(*w.callbackAtUtc)));
        return text;
    }
    if (w.preCloseAnswer == PreCloseAnswer::Refusal)
        return tr("Call saved: refusal. Next step: %1").arg(w.nextStep.trimmed());
    if (!m_confirmation && w.excuseCategory && w.excuseKind == ExcuseKind::Argument)
        return tr("Call saved: %1, to be checked. The task that answers it is in today's agenda.")
            .arg(label(*w.excuseCategory));
    const OptionPlan plan = m_negotiation->plan();
    if (m_confirmation && plan.paidNow)
        return paidNowSummary(plan);
    if (m_confirmation && plan.partAndRest && plan.isPlan())
        return tr("Call saved: %1 promised for %2 and the rest, %3, for %4. Their reminders and checks are in the "
                  "agenda.")
            .arg(m_setup.money.format(plan.instalments.first().amount),
                 DebtorFileTexts::date(plan.instalments.first().dueDate),
                 m_setup.money.format(plan.instalments.last().amount),
                 DebtorFileTexts::date(plan.instalments.last().dueDate));
    if (m_confirmation && plan.isPlan())
        return tr("Call saved: a plan of %1 instalments adding up to %2, the first on %3. Its reminders and checks "
                  "are in the agenda.")
            .arg(plan.instalments.size())
            .arg(m_setup.money.format(plan.agreedTotal), DebtorFileTexts::date(plan.instalments.first().dueDate));
    if (m_confirmation)
        return tr("Call saved: a promise of %1 on %2. Its reminder and check are in the agenda.")
            .arg(m_setup.money.format(plan.agreedTotal), DebtorFileTexts::date(plan.instalments.first().dueDate));
    return tr("Call saved.");
}

QString CallPanel::paidNowSummary(const OptionPlan &plan) const
{
    // The money taken on the line comes first: it is what the call got.
    const QString paid = m_setup.money.format(plan.instalments.first().amount);
    if (plan.instalments.size() == 1)
        return tr("Call saved: %1 paid during the call.").arg(paid);
    const InstalmentTerms &next = plan.instalments.at(1);
    if (plan.instalments.size() == 2)
        return tr("Call saved: %1 paid during the call; the rest, %2, promised for %3. Its reminder and check are in "
                  "the agenda.")
            .arg(paid, m_setup.money.format(next.amount), DebtorFileTexts::date(next.dueDate));
    return tr("Call saved: %1 paid during the call, and %n more instalment(s) adding up to %2, the next on %3. Their "
              "reminders and checks are in the agenda.",
              nullptr, int(plan.instalments.size() - 1))
        .arg(paid, m_setup.money.format(plan.agreedTotal - plan.instalments.first().amount),
             DebtorFileTexts::date(next.dueDate));
}

bool CallPanel::save()
{
    if (m_closed)
        return false;
    if (m_blocked) {
        showMessage(tr("The contact rules refuse this call; it cannot be saved unless a supervisor overrides them."), true);
        return false;
    }
    CallWorksheet w = worksheet();
    services::CallFacts facts;
    facts.balance = m_setup.file.totals.outstanding;
    facts.discountLimitPercent = m_setup.file.discountLimit();
    facts.termLimits = m_setup.termLimits;
    facts.today = m_context.clock.today();
    facts.agentId = m_context.userId;
    facts.desk = m_desk;
    for (const Promise &p : m_setup.file.promises)
        if (p.status == PromiseStatus::Pending)
            facts.openPromiseIds << p.id;
    services::CommitCallResult result;
    try {
        const services::CallDraft draft = services::CallAssembly::draftFrom(w, facts);
        result = services::CallService(m_context.db, m_context.clock).commit(draft);
    } catch (const services::InputError &e) {
        const CallStage target = stageForField(e.field(), w);
        if (target != stage())
            goToStage(target);
        if (target == CallStage::Negotiation && e.field() == QLatin1String("option"))
            m_negotiation->focusProblem();
        showMessage(e.message(), true);
        return false;
    } catch (const store::StoreError &e) {
        showMessage(e.message(), true);
        return false;
    }
    m_closed = true;
    m_draftTimer.stop();
    m_tick.stop();
    QString summary = savedSummary(w);
    if (result.discountNeedsApproval)
        summary += QLatin1Char(' ') + tr("The discount waits for a supervisor's approval.");
    if (result.discountApprovedOnTheCall)
        summary += QLatin1Char(' ') + tr("The discount above the limit stands: you approved it as supervisor.");
    if (result.debtorTaken)
        summary += QLatin1Char(' ') + tr("The debtor had no agent and is now yours.");
    if (result.findNumberTask)
        summary = tr("Call saved: wrong number. The file has no other, so the agenda has a task for %1: find the "
                     "debtor's number.")
                      .arg(DebtorFileTexts::date(w.callbackAtUtc->toLocalTime().date()));
    Q_EMIT saved(result.callId, summary);
    Q_EMIT closed();
    return true;
}

bool CallPanel::discard()
{
    if (m_closed)
        return false;
    // Nothing typed yet (the wrong debtor's file, opened a moment ago):
    // nothing to lose, nothing to ask.
    const bool untouched = !isTouched();
    if (!untouched &&
        !Prompter::instance().confirmDiscard(this, tr("Discard this call? Nothing of it will be saved."),
                                             tr("&Discard call")))
        return false;
    closeAndForgetDraft();
    if (untouched)
        Q_EMIT statusMessage(tr("Call discarded: nothing had been entered in it."));
    Q_EMIT closed();
    return true;
}

void CallPanel::closeAndForgetDraft()
{
    m_closed = true;
    m_draftTimer.stop();
    m_tick.stop();
    try {
        services::CallDrafts(m_context.db, m_context.clock).discard(m_base.debtorId, m_desk);
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
    }
}

QString CallPanel::message() const { return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString(); }

void CallPanel::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(error ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(kRed, text.toHtmlEscaped())
                                      : text.toHtmlEscaped());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void CallPanel::tick()
{
    const qint64 seconds = m_elapsedBefore + (m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0);
    m_ui->timerLabel->setText(CallTexts::elapsed(seconds));
}

} // namespace libreta::ui
