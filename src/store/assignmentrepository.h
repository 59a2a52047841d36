#pragma once

#include "domain/entities.h"
#include "store/portfoliorepository.h"

namespace libreta::store {

class BoundSql;
class Database;

struct AssignmentCounts {
    qint64 debtors = 0;
    qint64 followUps = 0;
};

// Gives the debtors a portfolio query matches to agents, in one pass of
// SQL however many they are: largest outstanding first, dealt in turn, so
// each agent gets a like share of big and small balances. Store-internal
// statements; the caller holds the transaction.
class AssignmentRepository final {
public:
    explicit AssignmentRepository(Database &db) : m_db(db) {}

    // Each debtor the next assign() or assignChosen() moves to another
    // agent gets an entry of its own in the office's activity, by `userId`
    // at `atUtc`: "debtor.assign" with "from=ID to=ID" ("none": nobody),
    // so a supervisor reads who lost which debtor, and the debtor's
    // history says so, however many were moved in one statement.
    void recordMovesAs(std::optional<domain::Id> userId, const QDateTime &atUtc);

    // `agents` in the order they are dealt to (nullopt: nobody). With
    // `moveFollowUps`, a debtor's open follow-ups that were its previous
    // agent's (or nobody's) go with it to the new one.
    AssignmentCounts assign(const PortfolioQuery &query, const QList<std::optional<domain::Id>> &agents,
                            bool moveFollowUps);
    // The same for debtors picked one by one (the portfolio's selection);
    // with `onlyUnassigned`, those of them with no agent yet.
    AssignmentCounts assignChosen(const QList<domain::Id> &debtorIds, bool onlyUnassigned,
                                  const QList<std::optional<domain::Id>> &agents, bool moveFollowUps);
    qint64 countChosen(const QList<domain::Id> &debtorIds, bool onlyUnassigned);
    // What is someone's to work: the debtors assigned to them and the open
    // follow-ups assigned to them (on any debtor).
    AssignmentCounts workOf(domain::Id userId);
    // All of it given to `to` (nullopt: nobody), as one user leaves.
    AssignmentCounts handOver(domain::Id from, std::optional<domain::Id> to);

private:
    // The debtors `fromWhere` (a FROM clause on debtor_totals t, and its
    // WHERE, with `sql`'s values) gives, dealt to `agents` in turn.
    AssignmentCounts deal(const QString &fromWhere, BoundSql &sql, const QList<std::optional<domain::Id>> &agents,
                          bool moveFollowUps);
    static QString chosenSql(const QList<domain::Id> &debtorIds, bool onlyUnassigned, BoundSql &sql);

    Database &m_db;
    bool m_recordMoves = false;
    std::optional<domain::Id> m_mover;
    QDateTime m_movedAt;
};

} // namespace libreta::store
