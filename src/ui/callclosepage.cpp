#include "ui/callclosepage.h"

#include "domain/labels.h"
#include "ui/callconfirmation.h"
#include "ui/calltexts.h"
#include "ui/filedialogs.h"
#include "ui_callclosepage.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrinter>

namespace libreta::ui {

using namespace domain;

CallClosePage::CallClosePage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<::Ui::CallClosePage>())
{
    m_ui->setupUi(this);
    CallTexts::bindFocus(this, 0, m_ui->notesEdit);
    m_ui->confirmedCheck->setText(CallTexts::numbered(1, tr("The debtor confirmed amount, date and payment method")));
    m_ui->printButton->setText(CallTexts::numbered(2, tr("Print…")));
    m_ui->pdfButton->setText(CallTexts::numbered(3, tr("Save PDF…")));
    m_ui->copyButton->setText(CallTexts::numbered(4, tr("Copy text")));
    CallTexts::bindDigit(this, 1, m_ui->confirmedCheck);
    CallTexts::bindDigit(this, 2, m_ui->printButton);
    CallTexts::bindDigit(this, 3, m_ui->pdfButton);
    CallTexts::bindDigit(this, 4, m_ui->copyButton);
    m_ui->copyButton->setToolTip(tr("Copies the confirmation to paste into an e-mail or a WhatsApp message (Alt+4)"));
    connect(m_ui->confirmedCheck, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, &CallClosePage::print);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CallClosePage::copyText);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::documentsFolder();
        const QString name = tr("commitment-%1-%2.pdf")
                                 .arg(m_setup->file.debtor.externalRef, m_setup->file.today.toString(Qt::ISODate));
        const QString path = FileDialogs::saveFile(this, tr("Save the confirmation as PDF"),
                                                   QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
        refocus();
    });
}

CallClosePage::~CallClosePage() = default;

void CallClosePage::setUp(const CallSetup *setup)
{
    m_setup = setup;
    m_ui->scriptLabel->setText(setup->stageText(QStringLiteral("close")));
}

void CallClosePage::setOutcome(const CallConfirmation *confirmation, const CallWorksheet &w)
{
    m_confirmation = confirmation;
    const bool commitment = confirmation != nullptr;
    m_ui->commitmentGroup->setVisible(commitment);
    m_ui->instructionsGroup->setVisible(commitment);
    m_ui->confirmationGroup->setVisible(commitment);
    if (commitment) {
        m_ui->commitmentLabel->setText(confirmation->readBack());
        const QString instructions = confirmation->instructions();
        m_ui->instructionsLabel->setText(instructions.isEmpty()
                                             ? tr("The office has not written its payment instructions yet: give "
                                                  "the account and the reference to quote.")
                                             : instructions);
    }
    if (commitment) {
        m_ui->summaryLabel->clear();
    } else if (w.preCloseAnswer == PreCloseAnswer::Refusal) {
        m_ui->summaryLabel->setText(tr("<b>A refusal will be recorded.</b><br>Reason: %1<br>Next step: %2")
                                        .arg(w.refusalReason.toHtmlEscaped(), w.nextStep.toHtmlEscaped()));
    } else {
        m_ui->summaryLabel->setText(
            tr("<b>Nothing agreed yet.</b> Go back to the pre-close (Alt+Left) for the debtor's answer."));
    }
}

QString CallClosePage::commitmentText() const { return m_confirmation ? m_confirmation->readBack() : QString(); }

bool CallClosePage::savePdf(const QString &path)
{
    if (!m_confirmation)
        return false;
    const bool ok = m_confirmation->savePdf(path);
    Q_EMIT statusMessage(ok ? tr("The confirmation was saved as %1.").arg(QDir::toNativeSeparators(path))
                            : tr("The confirmation could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
    return ok;
}

void CallClosePage::copyText()
{
    if (!m_confirmation)
        return;
    m_confirmation->copyToClipboard();
    Q_EMIT statusMessage(tr("The confirmation was copied: paste it into the e-mail or the WhatsApp message."));
}

void CallClosePage::print()
{
    if (!m_confirmation)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_confirmation->render(printer);
    refocus();
}

void CallClosePage::refocus()
{
    // Back from a modal dialog the keyboard must reach the call again, even
    // where no window manager hands the focus back.
    window()->activateWindow();
    m_ui->confirmedCheck->setFocus(Qt::OtherFocusReason);
}

void CallClosePage::load(const CallWorksheet &w)
{
    m_loading = true;
    m_ui->confirmedCheck->setChecked(w.confirmed);
    m_ui->notesEdit->setPlainText(w.notes.close);
    m_loading = false;
}

void CallClosePage::store(CallWorksheet &w) const
{
    w.confirmed = m_confirmation && m_ui->confirmedCheck->isChecked();
    w.commitmentText = commitmentText();
    w.notes.close = m_ui->notesEdit->toPlainText();
}

void CallClosePage::focusFirst()
{
    if (m_confirmation)
        m_ui->confirmedCheck->setFocus(Qt::OtherFocusReason);
    else
        m_ui->notesEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace libreta::ui
