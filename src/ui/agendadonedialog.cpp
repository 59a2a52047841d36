#include "ui/agendadonedialog.h"

#include "services/followupactions.h"
#include "services/inputerror.h"
#include "ui_agendadonedialog.h"

#include <QLineEdit>

namespace libreta::ui {

using domain::AgendaGroup;

namespace {

// What usually comes of each kind, offered first; anything else is typed.
QStringList usualResults(AgendaGroup group)
{
    switch (group) {
    case AgendaGroup::Callback:
        return {AgendaDoneDialog::tr("Called back"), AgendaDoneDialog::tr("No answer"),
                AgendaDoneDialog::tr("Asked to call another day")};
    case AgendaGroup::PromiseDue:
        return {AgendaDoneDialog::tr("Reminded: will pay as promised"), AgendaDoneDialog::tr("Could not reach the debtor")};
    case AgendaGroup::BrokenPromise:
        return {AgendaDoneDialog::tr("New date agreed"), AgendaDoneDialog::tr("Refuses to pay"),
                AgendaDoneDialog::tr("Could not reach the debtor")};
    case AgendaGroup::PromiseCheck:
        return {AgendaDoneDialog::tr("Payment found"), AgendaDoneDialog::tr("No payment: call back")};
    case AgendaGroup::SendInvoiceCopy:
        return {AgendaDoneDialog::tr("Sent by e-mail"), AgendaDoneDialog::tr("Sent by WhatsApp"),
                AgendaDoneDialog::tr("Sent by post"), AgendaDoneDialog::tr("Handed over in person")};
    case AgendaGroup::SendStatement:
        // The statement a debtor who "already paid" is sent: the payment may
        // not be found, and then the debtor is called for the receipt.
        return {AgendaDoneDialog::tr("Sent by e-mail"), AgendaDoneDialog::tr("Sent by WhatsApp"),
                AgendaDoneDialog::tr("Sent by post"), AgendaDoneDialog::tr("Handed over in person"),
                AgendaDoneDialog::tr("Payment not found: call for the receipt")};
    case AgendaGroup::NoteFollowUp: return {AgendaDoneDialog::tr("Done as the note asked")};
    }
    return {};
}

// The usual results that say the debtor is to be called again, and when:
// soon (nobody answered) or another day (the debtor asked for one).
enum class Again { No, Soon, AnotherDay };

Again againFor(const QString &result)
{
    if (result == AgendaDoneDialog::tr("Asked to call another day"))
        return Again::AnotherDay;
    if (result == AgendaDoneDialog::tr("No answer") || result == AgendaDoneDialog::tr("Could not reach the debtor")
        || result == AgendaDoneDialog::tr("No payment: call back")
        || result == AgendaDoneDialog::tr("Payment not found: call for the receipt"))
        return Again::Soon;
    return Again::No;
}

bool isTask(AgendaGroup group)
{
    return group == AgendaGroup::SendInvoiceCopy || group == AgendaGroup::SendStatement;
}

} // namespace

AgendaDoneDialog::AgendaDoneDialog(const FormContext &context, const store::AgendaItem &item, const QString &summary,
                                   QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::AgendaDoneDialog>()), m_context(context),
      m_followUpId(item.followUp.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("agendaDoneDialog"));
    m_ui->itemLabel->setText(summary);
    m_ui->resultCombo->addItems(usualResults(item.group()));
    m_ui->resultCombo->setCurrentIndex(-1);
    m_ui->resultCombo->lineEdit()->setPlaceholderText(tr("What came of it"));
    addField(QStringLiteral("result"), m_ui->resultCombo, m_ui->resultComboError);
    setUpCallAgain(item);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

void AgendaDoneDialog::setUpCallAgain(const store::AgendaItem &item)
{
    // A task (a copy, a statement) is done by sending it, and a call
    // follows only when asked for: a claimed payment that is not found.
    const bool offered = !isTask(item.group()) || item.group() == AgendaGroup::SendStatement;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->callAgainCheckCaption), static_cast<QWidget *>(m_ui->callAgainCheck),
                       static_cast<QWidget *>(m_ui->callAgainDate), static_cast<QWidget *>(m_ui->callAgainAt),
                       static_cast<QWidget *>(m_ui->callAgainTime), static_cast<QWidget *>(m_ui->callAgainError)})
        w->setVisible(offered);
    m_itemTime = item.followUp.dueTime;
    // No minimum (see PaymentDialog): a past day is refused on saving.
    m_ui->callAgainDate->setDate(m_context.clock.today().addDays(1));
    m_ui->callAgainTime->setTime(m_itemTime.value_or(QTime(10, 0)));
    const bool brokenPromise = item.group() == AgendaGroup::BrokenPromise;
    const auto follow = [this, brokenPromise](bool on) {
        m_ui->callAgainDate->setEnabled(on);
        m_ui->callAgainTime->setEnabled(on);
        m_ui->stillBrokenNote->setVisible(on && brokenPromise);
    };
    connect(m_ui->callAgainCheck, &QCheckBox::toggled, this, follow);
    follow(false);
    if (offered)
        connect(m_ui->resultCombo, &QComboBox::currentTextChanged, this, &AgendaDoneDialog::suggestCallAgain);
    addField(QStringLiteral("call_again"), m_ui->callAgainDate, m_ui->callAgainError);
}

void AgendaDoneDialog::suggestCallAgain(const QString &result)
{
    const Again again = againFor(result);
    if (again == Again::No)
        return;
    const QDateTime now = m_context.clock.nowUtc().toLocalTime();
    QDateTime at(now.date().addDays(1), m_itemTime.value_or(QTime(10, 0)));
    if (again == Again::Soon) {
        // In two hours, on the quarter; tomorrow when that is past the
        // working day.
        const QDateTime soon = now.addSecs(2 * 3600);
        const QTime quarter(soon.time().hour(), (soon.time().minute() + 14) / 15 * 15 % 60);
        const QDateTime rounded(soon.date(), quarter);
        const QDateTime onQuarter = soon.time().minute() > 45 ? rounded.addSecs(3600) : rounded;
        if (onQuarter.date() == now.date() && onQuarter.time() <= QTime(19, 0))
            at = onQuarter;
    }
    m_ui->callAgainCheck->setChecked(true);
    m_ui->callAgainDate->setDate(at.date());
    m_ui->callAgainTime->setTime(at.time());
}

bool AgendaDoneDialog::callsAgain() const { return m_ui->callAgainCheck->isChecked(); }

QDateTime AgendaDoneDialog::callAgainAt() const
{
    return QDateTime(m_ui->callAgainDate->date(), m_ui->callAgainTime->time());
}

AgendaDoneDialog::~AgendaDoneDialog() = default;

void AgendaDoneDialog::setResult(const QString &text) { m_ui->resultCombo->setCurrentText(text); }

void AgendaDoneDialog::save()
{
    const QString result = m_ui->resultCombo->currentText();
    std::optional<services::FollowUpActions::CallAgain> callAgain;
    if (callsAgain())
        callAgain = services::FollowUpActions::CallAgain{m_ui->callAgainDate->date(), m_ui->callAgainTime->time()};
    else if (againFor(result.trimmed()) == Again::AnotherDay)
        throw services::InputError(QStringLiteral("call_again"),
                                   tr("Call again: say the day the debtor asked to be called."));
    services::FollowUpActions(m_context.db, m_context.clock).complete(m_followUpId, result, m_context.userId, callAgain);
}

} // namespace libreta::ui
