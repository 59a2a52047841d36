#include "store/noterepository.h"

#include "store/sqlquery.h"

namespace libreta::store {

domain::Id NoteRepository::add(const domain::Note &n)
{
    return SqlQuery(m_db, QStringLiteral("INSERT INTO notes (debtor_id, author_id, created_at, body, corrects_note_id) "
                                         "VALUES (:debtor, :author, :at, :body, :corrects) RETURNING id"))
        .bind(QStringLiteral(":debtor"), n.debtorId)
        .bind(QStringLiteral(":author"), n.authorId)
        .bind(QStringLiteral(":at"), n.createdAt.isValid() ? n.createdAt : QDateTime::currentDateTimeUtc())
        .bind(QStringLiteral(":body"), n.body)
        .bind(QStringLiteral(":corrects"), n.correctsNoteId)
        .execScalar();
}

QList<domain::Note> NoteRepository::forDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, author_id, created_at, body, corrects_note_id FROM notes "
                                    "WHERE debtor_id = :d ORDER BY created_at DESC, id DESC"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    QList<domain::Note> out;
    while (q.next())
        out.append({q.integer(0), debtorId, q.optionalInteger(1), q.instant(2), q.text(3), q.optionalInteger(4)});
    return out;
}

std::optional<domain::Note> NoteRepository::byId(domain::Id noteId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, debtor_id, author_id, created_at, body, corrects_note_id FROM notes "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), noteId).exec();
    if (!q.next())
        return std::nullopt;
    return domain::Note{q.integer(0), q.integer(1), q.optionalInteger(2), q.instant(3), q.text(4),
                        q.optionalInteger(5)};
}

} // namespace libreta::store
