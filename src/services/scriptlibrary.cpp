#include "services/scriptlibrary.h"

#include "domain/entitycodes.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

const QString kFolder = QStringLiteral(":/scripts");

QString text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); }

// The shipped files are part of the program: a malformed one is a build
// mistake, reported loudly rather than half-loaded.
store::CallScript parse(const QJsonObject &root, const QString &file)
{
    auto fail = [&file](const QString &what) {
        return store::StoreError(QStringLiteral("The default script %1 is malformed: %2").arg(file, what));
    };
    store::CallScript s;
    s.name = text(root, "name");
    s.language = text(root, "language");
    if (s.name.isEmpty() || s.language.isEmpty())
        throw fail(QStringLiteral("name or language missing"));
    const QJsonObject stages = root.value(QStringLiteral("stages")).toObject();
    for (const QString &stage : ScriptLibrary::stageCodes()) {
        const QString body = stages.value(stage).toString().trimmed();
        if (body.isEmpty())
            throw fail(QStringLiteral("stage %1 missing").arg(stage));
        s.stages.insert(stage, body);
    }
    const QJsonObject prompts = root.value(QStringLiteral("prompts")).toObject();
    for (auto it = prompts.begin(); it != prompts.end(); ++it) {
        if (!ScriptLibrary::stageCodes().contains(it.key()) || it.key() == QLatin1String("third_party"))
            throw fail(QStringLiteral("prompts for unknown stage %1").arg(it.key()));
        for (const QJsonValue &v : it.value().toArray())
            s.prompts[it.key()].append(v.toString().trimmed());
    }
    for (const QJsonValue &v : root.value(QStringLiteral("excuses")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto category = fromCode<ExcuseCategory>(text(o, "category"));
        const auto kind = fromCode<ExcuseKind>(text(o, "kind"));
        if (!category || !kind || text(o, "label").isEmpty())
            throw fail(QStringLiteral("excuse %1").arg(text(o, "category")));
        s.excuses.append({*category, text(o, "label"), *kind, text(o, "hint")});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("techniques")).toArray()) {
        const QJsonObject o = v.toObject();
        if (text(o, "code").isEmpty() || text(o, "label").isEmpty())
            throw fail(QStringLiteral("technique %1").arg(text(o, "code")));
        s.techniques.append({text(o, "code"), text(o, "label"), text(o, "description")});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("objections")).toArray()) {
        const QJsonObject o = v.toObject();
        if (text(o, "objection").isEmpty() || text(o, "answer").isEmpty())
            throw fail(QStringLiteral("objection without text or answer"));
        s.objectionAnswers.append({text(o, "objection"), text(o, "answer")});
    }
    return s;
}

} // namespace

QStringList ScriptLibrary::stageCodes()
{
    return {QStringLiteral("presentation"), QStringLiteral("listening"), QStringLiteral("negotiation"),
            QStringLiteral("preclose"),     QStringLiteral("close"),     QStringLiteral("third_party")};
}

QStringList ScriptLibrary::shippedLanguages()
{
    QStringList out;
    for (const QString &file : QDir(kFolder).entryList({QStringLiteral("default_*.json")}, QDir::Files, QDir::Name))
        out << file.mid(8, file.size() - 8 - 5);
    return out;
}

std::optional<store::CallScript> ScriptLibrary::shipped(const QString &language)
{
    const QString name = QStringLiteral("default_%1.json").arg(language);
    QFile file(kFolder + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        throw store::StoreError(QStringLiteral("The default script %1 is not valid JSON: %2").arg(name, error.errorString()));
    return parse(doc.object(), name);
}

int ScriptLibrary::installDefaults(std::optional<Id> author)
{
    store::Transaction tx(m_db);
    store::ScriptRepository scripts(m_db);
    const QStringList present = scripts.languages();
    int added = 0;
    for (const QString &language : shippedLanguages()) {
        if (present.contains(language))
            continue;
        if (const auto script = shipped(language)) {
            scripts.addVersion(*script, author);
            ++added;
        }
    }
    tx.commit();
    if (added > 0)
        spdlog::info("scripts: {} default scripts stored", added);
    return added;
}

std::optional<store::CallScript> ScriptLibrary::scriptFor(const QString &language)
{
    store::ScriptRepository scripts(m_db);
    if (auto script = scripts.activeScript(language))
        return script;
    installDefaults();
    for (const QString &candidate : {language, QStringLiteral("es")})
        if (auto script = scripts.activeScript(candidate))
            return script;
    for (const QString &other : scripts.languages())
        if (auto script = scripts.activeScript(other))
            return script;
    return std::nullopt;
}

} // namespace libreta::services
