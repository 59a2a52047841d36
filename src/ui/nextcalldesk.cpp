#include "ui/nextcalldesk.h"

#include "services/workqueueservice.h"
#include "store/debtorrepository.h"
#include "store/storeerror.h"
#include "ui/deskuser.h"
#include "ui/moneyformatter.h"
#include "ui/officecurrency.h"

#include <QLocale>

namespace libreta::ui {

NextCallDesk::Answer NextCallDesk::ask()
{
    Answer answer;
    const auto agent = DeskUser::id(m_db);
    if (!agent) {
        answer.tone = NoticeBar::Tone::Alert;
        answer.notice = tr("Next call works from the office's list of users, and your login “%1” is not in it. "
                           "Ask a supervisor to add you.")
                            .arg(DeskUser::login())
                            .toHtmlEscaped();
        return answer;
    }
    services::NextCallResult result;
    QString name;
    try {
        const QString symbol = MoneyFormatter::symbolFor(officeCurrency(m_db), QLocale());
        result = services::WorkQueueService(m_db, m_clock).next(*agent, symbol);
        if (result.next)
            if (const auto debtor = store::DebtorRepository(m_db).byId(result.next->debtorId))
                name = debtor->name;
    } catch (const store::StoreError &e) {
        answer.error = e.message();
        return answer;
    }
    const QString skipped = result.skippedSummary().toHtmlEscaped();
    const QString skippedLine = skipped.isEmpty() ? QString() : QStringLiteral("<br>") + skipped;
    if (!result.next) {
        answer.notice = tr("Nobody to call right now: nothing is due and every debtor is either claimed, "
                           "contacted lately or waiting for a promised payment.")
                            .toHtmlEscaped() +
                        skippedLine;
        return answer;
    }
    answer.debtorId = result.next->debtorId;
    answer.notice =
        tr("<b>Next call: %1</b> — %2").arg(name.toHtmlEscaped(), result.next->why.toHtmlEscaped()) + skippedLine;
    return answer;
}

} // namespace libreta::ui
