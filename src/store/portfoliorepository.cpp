#include "store/portfoliorepository.h"

#include "domain/entitycodes.h"
#include "domain/textfold.h"
#include "store/boundsql.h"
#include "store/portfolioconditions.h"
#include "store/sqlquery.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

// How a page is read at a million debtors, and why:
//
// The conditions (portfolioconditions.h) are tested row by row; what
// differs is where the rows come from. Two ways:
//   - walk: follow the sort order's index from the last row shown and keep
//     the rows that match, until the page is full. Instant when matches are
//     common ("p" typed, an agent): a page of 200 is found in a few hundred
//     rows; slow when they are rare or all at the far end of the order.
//     A segment or status filter sorted by outstanding (or status by days
//     late) walks an index that starts with the filter instead: segments
//     are bands of balances, settled debtors owe nothing, so their rows do
//     sit at one end of those orders.
//   - gather: read a small set of debtors straight from an index (the
//     full-text matches of the search, "legal" status, do-not-contact,
//     promises due), test the other conditions and sort what is left.
//     Instant when the set is small; slow when it is large (it sorts it all).
// Which one: each indexed condition's set is counted up to kCountLimit (a
// capped count is a short index read), and the costs are compared in rows
// read at random: a walk reads about a page's rows divided by the share of
// debtors that match (the shares multiplied, as if independent), less when
// the walked index answers alone (the name index holds search_text; an
// index led by the segment holds the segment); a gather reads its set and
// sorts it. SQLite cannot make this choice itself: its statistics hold one
// average per index, not how rare "legal" or "perez" are. Sorted by totals,
// a walk tests the search against the full-text matches read once into
// memory (when they are under the limit) rather than reading each debtor
// for LIKE. The counts are kept while the search and filters stay the same
// (paging down, sorting again).

namespace libreta::store {
namespace {

// Each indexed condition's set is counted up to this size: a few
// milliseconds of index reading, enough to tell a rare condition from a
// common one.
constexpr int kCountLimit = 50000;
// The rows a page needs (the model asks for 200 and one more).
constexpr double kPageRows = 201;
// The rows of the sort order a probe looks among (see probePage): enough
// for a page of a filter that one debtor in ten matches.
constexpr int kProbeRows = 2000;

struct SortSpec {
    QString column;  // the sort value
    QString idColumn;  // the tie-breaker on the same side, so one index covers both
    bool onDebtors = false;  // the order is an index on debtors, not on debtor_totals
    bool nullable = false;
    bool inverted = false;  // more days past due == an older date
};

SortSpec specFor(PortfolioSort sort)
{
    switch (sort) {
    case PortfolioSort::Name:
        // search_text starts with the folded name: accent- and case-blind
        // order ("Álvarez" among the A's).
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
    case PortfolioSort::Promise:
        return {QStringLiteral("t.open_promise_date"), QStringLiteral("t.debtor_id"), false, true, false};
    case PortfolioSort::Segment:
        return {QStringLiteral("d.segment"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Risk:
        return {QStringLiteral("d.risk"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Agent:
        return {QStringLiteral("d.assigned_agent_id"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Status:
        return {QStringLiteral("d.status"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Approach:  // the column is approachColumn(), which needs the day
        return {QString(), QStringLiteral("d.id"), true, false, false};
    }
    return {};
}

// The suggested approach of the debtor in `d` (with its totals in `t`) on
// `today`, by the domain's own rule (approachfunction.h); NULL when nothing
// is owed. `today` is a date the program made, written as a literal.
QString approachColumn(const QDate &today)
{
    return QStringLiteral("libreta_approach(t.outstanding, t.oldest_due_date, '%1', d.risk, d.value, "
                          "t.promises_kept, t.promises_broken, t.last_willing, t.last_able)")
        .arg((today.isValid() ? today : QDate::currentDate()).toString(Qt::ISODate));
}

bool isSectioned(PortfolioSort sort)
{
    return sort == PortfolioSort::Segment || sort == PortfolioSort::Risk || sort == PortfolioSort::Agent ||
           sort == PortfolioSort::Status || sort == PortfolioSort::Approach;
}

// A sectioned order's values, first to last in ascending order; a null
// QVariant stands for "no value" (no agent), always the last section.
QVariantList sectionValues(Database &db, PortfolioSort sort, const QStringList &segments)
{
    QVariantList values;
    switch (sort) {
    case PortfolioSort::Segment:
        for (const QString &segment : segments)
            values.append(segment);
        values.append(QStringLiteral(""));  // debtors given no segment
        break;
    case PortfolioSort::Risk:
        for (const auto level : {domain::Level::Low, domain::Level::Medium, domain::Level::High})
            values.append(domain::toCode(level));
        break;
    case PortfolioSort::Status:
        // The work first: active, at the lawyer's, then the finished ones.
        for (const auto status : {domain::DebtorStatus::Active, domain::DebtorStatus::Legal,
                                  domain::DebtorStatus::Settled, domain::DebtorStatus::Closed})
            values.append(domain::toCode(status));
        break;
    case PortfolioSort::Approach:
        for (const auto approach : {domain::Approach::Remind, domain::Approach::Firm, domain::Approach::Renegotiate})
            values.append(domain::toCode(approach));
        values.append(QVariant());  // nothing owed, nothing to suggest
        break;
    case PortfolioSort::Agent: {
        SqlQuery q(db, QStringLiteral("SELECT id FROM users ORDER BY display_name, id"));
        q.exec();
        while (q.next())
            values.append(q.integer(0));
        values.append(QVariant());  // unassigned
        break;
    }
    default:
        break;
    }
    return values;
}

// The rank of section `i` of `values` for a page key: its place, except
// that "no value" (a null section) comes last whichever way the list runs,
// as in every other order.
int sectionRank(const QVariantList &values, int i, bool ascending)
{
    if (!values.at(i).isNull())
        return i;
    return ascending ? int(values.size()) : -1;
}

// A row's section rank (see sectionRank). A value no section holds (a
// segment added meanwhile) ranks after all of them.
QString rankExpression(const QString &column, const QVariantList &values, bool ascending, BoundSql &sql)
{
    // CASE x WHEN ... reads x once (it may be a function of the row); only a
    // row that matches no value reads it again, to tell "none" from unknown.
    QString expr = QStringLiteral("(CASE ") + column;
    int nullRank = ascending ? int(values.size()) : -1;
    for (int i = 0; i < values.size(); ++i)
        if (!values.at(i).isNull())
            expr += QStringLiteral(" WHEN %1 THEN %2").arg(sql.param(values.at(i))).arg(i);
    return expr + QStringLiteral(" ELSE (CASE WHEN %1 IS NULL THEN %2 ELSE %3 END) END)")
                      .arg(column)
                      .arg(nullRank)
                      .arg(ascending ? int(values.size()) + 1 : -2);
}

// The tables a statement reads, in the order given: CROSS JOIN keeps SQLite
// from reordering them, so the first one is where the rows come from.
QString fromClause(const QString &first, bool debtors, bool totals)
{
    QString from = QStringLiteral(" FROM ") + first;
    if (first.startsWith(QLatin1String("debtors"))) {
        if (totals)
            from += QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = d.id");
    } else if (first.startsWith(QLatin1String("debtor_totals"))) {
        if (debtors)
            from += QStringLiteral(" CROSS JOIN debtors d ON d.id = t.debtor_id");
    } else {  // a gathered set `s`
        if (debtors)
            from += QStringLiteral(" CROSS JOIN debtors d ON d.id = s.id");
        if (totals)
            from += debtors ? QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = d.id")
                            : QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = s.id");
    }
    return from;
}

QString queryKey(const PortfolioQuery &q)
{
    const PortfolioFilters &f = q.filters;
    return QStringList{q.search,
                       f.status ? domain::toCode(*f.status) : QString(),
                       f.segment,
                       f.agentId ? QString::number(*f.agentId) : QString(),
                       f.aging ? domain::agingBucketCode(*f.aging) : QString(),
                       f.today.toString(Qt::ISODate),
                       QString::number(int(f.unassigned) | int(f.withBalanceOnly) << 1 | int(f.brokenPromise) << 2 |
                                       int(f.promiseDue) << 3 | int(f.nothingScheduled) << 4 |
                                       int(f.doNotContact) << 5)}
        .join(QChar(0x1f));
}

const QString kRowColumns = QStringLiteral(
    "d.id, d.name, d.external_ref, d.segment, d.risk, d.value, d.status, u.display_name, "
    "t.outstanding, t.oldest_due_date, t.last_contact_at, t.next_action_date, t.open_promise_id, "
    "t.open_promise_amount, t.open_promise_date, t.last_promise_status, t.promises_kept, "
    "t.promises_broken, t.last_willing, t.last_able");

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

void PortfolioRepository::setWay(Way way) { m_way = way; }

// Whether a query's search is read from the name index and debtor_words:
// sorted by name, and not a phone number (phones are not words).
bool PortfolioRepository::byWordsPossible(const PortfolioQuery &query, const PortfolioConditions &conditions)
{
    return conditions.hasSearch() && query.sort == PortfolioSort::Name && conditions.wordsApply();
}

const PortfolioRepository::Counts &PortfolioRepository::countsFor(const PortfolioQuery &query,
                                                                 const PortfolioConditions &conditions)
{
    const bool words = byWordsPossible(query, conditions);
    const QString key = queryKey(query) + (words ? QStringLiteral("|words") : QString());
    if (m_counts.key == key && m_counts.debtors > 0)
        return m_counts;
    Counts counts;
    counts.key = key;
    // Ids are given in order and rarely deleted: the highest is close
    // enough to the count, and instant where count(*) reads every row.
    counts.debtors = std::max<qint64>(1, SqlQuery(m_db, QStringLiteral("SELECT max(debtor_id) FROM debtor_totals")).execScalar());
    const QList<PortfolioConditions::Source> sources = conditions.sources();
    for (int i = 0; i < sources.size(); ++i) {
        if (i == 0 && words) {
            // Counted from its two ranges below, not from the full-text index.
            counts.perSource.append(kCountLimit);
            continue;
        }
        BoundSql sql;
        const QString ids = sources.at(i).ids(sql);
        SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (") + ids + QStringLiteral(" LIMIT ") +
                             sql.param(kCountLimit) + u')');
        sql.bindTo(q);
        counts.perSource.append(q.execScalar());
    }
    m_counts = counts;
    // The word counts kept across keystrokes describe the file as it was:
    // once debtors were added (an import), or removed, they are counted anew.
    if (m_rangeCountsDebtors != counts.debtors) {
        m_rangeCounts.clear();
        m_rangeCountsDebtors = counts.debtors;
    }
    if (words)
        countWords(conditions);
    return m_counts;
}

qint64 PortfolioRepository::rowsUpTo(const QString &what, const QString &rows, BoundSql &sql, qint64 limit)
{
    // Kept per word across keystrokes ("maria l", "maria lo", ...) while
    // the debtors stay the same (see countsFor): the counts only steer the
    // choice of way, so one out of date costs speed at worst, never a row.
    const auto cached = m_rangeCounts.constFind(what);
    if (cached != m_rangeCounts.cend() && (cached->rows < cached->limit || cached->limit >= limit))
        return std::min(cached->rows, limit);
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + rows + QStringLiteral(" LIMIT ") +
                         sql.param(limit) + u')');
    sql.bindTo(q);
    const qint64 n = q.execScalar();
    if (m_rangeCounts.size() > 256)
        m_rangeCounts.clear();
    m_rangeCounts.insert(what, {n, limit});
    return n;
}

void PortfolioRepository::countWords(const PortfolioConditions &conditions)
{
    // Past about sqrt(a page × the debtors) later words, walking the name
    // order finds a page sooner than reading the range (each matches about
    // as often as the other reads a row): counting further tells nothing.
    const qint64 limit = std::clamp<qint64>(qint64(2 * std::sqrt(kPageRows * double(m_counts.debtors))), 2000,
                                            kCountLimit);
    // The word whose range is read: the one with the fewest later words
    // (in debtor_words), tried longest first, the rarest as a rule ("cli"
    // is in every reference), each counted no further than the smallest
    // so far. The names it starts are read from the name index.
    QStringList words = conditions.words();
    std::stable_sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_counts.rangeWord = words.first();
    m_counts.rangeRows = limit;
    for (const QString &word : words) {
        BoundSql sql;
        const qint64 rows = rowsUpTo(QStringLiteral("w ") + word,
                                     QStringLiteral("debtor_words w WHERE ") + PortfolioConditions::wordRange(sql, word),
                                     sql, m_counts.rangeRows);
        if (rows < m_counts.rangeRows) {
            m_counts.rangeWord = word;
            m_counts.rangeRows = rows;
        }
        if (rows < kPageRows)
            break;  // none can be much smaller
    }
    if (m_counts.rangeRows >= limit) {
        m_counts.nameStarts = -1;  // not read: the walk it is
        return;
    }
    BoundSql sql;
    m_counts.nameStarts = rowsUpTo(QStringLiteral("d ") + m_counts.rangeWord,
                                   QStringLiteral("debtors d WHERE ") +
                                       PortfolioConditions::nameStartRange(sql, m_counts.rangeWord),
                                   sql, kCountLimit);
    // The search's matches, at most: the range word's (the other words
    // only narrow them).
    m_counts.perSource[0] = std::min<qint64>(kCountLimit, m_counts.rangeRows + m_counts.nameStarts);
}

PortfolioRepository::Choice PortfolioRepository::choose(const PortfolioQuery &query,
                                                        const PortfolioConditions &conditions)
{
    using Kind = PortfolioConditions::SourceKind;
    const QList<PortfolioConditions::Source> sources = conditions.sources();
    const SortSpec spec = specFor(query.sort);
    const bool searched = !sources.isEmpty() && sources.first().kind == Kind::Search;
    // debtor_words holds every debtor's words beside its place in name order.
    const bool wordsPossible = byWordsPossible(query, conditions);
    if (m_way == Way::Words && wordsPossible) {
        countsFor(query, conditions);
        return {-1, false, true};
    }
    if (sources.isEmpty() || m_way == Way::Walk) {
        const bool inMatches = searched && (!spec.onDebtors || (conditions.phoneLike() && conditions.walksDebtors()));
        return {-1, inMatches && m_way == Way::Walk};
    }
    const Counts &counts = countsFor(query, conditions);
    const auto n = double(counts.debtors);
    const QString lead = conditions.leadingColumn();
    const qint64 searchCount = searched ? counts.perSource.first() : 0;
    // Sorted by name, the matches that start a name ("maria" in "María
    // López") sit together in one stretch of the order: a walk from the
    // top meets only the others (the later words) until it reaches them.
    // Only those count toward how often a walked row matches.
    const bool wordsCounted = wordsPossible && counts.nameStarts >= 0;
    const qint64 scatteredSearchCount = wordsCounted ? std::max<qint64>(1, counts.rangeRows) : searchCount;
    int smallest = 0;
    double density = 1.0;  // of the matches among the rows walked, as if the conditions were independent
    for (int i = 0; i < sources.size(); ++i) {
        if (counts.perSource.at(i) < counts.perSource.at(smallest))
            smallest = i;
        const Kind kind = sources.at(i).kind;
        if ((kind == Kind::Segment && lead == QLatin1String("segment")) ||
            (kind == Kind::Status && lead == QLatin1String("status")))
            continue;  // the walked index holds only those
        // A count that reached the limit says "at least": taken as twice
        // that, since such sets are often far larger.
        const qint64 count = i == 0 && searched ? scatteredSearchCount : counts.perSource.at(i);
        density *= double(count < kCountLimit ? count : 2 * kCountLimit) / n;
    }
    const qint64 smallestCount = counts.perSource.at(smallest);
    if (m_way == Way::Gather || smallestCount == 0)
        return {smallest, false};

    // A walk over the totals tests the search against the matches, read
    // once into memory, when there are not too many of them to read.
    // Walking the name or reference order, only a phone number's matches
    // are cheaper to test that way: its two LIKEs and the phones' set
    // cost more per row than one lookup in the matches.
    const bool inMatches = searched && searchCount < kCountLimit &&
                           (!spec.onDebtors || (conditions.phoneLike() && conditions.walksDebtors()));
    // Whether a walked row must be looked up (a debtor or totals row read
    // at random) or the walked index answers alone: the name index holds
    // search_text, an index led by the filter holds that filter.
    const PortfolioFilters &f = query.filters;
    PortfolioFilters beyondLead = f;
    beyondLead.today = {};
    if (lead == QLatin1String("segment"))
        beyondLead.segment.clear();
    if (lead == QLatin1String("status"))
        beyondLead.status.reset();
    const bool lookupFree = beyondLead.isEmpty() &&
                            (spec.onDebtors ? query.sort == PortfolioSort::Name || inMatches
                                            : (!searched || inMatches));
    // Costs in random row reads; a step along an index is a fraction of one.
    const double walked = density > 0 ? std::min(n, kPageRows / density) : n;
    const double walkCost = walked * (lookupFree ? 0.15 : 1.0) + (inMatches ? 0.3 * double(searchCount) : 0.0);
    // Gathering the search's matches reads each one's debtors row (a wide
    // row, at random) to sort it: measured at a million debtors, 2.7 µs a
    // match for "maria" and 4.6 for a phone's, twice a totals row's.
    const double gatherRowCost = sources.at(smallest).kind == Kind::Search ? 3.0 : 1.5;
    const double gatherCost = gatherRowCost * double(smallestCount < kCountLimit ? smallestCount : 4 * kCountLimit);
    // Reading one word's range of debtor_words is a step along an index
    // per row, like a walk's, and so is reading the names it starts up to
    // a page of matches (measured at a million debtors: "maria" in 3 ms,
    // where gathering its matches took 35 and walking 19); other filters
    // read each row's debtor or totals.
    const double wordsRowCost = beyondLead.isEmpty() ? 0.15 : 1.15;
    const double wordsCost = wordsCounted
                                 ? (double(counts.rangeRows) + std::min(walked, kPageRows * 4)) * wordsRowCost
                                 : std::numeric_limits<double>::infinity();
    if (wordsCost < walkCost && wordsCost < gatherCost)
        return {-1, false, true};
    if (gatherCost < walkCost)
        return {smallest, false};
    return {-1, inMatches};
}

QList<PortfolioRow> PortfolioRepository::fetchPage(const PortfolioQuery &query,
                                                   const std::optional<PortfolioKey> &after, int limit)
{
    if (isSectioned(query.sort))
        return fetchSectionedPage(query, after, limit);
    const SortSpec spec = specFor(query.sort);
    const bool ascending = query.ascending != spec.inverted;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString order = QStringLiteral(" ORDER BY ") + spec.column + direction + QStringLiteral(", ") +
                          spec.idColumn + direction;
    PortfolioConditions conditions(query);
    const bool inNullSection = spec.nullable && after && after->value.isNull();
    if (!inNullSection) {
        if (auto probed = probePage(query, conditions, after, limit))
            return *probed;
    }
    const Choice choice = choose(query, conditions);
    const int source = choice.source;
    using SearchTest = PortfolioConditions::SearchTest;
    if (choice.byWords)
        conditions.setRangeWord(m_counts.rangeWord);
    conditions.setSearchTest(choice.byWords                                ? SearchTest::InWords
                             : source == 0 && conditions.hasSearch() ? SearchTest::Implied
                             : choice.searchInMatches             ? SearchTest::InMatches
                                                                  : SearchTest::Like);

    // Rows with no sort value come last in either direction ("no next
    // action" is never the most urgent): two sections, each an index range.
    // The first page starts in the valued section; a key with a null value
    // is already in the trailing one.
    QList<PortfolioRow> rows;
    for (const bool nullSection : {false, true}) {
        if ((nullSection && !spec.nullable) || (!nullSection && inNullSection) || rows.size() >= limit)
            continue;
        if (!nullSection && spec.nullable && conditions.excludesValuesOf(query.sort))
            continue;
        BoundSql sql;
        QString from;
        const bool debtors = conditions.needsDebtors() || spec.onDebtors;
        const bool totals = conditions.needsTotals() || !spec.onDebtors;
        if (choice.byWords) {
            // One word's range, sorted by the name order it carries; a
            // debtor with two words in the range is one row of the page.
            return wordsPage(query, conditions, after, limit);
        }
        if (source >= 0)
            from = fromClause(u'(' + conditions.sources().at(source).ids(sql) + QStringLiteral(") s"), debtors, totals);
        else
            from = fromClause(spec.onDebtors ? QStringLiteral("debtors d") : QStringLiteral("debtor_totals t"),
                              debtors, totals);
        conditions.addTo(sql);
        const QString greater = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
        if (nullSection) {
            sql.where(spec.column + QStringLiteral(" IS NULL"));
            if (inNullSection)
                sql.where(spec.idColumn + greater + sql.param(after->debtorId));
        } else if (after) {
            // A row value comparison walks the (column, id) index from the key.
            sql.where(QStringLiteral("(%1, %2)").arg(spec.column, spec.idColumn) + greater +
                      QStringLiteral("(%1, %2)").arg(sql.param(after->value), sql.param(after->debtorId)));
        } else if (spec.nullable) {
            sql.where(spec.column + QStringLiteral(" IS NOT NULL"));
        }
        // Pick the page's ids first, over the narrow indexes; then read the
        // full rows (agent, last profile) for those ids only.
        const QString page = QStringLiteral("SELECT ") + spec.idColumn + QStringLiteral(" AS id") + from +
                             sql.whereSql() + order + QStringLiteral(" LIMIT ") +
                             sql.param(limit - int(rows.size()));
        rows += readPage(sql, page, spec.column, order);
    }
    return rows;
}

// Filters that many debtors match (an aging bucket, "with balance") fill
// a page within the first rows of the sort order: the page is looked for
// there first, walking no further than kProbeRows rows (the key of the
// last is one short read of the order's index), before anything is counted.
// Not a search: names cluster by their first word (the first 2,000 of a
// million are companies starting "abarrotes"), so its probe would mostly
// come up short; search has its own ways (debtor_words).
// Only a full page is an answer (the first matches in order are the first
// anywhere); a short one means the matches are rarer, and the counted
// choice takes over. A query whose probe came up short is not probed again
// while it stays the same (paging down).
std::optional<QList<PortfolioRow>> PortfolioRepository::probePage(const PortfolioQuery &query,
                                                                 const PortfolioConditions &conditions,
                                                                 const std::optional<PortfolioKey> &after, int limit)
{
    if (m_way != Way::Chosen || conditions.isEmpty() || conditions.hasSearch())
        return std::nullopt;
    // The order too: a filter's matches may sit at the top of one order
    // and be spread through another.
    const QString key = queryKey(query) + QStringLiteral("|%1|%2").arg(int(query.sort)).arg(int(query.ascending));
    if (m_probeFailedFor == key)
        return std::nullopt;
    const SortSpec spec = specFor(query.sort);
    const bool ascending = query.ascending != spec.inverted;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString order = QStringLiteral(" ORDER BY ") + spec.column + direction + QStringLiteral(", ") +
                          spec.idColumn + direction;
    // The last of the first kProbeRows rows of the order from the key, read
    // over its index alone; the walk stops there.
    const QString greater = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const auto fromKey = [&](BoundSql &sql) {
        if (after)
            sql.where(QStringLiteral("(%1, %2)").arg(spec.column, spec.idColumn) + greater +
                      QStringLiteral("(%1, %2)").arg(sql.param(after->value), sql.param(after->debtorId)));
        else if (spec.nullable)
            sql.where(spec.column + QStringLiteral(" IS NOT NULL"));
    };
    const QString walked = spec.onDebtors ? QStringLiteral("debtors d") : QStringLiteral("debtor_totals t");
    BoundSql boundSql;
    fromKey(boundSql);
    SqlQuery bound(m_db, QStringLiteral("SELECT ") + spec.column + QStringLiteral(", ") + spec.idColumn +
                             QStringLiteral(" FROM ") + walked + boundSql.whereSql() + order +
                             QStringLiteral(" LIMIT 1 OFFSET ") + boundSql.param(kProbeRows - 1));
    boundSql.bindTo(bound);
    bound.exec();
    BoundSql sql;
    fromKey(sql);
    if (bound.next())
        sql.where(QStringLiteral("(%1, %2)").arg(spec.column, spec.idColumn) +
                  (ascending ? QStringLiteral(" <= ") : QStringLiteral(" >= ")) +
                  QStringLiteral("(%1, %2)").arg(sql.param(bound.value(0)), sql.param(bound.value(1))));
    PortfolioConditions tested = conditions;
    tested.setSearchTest(PortfolioConditions::SearchTest::Like);
    tested.addTo(sql);
    const QString page = QStringLiteral("SELECT ") + spec.idColumn + QStringLiteral(" AS id") +
                         fromClause(walked, tested.needsDebtors() || spec.onDebtors,
                                    tested.needsTotals() || !spec.onDebtors) +
                         sql.whereSql() + order + QStringLiteral(" LIMIT ") + sql.param(limit);
    QList<PortfolioRow> rows = readPage(sql, page, spec.column, order);
    if (rows.size() >= limit)
        return rows;
    m_probeFailedFor = key;
    return std::nullopt;
}

QList<PortfolioRow> PortfolioRepository::readPage(BoundSql &sql, const QString &page, const QString &keyColumn,
                                                  const QString &order)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(", ") + keyColumn +
                         QStringLiteral(" FROM (") + page +
                         QStringLiteral(") page JOIN debtors d ON d.id = page.id "
                                        "JOIN debtor_totals t ON t.debtor_id = d.id "
                                        "LEFT JOIN users u ON u.id = d.assigned_agent_id") +
                         order);
    sql.bindTo(q);
    q.exec();
    QList<PortfolioRow> rows;
    while (q.next())
        rows.append(readRow(q, 20));
    return rows;
}

// Sorted by name, the matches of the range word (schema 9): the names it
// starts, a range of the name index, and the debtors with a later word in
// its range of debtor_words; each part's first rows, then the first of both.
QList<PortfolioRow> PortfolioRepository::wordsPage(const PortfolioQuery &query, PortfolioConditions &conditions,
                                                   const std::optional<PortfolioKey> &after, int limit)
{
    using SearchTest = PortfolioConditions::SearchTest;
    const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString greater = query.ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    BoundSql sql;
    const auto part = [&](const QString &text, const QString &id, const QString &from, const QString &range,
                          bool distinct) -> QString {
        sql.where(range);
        conditions.addTo(sql);
        if (after)
            sql.where(QStringLiteral("(%1, %2)").arg(text, id) + greater +
                      QStringLiteral("(%1, %2)").arg(sql.param(after->value), sql.param(after->debtorId)));
        return QStringLiteral("SELECT * FROM (SELECT %1%2 AS search_text, %3 AS id")
                   .arg(distinct ? QStringLiteral("DISTINCT ") : QString(), text, id) + from +
               sql.takeWhereSql() + QStringLiteral(" ORDER BY %1%3, %2%3 LIMIT ").arg(text, id, direction) +
               sql.param(limit) + u')';
    };
    // The names it starts: the other words tested on the name index's text.
    conditions.setSearchTest(SearchTest::Like);
    const QString starts = part(QStringLiteral("d.search_text"), QStringLiteral("d.id"),
                                fromClause(QStringLiteral("debtors d"), true, conditions.needsTotals()),
                                PortfolioConditions::nameStartRange(sql, m_counts.rangeWord), false);
    conditions.setSearchTest(SearchTest::InWords);
    QString from = QStringLiteral(" FROM debtor_words w");
    if (conditions.needsDebtors())
        from += QStringLiteral(" CROSS JOIN debtors d ON d.id = w.debtor_id");
    if (conditions.needsTotals())
        from += QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = w.debtor_id");
    const QString later = part(QStringLiteral("w.search_text"), QStringLiteral("w.debtor_id"), from,
                               PortfolioConditions::wordRange(sql, m_counts.rangeWord), true);
    // UNION: a debtor whose first word is also a later one is in both.
    const QString page = QStringLiteral("SELECT search_text, id FROM (") + starts + QStringLiteral(" UNION ") + later +
                         QStringLiteral(") ORDER BY search_text") + direction + QStringLiteral(", id") + direction +
                         QStringLiteral(" LIMIT ") + sql.param(limit);
    return readPage(sql, page, QStringLiteral("d.search_text"),
                    QStringLiteral(" ORDER BY d.search_text") + direction + QStringLiteral(", d.id") + direction);
}

// A sectioned order (segment, risk, agent, status): the key holds the
// section's rank. Walking, each section is its own index range (the value,
// then the id: SQLite appends the rowid to every index), read in turn until
// the page is full; gathering, the small set is sorted by rank and id.
QList<PortfolioRow> PortfolioRepository::fetchSectionedPage(const PortfolioQuery &query,
                                                            const std::optional<PortfolioKey> &after, int limit)
{
    SortSpec spec = specFor(query.sort);
    if (query.sort == PortfolioSort::Approach)
        spec.column = approachColumn(query.filters.today);
    const QVariantList values =
        sectionValues(m_db, query.sort, query.sort == PortfolioSort::Segment ? segments() : QStringList());
    const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString greater = query.ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    PortfolioConditions conditions(query);
    const Choice choice = choose(query, conditions);
    using SearchTest = PortfolioConditions::SearchTest;
    conditions.setSearchTest(choice.source == 0 && conditions.hasSearch() ? SearchTest::Implied : SearchTest::Like);
    const bool totals = conditions.needsTotals() || query.sort == PortfolioSort::Approach;

    // Reads the rows of one page query (`page` selects ids in order) with
    // everything a line shows, and their keys.
    QList<PortfolioRow> rows;
    const auto readPage = [&](BoundSql &sql, const QString &page) {
        const QString rank = rankExpression(spec.column, values, query.ascending, sql);
        SqlQuery q(m_db, QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(", ") + rank +
                             QStringLiteral(" FROM (") + page +
                             QStringLiteral(") page JOIN debtors d ON d.id = page.id "
                                            "JOIN debtor_totals t ON t.debtor_id = d.id "
                                            "LEFT JOIN users u ON u.id = d.assigned_agent_id ORDER BY ") +
                             rank + direction + QStringLiteral(", d.id") + direction);
        sql.bindTo(q);
        q.exec();
        while (q.next())
            rows.append(readRow(q, 20));
    };

    if (choice.source >= 0) {
        BoundSql sql;
        const QString from = fromClause(u'(' + conditions.sources().at(choice.source).ids(sql) + QStringLiteral(") s"),
                                        true, totals);
        conditions.addTo(sql);
        const QString rank = rankExpression(spec.column, values, query.ascending, sql);
        if (after)
            sql.where(u'(' + rank + QStringLiteral(", d.id)") + greater +
                      QStringLiteral("(%1, %2)").arg(sql.param(after->value), sql.param(after->debtorId)));
        readPage(sql, QStringLiteral("SELECT d.id AS id") + from + sql.whereSql() + QStringLiteral(" ORDER BY ") +
                          rank + direction + QStringLiteral(", d.id") + direction + QStringLiteral(" LIMIT ") +
                          sql.param(limit));
        return rows;
    }

    // The sections in the list's direction, "no value" last either way.
    QList<int> order, last;
    for (int i = 0; i < values.size(); ++i)
        (values.at(i).isNull() ? last : order).append(i);
    if (!query.ascending)
        std::reverse(order.begin(), order.end());
    order += last;
    const int afterRank = after ? after->value.toInt() : 0;
    bool reached = !after;
    for (const int section : order) {
        const bool afterSection = after && sectionRank(values, section, query.ascending) == afterRank;
        if (!reached) {
            if (!afterSection)
                continue;
            reached = true;
        }
        if (rows.size() >= limit)
            break;
        BoundSql sql;
        const QString from = fromClause(QStringLiteral("debtors d"), true, totals);
        conditions.addTo(sql);
        const QVariant &value = values.at(section);
        sql.where(value.isNull() ? QString(spec.column + QStringLiteral(" IS NULL"))
                                 : QString(spec.column + QStringLiteral(" = ") + sql.param(value)));
        if (afterSection)
            sql.where(QStringLiteral("d.id") + greater + sql.param(after->debtorId));
        readPage(sql, QStringLiteral("SELECT d.id AS id") + from + sql.whereSql() + QStringLiteral(" ORDER BY d.id") +
                          direction + QStringLiteral(" LIMIT ") + sql.param(limit - int(rows.size())));
    }
    return rows;
}

PortfolioSummary PortfolioRepository::summary(const PortfolioQuery &query)
{
    PortfolioConditions conditions(query);
    const QList<PortfolioConditions::Source> sources = conditions.sources();
    // Every match is counted, so no way is instant when many match. With a
    // condition on debtors (agent, search, ...) the smallest indexed set is
    // the least to read, whatever its size; with conditions on the totals
    // only, one pass over debtor_totals (or its segment or status index)
    // reads less than looking each member of a set up.
    int source = -1;
    if (conditions.needsDebtors() && !sources.isEmpty()) {
        const Counts &counts = countsFor(query, conditions);
        source = int(std::min_element(counts.perSource.cbegin(), counts.perSource.cend()) - counts.perSource.cbegin());
    }
    if (source == 0 && conditions.hasSearch())
        conditions.setSearchTest(PortfolioConditions::SearchTest::Implied);
    BoundSql sql;
    QString from;
    if (source >= 0 && source < sources.size())
        from = fromClause(u'(' + sources.at(source).ids(sql) + QStringLiteral(") s"), conditions.needsDebtors(), true);
    else  // without a condition on debtors the totals table alone answers
        from = fromClause(QStringLiteral("debtor_totals t"), conditions.needsDebtors(), true);
    conditions.addTo(sql);
    SqlQuery q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(t.outstanding), 0)") + from + sql.whereSql());
    sql.bindTo(q);
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

qint64 PortfolioRepository::debtorCountUpTo(qint64 limit)
{
    return SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM debtor_totals LIMIT :n)"))
        .bind(QStringLiteral(":n"), limit)
        .execScalar();
}

qint64 PortfolioRepository::promisesDueOn(const QDate &date)
{
    return SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM promises WHERE status = 'pending' AND due_date = :d"))
        .bind(QStringLiteral(":d"), date)
        .execScalar();
}

QStringList PortfolioRepository::segments()
{
    // One index seek per segment (a loose index scan), not a pass over
    // every debtor as DISTINCT would make.
    SqlQuery q(m_db, QStringLiteral(
        "WITH RECURSIVE seg(name) AS ("
        " SELECT min(segment) FROM debtors"
        " UNION ALL SELECT (SELECT min(segment) FROM debtors WHERE segment > seg.name) FROM seg"
        " WHERE seg.name IS NOT NULL) "
        "SELECT name FROM seg WHERE name IS NOT NULL AND name <> ''"));
    q.exec();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

} // namespace libreta::store
