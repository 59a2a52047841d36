#include "domain/callworksheet.h"

#include "domain/codes.h"
#include "domain/entitycodes.h"

#include <QJsonArray>

namespace libreta::domain {
namespace {

// Bumped when the shape changes in a way an older reader would misread; a
// draft of another format is not offered back (it is a convenience, not a
// record).
constexpr int kFormat = 1;

const CodeEntry<CallStage> kStages[] = {
    {CallStage::Presentation, "presentation"}, {CallStage::Listening, "listening"},
    {CallStage::Negotiation, "negotiation"},   {CallStage::PreClose, "preclose"},
    {CallStage::Close, "close"},
};

const CodeEntry<OptionKind> kOptionKinds[] = {
    {OptionKind::FullPayment, "full"},
    {OptionKind::PartNowRestLater, "part_now"},
    {OptionKind::Instalments, "instalments"},
    {OptionKind::NewDate, "new_date"},
};

const QString kDate = QStringLiteral("yyyy-MM-dd");

template <typename E>
void putCode(QJsonObject &o, const char *key, const std::optional<E> &v)
{
    if (v)
        o.insert(QLatin1String(key), toCode(*v));
}

template <typename E>
std::optional<E> codeAt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? fromCode<E>(v.toString()) : std::nullopt;
}

void putBool(QJsonObject &o, const char *key, const std::optional<bool> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

std::optional<bool> boolAt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

// Ids and money as strings: JSON numbers are doubles, and money never is.
void putInt(QJsonObject &o, const char *key, qint64 v) { o.insert(QLatin1String(key), QString::number(v)); }

qint64 intAt(const QJsonObject &o, const char *key, qint64 fallback = 0)
{
    bool ok = false;
    const qint64 v = o.value(QLatin1String(key)).toString().toLongLong(&ok);
    return ok ? v : fallback;
}

std::optional<qint64> optionalIntAt(const QJsonObject &o, const char *key)
{
    if (!o.contains(QLatin1String(key)))
        return std::nullopt;
    return intAt(o, key);
}

QString dateText(const QDate &d) { return d.isValid() ? d.toString(kDate) : QString(); }
QDate dateAt(const QJsonObject &o, const char *key) { return QDate::fromString(o.value(QLatin1String(key)).toString(), kDate); }
QString instantText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }
QDateTime instantAt(const QJsonObject &o, const char *key)
{
    QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject optionToJson(const PaymentOption &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), toCode(p.kind));
    putInt(o, "balance", p.balance.minor());
    o.insert(QStringLiteral("discount_percent"), p.discountPercent);
    o.insert(QStringLiteral("method"), toCode(p.method));
    o.insert(QStringLiteral("date"), dateText(p.date));
    putInt(o, "part_now", p.partNow.minor());
    o.insert(QStringLiteral("rest_date"), dateText(p.restDate));
    o.insert(QStringLiteral("instalments"), p.instalments);
    o.insert(QStringLiteral("frequency"), toCode(p.frequency));
    o.insert(QStringLiteral("first_date"), dateText(p.firstDate));
    putInt(o, "amount", p.amount.minor());
    o.insert(QStringLiteral("paid_now"), p.paidNow);
    o.insert(QStringLiteral("reference"), p.reference);
    return o;
}

PaymentOption optionFromJson(const QJsonObject &o)
{
    PaymentOption p;
    p.kind = codeAt<OptionKind>(o, "kind").value_or(OptionKind::FullPayment);
    p.balance = Money::fromMinor(intAt(o, "balance"));
    p.discountPercent = o.value(QStringLiteral("discount_percent")).toInt();
    p.method = codeAt<PaymentMethod>(o, "method").value_or(PaymentMethod::Transfer);
    p.date = dateAt(o, "date");
    p.partNow = Money::fromMinor(intAt(o, "part_now"));
    p.restDate = dateAt(o, "rest_date");
    p.instalments = o.value(QStringLiteral("instalments")).toInt(3);
    p.frequency = codeAt<PlanFrequency>(o, "frequency").value_or(PlanFrequency::Monthly);
    p.firstDate = dateAt(o, "first_date");
    p.amount = Money::fromMinor(intAt(o, "amount"));
    p.paidNow = o.value(QStringLiteral("paid_now")).toBool();
    p.reference = o.value(QStringLiteral("reference")).toString();
    return p;
}

} // namespace

QString toCode(CallStage stage) { return codeOf(kStages, stage); }
QString toCode(OptionKind kind) { return codeOf(kOptionKinds, kind); }
template <> std::optional<CallStage> fromCode<CallStage>(QStringView code) { return enumFromCode(kStages, code); }
template <> std::optional<OptionKind> fromCode<OptionKind>(QStringView code) { return enumFromCode(kOptionKinds, code); }

QJsonObject CallWorksheet::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    putInt(o, "debtor", debtorId);
    if (contactId)
        putInt(o, "contact", *contactId);
    o.insert(QStringLiteral("phone"), phone);
    o.insert(QStringLiteral("started_at"), instantText(startedAtUtc));
    putInt(o, "elapsed", elapsedSeconds);
    o.insert(QStringLiteral("stage"), toCode(stage));
    putCode(o, "answered_by", answeredBy);
    o.insert(QStringLiteral("cannot_talk_now"), cannotTalkNow);
    o.insert(QStringLiteral("notes"), QJsonArray{notes.presentation, notes.listening, notes.negotiation,
                                                 notes.preClose, notes.close});
    putCode(o, "excuse", excuseCategory);
    o.insert(QStringLiteral("excuse_words"), excuseWords);
    putCode(o, "excuse_kind", excuseKind);
    putBool(o, "willing", willing);
    putBool(o, "able", able);
    o.insert(QStringLiteral("techniques"), QJsonArray::fromStringList(techniques));
    if (option)
        o.insert(QStringLiteral("option"), optionToJson(*option));
    o.insert(QStringLiteral("replace_open_promises"), replaceOpenPromises);
    putCode(o, "preclose", preCloseAnswer);
    o.insert(QStringLiteral("alternative_offered"), alternativeOffered);
    o.insert(QStringLiteral("refusal_reason"), refusalReason);
    o.insert(QStringLiteral("next_step"), nextStep);
    o.insert(QStringLiteral("commitment"), commitmentText);
    o.insert(QStringLiteral("confirmed"), confirmed);
    if (callbackAtUtc)
        o.insert(QStringLiteral("callback_at"), instantText(*callbackAtUtc));
    o.insert(QStringLiteral("override_reason"), overrideReason);
    if (scriptId)
        putInt(o, "script", *scriptId);
    o.insert(QStringLiteral("script_version"), scriptVersion);
    return o;
}

std::optional<CallWorksheet> CallWorksheet::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return std::nullopt;
    CallWorksheet w;
    w.debtorId = intAt(o, "debtor");
    w.startedAtUtc = instantAt(o, "started_at");
    if (w.debtorId <= 0 || !w.startedAtUtc.isValid())
        return std::nullopt;
    w.contactId = optionalIntAt(o, "contact");
    w.phone = o.value(QStringLiteral("phone")).toString();
    w.elapsedSeconds = intAt(o, "elapsed");
    w.stage = codeAt<CallStage>(o, "stage").value_or(CallStage::Presentation);
    w.answeredBy = codeAt<AnsweredBy>(o, "answered_by");
    w.cannotTalkNow = o.value(QStringLiteral("cannot_talk_now")).toBool();
    const QJsonArray n = o.value(QStringLiteral("notes")).toArray();
    w.notes = {n.at(0).toString(), n.at(1).toString(), n.at(2).toString(), n.at(3).toString(), n.at(4).toString()};
    w.excuseCategory = codeAt<ExcuseCategory>(o, "excuse");
    w.excuseWords = o.value(QStringLiteral("excuse_words")).toString();
    w.excuseKind = codeAt<ExcuseKind>(o, "excuse_kind");
    w.willing = boolAt(o, "willing");
    w.able = boolAt(o, "able");
    for (const QJsonValue &t : o.value(QStringLiteral("techniques")).toArray())
        w.techniques << t.toString();
    if (o.value(QStringLiteral("option")).isObject())
        w.option = optionFromJson(o.value(QStringLiteral("option")).toObject());
    w.replaceOpenPromises = o.value(QStringLiteral("replace_open_promises")).toBool(true);
    w.preCloseAnswer = codeAt<PreCloseAnswer>(o, "preclose");
    w.alternativeOffered = o.value(QStringLiteral("alternative_offered")).toBool();
    w.refusalReason = o.value(QStringLiteral("refusal_reason")).toString();
    w.nextStep = o.value(QStringLiteral("next_step")).toString();
    w.commitmentText = o.value(QStringLiteral("commitment")).toString();
    w.confirmed = o.value(QStringLiteral("confirmed")).toBool();
    if (o.contains(QStringLiteral("callback_at")))
        w.callbackAtUtc = instantAt(o, "callback_at");
    w.overrideReason = o.value(QStringLiteral("override_reason")).toString();
    w.scriptId = optionalIntAt(o, "script");
    w.scriptVersion = o.value(QStringLiteral("script_version")).toInt();
    return w;
}

} // namespace libreta::domain
