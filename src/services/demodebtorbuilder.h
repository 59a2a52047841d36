#pragma once

#include "domain/allocation.h"
#include "services/demoplan.h"

#include <cmath>

namespace libreta::services::demo {

// Invents one debtor and walks its last year day by day: invoices fall due,
// agents call, the debtor promises, pays or not, follow-ups are planned. Every
// number comes from the debtor's own generator (seed, index), so the result
// does not depend on batching or on what was generated before.
//
// One object per debtor, used by buildDebtorPlan only (services/demobuilder.h);
// each group of steps below names the file it lives in.
class DebtorBuilder {
public:
    DebtorBuilder(const Context &ctx, quint64 seed, qint64 index) : m_ctx(ctx), m_r(seed), m_index(index) {}

    DebtorPlan build();

private:
    const demo::DemoWords &w = demo::words();
    const Context &m_ctx;
    Rng m_r;
    qint64 m_index;
    DebtorPlan m_plan;
    Behaviour m_behaviour = Behaviour::Good;
    bool m_spain = false;
    const demo::CityInfo *m_city = nullptr;
    QString m_slug;           // for e-mail domains of companies
    int m_decisionMaker = 0;  // contact index that decides payment
    QDate m_stop;             // do-not-contact or legal: no calls from this day
    bool m_legal = false;
    QString m_dncReason;
    std::vector<Scheduled> m_scheduled;
    int m_scheduleOrder = 0;
    QList<int> m_waitingCallbacks;  // follow-ups the next call completes
    bool m_callPlanned = false;      // the next call is a promise's: not put off

    bool isCompany() const { return m_plan.debtor.kind == DebtorKind::Company; }
    // An office outside Mexico and Spain: its debtors are its country's.
    bool local() const { return m_ctx.market != Market::MexicoAndSpain; }
    // A Mexican-peso amount (in cents) in the office's currency.
    qint64 scaled(qint64 minor) const { return std::llround(double(minor) * m_ctx.amountScale); }

    // Who the debtor is and how to reach them (demobuilderidentity.cpp).
    void makeIdentity();
    QString phone(bool mobile);
    QString personalEmail(const QString &fullName);
    Contact personContact(ContactRole role, const QString &name, bool withHomePhone);
    void makeContacts();

    // The invoices, and the payments as they come (demobuilderpayments.cpp).
    void makeInvoices();
    std::optional<Id> backOffice();
    void schedule(const QDate &date, qint64 amount, PaymentMethod method, int preferredInvoice, int promise,
                  std::optional<Id> by);
    QString reference(PaymentMethod method);
    // The invoices issued by `day` with something still owed, and that sum.
    QList<OpenInvoice> openOn(const QDate &day, qint64 &owed) const;
    // Allocates a payment against the invoices open on its date, as posting it would.
    void realize(const Scheduled &s);
    // What a standing discount forgives comes off once its promise is paid
    // on time, as services::DiscountSettlement takes it off: the story
    // after it no longer chases that part.
    void forgiveEarnedDiscount(int promise, const QDate &paidOn);
    void realizeUntil(const QDate &date, bool inclusive);
    qint64 overdue(const QDate &asOf, bool undisputedOnly) const;
    qint64 outstanding() const;
    QDate nextOpenDue(const QDate &from) const;
    // The first day from `from` on when a payment left nothing owed
    // (invalid: none did).
    QDate paidInFullOn(const QDate &from) const;

    // The year's calls, day by day (demobuildercalls.cpp).
    std::optional<Id> callAgent();
    int addCall(const QDate &day, AnsweredBy answeredBy, CallOutcome outcome, int contact, int seconds);
    int addFollowUp(FollowUpKind kind, const QDate &due, std::optional<QTime> time, int promise, int call,
                    std::optional<Id> assignedTo);
    QTime quarterHour(int fromHour, int toHour);
    // How often an agent does a task on its day: 0.55 to 0.95, fixed per
    // agent (by their place among the office's agents).
    double diligence(std::optional<Id> agentId) const;
    // The day of the call after a promise's (or a plan's instalment's) grace.
    QDate callAfterGrace(const QDate &graceEnded, std::optional<Id> agentId);
    // What a call on `agreedOn` that agreed to call back on `due` at `at`
    // says, and its next step.
    void noteCallback(Call &call, const QDate &agreedOn, const QDate &due, const QTime &at);
    QDate attemptWrongParty(const QDate &d);
    void simulate();

    // A call that reaches the debtor (demobuilderconversation.cpp).
    ExcuseCategory pickExcuse();
    Intent drawIntent();
    PaymentMethod pickMethod();
    void schedulePromisePayment(int promise, Intent intent);
    // A new agreement replaces what is left of an earlier plan.
    void cancelFutureCommitments(const QDate &day);
    int addPromise(int call, int plan, int sequence, qint64 amount, const QDate &due, PaymentMethod method,
                   const QDate &madeOn);
    void fillProfileAndListening(Call &c, const std::optional<ExcuseCategory> &category);
    // Now and then the agent closes the overdue balance with a discount.
    std::optional<PlannedDiscount> offerDiscount(qint64 overdue, const QDate &day);
    void taskForArgument(int call, const QDate &day);
    QDate attemptRightParty(const QDate &d);

    // The promises judged, their follow-ups planned (demobuilderpromises.cpp).
    // The rule, as the program applies it: a debtor's live promises in
    // due-date order form one chain against the payments made since the
    // first was agreed (services/promisereevaluator.cpp does the same).
    void evaluatePromises();
    void planPromiseFollowUps();

    // The last touches: segment, risk, value, status, notes (demobuilder.cpp).
    // The segment a balance puts a debtor in.
    QString segmentFor(qint64 outstanding) const;
    void finish();
};

} // namespace libreta::services::demo
