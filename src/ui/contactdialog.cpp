#include "ui/contactdialog.h"

#include "domain/labels.h"
#include "services/contactservice.h"
#include "ui_contactdialog.h"

#include <QHeaderView>

namespace libreta::ui {

using namespace domain;

ContactDialog::ContactDialog(const FormContext &context, const Debtor &debtor, const Contact &contact,
                             QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::ContactDialog>()), m_context(context), m_contact(contact)
{
    m_ui->setupUi(this);
    m_contact.debtorId = debtor.id;
    setWindowTitle(contact.id ? tr("Edit contact") : tr("Add a contact"));
    m_ui->debtorLabel->setText(tr("%1 (%2)").arg(debtor.name, debtor.externalRef));
    for (ContactRole role : {ContactRole::Debtor, ContactRole::DecisionMaker, ContactRole::Guarantor,
                             ContactRole::Reference}) {
        m_ui->roleCombo->addItem(label(role), int(role));
        if (role == contact.role)
            m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->count() - 1);
    }
    m_ui->roleCombo->setToolTip(tr("Only the debtor and the person who decides payment may hear about the debt; "
                                   "a reference only helps to find the debtor."));
    m_ui->nameEdit->setText(contact.name);
    m_ui->bestTimeEdit->setText(contact.bestTime);
    m_ui->doNotContactCheck->setChecked(contact.doNotContact);

    for (const Phone &p : contact.phones)
        addRow(m_ui->phonesTable, p.number, p.label);
    if (contact.phones.isEmpty())
        addRow(m_ui->phonesTable, QString(), QString());
    for (const Email &e : contact.emails)
        addRow(m_ui->emailsTable, e.address, e.label);
    if (contact.emails.isEmpty())
        addRow(m_ui->emailsTable, QString(), QString());
    for (QTableWidget *table : {m_ui->phonesTable, m_ui->emailsTable}) {
        table->horizontalHeader()->resizeSection(0, 260);
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    }
    connect(m_ui->addPhonesButton, &QPushButton::clicked, this, [this] {
        addRow(m_ui->phonesTable, QString(), QString());
        markDirty();
    });
    connect(m_ui->removePhonesButton, &QPushButton::clicked, this, [this] {
        removeCurrentRow(m_ui->phonesTable);
        markDirty();
    });
    connect(m_ui->addEmailsButton, &QPushButton::clicked, this, [this] {
        addRow(m_ui->emailsTable, QString(), QString());
        markDirty();
    });
    connect(m_ui->removeEmailsButton, &QPushButton::clicked, this, [this] {
        removeCurrentRow(m_ui->emailsTable);
        markDirty();
    });

    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameEditError);
    addField(QStringLiteral("best_time"), m_ui->bestTimeEdit, m_ui->bestTimeEditError);
    addField(QStringLiteral("phones"), m_ui->phonesTable, m_ui->phonesError);
    addField(QStringLiteral("phone"), m_ui->phonesTable, m_ui->phonesError);
    addField(QStringLiteral("email"), m_ui->emailsTable, m_ui->emailsError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::addRow(QTableWidget *table, const QString &first, const QString &second)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(first));
    table->setItem(row, 1, new QTableWidgetItem(second));
    table->setCurrentCell(row, 0);
}

void ContactDialog::removeCurrentRow(QTableWidget *table)
{
    if (table->currentRow() >= 0)
        table->removeRow(table->currentRow());
}

QList<QPair<QString, QString>> ContactDialog::rows(const QTableWidget *table)
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [&](int column) { return table->item(row, column) ? table->item(row, column)->text() : QString(); };
        out.append({text(0), text(1)});
    }
    return out;
}

void ContactDialog::save()
{
    Contact c = m_contact;
    c.name = m_ui->nameEdit->text();
    c.role = ContactRole(m_ui->roleCombo->currentData().toInt());
    c.bestTime = m_ui->bestTimeEdit->text();
    c.doNotContact = m_ui->doNotContactCheck->isChecked();
    c.phones.clear();
    for (const auto &[number, label] : rows(m_ui->phonesTable))
        c.phones.append({0, number, label});
    c.emails.clear();
    for (const auto &[address, label] : rows(m_ui->emailsTable))
        c.emails.append({0, address, label});
    services::ContactService service(m_context.db, m_context.clock);
    if (c.id)
        service.update(c, m_context.userId);
    else
        c.id = service.add(c, m_context.userId);
    m_contact = c;
}

} // namespace libreta::ui
