#pragma once

#include "domain/aging.h"
#include "domain/entities.h"
#include "domain/strategy.h"
#include "store/calldiscountrepository.h"

#include <QHash>

namespace libreta::services {

// How much of a payment went to a promise (see domain/promisesettlement.h).
struct PromiseSettlement {
    domain::Id paymentId = 0;
    domain::Id promiseId = 0;
    domain::Money amount;
};

// Everything known about one debtor, read at one moment: what the debtor
// file (expediente) shows. Lists are newest first unless said otherwise.
struct DebtorFile {
    domain::Debtor debtor;
    domain::DebtorTotals totals;
    domain::OfficeSettings settings;
    QDate today;

    QList<domain::Contact> contacts;    // in the order they were added
    QList<domain::Invoice> invoices;    // oldest due first
    QList<domain::Payment> payments;
    QList<domain::Adjustment> adjustments;  // withdrawn ones included
    QList<domain::DocumentWritten> documents;  // letters and statements written, newest first
    QList<domain::Promise> promises;    // latest due first
    QList<domain::Call> calls;
    QList<domain::Note> notes;
    QList<domain::FollowUp> followUps;  // latest due first
    QList<PromiseSettlement> settlements;
    QList<store::CallDiscount> discounts;  // agreed in the debtor's calls

    // Call id -> how many times the debtor had given that call's excuse
    // category up to and including that call (1 = first time). Repeated
    // excuses matter: the second "I have no funds" is read differently.
    QHash<domain::Id, int> excuseOccurrence;
    QHash<domain::Id, QString> userNames;  // id -> display name, for calls and notes

    int daysPastDue = 0;
    domain::AgingBucket bucket = domain::AgingBucket::Current;
    domain::StrategyInput strategyInput;  // `now` is the moment of reading
    domain::Suggestion suggestion;
    int attemptsInLast7Days = 0;
    int attemptsToday = 0;  // since the debtor's day began

    // The largest discount an agent may offer this debtor: its segment's,
    // or the office's.
    int discountLimit() const { return settings.discountLimitFor(debtor.segment); }
    QList<PromiseSettlement> settlementsOfPayment(domain::Id paymentId) const;
    QList<PromiseSettlement> settlementsOfPromise(domain::Id promiseId) const;
    const domain::Promise *promise(domain::Id id) const;
    const domain::Invoice *invoice(domain::Id id) const;
    const domain::Note *note(domain::Id id) const;
    const domain::Call *call(domain::Id id) const;
    // The call that corrects `callId`, if one does: the corrected call stays
    // in the file, greyed, and the correction's record is the one that counts.
    const domain::Call *correctionOf(domain::Id callId) const;
    // The call as it stands: `callId`, or its latest correction.
    const domain::Call *latestVersionOf(domain::Id callId) const;
    // The discount agreed in `callId` (or in the call a correction restates).
    const store::CallDiscount *discountOf(domain::Id callId) const;
    QString userName(const std::optional<domain::Id> &id) const;
    // The statements still to send to a debtor who said the account was
    // already paid: a payment recorded now may be the one claimed, and
    // then they have nothing left to prove. Oldest first.
    QList<domain::FollowUp> openPaymentClaims() const;
    // The number someone last answered on, to be offered first; empty
    // when no call to the file was answered.
    QString lastAnsweredNumber() const;
    // The day the last call to `number` reached a wrong number; nullopt
    // when its last call reached someone (or it was never called).
    std::optional<QDate> wrongNumberOn(const QString &number) const;
    // Part of what was owed was written off (not paid, not forgiven by
    // agreement): no paid-in-full letter says otherwise.
    bool writtenOff() const { return writtenOff(adjustments); }
    static bool writtenOff(const QList<domain::Adjustment> &adjustments);
};

} // namespace libreta::services
