#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

class QTableWidget;

namespace Ui {
class ContactDialog;
}

namespace libreta::ui {

// Add or edit a contact person of a debtor: name, role, best time to call,
// do-not-contact, and any number of phones and e-mails (rows left empty are
// ignored). Saved through services::ContactService.
class ContactDialog final : public FormDialog {
    Q_OBJECT

public:
    // `contact.id == 0` adds a new contact to `debtor`.
    ContactDialog(const FormContext &context, const domain::Debtor &debtor, const domain::Contact &contact,
                  QWidget *parent = nullptr);
    ~ContactDialog() override;

    domain::Id contactId() const { return m_contact.id; }

protected:
    void save() override;

private:
    static void addRow(QTableWidget *table, const QString &first, const QString &second);
    static void removeCurrentRow(QTableWidget *table);
    static QList<QPair<QString, QString>> rows(const QTableWidget *table);

    std::unique_ptr<::Ui::ContactDialog> m_ui;
    FormContext m_context;
    domain::Contact m_contact;
};

} // namespace libreta::ui
