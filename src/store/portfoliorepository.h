#pragma once

#include "domain/aging.h"
#include "domain/entities.h"

#include <QVariant>

namespace libreta::store {

class Database;

// What the portfolio list can be ordered by. Each one is backed by an index
// (debtors.search_text, debtors.external_ref, debtor_totals.*), so every
// page is an index range walk whatever the size of the file.
enum class PortfolioSort { Name, ExternalRef, Outstanding, DaysPastDue, LastContact, NextAction };

struct PortfolioFilters {
    std::optional<domain::DebtorStatus> status;
    QString segment;  // empty: any
    std::optional<domain::Id> agentId;
    std::optional<domain::AgingBucket> aging;  // as of `today`
    QDate today;
    bool withBalanceOnly = false;
};

struct PortfolioQuery {
    PortfolioSort sort = PortfolioSort::Name;
    bool ascending = true;
    // As typed. Folded by the store; see portfoliorepository.cpp for what
    // matches and what it costs.
    QString search;
    // Also match the first typed word at the start of a later word of the
    // name ("perez" finds "Juan Pérez"). Costs a scan of the search index:
    // fine for ordinary offices, slow past a few hundred thousand debtors.
    bool searchInsideNames = true;
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
    std::optional<QDate> oldestDueDate;
    std::optional<QDateTime> lastContactAt;  // UTC
    std::optional<QDate> nextActionDate;
    std::optional<domain::Id> openPromiseId;
    domain::Money openPromiseAmount;
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
    explicit PortfolioRepository(Database &db) : m_db(db) {}

    // Up to `limit` rows after `after` (from the start when empty).
    QList<PortfolioRow> fetchPage(const PortfolioQuery &query, const std::optional<PortfolioKey> &after,
                                  int limit);
    // How many debtors the query matches and what they owe, counted in SQL.
    PortfolioSummary summary(const PortfolioQuery &query);
    // Every debtor has exactly one totals row, so this is the fast count.
    qint64 debtorCount();
    // Pending promises due on `date`: the morning's work in one figure.
    qint64 promisesDueOn(const QDate &date);

private:
    Database &m_db;
};

} // namespace libreta::store
