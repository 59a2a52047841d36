#include "store/portfoliorepository.h"

#include "domain/entitycodes.h"
#include "domain/textfold.h"
#include "store/boundsql.h"
#include "store/portfolioconditions.h"
#include "store/portfoliosql.h"
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
//     common ("p" typed, an agent): a page of 60 is found in a hundred or
//     two rows; slow when they are rare or all at the far end of the order.
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
// for its text. The counts are kept while the search and filters stay the same
// (paging down, sorting again).

namespace libreta::store {

using namespace portfoliosql;

namespace {

// The rows of the sort order a probe looks among (see probePage): enough
// for a page of a filter that one debtor in ten matches.
constexpr int kProbeRows = 2000;

// The debtors a filter's density is sampled on: an estimate within a few
// points for the broad filters it is read for, at a few milliseconds.
constexpr int kSampleRows = 512;

// Leaves out the filter that makes source `kind`.
void clearFilter(PortfolioFilters &f, PortfolioConditions::SourceKind kind)
{
    using Kind = PortfolioConditions::SourceKind;
    switch (kind) {
    case Kind::Search: break;
    case Kind::Status: f.status.reset(); break;
    case Kind::Segment: f.segment.clear(); break;
    case Kind::Agent:
        f.agentId.reset();
        f.unassigned = false;
        break;
    case Kind::DoNotContact: f.doNotContact = false; break;
    case Kind::Aging: f.aging.reset(); break;
    case Kind::PromiseDue: f.promiseDue = false; break;
    case Kind::BrokenPromise: f.brokenPromise = false; break;
    }
}

} // namespace

PortfolioRepository::PortfolioRepository(Database &db) : m_db(db), m_countLimit(kCountLimit) {}

void PortfolioRepository::setWay(Way way) { m_way = way; }

// A query and its order: a filter's matches may sit at the top of one order
// and be spread through another.
QString PortfolioRepository::probeKey(const PortfolioQuery &query)
{
    return queryKey(query) + QStringLiteral("|%1|%2").arg(int(query.sort)).arg(int(query.ascending));
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
            counts.perSource.append(m_countLimit);
            continue;
        }
        BoundSql sql;
        const QString ids = sources.at(i).ids(sql);
        SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (") + ids + QStringLiteral(" LIMIT ") +
                             sql.param(m_countLimit) + u')');
        sql.bindTo(q);
        counts.perSource.append(q.execScalar());
    }
    m_counts = counts;
    // The word counts kept across keystrokes describe the file as it was:
    // once debtors were added (an import), or removed, they are counted anew.
    if (m_rangeCountsDebtors != counts.debtors) {
        m_rangeCounts.clear();
        m_rangeWordLists.clear();
        m_rangeCountsDebtors = counts.debtors;
    }
    if (words)
        countWords(conditions);
    return m_counts;
}

double PortfolioRepository::sampledDensity(const PortfolioQuery &query, const PortfolioQuery &filters,
                                           double searchShare)
{
    const qint64 debtors = m_counts.debtors;
    const bool sectioned = isSectioned(filters.sort);
    const QString key =
        queryKey(filters) + QStringLiteral("|%1|%2").arg(sectioned ? int(filters.sort) : -1).arg(debtors);
    auto kept = m_sampledSections.constFind(key);
    if (kept == m_sampledSections.cend()) {
        BoundSql sql;
        const QString step = sql.param(std::max<qint64>(1, debtors / kSampleRows));
        const QString last = sql.param(debtors);
        PortfolioConditions(filters).addTo(sql, QStringLiteral("d.id"));
        // Ids spread evenly from the first to the highest: they were given
        // in the order debtors came in, so the sample spans old and new.
        SqlQuery q(m_db,
                   QStringLiteral("WITH RECURSIVE sample(id) AS (SELECT %1 UNION ALL SELECT id + %1 FROM sample "
                                  "WHERE id + %1 <= %2) "
                                  "SELECT %4, count(*), coalesce(sum(%3), 0) FROM sample "
                                  "CROSS JOIN debtors d ON d.id = sample.id "
                                  "CROSS JOIN debtor_totals t ON t.debtor_id = d.id GROUP BY 1")
                       .arg(step, last, sql.conditionSql(), sectioned ? sectionColumn(filters) : QStringLiteral("NULL")));
        sql.bindTo(q);
        q.exec();
        QList<SampledSection> sections;
        while (q.next())
            sections.append({q.value(0), q.integer(1), q.integer(2)});
        if (m_sampledSections.size() > 64)
            m_sampledSections.clear();
        kept = m_sampledSections.insert(key, sections);
    }
    const QList<SampledSection> &sections = *kept;
    qint64 sampled = 0;
    for (const SampledSection &s : sections)
        sampled += s.sampled;
    if (sampled == 0)
        return searchShare;
    // Taken one standard deviation low, so a small section's few passes
    // (a sample of 20 in "renegotiate") do not make a long walk look short;
    // none passing says "fewer than one in the sample", not "none at all".
    const auto densityOf = [&](qint64 passed, qint64 of) {
        return std::max(double(passed) - std::sqrt(double(passed)), 0.5) / double(of) * searchShare;
    };
    if (!sectioned) {
        qint64 passed = 0;
        for (const SampledSection &s : sections)
            passed += s.passed;
        return densityOf(passed, sampled);
    }
    // Sorted by a column of few values, each section is walked in turn, and
    // a filter may be rare in the first (a broken promise among those to
    // remind): the rows walked to a page, section by section.
    const double perSampled = double(debtors) / double(sampled);
    double needed = kPageRows;
    double walked = 0;
    for (const QVariant &value : walkedSections(query)) {
        const auto s = std::find_if(sections.cbegin(), sections.cend(), [&](const SampledSection &x) {
            return x.value.isNull() ? value.isNull() : x.value.toString() == value.toString();
        });
        if (s == sections.cend() || s->sampled == 0)
            continue;
        const double rows = double(s->sampled) * perSampled;
        const double density = densityOf(s->passed, s->sampled);
        if (rows * density >= needed)
            return kPageRows / (walked + needed / density);
        walked += rows;
        needed -= rows * density;
    }
    return walked > 0 ? kPageRows / walked : searchShare;
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
        const bool inMatches = searched && (query.sort != PortfolioSort::Name || conditions.findsBeyondWords());
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
    const qint64 scatteredSearchCount =
        wordsCounted ? std::max<qint64>(1, counts.rangeRows + counts.phoneRows + counts.invoiceDebtors) : searchCount;
    int smallest = 0;
    double density = 1.0;  // of the matches among the rows walked, as if the conditions were independent
    double densityAtMost = 1.0;  // the same, a filter counted to the limit taken as all debtors
    double searchShare = 1.0;
    bool filterAtLimit = false;
    PortfolioQuery walkedFilters = query;  // the filters a walked row is tested on
    walkedFilters.search.clear();
    for (int i = 0; i < sources.size(); ++i) {
        if (counts.perSource.at(i) < counts.perSource.at(smallest))
            smallest = i;
        const Kind kind = sources.at(i).kind;
        if ((kind == Kind::Segment && lead == QLatin1String("segment")) ||
            (kind == Kind::Status && lead == QLatin1String("status")) || conditions.fixesSortedColumn(kind)) {
            clearFilter(walkedFilters.filters, kind);
            continue;  // the walked index (or section) holds only those
        }
        // A count that reached the limit says "at least": taken as twice
        // that, since such sets are often far larger.
        const bool isSearch = i == 0 && searched;
        const qint64 count = isSearch ? scatteredSearchCount : counts.perSource.at(i);
        const double share = double(count < m_countLimit ? count : 2 * m_countLimit) / n;
        density *= share;
        if (isSearch)
            searchShare = share;
        if (!isSearch && count >= m_countLimit)
            filterAtLimit = true;
        else
            densityAtMost *= share;
    }
    const qint64 smallestCount = counts.perSource.at(smallest);
    if (m_way == Way::Gather || smallestCount == 0)
        return {smallest, false};

    // A walk over the totals tests the search against the matches, read
    // once into memory, when there are not too many of them to read.
    // Walking the name order, only a phone or invoice number's matches are
    // cheaper to test that way: the name index holds the text tested,
    // while the phones' or invoices' set costs more per row than one lookup
    // in the matches.
    // No other index holds the text: testing it would read every walked debtor
    // at random ("maria" in the segment "Alto saldo" at a million debtors:
    // 4,700 rows, 0.1 s; with the matches, 15 ms).
    const bool inMatches = searched && searchCount < m_countLimit &&
                           (query.sort != PortfolioSort::Name || conditions.findsBeyondWords());
    // Whether a walked row must be looked up (a debtor or totals row read
    // at random) or the walked index answers alone: the name index holds
    // search_text, an index led by the filter holds that filter.
    const PortfolioFilters &f = query.filters;
    PortfolioFilters beyondLead = f;
    beyondLead.today = {};
    if (lead == QLatin1String("segment"))
        beyondLead.segment.clear();
    if (lead == QLatin1String("status") || query.sort == PortfolioSort::Status)
        beyondLead.status.reset();
    if (query.sort == PortfolioSort::Segment)
        beyondLead.segment.clear();
    if (query.sort == PortfolioSort::Agent) {
        beyondLead.agentId.reset();
        beyondLead.unassigned = false;
    }
    const bool lookupFree = beyondLead.isEmpty() &&
                            (spec.onDebtors ? query.sort == PortfolioSort::Name || inMatches
                                            : (!searched || inMatches));
    // Costs in random row reads; a step along an index is a fraction of one.
    const auto walkCostAt = [&](double share) {
        const double walked = share > 0 ? std::min(n, kPageRows / share) : n;
        return walked * (lookupFree ? 0.15 : 1.0) + (inMatches ? 0.3 * double(searchCount) : 0.0);
    };
    // Gathering the search's matches reads each one's debtors row (a wide
    // row, at random) to sort it: measured at a million debtors, 2.7 µs a
    // match for "maria" and 4.6 for a phone's, twice a totals row's.
    const double gatherRowCost = sources.at(smallest).kind == Kind::Search ? 3.0 : 1.5;
    const double gatherCost = gatherRowCost * double(smallestCount < m_countLimit ? smallestCount : 4 * m_countLimit);
    // A filter counted to the limit is a guess, and a broad one (the active
    // debtors: 81% of them) made "maria" among the active, sorted by
    // reference, gather its 13,241 matches (70 ms at a million debtors)
    // where a walk finds a page in 5 ms. When the guess decides, the
    // filters are tested on a sample of debtors instead (a few ms, kept
    // while the filters stay).
    if (searched && filterAtLimit && (walkCostAt(densityAtMost) < gatherCost) != (walkCostAt(density) < gatherCost))
        density = sampledDensity(query, walkedFilters, searchShare);
    // A probe of the order's first rows that came up short (filters, no
    // search) saw how often they match there. Filters tied to the order
    // match far less often than independent ones would (a debtor no one
    // may call is contacted last, so sorts last by last contact: 1 s of
    // walking at a million debtors): the walk is costed at what was seen,
    // at most.
    if (m_probeFailedFor == probeKey(query))
        density = std::min(density, double(m_probeFound + 1) / kProbeRows);
    const double walked = density > 0 ? std::min(n, kPageRows / density) : n;
    const double walkCost = walkCostAt(density);
    // Reading one word's range of debtor_words is a step along an index
    // per row, like a walk's, and so is reading the names it starts up to
    // a page of matches (measured at a million debtors: "maria" in 3 ms,
    // where gathering its matches took 35 and walking 19); other filters
    // read each row's debtor or totals.
    const double wordsRowCost = beyondLead.isEmpty() ? 0.15 : 1.15;
    // Read one word at a time, a range of few heavy words costs a page of
    // each at most, and the light words their few rows (one typed word;
    // others narrow each word's rows, read in order until a page of them
    // passes).
    // By their first letter, the debtors with a later word in the range
    // are dense among that letter's rows: about a page of them is read,
    // the other words and filters as in a walk (the term below).
    const double laterRows = counts.byInitials ? kPageRows
                             : counts.rangeWords.merged && conditions.words().size() == 1
                                 ? std::min(double(counts.rangeRows), double(counts.rangeWords.pageRowsAtMost))
                                 : double(counts.rangeRows);
    // A phone's matches are read whole along the digits index and sorted,
    // each a step like a word's row; an invoice number's debtors are read
    // at random, as a gather reads them.
    const double beyondWordsCost =
        double(counts.phoneRows) * wordsRowCost + double(counts.invoiceDebtors) * (wordsRowCost + 3.0);
    const double wordsCost = wordsCounted
                                 ? (laterRows + std::min(walked, kPageRows * 4)) * wordsRowCost + beyondWordsCost
                                 : std::numeric_limits<double>::infinity();
    // By initials and with no filter to look up, a page costs about two
    // pages of index steps wherever its matches sit, where the walk's cost
    // assumes them spread evenly: names that share a first word sit in
    // blocks whose later words rarely start what was typed ("Abarrotes …"
    // for "m": 10,554 names walked at a million debtors).
    if (counts.byInitials && beyondLead.isEmpty() && wordsCost < gatherCost)
        return {-1, false, true};
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
    const QString order = orderBy(spec, ascending);
    PortfolioConditions conditions(query);
    const bool inNullSection = spec.nullable && after && after->value.isNull();
    if (!inNullSection) {
        if (auto probed = probePage(query, conditions, after, limit))
            return *probed;
    }
    const Choice choice = choose(query, conditions);
    const int source = choice.source;
    using SearchTest = PortfolioConditions::SearchTest;
    if (choice.byWords)  // one word's two ranges, in the name order they carry
        return wordsPage(query, conditions, after, limit);
    conditions.setSearchTest(source == 0 && conditions.hasSearch() ? SearchTest::Implied
                             : choice.searchInMatches             ? SearchTest::InMatches
                                                                  : SearchTest::OnText);

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
        if (source >= 0) {
            const bool debtors = conditions.needsDebtors() || spec.onDebtors;
            const bool totals = conditions.needsTotals() || !spec.onDebtors;
            from = fromClause(u'(' + conditions.sources().at(source).ids(sql) + QStringLiteral(") s"), debtors, totals);
            conditions.addTo(sql, QStringLiteral("s.id"));
        } else {
            from = conditions.addWalkTo(sql, spec.onDebtors);
        }
        const QString greater = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
        if (nullSection) {
            sql.where(spec.column + QStringLiteral(" IS NULL"));
            if (inNullSection)
                sql.where(spec.idColumn + greater + sql.param(after->debtorId));
        } else {
            whereAfter(sql, spec, ascending, after);
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
    const QString key = probeKey(query);
    if (m_probeFailedFor == key)
        return std::nullopt;
    const SortSpec spec = specFor(query.sort);
    const bool ascending = query.ascending != spec.inverted;
    const QString order = orderBy(spec, ascending);
    // The last of the first kProbeRows rows of the order from the key, read
    // over its index alone; the walk stops there.
    const QString walked = spec.onDebtors ? QStringLiteral("debtors d") : QStringLiteral("debtor_totals t");
    BoundSql boundSql;
    whereAfter(boundSql, spec, ascending, after);
    SqlQuery bound(m_db, QStringLiteral("SELECT ") + spec.column + QStringLiteral(", ") + spec.idColumn +
                             QStringLiteral(" FROM ") + walked + boundSql.whereSql() + order +
                             QStringLiteral(" LIMIT 1 OFFSET ") + boundSql.param(kProbeRows - 1));
    boundSql.bindTo(bound);
    bound.exec();
    BoundSql sql;
    PortfolioConditions tested = conditions;
    tested.setSearchTest(PortfolioConditions::SearchTest::OnText);
    const QString from = tested.addWalkTo(sql, spec.onDebtors);
    whereAfter(sql, spec, ascending, after);
    if (bound.next())
        sql.where(QStringLiteral("(%1, %2)").arg(spec.column, spec.idColumn) +
                  (ascending ? QStringLiteral(" <= ") : QStringLiteral(" >= ")) +
                  QStringLiteral("(%1, %2)").arg(sql.param(bound.value(0)), sql.param(bound.value(1))));
    const QString page = QStringLiteral("SELECT ") + spec.idColumn + QStringLiteral(" AS id") + from +
                         sql.whereSql() + order + QStringLiteral(" LIMIT ") + sql.param(limit);
    QList<PortfolioRow> rows = readPage(sql, page, spec.column, order);
    if (rows.size() >= limit)
        return rows;
    m_probeFailedFor = key;
    m_probeFound = int(rows.size());
    return std::nullopt;
}

QList<PortfolioRow> PortfolioRepository::readPage(BoundSql &sql, const QString &page, const QString &keyColumn,
                                                  const QString &order)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + rowColumns() + QStringLiteral(", ") + keyColumn +
                         QStringLiteral(" FROM (") + page +
                         QStringLiteral(") page JOIN debtors d ON d.id = page.id "
                                        "JOIN debtor_totals t ON t.debtor_id = d.id "
                                        "LEFT JOIN users u ON u.id = d.assigned_agent_id") +
                         order);
    sql.bindTo(q);
    q.exec();
    QList<PortfolioRow> rows;
    while (q.next())
        rows.append(readRow(q, kRowColumnCount));
    return rows;
}

PortfolioSummary PortfolioRepository::summary(const PortfolioQuery &query)
{
    BoundSql sql;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(t.outstanding), 0)") + matching(query, sql));
    sql.bindTo(q);
    q.exec();
    PortfolioSummary s;
    if (q.next()) {
        s.count = q.integer(0);
        s.outstanding = q.money(1);
    }
    return s;
}

QString PortfolioRepository::matching(const PortfolioQuery &query, BoundSql &sql)
{
    PortfolioConditions conditions(query);
    const QList<PortfolioConditions::Source> sources = conditions.sources();
    // Every match is counted, so no way is instant when many match. With a
    // condition on debtors (agent, search, ...) the smallest indexed set is
    // the least to read, whatever its size; with conditions on the totals
    // only, one pass over debtor_totals (or its segment or status index)
    // reads less than looking each member of a set up.
    int source = -1;
    if ((conditions.needsDebtors() || conditions.filtersDebtors()) && !sources.isEmpty()) {
        const Counts &counts = countsFor(query, conditions);
        source = int(std::min_element(counts.perSource.cbegin(), counts.perSource.cend()) - counts.perSource.cbegin());
    }
    if (source == 0 && conditions.hasSearch())
        conditions.setSearchTest(PortfolioConditions::SearchTest::Implied);
    QString from;
    const bool gathered = source >= 0 && source < sources.size();
    if (gathered)
        from = fromClause(u'(' + sources.at(source).ids(sql) + QStringLiteral(") s"), conditions.needsDebtors(), true);
    else  // without a condition on debtors the totals table alone answers
        from = fromClause(QStringLiteral("debtor_totals t"), conditions.needsDebtors(), true);
    conditions.addTo(sql, gathered ? QStringLiteral("s.id") : QStringLiteral("t.debtor_id"));
    return from + sql.whereSql();
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
