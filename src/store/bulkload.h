#pragma once

#include <QtGlobal>

namespace libreta::store {

class Database;

// A connection set up for writing a great many rows in one transaction (an
// import of a whole accounting file, the demo), and put back afterwards.
//
// Create it before the load's Transaction and let it go after: SQLite
// ignores or refuses these settings inside a transaction, so inside one
// (a load nested in a larger use case) it changes nothing.
class BulkLoad final {
public:
    enum class References {
        // Every row's foreign keys are checked by SQLite, as always.
        Checked,
        // The load itself read every row it refers to in the same
        // transaction (an invoice's debtor, looked up by its reference), so
        // SQLite's second look at each one is skipped: 45% of the time of
        // inserting an invoice.
        ReadByTheLoad,
    };

    BulkLoad(Database &db, References references);
    ~BulkLoad();
    Q_DISABLE_COPY_MOVE(BulkLoad)

private:
    Database &m_db;
    bool m_active = false;
};

// Around one transaction that writes a gigabyte of log (an import of a
// whole accounting file): its commit is durable once the log is flushed,
// and leaves copying the log back into the file to the app's checkpoint
// thread (WalCheckpointer) or to the file's last connection as it closes.
// SQLite's own hook would copy it in the commit: an import of three million
// invoices committed in 2.7-2.8 s instead of 1.1-1.3. The copy is not saved,
// only moved off the wait: a command-line import's process pays it as it
// closes the file. Not for a load committed in many transactions (the
// demo): its log would grow as large as the file.
class CheckpointLater final {
public:
    explicit CheckpointLater(Database &db);
    ~CheckpointLater();
    Q_DISABLE_COPY_MOVE(CheckpointLater)

private:
    Database &m_db;
};

// Around one statement that sorts far more than the page cache holds
// (CREATE INDEX over a million rows, an INSERT ... ORDER BY), inside a load
// or not. SQLite sorts in runs as large as its page cache: a run that fits
// the processor's cache sorts several times faster than one of 32 MiB, whose
// every comparison misses it, and runs kept in files are sorted on a second
// thread while the next is read. Both are set for the statement and put
// back after it.
class LargeSort final {
public:
    explicit LargeSort(Database &db);
    ~LargeSort();
    Q_DISABLE_COPY_MOVE(LargeSort)

private:
    Database &m_db;
};

} // namespace libreta::store
