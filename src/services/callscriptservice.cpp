#include "services/callscriptservice.h"

#include "domain/callworksheet.h"
#include "domain/labels.h"
#include "domain/scripttext.h"
#include "domain/textfold.h"
#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/scriptlibrary.h"
#include "services/supervision.h"
#include "store/database.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QLocale>
#include <QSet>

namespace libreta::services {
namespace {

QString joined(const QStringList &words) { return words.join(QStringLiteral(", ")); }

// A new technique's code, from its name: "Pregunta abierta" ->
// "pregunta_abierta", unique among `taken`. Calls store it, so it never
// changes once given, whatever the technique is called later.
QString codeFor(const QString &label, const QSet<QString> &taken)
{
    QString code;
    for (const QChar c : domain::foldForSearch(label))
        code += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    code = code.split(QLatin1Char('_'), Qt::SkipEmptyParts).join(QLatin1Char('_')).left(40);
    if (code.isEmpty())
        code = QStringLiteral("technique");
    QString unique = code;
    for (int n = 2; taken.contains(unique); ++n)
        unique = code + QLatin1Char('_') + QString::number(n);
    return unique;
}

// A list the office names entry by entry (its techniques, its reasons for
// not paying): each has a name, unique with accents and case apart as
// search reads them, and a line of explanation.
struct NamedEntry {
    QString name;
    QString detail;
};

// The messages of one list, translated by the caller: %1 is the entry's
// place, %2 the limit or the repeated name.
struct NamedListWords {
    QString noName;
    QString nameTooLong;
    QString detailTooLong;
    QString repeated;
};

void checkNamedList(const QList<NamedEntry> &entries, const QString &fieldPrefix, const NamedListWords &words)
{
    QSet<QString> seen;
    for (int i = 0; i < entries.size(); ++i) {
        const QString field = fieldPrefix + QLatin1Char('.') + QString::number(i + 1);
        const QString name = entries[i].name.trimmed();
        if (name.isEmpty())
            throw InputError(field, words.noName.arg(i + 1));
        if (name.size() > CallScriptService::kMaxLabelLength)
            throw InputError(field, words.nameTooLong.arg(i + 1).arg(CallScriptService::kMaxLabelLength));
        if (entries[i].detail.trimmed().size() > CallScriptService::kMaxDescriptionLength)
            throw InputError(field, words.detailTooLong.arg(i + 1).arg(CallScriptService::kMaxDescriptionLength));
        const QString key = domain::foldForSearch(name);
        if (seen.contains(key))
            throw InputError(field, words.repeated.arg(i + 1).arg(name));
        seen.insert(key);
    }
}

} // namespace

QString CallScriptService::stageLabel(const QString &code)
{
    // The five stages' codes are the call's own; the sixth is the script's.
    if (const auto stage = domain::fromCode<domain::CallStage>(code))
        return domain::label(*stage);
    return tr("Someone else answers");
}

bool CallScriptService::mayChange() { return maySupervise(m_db, m_userId); }

store::CallScript CallScriptService::current(const QString &language)
{
    return ScriptLibrary(m_db).scriptFor(language).value_or(store::CallScript());
}

QString CallScriptService::authorName(const store::CallScript &script)
{
    if (!script.createdBy)
        return {};
    const auto user = store::UserRepository(m_db).byId(*script.createdBy);
    return user ? user->displayName : QString();
}

void CallScriptService::check(const store::CallScript &edited)
{
    for (const QString &code : ScriptLibrary::stageCodes()) {
        const QString field = QStringLiteral("stage.") + code;
        const QString label = stageLabel(code);
        const QString text = edited.stages.value(code).trimmed();
        if (text.isEmpty())
            throw InputError(field, tr("%1: write what the agent says at this stage.").arg(label));
        if (text.size() > kMaxStageLength)
            throw InputError(field, tr("%1: at most %2 characters (it has %3).")
                                        .arg(label)
                                        .arg(QLocale().toString(kMaxStageLength), QLocale().toString(text.size())));
        if (const QStringList unknown = domain::unknownPlaceholders(text); !unknown.isEmpty())
            throw InputError(field, tr("%1: %2 are not something the script can fill in; it can use %3.", nullptr,
                                       int(unknown.size()))
                                        .arg(label, joined(unknown),
                                             joined(domain::scriptPlaceholders(edited.language))));
        // Someone who is not the debtor never hears about the debt: neither
        // in the neutral message nor in the presentation, read before the
        // agent knows who answered.
        if (const QStringList debt = domain::debtPlaceholders(text); !debt.isEmpty()) {
            if (code == QLatin1String("third_party"))
                throw InputError(field, tr("%1: %2 would tell someone else about the debt; leave them out.", nullptr,
                                           int(debt.size()))
                                            .arg(label, joined(debt)));
            if (code == QLatin1String("presentation"))
                throw InputError(field, tr("%1: %2 are read before the agent knows who answered, and would tell "
                                           "whoever it is about the debt; say them from Active listening on.",
                                           nullptr, int(debt.size()))
                                            .arg(label, joined(debt)));
        }
    }
    QSet<QString> objections;
    for (int i = 0; i < edited.objectionAnswers.size(); ++i) {
        const QString field = QStringLiteral("objection.%1").arg(i + 1);
        const QString objection = edited.objectionAnswers[i].first.trimmed();
        const QString answer = edited.objectionAnswers[i].second.trimmed();
        if (objection.isEmpty())
            throw InputError(field, tr("Objection %1: write what the debtor says.").arg(i + 1));
        if (answer.isEmpty())
            throw InputError(field, tr("Objection %1: write the office's answer to «%2».").arg(i + 1).arg(objection));
        if (objection.size() > kMaxObjectionLength)
            throw InputError(field, tr("Objection %1: at most %2 characters.").arg(i + 1).arg(kMaxObjectionLength));
        if (answer.size() > kMaxAnswerLength)
            throw InputError(field,
                             tr("Objection %1: the answer takes at most %2 characters.").arg(i + 1).arg(QLocale().toString(kMaxAnswerLength)));
        // Accents and case apart, as search reads them.
        const QString key = domain::foldForSearch(objection);
        if (objections.contains(key))
            throw InputError(field, tr("Objection %1: «%2» is already on the list.").arg(i + 1).arg(objection));
        objections.insert(key);
    }
    if (edited.techniques.size() > kMaxTechniques)
        throw InputError(QStringLiteral("technique"), tr("Techniques: at most %1.").arg(kMaxTechniques));
    QList<NamedEntry> techniques;
    for (const store::ScriptTechnique &t : edited.techniques)
        techniques.append({t.label, t.description});
    checkNamedList(techniques, QStringLiteral("technique"),
                   {tr("Technique %1: write its name."), tr("Technique %1: its name takes at most %2 characters."),
                    tr("Technique %1: what it means takes at most %2 characters."),
                    tr("Technique %1: «%2» is already on the list.")});
    QList<NamedEntry> reasons;
    for (const store::ScriptExcuse &r : edited.excuses)
        reasons.append({r.label, r.hint});
    checkNamedList(reasons, QStringLiteral("reason"),
                   {tr("Reason %1: write how the desk names it."), tr("Reason %1: its name takes at most %2 characters."),
                    tr("Reason %1: what to ask takes at most %2 characters."),
                    tr("Reason %1: «%2» is already on the list.")});
}

std::optional<int> CallScriptService::save(const store::CallScript &edited)
{
    if (!mayChange())
        throw InputError(QStringLiteral("script"),
                         tr("Only a supervisor or an administrator may change the office's call script."));
    check(edited);

    store::Transaction tx(m_db);
    store::ScriptRepository scripts(m_db);
    const std::optional<store::CallScript> base = edited.id ? scripts.byId(edited.id) : std::nullopt;
    if (!base)
        throw InputError(QStringLiteral("script"), tr("The script being edited is no longer in the office's file."));
    store::CallScript next = *base;
    for (const QString &code : ScriptLibrary::stageCodes())
        next.stages.insert(code, edited.stages.value(code).trimmed());
    next.objectionAnswers.clear();
    for (const auto &[objection, answer] : edited.objectionAnswers)
        next.objectionAnswers.append({objection.trimmed(), answer.trimmed()});
    // The techniques as listed: the ones kept keep their codes, new ones
    // get theirs.
    QSet<QString> codes;
    for (const store::ScriptTechnique &t : base->techniques)
        codes.insert(t.code);
    next.techniques.clear();
    for (const store::ScriptTechnique &t : edited.techniques) {
        QString code = t.code;
        if (code.isEmpty()) {
            code = codeFor(t.label, codes);
            codes.insert(code);
        }
        next.techniques.append({code, t.label.trimmed(), t.description.trimmed()});
    }
    // The reasons are the call's categories, each once: only their words
    // and first reading change.
    for (store::ScriptExcuse &reason : next.excuses)
        for (const store::ScriptExcuse &e : edited.excuses)
            if (e.category == reason.category) {
                reason.label = e.label.trimmed();
                reason.hint = e.hint.trimmed();
                reason.suggestedKind = e.suggestedKind;
            }
    if (next.stages == base->stages && next.objectionAnswers == base->objectionAnswers &&
        next.techniques == base->techniques && next.excuses == base->excuses)
        return std::nullopt;

    next.createdBy = m_userId;
    next.createdAt = m_clock.nowUtc();
    const domain::Id id = scripts.addVersion(next, m_userId);
    const auto stored = scripts.byId(id);
    int changedStages = 0;
    for (const QString &code : ScriptLibrary::stageCodes())
        changedStages += next.stages.value(code) != base->stages.value(code) ? 1 : 0;
    int changedReasons = 0;
    for (qsizetype i = 0; i < next.excuses.size() && i < base->excuses.size(); ++i)
        changedReasons += next.excuses[i] == base->excuses[i] ? 0 : 1;
    // Codes and numbers only, as every audit entry: the texts are in the
    // script's versions.
    AuditTrail(m_db, m_clock)
        .record(m_userId, QStringLiteral("script.changed"), QStringLiteral("call_script"), id,
                QStringLiteral("language=%1 version=%2 from=%3 stages_changed=%4 answers=%5 techniques=%6 "
                               "reasons_changed=%7")
                    .arg(next.language)
                    .arg(stored ? stored->version : 0)
                    .arg(base->version)
                    .arg(changedStages)
                    .arg(next.objectionAnswers.size())
                    .arg(next.techniques.size())
                    .arg(changedReasons));
    tx.commit();
    return stored ? std::optional<int>(stored->version) : std::nullopt;
}

} // namespace libreta::services
