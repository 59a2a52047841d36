#include "ui/debtorfilenoteeditor.h"

#include "services/inputerror.h"
#include "services/noteservice.h"
#include "store/storeerror.h"
#include "ui_debtorfilenoteeditor.h"

#include <QKeyEvent>
#include <QTextDocument>

namespace libreta::ui {

DebtorFileNoteEditor::DebtorFileNoteEditor(const FormContext &context, domain::Id debtorId, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::DebtorFileNoteEditor>()), m_context(context), m_debtorId(debtorId)
{
    m_ui->setupUi(this);
    m_ui->saveButton->setToolTip(tr("Save the note (Ctrl+Enter)"));
    m_ui->errorLabel->hide();
    m_ui->correctionLabel->hide();
    m_ui->cancelCorrectionButton->hide();
    m_ui->noteEdit->installEventFilter(this);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DebtorFileNoteEditor::save);
    connect(m_ui->cancelCorrectionButton, &QPushButton::clicked, this, &DebtorFileNoteEditor::cancelCorrection);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (isDirty() != m_wasDirty) {
            m_wasDirty = isDirty();
            Q_EMIT dirtyChanged(m_wasDirty);
        }
    });
}

DebtorFileNoteEditor::~DebtorFileNoteEditor() = default;

bool DebtorFileNoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->noteEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DebtorFileNoteEditor::startCorrection(domain::Id noteId, const QString &what)
{
    m_correcting = noteId;
    m_ui->correctionLabel->setText(tr("Correcting the note “%1”. The original stays in the file; this "
                                      "correction is added after it.")
                                       .arg(what));
    m_ui->correctionLabel->show();
    m_ui->cancelCorrectionButton->show();
    m_ui->saveButton->setText(tr("Save &correction"));
    focusEditor();
}

void DebtorFileNoteEditor::cancelCorrection()
{
    m_correcting.reset();
    m_ui->correctionLabel->hide();
    m_ui->cancelCorrectionButton->hide();
    m_ui->saveButton->setText(tr("Save &note"));
}

void DebtorFileNoteEditor::setCompact(bool compact)
{
    constexpr int kFullHeight = 90;  // as the form draws it
    const QPlainTextEdit *edit = m_ui->noteEdit;
    const int twoLines = 2 * edit->fontMetrics().lineSpacing() + 2 * edit->frameWidth()
                         + 2 * int(edit->document()->documentMargin());
    m_ui->noteEdit->setMaximumHeight(compact ? qMin(twoLines, kFullHeight) : kFullHeight);
}

void DebtorFileNoteEditor::focusEditor() { m_ui->noteEdit->setFocus(Qt::ShortcutFocusReason); }

bool DebtorFileNoteEditor::isDirty() const { return !m_ui->noteEdit->toPlainText().trimmed().isEmpty(); }

void DebtorFileNoteEditor::setText(const QString &text) { m_ui->noteEdit->setPlainText(text); }

QString DebtorFileNoteEditor::errorText() const { return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString(); }

bool DebtorFileNoteEditor::save()
{
    m_ui->errorLabel->hide();
    const QString body = m_ui->noteEdit->toPlainText();
    domain::Id id = 0;
    try {
        services::NoteService service(m_context.db, m_context.clock);
        id = m_correcting ? service.correct(*m_correcting, body, m_context.userId)
                          : service.add(m_debtorId, body, m_context.userId);
    } catch (const services::InputError &e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
        focusEditor();
        return false;
    } catch (const store::StoreError &e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
        return false;
    }
    const bool correction = m_correcting.has_value();
    m_ui->noteEdit->clear();
    cancelCorrection();
    Q_EMIT saved(id, correction);
    return true;
}

} // namespace libreta::ui
