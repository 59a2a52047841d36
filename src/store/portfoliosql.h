#pragma once

#include "store/portfoliorepository.h"

#include <QString>

#include <optional>

// What the portfolio repository's files share (store-internal): how a sort
// order is read, how a statement's tables are joined, and the limits its
// choices are made with. portfoliorepository.cpp chooses and reads pages;
// portfoliowords.cpp reads a search in name order (schema 9);
// portfoliosections.cpp reads the orders of few values.
namespace libreta::store {
class BoundSql;
class SqlQuery;
}

namespace libreta::store::portfoliosql {

// Each indexed condition's set is counted up to this size: a few
// milliseconds of index reading, enough to tell a rare condition from a
// common one.
constexpr int kCountLimit = 50000;
// The rows a page needs (the model asks for 60 and one more).
constexpr double kPageRows = 61;
// A typed word's range of debtor_words holding up to this many words of
// more than kLightRows rows is read one word at a time: each word's rows
// are already in name order, so a page is its first rows of each, whatever
// their number ("garcia" is the later word of 11,550 debtors at a
// million). The words of kLightRows rows or fewer (a tax id is one
// debtor's: sixty start "garc" at a million) are read together and
// sorted. A range of more heavy words, or of more than kListedWords words
// in all ("ma": thousands), is read whole and sorted. Listing the words
// costs a step of the index each (about 6 µs), once per typed start.
constexpr int kMergedWords = 16;
constexpr int kLightRows = 4;
constexpr int kListedWords = 128;

struct SortSpec {
    QString column;  // the sort value
    QString idColumn;  // the tie-breaker on the same side, so one index covers both
    bool onDebtors = false;  // the order is an index on debtors, not on debtor_totals
    bool nullable = false;
    bool inverted = false;  // more days past due == an older date
};

SortSpec specFor(PortfolioSort sort);
// " ORDER BY column, id" in the direction the list runs (`ascending` after
// an inverted order is taken into account).
QString orderBy(const SortSpec &spec, bool ascending);
// The valued rows of the order that come after `after` (all of them with
// no key): a row value comparison walks the (column, id) index from the
// key. A nullable order lists its rows with no value apart, after these.
void whereAfter(BoundSql &sql, const SortSpec &spec, bool ascending, const std::optional<PortfolioKey> &after);
// Segment, risk, agent, status and approach: read section by section.
bool isSectioned(PortfolioSort sort);
// The suggested approach of the debtor in `d` (with its totals in `t`) on
// `today`: the column an order by approach is sectioned on.
QString approachColumn(const QDate &today);
// The column a sectioned order's sections are values of.
QString sectionColumn(const PortfolioQuery &query);
// The tables a statement reads, in the order given (see the definition).
QString fromClause(const QString &first, bool debtors, bool totals);
// The search and filters of a query, as one text: what counts are kept for.
QString queryKey(const PortfolioQuery &q);
// What a portfolio line shows, read from `d`, `t` and `u` (the agent):
// kRowColumnCount columns, in the order readRow() takes them.
QString rowColumns();
inline constexpr int kRowColumnCount = 22;
// A line from those columns, its key's sort value in column `keyColumn`.
PortfolioRow readRow(const SqlQuery &q, int keyColumn);

} // namespace libreta::store::portfoliosql
