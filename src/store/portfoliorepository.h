#pragma once

#include "domain/aging.h"
#include "domain/entities.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace libreta::store {

class BoundSql;
class Database;
class PortfolioConditions;

// What the portfolio list can be ordered by. Each one is backed by an index
// (debtors.search_text, debtors.external_ref, debtor_totals.*), so every
// page is an index range walk whatever the size of the file. Segment, risk,
// agent, status and the suggested approach take few values: they are read
// one value after another (segments and agents by name, risk and status in
// their own order, approaches remind, firm, renegotiate), each value's
// debtors by id. Promise orders the pending promises by date.
enum class PortfolioSort {
    Name, ExternalRef, Outstanding, DaysPastDue, LastContact, NextAction,
    Segment, Risk, Agent, Status, Promise, Approach
};

// What the portfolio is narrowed to. Every field left at its default
// narrows nothing; the fields that are set must all hold.
struct PortfolioFilters {
    std::optional<domain::DebtorStatus> status;
    QString segment;  // empty: any
    std::optional<domain::Id> agentId;
    bool unassigned = false;  // no agent assigned (agentId is then ignored)
    std::optional<domain::AgingBucket> aging;  // as of `today`
    QDate today;
    bool withBalanceOnly = false;
    // The last promise that ended was broken and no new one is pending: a
    // broken promise goes back to the top of the queue.
    bool brokenPromise = false;
    // A pending promise is due today or earlier: check whether it was paid.
    bool promiseDue = false;
    // Owes money, yet no follow-up is open and no promise is pending: no one
    // will call this debtor again unless someone notices.
    bool nothingScheduled = false;
    bool doNotContact = false;  // marked "do not contact"

    bool isEmpty() const;
    bool operator==(const PortfolioFilters &) const = default;
};

struct PortfolioQuery {
    PortfolioSort sort = PortfolioSort::Name;
    bool ascending = true;
    // As typed. Folded like debtors.search_text; see portfoliorepository.cpp
    // for what matches.
    QString search;
    PortfolioFilters filters;
};

// Where a page ended: the sort value of its last row and that row's id. A
// null value means the row sat in the trailing "no value" section (debtors
// with no last contact, no next action, nothing due).
struct PortfolioKey {
    QVariant value;
    domain::Id debtorId = 0;
};

// One line of the portfolio: the debtor, its totals and what the strategy
// needs to suggest an approach.
struct PortfolioRow {
    domain::Id debtorId = 0;
    QString name;
    QString externalRef;
    QString segment;
    domain::Level risk = domain::Level::Medium;
    domain::Level value = domain::Level::Medium;
    domain::DebtorStatus status = domain::DebtorStatus::Active;
    QString agentName;  // empty when unassigned
    domain::Money outstanding;
    domain::Money credit;  // paid beyond what is owed
    std::optional<QDate> oldestDueDate;
    std::optional<QDateTime> lastContactAt;  // UTC
    std::optional<QDate> nextActionDate;
    std::optional<domain::Id> openPromiseId;
    domain::Money openPromiseAmount;
    domain::Money openPromisePaid;  // what payments have covered of it so far
    std::optional<QDate> openPromiseDate;
    std::optional<domain::PromiseStatus> lastPromiseStatus;
    int promisesKept = 0;
    int promisesBroken = 0;
    std::optional<bool> willing;  // last profile an agent read, if any
    std::optional<bool> able;
    PortfolioKey key;  // for the query it was fetched with
};

struct PortfolioSummary {
    qint64 count = 0;
    domain::Money outstanding;
};

// The portfolio list, read in pages with keyset queries: never the whole
// table, never OFFSET (which re-reads every skipped row).
class PortfolioRepository final {
public:
    explicit PortfolioRepository(Database &db);

    // Up to `limit` rows after `after` (from the start when empty).
    QList<PortfolioRow> fetchPage(const PortfolioQuery &query, const std::optional<PortfolioKey> &after,
                                  int limit);
    // How many debtors the query matches and what they owe, counted in SQL.
    PortfolioSummary summary(const PortfolioQuery &query);
    // " FROM … WHERE …" of every debtor the query matches (its totals row
    // as `t`), its values bound to `sql`: for statements over all of them.
    QString matching(const PortfolioQuery &query, BoundSql &sql);
    // Every debtor has exactly one totals row, so this is the fast count.
    qint64 debtorCount();
    // The same, but reading no further than `limit` rows: whether a file is
    // large, without counting a million rows at start-up.
    qint64 debtorCountUpTo(qint64 limit);
    // Pending promises due on `date`: the morning's work in one figure.
    qint64 promisesDueOn(const QDate &date);
    // The segments debtors are in, in order (for the filter's choices).
    QStringList segments();
    // In an order of few values (segment, risk, agent, status, approach):
    // the rank of a row's section (from `d` and `t`), its values bound to
    // `sql`. Rows sorted by it, then by id, both in the query's direction,
    // come in the order the pages give them, keyed by the same rank.
    QString sectionRankOf(const PortfolioQuery &query, BoundSql &sql);

    // How pages are read (see portfoliorepository.cpp): chosen per query by
    // what it costs, or forced one way. Every way gives the same rows;
    // tests force each to prove it.
    enum class Way { Chosen, Walk, Gather, Words };
    void setWay(Way way);
    // How far each condition's set is counted (portfoliosql::kCountLimit):
    // tests lower it to reach it with a few thousand debtors.
    void setCountLimit(qint64 limit) { m_countLimit = limit; }

private:
    // A typed start's range of debtor_words, split by how its words' rows
    // are read in name order. A range of many words ("ma": thousands) is
    // read whole and sorted (merged is false). Otherwise each word with many
    // rows ("garcia") is read one at a time, in the name order its rows
    // already have, and the words of a few rows each (the tax ids starting
    // "garc") all together and sorted: a page costs a page of each heavy
    // word, and every light word's rows, at most.
    struct RangeWords {
        QStringList heavy;
        QStringList light;
        qint64 pageRowsAtMost = 0;  // of one typed word's page: the sum of each word's rows, a page at most
        bool merged = false;
    };
    // How many debtors each indexed condition picks out (counted up to a
    // limit), kept for the last search and filters: paging down and sorting
    // again must not count again.
    struct Counts {
        QString key;
        QList<qint64> perSource;  // in PortfolioConditions::sources() order
        qint64 debtors = 0;
        // Sorted by name, the typed word whose range of debtor_words (the
        // words after a name's first) is the smallest, its rows there (up
        // to the limit) and how many debtors' names start with it; -1: not
        // counted yet.
        QString rangeWord;
        qint64 rangeRows = -1;
        qint64 nameStarts = -1;
        // The distinct words of that range, as they are read.
        RangeWords rangeWords;
        // A range too wide to read word by word ("m", "ga"): the later words
        // are read by their first letter from debtor_initials (schema 40).
        bool byInitials = false;
        // The search's matches found otherwise, sorted by name with them:
        // the phones its digits start (up to the limit), and the debtors of
        // the invoice numbers it starts.
        qint64 phoneRows = 0;
        qint64 invoiceDebtors = 0;
    };
    struct Choice {
        int source = -1;  // gather from it; -1: walk the sort order
        bool searchInMatches = false;  // a walk tests the search against the matches, not the text
        bool byWords = false;  // read the search's matches in name order from debtor_words
    };
    const Counts &countsFor(const PortfolioQuery &query, const PortfolioConditions &conditions);
    static bool byWordsPossible(const PortfolioQuery &query, const PortfolioConditions &conditions);
    // Fills m_counts' range word, its rows and name starts, the phones and
    // invoices' debtors found beside them, and the search's count from them.
    void countWords(const PortfolioConditions &conditions);
    // The rows `rows` (a FROM clause with its WHERE) counted up to `limit`,
    // kept under the name `what`.
    qint64 rowsUpTo(const QString &what, const QString &rows, BoundSql &sql, qint64 limit);
    // The distinct words of debtor_words that start with `prefix`, each
    // with its rows counted up to a page, listed up to `listedAtMost`
    // (more: not merged); kept like the counts.
    RangeWords wordsStartingWith(const QString &prefix, int listedAtMost);
    bool sparseStatusSection(const PortfolioConditions &conditions, const PortfolioQuery &query,
                             const QVariant &status);
    QList<PortfolioRow> fetchSectionedPage(const PortfolioQuery &query, const std::optional<PortfolioKey> &after,
                                           int limit);
    Choice choose(const PortfolioQuery &query, const PortfolioConditions &conditions);
    // How often a debtor walked for `query` passes the filters of `filters`
    // (those it tests) and a search that `searchShare` of debtors match,
    // from the filters tested on kSampleRows debtors spread evenly over the
    // ids (kept for the same filters while the debtors stay as many).
    // Sorted by a column of few values, counted per section and walked in
    // the order of the sections `query` reads.
    double sampledDensity(const PortfolioQuery &query, const PortfolioQuery &filters, double searchShare);
    // A sectioned order's section values in the order a walk reads them,
    // without those a filter rules out (portfoliosections.cpp).
    QVariantList walkedSections(const PortfolioQuery &query);
    static QString probeKey(const PortfolioQuery &query);
    std::optional<QList<PortfolioRow>> probePage(const PortfolioQuery &query, const PortfolioConditions &conditions,
                                                 const std::optional<PortfolioKey> &after, int limit);
    QList<PortfolioRow> wordsPage(const PortfolioQuery &query, PortfolioConditions &conditions,
                                  const std::optional<PortfolioKey> &after, int limit);
    // The full rows of a page query's ids (`page` selects them as `id`),
    // with the sort value (`keyColumn`) that makes their keys.
    QList<PortfolioRow> readPage(BoundSql &sql, const QString &page, const QString &keyColumn, const QString &order);

    Database &m_db;
    Counts m_counts;
    struct RangeCount {
        qint64 rows = 0;
        qint64 limit = 0;  // counted no further: rows == limit means "at least"
    };
    QHash<QString, RangeCount> m_rangeCounts;
    QHash<QString, RangeWords> m_rangeWordLists;
    qint64 m_rangeCountsDebtors = 0;  // the highest debtor id when they were counted
    QString m_probeFailedFor;  // the query key whose probe came up short
    int m_probeFound = 0;  // and how many matches it saw in its kProbeRows rows
    struct SampledSection {
        QVariant value;
        qint64 sampled = 0;
        qint64 passed = 0;
    };
    // By the filters' key, the order's sections and the highest debtor id.
    QHash<QString, QList<SampledSection>> m_sampledSections;
    Way m_way = Way::Chosen;
    qint64 m_countLimit;
};

} // namespace libreta::store
