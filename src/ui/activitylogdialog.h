#pragma once

#include "domain/clock.h"
#include "services/exportservice.h"
#include "store/auditrepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ActivityLogDialog;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class ActivityLogModel;

// Edit ▸ Office activity: the audit log every use case writes, newest
// first, for a range of days, one person and one action; from a debtor's
// file (Debtor ▸ Activity), the entries about that debtor alone.
// Supervisors and administrators read the whole office's, an agent what
// they did. Open file shows the debtor an entry is about; Export writes the
// entries chosen to CSV (the main window asks where).
class ActivityLogDialog final : public QDialog {
    Q_OBJECT

public:
    // `debtorId`: only the entries about that debtor.
    ActivityLogDialog(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> deskUserId,
                      std::optional<domain::Id> debtorId = std::nullopt, QWidget *parent = nullptr);
    ~ActivityLogDialog() override;

    ActivityLogModel *model() const { return m_model; }
    void setPeriod(const QDate &from, const QDate &to);
    // Empty: everyone (for those who read everyone).
    void choosePerson(std::optional<domain::Id> userId);
    // Empty: every action.
    void chooseAction(const QString &action);
    void selectRow(int row);
    // The entries shown, as the export writes them.
    services::ExportRequest exportRequest() const;

Q_SIGNALS:
    void openDebtor(domain::Id debtorId);
    void exportRequested(const services::ExportRequest &request);

private:
    void fillChoices();
    void applyFilters();
    void showSelection();

    std::unique_ptr<::Ui::ActivityLogDialog> m_ui;
    store::Database &m_db;
    std::optional<domain::Id> m_debtorId;
    ActivityLogModel *m_model;
};

} // namespace libreta::ui
