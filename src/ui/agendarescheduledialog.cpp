#include "ui/agendarescheduledialog.h"

#include "domain/putoff.h"
#include "services/followupactions.h"
#include "ui_agendarescheduledialog.h"

namespace libreta::ui {

AgendaRescheduleDialog::AgendaRescheduleDialog(const FormContext &context, const store::AgendaItem &item,
                                               const QString &summary, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::AgendaRescheduleDialog>()), m_context(context),
      m_followUpId(item.followUp.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("agendaRescheduleDialog"));
    m_ui->itemLabel->setText(summary);
    const QDate today = context.clock.today();
    // Tomorrow at the same time is what is asked for most ("call me tomorrow").
    // No minimum (see PaymentDialog): a past day is refused on saving.
    m_ui->dateEdit->setDate(std::max(today, item.followUp.dueDate.addDays(1)));
    m_ui->timeCheck->setChecked(item.followUp.dueTime.has_value());
    m_ui->timeEdit->setTime(item.followUp.dueTime.value_or(QTime(10, 0)));
    m_ui->timeEdit->setEnabled(item.followUp.dueTime.has_value());
    connect(m_ui->timeCheck, &QCheckBox::toggled, m_ui->timeEdit, &QWidget::setEnabled);
    // Said before saving, not found out on the Panel.
    const domain::FollowUpKind kind = item.followUp.kind;
    const QDate due = item.followUp.dueDate;
    const auto notePutOff = [this, kind, due, today] {
        m_ui->putOffNote->setVisible(domain::putsOff(kind, due, m_ui->dateEdit->date(), today));
    };
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, notePutOff);
    notePutOff();
    addField(QStringLiteral("date"), m_ui->dateEdit, m_ui->dateEditError);
    addField(QStringLiteral("time"), m_ui->timeEdit, m_ui->timeCheckError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

AgendaRescheduleDialog::~AgendaRescheduleDialog() = default;

void AgendaRescheduleDialog::setWhen(const QDate &date, const std::optional<QTime> &time)
{
    m_ui->dateEdit->setDate(date);
    m_ui->timeCheck->setChecked(time.has_value());
    if (time)
        m_ui->timeEdit->setTime(*time);
}

bool AgendaRescheduleDialog::saysPutOff() const { return !m_ui->putOffNote->isHidden(); }

void AgendaRescheduleDialog::save()
{
    std::optional<QTime> time;
    if (m_ui->timeCheck->isChecked())
        time = m_ui->timeEdit->time();
    services::FollowUpActions(m_context.db, m_context.clock)
        .reschedule(m_followUpId, m_ui->dateEdit->date(), time, m_context.userId);
}

} // namespace libreta::ui
