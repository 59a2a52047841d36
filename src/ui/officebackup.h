#pragma once

#include "domain/clock.h"
#include "services/backupservice.h"

#include <QObject>

class QThread;
class QWidget;

namespace libreta::ui {

// File ▸ Save a backup copy…: asks where (a dated name in the documents
// folder), copies on a thread of its own with its own connection to the
// file (a million debtors' office takes about a minute, and the desk goes
// on working meanwhile), then says where the copy is and what it holds.
class OfficeBackup final : public QObject {
    Q_OBJECT

public:
    OfficeBackup(QWidget *window, const domain::Clock &clock);
    ~OfficeBackup() override;

    void chooseAndSave(const QString &databasePath);
    // Copies in the background; saved() or failed() tells when done.
    void saveTo(const QString &databasePath, const QString &target);
    bool saving() const { return m_thread != nullptr; }

Q_SIGNALS:
    void saved(const services::BackupResult &result);
    void failed(const QString &message);
    void statusMessage(const QString &text);

private:
    void tellSaved(const services::BackupResult &copy);

    QWidget *m_window;
    const domain::Clock &m_clock;
    QThread *m_thread = nullptr;
};

} // namespace libreta::ui
