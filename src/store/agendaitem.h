#pragma once

#include "domain/agendagroup.h"
#include "domain/entities.h"

namespace libreta::store {

// Where an item sits in the agenda's order (date, time, promise, id): the
// key a page of a group continues from. What is absent sorts first (no time
// is "any time that day"); the promise is there only in promise groups,
// where it alone tells rows apart, as in the indexes of schema 6.
struct AgendaKey {
    QDate date;
    std::optional<QTime> time;
    std::optional<domain::Id> promiseId;
    domain::Id id = 0;
    bool operator==(const AgendaKey &) const = default;
};

// The promise a reminder, check or broken-promise call-back is about.
struct AgendaPromise {
    domain::Money amount;
    domain::PaymentMethod method = domain::PaymentMethod::Transfer;
    QDate dueDate;
    QDate madeOn;
    domain::PromiseStatus status = domain::PromiseStatus::Pending;
    domain::Money paid;
};

// A follow-up with what the agenda shows next to it.
struct AgendaItem {
    domain::FollowUp followUp;
    QString debtorName;
    QString debtorRef;
    domain::Money outstanding;    // the debtor's balance now
    domain::Money promiseAmount;  // zero when not about a promise
    std::optional<domain::PaymentMethod> promiseMethod;
    std::optional<AgendaPromise> promise;
    QString assignedName;  // who has it now; empty: nobody
    QString recordedBy;    // the agent of the call it came from; empty: not from a call
    QString nextStep;      // what that call said comes next
    // Times it was moved to a later day once its day had come (schema 38),
    // as the Panel's follow-through counts them: never for a promise's
    // reminder or check.
    int putOff = 0;

    domain::AgendaGroup group() const
    {
        return domain::agendaGroup(followUp.kind, followUp.promiseId.has_value());
    }
    AgendaKey key() const { return {followUp.dueDate, followUp.dueTime, followUp.promiseId, followUp.id}; }
};

} // namespace libreta::store
