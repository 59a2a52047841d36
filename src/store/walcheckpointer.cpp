#include "store/walcheckpointer.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/storeerror.h"

#include <QTimer>

#include <sqlite3.h>
#include <spdlog/spdlog.h>

namespace libreta::store {
class WalCheckpointer::Worker final : public QObject {
public:
    Worker(QString path, int intervalMs, std::shared_ptr<State> state)
        : m_path(std::move(path)), m_state(std::move(state)), m_timer(new QTimer(this))
    {
        // A child, so it moves to the worker's thread with it.
        m_timer->setInterval(intervalMs);
        connect(m_timer, &QTimer::timeout, this, &Worker::checkpoint);
    }

    // Both run on the worker's thread, where its timer and connection live.
    void start() { m_timer->start(); }
    void checkpoint()
    {
        m_state->wakePending.store(false);
        try {
            if (!m_db)  // opened here: a connection belongs to the thread that opened it
                m_db = std::make_unique<Database>(m_path);
            const int pages = Dialect::checkpointPassively(m_db->connection());
            if (pages > 0)
                m_state->copied.fetch_add(pages);
        } catch (const StoreError &) {
            // The next wake-up or tick tries again; meanwhile a commit that
            // takes the log past kCommitCheckpointPages copies it itself.
            spdlog::warn("store: the background checkpoint failed; it will be tried again");
        }
    }

private:
    QString m_path;
    std::shared_ptr<State> m_state;
    QTimer *m_timer;
    std::unique_ptr<Database> m_db;
};

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs, QObject *parent)
    : QObject(parent), m_db(db), m_state(std::make_shared<State>())
{
    m_worker = new Worker(db.path(), intervalMs, m_state);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &Worker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("wal-checkpoint"));
    m_thread.start(QThread::LowPriority);
    // Replaces SQLite's own hook, the one that checkpoints at 1,000 pages.
    db.setCommitHook(&WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    m_db.setCommitHook(nullptr, nullptr);
    m_thread.quit();
    m_thread.wait();
}

// Called by SQLite on the committing thread, after each commit.
int WalCheckpointer::onCommit(void *self, sqlite3 *connection, const char *schema, int logPages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (logPages >= kCommitCheckpointPages)
        return sqlite3_wal_checkpoint_v2(connection, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (logPages >= kWakePages && !checkpointer->m_state->wakePending.exchange(true))
        QMetaObject::invokeMethod(checkpointer->m_worker, &Worker::checkpoint, Qt::QueuedConnection);
    return SQLITE_OK;
}

} // namespace libreta::store
