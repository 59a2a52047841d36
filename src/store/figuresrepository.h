#pragma once

#include "domain/entities.h"
#include "domain/panelperiod.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <functional>

#include <optional>

namespace libreta::store {

class Database;

// The Panel's figures summed over some days (see schema 13,
// 0013_daily_figures.sql, for what each counts and whose it is).
struct PanelFigures {
    qint64 calls = 0;
    qint64 contacts = 0;  // the debtor or who decides payment answered
    qint64 promisesMade = 0;  // a payment plan is one
    domain::Money promised;   // a plan's instalments all together
    qint64 promisesKept = 0;  // of the promises whose date falls in the days
    qint64 promisesPartial = 0;
    qint64 promisesBroken = 0;
    domain::Money promisesPaid;  // paid towards those
    qint64 payments = 0;
    domain::Money recovered;
    // Taken off without money coming in: discounts, corrections, write-offs
    // (schema 20), for the debtor's agent when they were made.
    domain::Money adjusted;
    // The supervisors' reviews of the calls made in the days (schema 21):
    // how many, and per stage (presentation, listening, negotiation,
    // pre-close, close) the scores (0 to 5) added up and how many reviews
    // scored it. Read by agent only (byAgent): a call is an agent's.
    qint64 reviews = 0;
    std::array<qint64, domain::QualityReview::kStages> stagePoints{};
    std::array<qint64, domain::QualityReview::kStages> stagesScored{};
    // Every stage of every review together.
    qint64 reviewPoints() const;
    qint64 reviewStages() const;

    qint64 promisesResolved() const { return promisesKept + promisesPartial + promisesBroken; }
    // Another group's figures added to these (several agents' as one).
    PanelFigures &operator+=(const PanelFigures &other);
};

// Figures of one agent (0: nobody), one segment or one technique.
struct PanelLine {
    QString key;  // the agent's id, the segment, or the technique's code
    PanelFigures figures;
};

// The calls that used one technique, or recorded one reason for not
// paying, and what came of them.
struct CallResultLine {
    QString key;  // the technique's or the reason's code
    qint64 calls = 0;
    qint64 won = 0;  // of those, ended in a promise or a payment
    // The promises got in those calls (made in the period), and how those
    // whose date falls in the period ended (schemas 32 and 36).
    qint64 promisesMade = 0;
    domain::Money promised;
    qint64 promisesKept = 0;
    qint64 promisesPartial = 0;
    qint64 promisesBroken = 0;
    domain::Money promisesPaid;
    qint64 promisesResolved() const { return promisesKept + promisesPartial + promisesBroken; }
};

// What became of one agent's tasks and call-backs due in some days
// (schema 37; a promise's reminder and check are not among them).
struct FollowThroughLine {
    domain::Id agentId = 0;  // 0: assigned to nobody
    qint64 due = 0;
    qint64 doneOnTime = 0;  // done on or before the day it was due
    qint64 doneLate = 0;
    qint64 cancelled = 0;
    qint64 overdue = 0;  // of those still open, due before today
    // Moves of these to a later day made once their day had come (schema
    // 38), counted on the day they left: each also counts again as due on
    // its new day, where it may well be done "on time".
    qint64 putOff = 0;
    qint64 open() const { return due - doneOnTime - doneLate - cancelled; }
    // Those that should be done by now: on time, late, or still overdue.
    qint64 owed() const { return doneOnTime + doneLate + overdue; }
};

// One agent's figures (0: nobody) over one step of a period: a day, or
// the days of a month inside it (domain::periodSteps). The reviews are not
// read.
struct StepAgentLine {
    QDate from;  // the step's first and last days
    QDate to;
    domain::Id agentId = 0;
    PanelFigures figures;
};

// One kept row: a day, an agent (0 and no name: nobody) and a segment.
struct DailyFigureLine {
    QDate day;
    domain::Id agentId = 0;
    QString agentName;
    QString segment;
    PanelFigures figures;
};

// One kept row of the reviews' figures (schema 21): a day of calls and an
// agent (0 and no name: nobody), with the reviews of those calls.
struct DailyReviewLine {
    QDate day;
    domain::Id agentId = 0;
    QString agentName;
    PanelFigures figures;  // reviews, stagePoints and stagesScored only
};

// One kept row of the follow-through: a day due and an agent.
struct DailyFollowThroughLine {
    QDate day;
    QString agentName;  // empty: nobody
    FollowThroughLine figures;  // overdue is not worked out here
};

// The days (both included) and, optionally, one agent. The promises'
// results (kept, partly kept, broken, paid towards them) count only for
// the promises dated up to `resultsTo`, when given: those whose result is
// final (see domain::lastFinalPromiseDate); every other figure counts for
// all the days.
struct PanelScope {
    PanelScope(const QDate &first, const QDate &last, std::optional<domain::Id> agent,
               std::optional<QDate> resultsUpTo = std::nullopt)
        : from(first), to(last), agentId(agent), resultsTo(resultsUpTo)
    {
    }
    QDate from;
    QDate to;
    std::optional<domain::Id> agentId;
    std::optional<QDate> resultsTo;
};

// Reads the figures schema 13's triggers keep: a few rows per day (and, for
// the sums, per whole month: schema 29), never the calls, promises or
// payments themselves.
class FiguresRepository final {
public:
    explicit FiguresRepository(Database &db) : m_db(db) {}

    PanelFigures totals(const PanelScope &scope);
    // By agent (the key is the agent's id; "0" for nobody), highest money
    // recovered first, with the reviews of their calls.
    QList<PanelLine> byAgent(const PanelScope &scope);
    // By the debtors' segment, highest money recovered first.
    QList<PanelLine> bySegment(const PanelScope &scope);
    // The techniques used, most used first.
    QList<CallResultLine> byTechnique(const PanelScope &scope);
    // The reasons for not paying recorded in calls (their codes, as
    // calls.excuse_category), most recorded first (schema 36).
    QList<CallResultLine> byReason(const PanelScope &scope);
    // The tasks and call-backs due in the scope's days, by the agent they
    // are assigned to, most due first; what is still open and was due
    // before `today` is overdue (schema 37).
    QList<FollowThroughLine> followThrough(const PanelScope &scope, const QDate &today);
    // The figures of each of `steps` (days or months inside the scope's
    // days, in order), by agent: the Panel over time. The promises'
    // results count up to the scope's resultsTo, as everywhere.
    QList<StepAgentLine> bySteps(const PanelScope &scope, const QList<domain::DayRange> &steps);
    // Every kept row of the days, by day, agent and segment: what the
    // Panel's export writes.
    void daily(const PanelScope &scope, const std::function<void(const DailyFigureLine &)> &row);
    // Every kept row of the reviews' figures, by day and agent: what the
    // Scores tab's export writes.
    void dailyReviews(const PanelScope &scope, const std::function<void(const DailyReviewLine &)> &row);
    // Every kept row of the follow-through, by day due and agent: what the
    // Follow-through tab's export writes (schema 37).
    void dailyFollowThrough(const PanelScope &scope, const std::function<void(const DailyFollowThroughLine &)> &row);

private:
    QList<PanelLine> grouped(const PanelScope &scope, const QString &column);
    QList<CallResultLine> callResults(const PanelScope &scope, bool byReason);
    Database &m_db;
};

} // namespace libreta::store
