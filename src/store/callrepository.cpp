#include "store/callrepository.h"

#include "domain/entitycodes.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {
template <typename E>
QVariant optionalCode(const std::optional<E> &v)
{
    return v ? QVariant(domain::toCode(*v)) : QVariant();
}

QVariant optionalBool(const std::optional<bool> &v)
{
    return v ? QVariant(qint64(*v ? 1 : 0)) : QVariant();
}

template <typename E>
std::optional<E> codeAt(const SqlQuery &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return domain::fromCode<E>(q.text(column));
}

std::optional<bool> boolAt(const SqlQuery &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.boolean(column);
}
} // namespace

domain::Id CallRepository::add(const domain::Call &c)
{
    const domain::Id id =
        SqlQuery(m_db, QStringLiteral(
                           "INSERT INTO calls (debtor_id, agent_id, contact_id, phone_dialled, started_at, "
                           "ended_at, answered_by, outcome, presentation_notes, listening_notes, "
                           "negotiation_notes, preclose_notes, close_notes, excuse_category, excuse_words, "
                           "excuse_kind, profile_willing, profile_able, preclose_answer, commitment_text, "
                           "commitment_confirmed, refusal_reason, next_step, script_id, script_version, "
                           "corrects_call_id, override_reason, alternative_offered, corrected_by, corrected_at) "
                           "VALUES (:debtor, :agent, :contact, :phone, "
                           ":started, :ended, :answered, :outcome, :n1, :n2, :n3, :n4, :n5, :excuse, :words, "
                           ":kind, :willing, :able, :preclose, :commitment, :confirmed, :refusal, :next, "
                           ":script, :script_version, :corrects, :override, :alternative, :corrected_by, "
                           ":corrected_at) RETURNING id"))
            .bind(QStringLiteral(":debtor"), c.debtorId)
            .bind(QStringLiteral(":agent"), c.agentId)
            .bind(QStringLiteral(":contact"), c.contactId)
            .bind(QStringLiteral(":phone"), c.phoneDialled)
            .bind(QStringLiteral(":started"), c.startedAt)
            .bind(QStringLiteral(":ended"), c.endedAt)
            .bind(QStringLiteral(":answered"), domain::toCode(c.answeredBy))
            .bind(QStringLiteral(":outcome"), domain::toCode(c.outcome))
            .bind(QStringLiteral(":n1"), c.notes.presentation)
            .bind(QStringLiteral(":n2"), c.notes.listening)
            .bind(QStringLiteral(":n3"), c.notes.negotiation)
            .bind(QStringLiteral(":n4"), c.notes.preClose)
            .bind(QStringLiteral(":n5"), c.notes.close)
            .bind(QStringLiteral(":excuse"), optionalCode(c.excuseCategory))
            .bind(QStringLiteral(":words"), c.excuseWords)
            .bind(QStringLiteral(":kind"), optionalCode(c.excuseKind))
            .bind(QStringLiteral(":willing"), optionalBool(c.willing))
            .bind(QStringLiteral(":able"), optionalBool(c.able))
            .bind(QStringLiteral(":preclose"), optionalCode(c.preCloseAnswer))
            .bind(QStringLiteral(":commitment"), c.commitmentText)
            .bind(QStringLiteral(":confirmed"), c.commitmentConfirmed)
            .bind(QStringLiteral(":refusal"), c.refusalReason)
            .bind(QStringLiteral(":next"), c.nextStep)
            .bind(QStringLiteral(":script"), c.scriptId)
            .bind(QStringLiteral(":script_version"), c.scriptVersion)
            .bind(QStringLiteral(":corrects"), c.correctsCallId)
            .bind(QStringLiteral(":override"), c.overrideReason)
            .bind(QStringLiteral(":alternative"), c.alternativeOffered)
            .bind(QStringLiteral(":corrected_by"), c.correctedBy)
            .bind(QStringLiteral(":corrected_at"), c.correctedAt)
            .execScalar();
    SqlQuery t(m_db, QStringLiteral("INSERT OR IGNORE INTO call_techniques (call_id, technique) VALUES (:c, :t)"));
    for (const QString &technique : c.techniques)
        t.bind(QStringLiteral(":c"), id).bind(QStringLiteral(":t"), technique).exec();
    return id;
}

namespace {

const QString kCallColumns = QStringLiteral(
    "SELECT id, agent_id, contact_id, phone_dialled, started_at, ended_at, answered_by, "
    "outcome, presentation_notes, listening_notes, negotiation_notes, preclose_notes, "
    "close_notes, excuse_category, excuse_words, excuse_kind, profile_willing, "
    "profile_able, preclose_answer, commitment_text, commitment_confirmed, "
    "refusal_reason, next_step, script_id, script_version, corrects_call_id, "
    "override_reason, alternative_offered, (SELECT group_concat(technique, '|') FROM call_techniques t "
    "WHERE t.call_id = calls.id), debtor_id, corrected_by, corrected_at FROM calls ");

domain::Call readCall(const SqlQuery &q)
{
    using namespace domain;
    Call c;
    c.id = q.integer(0);
    c.agentId = q.optionalInteger(1);
    c.contactId = q.optionalInteger(2);
    c.phoneDialled = q.text(3);
    c.startedAt = q.instant(4);
    if (!q.isNull(5))
        c.endedAt = q.instant(5);
    c.answeredBy = fromCode<AnsweredBy>(q.text(6)).value_or(AnsweredBy::Nobody);
    c.outcome = fromCode<CallOutcome>(q.text(7)).value_or(CallOutcome::NoAnswer);
    c.notes = {q.text(8), q.text(9), q.text(10), q.text(11), q.text(12)};
    c.excuseCategory = codeAt<ExcuseCategory>(q, 13);
    c.excuseWords = q.text(14);
    c.excuseKind = codeAt<ExcuseKind>(q, 15);
    c.willing = boolAt(q, 16);
    c.able = boolAt(q, 17);
    c.preCloseAnswer = codeAt<PreCloseAnswer>(q, 18);
    c.commitmentText = q.text(19);
    c.commitmentConfirmed = q.boolean(20);
    c.refusalReason = q.text(21);
    c.nextStep = q.text(22);
    c.scriptId = q.optionalInteger(23);
    c.scriptVersion = int(q.integer(24));
    c.correctsCallId = q.optionalInteger(25);
    c.overrideReason = q.text(26);
    c.alternativeOffered = q.boolean(27);
    if (!q.isNull(28))
        c.techniques = q.text(28).split(QLatin1Char('|'));
    c.debtorId = q.integer(29);
    c.correctedBy = q.optionalInteger(30);
    c.correctedAt = q.optionalInstant(31);
    return c;
}

} // namespace

QList<domain::Call> CallRepository::forDebtor(domain::Id debtorId)
{
    SqlQuery q(m_db, kCallColumns + QStringLiteral("WHERE debtor_id = :d ORDER BY started_at DESC, id DESC"));
    q.bind(QStringLiteral(":d"), debtorId).exec();
    QList<domain::Call> out;
    while (q.next())
        out.append(readCall(q));
    return out;
}

std::optional<domain::Call> CallRepository::byId(domain::Id callId)
{
    SqlQuery q(m_db, kCallColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), callId).exec();
    if (!q.next())
        return std::nullopt;
    return readCall(q);
}

std::optional<domain::Id> CallRepository::correctionOf(domain::Id debtorId, domain::Id callId)
{
    // Down the debtor's calls (tens of rows), not a scan of every call.
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM calls WHERE debtor_id = :d AND corrects_call_id = :c "
                                    "ORDER BY id DESC LIMIT 1"));
    q.bind(QStringLiteral(":d"), debtorId).bind(QStringLiteral(":c"), callId).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

std::optional<domain::Call> CallRepository::latestVersion(domain::Id debtorId, domain::Id callId)
{
    domain::Id latest = callId;
    while (const auto later = correctionOf(debtorId, latest))
        latest = *later;
    return byId(latest);
}

int CallRepository::attemptsSince(domain::Id debtorId, const QDateTime &sinceUtc)
{
    // Corrections re-describe an attempt; they are not new attempts.
    return int(SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM calls WHERE debtor_id = :d "
                                             "AND started_at >= :since AND corrects_call_id IS NULL"))
                   .bind(QStringLiteral(":d"), debtorId)
                   .bind(QStringLiteral(":since"), sinceUtc)
                   .execScalar());
}

} // namespace libreta::store
