#include "domain/agendagroup.h"

#include <QCoreApplication>

namespace libreta::domain {

AgendaGroup agendaGroup(FollowUpKind kind, bool aboutPromise)
{
    switch (kind) {
    case FollowUpKind::Callback: return aboutPromise ? AgendaGroup::BrokenPromise : AgendaGroup::Callback;
    case FollowUpKind::PromiseReminder: return AgendaGroup::PromiseDue;
    case FollowUpKind::PromiseCheck: return AgendaGroup::PromiseCheck;
    case FollowUpKind::SendInvoiceCopy: return AgendaGroup::SendInvoiceCopy;
    case FollowUpKind::SendStatement: return AgendaGroup::SendStatement;
    case FollowUpKind::NoteFollowUp: return AgendaGroup::NoteFollowUp;
    }
    return AgendaGroup::NoteFollowUp;
}

FollowUpKind kindOf(AgendaGroup group)
{
    switch (group) {
    case AgendaGroup::Callback:
    case AgendaGroup::BrokenPromise: return FollowUpKind::Callback;
    case AgendaGroup::PromiseDue: return FollowUpKind::PromiseReminder;
    case AgendaGroup::PromiseCheck: return FollowUpKind::PromiseCheck;
    case AgendaGroup::SendInvoiceCopy: return FollowUpKind::SendInvoiceCopy;
    case AgendaGroup::SendStatement: return FollowUpKind::SendStatement;
    case AgendaGroup::NoteFollowUp: return FollowUpKind::NoteFollowUp;
    }
    return FollowUpKind::NoteFollowUp;
}

QList<AgendaGroup> agendaGroupsIn(const QueueOrder &order)
{
    QList<AgendaGroup> groups;
    for (const QueueStretch stretch : order) {
        switch (stretch) {
        case QueueStretch::Callbacks: groups << AgendaGroup::Callback; break;
        case QueueStretch::PromisesDueToday: groups << AgendaGroup::PromiseDue; break;
        case QueueStretch::BrokenPromises: groups << AgendaGroup::BrokenPromise; break;
        case QueueStretch::PromiseChecks: groups << AgendaGroup::PromiseCheck; break;
        case QueueStretch::Tasks:
            groups << AgendaGroup::SendInvoiceCopy << AgendaGroup::SendStatement << AgendaGroup::NoteFollowUp;
            break;
        }
    }
    // An order missing a kind still lists every group: what it leaves out
    // goes last, in the usual order.
    for (const AgendaGroup group : kAgendaGroups)
        if (!groups.contains(group))
            groups << group;
    return groups;
}

bool isAboutPromise(AgendaGroup group)
{
    return group == AgendaGroup::PromiseDue || group == AgendaGroup::BrokenPromise ||
           group == AgendaGroup::PromiseCheck;
}

QString agendaGroupLabel(AgendaGroup group)
{
    switch (group) {
    case AgendaGroup::Callback: return QCoreApplication::translate("Labels", "Call-backs");
    case AgendaGroup::PromiseDue: return QCoreApplication::translate("Labels", "Promises due");
    case AgendaGroup::BrokenPromise: return QCoreApplication::translate("Labels", "Broken promises");
    case AgendaGroup::PromiseCheck: return QCoreApplication::translate("Labels", "Promise checks after grace");
    case AgendaGroup::SendInvoiceCopy: return QCoreApplication::translate("Labels", "Invoice copies to send");
    case AgendaGroup::SendStatement: return QCoreApplication::translate("Labels", "Statements to send");
    case AgendaGroup::NoteFollowUp: return QCoreApplication::translate("Labels", "Notes to follow up");
    }
    return {};
}

} // namespace libreta::domain
