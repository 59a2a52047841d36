#include "store/portfoliorepository.h"

#include "store/boundsql.h"
#include "store/portfolioconditions.h"
#include "store/portfoliosql.h"
#include "store/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

// A search sorted by name, read from the name index and debtor_words
// (schema 9): the counts that choose the way, and the page itself.

namespace libreta::store {

using namespace portfoliosql;

namespace {

QString jsonList(const QStringList &texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

} // namespace

// Whether a query's search can be read in name order: sorted by name, the
// matches its words find from the name index and debtor_words (schema 9),
// those a phone finds from the digits index, which carries the debtor's
// search_text (schema 31), and those an invoice number finds (a thousand
// at most) from their debtors.
bool PortfolioRepository::byWordsPossible(const PortfolioQuery &query, const PortfolioConditions &conditions)
{
    return conditions.hasSearch() && query.sort == PortfolioSort::Name;
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

PortfolioRepository::RangeWords PortfolioRepository::wordsStartingWith(const QString &prefix, int listedAtMost)
{
    const QString key = QString::number(listedAtMost) + u' ' + prefix;
    const auto cached = m_rangeWordLists.constFind(key);
    if (cached != m_rangeWordLists.cend())
        return *cached;
    // One step of the index per word: each seek passes all of the word
    // before's rows at once, and its rows are counted no further than a
    // page (and one more, to tell a light word from a heavy one).
    static const char32_t last = 0x10FFFF;
    const QString end = prefix + QString::fromUcs4(&last, 1);
    const QString count = QStringLiteral(", (SELECT count(*) FROM (SELECT 1 FROM debtor_words x WHERE x.word = "
                                         "w.word LIMIT %1)) FROM debtor_words w WHERE ")
                              .arg(qint64(kPageRows));
    RangeWords words;
    QString previous;
    int listed = 0;
    for (; listed <= listedAtMost && words.heavy.size() <= kMergedWords; ++listed) {
        SqlQuery q(m_db, QStringLiteral("SELECT w.word") + count +
                             (listed == 0 ? QStringLiteral("w.word >= :from") : QStringLiteral("w.word > :from")) +
                             QStringLiteral(" AND w.word < :end ORDER BY w.word LIMIT 1"));
        q.bind(QStringLiteral(":from"), listed == 0 ? prefix : previous).bind(QStringLiteral(":end"), end).exec();
        if (!q.next())
            break;
        previous = q.text(0);
        const qint64 rows = q.integer(1);
        (rows > kLightRows ? words.heavy : words.light).append(previous);
        words.pageRowsAtMost += rows;
    }
    words.merged = listed <= listedAtMost && words.heavy.size() <= kMergedWords;
    if (m_rangeWordLists.size() > 256)
        m_rangeWordLists.clear();
    m_rangeWordLists.insert(key, words);
    return words;
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
    // A range counted to the limit ("g", "ma") is listed no further than
    // kMergedWords words: listing a long tail of light words, a seek each,
    // the first time a start is typed would cost more than the walk.
    m_counts.rangeWords =
        wordsStartingWith(m_counts.rangeWord, m_counts.rangeRows >= limit ? kMergedWords : kListedWords);
    // Too many words to read one at a time: the debtors with a later word
    // in the range are those of its first letter (debtor_initials) whose
    // text has such a word, in name order, as dense as a walk is sparse.
    // The names it starts are read from the name index, as above, up to a
    // page: counting them (tens of thousands for "m") would cost more.
    m_counts.byInitials = m_counts.rangeRows >= limit && !m_counts.rangeWords.merged;
    // A phone's matches are read whole from the digits index and sorted
    // (schema 31), an invoice number's debtors each at random: counted as
    // far as the words, past which the walk costs less anyway.
    if (conditions.phoneLike()) {
        BoundSql sql;
        m_counts.phoneRows = rowsUpTo(QStringLiteral("p ") + conditions.digits(),
                                      QStringLiteral("contact_phones p WHERE ") + conditions.phoneRange(sql), sql,
                                      limit);
        if (m_counts.phoneRows >= limit)
            m_counts.phoneRows = 4 * limit;  // "at least": such sets are often far larger
    }
    if (conditions.invoiceLike()) {
        BoundSql sql;
        m_counts.invoiceDebtors = rowsUpTo(QStringLiteral("i ") + conditions.invoiceKey(),
                                           u'(' + conditions.invoiceIds(sql) + u')', sql, limit);
    }
    BoundSql sql;
    m_counts.nameStarts = rowsUpTo(QStringLiteral("d ") + m_counts.rangeWord,
                                   QStringLiteral("debtors d WHERE ") +
                                       PortfolioConditions::nameStartRange(sql, m_counts.rangeWord),
                                   sql, m_counts.byInitials ? qint64(kPageRows) : qint64(kCountLimit));
    // The search's matches, at most: the range word's (the other words
    // only narrow them).
    m_counts.perSource[0] = std::min<qint64>(m_countLimit, m_counts.rangeRows + m_counts.nameStarts +
                                                               m_counts.phoneRows + m_counts.invoiceDebtors);
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
        conditions.addTo(sql, id);
        if (after)
            sql.where(QStringLiteral("(%1, %2)").arg(text, id) + greater +
                      QStringLiteral("(%1, %2)").arg(sql.param(after->value), sql.param(after->debtorId)));
        return QStringLiteral("SELECT * FROM (SELECT %1%2 AS search_text, %3 AS id")
                   .arg(distinct ? QStringLiteral("DISTINCT ") : QString(), text, id) + from +
               sql.takeWhereSql() + QStringLiteral(" ORDER BY %1%3, %2%3 LIMIT ").arg(text, id, direction) +
               sql.param(limit) + u')';
    };
    conditions.setRangeWord(m_counts.rangeWord);
    // The names it starts: the other words tested on the name index's text.
    conditions.setSearchTest(SearchTest::WordsOnText);
    const QString starts = part(QStringLiteral("d.search_text"), QStringLiteral("d.id"),
                                fromClause(QStringLiteral("debtors d"), true, conditions.needsTotals()),
                                PortfolioConditions::nameStartRange(sql, m_counts.rangeWord), false);
    conditions.setSearchTest(SearchTest::InWords);
    // debtor_initials' rows carry the same columns as debtor_words'.
    QString from = m_counts.byInitials ? QStringLiteral(" FROM debtor_initials w") : QStringLiteral(" FROM debtor_words w");
    if (conditions.needsDebtors())
        from += QStringLiteral(" CROSS JOIN debtors d ON d.id = w.debtor_id");
    if (conditions.needsTotals())
        from += QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = w.debtor_id");
    // The debtors with a later word in the range: a few heavy words' rows
    // one word at a time, each already in name order (no debtor has a word
    // twice), the light words' together, sorted; many words' at once,
    // sorted. The light words go in as one JSON list, so the statement's
    // text (and the statement prepared for it) is the same for any number.
    QString parts = starts;
    const RangeWords &range = m_counts.rangeWords;
    if (m_counts.byInitials) {
        // The range word's first letter, then every typed word (the range
        // word too: its letter alone is not it) tested on the row's text.
        // The letter as SQLite's substr() takes it: one character, two
        // UTF-16 units beyond the Basic Multilingual Plane.
        const QString &word = m_counts.rangeWord;
        const QString letter = word.left(word.size() > 1 && word.at(0).isHighSurrogate() ? 2 : 1);
        conditions.setRangeWord(QString());
        parts += QStringLiteral(" UNION ") + part(QStringLiteral("w.search_text"), QStringLiteral("w.debtor_id"),
                                                 from, QStringLiteral("w.letter = ") + sql.param(letter), false);
    } else if (range.merged) {
        const auto later = [&](const QString &which) {
            parts += QStringLiteral(" UNION ") +
                     part(QStringLiteral("w.search_text"), QStringLiteral("w.debtor_id"), from, which, false);
        };
        for (const QString &word : range.heavy)
            later(QStringLiteral("w.word = ") + sql.param(word));
        if (!range.light.isEmpty())
            later(QStringLiteral("w.word IN (SELECT value FROM json_each(") + sql.param(jsonList(range.light)) +
                  QStringLiteral("))"));
    } else {
        parts += QStringLiteral(" UNION ") + part(QStringLiteral("w.search_text"), QStringLiteral("w.debtor_id"), from,
                                                 PortfolioConditions::wordRange(sql, m_counts.rangeWord), true);
    }
    // The debtors a phone finds, in the name order the digits index
    // carries (schema 31); a debtor with two such phones, once.
    conditions.setSearchTest(SearchTest::Implied);
    if (conditions.phoneLike()) {
        QString phones = QStringLiteral(" FROM contact_phones p");
        if (conditions.needsTotals())
            phones += QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = p.debtor_id");
        parts += QStringLiteral(" UNION ") + part(QStringLiteral("p.search_text"), QStringLiteral("p.debtor_id"), phones,
                                                 conditions.phoneRange(sql), true);
    }
    // The debtors an invoice number finds: a thousand at most, each read.
    if (conditions.invoiceLike())
        parts += QStringLiteral(" UNION ") +
                 part(QStringLiteral("d.search_text"), QStringLiteral("d.id"),
                      fromClause(QStringLiteral("debtors d"), true, conditions.needsTotals()),
                      QStringLiteral("d.id IN (") + conditions.invoiceIds(sql) + u')', false);
    // UNION: a debtor whose first word is also a later one is in both, and
    // one with two later words of the range is in both words' rows.
    const QString page = QStringLiteral("SELECT search_text, id FROM (") + parts +
                         QStringLiteral(") ORDER BY search_text") + direction + QStringLiteral(", id") + direction +
                         QStringLiteral(" LIMIT ") + sql.param(limit);
    return readPage(sql, page, QStringLiteral("d.search_text"),
                    QStringLiteral(" ORDER BY d.search_text") + direction + QStringLiteral(", d.id") + direction);
}

} // namespace libreta::store
