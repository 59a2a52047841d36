#include "services/demobuilder.h"

#include "services/demodebtorbuilder.h"

#include <algorithm>

// The builder's order of steps, and the debtor's last touches: segment,
// risk, value and status from what the year left, and the notes.

namespace libreta::services::demo {

DebtorPlan DebtorBuilder::build()
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

QString DebtorBuilder::segmentFor(qint64 outstanding) const
{
    return outstanding >= scaled(10000000) ? QStringLiteral("Alto saldo")
           : outstanding >= scaled(2000000) ? QStringLiteral("Medio")
                                    : QStringLiteral("Bajo");
}

void DebtorBuilder::finish()
{
    Debtor &d = m_plan.debtor;
    const qint64 left = outstanding();
    qint64 invoiced = 0;
    for (const auto &inv : std::as_const(m_plan.invoices))
        invoiced += inv.amount;

    d.segment = segmentFor(left);
    switch (m_behaviour) {
    case Behaviour::Good: d.risk = m_r.chance(0.7) ? Level::Low : Level::Medium; break;
    case Behaviour::Struggling: d.risk = m_r.chance(0.6) ? Level::Medium : Level::High; break;
    case Behaviour::Evasive: d.risk = m_r.chance(0.6) ? Level::High : Level::Medium; break;
    case Behaviour::Hopeless: d.risk = m_r.chance(0.85) ? Level::High : Level::Medium; break;
    }
    int value = invoiced > scaled(15000000) ? 2 : invoiced > scaled(3000000) ? 1 : 0;
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

DebtorPlan buildDebtorPlan(const Context &ctx, quint64 seed, qint64 index)
{
    return DebtorBuilder(ctx, seed, index).build();
}

} // namespace libreta::services::demo
