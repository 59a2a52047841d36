#include "store/importrepository.h"

#include "domain/entitycodes.h"
#include "store/bulkload.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/invoicebalancesql.h"
#include "store/nativestatement.h"
#include "store/numbertails.h"

#include <QDateTime>

namespace libreta::store {
namespace {

QByteArray nowText()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toUtf8();
}

QDate dateOf(QByteArrayView iso)
{
    return QDate::fromString(QString::fromLatin1(iso), QStringLiteral("yyyy-MM-dd"));
}

} // namespace

ImportRepository::ImportRepository(Database &db) : m_db(db), m_native(nativeHandle(db)), m_now(nowText()) {}

ImportRepository::~ImportRepository() = default;

std::optional<domain::Id> ImportRepository::debtorIdByRef(QByteArrayView ref)
{
    if (!m_debtorByRef)
        m_debtorByRef = std::make_unique<NativeStatement>(m_native, "SELECT id FROM debtors WHERE external_ref = ?1");
    m_debtorByRef->utf8View(1, ref);
    if (!m_debtorByRef->step())
        return std::nullopt;
    const domain::Id id = m_debtorByRef->columnInteger(0);
    m_debtorByRef->reset();
    return id;
}

void ImportRepository::forEachDebtorKey(
    const std::function<void(domain::Id, QByteArrayView ref, QByteArrayView taxId)> &visit)
{
    NativeStatement all(m_native, "SELECT id, external_ref, tax_id FROM debtors");
    while (all.step())
        visit(all.columnInteger(0), all.columnUtf8(1), all.columnUtf8(2));
}

domain::Id ImportRepository::addDebtorIfNew(const domain::Debtor &d)
{
    using domain::toCode;
    if (!m_addDebtor) {
        // Same columns as DebtorRepository::add; the external_ref's unique
        // index turns a known reference into "nothing inserted".
        m_addDebtor = std::make_unique<NativeStatement>(
            m_native,
            "INSERT INTO debtors (external_ref, kind, name, tax_id, time_zone, segment, risk, value, "
            "assigned_agent_id, status, do_not_contact, dnc_reason, address, city, search_text, created_at, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16) "
            "ON CONFLICT (external_ref) DO NOTHING");
        // With the columns the totals copy from their debtor, so the
        // insert trigger of 0008_totals_profile.sql has nothing to update.
        m_addTotals = std::make_unique<NativeStatement>(
            m_native, "INSERT INTO debtor_totals (debtor_id, segment, status) VALUES (?1, ?2, ?3)");
    }
    NativeStatement &s = *m_addDebtor;
    s.text(1, d.externalRef)
        .text(2, toCode(d.kind))
        .text(3, d.name)
        .text(4, d.taxId)
        .text(5, d.timeZone)
        .text(6, d.segment)
        .text(7, toCode(d.risk))
        .text(8, toCode(d.value));
    if (d.assignedAgentId)
        s.integer(9, *d.assignedAgentId);
    else
        s.null(9);
    s.text(10, toCode(d.status))
        .integer(11, d.doNotContact ? 1 : 0)
        .text(12, d.doNotContactReason)
        .text(13, d.address)
        .text(14, d.city)
        .text(15, DebtorRepository::searchTextFor(d))
        .utf8(16, m_now);
    if (s.exec() == 0)
        return 0;
    const domain::Id id = lastInsertId(m_native);
    m_addTotals->integer(1, id).text(2, d.segment).text(3, toCode(d.status)).exec();
    return id;
}

domain::Id ImportRepository::addInvoiceIfNew(domain::Id debtorId, QByteArrayView number, const QDate &issue,
                                             const QDate &due, domain::Money amount, bool disputed,
                                             const QString &disputeReason)
{
    if (!m_addInvoice)
        m_addInvoice = std::make_unique<NativeStatement>(
            m_native,
            "INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, disputed, dispute_reason, "
            "created_at, number_tail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT (debtor_id, number) DO NOTHING");
    char issueText[16], dueText[16];
    const int issueLength = isoDate(issue, issueText);
    const int dueLength = isoDate(due, dueText);
    NativeStatement &s = *m_addInvoice;
    s.integer(1, debtorId)
        .utf8View(2, number)
        .utf8View(3, QByteArrayView(issueText, issueLength))
        .utf8View(4, QByteArrayView(dueText, dueLength))
        .integer(5, amount.minor())
        .integer(6, disputed ? 1 : 0);
    if (disputeReason.isEmpty())
        s.utf8View(7, QByteArrayView(""));
    else
        s.text(7, disputeReason);
    s.utf8View(8, m_now);
    const NumberTailBytes tail(number);
    s.utf8View(9, tail.view());
    if (s.exec() == 0)
        return 0;
    return lastInsertId(m_native);
}

std::unique_ptr<NativeStatement> ImportRepository::storedInvoiceStatement(const char *where)
{
    // The number last: read only by invoiceById, where the row did not name
    // the invoice by it (a re-import of millions of rows copies nothing more).
    return std::make_unique<NativeStatement>(
        m_native, QStringLiteral("SELECT i.id, i.issue_date, i.due_date, i.amount, i.disputed, i.dispute_reason, %1, "
                                 "%2, i.number FROM invoices i WHERE %3")
                      .arg(allocatedToInvoiceSql(QStringLiteral("i")), adjustedOffInvoiceSql(QStringLiteral("i")),
                           QLatin1String(where))
                      .toUtf8()
                      .constData());
}

std::optional<StoredInvoice> ImportRepository::readStoredInvoice(NativeStatement &s, bool withNumber)
{
    if (!s.step())
        return std::nullopt;
    StoredInvoice inv;
    inv.id = s.columnInteger(0);
    inv.issueDate = dateOf(s.columnUtf8(1));
    inv.dueDate = dateOf(s.columnUtf8(2));
    inv.amount = domain::Money::fromMinor(s.columnInteger(3));
    inv.disputed = s.columnInteger(4) != 0;
    inv.disputeReason = s.columnText(5);
    inv.adjusted = domain::Money::fromMinor(s.columnInteger(7));
    inv.allocated = domain::Money::fromMinor(s.columnInteger(6)) + inv.adjusted;
    if (withNumber)
        inv.number = s.columnText(8);
    s.reset();
    return inv;
}

std::optional<StoredInvoice> ImportRepository::invoiceByNumber(domain::Id debtorId, QByteArrayView number)
{
    if (!m_invoiceByNumber)
        m_invoiceByNumber = storedInvoiceStatement("i.debtor_id = ?1 AND i.number = ?2");
    m_invoiceByNumber->integer(1, debtorId).utf8View(2, number);
    return readStoredInvoice(*m_invoiceByNumber, false);
}

std::optional<StoredInvoice> ImportRepository::invoiceById(domain::Id invoiceId)
{
    if (!m_invoiceById)
        m_invoiceById = storedInvoiceStatement("i.id = ?1");
    m_invoiceById->integer(1, invoiceId);
    return readStoredInvoice(*m_invoiceById, true);
}

QHash<QPair<domain::Id, QByteArray>, domain::Id> ImportRepository::formerInvoiceNumbers()
{
    NativeStatement q(m_native, "SELECT debtor_id, number, invoice_id FROM invoice_former_numbers");
    QHash<QPair<domain::Id, QByteArray>, domain::Id> out;
    while (q.step())
        out.insert({q.columnInteger(0), q.columnUtf8(1).toByteArray()}, q.columnInteger(2));
    return out;
}

void ImportRepository::updateInvoice(const StoredInvoice &inv)
{
    if (!m_updateInvoice)
        m_updateInvoice = std::make_unique<NativeStatement>(
            m_native, "UPDATE invoices SET issue_date = ?2, due_date = ?3, amount = ?4, disputed = ?5, "
                      "dispute_reason = ?6 WHERE id = ?1");
    m_updateInvoice->integer(1, inv.id)
        .date(2, inv.issueDate)
        .date(3, inv.dueDate)
        .integer(4, inv.amount.minor())
        .integer(5, inv.disputed ? 1 : 0)
        .text(6, inv.disputeReason)
        .exec();
}

QList<StoredPaymentKey> ImportRepository::paymentKeys(domain::Id debtorId)
{
    if (!m_paymentKeys)
        m_paymentKeys = std::make_unique<NativeStatement>(
            m_native, "SELECT id, paid_on, amount, reference FROM payments WHERE debtor_id = ?1 ORDER BY id");
    QList<StoredPaymentKey> out;
    m_paymentKeys->integer(1, debtorId);
    while (m_paymentKeys->step())
        out.append({m_paymentKeys->columnInteger(0), dateOf(m_paymentKeys->columnUtf8(1)),
                    domain::Money::fromMinor(m_paymentKeys->columnInteger(2)), m_paymentKeys->columnText(3)});
    return out;
}

void ImportRepository::addInvoicesToTotals(domain::Id debtorId, domain::Money amount, int count,
                                           const QDate &earliestDue)
{
    if (!m_addToTotals)
        m_addToTotals = std::make_unique<NativeStatement>(
            m_native, "UPDATE debtor_totals SET outstanding = outstanding + ?2, open_invoices = open_invoices + ?3, "
                      "oldest_due_date = CASE WHEN oldest_due_date IS NULL OR ?4 < oldest_due_date THEN ?4 "
                      "ELSE oldest_due_date END WHERE debtor_id = ?1");
    m_addToTotals->integer(1, debtorId).integer(2, amount.minor()).integer(3, count).date(4, earliestDue).exec();
}

void ImportRepository::execute(const QByteArray &sql)
{
    NativeStatement(m_native, sql.constData()).exec();
}

void ImportRepository::suspendIndexes(const char *which, QList<QByteArray> &kept)
{
    QList<QPair<QByteArray, QByteArray>> found;
    {
        const QByteArray sql =
            QByteArray("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND ") + which;
        NativeStatement q(m_native, sql.constData());
        while (q.step())
            found.append({q.columnUtf8(0).toByteArray(), q.columnUtf8(1).toByteArray()});
    }
    for (const auto &[name, sql] : std::as_const(found)) {
        execute("DROP INDEX \"" + name + "\"");
        kept.append(sql);
    }
}

void ImportRepository::restore(QList<QByteArray> &kept)
{
    if (kept.isEmpty())
        return;
    const LargeSort sort(m_db);
    for (const QByteArray &sql : std::as_const(kept))
        execute(sql);
    kept.clear();
}

void ImportRepository::suspendTotalsIndexes()
{
    suspendIndexes("tbl_name = 'debtor_totals' AND (sql LIKE '%outstanding%' OR sql LIKE '%oldest_due_date%')",
                   m_suspendedTotals);
}

void ImportRepository::restoreTotalsIndexes() { restore(m_suspendedTotals); }

void ImportRepository::suspendInvoiceNumberSearch()
{
    suspendIndexes("name = 'invoices_number_search'", m_suspendedNumberSearch);
}

void ImportRepository::restoreInvoiceNumberSearch() { restore(m_suspendedNumberSearch); }

void ImportRepository::deferNewDebtorsSearch()
{
    m_deferredAfter = maxDebtorId();
    for (const char *name : {"debtors_words_insert", "debtors_initials_insert", "debtors_search_insert"}) {
        {
            NativeStatement q(m_native, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1");
            q.utf8(1, name);
            if (!q.step())
                continue;
            m_deferredTriggers.insert(QByteArray(name), q.columnUtf8(0).toByteArray());
        }
        execute(QByteArray("DROP TRIGGER ") + name);
    }
}

void ImportRepository::writeDeferredSearch()
{
    if (m_deferredTriggers.contains("debtors_words_insert"))
        writeDeferredWords();
    if (m_deferredTriggers.contains("debtors_initials_insert"))
        writeDeferredInitials();
    if (m_deferredTriggers.contains("debtors_search_insert")) {
        // As the trigger of 0002_debtor_search.sql adds them, in one
        // statement: FTS5 keeps the new terms in memory and writes them in
        // few segments, where one statement per debtor flushed them each
        // time (1.4 s of an import of 100,000 debtors).
        NativeStatement q(m_native,
                          "INSERT INTO debtor_search (rowid, search_text) SELECT id, search_text FROM debtors "
                          "WHERE id > ?1 ORDER BY id");
        q.integer(1, m_deferredAfter);
        q.exec();
    }
    for (const QByteArray &sql : std::as_const(m_deferredTriggers))
        execute(sql);
    m_deferredTriggers.clear();
}

void ImportRepository::writeDeferredWords()
{
    {
        const LargeSort sort(m_db);
        // The words as the trigger of 0009_debtor_words.sql splits them;
        // in key order, so each page of the index is written once.
        NativeStatement q(m_native,
                          "INSERT OR IGNORE INTO debtor_words (word, search_text, debtor_id) "
                          "SELECT DISTINCT w.value, d.search_text, d.id FROM debtors d, "
                          "json_each('[' || replace(json_quote(d.search_text), ' ', '\",\"') || ']') w "
                          "WHERE d.id > ?1 AND w.key > 0 AND w.value <> '' ORDER BY 1, 2, 3");
        q.integer(1, m_deferredAfter);
        q.exec();
    }
}

void ImportRepository::writeDeferredInitials()
{
    const LargeSort sort(m_db);
    // The letters as the trigger of 0040_debtor_initials.sql takes them.
    NativeStatement q(m_native,
                      "INSERT OR IGNORE INTO debtor_initials (letter, search_text, debtor_id) "
                      "SELECT DISTINCT substr(w.value, 1, 1), d.search_text, d.id FROM debtors d, "
                      "json_each('[' || replace(json_quote(d.search_text), ' ', '\",\"') || ']') w "
                      "WHERE d.id > ?1 AND w.key > 0 AND w.value <> '' ORDER BY 1, 2, 3");
    q.integer(1, m_deferredAfter);
    q.exec();
}

std::vector<domain::Id> ImportRepository::debtorsWithCredit()
{
    std::vector<domain::Id> out;
    NativeStatement q(m_native, "SELECT debtor_id FROM debtor_totals WHERE credit > 0 ORDER BY debtor_id");
    while (q.step())
        out.push_back(q.columnInteger(0));
    return out;
}

std::vector<domain::Id> ImportRepository::debtorsSettledOrClosed()
{
    std::vector<domain::Id> out;
    NativeStatement q(m_native, "SELECT debtor_id FROM debtor_totals WHERE status IN ('settled', 'closed') "
                                "ORDER BY debtor_id");
    while (q.step())
        out.push_back(q.columnInteger(0));
    return out;
}

qint64 ImportRepository::debtorCount() { return maxId("SELECT count(*) FROM debtor_totals"); }

domain::Id ImportRepository::maxId(const char *sql)
{
    NativeStatement q(m_native, sql);
    return q.step() ? q.columnInteger(0) : 0;
}

domain::Id ImportRepository::maxDebtorId() { return maxId("SELECT coalesce(max(id), 0) FROM debtors"); }
domain::Id ImportRepository::maxInvoiceId() { return maxId("SELECT coalesce(max(id), 0) FROM invoices"); }
domain::Id ImportRepository::maxPaymentId() { return maxId("SELECT coalesce(max(id), 0) FROM payments"); }

} // namespace libreta::store
