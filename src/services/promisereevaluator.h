#pragma once

#include "domain/entities.h"

#include <QHash>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct PromiseChange {
    domain::Id promiseId = 0;
    domain::PromiseStatus before = domain::PromiseStatus::Pending;
    domain::PromiseStatus after = domain::PromiseStatus::Pending;
    domain::Money paid;
};

// Re-reads a debtor's promises and payments and applies the promise rule
// (domain/promiseevaluation.h), storing what changed and the follow-ups
// that result: a settled promise closes its reminder and check, a broken or
// partly kept one gets a call-back. Runs inside the caller's transaction;
// running it twice changes nothing the second time.
class PromiseReevaluator final {
public:
    PromiseReevaluator(store::Database &db, int graceDays) : m_db(db), m_graceDays(graceDays) {}

    QList<PromiseChange> reevaluate(domain::Id debtorId, const QDate &today, const QDateTime &nowUtc);

    // What each promise of the debtor's chain is paid as evaluated now, by
    // promise id: taken just before a payment is reversed, for
    // reevaluateAfterReversal to tell what the reversal itself took back.
    QHash<domain::Id, domain::Money> paidByPromise(domain::Id debtorId, const QDate &today);

    // After one of the debtor's payments was reversed: besides the pending
    // promises, a resolved promise the reversal took money from (paid less
    // now than in `paidBefore`) is resolved again. Back to pending while its
    // grace lasts, its reminder (if its date is still ahead) and check open
    // again at `reminderTime`; broken or partly kept otherwise, with the
    // call-back a broken promise gets, unless it already had one as partly
    // kept. A promise the reversal did not touch stays as it was resolved.
    QList<PromiseChange> reevaluateAfterReversal(domain::Id debtorId, const QDate &today, const QDateTime &nowUtc,
                                                 const QTime &reminderTime,
                                                 const QHash<domain::Id, domain::Money> &paidBefore);

private:
    struct Reversal {
        QTime reminderTime;
        const QHash<domain::Id, domain::Money> &paidBefore;
    };
    QList<PromiseChange> apply(domain::Id debtorId, const QDate &today, const QDateTime &nowUtc,
                               const Reversal *reversal);

    store::Database &m_db;
    int m_graceDays;
};

} // namespace libreta::services
