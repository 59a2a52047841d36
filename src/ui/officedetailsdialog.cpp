#include "ui/officedetailsdialog.h"

#include "domain/officecountry.h"
#include "domain/taxidname.h"
#include "services/inputerror.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "ui_officedetailsdialog.h"

#include <QPushButton>

namespace libreta::ui {

using namespace services;

OfficeDetailsDialog::OfficeDetailsDialog(const FormContext &context, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::OfficeDetailsDialog>()), m_context(context)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &OfficeDetailsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    try {
        setDetails(DocumentService(m_context.db, m_context.clock).officeDetails());
        const QString currency = store::SettingsRepository(m_context.db).load().currencyCode;
        m_ui->taxEdit->setPlaceholderText(tr("The office's %1").arg(domain::spanishTaxIdName(currency)));
        // The account a debtor of this country pays into: a CLABE, a CCI, an IBAN.
        m_ui->paymentEdit->setPlaceholderText(domain::paymentInstructionsHint(domain::officeCountryOf(currency)));
        m_mayChange = DocumentService::mayChangeOfficeDetails(m_context.db, m_context.userId);
    } catch (const store::StoreError &e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
    }
    // An agent reads how debtors pay, to say it; only the button to save is gone.
    m_ui->readOnlyLabel->setVisible(!m_mayChange);
    if (!m_mayChange) {
        for (QLineEdit *edit : {m_ui->nameEdit, m_ui->phoneEdit, m_ui->emailEdit, m_ui->taxEdit})
            edit->setReadOnly(true);
        m_ui->addressEdit->setReadOnly(true);
        m_ui->paymentEdit->setReadOnly(true);
        m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    }
}

OfficeDetailsDialog::~OfficeDetailsDialog() = default;

void OfficeDetailsDialog::setDetails(const OfficeDetails &d)
{
    m_ui->nameEdit->setText(d.name);
    m_ui->addressEdit->setPlainText(d.address);
    m_ui->phoneEdit->setText(d.phone);
    m_ui->emailEdit->setText(d.email);
    m_ui->taxEdit->setText(d.taxId);
    m_ui->paymentEdit->setPlainText(d.paymentInstructions);
}

QString OfficeDetailsDialog::errorText() const { return !m_ui->errorLabel->isHidden() ? m_ui->errorLabel->text() : QString(); }

void OfficeDetailsDialog::accept()
{
    const OfficeDetails d{m_ui->nameEdit->text(),  m_ui->addressEdit->toPlainText(), m_ui->phoneEdit->text(),
                          m_ui->emailEdit->text(), m_ui->taxEdit->text(),            m_ui->paymentEdit->toPlainText()};
    try {
        DocumentService(m_context.db, m_context.clock).saveOfficeDetails(d, m_context.userId);
    } catch (const InputError &e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
        // The cursor goes where the mistake is.
        QWidget *field = e.field() == QLatin1String("office_email")   ? static_cast<QWidget *>(m_ui->emailEdit)
                         : e.field() == QLatin1String("office_phone") ? static_cast<QWidget *>(m_ui->phoneEdit)
                                                                      : static_cast<QWidget *>(m_ui->nameEdit);
        field->setFocus();
        return;
    } catch (const store::StoreError &e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace libreta::ui
