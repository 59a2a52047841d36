#include "services/followupservice.h"

#include "domain/entitycodes.h"
#include "domain/shortdate.h"
#include "services/audittrail.h"
#include "services/inputerror.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

bool FollowUpService::isScheduledByHand(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::Callback:
    case FollowUpKind::SendInvoiceCopy:
    case FollowUpKind::SendStatement:
    case FollowUpKind::NoteFollowUp:
        return true;
    case FollowUpKind::PromiseReminder:
    case FollowUpKind::PromiseCheck:
        return false;
    }
    return false;
}

Id FollowUpService::schedule(const FollowUp &input, std::optional<Id> userId)
{
    FollowUp f = input;
    f.description = f.description.trimmed();
    f.status = FollowUpStatus::Open;
    f.result.clear();
    f.promiseId.reset();

    if (!isScheduledByHand(f.kind))
        throw InputError(QStringLiteral("kind"),
                         tr("Kind: promise reminders and checks are scheduled by the promise itself."));
    const QDateTime nowLocal = m_clock.nowUtc().toLocalTime();
    if (!f.dueDate.isValid())
        throw InputError(QStringLiteral("date"), tr("Date: missing or not a real date."));
    if (f.dueDate < nowLocal.date())
        throw InputError(QStringLiteral("date"), tr("Date: %1 has already passed.")
                                                     .arg(domain::shortDate(f.dueDate)));
    if (f.dueTime && !f.dueTime->isValid())
        throw InputError(QStringLiteral("time"), tr("Time: not a real time of day."));
    if (f.dueTime && f.dueDate == nowLocal.date() && *f.dueTime < nowLocal.time().addSecs(-60))
        throw InputError(QStringLiteral("time"), tr("Time: %1 has already passed today.")
                                                     .arg(QLocale().toString(*f.dueTime, QLocale::ShortFormat)));
    if (f.kind == FollowUpKind::NoteFollowUp && f.description.isEmpty())
        throw InputError(QStringLiteral("description"), tr("What to do: describe the task."));
    if (f.description.size() > kMaxDescriptionLength)
        throw InputError(QStringLiteral("description"),
                         tr("What to do: at most %1 characters.").arg(kMaxDescriptionLength));

    store::Transaction tx(m_db);
    if (!store::DebtorRepository(m_db).byId(f.debtorId))
        throw InputError(QStringLiteral("debtor"), tr("This debtor no longer exists."));
    if (f.assignedTo) {
        const auto user = store::UserRepository(m_db).byId(*f.assignedTo);
        if (!user || !user->active)
            throw InputError(QStringLiteral("assigned_to"),
                             tr("Assigned to: that user does not exist or is no longer active."));
    }
    const auto id = store::FollowUpRepository(m_db).add(f);
    if (!id)
        throw InputError(QStringLiteral("kind"), tr("This follow-up is already scheduled."));
    store::TotalsRepository(m_db).refresh(f.debtorId);
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("followup.schedule"), QStringLiteral("followup"), *id,
                                     QStringLiteral("debtor=%1 kind=%2 due=%3")
                                         .arg(f.debtorId)
                                         .arg(toCode(f.kind))
                                         .arg(f.dueDate.toString(Qt::ISODate)));
    tx.commit();
    spdlog::info("follow-up {} scheduled for debtor {}", *id, f.debtorId);
    return *id;
}

} // namespace libreta::services
