#include "services/followupactions.h"

#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "domain/shortdate.h"
#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/followuprepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

FollowUp FollowUpActions::openFollowUp(Id followUpId)
{
    const auto f = store::FollowUpRepository(m_db).byId(followUpId);
    if (!f)
        throw InputError(QStringLiteral("followup"), tr("This follow-up no longer exists."));
    if (f->status != FollowUpStatus::Open)
        throw InputError(QStringLiteral("followup"), tr("This follow-up is already closed: %1.").arg(label(f->status)));
    return *f;
}

void FollowUpActions::checkLater(const QDate &date, const std::optional<QTime> &time, const QString &dateField,
                                 const QString &timeField, const QString &datePrefix, const QString &timePrefix) const
{
    const QDateTime nowLocal = m_clock.nowUtc().toLocalTime();
    if (!date.isValid())
        throw InputError(dateField, tr("%1: missing or not a real date.").arg(datePrefix));
    if (date < nowLocal.date())
        throw InputError(dateField, tr("%1: %2 has already passed.")
                                        .arg(datePrefix, domain::shortDate(date)));
    if (time && !time->isValid())
        throw InputError(timeField, tr("%1: not a real time of day.").arg(timePrefix));
    if (time && date == nowLocal.date() && *time < nowLocal.time().addSecs(-60))
        throw InputError(timeField, tr("%1: %2 has already passed today.")
                                        .arg(timePrefix, QLocale().toString(*time, QLocale::ShortFormat)));
}

void FollowUpActions::complete(Id followUpId, const QString &input, std::optional<Id> userId,
                               const std::optional<CallAgain> &callAgain)
{
    // "Done" alone says nothing a supervisor can read later: what came of it
    // is the point of the agenda.
    const QString result = input.trimmed();
    if (result.isEmpty())
        throw InputError(QStringLiteral("result"), tr("Result: say what came of it."));
    if (result.size() > kMaxResultLength)
        throw InputError(QStringLiteral("result"), tr("Result: at most %1 characters.").arg(kMaxResultLength));
    if (callAgain) {
        const QString field = QStringLiteral("call_again");
        checkLater(callAgain->date, callAgain->time, field, field, tr("Call again"), tr("Call again"));
    }

    store::Transaction tx(m_db);
    const FollowUp f = openFollowUp(followUpId);
    store::FollowUpRepository followUps(m_db);
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    QString details = QStringLiteral("debtor=%1 kind=%2").arg(f.debtorId).arg(toCode(f.kind));
    if (callAgain && f.kind == FollowUpKind::Callback && f.promiseId) {
        // Still the broken promise's, red on the agenda, with what came of
        // this try as its words.
        followUps.reschedule(followUpId, callAgain->date, callAgain->time, today);
        followUps.describe(followUpId, result);
        details += QStringLiteral(" moved_to=%1").arg(callAgain->date.toString(Qt::ISODate));
        AuditTrail(m_db, m_clock).record(userId, QStringLiteral("followup.reschedule"), QStringLiteral("followup"),
                                         followUpId, details);
    } else {
        followUps.complete(followUpId, result, m_clock.nowUtc());
        if (callAgain) {
            FollowUp next;
            next.debtorId = f.debtorId;
            next.kind = FollowUpKind::Callback;
            next.dueDate = callAgain->date;
            next.dueTime = callAgain->time;
            next.assignedTo = f.assignedTo ? f.assignedTo : userId;
            next.description = result;
            followUps.add(next);
            details += QStringLiteral(" call_again=%1").arg(callAgain->date.toString(Qt::ISODate));
        }
        AuditTrail(m_db, m_clock).record(userId, QStringLiteral("followup.done"), QStringLiteral("followup"),
                                         followUpId, details);
    }
    store::TotalsRepository(m_db).refresh(f.debtorId);
    tx.commit();
    spdlog::info("follow-up {} done", followUpId);
}

void FollowUpActions::reschedule(Id followUpId, const QDate &date, const std::optional<QTime> &time,
                                 std::optional<Id> userId)
{
    checkLater(date, time, QStringLiteral("date"), QStringLiteral("time"), tr("Date"), tr("Time"));

    const QDate today = m_clock.nowUtc().toLocalTime().date();
    store::Transaction tx(m_db);
    const FollowUp f = openFollowUp(followUpId);
    store::FollowUpRepository(m_db).reschedule(followUpId, date, time, today);
    store::TotalsRepository(m_db).refresh(f.debtorId);
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("followup.reschedule"), QStringLiteral("followup"),
                                     followUpId,
                                     QStringLiteral("debtor=%1 from=%2 to=%3")
                                         .arg(f.debtorId)
                                         .arg(f.dueDate.toString(Qt::ISODate), date.toString(Qt::ISODate)));
    tx.commit();
    spdlog::info("follow-up {} moved", followUpId);
}

void FollowUpActions::reassign(Id followUpId, const std::optional<Id> &assignee, std::optional<Id> userId)
{
    store::Transaction tx(m_db);
    store::UserRepository users(m_db);
    if (!maySupervise(m_db, userId))
        throw InputError(QStringLiteral("user"), tr("Only a supervisor can give an agent's follow-ups to someone else."));
    if (assignee) {
        const auto user = users.byId(*assignee);
        if (!user || !user->active)
            throw InputError(QStringLiteral("assigned_to"),
                             tr("Assigned to: that user does not exist or is no longer active."));
    }
    const FollowUp f = openFollowUp(followUpId);
    store::FollowUpRepository(m_db).reassign(followUpId, assignee);
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("followup.reassign"), QStringLiteral("followup"),
                                     followUpId,
                                     QStringLiteral("debtor=%1 from=%2 to=%3")
                                         .arg(f.debtorId)
                                         .arg(f.assignedTo ? QString::number(*f.assignedTo) : QStringLiteral("none"),
                                              assignee ? QString::number(*assignee) : QStringLiteral("none")));
    tx.commit();
    spdlog::info("follow-up {} reassigned", followUpId);
}

} // namespace libreta::services
