#include "ui/exportperioddialog.h"

#include "ui_exportperioddialog.h"

#include <algorithm>

namespace libreta::ui {

ExportPeriodDialog::ExportPeriodDialog(const QDate &today, const QString &what, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::ExportPeriodDialog>()), m_today(today)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Which days of %1 to write: a report for the office's client is usually a month's.")
                                  .arg(what));
    m_ui->periodCombo->addItems({tr("This month"), tr("Last month"), tr("The last 7 days"), tr("All"),
                                 tr("Other days")});
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &ExportPeriodDialog::showPeriod);
    setPeriod(ThisMonth);
}

ExportPeriodDialog::~ExportPeriodDialog() = default;

void ExportPeriodDialog::setPeriod(Period period)
{
    m_ui->periodCombo->setCurrentIndex(int(period));
    showPeriod();
}

void ExportPeriodDialog::showPeriod()
{
    const auto period = Period(m_ui->periodCombo->currentIndex());
    const QDate firstOfMonth(m_today.year(), m_today.month(), 1);
    switch (period) {
    case ThisMonth:
        m_ui->fromEdit->setDate(firstOfMonth);
        m_ui->toEdit->setDate(m_today);
        break;
    case LastMonth:
        m_ui->fromEdit->setDate(firstOfMonth.addMonths(-1));
        m_ui->toEdit->setDate(firstOfMonth.addDays(-1));
        break;
    case LastSevenDays:
        m_ui->fromEdit->setDate(m_today.addDays(-6));
        m_ui->toEdit->setDate(m_today);
        break;
    case Everything:
    case OtherDays:
        break;
    }
    // The days are shown for every choice but "All", and typed for "Other days".
    const bool days = period != Everything;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->fromCaption), static_cast<QWidget *>(m_ui->fromEdit),
                       static_cast<QWidget *>(m_ui->toCaption), static_cast<QWidget *>(m_ui->toEdit)})
        w->setVisible(days);
    m_ui->fromEdit->setEnabled(period == OtherDays);
    m_ui->toEdit->setEnabled(period == OtherDays);
}

std::optional<QDate> ExportPeriodDialog::from() const
{
    if (m_ui->periodCombo->currentIndex() == Everything)
        return std::nullopt;
    return std::min(m_ui->fromEdit->date(), m_ui->toEdit->date());
}

std::optional<QDate> ExportPeriodDialog::to() const
{
    if (m_ui->periodCombo->currentIndex() == Everything)
        return std::nullopt;
    return std::max(m_ui->fromEdit->date(), m_ui->toEdit->date());
}

} // namespace libreta::ui
