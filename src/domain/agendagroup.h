#pragma once

#include "domain/entities.h"
#include "domain/queueorder.h"

#include <iterator>

namespace libreta::domain {

// The agenda shows open follow-ups grouped by what the agent has to do, in
// this order (the most time-bound first). A group is a follow-up kind, except
// that call-backs split in two: one agreed on the phone for a time, and the
// one the day roll-over makes when a promise was broken (it carries the
// promise). Promise reminders and checks always carry their promise; tasks
// and notes never do (the services that make them see to it).
enum class AgendaGroup {
    Callback, PromiseDue, BrokenPromise, PromiseCheck, SendInvoiceCopy, SendStatement, NoteFollowUp
};

inline constexpr AgendaGroup kAgendaGroups[] = {
    AgendaGroup::Callback,     AgendaGroup::PromiseDue,      AgendaGroup::BrokenPromise,
    AgendaGroup::PromiseCheck, AgendaGroup::SendInvoiceCopy, AgendaGroup::SendStatement,
    AgendaGroup::NoteFollowUp,
};
inline constexpr int kAgendaGroupCount = int(std::size(kAgendaGroups));

AgendaGroup agendaGroup(FollowUpKind kind, bool aboutPromise);
FollowUpKind kindOf(AgendaGroup group);
// The groups in the order the office has Next call offer its work (Edit ▸
// Office rules), so the agenda lists first what the agents are to do
// first: each kind of work's groups where it stands, the three kinds of
// task together.
QList<AgendaGroup> agendaGroupsIn(const QueueOrder &order);
// Whether the group's follow-ups carry a promise.
bool isAboutPromise(AgendaGroup group);
// Translated, plural: "Call-backs", "Promises due", ...
QString agendaGroupLabel(AgendaGroup group);

} // namespace libreta::domain
