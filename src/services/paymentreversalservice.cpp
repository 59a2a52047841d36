#include "services/paymentreversalservice.h"

#include "domain/entitycodes.h"
#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/paymentrepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

ReversePaymentResult PaymentReversalService::reverse(const ReversePaymentRequest &request)
{
    if (!request.reason)
        throw InputError(QStringLiteral("reason"), tr("Reason: choose why the payment is reversed."));
    const QString note = request.note.simplified();
    if (*request.reason == ReversalReason::Other && note.isEmpty())
        throw InputError(QStringLiteral("note"), tr("Note: say in words why the payment is reversed."));
    if (note.size() > kMaxNoteLength)
        throw InputError(QStringLiteral("note"), tr("Note: at most %1 characters.").arg(kMaxNoteLength));

    store::Transaction tx(m_db);
    if (!maySupervise(m_db, request.userId))
        throw InputError(QStringLiteral("user"), tr("Only a supervisor can reverse a payment."));
    store::PaymentRepository payments(m_db);
    const auto payment = payments.byId(request.paymentId);
    if (!payment)
        throw InputError(QStringLiteral("payment"), tr("There is no such payment."));
    if (payment->reversal)
        throw InputError(QStringLiteral("payment"),
                         tr("This payment was already reversed on %1.")
                             .arg(QLocale().toString(payment->reversal->at.toLocalTime().date(), QLocale::ShortFormat)));

    Payment::Reversal reversal;
    reversal.at = m_clock.nowUtc();
    reversal.by = request.userId;
    reversal.reason = *request.reason;
    reversal.note = note;
    if (!payments.reverse(payment->id, reversal))
        throw InputError(QStringLiteral("payment"), tr("This payment was reversed a moment ago by someone else."));

    ReversePaymentResult result;
    result.debtorId = payment->debtorId;
    result.invoicesReopened = int(payment->allocations.size());
    const auto settings = store::SettingsRepository(m_db).load();
    result.promiseChanges = PromiseReevaluator(m_db, settings.graceDays)
                                .reevaluateAfterReversal(payment->debtorId, m_clock.today(), m_clock.nowUtc(),
                                                         settings.reminderTime);
    store::TotalsRepository totals(m_db);
    totals.refresh(payment->debtorId);
    result.outstandingAfter = totals.forDebtor(payment->debtorId)->outstanding;

    AuditTrail(m_db, m_clock)
        .record(request.userId, QStringLiteral("payment.reverse"), QStringLiteral("payment"), payment->id,
                QStringLiteral("debtor=%1 cause=%2 allocations=%3 promises_changed=%4")
                    .arg(payment->debtorId)
                    .arg(toCode(*request.reason))
                    .arg(result.invoicesReopened)
                    .arg(result.promiseChanges.size()));
    tx.commit();
    spdlog::info("payment {} reversed: {} allocations taken back, {} promises changed", payment->id,
                 result.invoicesReopened, result.promiseChanges.size());
    return result;
}

} // namespace libreta::services
