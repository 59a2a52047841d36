#include "ui/discountapprovalsdialog.h"

#include "services/discountapprovalservice.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "ui/debtorfiletexts.h"
#include "ui/moneyformatter.h"
#include "ui/officecurrency.h"
#include "ui_discountapprovalsdialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace libreta::ui {

namespace {

enum Column { CalledAt, Debtor, Agent, Balance, Agreed, Discount, ColumnCount };

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

} // namespace

DiscountApprovalsDialog::DiscountApprovalsDialog(store::Database &db, const domain::Clock &clock,
                                                 std::optional<domain::Id> userId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::DiscountApprovalsDialog>()), m_db(db), m_clock(clock),
      m_userId(userId)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_ui->table->setColumnCount(ColumnCount);
    m_ui->table->setHorizontalHeaderLabels(
        {tr("Call"), tr("Debtor"), tr("Agent"), tr("Owed"), tr("Agreed"), tr("Discount")});
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(Debtor, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setStretchLastSection(false);
    try {
        m_maySupervise = services::maySupervise(m_db, m_userId);
    } catch (const store::StoreError &) {
        m_maySupervise = false;
    }
    connect(m_ui->table, &QTableWidget::currentCellChanged, this, &DiscountApprovalsDialog::showSelected);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &DiscountApprovalsDialog::approveSelected);
    connect(m_ui->refuseButton, &QPushButton::clicked, this, &DiscountApprovalsDialog::refuseSelected);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, [this] {
        if (const store::DiscountRequest *r = selected())
            Q_EMIT openDebtor(r->discount.debtorId);
    });
    connect(m_ui->table, &QTableWidget::cellDoubleClicked, m_ui->openFileButton, &QPushButton::click);
    reload();
}

DiscountApprovalsDialog::~DiscountApprovalsDialog() = default;

void DiscountApprovalsDialog::reload()
{
    m_ui->errorLabel->clear();
    domain::OfficeSettings settings;
    try {
        m_requests = services::DiscountApprovalService(m_db, m_clock).waiting();
        settings = store::SettingsRepository(m_db).load();
    } catch (const store::StoreError &e) {
        m_requests.clear();
        m_ui->errorLabel->setText(e.message());
    }
    // With segments of their own limits, each line says the limit its
    // discount went over.
    // A line's limit is the one of the day the discount was agreed: the
    // rules may have changed since, so today's is said apart.
    const QString above = settings.segmentDiscountLimits.isEmpty()
                              ? tr("Discounts agents agreed above the office's limit of that day (today's is %1%).")
                                    .arg(settings.discountLimitPercent)
                              : tr("Discounts agents agreed above their debtor's limit of that day: its segment's, "
                                   "or the office's (today's is %1%).")
                                    .arg(settings.discountLimitPercent);
    QString intro = m_requests.isEmpty()
                        ? tr("No discount is waiting for a supervisor.")
                        : above + QLatin1Char(' ') +
                              tr("Approving or refusing one gives its agent a call-back for today, to tell the "
                                 "debtor.");
    if (!m_maySupervise && !m_requests.isEmpty())
        intro += QLatin1Char(' ') + tr("Only a supervisor can decide them.");
    m_ui->introLabel->setText(intro);

    const MoneyFormatter money(officeCurrency(m_db));
    m_ui->table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const store::DiscountRequest &r = m_requests.at(row);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_ui->table->setItem(row, CalledAt, cell(DebtorFileTexts::dateTime(r.calledAt)));
        m_ui->table->setItem(row, Debtor, cell(tr("%1 (%2)").arg(r.debtorName, r.debtorRef)));
        m_ui->table->setItem(row, Agent, cell(r.agentName));
        m_ui->table->setItem(row, Balance, cell(money.format(r.discount.balance), right));
        m_ui->table->setItem(row, Agreed, cell(money.format(r.discount.agreedTotal), right));
        m_ui->table->setItem(row, Discount,
                             cell(tr("%1% (limit then %2%)").arg(r.discount.percent).arg(r.discount.limitPercent),
                                  right));
    }
    if (!m_requests.isEmpty())
        m_ui->table->setCurrentCell(0, 0);
    showSelected();
}

const store::DiscountRequest *DiscountApprovalsDialog::selected() const
{
    const int row = m_ui->table->currentRow();
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

void DiscountApprovalsDialog::selectRow(int row) { m_ui->table->setCurrentCell(row, 0); }

void DiscountApprovalsDialog::showSelected()
{
    const store::DiscountRequest *r = selected();
    m_ui->detailLabel->setText(r ? (r->commitment.isEmpty() ? tr("The call recorded no words of the agreement.")
                                                            : tr("What the call read back: %1").arg(r->commitment))
                                 : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->approveButton, m_ui->refuseButton, m_ui->noteEdit})
        w->setEnabled(r && m_maySupervise);
    m_ui->openFileButton->setEnabled(r != nullptr);
}

QString DiscountApprovalsDialog::errorText() const { return m_ui->errorLabel->text(); }

bool DiscountApprovalsDialog::approveSelected() { return decide(true); }
bool DiscountApprovalsDialog::refuseSelected() { return decide(false); }

bool DiscountApprovalsDialog::decide(bool approve)
{
    const store::DiscountRequest *r = selected();
    if (!r)
        return false;
    const domain::Id callId = r->discount.callId;
    const domain::Id debtorId = r->discount.debtorId;
    const int row = m_ui->table->currentRow();
    try {
        services::DiscountApprovalService service(m_db, m_clock);
        if (approve)
            service.approve(callId, m_ui->noteEdit->text(), m_userId);
        else
            service.refuse(callId, m_ui->noteEdit->text(), m_userId);
    } catch (const services::InputError &e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->noteEdit->setFocus();
        return false;
    } catch (const store::StoreError &e) {
        m_ui->errorLabel->setText(e.message());
        return false;
    }
    m_ui->noteEdit->clear();
    reload();
    if (!m_requests.isEmpty())
        selectRow(qMin(row, int(m_requests.size()) - 1));
    Q_EMIT decided(debtorId);
    return true;
}

} // namespace libreta::ui
