#include "services/debtorfilereader.h"

#include "domain/contactrules.h"
#include "domain/promisesettlement.h"
#include "store/adjustmentrepository.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/documentlogrepository.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/invoicerepository.h"
#include "store/noterepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"

#include <QSet>

#include <algorithm>

namespace libreta::services {

using namespace domain;

std::optional<DebtorFile> DebtorFileReader::read(Id debtorId, const QDate &today, const QDateTime &nowUtc)
{
    auto debtor = store::DebtorRepository(m_db).byId(debtorId);
    if (!debtor)
        return std::nullopt;
    DebtorFile f;
    f.debtor = *debtor;
    f.today = today;
    if (const auto totals = store::TotalsRepository(m_db).forDebtor(debtorId))
        f.totals = *totals;
    f.totals.debtorId = debtorId;
    f.settings = store::SettingsRepository(m_db).load();
    f.contacts = store::ContactRepository(m_db).forDebtor(debtorId);
    f.invoices = store::InvoiceRepository(m_db).forDebtor(debtorId);
    f.payments = store::PaymentRepository(m_db).forDebtor(debtorId);
    f.adjustments = store::AdjustmentRepository(m_db).forDebtor(debtorId);
    f.documents = store::DocumentLogRepository(m_db).forDebtor(debtorId);
    f.promises = store::PromiseRepository(m_db).forDebtor(debtorId);
    f.calls = store::CallRepository(m_db).forDebtor(debtorId);
    f.discounts = store::CallDiscountRepository(m_db).forDebtor(debtorId);
    f.notes = store::NoteRepository(m_db).forDebtor(debtorId);
    f.followUps = store::FollowUpRepository(m_db).forDebtor(debtorId);
    for (const User &u : store::UserRepository(m_db).all())
        f.userNames.insert(u.id, u.displayName);
    // What each payment paid of which promise: the chain of promises still
    // in it, without those a new promise replaced (schema 34).
    f.settlements =
        settlements(store::PromiseRepository(m_db).inChainFor(debtorId), f.payments, f.settings.graceDays);
    f.excuseOccurrence = excuseOccurrences(f.calls);
    f.attemptsInLast7Days = store::CallRepository(m_db).attemptsSince(debtorId, nowUtc.addDays(-7));
    f.attemptsToday = store::CallRepository(m_db).attemptsSince(debtorId, domain::startOfDebtorDay(nowUtc, f.debtor.timeZone));

    f.daysPastDue = f.totals.oldestDueDate ? domain::daysPastDue(*f.totals.oldestDueDate, today) : 0;
    f.bucket = agingBucket(f.daysPastDue);
    StrategyInput &in = f.strategyInput;
    in.outstanding = f.totals.outstanding;
    in.daysPastDue = f.daysPastDue;
    in.risk = f.debtor.risk;
    in.value = f.debtor.value;
    in.promisesKept = f.totals.promisesKept;
    in.promisesBroken = f.totals.promisesBroken;
    in.lastContactAt = f.totals.lastContactAt;
    in.now = nowUtc;
    // The latest profile an agent read (calls are newest first), as the
    // portfolio takes it.
    // A corrected call's profile is its correction's.
    for (const Call &c : std::as_const(f.calls))
        if (!in.willing && c.willing && !f.correctionOf(c.id))
            in.willing = c.willing;
    for (const Call &c : std::as_const(f.calls))
        if (!in.able && c.able && !f.correctionOf(c.id))
            in.able = c.able;
    f.suggestion = suggestApproach(in);
    return f;
}

QHash<Id, int> DebtorFileReader::excuseOccurrences(const QList<Call> &calls)
{
    QSet<Id> corrected;
    for (const Call &c : calls)
        if (c.correctsCallId)
            corrected.insert(*c.correctsCallId);
    QList<const Call *> ordered;
    for (const Call &c : calls)
        if (c.excuseCategory && !corrected.contains(c.id))
            ordered.append(&c);
    std::sort(ordered.begin(), ordered.end(), [](const Call *a, const Call *b) {
        return a->startedAt != b->startedAt ? a->startedAt < b->startedAt : a->id < b->id;
    });
    QHash<int, int> seen;
    QHash<Id, int> out;
    for (const Call *c : std::as_const(ordered))
        out.insert(c->id, ++seen[int(*c->excuseCategory)]);
    return out;
}

QList<PromiseSettlement> DebtorFileReader::settlements(const QList<Promise> &promises,
                                                       const QList<Payment> &payments, int graceDays)
{
    // The chain PromiseReevaluator evaluates: every promise not cancelled
    // nor replaced, in due-date order, against the payments made since the first was made.
    const PromiseChain chain = promiseChain(promises);
    if (chain.promises.isEmpty())
        return {};
    const QDate from = chain.earliestMadeOn;
    const QDateTime after = chain.earliestMadeAt;
    QList<const Payment *> paid;
    for (const Payment &p : payments)
        if ((p.paidOn >= from || (after.isValid() && p.recordedAt && *p.recordedAt > after)) &&
            !p.reversed())  // a reversed payment paid nothing
            paid.append(&p);
    std::sort(paid.begin(), paid.end(), [](const Payment *a, const Payment *b) {
        return a->paidOn != b->paidOn ? a->paidOn < b->paidOn : a->id < b->id;
    });
    QList<PaymentEvent> events;
    for (const Payment *p : std::as_const(paid))
        events.append({p->paidOn, p->amount, p->recordedAt.value_or(QDateTime())});

    QList<PromiseSettlement> out;
    for (const SettlementShare &s : settlementShares(chain.terms, events, graceDays))
        out.append({paid.at(s.payment)->id, chain.promises.at(s.promise).id, s.amount});
    return out;
}

} // namespace libreta::services
