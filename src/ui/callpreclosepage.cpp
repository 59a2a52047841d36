#include "ui/callpreclosepage.h"

#include "domain/callflow.h"
#include "domain/labels.h"
#include "domain/shortdate.h"
#include "ui/calltexts.h"
#include "ui/debtorfiletexts.h"
#include "ui_callpreclosepage.h"

#include <QButtonGroup>
#include <QLocale>
#include <QTimeZone>

namespace libreta::ui {

using namespace domain;

namespace {
const PreCloseAnswer kAnswers[] = {PreCloseAnswer::Refusal, PreCloseAnswer::Partial, PreCloseAnswer::Full};
}

CallPreClosePage::CallPreClosePage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::CallPreClosePage>())
{
    m_ui->setupUi(this);
    CallTexts::bindFocus(this, 0, m_ui->notesEdit);
    m_answers = new QButtonGroup(this);
    QRadioButton *radios[] = {m_ui->refusalRadio, m_ui->partialRadio, m_ui->fullRadio};
    for (int i = 0; i < 3; ++i) {
        radios[i]->setText(CallTexts::numbered(i + 1, label(kAnswers[i])));
        CallTexts::bindDigit(this, i + 1, radios[i]);
        m_answers->addButton(radios[i], i);
    }
    m_ui->backButton->setText(CallTexts::numbered(4, tr("Back to the negotiation")));
    m_ui->offeredButton->setText(CallTexts::numbered(5, tr("I offered an alternative: they still refuse")));
    CallTexts::bindDigit(this, 4, m_ui->backButton);
    CallTexts::bindDigit(this, 5, m_ui->offeredButton);
    m_ui->callbackEdit->setDisplayFormat(domain::shortDateTimeFormat());
    m_ui->callbackEdit->setEnabled(false);

    auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_answers, &QButtonGroup::idToggled, this, [this, emitChanged](int, bool checked) {
        if (!checked)
            return;
        updateForAnswer();
        emitChanged();
    });
    // Going back to offer something else is offering an alternative: if the
    // debtor still refuses afterwards, the refusal can be recorded.
    connect(m_ui->backButton, &QPushButton::clicked, this, [this, emitChanged] {
        m_alternativeOffered = true;
        updateForAnswer();
        emitChanged();
        Q_EMIT backToNegotiation();
    });
    connect(m_ui->offeredButton, &QPushButton::clicked, this, [this, emitChanged] {
        m_alternativeOffered = true;
        updateForAnswer();
        m_ui->reasonEdit->setFocus(Qt::OtherFocusReason);
        emitChanged();
    });
    connect(m_ui->callbackCheck, &QCheckBox::toggled, m_ui->callbackEdit, &QWidget::setEnabled);
    connect(m_ui->callbackCheck, &QCheckBox::toggled, this, emitChanged);
    connect(m_ui->callbackEdit, &QDateTimeEdit::dateTimeChanged, this, emitChanged);
    connect(m_ui->callbackEdit, &QDateTimeEdit::dateTimeChanged, this, &CallPreClosePage::showTimeForDebtor);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, emitChanged);
    connect(m_ui->nextStepEdit, &QLineEdit::textChanged, this, emitChanged);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, emitChanged);
    updateForAnswer();
}

CallPreClosePage::~CallPreClosePage() = default;

void CallPreClosePage::setUp(const CallSetup *setup)
{
    m_setup = setup;
    m_ui->scriptLabel->setText(setup->stageText(QStringLiteral("preclose")));
    m_ui->alternativeLabel->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("A first «no» is not the end: offer an alternative before recording a refusal.").toHtmlEscaped(),
                 CallTexts::promptList(tr("You could offer"), setup->prompts(QStringLiteral("preclose")))));
    const NextAttempt next =
        suggestNextAttempt(AnsweredBy::Debtor, setup->clock->nowUtc(), setup->rules, setup->file.debtor.timeZone);
    m_ui->callbackEdit->setDateTime(next.atUtc.toLocalTime());
    showTimeForDebtor();
}

void CallPreClosePage::showTimeForDebtor()
{
    // "Call me at ten" is ten on the debtor's clock: said beside the field
    // when theirs is not the desk's.
    if (!m_setup)
        return;
    const QDateTime atUtc = m_ui->callbackEdit->dateTime().toUTC();
    const QTimeZone zone(m_setup->file.debtor.timeZone.toUtf8());
    const bool sameClock = !zone.isValid() || atUtc.toTimeZone(zone).time() == atUtc.toLocalTime().time();
    m_ui->callbackDebtorTime->setText(sameClock ? QString()
                                                : DebtorFileTexts::timeForDebtor(atUtc, m_setup->file.debtor.timeZone));
    m_ui->callbackDebtorTime->setVisible(!sameClock);
}

void CallPreClosePage::setOffer(const QString &summary)
{
    m_ui->offerLabel->setText(
        tr("<b>On offer:</b> %1").arg(summary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

std::optional<PreCloseAnswer> CallPreClosePage::answer() const
{
    const int id = m_answers->checkedId();
    return id >= 0 ? std::optional<PreCloseAnswer>(kAnswers[id]) : std::nullopt;
}

bool CallPreClosePage::isAskingForAlternative() const
{
    return answer() == PreCloseAnswer::Refusal && !m_alternativeOffered;
}

void CallPreClosePage::updateForAnswer()
{
    const bool refusal = answer() == PreCloseAnswer::Refusal;
    m_ui->alternativeFrame->setVisible(refusal && !m_alternativeOffered);
    m_ui->refusalGroup->setVisible(refusal && m_alternativeOffered);
}

void CallPreClosePage::load(const CallWorksheet &w)
{
    m_loading = true;
    if (w.preCloseAnswer)
        for (int i = 0; i < 3; ++i)
            if (kAnswers[i] == *w.preCloseAnswer)
                m_answers->button(i)->setChecked(true);
    m_alternativeOffered = w.alternativeOffered;
    m_ui->reasonEdit->setText(w.refusalReason);
    m_ui->nextStepEdit->setText(w.nextStep);
    const bool callback = w.preCloseAnswer == PreCloseAnswer::Refusal && w.callbackAtUtc.has_value();
    m_ui->callbackCheck->setChecked(callback);
    if (callback)
        m_ui->callbackEdit->setDateTime(w.callbackAtUtc->toLocalTime());
    m_ui->notesEdit->setPlainText(w.notes.preClose);
    m_loading = false;
    updateForAnswer();
}

void CallPreClosePage::store(CallWorksheet &w) const
{
    w.preCloseAnswer = answer();
    w.alternativeOffered = m_alternativeOffered;
    w.refusalReason = m_ui->reasonEdit->text();
    w.nextStep = m_ui->nextStepEdit->text();
    if (w.preCloseAnswer == PreCloseAnswer::Refusal && m_ui->callbackCheck->isChecked())
        w.callbackAtUtc = m_ui->callbackEdit->dateTime().toUTC();
    w.notes.preClose = m_ui->notesEdit->toPlainText();
}

void CallPreClosePage::focusFirst()
{
    if (m_ui->refusalGroup->isVisibleTo(this)) {
        m_ui->reasonEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    QAbstractButton *checked = m_answers->checkedButton();
    (checked ? checked : m_ui->fullRadio)->setFocus(Qt::OtherFocusReason);
}

} // namespace libreta::ui
