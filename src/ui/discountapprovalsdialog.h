#pragma once

#include "domain/clock.h"
#include "store/calldiscountrepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DiscountApprovalsDialog;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// Work ▸ Discounts to approve: the discounts agents agreed above the
// office's limit, oldest first, with what the call read back to the
// debtor. A supervisor approves or refuses each one with a note for the
// agent (services::DiscountApprovalService); anyone else reads the list.
// Open file shows the debtor's file and leaves the list open.
class DiscountApprovalsDialog final : public QDialog {
    Q_OBJECT

public:
    DiscountApprovalsDialog(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> userId,
                            QWidget *parent = nullptr);
    ~DiscountApprovalsDialog() override;

    int count() const { return int(m_requests.size()); }
    bool maySupervise() const { return m_maySupervise; }
    void selectRow(int row);
    // Decide the selected discount; false (with the reason shown) when refused.
    bool approveSelected();
    bool refuseSelected();
    QString errorText() const;

Q_SIGNALS:
    void openDebtor(domain::Id debtorId);
    // A decision was stored: the files and the agenda read again.
    void decided(domain::Id debtorId);

private:
    void reload();
    void showSelected();
    bool decide(bool approve);
    const store::DiscountRequest *selected() const;

    std::unique_ptr<::Ui::DiscountApprovalsDialog> m_ui;
    store::Database &m_db;
    const domain::Clock &m_clock;
    std::optional<domain::Id> m_userId;
    bool m_maySupervise = false;
    QList<store::DiscountRequest> m_requests;
};

} // namespace libreta::ui
