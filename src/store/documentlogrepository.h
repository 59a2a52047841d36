#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// The documents written for debtors (schema 27), for their files' history.
class DocumentLogRepository final {
public:
    explicit DocumentLogRepository(Database &db) : m_db(db) {}

    void add(const domain::DocumentWritten &document);
    // Newest first.
    QList<domain::DocumentWritten> forDebtor(domain::Id debtorId);

private:
    Database &m_db;
};

} // namespace libreta::store
