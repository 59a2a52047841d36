#include "store/scriptrepository.h"

#include "domain/entitycodes.h"
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
            .bind(QStringLiteral(":now"), script.createdAt.isValid() ? script.createdAt : QDateTime::currentDateTimeUtc())
            .execScalar();
    SqlQuery stage(m_db, QStringLiteral("INSERT INTO script_stages (script_id, stage, body) VALUES (:s, :stage, :body)"));
    for (auto it = script.stages.cbegin(); it != script.stages.cend(); ++it)
        stage.bind(QStringLiteral(":s"), id).bind(QStringLiteral(":stage"), it.key()).bind(QStringLiteral(":body"), it.value()).exec();
    SqlQuery answer(m_db, QStringLiteral("INSERT INTO objection_answers (script_id, objection, answer) VALUES (:s, :o, :a)"));
    for (const auto &oa : script.objectionAnswers)
        answer.bind(QStringLiteral(":s"), id).bind(QStringLiteral(":o"), oa.first).bind(QStringLiteral(":a"), oa.second).exec();
    SqlQuery excuse(m_db, QStringLiteral("INSERT INTO script_excuses (script_id, category, position, label, "
                                         "suggested_kind, hint) VALUES (:s, :c, :p, :l, :k, :h)"));
    int position = 0;
    for (const ScriptExcuse &e : script.excuses)
        excuse.bind(QStringLiteral(":s"), id)
            .bind(QStringLiteral(":c"), domain::toCode(e.category))
            .bind(QStringLiteral(":p"), ++position)
            .bind(QStringLiteral(":l"), e.label)
            .bind(QStringLiteral(":k"), domain::toCode(e.suggestedKind))
            .bind(QStringLiteral(":h"), e.hint)
            .exec();
    SqlQuery technique(m_db, QStringLiteral("INSERT INTO script_techniques (script_id, code, position, label, "
                                            "description) VALUES (:s, :c, :p, :l, :d)"));
    position = 0;
    for (const ScriptTechnique &t : script.techniques)
        technique.bind(QStringLiteral(":s"), id)
            .bind(QStringLiteral(":c"), t.code)
            .bind(QStringLiteral(":p"), ++position)
            .bind(QStringLiteral(":l"), t.label)
            .bind(QStringLiteral(":d"), t.description)
            .exec();
    SqlQuery prompt(m_db, QStringLiteral("INSERT INTO script_prompts (script_id, stage, position, body) "
                                         "VALUES (:s, :stage, :p, :b)"));
    for (auto it = script.prompts.cbegin(); it != script.prompts.cend(); ++it) {
        position = 0;
        for (const QString &body : it.value())
            prompt.bind(QStringLiteral(":s"), id)
                .bind(QStringLiteral(":stage"), it.key())
                .bind(QStringLiteral(":p"), ++position)
                .bind(QStringLiteral(":b"), body)
                .exec();
    }
    return id;
}

std::optional<CallScript> ScriptRepository::activeScript(const QString &language)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM call_scripts WHERE active = 1 AND language = :lang "
                                    "ORDER BY id DESC LIMIT 1"));
    q.bind(QStringLiteral(":lang"), language).exec();
    if (!q.next())
        return std::nullopt;
    return byId(q.integer(0));
}

std::optional<CallScript> ScriptRepository::byId(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, version, language, created_by, created_at FROM call_scripts "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    CallScript s;
    s.id = q.integer(0);
    s.name = q.text(1);
    s.version = int(q.integer(2));
    s.language = q.text(3);
    if (!q.isNull(4))
        s.createdBy = q.integer(4);
    s.createdAt = q.instant(5);
    readCatalogues(s);
    return s;
}

void ScriptRepository::readCatalogues(CallScript &s)
{
    SqlQuery st(m_db, QStringLiteral("SELECT stage, body FROM script_stages WHERE script_id = :s"));
    st.bind(QStringLiteral(":s"), s.id).exec();
    while (st.next())
        s.stages.insert(st.text(0), st.text(1));
    SqlQuery oa(m_db, QStringLiteral("SELECT objection, answer FROM objection_answers WHERE script_id = :s ORDER BY id"));
    oa.bind(QStringLiteral(":s"), s.id).exec();
    while (oa.next())
        s.objectionAnswers.append({oa.text(0), oa.text(1)});
    SqlQuery ex(m_db, QStringLiteral("SELECT category, label, suggested_kind, hint FROM script_excuses "
                                     "WHERE script_id = :s ORDER BY position"));
    ex.bind(QStringLiteral(":s"), s.id).exec();
    while (ex.next()) {
        const auto category = domain::fromCode<domain::ExcuseCategory>(ex.text(0));
        if (!category)
            continue;
        s.excuses.append({*category, ex.text(1),
                          domain::fromCode<domain::ExcuseKind>(ex.text(2)).value_or(domain::ExcuseKind::Excuse),
                          ex.text(3)});
    }
    SqlQuery te(m_db, QStringLiteral("SELECT code, label, description FROM script_techniques "
                                     "WHERE script_id = :s ORDER BY position"));
    te.bind(QStringLiteral(":s"), s.id).exec();
    while (te.next())
        s.techniques.append({te.text(0), te.text(1), te.text(2)});
    SqlQuery pr(m_db, QStringLiteral("SELECT stage, body FROM script_prompts WHERE script_id = :s "
                                     "ORDER BY stage, position"));
    pr.bind(QStringLiteral(":s"), s.id).exec();
    while (pr.next())
        s.prompts[pr.text(0)].append(pr.text(1));
}

QStringList ScriptRepository::languages()
{
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT language FROM call_scripts ORDER BY language"));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

QHash<QString, QString> ScriptRepository::techniqueNames(const QString &language)
{
    SqlQuery q(m_db, QStringLiteral("SELECT t.code, t.label FROM script_techniques t "
                                    "JOIN call_scripts s ON s.id = t.script_id WHERE s.language = :lang "
                                    "ORDER BY s.version, s.id"));
    q.bind(QStringLiteral(":lang"), language).exec();
    QHash<QString, QString> names;
    while (q.next())
        names.insert(q.text(0), q.text(1));  // a later version's label wins
    return names;
}

} // namespace libreta::store
