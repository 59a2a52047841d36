#include "debtorfiletesthelpers.h"

#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/followuprepository.h"
#include "store/noterepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"

namespace libreta::test {

using namespace domain;

RichDebtor addRichDebtor(store::Database &db)
{
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RichDebtor r;
    r.debtorId = addDebtor(db, QStringLiteral("R-1"), QStringLiteral("José Pérez Núñez"));
    addInvoice(db, r.debtorId, QStringLiteral("F-1"), today.addDays(-40), pesos(600));
    addInvoice(db, r.debtorId, QStringLiteral("F-2"), today.addDays(-10), pesos(600));
    r.otherDebtorId = addDebtor(db, QStringLiteral("R-2"), QStringLiteral("María López"));
    addInvoice(db, r.otherDebtorId, QStringLiteral("G-1"), today.addDays(-5), pesos(300));

    Contact c;
    c.debtorId = r.debtorId;
    c.name = QStringLiteral("José Pérez Núñez");
    c.role = ContactRole::Debtor;
    c.bestTime = QStringLiteral("tardes");
    c.phones = {{0, QStringLiteral("+52 55-1234-5678"), QStringLiteral("móvil")}};
    store::ContactRepository(db).add(c);

    store::CallRepository calls(db);
    Id promiseCall = 0;
    const std::pair<int, ExcuseCategory> excuses[] = {{20, ExcuseCategory::NoFunds},
                                                      {12, ExcuseCategory::InvoiceNotReceived},
                                                      {5, ExcuseCategory::NoFunds}};
    for (const auto &[daysAgo, excuse] : excuses) {
        Call call;
        call.debtorId = r.debtorId;
        call.startedAt = now.addDays(-daysAgo);
        call.endedAt = call.startedAt.addSecs(240);
        call.answeredBy = AnsweredBy::Debtor;
        call.outcome = CallOutcome::Promise;
        call.excuseCategory = excuse;
        call.excuseKind = ExcuseKind::Excuse;
        call.excuseWords = QStringLiteral("No tengo dinero este mes");
        call.notes.listening = QStringLiteral("Dice que no le han pagado");
        promiseCall = calls.add(call);
    }

    Promise p;
    p.debtorId = r.debtorId;
    p.callId = promiseCall;
    p.amount = pesos(500);
    p.dueDate = today.addDays(2);
    p.madeOn = today.addDays(-5);
    p.method = PaymentMethod::Transfer;
    r.promiseId = store::PromiseRepository(db).add(p);
    FollowUp reminder;
    reminder.debtorId = r.debtorId;
    reminder.kind = FollowUpKind::PromiseReminder;
    reminder.dueDate = p.dueDate;
    reminder.promiseId = r.promiseId;
    store::FollowUpRepository(db).add(reminder);

    Note note;
    note.debtorId = r.debtorId;
    note.createdAt = now.addDays(-3);
    note.body = QStringLiteral("Pidió que le llamen por la tarde.");
    r.noteId = store::NoteRepository(db).add(note);

    store::TotalsRepository(db).refresh(r.debtorId);
    store::TotalsRepository(db).refresh(r.otherDebtorId);
    return r;
}

} // namespace libreta::test
