#include "services/demodebtorbuilder.h"
#include "services/demomarket.h"

#include "domain/allocation.h"
#include "domain/promiseevaluation.h"

#include <algorithm>
#include <cmath>

// The debtor's invoices, and the payments of the year: scheduled as the
// story unfolds, applied in date order to the oldest invoices first.

namespace libreta::services::demo {

void DebtorBuilder::makeInvoices()
{
    const QDate &today = m_ctx.today;
    const int count = 1 + m_r.weighted({15, 25, 25, 20, 15});
    const double lo = (isCompany() ? 3000.0 : 500.0) * m_ctx.amountScale;
    const double hi = (isCompany() ? 250000.0 : 60000.0) * m_ctx.amountScale;
    // Where a debt runs to hundreds of thousands, its invoices are in whole units.
    const qint64 step = m_ctx.amountScale >= 10.0 ? std::max<qint64>(100, Money::unit()) : Money::unit();
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
        // In whole units where the office's currency has no cents.
        inv.amount = std::clamp<qint64>(std::llround(pesos * 100.0), scaled(50000), scaled(25000000)) / step * step;
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
    if (local()) {
        const int series = m_r.between(1, 9);
        int number = m_r.between(100, 90000);
        for (auto &inv : m_plan.invoices) {
            number += m_r.between(1, 400);
            inv.number = localInvoiceNumber(m_ctx.market, series, number);
        }
    } else if (m_spain) {
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

std::optional<Id> DebtorBuilder::backOffice()
{
    if (m_plan.debtor.assignedAgentId && m_r.chance(0.7))
        return m_plan.debtor.assignedAgentId;
    return m_ctx.backOfficeId;
}

void DebtorBuilder::schedule(const QDate &date, qint64 amount, PaymentMethod method, int preferredInvoice, int promise,
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

QString DebtorBuilder::reference(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Transfer:
        if (local())
            return localTransferReference(m_r, m_ctx.market);
        return m_spain ? QStringLiteral("TRF ") + digits(m_r, 10) : QStringLiteral("SPEI ") + digits(m_r, 7);
    case PaymentMethod::Deposit: return QStringLiteral("Ficha ") + digits(m_r, 6);
    case PaymentMethod::Card: return QStringLiteral("Aut. ") + digits(m_r, 6);
    case PaymentMethod::Check: return QStringLiteral("Cheque ") + digits(m_r, 7);
    case PaymentMethod::Cash: return QStringLiteral("Recibo ") + digits(m_r, 5);
    case PaymentMethod::Mobile: return QStringLiteral("Móvil ") + digits(m_r, 8);
    case PaymentMethod::Store: return QStringLiteral("Ticket ") + digits(m_r, 10);
    case PaymentMethod::DirectDebit: return QStringLiteral("Recibo dom. ") + digits(m_r, 6);
    case PaymentMethod::Other: return {};
    }
    return {};
}

QList<OpenInvoice> DebtorBuilder::openOn(const QDate &day, qint64 &owed) const
{
    QList<OpenInvoice> open;
    owed = 0;
    for (int i = 0; i < m_plan.invoices.size(); ++i) {
        const PlannedInvoice &inv = m_plan.invoices.at(i);
        if (inv.outstanding > 0 && inv.issue <= day) {
            open.append({i + 1, inv.due, inv.issue, Money::fromMinor(inv.outstanding), inv.disputed});
            owed += inv.outstanding;
        }
    }
    return open;
}

void DebtorBuilder::realize(const Scheduled &s)
{
    qint64 total = 0;
    const QList<OpenInvoice> open = openOn(s.date, total);
    if (total <= 0)
        return;
    qint64 amount = std::min(s.amount, total) / Money::unit() * Money::unit();
    if (amount <= 0)
        return;
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
    if (s.promise >= 0)
        forgiveEarnedDiscount(s.promise, s.date);
}

void DebtorBuilder::forgiveEarnedDiscount(int promise, const QDate &paidOn)
{
    const PlannedPromise &p = m_plan.promises.at(promise);
    if (!p.discount || !p.discount->stands() || paidOn > graceEnd(p.due, m_ctx.graceDays))
        return;
    // Paid in full by this payment and those before it since the call.
    qint64 paid = 0;
    for (const PlannedPayment &pay : std::as_const(m_plan.payments))
        if (pay.paidOn >= p.madeOn)
            paid += pay.amount;
    if (paid < p.discount->agreedTotal)
        return;
    // Off what was owed on the invoices of the call's day, as the settlement's.
    qint64 owed = 0;
    const QList<OpenInvoice> open = openOn(p.madeOn, owed);
    const qint64 off = std::min(p.discount->balance - p.discount->agreedTotal, owed);
    if (off <= 0)
        return;
    for (const Allocation &a : allocatePayment(Money::fromMinor(off), open).allocations)
        m_plan.invoices[int(a.invoiceId - 1)].outstanding -= a.amount.minor();
}

void DebtorBuilder::realizeUntil(const QDate &date, bool inclusive)
{
    auto it = m_scheduled.begin();
    while (it != m_scheduled.end() && (it->date < date || (inclusive && it->date == date))) {
        realize(*it);
        ++it;
    }
    m_scheduled.erase(m_scheduled.begin(), it);
}

qint64 DebtorBuilder::overdue(const QDate &asOf, bool undisputedOnly) const
{
    qint64 sum = 0;
    for (const auto &inv : m_plan.invoices)
        if (inv.outstanding > 0 && inv.due < asOf && !(undisputedOnly && inv.disputed))
            sum += inv.outstanding;
    return sum;
}

qint64 DebtorBuilder::outstanding() const
{
    qint64 sum = 0;
    for (const auto &inv : m_plan.invoices)
        sum += inv.outstanding;
    return sum;
}

QDate DebtorBuilder::nextOpenDue(const QDate &from) const
{
    QDate next;
    for (const auto &inv : m_plan.invoices)
        if (inv.outstanding > 0 && inv.due >= from && (!next.isValid() || inv.due < next))
            next = inv.due;
    return next;
}

} // namespace libreta::services::demo
