#include "ui/documentbatchdialog.h"

#include "documents/pdfbook.h"
#include "documents/pdffolder.h"
#include "documents/pdfwriter.h"
#include "services/inputerror.h"
#include "store/storeerror.h"
#include "ui/documentdialog.h"
#include "ui/filedialogs.h"
#include "ui_documentbatchdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QTimer>
#include <QUrl>

namespace libreta::ui {

using namespace services;

namespace {

// How long one slice writes before the window gets its turn again: short
// enough for Stop and the progress to feel immediate.
constexpr int sliceMs = 60;

} // namespace

DocumentBatchDialog::DocumentBatchDialog(const FormContext &context, const store::PortfolioQuery &shown,
                                         const QList<domain::Id> &selected, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::DocumentBatchDialog>()), m_context(context), m_shown(shown),
      m_selected(selected)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("documentBatchDialog"));
    m_ui->selectedRadio->setText(
        tr("The %Ln debtor(s) se&lected in the portfolio", nullptr, int(m_selected.size())));
    // With nothing picked, the portfolio as shown is the only choice.
    m_ui->selectedRadio->setVisible(!m_selected.isEmpty());
    m_ui->allShownRadio->setVisible(!m_selected.isEmpty());
    m_ui->selectedRadio->setChecked(m_selected.size() >= 2);
    m_ui->allShownRadio->setChecked(m_selected.size() < 2);
    m_ui->kindCombo->addItem(tr("Account statement"), int(DocumentKind::Statement));
    m_ui->kindCombo->addItem(tr("Payment reminder (debtors with overdue invoices and no promise pending)"),
                             int(DocumentKind::PaymentReminder));
    m_ui->kindCombo->addItem(tr("Confirmation letter (debtors with a pending promise)"),
                             int(DocumentKind::PromiseConfirmation));
    m_ui->kindCombo->addItem(tr("Paid-in-full letter (debtors who owe nothing)"), int(DocumentKind::PaidInFull));
    m_ui->languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(DocumentDialog::defaultLanguage()));
    m_ui->openButton->hide();
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();
    m_ui->closeButton->setText(tr("Close"));
    try {
        DocumentBatchRequest shownOnly;
        shownOnly.query = m_shown;
        m_shownCount = DocumentBatch(m_context.db, m_context.clock, {}, shownOnly).debtorCount();
    } catch (const store::StoreError &e) {
        say(e.message(), true);
    }
    m_ui->allShownRadio->setText(tr("&All the debtors the portfolio shows (%L1)").arg(m_shownCount));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &DocumentBatchDialog::updateChoices);
    connect(m_ui->oneFileRadio, &QAbstractButton::toggled, this, &DocumentBatchDialog::switchOutput);
    connect(m_ui->selectedRadio, &QAbstractButton::toggled, this, &DocumentBatchDialog::updateCount);
    connect(m_ui->pathEdit, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &DocumentBatchDialog::chooseDestination);
    connect(m_ui->writeButton, &QPushButton::clicked, this, &DocumentBatchDialog::start);
    connect(m_ui->closeButton, &QPushButton::clicked, this, [this] { working() ? stop() : reject(); });
    connect(m_ui->openButton, &QPushButton::clicked, this, &DocumentBatchDialog::openResult);
    updateChoices();
    updateCount();
    resize(std::max(width(), 560), sizeHint().height());
}

DocumentBatchDialog::~DocumentBatchDialog() = default;

DocumentBatchRequest DocumentBatchDialog::request() const
{
    DocumentBatchRequest r;
    const auto kind = DocumentKind(m_ui->kindCombo->currentData().toInt());
    r.document = DocumentDialog::requestFor(m_context.db, kind, m_ui->languageCombo->currentData().toString());
    r.query = m_shown;
    if (m_ui->selectedRadio->isChecked())
        r.chosen = m_selected;
    r.skipDoNotContact = m_ui->skipDoNotContactCheck->isChecked();
    r.skipNothingOwed = m_ui->skipNothingOwedCheck->isChecked();
    return r;
}

QString DocumentBatchDialog::destination() const { return m_ui->pathEdit->text().trimmed(); }

QString DocumentBatchDialog::defaultDestination() const
{
    // Where the person last put documents, else their Documents folder.
    QString folder = m_lastFolder;
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = FileDialogs::documentsFolder();
    const auto kind = DocumentKind(m_ui->kindCombo->currentData().toInt());
    const QString base = (kind == DocumentKind::Statement             ? tr("account-statements")
                          : kind == DocumentKind::PromiseConfirmation ? tr("confirmation-letters")
                          : kind == DocumentKind::PaymentReminder     ? tr("payment-reminders")
                                                                      : tr("paid-in-full-letters")) +
                         QLatin1Char('-') + m_context.clock.today().toString(Qt::ISODate);
    const bool oneFile = m_ui->oneFileRadio->isChecked();
    // A name not taken yet: an earlier batch of the day is not written over.
    for (int n = 1;; ++n) {
        const QString name = (n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n)) +
                             (oneFile ? QStringLiteral(".pdf") : QString());
        const QString path = QDir(folder).filePath(name);
        if (!QFileInfo::exists(path))
            return QDir::toNativeSeparators(path);
    }
}

void DocumentBatchDialog::updateChoices()
{
    const auto kind = DocumentKind(m_ui->kindCombo->currentData().toInt());
    // Only a statement can be written for someone who owes nothing, or not.
    m_ui->skipNothingOwedCheck->setEnabled(kind == DocumentKind::Statement && !working());
    if (!m_pathChosen)
        m_ui->pathEdit->setText(defaultDestination());
}

// A name the person typed or chose follows the switch between one PDF and
// a folder ("enero.pdf" and "enero"): a PDF's name never becomes a folder's.
void DocumentBatchDialog::switchOutput()
{
    if (m_pathChosen) {
        QString path = destination();
        const bool isPdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
        if (m_ui->oneFileRadio->isChecked() && !isPdf)
            path += QStringLiteral(".pdf");
        else if (!m_ui->oneFileRadio->isChecked() && isPdf)
            path.chop(4);
        m_ui->pathEdit->setText(path);
    }
    updateChoices();
}

void DocumentBatchDialog::updateCount()
{
    const bool picked = m_ui->selectedRadio->isChecked();
    const qint64 count = picked ? m_selected.size() : m_shownCount;
    QString text = tr("The same document for each of the %Ln debtor(s), in the portfolio's order; those it "
                      "does not apply to are left out, and counted.",
                      nullptr, int(std::min<qint64>(count, INT_MAX)));
    // Which debtors "shown" means, before a whole office's letters go out
    // by mistake.
    if (!picked) {
        const QString search = m_shown.search.trimmed();
        const bool filtered = !m_shown.filters.isEmpty();
        text += QLatin1Char(' ') + (search.isEmpty() ? (filtered ? tr("Those the portfolio's filters show.")
                                                                 : tr("The whole portfolio: no search, no filter."))
                                    : filtered ? tr("Those matching “%1” and the portfolio's filters.").arg(search)
                                               : tr("Those matching “%1”.").arg(search));
    }
    m_ui->shownLabel->setText(text);
    m_ui->writeButton->setEnabled(count > 0 && !working());
}

void DocumentBatchDialog::chooseDestination()
{
    QString path;
    if (m_ui->oneFileRadio->isChecked())
        path = FileDialogs::saveFile(this, tr("Write the documents to"), destination(),
                                     tr("PDF documents (*.pdf)"));
    else
        path = FileDialogs::existingFolder(this, tr("Write each debtor's PDF in"),
                                           QFileInfo(destination()).absolutePath());
    if (path.isEmpty())
        return;
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    m_pathChosen = true;
}

void DocumentBatchDialog::setWorking(bool working)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->selectedRadio, m_ui->allShownRadio, m_ui->kindCombo, m_ui->languageCombo,
             m_ui->skipDoNotContactCheck, m_ui->skipNothingOwedCheck, m_ui->oneFileRadio, m_ui->perDebtorRadio, m_ui->pathEdit,
             m_ui->chooseButton})
        w->setEnabled(!working);
    m_ui->writeButton->setEnabled(!working);
    m_ui->closeButton->setText(working ? tr("Stop") : tr("Close"));
    if (working) {
        setCursor(Qt::BusyCursor);
        m_ui->openButton->hide();
    } else {
        unsetCursor();
        updateChoices();
        updateCount();
    }
}

void DocumentBatchDialog::start()
{
    if (working())
        return;
    const QString path = QDir::fromNativeSeparators(destination());
    auto refuse = [this](const QString &text) {
        say(text, true);
        m_ui->pathEdit->setFocus();
    };
    if (path.isEmpty())
        return refuse(tr("Where the documents go: write a file name or choose a folder."));
    const bool oneFile = m_ui->oneFileRadio->isChecked();
    if (oneFile && QFileInfo(path).isDir())
        return refuse(tr("Where the documents go: %1 is a folder; write the name of the PDF to write.")
                          .arg(QDir::toNativeSeparators(path)));
    if (oneFile && !QFileInfo(path).absoluteDir().exists())
        return refuse(tr("Where the documents go: the folder %1 does not exist.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    DocumentBatchRequest r;
    try {
        r = request();
    } catch (const store::StoreError &e) {
        return refuse(e.message());
    }
    const auto paper = documents::paperFor(r.document.locale);
    if (!oneFile) {
        m_pdfFolder = std::make_unique<documents::PdfFolder>(path, paper);
        QString error;
        if (!m_pdfFolder->open(&error)) {
            m_pdfFolder.reset();
            return refuse(tr("Where the documents go: %1").arg(error));
        }
    }
    m_batch = std::make_unique<DocumentBatch>(m_context.db, m_context.clock, DocumentDialog::officeTemplates(), r);
    m_writtenFor.clear();
    m_stopAsked = false;
    m_opened.clear();
    m_folder = oneFile ? QString() : path;
    try {
        m_total = m_batch->debtorCount();
    } catch (const store::StoreError &e) {
        m_batch.reset();
        m_pdfFolder.reset();
        return refuse(e.message());
    }
    if (oneFile) {
        m_book = std::make_unique<documents::PdfBook>(path, DocumentBatch::kindTitle(r.document.kind), paper);
        QString error;
        if (!m_book->open(&error)) {
            m_book.reset();
            m_batch.reset();
            return refuse(error);
        }
    }
    m_ui->progressBar->setRange(0, int(std::min<qint64>(m_total, INT_MAX)));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    setWorking(true);
    say(tr("Writing…"));
    QTimer::singleShot(0, this, &DocumentBatchDialog::step);
}

void DocumentBatchDialog::say(const QString &text, bool refused)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(refused ? QStringLiteral("color: #b00020;") : QString());
    m_ui->statusLabel->setVisible(!text.isEmpty());
    growToContent();
}

// The progress and what came of a run show under the choices: the form
// grows to hold them rather than squeezing the choices.
void DocumentBatchDialog::growToContent()
{
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

void DocumentBatchDialog::stop()
{
    if (working())
        m_stopAsked = true;
}

void DocumentBatchDialog::reject()
{
    // A run ends between two documents: stopped, then closed.
    if (working()) {
        m_stopAsked = true;
        m_closeWhenStopped = true;
        return;
    }
    QDialog::reject();
}

bool DocumentBatchDialog::writeOne(const Document &document, QString *error)
{
    if (m_book) {
        m_book->add(document.html);
        return true;
    }
    return m_pdfFolder->write(document.html, document.fileName, document.title, error);
}

void DocumentBatchDialog::step()
{
    if (!m_batch)
        return;
    if (m_stopAsked)
        return end();
    QElapsedTimer slice;
    slice.start();
    // One debtor at a time: a run of debtors the document does not apply
    // to (confirmations in an office with few promises) is read a slice at
    // a time too, and Stop is seen between any two.
    while (slice.elapsed() < sliceMs && !m_stopAsked) {
        std::optional<Document> document;
        try {
            document = m_batch->step();
        } catch (const InputError &e) {
            return end(e.message());
        } catch (const store::StoreError &e) {
            return end(e.message());
        }
        if (m_batch->finished()) {
            QString error;
            if (m_book && !m_writtenFor.isEmpty() && !m_book->finish(&error)) {
                m_writtenFor.clear();
                return end(error);
            }
            m_book.reset();
            return end();
        }
        if (!document)
            continue;
        QString error;
        if (!writeOne(*document, &error))
            return end(error);
        m_writtenFor.append(document->debtorId);
    }
    m_ui->progressBar->setValue(int(std::min<qint64>(m_batch->tally().seen, INT_MAX)));
    say(tr("Writing… %L1 of %L2 debtors seen, %3.")
            .arg(m_batch->tally().seen)
            .arg(m_total)
            .arg(kindWords(m_writtenFor.size())));
    QTimer::singleShot(0, this, &DocumentBatchDialog::step);
}

void DocumentBatchDialog::end(const QString &error)
{
    const bool stopped = m_stopAsked || !error.isEmpty();
    // A PDF of the whole batch is written whole or not at all.
    const bool bookDropped = m_book != nullptr;
    m_book.reset();
    if (bookDropped)
        m_writtenFor.clear();
    const QString where = QDir::toNativeSeparators(m_folder.isEmpty() ? destination() : m_folder);
    QStringList said;
    if (!error.isEmpty())
        said << error;
    if (bookDropped)
        said << tr("Nothing was written: %1 is left as it was.").arg(where);
    else if (!m_writtenFor.isEmpty())
        said << (stopped ? tr("%1 had been written in %2 when it stopped.") : tr("%1 written in %2."))
                    .arg(kindWords(m_writtenFor.size()), where);
    else if (!stopped)
        said << tr("No document was written.");
    if (m_batch && (!stopped || m_batch->tally().skippedCount() > 0))
        said << m_batch->skippedText();
    if (m_batch && !m_writtenFor.isEmpty()) {
        try {
            m_batch->record(m_context.userId, m_writtenFor, stopped);
        } catch (const store::StoreError &e) {
            said << e.message();
        }
    }
    said.removeAll(QString());
    m_result = said.join(QLatin1Char(' '));
    say(m_result, !error.isEmpty());
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    m_ui->progressBar->setVisible(!stopped);
    m_opened = m_writtenFor.isEmpty() ? QString()
               : m_folder.isEmpty()   ? QDir::fromNativeSeparators(destination())
                                      : m_folder;
    m_batch.reset();
    m_pdfFolder.reset();
    const qint64 written = m_writtenFor.size();
    setWorking(false);
    m_ui->openButton->setVisible(!m_opened.isEmpty());
    m_ui->openButton->setText(m_folder.isEmpty() ? tr("&Open the PDF") : tr("&Open the folder"));
    growToContent();
    // The next run writes somewhere new in the same folder, not over what
    // this one wrote.
    if (written > 0) {
        m_lastFolder = m_folder.isEmpty() ? QFileInfo(m_opened).absolutePath() : QFileInfo(m_folder).absolutePath();
        m_pathChosen = false;
    }
    updateChoices();
    Q_EMIT batchEnded(written);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

QString DocumentBatchDialog::kindWords(qint64 count) const
{
    return DocumentBatch::kindWords(DocumentKind(m_ui->kindCombo->currentData().toInt()), count);
}

void DocumentBatchDialog::openResult()
{
    if (!m_opened.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_opened));
}

} // namespace libreta::ui
