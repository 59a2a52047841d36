#include "services/invoiceimporter.h"

#include "services/creditonaccount.h"
#include "services/importwords.h"
#include "services/inputerror.h"
#include "services/owedagain.h"
#include "store/totalsrepository.h"

#include <algorithm>
#include <unordered_map>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

InvoiceImporter::InvoiceImporter(const ImportContext &context)
    : RowImporter(context), m_store(context.db), m_invoicesBefore(m_store.maxInvoiceId()),
      m_formerNumbers(m_store.formerInvoiceNumbers()), m_disputeReason(tr("Marked disputed in an imported file."))
{
}

std::optional<store::StoredInvoice> InvoiceImporter::renumbered(Id debtorId, QByteArrayView number)
{
    // The accounting system goes on naming an invoice by the number it sent;
    // a supervisor's correction of that number in Libreta must not make the
    // next file add the invoice again. An invoice that carries the number
    // now is that number's invoice, whatever it was called before.
    if (m_formerNumbers.isEmpty())
        return std::nullopt;
    const Id invoiceId = m_formerNumbers.value({debtorId, number.toByteArray()});
    if (!invoiceId || m_store.invoiceByNumber(debtorId, number))
        return std::nullopt;
    return m_store.invoiceById(invoiceId);
}

Id InvoiceImporter::debtorFor(QByteArrayView ref, QByteArrayView name, QList<FieldProblem> &problems)
{
    if (m_lastDebtor && ref == QByteArrayView(m_lastRef))
        return m_lastDebtor;
    auto id = m_store.debtorIdByRef(ref);
    if (!id)
        id = m_spellings.find(ref);  // "12.345.678-5" for the debtor "12345678-5"
    if (!id && m_context.createDebtors) {
        // Named as the file names it, else by its reference until the
        // debtors' own file is imported.
        Debtor d;
        d.externalRef = QString::fromUtf8(ref);
        d.name = QString::fromUtf8(name).simplified();
        if (d.name.isEmpty()) {
            d.name = d.externalRef;
            ++m_debtorsNamedByRef;
        }
        d.kind = looksLikeCompany(d.name) ? DebtorKind::Company : DebtorKind::Person;
        d.timeZone = m_context.debtorTimeZone;
        d.assignedAgentId = m_context.newDebtorsAgent;
        id = m_store.addDebtorIfNew(d);
        m_spellings.added(*id, ref, {});
        ++m_debtorsCreated;
    }
    if (!id) {
        problems.append({QStringLiteral("debtor_ref"),
                         tr("no debtor has the reference «%1»; import the debtors first, or let this import "
                            "create the missing ones.")
                             .arg(QString::fromUtf8(ref))});
        return 0;
    }
    m_lastRef = ref.toByteArray();
    m_lastDebtor = *id;
    return *id;
}

void InvoiceImporter::added(Id debtorId, Money amount, const QDate &due)
{
    // Rows of one debtor usually come together; a debtor met again later
    // gets a second entry, and both are added.
    if (m_added.empty() || m_added.back().debtorId != debtorId)
        m_added.push_back({debtorId, Money(), 0, due});
    Added &a = m_added.back();
    a.amount += amount;
    ++a.count;
    if (due < a.earliestDue)
        a.earliestDue = due;
    // Once a file has added half as many invoices as the office held, and
    // not a few, the rest go in with the number search's index set aside
    // (built again in one sort at the end): kept up row by row it took a
    // random place of its key for each. A file of invoices already stored
    // adds nothing and leaves it alone.
    if (!m_numberSearchSuspended && ++m_addedRows >= std::max(kSuspendAfterRows, m_invoicesBefore / 2)) {
        m_store.suspendInvoiceNumberSearch();
        m_numberSearchSuspended = true;
    }
}

std::vector<Id> InvoiceImporter::debtorsOwingMore() const
{
    std::vector<Id> gained;
    gained.reserve(m_amountChanges.size() + m_added.size());
    for (const auto &[debtorId, change] : m_amountChanges)
        if (change.isPositive())
            gained.push_back(debtorId);
    for (const Added &a : m_added)
        gained.push_back(a.debtorId);
    std::sort(gained.begin(), gained.end());
    gained.erase(std::unique(gained.begin(), gained.end()), gained.end());
    return gained;
}

void InvoiceImporter::payNewInvoicesFromCredit(const std::vector<Id> &gained)
{
    // Money a debtor holds on account pays its new or raised invoices, as
    // it pays one added or raised by hand. Few debtors hold any: they are
    // found in one pass, not looked up one by one among those that owe more.
    for (const Id debtorId : m_store.debtorsWithCredit()) {
        if (!std::binary_search(gained.begin(), gained.end(), debtorId))
            continue;
        const Money used = payOwedFromCredit(m_context.db, debtorId);
        if (used.isPositive()) {
            m_creditUsed[debtorId] = used;
            touch(debtorId);  // its totals are recomputed with the others touched
        }
    }
    if (!m_creditUsed.empty())
        spdlog::info("import invoices: credit on account paid the new invoices of {} debtors", m_creditUsed.size());
}

void InvoiceImporter::reopenOwingAgain(const std::vector<Id> &gained)
{
    // A settled or written-off debtor who owes again is worked again, as
    // after an invoice added by hand (services/owedagain.h). Few debtors are
    // settled or closed: found in one pass over the totals' status index.
    std::vector<Id> candidates;
    for (const Id debtorId : m_store.debtorsSettledOrClosed())
        if (std::binary_search(gained.begin(), gained.end(), debtorId))
            candidates.push_back(debtorId);
    if (candidates.empty())
        return;
    // What each owed before this file: now, less what the file added or
    // raised, plus what it lowered and the credit that paid part of it.
    std::unordered_map<Id, Money> more;
    for (const Added &a : m_added)
        if (std::binary_search(candidates.begin(), candidates.end(), a.debtorId))
            more[a.debtorId] += a.amount;
    for (const auto &[debtorId, change] : m_amountChanges)
        if (std::binary_search(candidates.begin(), candidates.end(), debtorId))
            more[debtorId] += change;
    store::TotalsRepository totals(m_context.db);
    for (const Id debtorId : candidates) {
        const auto now = totals.forDebtor(debtorId);
        const auto used = m_creditUsed.find(debtorId);
        const Money before = (now ? now->outstanding : Money()) - more[debtorId] +
                             (used == m_creditUsed.end() ? Money() : used->second);
        if (reactivateIfOwedAgain(m_context.db, debtorId, before))
            ++m_debtorsReactivated;
    }
    if (m_debtorsReactivated > 0)
        spdlog::info("import invoices: {} settled or written-off debtors owe again and are active",
                     m_debtorsReactivated);
}

void InvoiceImporter::finish(bool kept)
{
    // Measured at 100,000 debtors: when most of them gained invoices,
    // dropping the five indexes on what moves, moving every row and building
    // the indexes again costs three quarters of keeping the indexes up row by
    // row; when a third did, a quarter more.
    const bool many = qint64(m_added.size()) * 2 > m_store.debtorCount();
    if (many)
        m_store.suspendTotalsIndexes();
    for (const Added &a : m_added)
        m_store.addInvoicesToTotals(a.debtorId, a.amount, a.count, a.earliestDue);
    if (many)
        m_store.restoreTotalsIndexes();
    // A rollback brings the index back: no sort for nothing (the wizard
    // checks every file with a dry run before storing it).
    if (m_numberSearchSuspended && kept)
        m_store.restoreInvoiceNumberSearch();
    const std::vector<Id> gained = debtorsOwingMore();
    if (!gained.empty())
        payNewInvoicesFromCredit(gained);
    // Debtors with an invoice updated: recomputed, after the additions so
    // the recomputation has the last word.
    RowImporter::finish(kept);
    if (!gained.empty())
        reopenOwingAgain(gained);
    m_added.clear();
    m_amountChanges.clear();
    m_creditUsed.clear();
}

RowOutcome InvoiceImporter::import(const csv::Record &record, QList<FieldProblem> &problems)
{
    InvoiceRow &row = m_row;
    if (!m_context.reader.invoice(record, row, problems))
        return RowOutcome::Refused;
    const Id debtor = debtorFor(row.debtorRef, row.debtorName, problems);
    if (!debtor)
        return RowOutcome::Refused;
    auto stored = renumbered(debtor, row.number);
    const bool byFormerNumber = stored.has_value();
    if (!stored) {
        const bool disputed = row.disputed.value_or(false);
        if (m_store.addInvoiceIfNew(debtor, row.number, row.issueDate, row.dueDate, row.amount, disputed,
                                    disputed ? m_disputeReason : QString())) {
            added(debtor, row.amount, row.dueDate);
            return RowOutcome::Added;
        }
        stored = m_store.invoiceByNumber(debtor, row.number);
        if (!stored)  // the unique index said it exists: it must
            throw InputError(QStringLiteral("number"), tr("The invoice could not be read back."));
    }
    if (stored->id > m_invoicesBefore || m_seen.contains(stored->id)) {
        const auto former = m_namedByFormer.constFind(stored->id);
        if (byFormerNumber)
            problems.append({QStringLiteral("number"),
                             tr("invoice %1 of this debtor was renumbered %2 in Libreta, and the file already "
                                "named it on an earlier line.")
                                 .arg(QString::fromUtf8(row.number), stored->number)});
        else if (former != m_namedByFormer.constEnd())
            problems.append({QStringLiteral("number"),
                             tr("invoice %1 of this debtor is already on an earlier line of the file, under the "
                                "number it had before it was renumbered in Libreta: %2.")
                                 .arg(QString::fromUtf8(row.number), QString::fromUtf8(*former))});
        else
            problems.append({QStringLiteral("number"),
                             tr("invoice %1 of this debtor is already on an earlier line of the file.")
                                 .arg(QString::fromUtf8(row.number))});
        return RowOutcome::Refused;
    }
    if (byFormerNumber) {
        // The number it came with, on a file that dates it otherwise: more
        // likely another invoice that took the number since. Neither
        // overwritten nor added: the person importing says which it is.
        if (row.issueDate != stored->issueDate) {
            problems.append({QStringLiteral("number"),
                             tr("%1 was the number of this debtor's invoice %2 before it was renumbered in Libreta, "
                                "but the file gives it another issue date (%3, not %4). If it is another invoice, "
                                "add it by hand (Add invoice); if it is the same, correct the date in Libreta.")
                                 .arg(QString::fromUtf8(row.number), stored->number,
                                      row.issueDate.toString(Qt::ISODate), stored->issueDate.toString(Qt::ISODate))});
            return RowOutcome::Refused;
        }
        m_namedByFormer.insert(stored->id, row.number.toByteArray());
    }
    m_seen.insert(stored->id);
    store::StoredInvoice updated = *stored;
    updated.issueDate = row.issueDate;
    updated.dueDate = row.dueDate;
    updated.amount = row.amount;
    if (row.disputed) {
        updated.disputed = *row.disputed;
        if (updated.disputed && !stored->disputed)
            updated.disputeReason = m_disputeReason;
        if (!updated.disputed)
            updated.disputeReason.clear();
    }
    if (stored->adjusted.isPositive() && row.amount < stored->amount) {
        // What Libreta took off in adjustments stands for the credit note the
        // accounting system books later: a file lowering the invoice by no
        // more than that agrees with Libreta, and the stored amount stays
        // (taking the file's would take the same money off twice). A file
        // lowering it further needs the rest written down in Libreta.
        const Money agreed = stored->amount - stored->adjusted;
        // Below what payments and adjustments took off: refused below, as
        // for any invoice (no correction could make up for it).
        if (row.amount < agreed && row.amount >= stored->allocated) {
            problems.append({QStringLiteral("amount"),
                             tr("adjustments in Libreta already took %1 off invoice %2, and the file lowers it from "
                                "%3 to %4, %5 more; record those %5 as a correction in Libreta, so nothing is "
                                "taken off twice.")
                                 .arg(stored->adjusted.toPlainString(), QString::fromUtf8(row.number),
                                      stored->amount.toPlainString(), row.amount.toPlainString(),
                                      (agreed - row.amount).toPlainString())});
            return RowOutcome::Refused;
        }
        if (row.amount >= agreed)
            updated.amount = stored->amount;
    }
    if (updated.issueDate == stored->issueDate && updated.dueDate == stored->dueDate
        && updated.amount == stored->amount && updated.disputed == stored->disputed)
        return RowOutcome::Unchanged;
    if (updated.amount < stored->allocated) {
        problems.append({QStringLiteral("amount"),
                         tr("payments and adjustments already took %1 off invoice %2; its amount cannot be less.")
                             .arg(stored->allocated.toPlainString(), QString::fromUtf8(row.number))});
        return RowOutcome::Refused;
    }
    m_store.updateInvoice(updated);
    if (updated.amount != stored->amount)
        m_amountChanges.emplace_back(debtor, updated.amount - stored->amount);
    touch(debtor);
    return RowOutcome::Updated;
}

} // namespace libreta::services
