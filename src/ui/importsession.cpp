#include "ui/importsession.h"

#include "services/importfields.h"
#include "services/inputerror.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <spdlog/spdlog.h>

namespace libreta::ui {

using namespace services;

namespace {

// What a piece of work leaves behind for the window's thread.
struct Outcome {
    QString error;
    bool cancelled = false;
};

} // namespace

ImportSession::ImportSession(const QString &databasePath, const domain::Clock &clock,
                             std::optional<domain::Id> userId, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_clock(clock), m_userId(userId)
{
    m_request.userId = userId;
}

ImportSession::~ImportSession()
{
    // Closing the window mid-import: the work stops at its next check and
    // its transaction is rolled back.
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportSession::start(Work work, std::function<void()> done)
{
    Q_ASSERT(!m_thread);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_databasePath;
    const auto cancel = m_cancel;
    m_thread = QThread::create([path, work, outcome, cancel] {
        try {
            store::Database db(path);
            work(db, *cancel);
        } catch (const ImportCancelled &) {
            outcome->cancelled = true;
        } catch (const InputError &e) {
            outcome->error = e.message();
        } catch (const store::StoreError &e) {
            outcome->error = e.message();
        } catch (const std::exception &e) {
            spdlog::error("ui: import work failed: {}", e.what());
            outcome->error = tr("The import stopped on an unexpected error; nothing was stored.");
        }
    });
    connect(m_thread, &QThread::finished, this, [this, outcome, done] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_error = outcome->error;
        m_cancelledRun = outcome->cancelled;
        done();
        Q_EMIT busyChanged(false);
    });
    m_thread->start();
    Q_EMIT busyChanged(true);
}

QString ImportSession::refusedRowsPath() const
{
    // Named by what was read too: the same sheet imported as debtors and
    // then as invoices keeps both lists of rows to fix.
    const QFileInfo source(m_request.path);
    return source.dir().filePath(tr("%1-refused-%2.csv")
                                     .arg(source.completeBaseName(), ImportFields::kindLabel(m_request.kind).toLower()));
}

void ImportSession::prepare()
{
    if (busy())
        return;
    struct Prepared {
        ImportPlan plan;
        QList<SourceRow> lines;
        QList<ImportService::PreviewRow> preview;
    };
    auto out = std::make_shared<Prepared>();
    const ImportRequest request = m_request;
    const domain::Clock &clock = m_clock;
    m_hasPlan = false;
    start(
        [request, out, &clock](store::Database &db, const std::atomic_bool &) {
            ImportService service(db, clock);
            out->plan = service.prepare(request);
            ImportFormat format = request.format;
            format.encoding = out->plan.encoding;
            format.delimiter = out->plan.delimiter;
            out->lines = ImportSource(request.path, request.kind, format).firstLines(kRawLines);
            out->preview = service.preview(request, out->plan, kPreviewRows);
        },
        [this, out] {
            if (m_error.isEmpty()) {
                m_plan = std::move(out->plan);
                m_lines = std::move(out->lines);
                m_preview = std::move(out->preview);
                m_hasPlan = true;
            }
            m_check.reset();
            Q_EMIT preparedChanged();
        });
}

void ImportSession::check()
{
    if (busy())
        return;
    // The first rows read again with the columns as they are now: the file
    // may have been corrected and saved since it was opened, and its
    // preview has to show what the check says.
    auto preview = std::make_shared<QList<ImportService::PreviewRow>>();
    runService(
        true,
        [this, preview](std::optional<ImportResult> result) {
            m_check = std::move(result);
            if (m_check)
                m_preview = std::move(*preview);
            Q_EMIT checked();
        },
        [preview, plan = m_plan](ImportService &service, const ImportRequest &request) {
            ImportPlan now = plan;
            now.mapping = *request.mapping;
            *preview = service.preview(request, now, kPreviewRows);
        });
}

void ImportSession::run()
{
    if (busy())
        return;
    m_result.reset();
    runService(false, [this](std::optional<ImportResult> result) {
        m_result = std::move(result);
        Q_EMIT finished();
    });
}

void ImportSession::runService(bool dryRun, std::function<void(std::optional<ImportResult>)> done,
                               std::function<void(ImportService &, const ImportRequest &)> first)
{
    // The check and the import are the same run of the service on the worker's
    // connection; the check stores nothing (a dry run).
    auto out = std::make_shared<std::optional<ImportResult>>();
    ImportRequest request = m_request;
    request.dryRun = dryRun;
    request.mapping = m_plan.mapping;
    const domain::Clock &clock = m_clock;
    QPointer<ImportSession> self(this);
    start(
        [request, out, &clock, self, first](store::Database &db, const std::atomic_bool &cancel) {
            ImportService service(db, clock);
            if (first)
                first(service, request);
            *out = service.run(
                request,
                [self](qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(self, [self, done, total] {
                        if (self)
                            Q_EMIT self->progress(done, total);
                    }, Qt::QueuedConnection);
                },
                &cancel);
        },
        [out, done = std::move(done)] { done(*out); });
}

void ImportSession::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportSession::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace libreta::ui
