#include "store/portfoliorepository.h"

#include "domain/entitycodes.h"
#include "domain/textfold.h"
#include "store/sqlquery.h"

#include <algorithm>
#include <utility>

// What the search matches, and why (the limits are deliberate):
//
// The typed text is folded like debtors.search_text (no accents, no case, no
// punctuation: "Pérez" == "perez") and split in words. A debtor matches when
//   - the first word starts search_text, i.e. the first word of the name
//     (an index range on debtors_search_text: instant at any size), or
//   - the typed text holds a digit and starts its reference, as typed or in
//     capitals (an index range on the unique index of external_ref), or
//   - the text has no letters, at least kMinPhoneDigits digits, and they start
//     one of its phone numbers, as stored or after a Spanish-speaking
//     country's calling code ("55 1234" finds "+52 55-1234-5678"; an index
//     range on contact_phones_digits per code), or
//   - with searchInsideNames, the first word starts any later word of the
//     name, reference or tax id ("perez" finds "Juan Pérez"): a LIKE over the
//     covering search index: about 0.4 s at a million debtors, so
//     ui::PortfolioModel turns it off past 100,000 (kInsideNameSearchLimit);
// and every further typed word starts some word of search_text (checked only
// on the rows the first word already narrowed). Not found on purpose: words
// in the middle of a word ("erez"), phone numbers by their last digits, text
// in notes or calls. A full-text index (FTS5) would lift the inside-name
// limit at any size; it needs a schema step, proposed separately.

namespace libreta::store {
namespace {

constexpr int kMinPhoneDigits = 4;  // fewer would match a good part of a city's phones

// Calling codes tried in front of a national number typed without one:
// Mexico and Spain first (the demo and the first offices), then the rest of
// the Spanish-speaking market and the North American plan.
const QStringList &callingCodes()
{
    static const QStringList codes = {
        QStringLiteral("52"),  QStringLiteral("34"),  QStringLiteral("57"),  QStringLiteral("54"),
        QStringLiteral("56"),  QStringLiteral("51"),  QStringLiteral("58"),  QStringLiteral("593"),
        QStringLiteral("502"), QStringLiteral("503"), QStringLiteral("504"), QStringLiteral("505"),
        QStringLiteral("506"), QStringLiteral("507"), QStringLiteral("591"), QStringLiteral("595"),
        QStringLiteral("598"), QStringLiteral("1")};
    return codes;
}

struct SortSpec {
    QString column;  // the sort value
    QString idColumn;  // the tie-breaker on the same side, so one index covers both
    bool needsDebtors = false;
    bool nullable = false;
    bool inverted = false;  // more days past due == an older date
};

SortSpec specFor(PortfolioSort sort)
{
    switch (sort) {
    case PortfolioSort::Name:
        // search_text starts with the folded name: accent- and case-blind
        // order ("Álvarez" among the A's), and the index the search uses.
        return {QStringLiteral("d.search_text"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::ExternalRef:
        return {QStringLiteral("d.external_ref"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Outstanding:
        return {QStringLiteral("t.outstanding"), QStringLiteral("t.debtor_id"), false, false, false};
    case PortfolioSort::DaysPastDue:
        return {QStringLiteral("t.oldest_due_date"), QStringLiteral("t.debtor_id"), false, true, true};
    case PortfolioSort::LastContact:
        return {QStringLiteral("t.last_contact_at"), QStringLiteral("t.debtor_id"), false, true, false};
    case PortfolioSort::NextAction:
        return {QStringLiteral("t.next_action_date"), QStringLiteral("t.debtor_id"), false, true, false};
    }
    return {};
}

// WHERE clauses with their bound values, built per query.
struct Where {
    QStringList clauses;
    QList<std::pair<QString, QVariant>> values;
    bool needsDebtors = false;

    QString param(const QVariant &value)
    {
        const QString name = QStringLiteral(":p%1").arg(values.size());
        values.append({name, value});
        return name;
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    void bindTo(SqlQuery &q) const
    {
        for (const auto &[name, value] : values)
            q.bind(name, value);
    }
};

// [prefix, prefix + U+10FFFF): every text starting with `prefix` under the
// binary collation, as a range an index can walk (LIKE 'x%' would not use it).
QString prefixRange(Where &w, const QString &column, const QString &prefix)
{
    static const char32_t last = 0x10FFFF;
    return QStringLiteral("(%1 >= %2 AND %1 < %3)")
        .arg(column, w.param(prefix), w.param(QString(prefix + QString::fromUcs4(&last, 1))));
}

QString wordStartLike(Where &w, const QString &column, const QString &word)
{
    // Folded words hold no '%' or '_' (punctuation became spaces).
    return QStringLiteral("(' ' || %1) LIKE %2").arg(column, w.param(QString(QStringLiteral("% ") + word + u'%')));
}

void addSearch(Where &w, const QString &typed, bool insideNames)
{
    const QStringList words = domain::foldForSearch(typed).split(u' ', Qt::SkipEmptyParts);
    const QString digits = domain::phoneDigits(typed);
    const bool hasLetters = std::any_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isLetter(); });
    const bool phoneLike = !hasLetters && digits.size() >= kMinPhoneDigits;
    if (words.isEmpty())
        return;
    w.needsDebtors = true;

    QStringList anyOf;
    anyOf << prefixRange(w, QStringLiteral("d.search_text"), words.first());
    if (insideNames)
        anyOf << QStringLiteral("d.id IN (SELECT id FROM debtors WHERE %1)")
                     .arg(wordStartLike(w, QStringLiteral("search_text"), words.first()));
    // References carry digits; without one the ranges would only cost the
    // name order its index (SQLite then sorts every match).
    const QString ref = typed.trimmed();
    if (!digits.isEmpty()) {
        anyOf << prefixRange(w, QStringLiteral("d.external_ref"), ref);
        if (ref.toUpper() != ref)
            anyOf << prefixRange(w, QStringLiteral("d.external_ref"), ref.toUpper());
    }
    if (phoneLike) {
        QStringList ranges{prefixRange(w, QStringLiteral("p.digits"), digits)};
        for (const QString &code : callingCodes())
            if (!digits.startsWith(code))
                ranges << prefixRange(w, QStringLiteral("p.digits"), code + digits);
        anyOf << QStringLiteral("d.id IN (SELECT c.debtor_id FROM contact_phones p "
                                "JOIN contacts c ON c.id = p.contact_id WHERE %1)")
                     .arg(ranges.join(QStringLiteral(" OR ")));
    }
    w.clauses << QStringLiteral("(") + anyOf.join(QStringLiteral(" OR ")) + u')';

    // A phone number typed in groups ("55 1234 5678") is one number, not words.
    if (phoneLike)
        return;
    for (qsizetype i = 1; i < words.size(); ++i)
        w.clauses << wordStartLike(w, QStringLiteral("d.search_text"), words.at(i));
}

Where whereFor(const PortfolioQuery &query)
{
    Where w;
    addSearch(w, query.search, query.searchInsideNames);
    const PortfolioFilters &f = query.filters;
    if (f.status) {
        w.clauses << QStringLiteral("d.status = ") + w.param(domain::toCode(*f.status));
        w.needsDebtors = true;
    }
    if (!f.segment.isEmpty()) {
        w.clauses << QStringLiteral("d.segment = ") + w.param(f.segment);
        w.needsDebtors = true;
    }
    if (f.agentId) {
        w.clauses << QStringLiteral("d.assigned_agent_id = ") + w.param(*f.agentId);
        w.needsDebtors = true;
    }
    if (f.aging) {
        const domain::DueDateRange range = domain::dueDateRangeFor(*f.aging, f.today);
        QStringList inRange;
        if (range.from)
            inRange << QStringLiteral("t.oldest_due_date >= ") + w.param(SqlQuery::dateText(*range.from));
        if (range.to)
            inRange << QStringLiteral("t.oldest_due_date <= ") + w.param(SqlQuery::dateText(*range.to));
        QString clause = inRange.join(QStringLiteral(" AND "));
        if (*f.aging == domain::AgingBucket::Current)  // nothing due counts as current
            clause = QStringLiteral("(t.oldest_due_date IS NULL OR ") + clause + u')';
        w.clauses << clause;
    }
    if (f.withBalanceOnly)
        w.clauses << QStringLiteral("t.outstanding > 0");
    return w;
}

QString fromClause(bool needsDebtors, bool debtorsFirst)
{
    if (!needsDebtors)
        return QStringLiteral(" FROM debtor_totals t");
    return debtorsFirst ? QStringLiteral(" FROM debtors d JOIN debtor_totals t ON t.debtor_id = d.id")
                        : QStringLiteral(" FROM debtor_totals t JOIN debtors d ON d.id = t.debtor_id");
}

const QString kRowColumns = QStringLiteral(
    "d.id, d.name, d.external_ref, d.segment, d.risk, d.value, d.status, u.display_name, "
    "t.outstanding, t.oldest_due_date, t.last_contact_at, t.next_action_date, t.open_promise_id, "
    "t.open_promise_amount, t.open_promise_date, t.last_promise_status, t.promises_kept, "
    "t.promises_broken, "
    "(SELECT c.profile_willing FROM calls c WHERE c.debtor_id = d.id AND c.profile_willing IS NOT NULL "
    " ORDER BY c.started_at DESC, c.id DESC LIMIT 1), "
    "(SELECT c.profile_able FROM calls c WHERE c.debtor_id = d.id AND c.profile_able IS NOT NULL "
    " ORDER BY c.started_at DESC, c.id DESC LIMIT 1)");

PortfolioRow readRow(const SqlQuery &q, int keyColumn)
{
    using namespace domain;
    PortfolioRow r;
    r.debtorId = q.integer(0);
    r.name = q.text(1);
    r.externalRef = q.text(2);
    r.segment = q.text(3);
    r.risk = fromCode<Level>(q.text(4)).value_or(Level::Medium);
    r.value = fromCode<Level>(q.text(5)).value_or(Level::Medium);
    r.status = fromCode<DebtorStatus>(q.text(6)).value_or(DebtorStatus::Active);
    r.agentName = q.text(7);
    r.outstanding = q.money(8);
    r.oldestDueDate = q.optionalDate(9);
    r.lastContactAt = q.optionalInstant(10);
    r.nextActionDate = q.optionalDate(11);
    r.openPromiseId = q.optionalInteger(12);
    r.openPromiseAmount = q.money(13);
    r.openPromiseDate = q.optionalDate(14);
    if (!q.isNull(15))
        r.lastPromiseStatus = fromCode<PromiseStatus>(q.text(15));
    r.promisesKept = int(q.integer(16));
    r.promisesBroken = int(q.integer(17));
    if (!q.isNull(18))
        r.willing = q.boolean(18);
    if (!q.isNull(19))
        r.able = q.boolean(19);
    r.key = {q.isNull(keyColumn) ? QVariant() : q.value(keyColumn), r.debtorId};
    return r;
}

} // namespace

QList<PortfolioRow> PortfolioRepository::fetchPage(const PortfolioQuery &query,
                                                   const std::optional<PortfolioKey> &after, int limit)
{
    const SortSpec spec = specFor(query.sort);
    const bool ascending = query.ascending != spec.inverted;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString order = QStringLiteral(" ORDER BY ") + spec.column + direction + QStringLiteral(", ") +
                          spec.idColumn + direction;

    // Rows with no sort value come last in either direction ("no next
    // action" is never the most urgent): two sections, each an index range.
    // The first page starts in the valued section; a key with a null value
    // is already in the trailing one.
    const bool inNullSection = spec.nullable && after && after->value.isNull();
    QList<PortfolioRow> rows;
    for (const bool nullSection : {false, true}) {
        if ((nullSection && !spec.nullable) || (!nullSection && inNullSection) || rows.size() >= limit)
            continue;
        Where w = whereFor(query);
        const QString greater = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
        if (nullSection) {
            w.clauses << spec.column + QStringLiteral(" IS NULL");
            if (inNullSection)
                w.clauses << spec.idColumn + greater + w.param(after->debtorId);
        } else if (after) {
            // A row value comparison walks the (column, id) index from the key.
            w.clauses << QStringLiteral("(%1, %2)").arg(spec.column, spec.idColumn) + greater +
                             QStringLiteral("(%1, %2)").arg(w.param(after->value), w.param(after->debtorId));
        } else if (spec.nullable) {
            w.clauses << spec.column + QStringLiteral(" IS NOT NULL");
        }
        const bool needsDebtors = w.needsDebtors || spec.needsDebtors;
        // Pick the page's ids first, over the narrow indexes; then read the
        // full rows (agent, last profile) for those ids only.
        const QString page = QStringLiteral("SELECT ") + spec.idColumn + QStringLiteral(" AS id") +
                             fromClause(needsDebtors, spec.needsDebtors) + w.sql() + order +
                             QStringLiteral(" LIMIT ") + w.param(limit - int(rows.size()));
        SqlQuery q(m_db, QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(", ") + spec.column +
                             QStringLiteral(" FROM (") + page +
                             QStringLiteral(") page JOIN debtors d ON d.id = page.id "
                                            "JOIN debtor_totals t ON t.debtor_id = d.id "
                                            "LEFT JOIN users u ON u.id = d.assigned_agent_id") +
                             order);
        w.bindTo(q);
        q.exec();
        while (q.next())
            rows.append(readRow(q, 20));
    }
    return rows;
}

PortfolioSummary PortfolioRepository::summary(const PortfolioQuery &query)
{
    const Where w = whereFor(query);
    // Without a condition on debtors the totals table alone answers, which
    // at a million rows is ten times faster than the join.
    SqlQuery q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(t.outstanding), 0)") +
                         fromClause(w.needsDebtors, false) + w.sql());
    w.bindTo(q);
    q.exec();
    PortfolioSummary s;
    if (q.next()) {
        s.count = q.integer(0);
        s.outstanding = q.money(1);
    }
    return s;
}

qint64 PortfolioRepository::debtorCount()
{
    return SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM debtor_totals")).execScalar();
}

qint64 PortfolioRepository::promisesDueOn(const QDate &date)
{
    return SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM promises WHERE status = 'pending' AND due_date = :d"))
        .bind(QStringLiteral(":d"), date)
        .execScalar();
}

} // namespace libreta::store
