#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// Notes are append-only (the schema's triggers refuse edits): a correction
// is a new note that points at the one it corrects, and both stay.
class NoteRepository final {
public:
    explicit NoteRepository(Database &db) : m_db(db) {}

    domain::Id add(const domain::Note &note);
    QList<domain::Note> forDebtor(domain::Id debtorId);
    std::optional<domain::Note> byId(domain::Id noteId);

private:
    Database &m_db;
};

} // namespace libreta::store
