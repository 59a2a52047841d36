#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QDateTimeEdit;
class QLabel;

namespace libreta::ui {

// What every form of the desk does the same way: Save runs save(), which
// calls a service; when the service refuses (services::InputError) the
// message appears in red next to the field it names and the form stays
// open with that field focused: nothing was stored. Cancel, Esc or the
// window's close button ask first when something was typed.
class FormDialog : public QDialog {
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr);

    void accept() override;
    void reject() override;
    bool isDirty() const { return m_dirty; }
    // The message shown for a field (empty when none): for tests and for
    // screen readers that read the label.
    QString errorFor(const QString &field) const;

protected:
    // A form opens as tall as its content: wrapped lines (a long name, an
    // item's summary) get the height their width gives them, which a
    // layout's minimum size leaves out. The .ui's height is a floor.
    void showEvent(QShowEvent *event) override;
    // Stores the form through a service; throws services::InputError.
    virtual void save() = 0;
    // `field` as the service names it ("amount", "phone.2": a field named
    // "phone" or "phone.2" takes the error of every "phone.N").
    void addField(const QString &field, QWidget *input, QLabel *errorLabel);
    // A field whose message is about two inputs ("until" must be later than
    // "from"): editing `other` clears it too.
    void clearErrorWhenEdited(QDateTimeEdit *other, const QString &field);
    // Where errors for fields the form does not show go, and store failures.
    void setGeneralErrorLabel(QLabel *label);
    void showError(const QString &field, const QString &message);
    void clearErrors();
    // Call once the form holds its starting values: any later edit of an
    // input inside the dialog marks it dirty.
    void watchForEdits();
    void markDirty() { m_dirty = true; }
    // The question asked before unsaved edits are thrown away.
    virtual QString discardQuestion() const;

private:
    struct Field {
        QPointer<QWidget> input;
        QPointer<QLabel> error;
    };
    const Field *fieldFor(const QString &field) const;

    QHash<QString, Field> m_fields;
    QPointer<QLabel> m_generalError;
    void growToContent();

    bool m_dirty = false;
    bool m_sizedToContent = false;
};

} // namespace libreta::ui
