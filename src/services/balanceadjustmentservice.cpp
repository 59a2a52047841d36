#include "services/balanceadjustmentservice.h"

#include "domain/allocation.h"
#include "domain/entitycodes.h"
#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/nothingowed.h"
#include "services/supervision.h"
#include "store/adjustmentrepository.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/invoicerepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

// The one rule both preview() and adjust() apply: the chosen invoice, or
// every open invoice oldest first (disputed ones last, as a payment goes);
// empty when the amount is not positive or more than is owed there.
QList<OpenInvoice> targetOf(const QList<OpenInvoice> &open, std::optional<Id> invoiceId)
{
    QList<OpenInvoice> target;
    for (const OpenInvoice &i : open)
        if (!invoiceId || i.id == *invoiceId)
            target.append(i);
    return target;
}

Money owedOn(const QList<OpenInvoice> &open, std::optional<Id> invoiceId)
{
    Money owed;
    for (const OpenInvoice &i : targetOf(open, invoiceId))
        owed += i.outstanding;
    return owed;
}

QList<Allocation> linesFor(const QList<OpenInvoice> &open, Money amount, std::optional<Id> invoiceId)
{
    if (!amount.isPositive() || amount > owedOn(open, invoiceId))
        return {};
    return allocatePayment(amount, targetOf(open, invoiceId)).allocations;
}

} // namespace

AdjustmentPreview BalanceAdjustmentService::preview(const DebtorFile &file, std::optional<AdjustmentKind> kind,
                                                    Money amount, std::optional<Id> invoiceId)
{
    AdjustmentPreview p;
    p.lines = linesFor(openInvoicesOf(file.invoices), amount, invoiceId);
    Money off;
    for (const Allocation &l : p.lines)
        off += l.amount;
    p.outstandingAfter = file.totals.outstanding - off;
    if (!p.lines.isEmpty() && !p.outstandingAfter.isPositive()) {
        for (const Promise &promise : file.promises)
            if (promise.status == PromiseStatus::Pending)
                ++p.promisesCancelled;
        p.closes = kind == AdjustmentKind::WriteOff && file.debtor.status != DebtorStatus::Closed;
        if (kind == AdjustmentKind::WriteOff)
            for (const FollowUp &f : file.followUps) {
                const Promise *promise = f.promiseId ? file.promise(*f.promiseId) : nullptr;
                const bool promisesOwn = promise && promise->status == PromiseStatus::Pending &&
                                         (f.kind == FollowUpKind::PromiseReminder || f.kind == FollowUpKind::PromiseCheck);
                if (f.status == FollowUpStatus::Open && !promisesOwn)
                    ++p.followUpsCancelled;
            }
    }
    return p;
}

AdjustBalanceResult BalanceAdjustmentService::adjust(const AdjustBalanceRequest &request)
{
    if (!request.kind)
        throw InputError(QStringLiteral("kind"), tr("Kind: choose what the adjustment is."));
    if (!request.amount.isPositive())
        throw InputError(QStringLiteral("amount"), tr("Amount: it must be greater than zero."));
    const QString note = request.note.trimmed();
    if (note.isEmpty())
        throw InputError(QStringLiteral("note"), tr("Note: say in words why the balance is adjusted."));
    if (note.size() > kMaxNoteLength)
        throw InputError(QStringLiteral("note"), tr("Note: at most %1 characters.").arg(kMaxNoteLength));

    store::Transaction tx(m_db);
    if (!maySupervise(m_db, request.userId))
        throw InputError(QStringLiteral("user"), tr("Only a supervisor can adjust a balance."));
    store::DebtorRepository debtors(m_db);
    if (!debtors.byId(request.debtorId))
        throw InputError(QStringLiteral("debtor"), tr("There is no such debtor."));
    const QList<OpenInvoice> open = store::InvoiceRepository(m_db).openForDebtor(request.debtorId);
    if (request.invoiceId &&
        std::none_of(open.cbegin(), open.cend(), [&](const OpenInvoice &i) { return i.id == *request.invoiceId; }))
        throw InputError(QStringLiteral("invoice"), tr("Invoice: it is not an open invoice of this debtor."));
    const Money owed = owedOn(open, request.invoiceId);
    if (!owed.isPositive())
        throw InputError(QStringLiteral("amount"), tr("Amount: the debtor owes nothing to adjust."));
    if (request.amount > owed)
        throw InputError(QStringLiteral("amount"),
                         (request.invoiceId ? tr("Amount: at most %1, what the invoice still owes.")
                                            : tr("Amount: at most %1, what the debtor owes."))
                             .arg(owed.format(QLocale())));

    Adjustment j;
    j.debtorId = request.debtorId;
    j.kind = *request.kind;
    j.amount = request.amount;
    j.note = note;
    j.createdBy = request.userId;
    j.createdAt = m_clock.nowUtc();
    j.lines = linesFor(open, request.amount, request.invoiceId);

    AdjustBalanceResult result;
    result.adjustmentId = store::AdjustmentRepository(m_db).add(j);
    result.lines = j.lines;
    store::TotalsRepository totals(m_db);
    totals.refresh(request.debtorId);
    result.outstandingAfter = totals.forDebtor(request.debtorId)->outstanding;
    if (!result.outstandingAfter.isPositive()) {
        result.promisesCancelled = cancelPromisesWhenNothingOwed(m_db, request.debtorId, m_clock);
        if (j.kind == AdjustmentKind::WriteOff) {
            store::FollowUpRepository followUps(m_db);
            result.closed = debtors.close(request.debtorId);
            result.followUpsCancelled = followUps.cancelOpenForDebtor(
                request.debtorId, tr("The balance was written off: the debtor is now Closed."), m_clock.nowUtc());
        }
        if (result.promisesCancelled > 0 || result.closed || result.followUpsCancelled > 0)
            totals.refresh(request.debtorId);
    }

    AuditTrail(m_db, m_clock)
        .record(request.userId, QStringLiteral("balance.adjust"), QStringLiteral("adjustment"), result.adjustmentId,
                QStringLiteral("debtor=%1 kind=%2 invoices=%3%4%5%6")
                    .arg(request.debtorId)
                    .arg(toCode(j.kind))
                    .arg(j.lines.size())
                    .arg(result.promisesCancelled > 0
                             ? QStringLiteral(" promises_cancelled=%1").arg(result.promisesCancelled)
                             : QString())
                    .arg(result.closed ? QStringLiteral(" status=closed") : QString())
                    .arg(result.followUpsCancelled > 0
                             ? QStringLiteral(" followups_cancelled=%1").arg(result.followUpsCancelled)
                             : QString()));
    tx.commit();
    spdlog::info("adjustment {} stored: {} invoices, {} promises cancelled", result.adjustmentId, j.lines.size(),
                 result.promisesCancelled);
    return result;
}

} // namespace libreta::services
