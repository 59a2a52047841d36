#include "services/paymentimporter.h"

#include "services/inputerror.h"
#include "services/paymentservice.h"
#include "store/debtorrepository.h"
#include "store/invoicerepository.h"

namespace libreta::services {

using namespace domain;

PaymentImporter::PaymentImporter(const ImportContext &context)
    : RowImporter(context), m_store(context.db), m_paymentsBefore(m_store.maxPaymentId())
{
}

RowOutcome PaymentImporter::import(const csv::Record &record, QList<FieldProblem> &problems)
{
    PaymentRow row;
    if (!m_context.reader.payment(record, row, problems))
        return RowOutcome::Refused;
    const auto debtor = knownDebtor(row.debtorRef, problems);
    if (!debtor)
        return RowOutcome::Refused;
    std::optional<Id> invoiceId;
    bool invoicePaid = false;
    if (!row.invoiceNumber.isEmpty()) {
        const auto invoice = store::InvoiceRepository(m_context.db).byNumberOrFormer(debtor->id, row.invoiceNumber);
        if (!invoice) {
            problems.append({QStringLiteral("invoice_number"),
                             tr("debtor %1 has no invoice numbered «%2».").arg(row.debtorRef, row.invoiceNumber)});
            return RowOutcome::Refused;
        }
        invoiceId = invoice->id;
        invoicePaid = !invoice->outstanding.isPositive();
    }

    int stored = 0;
    bool earlierLine = false;  // this file added the same payment already
    for (const store::StoredPaymentKey &k : m_store.paymentKeys(debtor->id)) {
        if (k.paidOn != row.paidOn || k.amount != row.amount || k.reference != row.reference)
            continue;
        if (k.id <= m_paymentsBefore)
            ++stored;
        else
            earlierLine = true;
    }
    if (stored > 0) {
        // Counted only for payments the office already holds: a file of new
        // ones keeps nothing per row (a key for each of 1.8 million rows
        // held about 270 MB until the end of the import).
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(debtor->id)
                                .arg(row.paidOn.toString(Qt::ISODate))
                                .arg(row.amount.minor())
                                .arg(row.reference);
        int &matched = m_matched[key];
        if (matched < stored) {
            ++matched;
            return RowOutcome::Unchanged;
        }
    }
    // A bank movement listed twice in the same file: its reference names one
    // movement, and an invoice the earlier line paid is not "already paid
    // in Libreta" (nothing is saved yet), which would send the person to
    // blank the invoice and record the money twice.
    if (earlierLine && (!row.reference.isEmpty() || invoicePaid)) {
        problems.append({row.reference.isEmpty() ? QStringLiteral("invoice_number") : QStringLiteral("reference"),
                         tr("an earlier line of this file has the same payment (the same date, amount and "
                            "reference): delete this row if it is repeated; if it is a second payment, give it its "
                            "own reference.")});
        return RowOutcome::Refused;
    }
    // Asked only of a payment not stored yet: the same bank file imported
    // again names invoices its own payments paid, and adds nothing.
    if (invoicePaid) {
        // The books may have kept as credit what Libreta already applied
        // (credit on account pays an invoice when it arrives): the money
        // is real, and the person importing says where it goes.
        problems.append({QStringLiteral("invoice_number"),
                         tr("invoice «%1» of debtor %2 is already paid in Libreta; leave this row's invoice "
                            "number empty and the payment goes to the debtor's other open invoices, or stays as "
                            "credit on account if nothing else is owed.")
                             .arg(row.invoiceNumber, row.debtorRef)});
        return RowOutcome::Refused;
    }

    PostPaymentRequest request;
    request.debtorId = debtor->id;
    request.amount = row.amount;
    request.paidOn = row.paidOn;
    request.method = row.method;
    request.reference = row.reference;
    request.invoiceId = invoiceId;
    request.userId = m_context.userId;
    request.totalsLater = true;
    try {
        PaymentService(m_context.db, m_context.clock).post(request);
        touch(debtor->id);
    } catch (const InputError &e) {
        static const QHash<QString, QString> fields = {{QStringLiteral("amount"), QStringLiteral("amount")},
                                                       {QStringLiteral("date"), QStringLiteral("date")},
                                                       {QStringLiteral("invoice"), QStringLiteral("invoice_number")}};
        problems.append({fields.value(e.field(), QStringLiteral("debtor_ref")), e.message()});
        return RowOutcome::Refused;
    }
    return RowOutcome::Added;
}

} // namespace libreta::services
