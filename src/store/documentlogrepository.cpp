#include "store/documentlogrepository.h"

#include "store/sqlquery.h"

namespace libreta::store {

void DocumentLogRepository::add(const domain::DocumentWritten &d)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO documents_written (debtor_id, kind, written_at, written_by, printed) "
                                  "VALUES (:debtor, :kind, :at, :by, :printed)"))
        .bind(QStringLiteral(":debtor"), d.debtorId)
        .bind(QStringLiteral(":kind"), d.kind)
        .bind(QStringLiteral(":at"), d.writtenAt)
        .bind(QStringLiteral(":by"), d.writtenBy)
        .bind(QStringLiteral(":printed"), d.printed)
        .exec();
}

QList<domain::DocumentWritten> DocumentLogRepository::forDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, debtor_id, kind, written_at, written_by, printed FROM documents_written "
                                    "WHERE debtor_id = :debtor ORDER BY written_at DESC, id DESC"));
    q.bind(QStringLiteral(":debtor"), debtorId).exec();
    QList<domain::DocumentWritten> out;
    while (q.next()) {
        domain::DocumentWritten d;
        d.id = q.integer(0);
        d.debtorId = q.integer(1);
        d.kind = q.text(2);
        d.writtenAt = q.instant(3);
        d.writtenBy = q.optionalInteger(4);
        d.printed = q.integer(5) != 0;
        out.append(d);
    }
    return out;
}

} // namespace libreta::store
