#pragma once

#include "domain/clock.h"
#include "services/exportservice.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

class QIODevice;
class QThread;
class QWidget;

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class ImportWizard;

// File ▸ Import… and File ▸ Export ▸ …, kept out of the main window: the
// wizard, and CSV exports written on a thread of their own with their own
// connection to the file (a portfolio of a million debtors takes a while).
class DataTransfer final : public QObject {
    Q_OBJECT

public:
    DataTransfer(QWidget *window, const domain::Clock &clock);
    ~DataTransfer() override;

    // Opens the wizard window-modal and returns at once.
    ImportWizard *showImport(store::Database &db, std::optional<domain::Id> userId);
    // Asks where to save, then writes in the background.
    void chooseAndExport(services::ExportKind kind, store::Database &db, const store::PortfolioQuery &portfolio);
    // Asks where, then writes `request` (its kind and what it covers) there.
    void chooseAndExport(services::ExportRequest request, store::Database &db);
    // Asks where, then writes there at once what `write` writes (a table
    // the desk already holds, as the Panel's by agent): it gets the file and
    // the delimiter chosen, and returns the rows written.
    using Writer = std::function<qint64(QIODevice &out, char delimiter)>;
    void chooseAndWrite(const QString &label, const Writer &write);
    // Writes `path` in the background; exported() or failed() tells when done.
    void exportTo(const services::ExportRequest &request, const QString &databasePath, const QString &path);
    bool exporting() const { return m_thread != nullptr; }

    // Semicolons where the decimal mark is a comma (Excel there expects them).
    static char defaultDelimiter();

Q_SIGNALS:
    void imported();
    void exported(const QString &path, qint64 rows);
    void failed(const QString &message);
    void statusMessage(const QString &text);

private:
    // The save dialog for `label` ("Cifras por gestor"): the path and the
    // delimiter chosen; nothing when cancelled.
    std::optional<std::pair<QString, char>> choosePath(const QString &label);

    QWidget *m_window;
    const domain::Clock &m_clock;
    QThread *m_thread = nullptr;
};

} // namespace libreta::ui
