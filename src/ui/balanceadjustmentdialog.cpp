#include "ui/balanceadjustmentdialog.h"

#include "domain/labels.h"
#include "services/inputerror.h"
#include "ui/debtorfiletexts.h"
#include "ui/moneyinput.h"
#include "ui_balanceadjustmentdialog.h"

#include <QPushButton>

namespace libreta::ui {

using namespace domain;

BalanceAdjustmentDialog::BalanceAdjustmentDialog(const FormContext &context, const services::DebtorFile &file,
                                                 std::optional<Id> invoiceId, const MoneyFormatter &money,
                                                 QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::BalanceAdjustmentDialog>()), m_context(context), m_file(file),
      m_money(money)
{
    m_ui->setupUi(this);
    m_ui->debtorLabel->setText(tr("%1 (%2) · Outstanding: %3")
                                   .arg(file.debtor.name, file.debtor.externalRef, money.format(file.totals.outstanding)));
    // No kind chosen to start with: the supervisor says which.
    for (const AdjustmentKind kind : {AdjustmentKind::Discount, AdjustmentKind::Correction, AdjustmentKind::WriteOff})
        m_ui->kindCombo->addItem(label(kind), int(kind));
    m_ui->kindCombo->setCurrentIndex(-1);
    m_ui->kindCombo->setPlaceholderText(tr("Choose the kind"));
    m_ui->invoiceCombo->addItem(tr("The open invoices, oldest first"));
    for (const Invoice &inv : file.invoices)
        if (inv.outstanding.isPositive()) {
            m_ui->invoiceCombo->addItem(tr("%1 (due %2, owes %3)")
                                            .arg(inv.number, DebtorFileTexts::date(inv.dueDate), money.format(inv.outstanding)),
                                        QVariant::fromValue<qint64>(inv.id));
            if (invoiceId == inv.id)
                m_ui->invoiceCombo->setCurrentIndex(m_ui->invoiceCombo->count() - 1);
        }
    m_ui->amountEdit->setPlaceholderText(MoneyInput::example());
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("Ad&just balance"));
    addField(QStringLiteral("kind"), m_ui->kindCombo, m_ui->kindComboError);
    addField(QStringLiteral("invoice"), m_ui->invoiceCombo, m_ui->invoiceComboError);
    addField(QStringLiteral("amount"), m_ui->amountEdit, m_ui->amountEditError);
    addField(QStringLiteral("note"), m_ui->noteEdit, m_ui->noteEditError);
    setGeneralErrorLabel(m_ui->generalError);
    connect(m_ui->allOwedButton, &QPushButton::clicked, this, &BalanceAdjustmentDialog::fillAllOwed);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &BalanceAdjustmentDialog::updateEffect);
    connect(m_ui->invoiceCombo, &QComboBox::currentIndexChanged, this, &BalanceAdjustmentDialog::updateEffect);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &BalanceAdjustmentDialog::updateEffect);
    updateEffect();
    watchForEdits();
}

BalanceAdjustmentDialog::~BalanceAdjustmentDialog() = default;

std::optional<AdjustmentKind> BalanceAdjustmentDialog::kind() const
{
    if (m_ui->kindCombo->currentIndex() < 0)
        return std::nullopt;
    return AdjustmentKind(m_ui->kindCombo->currentData().toInt());
}

std::optional<Id> BalanceAdjustmentDialog::invoiceId() const
{
    if (m_ui->invoiceCombo->currentIndex() <= 0)
        return std::nullopt;
    return m_ui->invoiceCombo->currentData().toLongLong();
}

void BalanceAdjustmentDialog::fillAllOwed()
{
    Money owed = m_file.totals.outstanding;
    if (const auto id = invoiceId())
        if (const Invoice *inv = m_file.invoice(*id))
            owed = inv->outstanding;
    m_ui->amountEdit->setText(owed.format(QLocale()));
    m_ui->noteEdit->setFocus();
}

void BalanceAdjustmentDialog::updateEffect()
{
    const auto amount = MoneyInput::read(m_ui->amountEdit->text(), tr("Amount"), nullptr);
    if (!amount || !amount->isPositive()) {
        m_ui->effectLabel->setText(tr("Type the amount to see which invoices it comes off and what is owed after."));
        return;
    }
    const services::AdjustmentPreview p = services::BalanceAdjustmentService::preview(m_file, kind(), *amount, invoiceId());
    if (p.lines.isEmpty()) {
        m_ui->effectLabel->setText(tr("That is more than is owed there."));
        return;
    }
    QStringList invoices;
    for (const Allocation &l : p.lines) {
        const Invoice *inv = m_file.invoice(l.invoiceId);
        invoices << tr("%1 (%2)").arg(inv ? inv->number : QString::number(l.invoiceId), m_money.format(l.amount));
    }
    QStringList lines;
    lines << tr("Taken off: %1.").arg(invoices.join(QStringLiteral(", ")));
    lines << tr("Owed after: %1 (now %2).").arg(m_money.format(p.outstandingAfter), m_money.format(m_file.totals.outstanding));
    if (p.promisesCancelled > 0)
        lines << tr("Nothing will be owed: %n pending promise(s) cancelled, with their reminders and checks.", nullptr,
                    p.promisesCancelled);
    if (p.closes)
        lines << tr("A write-off that leaves nothing owed sets the debtor's status to Closed.");
    if (p.followUpsCancelled > 0)
        lines << tr("%n call-back(s) and task(s) leave the agenda: nobody is to call about it again.", nullptr,
                    p.followUpsCancelled);
    lines << tr("It is not money received: the money recovered does not change.");
    m_ui->effectLabel->setText(lines.join(QLatin1Char('\n')));
}

void BalanceAdjustmentDialog::save()
{
    services::AdjustBalanceRequest request;
    request.debtorId = m_file.debtor.id;
    request.kind = kind();
    QString error;
    const auto amount = MoneyInput::read(m_ui->amountEdit->text(), tr("Amount"), &error);
    if (!amount)
        throw services::InputError(QStringLiteral("amount"), error);
    request.amount = *amount;
    request.invoiceId = invoiceId();
    request.note = m_ui->noteEdit->toPlainText();
    request.userId = m_context.userId;
    m_result = services::BalanceAdjustmentService(m_context.db, m_context.clock).adjust(request);
}

} // namespace libreta::ui
