#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class DebtorFileContacts;
}

namespace libreta::ui {

class DebtorContactsModel;
class FileTableLayout;

// The contacts page of a debtor file: who can be reached, by which phones
// and e-mails, when, and who must not be called. Double-click edits.
class DebtorFileContacts final : public QWidget {
    Q_OBJECT

public:
    explicit DebtorFileContacts(QWidget *parent = nullptr);
    ~DebtorFileContacts() override;

    void setActions(QAction *add, QAction *edit);
    void setContacts(const QList<domain::Contact> &contacts, const QHash<QString, QDate> &wrongNumbers = {});
    // The selected contact; the only one when there is just one.
    const domain::Contact *selectedContact() const;
    DebtorContactsModel *model() const { return m_model; }

Q_SIGNALS:
    void selectionChanged();

private:
    std::unique_ptr<::Ui::DebtorFileContacts> m_ui;
    DebtorContactsModel *m_model = nullptr;
    QAction *m_edit = nullptr;
    FileTableLayout *m_layout = nullptr;
};

} // namespace libreta::ui
