#include "ui/documentdialog.h"

#include "documents/pdfwriter.h"
#include "platform/paths.h"
#include "services/inputerror.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "ui/filedialogs.h"
#include "ui/moneyformatter.h"
#include "ui/officedetailsdialog.h"
#include "ui/prompter.h"
#include "ui_documentdialog.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace libreta::ui {

using namespace services;

DocumentDialog::DocumentDialog(const FormContext &context, DocumentKind kind, domain::Id debtorId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::DocumentDialog>()), m_context(context), m_kind(kind),
      m_debtorId(debtorId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("documentDialog"));
    m_ui->errorLabel->hide();
    m_ui->missingLabel->hide();
    m_ui->languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(defaultLanguage()));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &DocumentDialog::compose);
    connect(m_ui->officeButton, &QPushButton::clicked, this, &DocumentDialog::editOfficeDetails);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &DocumentDialog::choosePdf);
    connect(m_ui->printButton, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    compose();
}

DocumentDialog::~DocumentDialog() = default;

QString DocumentDialog::defaultLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("es");
}

void DocumentDialog::setLanguage(const QString &language)
{
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(language)));
}

QString DocumentDialog::errorText() const { return !m_ui->errorLabel->isHidden() ? m_ui->errorLabel->text() : QString(); }

QLocale DocumentDialog::localeFor(const QString &language)
{
    const bool same = (QLocale().language() == QLocale::English) == (language == u"en");
    return same ? QLocale()
                : (language == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                     : QLocale(QLocale::Spanish, QLocale::Mexico));
}

DocumentRequest DocumentDialog::requestFor(store::Database &db, DocumentKind kind, const QString &language)
{
    DocumentRequest request;
    request.kind = kind;
    request.language = language;
    request.locale = localeFor(language);
    request.currencySymbol =
        MoneyFormatter::symbolFor(store::SettingsRepository(db).load().currencyCode, request.locale);
    return request;
}

QString DocumentDialog::officeTemplates() { return QDir(platform::dataFolder()).filePath(QStringLiteral("templates")); }

void DocumentDialog::compose()
{
    const QString language = m_ui->languageCombo->currentData().toString();
    m_locale = localeFor(language);
    const QString templates = officeTemplates();
    try {
        DocumentRequest request = requestFor(m_context.db, m_kind, language);
        request.debtorId = m_debtorId;
        DocumentService service(m_context.db, m_context.clock, templates);
        m_document = service.compose(request);
        QString source;
        service.templateText(m_kind, language, &source);
        // Said only when the office wrote its own: where the shipped ones
        // may be replaced is the guide's to say, not every letter's.
        const bool shipped = source.startsWith(u':');
        m_ui->templateLabel->setVisible(!shipped);
        m_ui->templateLabel->setText(shipped ? QString()
                                             : tr("The office's template: %1").arg(QDir::toNativeSeparators(source)));
        m_ui->errorLabel->hide();
        sayWhatIsMissing(service.officeDetails());
    } catch (const InputError &e) {
        m_document = Document();
        m_ui->missingLabel->hide();
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
    } catch (const store::StoreError &e) {
        m_document = Document();
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
    }
    setWindowTitle(m_document.title.isEmpty() ? tr("Document") : m_document.title);
    m_ui->preview->setHtml(m_document.html);
    m_ui->pdfButton->setEnabled(ready());
    m_ui->printButton->setEnabled(ready());
}

bool DocumentDialog::savePdf(const QString &path)
{
    if (!ready())
        return false;
    QString error;
    if (!documents::writePdf(m_document.html, path, m_document.title, documents::paperFor(m_locale), &error)) {
        Prompter::instance().showError(this, tr("Save as PDF"), error);
        return false;
    }
    noteWritten(false);
    return true;
}

void DocumentDialog::noteWritten(bool printed)
{
    try {
        DocumentService(m_context.db, m_context.clock).recordWritten({m_debtorId}, m_kind, printed, m_context.userId);
    } catch (const store::StoreError &e) {
        Prompter::instance().showError(
            this, windowTitle(),
            tr("The document was written, but the debtor's file could not note it: %1").arg(e.message()));
        return;
    }
    Q_EMIT written();
}

void DocumentDialog::choosePdf()
{
    const QString folder = FileDialogs::documentsFolder();
    const QString path = FileDialogs::saveFile(this, tr("Save as PDF"), QDir(folder).filePath(m_document.fileName),
                                               tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void DocumentDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(documents::paperFor(m_locale)));
    printer.setDocName(m_document.title);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    documents::layOut(document, m_document.html, documents::paperFor(m_locale));
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error || printer.printerState() == QPrinter::Aborted)
        return;
    // "Print to file" from the printer's dialog is a PDF, not paper.
    noteWritten(printer.outputFormat() == QPrinter::NativeFormat);
}

void DocumentDialog::sayWhatIsMissing(const OfficeDetails &office)
{
    // A new office is asked only its name: its first letters would go out
    // asking the debtor to get in touch and pay, with no way to do either.
    QStringList missing;
    if (office.phone.trimmed().isEmpty() && office.email.trimmed().isEmpty() && office.address.trimmed().isEmpty())
        missing << tr("how to reach the office");
    if (office.paymentInstructions.trimmed().isEmpty())
        missing << tr("how to pay");
    m_ui->missingLabel->setVisible(!missing.isEmpty());
    if (!missing.isEmpty())
        m_ui->missingLabel->setText(tr("This letter does not say %1: add it with Office details… above.")
                                        .arg(missing.join(tr(" or "))));
}

QDialog *DocumentDialog::editOfficeDetails()
{
    auto *dialog = new OfficeDetailsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DocumentDialog::compose);
    dialog->open();
    return dialog;
}

} // namespace libreta::ui
