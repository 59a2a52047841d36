#pragma once

#include "domain/entities.h"
#include "ui/moneyformatter.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;

namespace Ui {
class DebtorFileInvoices;
}

namespace libreta::ui {

class DebtorInvoicesModel;
class FileTableLayout;

// The invoices page of a debtor file: each invoice with what is left of it,
// how late it is and whether it is disputed.
class DebtorFileInvoices final : public QWidget {
    Q_OBJECT

public:
    explicit DebtorFileInvoices(QWidget *parent = nullptr);
    ~DebtorFileInvoices() override;

    void setActions(QAction *add, QAction *edit, QAction *dispute, QAction *adjust);
    void setInvoices(const QList<domain::Invoice> &invoices, const QDate &today, const MoneyFormatter &money);
    // The selected invoice; the only one when there is just one.
    const domain::Invoice *selectedInvoice() const;
    // Selects the first invoice `matches` accepts (in the table's order)
    // and shows it; false, leaving the selection alone, when none does.
    bool selectFirst(const std::function<bool(const domain::Invoice &)> &matches);
    DebtorInvoicesModel *model() const { return m_model; }

Q_SIGNALS:
    void selectionChanged();

private:
    std::unique_ptr<::Ui::DebtorFileInvoices> m_ui;
    DebtorInvoicesModel *m_model = nullptr;
    FileTableLayout *m_layout = nullptr;
    QAction *m_edit = nullptr;
};

} // namespace libreta::ui
