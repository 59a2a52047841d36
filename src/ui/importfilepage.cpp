#include "ui/importfilepage.h"

#include "services/importservice.h"
#include "store/portfoliorepository.h"
#include "store/storeerror.h"
#include "ui/filedialogs.h"
#include "ui/importsession.h"
#include "ui_importfilepage.h"

#include <QDir>
#include <QFileInfo>

namespace libreta::ui {

using namespace services;

namespace {

// What a column may be, in the words of the mapping page: the required
// fields first. Titles in Spanish or English, or the names themselves,
// are recognised (the mapping page shows which).
QString fieldsHelp(ImportKind kind)
{
    QStringList required;
    QStringList optional;
    for (const ImportField &f : ImportFields::of(kind))
        (f.required ? required : optional).append(ImportFields::label(f.name));
    return optional.isEmpty()
               ? ImportFilePage::tr("Columns it needs: %1.").arg(required.join(QStringLiteral(", ")))
               : ImportFilePage::tr("Columns it needs: %1. It may also have: %2.")
                     .arg(required.join(QStringLiteral(", ")), optional.join(QStringLiteral(", ")));
}

// A new office brings its list of debtors first; an office that has
// debtors mostly brings invoices (their new debts).
ImportKind firstKind(store::Database &db)
{
    try {
        return store::PortfolioRepository(db).debtorCountUpTo(1) > 0 ? ImportKind::Invoices : ImportKind::Debtors;
    } catch (const store::StoreError &) {
        return ImportKind::Invoices;
    }
}

} // namespace

ImportFilePage::ImportFilePage(ImportSession &session, store::Database &db, const domain::Clock &clock,
                               QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<::Ui::ImportFilePage>()), m_session(session), m_db(db),
      m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (ImportKind k : ImportFields::allKinds())
        m_ui->kindCombo->addItem(ImportFields::kindLabel(k), int(k));
    const ImportKind kind = firstKind(db);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillPresets();
        m_ui->kindHelp->setText(fieldsHelp(ImportKind(m_ui->kindCombo->currentData().toInt())));
    });
    connect(&m_session, &ImportSession::preparedChanged, this, &ImportFilePage::onPrepared);
    connect(&m_session, &ImportSession::busyChanged, this, &QWizardPage::completeChanged);
    fillPresets();
    m_ui->kindHelp->setText(fieldsHelp(kind));
}

ImportFilePage::~ImportFilePage() = default;

void ImportFilePage::setFile(const QString &path) { m_ui->fileEdit->setText(path); }

void ImportFilePage::setKind(int kind) { m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(kind)); }

void ImportFilePage::setPreset(const QString &name)
{
    const int i = m_ui->presetCombo->findData(name);
    m_ui->presetCombo->setCurrentIndex(i < 0 ? 0 : i);
}

QString ImportFilePage::errorText() const { return !m_ui->errorLabel->isHidden() ? m_ui->errorLabel->text() : QString(); }

void ImportFilePage::fillPresets()
{
    m_ui->presetCombo->clear();
    m_ui->presetCombo->addItem(tr("None: read the file as it comes"), QString());
    const auto kind = ImportKind(m_ui->kindCombo->currentData().toInt());
    for (const QString &name : ImportService(m_db, m_clock).presetNames(kind))
        m_ui->presetCombo->addItem(name, name);
}

void ImportFilePage::chooseFile()
{
    const QString start = m_ui->fileEdit->text().isEmpty() ? QDir::homePath()
                                                           : QFileInfo(m_ui->fileEdit->text()).absolutePath();
    const QString path = FileDialogs::openFile(
        this, tr("Import a file"), start, tr("Delimited text (*.csv *.txt *.tsv *.tab);;All files (*)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    return !m_ui->fileEdit->text().trimmed().isEmpty() && !m_session.busy();
}

bool ImportFilePage::validatePage()
{
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(m_ui->fileEdit->text().trimmed())
                            .arg(m_ui->kindCombo->currentData().toInt())
                            .arg(m_ui->presetCombo->currentData().toString());
    if (m_session.prepared() && key == m_preparedKey && m_session.error().isEmpty())
        return true;
    // A new file (or kind, or preset): everything chosen for the last one goes.
    ImportRequest &r = m_session.request();
    const auto userId = r.userId;
    r = ImportRequest();
    r.userId = userId;
    r.path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    r.kind = ImportKind(m_ui->kindCombo->currentData().toInt());
    r.preset = m_ui->presetCombo->currentData().toString();
    m_preparedKey = key;
    m_advancing = true;
    m_ui->errorLabel->hide();
    m_session.prepare();
    return false;
}

void ImportFilePage::onPrepared()
{
    if (!m_advancing)
        return;
    m_advancing = false;
    if (!m_session.error().isEmpty()) {
        m_ui->errorLabel->setText(m_session.error());
        m_ui->errorLabel->show();
        m_preparedKey.clear();
        return;
    }
    wizard()->next();
}

} // namespace libreta::ui
