#pragma once

#include "services/debtorfile.h"
#include "ui/moneyformatter.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class DebtorFilePayments;
}

namespace libreta::ui {

class DebtorPaymentsModel;
class FileTableLayout;

// The payments page of a debtor file: each payment with the invoices it was
// applied to and the promises it paid; a reversed one greyed, with why.
class DebtorFilePayments final : public QWidget {
    Q_OBJECT

public:
    explicit DebtorFilePayments(QWidget *parent = nullptr);
    ~DebtorFilePayments() override;

    void setActions(QAction *record, QAction *reverse);
    void setFile(const services::DebtorFile &file, const MoneyFormatter &money);
    DebtorPaymentsModel *model() const { return m_model; }
    // The payment of the current row, if one is chosen.
    const domain::Payment *selectedPayment() const;

Q_SIGNALS:
    void selectionChanged();

private:
    std::unique_ptr<::Ui::DebtorFilePayments> m_ui;
    DebtorPaymentsModel *m_model = nullptr;
    FileTableLayout *m_layout = nullptr;
};

} // namespace libreta::ui
