#include "store/scriptrepository.h"

#include "store/sqlquery.h"

namespace libreta::store {

domain::Id ScriptRepository::addVersion(const CallScript &script, std::optional<domain::Id> author)
{
    const int version = int(SqlQuery(m_db, QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM call_scripts "
                                                          "WHERE name = :name"))
                                .bind(QStringLiteral(":name"), script.name)
                                .execScalar());
    SqlQuery(m_db, QStringLiteral("UPDATE call_scripts SET active = 0 WHERE name = :name"))
        .bind(QStringLiteral(":name"), script.name)
        .exec();
    const domain::Id id =
        SqlQuery(m_db, QStringLiteral("INSERT INTO call_scripts (name, version, language, active, created_by, created_at) "
                                      "VALUES (:name, :version, :lang, 1, :by, :now) RETURNING id"))
            .bind(QStringLiteral(":name"), script.name)
            .bind(QStringLiteral(":version"), version)
            .bind(QStringLiteral(":lang"), script.language)
            .bind(QStringLiteral(":by"), author)
            .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc())
            .execScalar();
    SqlQuery stage(m_db, QStringLiteral("INSERT INTO script_stages (script_id, stage, body) VALUES (:s, :stage, :body)"));
    for (auto it = script.stages.cbegin(); it != script.stages.cend(); ++it)
        stage.bind(QStringLiteral(":s"), id).bind(QStringLiteral(":stage"), it.key()).bind(QStringLiteral(":body"), it.value()).exec();
    SqlQuery answer(m_db, QStringLiteral("INSERT INTO objection_answers (script_id, objection, answer) VALUES (:s, :o, :a)"));
    for (const auto &oa : script.objectionAnswers)
        answer.bind(QStringLiteral(":s"), id).bind(QStringLiteral(":o"), oa.first).bind(QStringLiteral(":a"), oa.second).exec();
    return id;
}

std::optional<CallScript> ScriptRepository::activeScript(const QString &language)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, version, language FROM call_scripts "
                                    "WHERE active = 1 AND language = :lang ORDER BY id DESC LIMIT 1"));
    q.bind(QStringLiteral(":lang"), language).exec();
    if (!q.next())
        return std::nullopt;
    CallScript s;
    s.id = q.integer(0);
    s.name = q.text(1);
    s.version = int(q.integer(2));
    s.language = q.text(3);
    SqlQuery st(m_db, QStringLiteral("SELECT stage, body FROM script_stages WHERE script_id = :s"));
    st.bind(QStringLiteral(":s"), s.id).exec();
    while (st.next())
        s.stages.insert(st.text(0), st.text(1));
    SqlQuery oa(m_db, QStringLiteral("SELECT objection, answer FROM objection_answers WHERE script_id = :s ORDER BY id"));
    oa.bind(QStringLiteral(":s"), s.id).exec();
    while (oa.next())
        s.objectionAnswers.append({oa.text(0), oa.text(1)});
    return s;
}

} // namespace libreta::store
