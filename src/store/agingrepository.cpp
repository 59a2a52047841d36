#include "store/agingrepository.h"

#include "store/nativestatement.h"

#include <algorithm>
#include <vector>

namespace libreta::store {

using domain::AgingBucket;

namespace {

// One line being added up: its bucket and segment as SQLite gives them.
struct Group {
    int bucket = 0;
    QByteArray segment;
    qint64 debtors = 0;
    qint64 outstanding = 0;
};

} // namespace

QList<AgingLine> AgingRepository::lines(const AgingScope &scope)
{
    // The buckets' first due dates, from domain::dueDateRangeFor: the one
    // definition the portfolio's Age filter uses too. A debtor with no
    // due date is current.
    const auto from = [&scope](AgingBucket b) { return *domain::dueDateRangeFor(b, scope.today).from; };
    // The whole office is one pass over the totals table in its own order
    // (NOT INDEXED): left to itself SQLite walked the segment index and
    // fetched each row from it, and its GROUP BY sorted the 820,000
    // debtors who owe at a million; 3 to 6 s in all, where the pass takes
    // a tenth of a second. The lines, a few dozen, are added up here as
    // the rows go by. One agent's debtors are found through the debtors'
    // agent index, as SQLite chooses.
    const char *table = "debtor_totals t NOT INDEXED";
    QByteArray agent;
    if (scope.agentId) {
        table = "debtor_totals t";
        agent = *scope.agentId == 0
                    ? "AND t.debtor_id IN (SELECT id FROM debtors WHERE assigned_agent_id IS NULL)"
                    : "AND t.debtor_id IN (SELECT id FROM debtors WHERE assigned_agent_id = ?6)";
    }
    const QByteArray sql = QByteArray(
                               "SELECT CASE WHEN t.oldest_due_date IS NULL OR t.oldest_due_date >= ?1 THEN 0 "
                               "WHEN t.oldest_due_date >= ?2 THEN 1 WHEN t.oldest_due_date >= ?3 THEN 2 "
                               "WHEN t.oldest_due_date >= ?4 THEN 3 WHEN t.oldest_due_date >= ?5 THEN 4 ELSE 5 END, "
                               "t.segment, t.outstanding FROM ") +
                           table + " WHERE t.outstanding > 0 " + agent;
    NativeStatement q(nativeHandle(m_db), sql.constData());
    q.date(1, from(AgingBucket::Current))
        .date(2, from(AgingBucket::Days1To30))
        .date(3, from(AgingBucket::Days31To60))
        .date(4, from(AgingBucket::Days61To90))
        .date(5, from(AgingBucket::Days91To180));
    if (scope.agentId && *scope.agentId != 0)
        q.integer(6, *scope.agentId);

    std::vector<Group> groups;
    while (q.step()) {
        const int bucket = int(q.columnInteger(0));
        const QByteArrayView segment = q.columnUtf8(1);
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.bucket == bucket && QByteArrayView(g.segment) == segment;
        });
        if (group == groups.end()) {
            groups.push_back({bucket, segment.toByteArray(), 0, 0});
            group = groups.end() - 1;
        }
        ++group->debtors;
        group->outstanding += q.columnInteger(2);
    }
    // As ORDER BY bucket, segment would give them: segments byte by byte.
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.bucket != b.bucket ? a.bucket < b.bucket : a.segment < b.segment;
    });
    QList<AgingLine> out;
    out.reserve(qsizetype(groups.size()));
    for (const Group &g : groups) {
        AgingLine line;
        line.bucket = AgingBucket(g.bucket);
        line.segment = QString::fromUtf8(g.segment);
        line.debtors = g.debtors;
        line.outstanding = domain::Money::fromMinor(g.outstanding);
        out.append(line);
    }
    return out;
}

} // namespace libreta::store
