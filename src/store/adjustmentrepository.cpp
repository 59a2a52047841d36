#include "store/adjustmentrepository.h"

#include "domain/entitycodes.h"
#include "store/sqlquery.h"

namespace libreta::store {

domain::Id AdjustmentRepository::add(const domain::Adjustment &j)
{
    const domain::Id id =
        SqlQuery(m_db, QStringLiteral("INSERT INTO adjustments (debtor_id, kind, amount, note, call_id, created_by, "
                                      "created_at) VALUES (:debtor, :kind, :amount, :note, :call, :by, :at) "
                                      "RETURNING id"))
            .bind(QStringLiteral(":debtor"), j.debtorId)
            .bind(QStringLiteral(":kind"), domain::toCode(j.kind))
            .bind(QStringLiteral(":amount"), j.amount)
            .bind(QStringLiteral(":note"), j.note)
            .bind(QStringLiteral(":call"), j.callId)
            .bind(QStringLiteral(":by"), j.createdBy)
            .bind(QStringLiteral(":at"), j.createdAt)
            .execScalar();
    SqlQuery line(m_db, QStringLiteral("INSERT INTO adjustment_lines (adjustment_id, invoice_id, amount) "
                                       "VALUES (:adjustment, :invoice, :amount)"));
    for (const domain::Allocation &l : j.lines)
        line.bind(QStringLiteral(":adjustment"), id)
            .bind(QStringLiteral(":invoice"), l.invoiceId)
            .bind(QStringLiteral(":amount"), l.amount)
            .exec();
    return id;
}

QList<domain::Adjustment> AdjustmentRepository::forDebtor(domain::Id debtorId)
{
    return read(QStringLiteral("debtor_id = :id ORDER BY created_at DESC, id DESC"), QStringLiteral(":id"), debtorId);
}

std::optional<domain::Adjustment> AdjustmentRepository::standingForCall(domain::Id callId)
{
    const auto found =
        read(QStringLiteral("call_id = :id AND withdrawn_at IS NULL"), QStringLiteral(":id"), callId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<domain::Adjustment> AdjustmentRepository::read(const QString &filter, const QString &name, domain::Id id)
{
    QList<domain::Adjustment> out;
    SqlQuery q(m_db, QStringLiteral("SELECT id, debtor_id, kind, amount, note, call_id, created_by, created_at, "
                                    "withdrawn_at FROM adjustments WHERE ") +
                         filter);
    q.bind(name, id).exec();
    while (q.next()) {
        domain::Adjustment j;
        j.id = q.integer(0);
        j.debtorId = q.integer(1);
        j.kind = domain::fromCode<domain::AdjustmentKind>(q.text(2)).value_or(domain::AdjustmentKind::Correction);
        j.amount = q.money(3);
        j.note = q.text(4);
        if (!q.isNull(5))
            j.callId = q.integer(5);
        if (!q.isNull(6))
            j.createdBy = q.integer(6);
        j.createdAt = q.instant(7);
        j.withdrawnAt = q.optionalInstant(8);
        out.append(j);
    }
    SqlQuery lines(m_db, QStringLiteral("SELECT invoice_id, amount FROM adjustment_lines WHERE adjustment_id = :a "
                                        "ORDER BY id"));
    for (auto &j : out) {
        lines.bind(QStringLiteral(":a"), j.id).exec();
        while (lines.next())
            j.lines.append({lines.integer(0), lines.money(1)});
    }
    return out;
}

bool AdjustmentRepository::withdraw(domain::Id adjustmentId, const QDateTime &atUtc)
{
    SqlQuery update(m_db, QStringLiteral("UPDATE adjustments SET withdrawn_at = :at "
                                         "WHERE id = :id AND withdrawn_at IS NULL"));
    update.bind(QStringLiteral(":at"), atUtc).bind(QStringLiteral(":id"), adjustmentId).exec();
    if (update.rowsAffected() != 1)
        return false;
    SqlQuery(m_db, QStringLiteral("DELETE FROM adjustment_lines WHERE adjustment_id = :id"))
        .bind(QStringLiteral(":id"), adjustmentId)
        .exec();
    return true;
}

} // namespace libreta::store
