#include "ui/newofficedialog.h"

#include "ui/deskuser.h"
#include "ui_newofficedialog.h"

#include <QPushButton>

namespace libreta::ui {
namespace {

// The currencies of the Spanish-speaking offices Libreta is made for, each
// named by a country that uses it (its name comes from Qt's locale data).
struct Currency {
    const char *code;
    QLocale::Territory territory;
};
constexpr Currency kCurrencies[] = {
    {"MXN", QLocale::Mexico},     {"EUR", QLocale::Spain},         {"USD", QLocale::UnitedStates},
    {"COP", QLocale::Colombia},   {"ARS", QLocale::Argentina},     {"CLP", QLocale::Chile},
    {"PEN", QLocale::Peru},       {"GTQ", QLocale::Guatemala},     {"DOP", QLocale::DominicanRepublic},
    {"UYU", QLocale::Uruguay},    {"BOB", QLocale::Bolivia},       {"PYG", QLocale::Paraguay},
    {"CRC", QLocale::CostaRica},  {"HNL", QLocale::Honduras},      {"NIO", QLocale::Nicaragua},
    {"PAB", QLocale::Panama},
};

} // namespace

NewOfficeDialog::NewOfficeDialog(const QLocale &locale, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::NewOfficeDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    for (const Currency &c : kCurrencies) {
        const QLocale user(QLocale::Spanish, c.territory);
        const QString code = QString::fromLatin1(c.code);
        m_ui->currencyCombo->addItem(
            QStringLiteral("%1 — %2").arg(code, user.currencySymbol(QLocale::CurrencyDisplayName)), code);
    }
    // The desk's own country's money first; another code can be typed.
    const QString own = locale.currencySymbol(QLocale::CurrencyIsoCode);
    const int at = m_ui->currencyCombo->findData(own);
    if (at >= 0)
        m_ui->currencyCombo->setCurrentIndex(at);
    else if (own.size() == 3)
        m_ui->currencyCombo->setEditText(own);

    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameEditError);
    addField(QStringLiteral("currency"), m_ui->currencyCombo, m_ui->currencyComboError);
    addField(QStringLiteral("owner"), m_ui->ownerEdit, m_ui->ownerEditError);
    setGeneralErrorLabel(m_ui->generalError);
    m_ui->nameEdit->setFocus();
    watchForEdits();
}

NewOfficeDialog::~NewOfficeDialog() = default;

services::OfficeSetup NewOfficeDialog::setup() const
{
    services::OfficeSetup s;
    s.name = m_ui->nameEdit->text();
    // A listed currency shows "MXN — peso mexicano"; a typed one is its code.
    const QString text = m_ui->currencyCombo->currentText();
    const int listed = m_ui->currencyCombo->findText(text);
    s.currencyCode = listed >= 0 ? m_ui->currencyCombo->itemData(listed).toString() : text.section(QChar(0x2014), 0, 0);
    s.currencyCode = s.currencyCode.trimmed().toUpper();
    s.ownerName = m_ui->ownerEdit->text().simplified();
    s.ownerLogin = services::OfficeSetupService::ownerLogin(DeskUser::systemAccount(), s.ownerName);
    return s;
}

void NewOfficeDialog::save() { services::OfficeSetupService::check(setup()); }

} // namespace libreta::ui
