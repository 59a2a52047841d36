#pragma once

#include "figure.h"
#include "sqlfloor.h"

#include <functional>

namespace libreta::bench {

// One user action as the bench times it: `prepare` puts the screen in the
// state before the action (not timed), `act` is the action itself, and
// `settle` (optional, not timed) waits for work the action left running on
// another thread; how long after the action that work ended is kept apart.
// `pauseMs` is the user's pause between `prepare` and `act` (not timed).
struct Action {
    std::function<void()> prepare;
    std::function<void()> act;
    std::function<void()> settle {};
    QString label {};  // names it in the notes when a figure times several actions
    int pauseMs = 0;
};

// Times actions through the app's own code and, right after each run, the
// statements that run sent to SQLite, straight through the C API (the
// floor). Interleaving the two lets both see the same machine.
class FloorMeasure final {
public:
    explicit FloorMeasure(SqlFloor &floor) : m_floor(floor) {}

    // Reads: an untimed round warms every cache, then `rounds` rounds time
    // every action in turn, each run followed by the statements it sent to
    // SQLite. The figure gets one sample per action per round.
    void reads(Figure &figure, const QList<Action> &actions, int rounds);

    // Writes: `write(i)` changes the file, so every run is recorded and its
    // statements replayed on the floor's own copy, which stays in step with
    // the app's copy (same rows, same ids). The first `warmups` are not timed.
    void writes(Figure &figure, const std::function<void(int)> &write, int runs, int warmups);

private:
    void countUnbound(const QList<FloorStatement> &statements);
    void addSlowest(Figure &figure);
    static void addSlowestAction(Figure &figure, const QList<Action> &actions, const QList<QList<double>> &times,
                                 const QList<QList<double>> &floors);

    SqlFloor &m_floor;
    QHash<QByteArray, QList<double>> m_perStatement;  // floor time per prepared text
    int m_unbound = 0;  // statements whose values could not be read back
};

} // namespace libreta::bench
