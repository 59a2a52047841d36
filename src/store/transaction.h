#pragma once

#include <QtGlobal>

namespace libreta::store {

class Database;

// Rolls back unless commit() was called: an exception anywhere in a use case
// leaves nothing half-written.
class Transaction final {
public:
    // Durable commits wait for the disk (every payment, call and promise);
    // a relaxed one does not, for what a power cut may lose without harm.
    // Only an outermost transaction can be relaxed.
    enum class Durability { Full, Relaxed };

    explicit Transaction(Database &db, Durability durability = Durability::Full);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();

private:
    void restoreDurability();

    Database &m_db;
    bool m_done = false;
    bool m_relaxed = false;
};

} // namespace libreta::store
