#include "services/invoiceservice.h"

#include "domain/shortdate.h"
#include "services/audittrail.h"
#include "services/creditonaccount.h"
#include "services/inputerror.h"
#include "services/nothingowed.h"
#include "services/owedagain.h"
#include "services/supervision.h"
#include "store/debtorrepository.h"
#include "store/invoicerepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QLocale>

#include <QUrl>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

// The rules a typed invoice meets, added or changed; its number trimmed.
void checkFields(Invoice &inv, const QDate &today)
{
    inv.number = inv.number.trimmed();
    if (inv.number.isEmpty())
        throw InputError(QStringLiteral("number"), InvoiceService::tr("Number: write the invoice number."));
    if (inv.number.size() > InvoiceService::kMaxNumberLength)
        throw InputError(QStringLiteral("number"),
                         InvoiceService::tr("Number: at most %1 characters.").arg(InvoiceService::kMaxNumberLength));
    if (!inv.issueDate.isValid())
        throw InputError(QStringLiteral("issue_date"), InvoiceService::tr("Issue date: missing or not a real date."));
    if (inv.issueDate > today)
        throw InputError(QStringLiteral("issue_date"),
                         InvoiceService::tr("Issue date: %1 is after today.")
                             .arg(domain::shortDate(inv.issueDate)));
    if (!inv.dueDate.isValid())
        throw InputError(QStringLiteral("due_date"), InvoiceService::tr("Due date: missing or not a real date."));
    if (inv.dueDate < inv.issueDate)
        throw InputError(QStringLiteral("due_date"),
                         InvoiceService::tr("Due date: it cannot be before the issue date."));
    if (!inv.amount.isPositive())
        throw InputError(QStringLiteral("amount"), InvoiceService::tr("Amount: it must be greater than zero."));
}

void checkNumberFree(store::InvoiceRepository &invoices, const Invoice &inv)
{
    const auto same = invoices.byNumber(inv.debtorId, inv.number);
    if (same && same->id != inv.id)
        throw InputError(QStringLiteral("number"),
                         InvoiceService::tr("Number: this debtor already has an invoice %1.").arg(inv.number));
}

Money owedNow(store::TotalsRepository &totals, Id debtorId)
{
    const auto t = totals.forDebtor(debtorId);
    return t ? t->outstanding : Money();
}

// What the audit says of a debtor owing more: credit on account that paid
// it, and a settled or written-off debtor made active again.
QString owedAgainDetails(Money creditUsed, bool reactivated)
{
    QString details;
    if (creditUsed.isPositive())
        details += QStringLiteral(" credit_applied=%1").arg(creditUsed.minor());
    if (reactivated)
        details += QStringLiteral(" status=active");
    return details;
}

} // namespace

Id InvoiceService::add(const Invoice &input, std::optional<Id> userId)
{
    Invoice inv = input;
    inv.id = 0;
    checkFields(inv, m_clock.today());
    inv.disputed = false;
    inv.disputeReason.clear();

    store::Transaction tx(m_db);
    if (!store::DebtorRepository(m_db).byId(inv.debtorId))
        throw InputError(QStringLiteral("debtor"), tr("This debtor no longer exists."));
    store::InvoiceRepository invoices(m_db);
    checkNumberFree(invoices, inv);
    store::TotalsRepository totals(m_db);
    const Money owedBefore = owedNow(totals, inv.debtorId);
    const Id id = invoices.add(inv);
    const Money creditUsed = payOwedFromCredit(m_db, inv.debtorId);
    totals.refresh(inv.debtorId);
    const bool reactivated = reactivateIfOwedAgain(m_db, inv.debtorId, owedBefore);
    AuditTrail(m_db, m_clock)
        .record(userId, QStringLiteral("invoice.add"), QStringLiteral("invoice"), id,
                QStringLiteral("debtor=%1").arg(inv.debtorId) + owedAgainDetails(creditUsed, reactivated));
    tx.commit();
    spdlog::info("invoice {} added to debtor {}", id, inv.debtorId);
    return id;
}

InvoiceChangeResult InvoiceService::change(const InvoiceChange &request, std::optional<Id> userId)
{
    if (!maySupervise(m_db, userId))
        throw InputError(QStringLiteral("user"), tr("Only a supervisor can change an invoice."));
    store::Transaction tx(m_db);
    store::InvoiceRepository invoices(m_db);
    const auto stored = invoices.byId(request.invoiceId);
    if (!stored)
        throw InputError(QStringLiteral("invoice"), tr("This invoice no longer exists."));
    Invoice inv = *stored;
    inv.number = request.number;
    inv.issueDate = request.issueDate;
    inv.dueDate = request.dueDate;
    inv.amount = request.amount;
    checkFields(inv, m_clock.today());
    const Money takenOff = stored->amount - stored->outstanding;
    if (inv.amount < takenOff)
        throw InputError(QStringLiteral("amount"),
                         tr("Amount: payments and adjustments already took %1 off this invoice; it cannot be less.")
                             .arg(takenOff.format(QLocale())));
    checkNumberFree(invoices, inv);

    // Only what changed is written down, the number and the amount with
    // where they came from (a number percent-encoded: it may hold spaces).
    QStringList changed;
    if (inv.number != stored->number)
        changed << QStringLiteral("number=%1:%2")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(stored->number)),
                            QString::fromLatin1(QUrl::toPercentEncoding(inv.number)));
    if (inv.issueDate != stored->issueDate)
        changed << QStringLiteral("issue_date");
    if (inv.dueDate != stored->dueDate)
        changed << QStringLiteral("due_date");
    if (inv.amount != stored->amount)
        changed << QStringLiteral("amount=%1:%2").arg(stored->amount.minor()).arg(inv.amount.minor());
    InvoiceChangeResult result;
    if (changed.isEmpty())
        return result;
    result.changed = true;
    store::TotalsRepository totals(m_db);
    const Money owedBefore = owedNow(totals, inv.debtorId);
    invoices.update(inv);
    if (inv.amount > stored->amount)
        result.creditUsed = payOwedFromCredit(m_db, inv.debtorId);
    totals.refresh(inv.debtorId);
    if (inv.amount > stored->amount)
        result.reactivated = reactivateIfOwedAgain(m_db, inv.debtorId, owedBefore);
    if (inv.amount < stored->amount) {
        result.promisesCancelled = cancelPromisesWhenNothingOwed(m_db, inv.debtorId, m_clock);
        if (result.promisesCancelled > 0)
            totals.refresh(inv.debtorId);
    }
    AuditTrail(m_db, m_clock)
        .record(userId, QStringLiteral("invoice.update"), QStringLiteral("invoice"), inv.id,
                QStringLiteral("debtor=%1 %2").arg(inv.debtorId).arg(changed.join(u' ')) +
                    (result.promisesCancelled > 0
                         ? QStringLiteral(" promises_cancelled=%1").arg(result.promisesCancelled)
                         : QString()) +
                    owedAgainDetails(result.creditUsed, result.reactivated));
    tx.commit();
    spdlog::info("invoice {} of debtor {} changed", inv.id, inv.debtorId);
    return result;
}

void InvoiceService::setDisputed(Id invoiceId, bool disputed, const QString &reason, std::optional<Id> userId)
{
    const QString why = reason.trimmed();
    if (disputed && why.isEmpty())
        throw InputError(QStringLiteral("reason"), tr("Reason: say what the debtor disputes about this invoice."));
    store::Transaction tx(m_db);
    store::InvoiceRepository invoices(m_db);
    const auto inv = invoices.byId(invoiceId);
    if (!inv)
        throw InputError(QStringLiteral("invoice"), tr("This invoice no longer exists."));
    if (!disputed && !inv->disputed)
        throw InputError(QStringLiteral("invoice"), tr("Invoice %1 is not disputed.").arg(inv->number));
    invoices.setDisputed(invoiceId, disputed, disputed ? why : QString());
    store::TotalsRepository(m_db).refresh(inv->debtorId);
    AuditTrail(m_db, m_clock).record(userId, disputed ? QStringLiteral("invoice.dispute") : QStringLiteral("invoice.undispute"),
                                     QStringLiteral("invoice"), invoiceId,
                                     QStringLiteral("debtor=%1").arg(inv->debtorId));
    tx.commit();
    spdlog::info("invoice {} dispute {}", invoiceId, disputed ? "set" : "cleared");
}

} // namespace libreta::services
