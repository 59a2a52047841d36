#include "ui/callpresentationpage.h"

#include "domain/callflow.h"
#include "domain/contactrules.h"
#include "domain/labels.h"
#include "domain/shortdate.h"
#include "ui/calltexts.h"
#include "ui/debtorfiletexts.h"
#include "ui_callpresentationpage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTimeZone>

namespace libreta::ui {

using namespace domain;

namespace {
const AnsweredBy kAnswers[] = {AnsweredBy::Debtor,    AnsweredBy::DecisionMaker, AnsweredBy::ThirdParty,
                               AnsweredBy::Nobody,    AnsweredBy::Voicemail,     AnsweredBy::WrongNumber};
}

CallPresentationPage::CallPresentationPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::CallPresentationPage>())
{
    m_ui->setupUi(this);
    CallTexts::bindFocus(this, 0, m_ui->notesEdit);
    m_answers = new QButtonGroup(this);
    QRadioButton *radios[] = {m_ui->debtorRadio,  m_ui->decisionMakerRadio, m_ui->thirdPartyRadio,
                              m_ui->nobodyRadio,  m_ui->voicemailRadio,     m_ui->wrongNumberRadio};
    for (int i = 0; i < 6; ++i) {
        radios[i]->setText(CallTexts::numbered(i + 1, label(kAnswers[i])));
        CallTexts::bindDigit(this, i + 1, radios[i]);
        m_answers->addButton(radios[i], i);
    }
    m_ui->cannotTalkCheck->setText(CallTexts::numbered(7, tr("They cannot talk now: call back when they say")));
    CallTexts::bindDigit(this, 7, m_ui->cannotTalkCheck);
    connect(m_ui->cannotTalkCheck, &QCheckBox::toggled, this, &CallPresentationPage::cannotTalkToggled);
    m_ui->nextAttemptEdit->setDisplayFormat(domain::shortDateTimeFormat());
    m_ui->nextAttemptEdit->setEntrySection(QDateTimeEdit::HourSection);
    m_ui->endFrame->hide();
    connect(m_answers, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked || m_loading)
            return;
        updateForAnswer();
        suggestNextAttempt();
        // Reaching nobody ends the call here: its next attempt, to check
        // before saving, comes into view (at 1366×768 it was below the fold).
        if (m_ui->endFrame->isVisibleTo(this))
            CallTexts::bringIntoView(m_ui->endFrame);
        Q_EMIT answeredByChanged();
        Q_EMIT changed();
    });
    connect(m_ui->nextAttemptEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_loading)
            return;
        showNextAttemptReason();
        Q_EMIT changed();
    });
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
}

CallPresentationPage::~CallPresentationPage() = default;

void CallPresentationPage::setUp(const CallSetup *setup)
{
    m_setup = setup;
    m_ui->promptsLabel->setText(CallTexts::promptList(tr("Remember"), setup->prompts(QStringLiteral("presentation"))));
    updateForAnswer();
}

std::optional<AnsweredBy> CallPresentationPage::answeredBy() const
{
    const int id = m_answers->checkedId();
    return id >= 0 ? std::optional<AnsweredBy>(kAnswers[id]) : std::nullopt;
}

std::optional<CallOutcome> CallPresentationPage::endsHereAs() const
{
    const auto by = answeredBy();
    return by ? outcomeAtPresentation(*by, m_ui->cannotTalkCheck->isChecked()) : std::nullopt;
}

QString CallPresentationPage::scriptText() const { return m_ui->scriptLabel->text(); }

void CallPresentationPage::cannotTalkToggled(bool checked)
{
    if (m_loading)
        return;
    updateForAnswer();
    suggestNextAttempt();
    if (checked) {
        // What is left to do is type the hour they asked for.
        CallTexts::bringIntoView(m_ui->endFrame);
        m_ui->nextAttemptEdit->setFocus(Qt::OtherFocusReason);
        m_ui->nextAttemptEdit->setSelectedSection(QDateTimeEdit::HourSection);
    }
    Q_EMIT answeredByChanged();
    Q_EMIT changed();
}

void CallPresentationPage::updateForAnswer()
{
    if (!m_setup)
        return;
    const auto by = answeredBy();
    // Someone else on the line hears only the neutral text: who calls and
    // for whom, never why.
    const bool thirdParty = by == AnsweredBy::ThirdParty;
    m_ui->scriptLabel->setText(m_setup->stageText(thirdParty ? QStringLiteral("third_party") : QStringLiteral("presentation")));
    // Only the right person can ask for another time; anyone else's
    // answer already ends the call with its own next attempt.
    const bool rightParty = by && !outcomeWithoutConversation(*by);
    m_ui->cannotTalkCheck->setEnabled(rightParty);
    if (!rightParty && m_ui->cannotTalkCheck->isChecked()) {
        const QSignalBlocker quiet(m_ui->cannotTalkCheck);
        m_ui->cannotTalkCheck->setChecked(false);
    }
    const auto outcome = endsHereAs();
    m_ui->endFrame->setVisible(outcome.has_value());
    m_ui->warningLabel->setVisible(thirdParty);
    m_ui->warningLabel->setText(thirdPartyWarning());
    m_ui->nextAttemptCaption->setText(rightParty ? tr("Call back on:") : tr("Next attempt:"));
    if (rightParty && outcome)
        m_ui->endLabel->setText(tr("The call ends here as «%1»: nothing about the debt is recorded. Type the time "
                                   "they asked for and save with Ctrl+S.")
                                    .arg(label(*outcome)));
    else if (outcome)
        m_ui->endLabel->setText(tr("The call ends here as «%1». Check the next attempt and save with Ctrl+S.")
                                    .arg(label(*outcome)));
}

void CallPresentationPage::suggestNextAttempt()
{
    const auto by = answeredBy();
    if (!m_setup || !endsHereAs())
        return;
    const QDateTime now = m_setup->clock->nowUtc();
    const QString &zone = m_setup->file.debtor.timeZone;
    const NextAttempt next = outcomeWithoutConversation(*by)
                                 ? domain::suggestNextAttempt(*by, now, m_setup->rules, zone)
                                 : domain::suggestCallBackAsked(now, m_setup->rules, zone);
    m_nextAttemptWhy = next.reason;
    m_suggestedAttempt = next;
    m_loading = true;
    m_ui->nextAttemptEdit->setDateTime(next.atUtc.toLocalTime());
    m_loading = false;
    showNextAttemptReason();
}

void CallPresentationPage::showNextAttemptReason()
{
    if (!m_setup)
        return;
    const QDateTime at = m_ui->nextAttemptEdit->dateTime().toUTC();
    const QString forDebtor = DebtorFileTexts::timeForDebtor(at, m_setup->file.debtor.timeZone);
    // The suggestion's own note while it stands; a time typed instead is
    // judged as it is (a note left from the suggestion contradicted it).
    const QString window = at == m_suggestedAttempt.atUtc
                               ? m_suggestedAttempt.windowNote
                               : domain::closedWindowNote(m_setup->rules, at, m_setup->file.debtor.timeZone);
    m_ui->nextAttemptReason->setText(
        QStringList{m_nextAttemptWhy, window, forDebtor}.filter(QRegularExpression(QStringLiteral("\\S"))).join(u' '));
}

void CallPresentationPage::load(const CallWorksheet &w)
{
    m_loading = true;
    if (w.answeredBy) {
        for (int i = 0; i < 6; ++i)
            if (kAnswers[i] == *w.answeredBy)
                m_answers->button(i)->setChecked(true);
    }
    m_ui->cannotTalkCheck->setChecked(w.cannotTalkNow);
    if (w.callbackAtUtc)
        m_ui->nextAttemptEdit->setDateTime(w.callbackAtUtc->toLocalTime());
    m_ui->notesEdit->setPlainText(w.notes.presentation);
    m_loading = false;
    updateForAnswer();
    if (w.answeredBy && !w.callbackAtUtc)
        suggestNextAttempt();
}

void CallPresentationPage::store(CallWorksheet &w) const
{
    w.answeredBy = answeredBy();
    w.cannotTalkNow = m_ui->cannotTalkCheck->isEnabled() && m_ui->cannotTalkCheck->isChecked();
    w.notes.presentation = m_ui->notesEdit->toPlainText();
    if (endsHereAs())
        w.callbackAtUtc = m_ui->nextAttemptEdit->dateTime().toUTC();
}

void CallPresentationPage::focusFirst()
{
    QAbstractButton *checked = m_answers->checkedButton();
    (checked ? checked : m_ui->debtorRadio)->setFocus(Qt::OtherFocusReason);
}

} // namespace libreta::ui
