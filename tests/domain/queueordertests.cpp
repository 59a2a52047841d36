// The order Next call offers scheduled work in, as the office keeps it.

#include "domain/agendagroup.h"
#include "domain/queueorder.h"

#include "domaintesthelpers.h"

using namespace libreta::domain;
using libreta::tests::MarkingTranslator;

TEST_CASE("Next call's order round-trips through its stored codes", "[domain][queue]")
{
    const QueueOrder order{QueueStretch::Tasks, QueueStretch::BrokenPromises, QueueStretch::Callbacks,
                           QueueStretch::PromiseChecks, QueueStretch::PromisesDueToday};
    const QString code = queueOrderCode(order);
    CHECK(code == QStringLiteral("tasks,broken_promises,callbacks,promise_checks,promises_due"));
    CHECK(queueOrderFromCode(code) == order);
    CHECK(isCompleteQueueOrder(order));
    CHECK(queueOrderFromCode(queueOrderCode(defaultQueueOrder())) == defaultQueueOrder());
}

TEST_CASE("A stored order another version wrote still reads as a complete one", "[domain][queue]")
{
    // Nothing stored yet: the default, the most time-bound work first.
    CHECK(queueOrderFromCode(u"") == defaultQueueOrder());
    CHECK(defaultQueueOrder().first() == QueueStretch::Callbacks);
    // An unknown code and a repeat are dropped; what is missing follows in
    // the default order.
    const QueueOrder read = queueOrderFromCode(u"tasks, visits ,tasks,broken_promises");
    CHECK(read == QueueOrder{QueueStretch::Tasks, QueueStretch::BrokenPromises, QueueStretch::Callbacks,
                             QueueStretch::PromisesDueToday, QueueStretch::PromiseChecks});
    CHECK(isCompleteQueueOrder(read));
}

TEST_CASE("An order that leaves out or repeats a kind of work is not complete", "[domain][queue]")
{
    QueueOrder order = defaultQueueOrder();
    order.removeLast();
    CHECK_FALSE(isCompleteQueueOrder(order));
    order.append(QueueStretch::Callbacks);
    CHECK_FALSE(isCompleteQueueOrder(order));
    CHECK_FALSE(isCompleteQueueOrder({}));
}

TEST_CASE("Every kind of scheduled work has a translated name", "[domain][queue]")
{
    MarkingTranslator translator("QueueOrder");
    for (const QueueStretch stretch : defaultQueueOrder())
        CHECK(queueStretchLabel(stretch).startsWith(QStringLiteral("ES:")));
}

TEST_CASE("The agenda lists its groups in the office's order, the three kinds of task together", "[domain][queue]")
{
    CHECK(agendaGroupsIn(defaultQueueOrder()) ==
          QList<AgendaGroup>(std::begin(kAgendaGroups), std::end(kAgendaGroups)));
    const QueueOrder tasksFirst{QueueStretch::Tasks, QueueStretch::BrokenPromises, QueueStretch::Callbacks,
                                QueueStretch::PromiseChecks, QueueStretch::PromisesDueToday};
    CHECK(agendaGroupsIn(tasksFirst) ==
          QList<AgendaGroup>{AgendaGroup::SendInvoiceCopy, AgendaGroup::SendStatement, AgendaGroup::NoteFollowUp,
                             AgendaGroup::BrokenPromise, AgendaGroup::Callback, AgendaGroup::PromiseCheck,
                             AgendaGroup::PromiseDue});
    // An incomplete order (never stored: the rules refuse it) still lists
    // every group once.
    const QList<AgendaGroup> partial = agendaGroupsIn({QueueStretch::PromiseChecks});
    CHECK(partial.size() == kAgendaGroupCount);
    CHECK(partial.first() == AgendaGroup::PromiseCheck);
    CHECK(partial.count(AgendaGroup::PromiseCheck) == 1);
}
