#pragma once

#include <QtGlobal>

namespace libreta::store {

class Database;

// Rolls back unless commit() was called: an exception anywhere in a use case
// leaves nothing half-written.
class Transaction final {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace libreta::store
