#pragma once

#include "domain/clock.h"
#include "services/importservice.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace libreta::ui {

// One import as the wizard builds it: what the person chose so far, what
// the file turned out to be, and the work that reads the file, done on a
// thread of its own with its own connection to the office file, so the
// window never freezes. One piece of work at a time; a cancelled run
// stores nothing (the service's transaction is rolled back).
class ImportSession final : public QObject {
    Q_OBJECT

public:
    ImportSession(const QString &databasePath, const domain::Clock &clock, std::optional<domain::Id> userId,
                  QObject *parent = nullptr);
    ~ImportSession() override;

    services::ImportRequest &request() { return m_request; }
    const services::ImportRequest &request() const { return m_request; }
    // Where refused rows go unless someone says otherwise: beside the file,
    // named after it ("facturas-refused.csv").
    QString refusedRowsPath() const;

    // What prepare found (valid after prepared()).
    const services::ImportPlan &plan() const { return m_plan; }
    const QList<services::SourceRow> &firstLines() const { return m_lines; }
    const QList<services::ImportService::PreviewRow> &preview() const { return m_preview; }
    // Why the file could not be read; empty when it could.
    const QString &error() const { return m_error; }
    bool prepared() const { return m_hasPlan; }

    const std::optional<services::ImportResult> &checkResult() const { return m_check; }
    const std::optional<services::ImportResult> &result() const { return m_result; }
    bool cancelled() const { return m_cancelledRun; }

    // Reads the file's start again with the request as it is now.
    void prepare();
    // Every row checked, nothing stored (a dry run).
    void check();
    // The import itself.
    void run();
    void cancel();
    bool busy() const { return m_thread != nullptr; }
    // Blocks until the running work has stopped (after cancel()).
    void wait();

    static constexpr int kPreviewRows = 20;
    static constexpr int kRawLines = 12;

Q_SIGNALS:
    void preparedChanged();
    void progress(qint64 done, qint64 total);
    void checked();
    void finished();
    void busyChanged(bool busy);

private:
    using Work = std::function<void(store::Database &, const std::atomic_bool &)>;
    void start(Work work, std::function<void()> done);
    // `first`, when given, runs on the worker's connection before the rows.
    void runService(bool dryRun, std::function<void(std::optional<services::ImportResult>)> done,
                    std::function<void(services::ImportService &, const services::ImportRequest &)> first = {});

    QString m_databasePath;
    const domain::Clock &m_clock;
    std::optional<domain::Id> m_userId;
    services::ImportRequest m_request;
    services::ImportPlan m_plan;
    QList<services::SourceRow> m_lines;
    QList<services::ImportService::PreviewRow> m_preview;
    QString m_error;
    bool m_hasPlan = false;
    std::optional<services::ImportResult> m_check;
    std::optional<services::ImportResult> m_result;
    bool m_cancelledRun = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace libreta::ui
