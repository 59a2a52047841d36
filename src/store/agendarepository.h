#pragma once

#include "domain/agendagroup.h"
#include "store/agendaitem.h"

#include <QList>
#include <QMap>

namespace libreta::store {

class Database;

// Whose open follow-ups, due between which days.
struct AgendaScope {
    enum class Who { Everyone, Agent, Unassigned };
    Who who = Who::Everyone;
    domain::Id agentId = 0;  // for Who::Agent: the follow-ups assigned to this user
    QDate from;              // inclusive; invalid: no lower bound
    QDate to;                // inclusive; invalid: no upper bound
    // Only the items put off (schema 39): read and counted from the items
    // themselves through their own index, not from agenda_counts.
    bool putOffOnly = false;
    bool operator==(const AgendaScope &) const = default;
};

// The agenda read the way the screen shows it at a million debtors: one
// group at a time, a page at a time, with keyset queries walking the open
// follow-ups' indexes of schema 6 in the order shown; and counts read from
// the per-day counts the database keeps (agenda_counts). Nothing here reads
// a whole day (a day is 60,000 items for a large office), so a page and a
// count cost the same whatever the file's size.
class AgendaRepository final {
public:
    explicit AgendaRepository(Database &db) : m_db(db) {}

    // Up to `limit` items of `group` in `scope`, after `after` (from the
    // start when empty): by date, time and id, or the reverse when
    // `newestFirst` (what is left from earlier days: yesterday's first).
    QList<AgendaItem> page(const AgendaScope &scope, domain::AgendaGroup group, bool newestFirst,
                           const std::optional<AgendaKey> &after, int limit);
    qint64 count(const AgendaScope &scope, domain::AgendaGroup group);
    // Every group's count in one read (groups with none are left out).
    QMap<domain::AgendaGroup, qint64> counts(const AgendaScope &scope);
    // Every open item in scope, whatever its group.
    qint64 countAll(const AgendaScope &scope);
    // Open items per day of the scope's days (both bounds needed); days
    // with none are left out.
    QMap<QDate, int> countsPerDay(const AgendaScope &scope);
    // One item as the agenda shows it, open or not.
    std::optional<AgendaItem> item(domain::Id followUpId);
    // Open call-backs agreed for a time on `date`, with that time in
    // (after, upTo] (an invalid `after`: from the start of the day), in
    // time order: what a desk announces when their time comes.
    QList<AgendaItem> timedCallbacks(const AgendaScope &scope, const QDate &date, const QTime &after,
                                     const QTime &upTo, int limit);
    // The time of the first open call-back on `date` after `after` (any,
    // when invalid).
    std::optional<QTime> nextCallbackTime(const AgendaScope &scope, const QDate &date, const QTime &after);

private:
    Database &m_db;
};

} // namespace libreta::store
