#include "services/demobuilder.h"

#include "domain/allocation.h"
#include "domain/followupplanner.h"
#include "domain/labels.h"
#include "domain/promiseevaluation.h"
#include "domain/textfold.h"
#include "services/demoidentity.h"
#include "services/demonames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace libreta::services::demo {
namespace {

// ---------------------------------------------------------------- builder

// Invents one debtor and walks its last year day by day: invoices fall due,
// agents call, the debtor promises, pays or not, follow-ups are planned. Every
// number comes from the debtor's own generator (seed, index), so the result
// does not depend on batching or on what was generated before.
class Builder {
public:
    Builder(const Context &ctx, quint64 seed, qint64 index) : m_ctx(ctx), m_r(seed), m_index(index) {}

    DebtorPlan build()
    {
        makeIdentity();
        makeContacts();
        makeInvoices();
        simulate();
        evaluatePromises();
        planPromiseFollowUps();
        finish();
        return std::move(m_plan);
    }

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

    bool isCompany() const { return m_plan.debtor.kind == DebtorKind::Company; }

    // ---- identity

    void makeIdentity()
    {
        Debtor &d = m_plan.debtor;
        m_spain = m_r.chance(0.22);
        m_city = &pickCity(m_r, m_spain);
        d.kind = m_r.chance(0.7) ? DebtorKind::Person : DebtorKind::Company;
        m_behaviour = Behaviour(m_r.weighted({30, 30, 25, 15}));
        d.externalRef = QStringLiteral("CLI-%1").arg(m_index + 1, m_ctx.refWidth, 10, QLatin1Char('0'));

        if (d.kind == DebtorKind::Person) {
            const PersonName p = personName(m_r);
            d.name = p.full;
            d.taxId = m_spain ? nif(m_r) : rfcPerson(m_r, p);
        } else {
            QString base;
            QString suffix;
            if (m_spain) {
                const QString &surname = m_r.pick(w.surnames);
                const int form = m_r.weighted({50, 30, 20});
                base = m_r.pick(w.spainActivities) + QLatin1Char(' ') +
                       (form == 0 ? surname : form == 1 ? m_r.pick(w.spainTails) : QStringLiteral("Hermanos ") + surname);
                suffix = QString::fromLatin1(std::array{"S.L.", "S.A.", "S.L.U."}[size_t(m_r.weighted({70, 20, 10}))]);
                d.taxId = cif(m_r, *m_city, suffix == QLatin1String("S.A."));
            } else {
                const QString &surname = m_r.pick(w.surnames);
                const int form = m_r.weighted({50, 25, 25});
                base = m_r.pick(w.mexicoActivities) + QLatin1Char(' ') +
                       (form == 0 ? surname : form == 1 ? m_r.pick(w.mexicoTails) : surname + QStringLiteral(" Hermanos"));
                suffix = QString::fromLatin1(
                    std::array{"S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."}[size_t(m_r.weighted({60, 30, 10}))]);
                d.taxId = rfcCompany(m_r, base);
            }
            d.name = base + QLatin1Char(' ') + suffix;
            m_slug = domain::foldForSearch(base).replace(QLatin1Char(' '), QLatin1Char('-')).left(32);
        }

        d.timeZone = demo::timeZoneIds().at(m_city->zone);
        d.city = m_city->name;
        const int postal = m_r.between(m_city->postalFrom, m_city->postalTo);
        if (m_spain) {
            d.address = m_r.pick(w.spainStreets) + QStringLiteral(", %1, %2º %3, %4")
                                                       .arg(m_r.between(1, 180))
                                                       .arg(m_r.between(1, 8))
                                                       .arg(QChar(u'A' + m_r.below(4)))
                                                       .arg(postal, 5, 10, QLatin1Char('0'));
        } else {
            d.address = m_r.pick(w.mexicoStreets) + QStringLiteral(" %1, Col. %2, C.P. %3, %4")
                                                        .arg(m_r.between(1, 3999))
                                                        .arg(m_r.pick(w.mexicoNeighbourhoods))
                                                        .arg(postal, 5, 10, QLatin1Char('0'))
                                                        .arg(m_city->region);
        }
        if (!m_ctx.agentIds.isEmpty() && m_r.chance(0.9))
            d.assignedAgentId = m_ctx.agentIds.at(m_r.below(int(m_ctx.agentIds.size())));

        if (m_r.chance(0.02)) {
            d.doNotContact = true;
            m_dncReason = m_r.pick(w.doNotContactReasons);
            d.doNotContactReason = m_dncReason;
            m_stop = m_ctx.today.addDays(-m_r.between(3, 200));
        } else if (m_behaviour == Behaviour::Hopeless && m_r.chance(0.06)) {
            m_legal = true;
            m_stop = m_ctx.today.addDays(-m_r.between(10, 150));
        }
    }

    // ---- contacts

    QString phone(bool mobile)
    {
        if (m_spain) {
            QString nine;
            if (mobile)
                nine = QChar(m_r.chance(0.85) ? u'6' : u'7') + digits(m_r, 8);
            else
                nine = m_city->areaCode + digits(m_r, 9 - int(m_city->areaCode.size()));
            return QStringLiteral("+34 ") + nine.left(3) + QLatin1Char(' ') + nine.mid(3, 3) + QLatin1Char(' ') + nine.mid(6);
        }
        const QString &area = m_city->areaCode;
        QString rest = QChar(u'2' + m_r.below(8)) + digits(m_r, 9 - int(area.size()));
        if (area.size() == 2)
            return QStringLiteral("+52 ") + area + QLatin1Char('-') + rest.left(4) + QLatin1Char('-') + rest.mid(4);
        return QStringLiteral("+52 ") + area + QLatin1Char('-') + rest.left(3) + QLatin1Char('-') + rest.mid(3);
    }

    QString personalEmail(const QString &fullName)
    {
        const QStringList parts = domain::foldForSearch(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString local;
        switch (m_r.below(3)) {
        case 0: local = parts.first() + QLatin1Char('.') + parts.value(parts.size() - 2); break;
        case 1: local = parts.first().left(1) + parts.value(parts.size() - 2) + QString::number(m_r.between(1, 99)); break;
        default: local = parts.first() + QLatin1Char('_') + parts.last().left(3) + QString::number(m_r.between(70, 99)); break;
        }
        return local + QLatin1Char('@') + m_r.pick(w.emailDomains);
    }

    Contact personContact(ContactRole role, const QString &name, bool withHomePhone)
    {
        Contact c;
        c.role = role;
        c.name = name;
        c.bestTime = m_r.pick(w.bestTimes);
        c.phones.append({0, phone(true), QStringLiteral("móvil")});
        if (withHomePhone)
            c.phones.append({0, phone(false), m_r.chance(0.5) ? QStringLiteral("casa") : QStringLiteral("oficina")});
        return c;
    }

    void makeContacts()
    {
        const Debtor &d = m_plan.debtor;
        if (d.kind == DebtorKind::Person) {
            Contact c = personContact(ContactRole::Debtor, d.name, m_r.chance(0.4));
            if (m_r.chance(0.5))
                c.emails.append({0, personalEmail(d.name), QStringLiteral("personal")});
            m_plan.contacts.append(c);
            m_decisionMaker = 0;
            if (m_r.chance(0.15)) {
                Contact other = personContact(m_r.chance(0.5) ? ContactRole::Guarantor : ContactRole::Reference,
                                              personName(m_r).full, false);
                other.doNotContact = m_r.chance(0.05);
                m_plan.contacts.append(other);
            }
            return;
        }
        const QString domainName = m_slug + QStringLiteral(".example");
        Contact main;
        main.role = ContactRole::Debtor;
        main.name = m_spain ? QStringLiteral("Administración") : QStringLiteral("Cuentas por pagar");
        main.bestTime = m_r.pick(w.bestTimes);
        main.phones.append({0, phone(false), QStringLiteral("conmutador")});
        if (m_r.chance(0.7))
            main.emails.append({0, (m_spain ? QStringLiteral("administracion@") : QStringLiteral("pagos@")) + domainName,
                                QStringLiteral("facturas")});
        m_plan.contacts.append(main);

        const PersonName p = personName(m_r);
        const QString title = m_r.chance(0.3) ? m_r.pick(w.titles) + QLatin1Char(' ') : QString();
        Contact dm = personContact(ContactRole::DecisionMaker, title + p.full, false);
        if (m_r.chance(0.6)) {
            const QStringList parts = domain::foldForSearch(p.full).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            dm.emails.append({0, parts.first() + QLatin1Char('.') + parts.value(parts.size() - 2) + QLatin1Char('@') + domainName,
                              QStringLiteral("trabajo")});
        }
        m_plan.contacts.append(dm);
        m_decisionMaker = 1;
    }

    // ---- invoices

    void makeInvoices()
    {
        const QDate &today = m_ctx.today;
        const int count = 1 + m_r.weighted({15, 25, 25, 20, 15});
        const double lo = isCompany() ? 3000.0 : 500.0;
        const double hi = isCompany() ? 250000.0 : 60000.0;
        const int terms = std::array{15, 30, 30, 45, 60}[size_t(m_r.below(5))];
        for (int i = 0; i < count; ++i) {
            PlannedInvoice inv;
            const int bucket = m_r.weighted({18, 17, 14, 12, 19, 20});
            int overdueDays = 0;
            switch (bucket) {
            case 0: overdueDays = -m_r.between(0, 30); break;
            case 1: overdueDays = m_r.between(1, 30); break;
            case 2: overdueDays = m_r.between(31, 60); break;
            case 3: overdueDays = m_r.between(61, 90); break;
            case 4: overdueDays = m_r.between(91, 180); break;
            default: overdueDays = m_r.between(181, 420); break;
            }
            inv.due = today.addDays(-overdueDays);
            inv.issue = std::min(inv.due.addDays(-terms), today.addDays(-m_r.between(0, 3)));
            const double pesos = std::exp(std::log(lo) + m_r.unit() * (std::log(hi) - std::log(lo)));
            inv.amount = std::clamp<qint64>(std::llround(pesos * 100.0), 50000, 25000000);
            inv.outstanding = inv.amount;
            if (m_r.chance(isCompany() ? 0.05 : 0.025)) {
                inv.disputed = true;
                inv.disputeReason = m_r.pick(w.disputeReasons);
            }
            m_plan.invoices.append(inv);
        }
        std::stable_sort(m_plan.invoices.begin(), m_plan.invoices.end(),
                         [](const PlannedInvoice &a, const PlannedInvoice &b) { return a.issue < b.issue; });
        // Numbers grow with the issue date, as an office's invoice series does.
        if (m_spain) {
            int seq = m_r.between(1, 5000);
            for (auto &inv : m_plan.invoices) {
                seq += m_r.between(1, 200);
                inv.number = QStringLiteral("%1/%2").arg(inv.issue.year()).arg(seq, 5, 10, QLatin1Char('0'));
            }
        } else {
            const QString series = m_r.pick({QStringLiteral("A"), QStringLiteral("F"), QStringLiteral("FAC"), QStringLiteral("B")});
            int folio = m_r.between(100, 90000);
            for (auto &inv : m_plan.invoices) {
                folio += m_r.between(1, 400);
                inv.number = series + QLatin1Char('-') + QString::number(folio);
            }
        }
    }

    // ---- payments

    std::optional<Id> backOffice()
    {
        if (m_plan.debtor.assignedAgentId && m_r.chance(0.7))
            return m_plan.debtor.assignedAgentId;
        return m_ctx.backOfficeId;
    }

    void schedule(const QDate &date, qint64 amount, PaymentMethod method, int preferredInvoice, int promise,
                  std::optional<Id> by)
    {
        if (date > m_ctx.today || amount <= 0)
            return;  // not paid yet
        Scheduled s;
        s.date = date;
        s.amount = amount;
        s.method = method;
        s.preferredInvoice = preferredInvoice;
        s.promise = promise;
        s.by = by;
        s.order = m_scheduleOrder++;
        const auto at = std::upper_bound(m_scheduled.begin(), m_scheduled.end(), s, [](const Scheduled &a, const Scheduled &b) {
            return a.date != b.date ? a.date < b.date : a.order < b.order;
        });
        m_scheduled.insert(at, s);
    }

    QString reference(PaymentMethod method)
    {
        switch (method) {
        case PaymentMethod::Transfer:
            return m_spain ? QStringLiteral("TRF ") + digits(m_r, 10) : QStringLiteral("SPEI ") + digits(m_r, 7);
        case PaymentMethod::Deposit: return QStringLiteral("Ficha ") + digits(m_r, 6);
        case PaymentMethod::Card: return QStringLiteral("Aut. ") + digits(m_r, 6);
        case PaymentMethod::Check: return QStringLiteral("Cheque ") + digits(m_r, 7);
        case PaymentMethod::Cash: return QStringLiteral("Recibo ") + digits(m_r, 5);
        case PaymentMethod::Other: return {};
        }
        return {};
    }

    // Allocates a payment against the invoices open on its date, as posting it would.
    void realize(const Scheduled &s)
    {
        QList<OpenInvoice> open;
        qint64 total = 0;
        for (int i = 0; i < m_plan.invoices.size(); ++i) {
            const PlannedInvoice &inv = m_plan.invoices.at(i);
            if (inv.outstanding > 0 && inv.issue <= s.date) {
                open.append({i + 1, inv.due, inv.issue, Money::fromMinor(inv.outstanding), inv.disputed});
                total += inv.outstanding;
            }
        }
        if (total <= 0)
            return;
        qint64 amount = std::min(s.amount, total);
        // Now and then a debtor rounds up the last payment: the rest stays as credit.
        if (amount == total && m_r.chance(0.04))
            amount += m_r.between(1, 50) * 100;
        const AllocationPlan plan = allocatePayment(
            Money::fromMinor(amount), open,
            s.preferredInvoice >= 0 ? std::optional<Id>(s.preferredInvoice + 1) : std::nullopt);
        PlannedPayment p;
        p.paidOn = s.date;
        p.amount = amount;
        p.method = s.method;
        p.reference = reference(s.method);
        p.createdBy = s.by;
        for (const Allocation &a : plan.allocations) {
            const int i = int(a.invoiceId - 1);
            m_plan.invoices[i].outstanding -= a.amount.minor();
            p.allocations.append({i, a.amount.minor()});
        }
        m_plan.payments.append(p);
    }

    void realizeUntil(const QDate &date, bool inclusive)
    {
        auto it = m_scheduled.begin();
        while (it != m_scheduled.end() && (it->date < date || (inclusive && it->date == date))) {
            realize(*it);
            ++it;
        }
        m_scheduled.erase(m_scheduled.begin(), it);
    }

    qint64 overdue(const QDate &asOf, bool undisputedOnly) const
    {
        qint64 sum = 0;
        for (const auto &inv : m_plan.invoices)
            if (inv.outstanding > 0 && inv.due < asOf && !(undisputedOnly && inv.disputed))
                sum += inv.outstanding;
        return sum;
    }

    qint64 outstanding() const
    {
        qint64 sum = 0;
        for (const auto &inv : m_plan.invoices)
            sum += inv.outstanding;
        return sum;
    }

    QDate nextOpenDue(const QDate &from) const
    {
        QDate next;
        for (const auto &inv : m_plan.invoices)
            if (inv.outstanding > 0 && inv.due >= from && (!next.isValid() || inv.due < next))
                next = inv.due;
        return next;
    }

    // ---- calls

    std::optional<Id> callAgent()
    {
        const auto &assigned = m_plan.debtor.assignedAgentId;
        if (assigned && m_r.chance(0.85))
            return assigned;
        if (m_ctx.agentIds.isEmpty())
            return std::nullopt;
        return m_ctx.agentIds.at(m_r.below(int(m_ctx.agentIds.size())));
    }

    int addCall(const QDate &day, AnsweredBy answeredBy, CallOutcome outcome, int contact, int seconds)
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

    int addFollowUp(FollowUpKind kind, const QDate &due, std::optional<QTime> time, int promise, int call,
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

    QTime quarterHour(int fromHour, int toHour)
    {
        return QTime(fromHour, 0).addSecs(m_r.between(0, (toHour - fromHour) * 4) * 15 * 60);
    }

    QDate attemptWrongParty(const QDate &d)
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
                Call &c = m_plan.calls[i].call;
                c.notes.presentation = m_r.pick(w.callbackNotes).arg(at.toString(QStringLiteral("HH:mm")));
                c.nextStep = QStringLiteral("Volver a llamar a la hora indicada.");
                const int f = addFollowUp(FollowUpKind::Callback, when, at, -1, i, c.agentId);
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

    ExcuseCategory pickExcuse()
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

    Intent drawIntent()
    {
        switch (m_behaviour) {
        case Behaviour::Good: return Intent(m_r.weighted({80, 8, 6, 6}));
        case Behaviour::Struggling: return Intent(m_r.weighted({45, 25, 10, 20}));
        case Behaviour::Evasive: return Intent(m_r.weighted({25, 10, 10, 55}));
        case Behaviour::Hopeless: return Intent(m_r.weighted({12, 15, 5, 68}));
        }
        return Intent::Break;
    }

    PaymentMethod pickMethod()
    {
        if (m_spain)
            return std::array{PaymentMethod::Transfer, PaymentMethod::Card, PaymentMethod::Cash}[size_t(m_r.weighted({70, 25, 5}))];
        return std::array{PaymentMethod::Transfer, PaymentMethod::Deposit, PaymentMethod::Cash, PaymentMethod::Card,
                          PaymentMethod::Check}[size_t(m_r.weighted({50, 20, 8, 15, 7}))];
    }

    void schedulePromisePayment(int promise, Intent intent)
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

    // A new agreement replaces what is left of an earlier plan.
    void cancelFutureCommitments(const QDate &day)
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

    int addPromise(int call, int plan, int sequence, qint64 amount, const QDate &due, PaymentMethod method,
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

    void fillProfileAndListening(Call &c, const std::optional<ExcuseCategory> &category)
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
            if (!c.techniques.contains(t))
                c.techniques.append(t);
        }
    }

    void taskForArgument(int call, const QDate &day)
    {
        const Call &c = m_plan.calls.at(call).call;
        if (!c.excuseCategory || c.excuseKind != ExcuseKind::Argument)
            return;
        const auto task = taskForExcuse(*c.excuseCategory);
        if (!task)
            return;
        const int f = addFollowUp(*task, day, std::nullopt, -1, call, c.agentId);
        const QDate doneOn = day.addDays(m_r.between(0, 2));
        if (doneOn < m_ctx.today) {
            PlannedTask &fu = m_plan.followUps[f];
            fu.status = FollowUpStatus::Done;
            fu.result = m_r.pick(w.taskResults);
            fu.doneAt = QDateTime(doneOn, QTime(17, 0).addSecs(m_r.between(0, 3600)), Qt::UTC);
        }
    }

    QDate attemptRightParty(const QDate &d)
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
        if (action == Plan && undisputed < 300000)
            action = Promise_;

        const int seconds = m_r.between(180, 720);
        if (action == Pay) {
            const bool full = undisputed < 100000 || m_r.chance(0.45);
            const qint64 amount = full ? undisputed : std::min(undisputed, roundDown(undisputed * m_r.between(20, 60) / 100, 5000));
            const PaymentMethod method = m_r.chance(0.6) ? PaymentMethod::Card : PaymentMethod::Transfer;
            const int i = addCall(d, by, CallOutcome::Payment, contact, seconds);
            Call &c = m_plan.calls[i].call;
            c.notes.presentation = presentation;
            fillProfileAndListening(c, m_r.chance(0.5) ? std::optional<ExcuseCategory>(pickExcuse()) : std::nullopt);
            c.notes.negotiation = (full ? m_r.pick(w.negotiationFull) : m_r.pick(w.negotiationPartial)).arg(moneyText(amount));
            c.preCloseAnswer = full ? PreCloseAnswer::Full : PreCloseAnswer::Partial;
            c.notes.preClose = m_r.pick(full ? w.preCloseFull : w.preClosePartial);
            c.commitmentText = QStringLiteral("Pago de %1 %2 durante la llamada.").arg(moneyText(amount), demo::methodWords(method));
            c.commitmentConfirmed = true;
            c.notes.close = m_r.pick(w.closePayment).arg(moneyText(amount), demo::methodWords(method));
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
            const auto frequency = PlanFrequency(std::array{2, 1, 0}[size_t(m_r.weighted({60, 30, 10}))]);
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
                                   .arg(demo::frequencyWords(frequency), moneyText(terms.first().amount.minor()),
                                        dateText(first), demo::methodWords(method));
            c.commitmentConfirmed = true;
            c.notes.close = m_r.pick(w.closePromise)
                                .arg(moneyText(terms.first().amount.minor()), dateText(first), demo::methodWords(method));
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
            return after.addDays(m_r.between(1, 5));
        }

        const bool partial = undisputed >= 200000 && m_r.chance(0.35);
        const qint64 amount = partial ? std::min(undisputed, roundDown(undisputed * m_r.between(20, 70) / 100, 5000)) : undisputed;
        const int span = m_r.weighted({30, 35, 35});
        const QDate due = d.addDays(span == 0 ? m_r.between(1, 3) : span == 1 ? m_r.between(4, 7) : m_r.between(8, 15));
        const int i = addCall(d, by, CallOutcome::Promise, contact, seconds);
        const int p = addPromise(i, -1, 1, amount, due, method, d);
        m_plan.calls[i].promise = p;
        Call &c = m_plan.calls[i].call;
        c.notes.presentation = presentation;
        fillProfileAndListening(c, pickExcuse());
        c.notes.negotiation = (partial ? m_r.pick(w.negotiationPartial) : m_r.pick(w.negotiationFull)).arg(moneyText(amount));
        c.preCloseAnswer = partial ? PreCloseAnswer::Partial : PreCloseAnswer::Full;
        c.notes.preClose = m_r.pick(partial ? w.preClosePartial : w.preCloseFull);
        c.commitmentText = QStringLiteral("Pago de %1 el %2 %3.").arg(moneyText(amount), dateText(due), demo::methodWords(method));
        c.commitmentConfirmed = true;
        c.notes.close = m_r.pick(w.closePromise).arg(moneyText(amount), dateText(due), demo::methodWords(method));
        taskForArgument(i, d);
        schedulePromisePayment(p, drawIntent());
        return graceEnd(due, m_ctx.graceDays).addDays(m_r.between(1, 4));
    }

    void simulate()
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
                if (m_waitingCallbacks.isEmpty() && m_plan.calls.size() >= budget)
                    next = next.addDays(m_r.between(20, 60));
                else if (m_waitingCallbacks.isEmpty() && m_r.chance(idle))
                    next = next.addDays(m_r.between(7, 30));
                d = std::max(next, d.addDays(1));
            }
        }
        realizeUntil(today, true);

        // Some files have a call-back agreed for a time today.
        const bool pendingCommitment = std::any_of(m_plan.promises.cbegin(), m_plan.promises.cend(), [&](const PlannedPromise &p) {
            return p.status != PromiseStatus::Cancelled && graceEnd(p.due, m_ctx.graceDays) >= today;
        });
        const QDate yesterday = today.addDays(-1);
        if (!m_stop.isValid() && !pendingCommitment && outstanding() > 0 && m_waitingCallbacks.isEmpty() &&
            (m_plan.calls.isEmpty() || m_plan.calls.last().day < yesterday) && m_r.chance(0.07)) {
            const QTime at = quarterHour(9, 18);
            const int i = addCall(yesterday, AnsweredBy::ThirdParty, CallOutcome::Callback, 0, m_r.between(45, 150));
            Call &c = m_plan.calls[i].call;
            c.notes.presentation = m_r.pick(w.callbackNotes).arg(at.toString(QStringLiteral("HH:mm")));
            c.nextStep = QStringLiteral("Volver a llamar a la hora indicada.");
            addFollowUp(FollowUpKind::Callback, today, at, -1, i, c.agentId);
        }
    }

    // ---- promises

    // The rule, as the program applies it: a debtor's live promises in
    // due-date order form one chain against the payments made since the
    // first was agreed (services/promisereevaluator.cpp does the same).
    void evaluatePromises()
    {
        std::stable_sort(m_plan.payments.begin(), m_plan.payments.end(),
                         [](const PlannedPayment &a, const PlannedPayment &b) { return a.paidOn < b.paidOn; });
        const QDate &today = m_ctx.today;
        for (int round = 0; round < 4; ++round) {
            QList<int> chain;
            for (int i = 0; i < m_plan.promises.size(); ++i)
                if (m_plan.promises.at(i).status != PromiseStatus::Cancelled)
                    chain.append(i);
            if (chain.isEmpty())
                return;
            std::sort(chain.begin(), chain.end(), [this](int a, int b) {
                const PlannedPromise &x = m_plan.promises.at(a);
                const PlannedPromise &y = m_plan.promises.at(b);
                if (x.due != y.due)
                    return x.due < y.due;
                if (x.sequence != y.sequence)
                    return x.sequence < y.sequence;
                return a < b;  // ids follow creation order
            });
            QDate from = m_plan.promises.at(chain.first()).madeOn;
            QList<InstalmentTerms> terms;
            for (int i : std::as_const(chain)) {
                const PlannedPromise &p = m_plan.promises.at(i);
                terms.append({Money::fromMinor(p.amount), p.due, p.madeOn});
                from = std::min(from, p.madeOn);
            }
            QList<PaymentEvent> events;
            for (const PlannedPayment &pay : std::as_const(m_plan.payments))
                if (pay.paidOn >= from)
                    events.append({pay.paidOn, Money::fromMinor(pay.amount)});
            const auto results = evaluatePlan(terms, events, m_ctx.graceDays, today);
            for (int k = 0; k < chain.size(); ++k) {
                PlannedPromise &p = m_plan.promises[chain[k]];
                p.status = results[k].status;
                p.paid = results[k].paid.minor();
            }
            // A settled account leaves nothing to promise: what is still
            // pending is cancelled, and the chain is read again without it.
            if (outstanding() > 0)
                break;
            bool cancelled = false;
            const QDate lastPayment = m_plan.payments.isEmpty() ? today : m_plan.payments.last().paidOn;
            for (int i : std::as_const(chain)) {
                PlannedPromise &p = m_plan.promises[i];
                if (p.status == PromiseStatus::Pending) {
                    p.status = PromiseStatus::Cancelled;
                    p.paid = 0;
                    p.resolvedOn = std::max(lastPayment, p.madeOn);
                    cancelled = true;
                }
            }
            if (!cancelled)
                break;
        }
        for (PlannedPromise &p : m_plan.promises) {
            const QDate end = graceEnd(p.due, m_ctx.graceDays);
            switch (p.status) {
            case PromiseStatus::Kept: {
                QDate on = p.madeOn;
                for (const PlannedPayment &pay : std::as_const(m_plan.payments))
                    if (pay.paidOn >= p.madeOn && pay.paidOn <= end)
                        on = pay.paidOn;
                p.resolvedOn = std::min(on, today);
                break;
            }
            case PromiseStatus::Broken:
            case PromiseStatus::PartiallyKept: p.resolvedOn = end.addDays(1); break;
            case PromiseStatus::Pending: p.resolvedOn.reset(); break;
            case PromiseStatus::Cancelled: break;
            }
        }
    }

    void planPromiseFollowUps()
    {
        const QDate &today = m_ctx.today;
        for (int i = 0; i < m_plan.promises.size(); ++i) {
            const PlannedPromise &p = m_plan.promises.at(i);
            const auto agent = m_plan.calls.at(p.call).call.agentId;
            if (p.status == PromiseStatus::Pending) {
                for (const domain::PlannedFollowUp &planned : followUpsForPromise(p.due, m_ctx.graceDays, m_ctx.reminderTime)) {
                    const int f = addFollowUp(planned.kind, planned.dueDate, planned.dueTime, i, p.call, agent);
                    if (planned.kind == FollowUpKind::PromiseReminder && planned.dueDate < today) {
                        PlannedTask &fu = m_plan.followUps[f];
                        fu.status = FollowUpStatus::Done;
                        fu.result = QStringLiteral("Recordatorio enviado.");
                        fu.doneAt = QDateTime(planned.dueDate, QTime(15, 0), Qt::UTC);
                    }
                }
            } else if (p.status == PromiseStatus::Broken || p.status == PromiseStatus::PartiallyKept) {
                const auto planned = callbackForBrokenPromise(graceEnd(p.due, m_ctx.graceDays).addDays(1));
                const int f = addFollowUp(planned.kind, planned.dueDate, planned.dueTime, i, -1, agent);
                for (const PlannedCall &c : std::as_const(m_plan.calls)) {
                    if (c.day >= planned.dueDate) {
                        PlannedTask &fu = m_plan.followUps[f];
                        fu.status = FollowUpStatus::Done;
                        fu.result = QStringLiteral("Llamada realizada.");
                        fu.doneAt = c.call.startedAt;
                        break;
                    }
                }
            }
        }
    }

    // ---- the rest of the file

    void finish()
    {
        Debtor &d = m_plan.debtor;
        const qint64 left = outstanding();
        qint64 invoiced = 0;
        for (const auto &inv : std::as_const(m_plan.invoices))
            invoiced += inv.amount;

        d.segment = left >= 10000000 ? QStringLiteral("Alto saldo") : left >= 2000000 ? QStringLiteral("Medio") : QStringLiteral("Bajo");
        switch (m_behaviour) {
        case Behaviour::Good: d.risk = m_r.chance(0.7) ? Level::Low : Level::Medium; break;
        case Behaviour::Struggling: d.risk = m_r.chance(0.6) ? Level::Medium : Level::High; break;
        case Behaviour::Evasive: d.risk = m_r.chance(0.6) ? Level::High : Level::Medium; break;
        case Behaviour::Hopeless: d.risk = m_r.chance(0.85) ? Level::High : Level::Medium; break;
        }
        int value = invoiced > 15000000 ? 2 : invoiced > 3000000 ? 1 : 0;
        if (m_r.chance(0.15))
            value = std::clamp(value + (m_r.chance(0.5) ? 1 : -1), 0, 2);
        d.value = Level(value);
        d.status = m_legal ? DebtorStatus::Legal : left <= 0 ? DebtorStatus::Settled : DebtorStatus::Active;

        if (m_stop.isValid()) {
            // Nobody calls this file any more: what was waiting is cancelled.
            const QString why = m_legal ? QStringLiteral("Expediente turnado a jurídico.")
                                        : QStringLiteral("Deudor marcado como no contactar.");
            for (PlannedTask &f : m_plan.followUps) {
                if (f.status == FollowUpStatus::Open && f.kind != FollowUpKind::PromiseCheck) {
                    f.status = FollowUpStatus::Cancelled;
                    f.result = why;
                }
            }
            PlannedNote n;
            n.at = QDateTime(m_stop, QTime(16, 0).addSecs(m_r.between(0, 7200)), Qt::UTC);
            n.body = m_legal ? QStringLiteral("Sin respuesta a los requerimientos: el expediente pasa a jurídico.")
                             : QStringLiteral("No contactar por teléfono. Motivo: ") + m_dncReason;
            n.author = m_ctx.backOfficeId;
            m_plan.notes.append(n);
        }
        if (!m_plan.calls.isEmpty() && m_r.chance(0.15)) {
            const PlannedCall &c = m_plan.calls.at(m_r.below(int(m_plan.calls.size())));
            PlannedNote n;
            n.at = c.call.endedAt.addSecs(m_r.between(30, 600));
            if (n.at >= m_ctx.todayStartUtc)
                n.at = c.call.endedAt;
            n.body = m_r.pick(isCompany() ? w.companyNotes : w.generalNotes);
            n.author = c.call.agentId;
            m_plan.notes.append(n);
        }
    }
};

} // namespace

DebtorPlan buildDebtorPlan(const Context &ctx, quint64 seed, qint64 index) { return Builder(ctx, seed, index).build(); }

} // namespace libreta::services::demo
