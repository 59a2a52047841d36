#include "ui/preferencesdialog.h"

#include "domain/money.h"
#include "domain/shortdate.h"
#include "ui/moneyformatter.h"
#include "ui/uisettings.h"
#include "ui_preferencesdialog.h"

#include <QDate>
#include <QPushButton>

namespace libreta::ui {
namespace {

// The countries of the market first, then English for the offices that
// work in it. Each is named in its own language, so anyone finds theirs.
const char *const kFormatLocales[] = {"es_MX", "es_ES", "es_CO", "es_AR", "es_CL", "es_PE",
                                      "es_EC", "es_GT", "es_US", "en_US", "en_GB"};

QString ownName(const QLocale &locale)
{
    QString language = locale.nativeLanguageName();
    if (!language.isEmpty())
        language[0] = language.at(0).toUpper();
    return QStringLiteral("%1 (%2)").arg(language, locale.nativeTerritoryName());
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PreferencesDialog::PreferencesDialog(const QString &currencyCode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PreferencesDialog>()), m_currencyCode(currencyCode)
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->formatsCombo->addItem(tr("Follow the language"), QString());
    for (const char *name : kFormatLocales) {
        const QLocale locale(QString::fromLatin1(name));
        m_ui->formatsCombo->addItem(ownName(locale), locale.name());
    }
    const UiSettings settings;
    choose(settings.language(), settings.formats());
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::showExample);
    connect(m_ui->formatsCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::showExample);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    showExample();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::chosenLanguage() const { return m_ui->languageCombo->currentData().toString(); }
QString PreferencesDialog::chosenFormats() const { return m_ui->formatsCombo->currentData().toString(); }

void PreferencesDialog::choose(const QString &language, const QString &formats)
{
    selectData(m_ui->languageCombo, language);
    selectData(m_ui->formatsCombo, formats);
}

void PreferencesDialog::accept()
{
    UiSettings settings;
    m_changed = settings.language() != chosenLanguage() || settings.formats() != chosenFormats();
    settings.setLanguage(chosenLanguage());
    settings.setFormats(chosenFormats());
    QDialog::accept();
}

void PreferencesDialog::showExample()
{
    // What the choices would give, worked out as the next start will.
    const QLocale locale = UiSettings::formatLocaleFor(chosenLanguage(), chosenFormats());
    const MoneyFormatter money(m_currencyCode, locale);
    const QDate today = QDate::currentDate();
    m_ui->exampleLabel->setText(QStringLiteral("%1 · %2 · %3")
                                    .arg(money.format(domain::Money::fromMinor(123456789)),
                                         domain::shortDate(today, locale),
                                         locale.toString(today, QLocale::LongFormat)));
}

} // namespace libreta::ui
