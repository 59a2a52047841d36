#include "store/calldraftrepository.h"

#include "store/sqlquery.h"

namespace libreta::store {
namespace {

StoredCallDraft read(const SqlQuery &q)
{
    StoredCallDraft d;
    d.debtorId = q.integer(0);
    d.desk = q.text(1);
    d.startedAt = q.instant(2);
    d.savedAt = q.instant(3);
    d.body = q.text(4).toUtf8();
    return d;
}

} // namespace

void CallDraftRepository::put(const StoredCallDraft &d)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO call_drafts (debtor_id, desk, started_at, saved_at, body) "
                                  "VALUES (:d, :desk, :started, :saved, :body) ON CONFLICT (debtor_id, desk) "
                                  "DO UPDATE SET started_at = excluded.started_at, saved_at = excluded.saved_at, "
                                  "body = excluded.body"))
        .bind(QStringLiteral(":d"), d.debtorId)
        .bind(QStringLiteral(":desk"), d.desk)
        .bind(QStringLiteral(":started"), d.startedAt)
        .bind(QStringLiteral(":saved"), d.savedAt)
        .bind(QStringLiteral(":body"), QString::fromUtf8(d.body))
        .exec();
}

std::optional<StoredCallDraft> CallDraftRepository::get(domain::Id debtorId, const QString &desk)
{
    SqlQuery q(m_db, QStringLiteral("SELECT debtor_id, desk, started_at, saved_at, body FROM call_drafts "
                                    "WHERE debtor_id = :d AND desk = :desk"));
    q.bind(QStringLiteral(":d"), debtorId).bind(QStringLiteral(":desk"), desk).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

void CallDraftRepository::remove(domain::Id debtorId, const QString &desk)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM call_drafts WHERE debtor_id = :d AND desk = :desk"))
        .bind(QStringLiteral(":d"), debtorId)
        .bind(QStringLiteral(":desk"), desk)
        .exec();
}

QList<StoredCallDraft> CallDraftRepository::forDesk(const QString &desk, int limit)
{
    SqlQuery q(m_db, QStringLiteral("SELECT debtor_id, desk, started_at, saved_at, body FROM call_drafts "
                                    "WHERE desk = :desk ORDER BY saved_at DESC LIMIT :limit"));
    q.bind(QStringLiteral(":desk"), desk).bind(QStringLiteral(":limit"), limit).exec();
    QList<StoredCallDraft> out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace libreta::store
