#include "ui/debtordialog.h"

#include "domain/labels.h"
#include "services/debtorservice.h"
#include "services/importwords.h"
#include "services/supervision.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/timezonecombo.h"
#include "ui_debtordialog.h"


namespace libreta::ui {

using namespace domain;

namespace {

template <typename Enum>
void fill(QComboBox *combo, std::initializer_list<Enum> values, Enum current)
{
    for (Enum v : values) {
        combo->addItem(label(v), int(v));
        if (v == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

} // namespace

DebtorDialog::DebtorDialog(const FormContext &context, const Debtor &debtor, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::DebtorDialog>()), m_context(context), m_debtor(debtor)
{
    m_ui->setupUi(this);
    setWindowTitle(debtor.id ? tr("Edit debtor") : tr("New debtor"));
    fill(m_ui->kindCombo, {DebtorKind::Person, DebtorKind::Company}, debtor.kind);
    fill(m_ui->riskCombo, {Level::Low, Level::Medium, Level::High}, debtor.risk);
    fill(m_ui->valueCombo, {Level::Low, Level::Medium, Level::High}, debtor.value);
    fill(m_ui->statusCombo, {DebtorStatus::Active, DebtorStatus::Settled, DebtorStatus::Legal, DebtorStatus::Closed},
         debtor.status);

    QString zone = debtor.timeZone;
    if (!debtor.id) {
        // A new debtor lives where the office's debtors do, until told otherwise.
        try {
            zone = store::SettingsRepository(context.db).load().debtorTimeZone;
        } catch (const store::StoreError &) {
        }
    }
    fillTimeZones(m_ui->timeZoneCombo, zone);

    m_ui->agentCombo->addItem(tr("Nobody yet"));
    try {
        // A one-person office's owner calls every debtor it adds.
        const std::optional<Id> only = debtor.id ? std::nullopt : services::onlyUser(context.db);
        for (const User &u : store::UserRepository(context.db).all()) {
            if (!u.active && u.id != debtor.assignedAgentId)
                continue;
            m_ui->agentCombo->addItem(u.displayName, QVariant::fromValue<qint64>(u.id));
            // An agent who adds a debtor is the one who will call them.
            const bool newForThisAgent = !debtor.id && !debtor.assignedAgentId
                                         && ((context.userId == u.id && u.role == UserRole::Agent) || only == u.id);
            if (debtor.assignedAgentId == u.id || newForThisAgent)
                m_ui->agentCombo->setCurrentIndex(m_ui->agentCombo->count() - 1);
        }
    } catch (const store::StoreError &) {
        // Without the list the debtor stays unassigned; saving reports the store.
    }

    m_ui->nameEdit->setText(debtor.name);
    m_ui->refEdit->setText(debtor.externalRef);
    // An office without its own numbering (a notebook's) need not invent
    // one: the next after the last debtor's is offered, to keep or type over.
    if (!debtor.id && debtor.externalRef.isEmpty()) {
        try {
            m_ui->refEdit->setText(services::DebtorService(context.db, context.clock).suggestedReference());
        } catch (const store::StoreError &) {
            // Without it the field is empty, as before; saving reports the store.
        }
    }
    m_ui->taxIdEdit->setText(debtor.taxId);
    m_ui->segmentEdit->setText(debtor.segment);
    m_ui->addressEdit->setText(debtor.address);
    m_ui->cityEdit->setText(debtor.city);

    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameEditError);
    addField(QStringLiteral("external_ref"), m_ui->refEdit, m_ui->refEditError);
    addField(QStringLiteral("tax_id"), m_ui->taxIdEdit, m_ui->taxIdEditError);
    addField(QStringLiteral("time_zone"), m_ui->timeZoneCombo, m_ui->timeZoneComboError);
    addField(QStringLiteral("segment"), m_ui->segmentEdit, m_ui->segmentEditError);
    addField(QStringLiteral("agent"), m_ui->agentCombo, m_ui->agentComboError);
    addField(QStringLiteral("address"), m_ui->addressEdit, m_ui->addressEditError);
    addField(QStringLiteral("city"), m_ui->cityEdit, m_ui->cityEditError);
    addField(QStringLiteral("phone"), m_ui->phoneEdit, m_ui->phoneEditError);
    addField(QStringLiteral("email"), m_ui->emailEdit, m_ui->emailEditError);
    // A new debtor's kind follows what its name says ("S.A. de C.V." is a
    // company) until the kind is chosen by hand.
    if (!debtor.id) {
        connect(m_ui->kindCombo, &QComboBox::activated, this, [this] { m_kindChosen = true; });
        connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
            if (m_kindChosen)
                return;
            const DebtorKind kind = services::looksLikeCompany(name) ? DebtorKind::Company : DebtorKind::Person;
            m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
        });
    }
    // A debtor's numbers are changed in its Contacts, where the others are:
    // the form asks for them only for a new one.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->phoneEditCaption), static_cast<QWidget *>(m_ui->phoneEdit),
                       static_cast<QWidget *>(m_ui->emailEditCaption), static_cast<QWidget *>(m_ui->emailEdit)})
        w->setVisible(!debtor.id);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

DebtorDialog::~DebtorDialog() = default;

void DebtorDialog::save()
{
    Debtor d = m_debtor;
    d.kind = DebtorKind(m_ui->kindCombo->currentData().toInt());
    d.name = m_ui->nameEdit->text();
    d.externalRef = m_ui->refEdit->text();
    d.taxId = m_ui->taxIdEdit->text();
    d.timeZone = chosenTimeZone(m_ui->timeZoneCombo);
    d.segment = m_ui->segmentEdit->text();
    d.risk = Level(m_ui->riskCombo->currentData().toInt());
    d.value = Level(m_ui->valueCombo->currentData().toInt());
    d.status = DebtorStatus(m_ui->statusCombo->currentData().toInt());
    d.assignedAgentId = m_ui->agentCombo->currentIndex() > 0
                            ? std::optional<Id>(m_ui->agentCombo->currentData().toLongLong())
                            : std::nullopt;
    d.address = m_ui->addressEdit->text();
    d.city = m_ui->cityEdit->text();
    services::DebtorService service(m_context.db, m_context.clock);
    if (d.id)
        service.update(d, m_context.userId);
    else
        d.id = service.createWithContact(d, m_ui->phoneEdit->text(), m_ui->emailEdit->text(), m_context.userId);
    m_debtor = d;
}

} // namespace libreta::ui
