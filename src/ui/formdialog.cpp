#include "ui/formdialog.h"

#include "services/inputerror.h"
#include "store/storeerror.h"
#include "ui/prompter.h"

#include <QAbstractButton>

#include <exception>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTabWidget>
#include <QLineEdit>
#include <QLayout>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

#include <spdlog/spdlog.h>

#include <utility>

namespace libreta::ui {
namespace {

void styleAsError(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    label->setWordWrap(true);
    label->setVisible(!label->text().isEmpty());
}

// The layout that holds `widget` directly, searched from `layout` down.
QLayout *layoutHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(widget) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *found = layoutHolding(layout->itemAt(i)->layout(), widget))
            return found;
    return nullptr;
}

// A message under a field that keeps its own width (a date, a number)
// takes the whole width of the form's field column: squeezed to the
// field's width it wrapped into lines the row had no height for, cut off
// by the next row. The field stays as wide as it was.
void widenBeneath(QWidget *input, QLabel *errorLabel)
{
    QWidget *form = errorLabel->parentWidget();
    QLayout *box = form ? layoutHolding(form->layout(), errorLabel) : nullptr;
    if (!box || box->indexOf(input) < 0)
        return;
    errorLabel->setSizePolicy(QSizePolicy::Expanding, errorLabel->sizePolicy().verticalPolicy());
    if (qobject_cast<QAbstractSpinBox *>(input))
        box->setAlignment(input, Qt::AlignLeft);
}

} // namespace

FormDialog::FormDialog(QWidget *parent) : QDialog(parent) {}

void FormDialog::showEvent(QShowEvent *event)
{
    if (!std::exchange(m_sizedToContent, true))
        growToContent();
    QDialog::showEvent(event);
}

void FormDialog::growToContent()
{
    if (!layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalMinimumSize().height();
    if (needed > height())
        resize(width(), needed);
}

void FormDialog::addField(const QString &field, QWidget *input, QLabel *errorLabel)
{
    m_fields.insert(field, {input, errorLabel});
    if (!errorLabel)
        return;
    errorLabel->clear();
    styleAsError(errorLabel);
    if (input)
        widenBeneath(input, errorLabel);
    // What was said about the field is about what it held: once it is
    // edited the message goes (a red "must be more than zero" under an
    // amount typed right since reads as if the new amount were refused).
    const auto forget = [errorLabel] {
        errorLabel->clear();
        errorLabel->setVisible(false);
    };
    if (auto *line = qobject_cast<QLineEdit *>(input))
        connect(line, &QLineEdit::textEdited, errorLabel, forget);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(input))
        connect(text, &QPlainTextEdit::textChanged, errorLabel, forget);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::currentIndexChanged, errorLabel, forget);
    else if (auto *when = qobject_cast<QDateTimeEdit *>(input))
        connect(when, &QDateTimeEdit::dateTimeChanged, errorLabel, forget);
    else if (auto *spin = qobject_cast<QSpinBox *>(input))
        connect(spin, &QSpinBox::valueChanged, errorLabel, forget);
}

void FormDialog::clearErrorWhenEdited(QDateTimeEdit *other, const QString &field)
{
    const Field *f = fieldFor(field);
    if (!f || !f->error)
        return;
    connect(other, &QDateTimeEdit::dateTimeChanged, f->error.data(), [label = f->error] {
        label->clear();
        label->setVisible(false);
    });
}

void FormDialog::setGeneralErrorLabel(QLabel *label)
{
    m_generalError = label;
    label->clear();
    styleAsError(label);
}

const FormDialog::Field *FormDialog::fieldFor(const QString &field) const
{
    auto it = m_fields.constFind(field);
    if (it == m_fields.cend())
        it = m_fields.constFind(field.section(QLatin1Char('.'), 0, 0));
    return it == m_fields.cend() ? nullptr : &it.value();
}

QString FormDialog::errorFor(const QString &field) const
{
    const Field *f = fieldFor(field);
    if (f && f->error)
        return f->error->text();
    return {};
}

void FormDialog::showError(const QString &field, const QString &message)
{
    const Field *f = fieldFor(field);
    QLabel *label = f && f->error ? f->error.data() : m_generalError.data();
    if (label) {
        label->setText(message);
        label->setVisible(true);
        // The message takes a line of its own: the form grows by it rather
        // than squeezing the fields (a form layout with wrapped hints does
        // not ask for the height itself).
        growToContent();
    }
    if (f && f->input) {
        // A field on a tab not shown (the office rules' Next call tab, say)
        // is brought into view first, or the message would go unseen.
        for (QWidget *page = f->input; page && page != this; page = page->parentWidget()) {
            QWidget *stack = page->parentWidget();
            if (auto *tabs = qobject_cast<QTabWidget *>(stack ? stack->parentWidget() : nullptr);
                tabs && tabs->indexOf(page) >= 0)
                tabs->setCurrentWidget(page);
        }
        f->input->setFocus(Qt::OtherFocusReason);
    }
}

void FormDialog::clearErrors()
{
    for (const Field &f : std::as_const(m_fields))
        if (f.error) {
            f.error->clear();
            f.error->setVisible(false);
        }
    if (m_generalError) {
        m_generalError->clear();
        m_generalError->setVisible(false);
    }
}

void FormDialog::accept()
{
    clearErrors();
    try {
        save();
    } catch (const services::InputError &e) {
        showError(e.field(), e.message());
        return;
    } catch (const store::StoreError &e) {
        spdlog::error("ui: a form could not be saved");
        showError(QString(), e.message());
        return;
    } catch (const std::exception &e) {
        // Out of memory while hashing a PIN, say: the form stays open.
        spdlog::error("ui: a form could not be saved: {}", e.what());
        showError(QString(), tr("This could not be saved on this computer: %1").arg(QString::fromLocal8Bit(e.what())));
        return;
    }
    m_dirty = false;
    QDialog::accept();
}

QString FormDialog::discardQuestion() const
{
    return tr("What you typed in “%1” is not saved. Close it and lose the changes?").arg(windowTitle());
}

void FormDialog::reject()
{
    if (m_dirty && !Prompter::instance().confirmDiscard(this, discardQuestion()))
        return;
    QDialog::reject();
}

void FormDialog::watchForEdits()
{
    auto dirty = [this] { m_dirty = true; };
    for (auto *w : findChildren<QLineEdit *>())
        connect(w, &QLineEdit::textEdited, this, dirty);
    for (auto *w : findChildren<QPlainTextEdit *>())
        connect(w, &QPlainTextEdit::textChanged, this, dirty);
    for (auto *w : findChildren<QComboBox *>())
        connect(w, &QComboBox::currentIndexChanged, this, dirty);
    for (auto *w : findChildren<QDateTimeEdit *>())
        connect(w, &QDateTimeEdit::dateTimeChanged, this, dirty);
    for (auto *w : findChildren<QCheckBox *>())
        connect(w, &QAbstractButton::toggled, this, dirty);
    for (auto *w : findChildren<QTableWidget *>())
        connect(w, &QTableWidget::itemChanged, this, dirty);
}

} // namespace libreta::ui
