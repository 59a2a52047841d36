#include "services/demodebtorbuilder.h"

#include "domain/promiseevaluation.h"

#include <algorithm>
#include <utility>

// The year walked day by day: who calls, when, and the calls that reach
// nobody or someone else; the follow-ups a call leaves.

namespace libreta::services::demo {

std::optional<Id> DebtorBuilder::callAgent()
{
    const auto &assigned = m_plan.debtor.assignedAgentId;
    if (assigned && m_r.chance(0.85))
        return assigned;
    if (m_ctx.agentIds.isEmpty())
        return std::nullopt;
    return m_ctx.agentIds.at(m_r.below(int(m_ctx.agentIds.size())));
}

int DebtorBuilder::addCall(const QDate &day, AnsweredBy answeredBy, CallOutcome outcome, int contact, int seconds)
{
    PlannedCall pc;
    pc.day = day;
    pc.contact = contact;
    Call &c = pc.call;
    c.agentId = callAgent();
    const Contact &who = m_plan.contacts.at(contact);
    c.phoneDialled = who.phones.at(who.phones.size() > 1 && m_r.chance(0.3) ? 1 : 0).number;
    // Inside the debtor's calling window, in the debtor's own time zone.
    const QTime local = QTime(8, 30).addSecs(m_r.between(0, 11 * 3600));
    QDateTime started = QDateTime(day, local, Qt::UTC).addSecs(-m_ctx.zones->offset(m_city->zone, day));
    if (started.addSecs(seconds) >= m_ctx.todayStartUtc)
        started = m_ctx.todayStartUtc.addSecs(-seconds - m_r.between(600, 7200));
    c.startedAt = started;
    c.endedAt = started.addSecs(seconds);
    c.answeredBy = answeredBy;
    c.outcome = outcome;
    c.scriptId = m_ctx.scriptId;
    c.scriptVersion = m_ctx.scriptVersion;
    m_plan.calls.append(pc);
    const int index = int(m_plan.calls.size() - 1);
    for (int f : std::as_const(m_waitingCallbacks)) {
        PlannedTask &fu = m_plan.followUps[f];
        fu.status = FollowUpStatus::Done;
        fu.result = QStringLiteral("Llamada realizada.");
        fu.doneAt = c.startedAt;
    }
    m_waitingCallbacks.clear();
    return index;
}

int DebtorBuilder::addFollowUp(FollowUpKind kind, const QDate &due, std::optional<QTime> time, int promise, int call,
                               std::optional<Id> assignedTo)
{
    PlannedTask f;
    f.kind = kind;
    f.due = due;
    f.time = time;
    f.promise = promise;
    f.call = call;
    f.assignedTo = assignedTo;
    m_plan.followUps.append(f);
    return int(m_plan.followUps.size() - 1);
}

double DebtorBuilder::diligence(std::optional<Id> agentId) const
{
    static constexpr double kByPlace[] = {0.9, 0.65, 0.8, 0.95, 0.55, 0.85, 0.75, 0.7};
    const qsizetype place = agentId ? m_ctx.agentIds.indexOf(*agentId) : -1;
    return place < 0 ? 0.75 : kByPlace[place % std::size(kByPlace)];
}

QTime DebtorBuilder::quarterHour(int fromHour, int toHour)
{
    return QTime(fromHour, 0).addSecs(m_r.between(0, (toHour - fromHour) * 4) * 15 * 60);
}

void DebtorBuilder::noteCallback(Call &call, const QDate &agreedOn, const QDate &due, const QTime &at)
{
    // The note and its step at the same place of their lists: who asked for
    // the call-back says whom to ask for. A company's reception, a person's
    // family (the last of the three: either). The note says the day as the
    // person said it ("tomorrow"); the step is read on the day itself, in
    // the agenda, so it names the weekday.
    const DemoWords &w = words();
    const int drawn = m_r.below(2);
    const int which = drawn == 1 ? 2 : (isCompany() ? 0 : 1);
    const QString time = at.toString(QStringLiteral("HH:mm"));
    const QString onDay = w.callbackOnDay.arg(w.weekdays.at(due.dayOfWeek() - 1), time);
    call.notes.presentation =
        w.callbackNotes.at(which).arg(due == agreedOn.addDays(1) ? w.callbackTomorrow.arg(time) : onDay);
    call.nextStep = w.callbackSteps.at(which).arg(onDay);
}

QDate DebtorBuilder::attemptWrongParty(const QDate &d)
{
    const int contact = 0;
    const int kind = isCompany() ? m_r.weighted({25, 15, 55, 5}) : m_r.weighted({50, 28, 17, 5});
    switch (kind) {
    case 0: {
        const int i = addCall(d, AnsweredBy::Nobody, CallOutcome::NoAnswer, contact, m_r.between(20, 45));
        m_plan.calls[i].call.notes.presentation = m_r.pick(w.noAnswerNotes);
        return d.addDays(m_r.between(2, 7));
    }
    case 1: {
        const int i = addCall(d, AnsweredBy::Voicemail, CallOutcome::Voicemail, contact, m_r.between(30, 70));
        m_plan.calls[i].call.notes.presentation = m_r.pick(w.voicemailNotes);
        return d.addDays(m_r.between(2, 7));
    }
    case 2: {
        if (m_r.chance(0.4)) {
            const QDate when = d.addDays(m_r.between(1, 2));
            const QTime at = quarterHour(9, 18);
            const int i = addCall(d, AnsweredBy::ThirdParty, CallOutcome::Callback, contact, m_r.between(45, 150));
            noteCallback(m_plan.calls[i].call, d, when, at);
            const int f = addFollowUp(FollowUpKind::Callback, when, at, -1, i, m_plan.calls[i].call.agentId);
            m_waitingCallbacks.append(f);
            return when;
        }
        const int i = addCall(d, AnsweredBy::ThirdParty, CallOutcome::ThirdParty, contact, m_r.between(45, 150));
        m_plan.calls[i].call.notes.presentation = m_r.pick(w.thirdPartyNotes);
        return d.addDays(m_r.between(2, 6));
    }
    default: {
        const int i = addCall(d, AnsweredBy::WrongNumber, CallOutcome::WrongNumber, contact, m_r.between(20, 60));
        m_plan.calls[i].call.notes.presentation = m_r.pick(w.wrongNumberNotes);
        return d.addDays(m_r.between(2, 7));
    }
    }
}

void DebtorBuilder::simulate()
{
    const QDate &today = m_ctx.today;
    static constexpr double payoff[] = {0.55, 0.2, 0.15, 0.05};
    QDate firstUnpaidDue;
    for (int i = 0; i < m_plan.invoices.size(); ++i) {
        const PlannedInvoice &inv = m_plan.invoices.at(i);
        if (inv.due < today.addDays(-15) && !inv.disputed && m_r.chance(payoff[int(m_behaviour)])) {
            // Paid by the debtor around the due date, without a call.
            const QDate on = std::clamp(inv.due.addDays(m_r.between(-7, 30)), inv.issue.addDays(1), today.addDays(-1));
            schedule(on, inv.amount, pickMethod(), i, -1, backOffice());
        } else if (inv.due < today && (!firstUnpaidDue.isValid() || inv.due < firstUnpaidDue)) {
            firstUnpaidDue = inv.due;
        }
    }

    if (firstUnpaidDue.isValid()) {
        QDate d = std::max(firstUnpaidDue.addDays(m_r.between(3, 12)), today.addDays(-365 + m_r.between(0, 10)));
        // Companies get called more often than people; and an office
        // gives each file only so much attention in a year: past its
        // budget a file is called now and then.
        const double idle = isCompany() ? 0.3 : 0.45;
        const int budget = m_r.between(6, 24);
        while (d < today) {
            if (m_stop.isValid() && d >= m_stop)
                break;
            realizeUntil(d, false);
            if (overdue(d, false) <= 0) {
                const QDate next = nextOpenDue(d);
                if (!next.isValid())
                    break;
                d = next.addDays(m_r.between(2, 10));
                continue;
            }
            const double reach = std::array{0.5, 0.42, 0.25, 0.2}[size_t(m_behaviour)];
            QDate next = m_r.chance(reach) ? attemptRightParty(d) : attemptWrongParty(d);
            // A call-back agreed, or a promise to see through, is not put off.
            const bool due = !m_waitingCallbacks.isEmpty() || std::exchange(m_callPlanned, false);
            if (!due && m_plan.calls.size() >= budget)
                next = next.addDays(m_r.between(20, 60));
            else if (!due && m_r.chance(idle))
                next = next.addDays(m_r.between(7, 30));
            d = std::max(next, d.addDays(1));
        }
    }
    realizeUntil(today, true);

    // Some files have a call-back agreed for a time today.
    const bool pendingCommitment = std::any_of(m_plan.promises.cbegin(), m_plan.promises.cend(), [&](const PlannedPromise &p) {
        return p.status != PromiseStatus::Cancelled && graceEnd(p.due, m_ctx.graceDays) >= today;
    });
    if (!m_stop.isValid() && !pendingCommitment && outstanding() > 0 && m_waitingCallbacks.isEmpty() &&
        (m_plan.calls.isEmpty() || m_plan.calls.last().day < today.addDays(-1)) && m_r.chance(0.07)) {
        // Agreed over the last working week ("call on Friday"), not all
        // yesterday: a hundred call-backs agreed in one day would read in
        // the Panel as a day of a hundred third parties.
        QDate agreedOn = today.addDays(-m_r.between(1, 6));
        if (!m_plan.calls.isEmpty() && m_plan.calls.last().day >= agreedOn)
            agreedOn = today.addDays(-1);
        const QTime at = quarterHour(9, 18);
        const int i = addCall(agreedOn, AnsweredBy::ThirdParty, CallOutcome::Callback, 0, m_r.between(45, 150));
        noteCallback(m_plan.calls[i].call, agreedOn, today, at);
        addFollowUp(FollowUpKind::Callback, today, at, -1, i, m_plan.calls[i].call.agentId);
    }
}

} // namespace libreta::services::demo
