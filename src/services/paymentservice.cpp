#include "services/paymentservice.h"

#include "domain/allocation.h"
#include "domain/entitycodes.h"
#include "domain/shortdate.h"
#include "services/audittrail.h"
#include "services/discountsettlement.h"
#include "services/inputerror.h"
#include "services/nothingowed.h"
#include "store/auditrepository.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

PostPaymentResult PaymentService::post(const PostPaymentRequest &request)
{
    if (!request.amount.isPositive())
        throw InputError(QStringLiteral("amount"), tr("The amount must be greater than zero."));
    if (!request.paidOn.isValid())
        throw InputError(QStringLiteral("date"), tr("The payment date is missing or not a real date."));
    const QDate today = m_clock.today();
    if (request.paidOn > today)
        throw InputError(QStringLiteral("date"),
                         tr("The payment date cannot be in the future (today is %1).")
                             .arg(domain::shortDate(today)));

    store::Transaction tx(m_db);
    if (!store::DebtorRepository(m_db).exists(request.debtorId))
        throw InputError(QStringLiteral("debtor"), tr("There is no such debtor."));

    store::InvoiceRepository invoices(m_db);
    const auto open = invoices.openForDebtor(request.debtorId);
    if (request.invoiceId) {
        const bool belongs = std::any_of(open.cbegin(), open.cend(),
                                         [&](const OpenInvoice &i) { return i.id == *request.invoiceId; });
        if (!belongs)
            throw InputError(QStringLiteral("invoice"),
                             tr("That invoice is not an open invoice of this debtor."));
    }
    const AllocationPlan plan = allocatePayment(request.amount, open, request.invoiceId, request.paidOn);
    // Checked before anything is written: a claim closed by another desk
    // meanwhile leaves the payment unrecorded, not half-recorded.
    store::FollowUpRepository followUps(m_db);
    for (const Id claim : request.answersClaims) {
        const auto f = followUps.byId(claim);
        if (!f || f->debtorId != request.debtorId || f->kind != FollowUpKind::SendStatement
            || f->status != FollowUpStatus::Open)
            throw InputError(QStringLiteral("claims"),
                             tr("The statement to send about the payment the debtor claimed is no longer open: "
                                "someone closed it meanwhile. Open the file again and record the payment."));
    }

    Payment payment;
    payment.debtorId = request.debtorId;
    payment.paidOn = request.paidOn;
    payment.amount = request.amount;
    payment.method = request.method;
    payment.reference = request.reference.trimmed();
    payment.allocations = plan.allocations;

    PostPaymentResult result;
    result.paymentId = store::PaymentRepository(m_db).add(payment, request.userId, m_clock.nowUtc());
    result.allocations = plan.allocations;
    result.credit = plan.credit;
    for (const Id claim : request.answersClaims) {
        // The statement has nothing left to prove: the payment appeared.
        followUps.complete(claim,
                           tr("The payment appeared: %1 paid on %2, recorded.")
                               .arg(request.amount.format(QLocale(), request.currencySymbol),
                                    domain::shortDate(request.paidOn)),
                           m_clock.nowUtc());
        AuditTrail(m_db, m_clock).record(request.userId, QStringLiteral("followup.done"), QStringLiteral("followup"),
                                         claim,
                                         QStringLiteral("debtor=%1 kind=send_statement answered_by_payment=%2")
                                             .arg(request.debtorId)
                                             .arg(result.paymentId));
        ++result.claimsClosed;
    }

    const int graceDays = store::SettingsRepository(m_db).graceDays();
    result.promiseChanges =
        PromiseReevaluator(m_db, graceDays).reevaluate(request.debtorId, today, m_clock.nowUtc());
    result.discountsGranted = DiscountSettlement(m_db, m_clock).grantEarned(request.debtorId);
    // Paid in full: what was waiting for this money is called off (a broken
    // promise's call-back would send an agent to ask for it again).
    cancelPromisesWhenNothingOwed(m_db, request.debtorId, m_clock);

    if (!request.totalsLater) {
        store::TotalsRepository totals(m_db);
        totals.refresh(request.debtorId);
        result.outstandingAfter = totals.forDebtor(request.debtorId)->outstanding;
    }

    store::AuditEntry audit;
    audit.at = m_clock.nowUtc();
    audit.userId = request.userId;
    audit.action = QStringLiteral("payment.post");
    audit.entity = QStringLiteral("payment");
    audit.entityId = result.paymentId;
    audit.details = QStringLiteral("debtor=%1 method=%2 allocations=%3 promises_changed=%4")
                        .arg(request.debtorId)
                        .arg(toCode(request.method))
                        .arg(plan.allocations.size())
                        .arg(result.promiseChanges.size());
    store::AuditRepository(m_db).add(audit);

    tx.commit();
    spdlog::info("payment {} posted: {} allocations, {} promises changed", result.paymentId,
                 plan.allocations.size(), result.promiseChanges.size());
    return result;
}

} // namespace libreta::services
