#include "services/demodebtorbuilder.h"

#include "domain/followupplanner.h"
#include "domain/labels.h"
#include "domain/paymentoption.h"
#include "domain/promiseevaluation.h"

#include <algorithm>

// A call that reaches the debtor: the excuse, the profile the agent reads,
// the negotiation and its promise, and what the debtor then really does.

namespace libreta::services::demo {

ExcuseCategory DebtorBuilder::pickExcuse()
{
    int c = 0;
    switch (m_behaviour) {
    case Behaviour::Good: c = m_r.weighted({15, 5, 5, 15, 5, 35, 3, 2, 15}); break;
    case Behaviour::Struggling: c = m_r.weighted({5, 3, 35, 15, 2, 10, 20, 2, 8}); break;
    case Behaviour::Evasive: c = m_r.weighted({15, 12, 8, 10, 15, 15, 2, 10, 13}); break;
    case Behaviour::Hopeless: c = m_r.weighted({5, 5, 35, 5, 5, 5, 20, 12, 8}); break;
    }
    auto category = ExcuseCategory(c);
    if (isCompany() && category == ExcuseCategory::IllnessOrJobLoss)
        category = ExcuseCategory::WaitingForCustomer;
    return category;
}

Intent DebtorBuilder::drawIntent()
{
    switch (m_behaviour) {
    case Behaviour::Good: return Intent(m_r.weighted({80, 8, 6, 6}));
    case Behaviour::Struggling: return Intent(m_r.weighted({45, 25, 10, 20}));
    case Behaviour::Evasive: return Intent(m_r.weighted({25, 10, 10, 55}));
    case Behaviour::Hopeless: return Intent(m_r.weighted({12, 15, 5, 68}));
    }
    return Intent::Break;
}

PaymentMethod DebtorBuilder::pickMethod()
{
    if (local())
        return std::array{PaymentMethod::Transfer, PaymentMethod::Mobile, PaymentMethod::Store, PaymentMethod::Card,
                          PaymentMethod::Cash}[size_t(m_r.weighted({45, 20, 10, 15, 10}))];
    if (m_spain)
        return std::array{PaymentMethod::Transfer, PaymentMethod::Card, PaymentMethod::Cash}[size_t(m_r.weighted({70, 25, 5}))];
    return std::array{PaymentMethod::Transfer, PaymentMethod::Deposit, PaymentMethod::Cash, PaymentMethod::Card,
                      PaymentMethod::Check}[size_t(m_r.weighted({50, 20, 8, 15, 7}))];
}

void DebtorBuilder::schedulePromisePayment(int promise, Intent intent)
{
    const PlannedPromise &p = m_plan.promises.at(promise);
    const int grace = m_ctx.graceDays;
    auto onTime = [&] {
        QDate date = (grace > 0 && m_r.chance(0.25)) ? p.due.addDays(m_r.between(1, grace))
                                                      : p.due.addDays(-m_r.between(0, 3));
        return std::max(date, p.madeOn.addDays(1));
    };
    switch (intent) {
    case Intent::Keep:
        schedule(onTime(), p.amount, p.method, -1, promise, backOffice());
        break;
    case Intent::Partial: {
        const qint64 part = std::min(p.amount - 100, roundDown(p.amount * m_r.between(20, 80) / 100, 100));
        schedule(onTime(), part, p.method, -1, promise, backOffice());
        break;
    }
    case Intent::Late:
        schedule(graceEnd(p.due, grace).addDays(m_r.between(1, 20)), p.amount, p.method, -1, promise, backOffice());
        break;
    case Intent::Break:
        break;
    }
}

void DebtorBuilder::cancelFutureCommitments(const QDate &day)
{
    for (int i = 0; i < m_plan.promises.size(); ++i) {
        PlannedPromise &p = m_plan.promises[i];
        if (p.status == PromiseStatus::Cancelled || p.due < day)
            continue;
        p.status = PromiseStatus::Cancelled;
        p.resolvedOn = day;
        m_scheduled.erase(std::remove_if(m_scheduled.begin(), m_scheduled.end(),
                                         [i](const Scheduled &s) { return s.promise == i; }),
                          m_scheduled.end());
    }
}

int DebtorBuilder::addPromise(int call, int plan, int sequence, qint64 amount, const QDate &due, PaymentMethod method,
                              const QDate &madeOn)
{
    PlannedPromise p;
    p.call = call;
    p.plan = plan;
    p.sequence = sequence;
    p.amount = amount;
    p.due = due;
    p.method = method;
    p.madeOn = madeOn;
    m_plan.promises.append(p);
    return int(m_plan.promises.size() - 1);
}

void DebtorBuilder::fillProfileAndListening(Call &c, const std::optional<ExcuseCategory> &category)
{
    const bool willing = m_behaviour == Behaviour::Good || m_behaviour == Behaviour::Struggling;
    const bool able = m_behaviour == Behaviour::Good || m_behaviour == Behaviour::Evasive;
    // Agents read the profile right most of the time, not always.
    c.willing = m_r.chance(0.9) ? willing : !willing;
    c.able = m_r.chance(0.9) ? able : !able;
    QString listening;
    if (category) {
        c.excuseCategory = category;
        c.excuseKind = suggestedExcuseKind(*category);
        c.excuseWords = m_r.pick(w.excuseWords.at(int(*category)));
        listening = c.excuseWords + QLatin1Char(' ');
    }
    listening += m_r.pick(*c.willing ? w.listeningWilling : w.listeningUnwilling);
    c.notes.listening = listening;
    const int techniques = m_r.between(1, 2);
    for (int i = 0; i < techniques; ++i) {
        const QString &t = m_r.pick(w.techniques);
        // A discount is named only by the call that agreed one (offerDiscount).
        if (!c.techniques.contains(t) && t != w.discountTechnique)
            c.techniques.append(t);
    }
}

std::optional<PlannedDiscount> DebtorBuilder::offerDiscount(qint64 overdue, const QDate &day)
{
    // Those who cannot pay it all are offered one most often.
    double chance = 0.03;
    switch (m_behaviour) {
    case Behaviour::Good: break;
    case Behaviour::Struggling: chance = 0.22; break;
    case Behaviour::Evasive: chance = 0.08; break;
    case Behaviour::Hopeless: chance = 0.25; break;
    }
    if (!m_r.chance(chance))
        return std::nullopt;
    PlannedDiscount d;
    const QString segment = segmentFor(outstanding());
    d.limitPercent = m_ctx.rules.discountLimitFor(segment);
    // Mostly inside the limit, in steps of 5%; now and then a step or two
    // above it, for a supervisor to decide (who refuses 25%): more often
    // for a large balance, worth the supervisor's time to close.
    const int inside = std::clamp(d.limitPercent / 5, 1, 5);
    const double above = segment == QStringLiteral("Bajo") ? 0.1 : 0.35;
    d.percent = 5 * ((inside == 5 || !m_r.chance(above)) ? m_r.between(1, inside)
                                                         : std::min(5, inside + 1 + m_r.weighted({3, 1})));
    d.balance = overdue;
    PaymentOption option;
    option.balance = Money::fromMinor(overdue);
    option.discountPercent = d.percent;
    d.agreedTotal = agreedTotal(option).minor();
    if (d.percent > d.limitPercent && day < m_ctx.today.addDays(-7) && !m_ctx.supervisorIds.isEmpty())
        d.decision = d.percent < 25 ? PlannedDiscount::Decision::Approved : PlannedDiscount::Decision::Rejected;
    return d;
}

QDate DebtorBuilder::callAfterGrace(const QDate &graceEnded, std::optional<Id> agentId)
{
    // The call-back of a promise not kept is due the day after its grace;
    // a diligent agent calls that day, another a few days on.
    m_callPlanned = true;
    return graceEnded.addDays(m_r.chance(diligence(agentId)) ? 1 : m_r.between(2, 5));
}

void DebtorBuilder::taskForArgument(int call, const QDate &day)
{
    const Call &c = m_plan.calls.at(call).call;
    if (!c.excuseCategory || c.excuseKind != ExcuseKind::Argument)
        return;
    const int f = addFollowUp(domain::taskForArgument(*c.excuseCategory), day, std::nullopt, -1, call, c.agentId);
    // Most agents send the copy or the statement the day they promise it;
    // some let it slide, so the Panel's follow-through has someone to coach.
    const QDate doneOn = m_r.chance(diligence(c.agentId)) ? day : day.addDays(m_r.between(1, 5));
    PlannedTask &fu = m_plan.followUps[f];
    // Of those who let it slide, about half move it, that evening, to the
    // day they will do it: "on time" there, and a put-off on the Panel.
    if (doneOn > day && day < m_ctx.today && m_r.chance(0.5)) {
        fu.putOffFrom = day;
        fu.due = doneOn;
    }
    if (doneOn < m_ctx.today) {
        fu.status = FollowUpStatus::Done;
        fu.result = m_r.pick(w.taskResults);
        fu.doneAt = QDateTime(doneOn, QTime(17, 0).addSecs(m_r.between(0, 3600)), Qt::UTC);
    }
}

QDate DebtorBuilder::attemptRightParty(const QDate &d)
{
    const bool company = isCompany();
    const bool decisionMaker = company && m_r.chance(0.7);
    const int contact = decisionMaker ? m_decisionMaker : 0;
    const AnsweredBy by = decisionMaker ? AnsweredBy::DecisionMaker : AnsweredBy::Debtor;
    const qint64 undisputed = overdue(d, true);
    const QString presentation =
        decisionMaker ? m_r.pick(w.presentationCompany).arg(m_plan.contacts.at(contact).name)
        : company     ? QStringLiteral("Atendió cuentas por pagar; confirmé que pueden tratar el saldo.")
                      : m_r.pick(w.presentationPerson);

    if (undisputed <= 0) {
        // Only disputed invoices are overdue: the call is about the dispute.
        const int i = addCall(d, by, CallOutcome::Refusal, contact, m_r.between(180, 600));
        Call &c = m_plan.calls[i].call;
        c.notes.presentation = presentation;
        fillProfileAndListening(c, ExcuseCategory::AmountDisputed);
        c.notes.negotiation = m_r.pick(w.negotiationRefused);
        c.preCloseAnswer = PreCloseAnswer::Refusal;
        c.notes.preClose = m_r.pick(w.preCloseRefusal);
        c.refusalReason = QStringLiteral("No paga lo que tiene en disputa hasta que se aclare.");
        c.nextStep = QStringLiteral("Aclarar la disputa con el área comercial y enviar estado de cuenta.");
        c.notes.close = m_r.pick(w.closeRefusal);
        taskForArgument(i, d);
        return d.addDays(m_r.between(20, 45));
    }

    enum Action { Pay, Promise_, Plan, Refuse };
    int action = 0;
    switch (m_behaviour) {
    case Behaviour::Good: action = m_r.weighted({35, 55, 3, 7}); break;
    case Behaviour::Struggling: action = m_r.weighted({10, 45, 30, 15}); break;
    case Behaviour::Evasive: action = m_r.weighted({5, 55, 5, 35}); break;
    case Behaviour::Hopeless: action = m_r.weighted({3, 35, 12, 50}); break;
    }
    if (action == Plan && undisputed < scaled(300000))
        action = Promise_;

    const int seconds = m_r.between(180, 720);
    if (action == Pay) {
        const bool full = undisputed < scaled(100000) || m_r.chance(0.45);
        const qint64 amount =
            full ? undisputed : std::min(undisputed, roundDown(undisputed * m_r.between(20, 60) / 100, scaled(5000)));
        const PaymentMethod method = m_r.chance(0.6) ? PaymentMethod::Card : PaymentMethod::Transfer;
        const int i = addCall(d, by, CallOutcome::Payment, contact, seconds);
        Call &c = m_plan.calls[i].call;
        c.notes.presentation = presentation;
        fillProfileAndListening(c, m_r.chance(0.5) ? std::optional<ExcuseCategory>(pickExcuse()) : std::nullopt);
        c.notes.negotiation = (full ? m_r.pick(w.negotiationFull) : m_r.pick(w.negotiationPartial)).arg(moneyText(amount, m_ctx.currencyCode));
        c.preCloseAnswer = full ? PreCloseAnswer::Full : PreCloseAnswer::Partial;
        c.notes.preClose = m_r.pick(full ? w.preCloseFull : w.preClosePartial);
        c.commitmentText = QStringLiteral("Pago de %1 %2 durante la llamada.").arg(moneyText(amount, m_ctx.currencyCode), demo::methodWords(method));
        c.commitmentConfirmed = true;
        c.notes.close = m_r.pick(w.closePayment).arg(moneyText(amount, m_ctx.currencyCode), demo::methodWords(method));
        Scheduled now;
        now.date = d;
        now.amount = amount;
        now.method = method;
        now.by = c.agentId;
        realize(now);
        taskForArgument(i, d);
        return d.addDays(m_r.between(7, 20));
    }

    if (action == Refuse) {
        const int i = addCall(d, by, CallOutcome::Refusal, contact, seconds);
        Call &c = m_plan.calls[i].call;
        c.notes.presentation = presentation;
        fillProfileAndListening(c, pickExcuse());
        c.notes.negotiation = m_r.pick(w.negotiationRefused);
        c.preCloseAnswer = PreCloseAnswer::Refusal;
        c.notes.preClose = m_r.pick(w.preCloseRefusal);
        c.refusalReason = m_r.pick(w.refusalReasons);
        c.nextStep = m_r.pick(w.nextSteps);
        c.notes.close = m_r.pick(w.closeRefusal);
        taskForArgument(i, d);
        return d.addDays(m_r.between(5, 14));
    }

    cancelFutureCommitments(d);
    const PaymentMethod method = pickMethod();
    if (action == Plan) {
        const int count = m_r.between(3, 6);
        // Monthly, by the "quincena" (the 15th and the month's end) or weekly.
        const auto frequency = std::array{PlanFrequency::Monthly, PlanFrequency::Semimonthly,
                                          PlanFrequency::Weekly}[size_t(m_r.weighted({60, 30, 10}))];
        const QDate first = d.addDays(m_r.between(3, 15));
        const auto terms = splitIntoInstalments(Money::fromMinor(undisputed), count, frequency, first);
        const int i = addCall(d, by, CallOutcome::Promise, contact, seconds);
        PlannedPlan plan;
        plan.call = i;
        plan.frequency = frequency;
        m_plan.plans.append(plan);
        const int planIndex = int(m_plan.plans.size() - 1);
        m_plan.calls[i].plan = planIndex;
        for (int k = 0; k < terms.size(); ++k)
            m_plan.plans[planIndex].instalments.append(
                addPromise(i, planIndex, k + 1, terms[k].amount.minor(), terms[k].dueDate, method, d));

        Call &c = m_plan.calls[i].call;
        c.notes.presentation = presentation;
        fillProfileAndListening(c, pickExcuse());
        c.notes.negotiation = m_r.pick(w.negotiationPlan).arg(count).arg(demo::frequencyWords(frequency));
        c.preCloseAnswer = PreCloseAnswer::Partial;
        c.notes.preClose = m_r.pick(w.preClosePartial);
        c.commitmentText = QStringLiteral("Convenio de %1 pagos %2 de %3 desde el %4, %5.")
                               .arg(count)
                               .arg(demo::frequencyWords(frequency), moneyText(terms.first().amount.minor(), m_ctx.currencyCode),
                                    dateText(first), demo::methodWords(method));
        c.commitmentConfirmed = true;
        c.notes.close = m_r.pick(w.closePromise)
                            .arg(moneyText(terms.first().amount.minor(), m_ctx.currencyCode), dateText(first), demo::methodWords(method));
        taskForArgument(i, d);

        // A plan is kept instalment by instalment until it falls apart;
        // the agent calls again once an instalment is not paid in full
        // on time, or when the plan is over.
        bool healthy = true;
        QDate firstMiss;
        const QList<int> instalments = m_plan.plans[planIndex].instalments;
        for (int k : instalments) {
            const Intent intent = healthy ? drawIntent() : Intent::Break;
            if (intent == Intent::Break && healthy)
                healthy = m_r.chance(0.3);
            if (intent != Intent::Keep && !firstMiss.isValid())
                firstMiss = graceEnd(m_plan.promises[k].due, m_ctx.graceDays);
            schedulePromisePayment(k, intent);
        }
        const QDate after = firstMiss.isValid() ? firstMiss : graceEnd(terms.last().dueDate, m_ctx.graceDays);
        return callAfterGrace(after, c.agentId);
    }

    const bool partial = undisputed >= scaled(200000) && m_r.chance(0.35);
    const std::optional<PlannedDiscount> discount = partial ? std::nullopt : offerDiscount(undisputed, d);
    const qint64 amount =
        partial    ? std::min(undisputed, roundDown(undisputed * m_r.between(20, 70) / 100, scaled(5000)))
        : discount ? discount->agreedTotal
                   : undisputed;
    const int span = m_r.weighted({30, 35, 35});
    const QDate due = d.addDays(span == 0 ? m_r.between(1, 3) : span == 1 ? m_r.between(4, 7) : m_r.between(8, 15));
    const int i = addCall(d, by, CallOutcome::Promise, contact, seconds);
    const int p = addPromise(i, -1, 1, amount, due, method, d);
    m_plan.promises[p].discount = discount;
    m_plan.calls[i].promise = p;
    Call &c = m_plan.calls[i].call;
    c.notes.presentation = presentation;
    fillProfileAndListening(c, pickExcuse());
    if (discount) {
        c.techniques.append(w.discountTechnique);
        c.notes.negotiation = m_r.pick(w.negotiationDiscount)
                                  .arg(discount->percent)
                                  .arg(moneyText(discount->balance, m_ctx.currencyCode), moneyText(amount, m_ctx.currencyCode));
    } else {
        c.notes.negotiation =
            (partial ? m_r.pick(w.negotiationPartial) : m_r.pick(w.negotiationFull)).arg(moneyText(amount, m_ctx.currencyCode));
    }
    c.preCloseAnswer = partial ? PreCloseAnswer::Partial : PreCloseAnswer::Full;
    c.notes.preClose = m_r.pick(partial ? w.preClosePartial : w.preCloseFull);
    c.commitmentText = QStringLiteral("Pago de %1 el %2 %3.").arg(moneyText(amount, m_ctx.currencyCode), dateText(due), demo::methodWords(method));
    c.commitmentConfirmed = true;
    c.notes.close = m_r.pick(w.closePromise).arg(moneyText(amount, m_ctx.currencyCode), dateText(due), demo::methodWords(method));
    taskForArgument(i, d);
    schedulePromisePayment(p, drawIntent());
    return callAfterGrace(graceEnd(due, m_ctx.graceDays), c.agentId);
}

} // namespace libreta::services::demo
