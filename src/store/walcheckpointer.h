#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

struct sqlite3;

namespace libreta::store {

class Database;

// Copies the write-ahead log back into the database file (a checkpoint) on
// a thread of its own, over its own connection, so that a commit does not.
// SQLite's default has the commit that fills the log past 1,000 pages do
// it: at a million debtors one call committed in thirty took 14-20 ms
// instead of 2. While this watches a connection, a commit that lengthens
// the log past kWakePages only wakes the thread (which also looks every few
// seconds); only a log the thread has let grow far (a long import) is
// copied by the commit itself, as SQLite would. The copy is SQLite's
// passive checkpoint: it never waits for a reader or a writer, and what a
// commit made durable stays durable whichever copy holds it.
class WalCheckpointer final : public QObject {
    Q_OBJECT

public:
    // Also checked this often, in case a wake-up found the log in use.
    static constexpr int kDefaultIntervalMs = 2000;
    // A commit that takes the log past this wakes the thread: half of
    // SQLite's own 1,000, so the log is still copied in runs of a few
    // hundred pages (and its file reused, not grown), yet a commit rarely
    // flushes its log while the thread is flushing the file.
    static constexpr int kWakePages = 500;
    // A log this long is copied by the commit that reaches it.
    static constexpr int kCommitCheckpointPages = 4000;

    // `db` must outlive this; its commits checkpoint by themselves again
    // once this is gone.
    explicit WalCheckpointer(Database &db, int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);
    ~WalCheckpointer() override;
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

    // Log pages copied back into the file on the thread so far.
    qint64 pagesCopied() const { return m_state->copied.load(); }

private:
    class Worker;
    struct State {
        std::atomic<qint64> copied{0};
        std::atomic<bool> wakePending{false};
    };
    static int onCommit(void *self, ::sqlite3 *connection, const char *schema, int logPages);

    Database &m_db;
    QThread m_thread;
    Worker *m_worker = nullptr;  // lives in m_thread, deleted when it finishes
    std::shared_ptr<State> m_state;
};

} // namespace libreta::store
