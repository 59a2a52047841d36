#include "services/documentbatch.h"

#include "services/audittrail.h"
#include "services/debtorfile.h"
#include "services/debtorfilereader.h"
#include "store/transaction.h"

#include <spdlog/spdlog.h>

#include <limits>

namespace libreta::services {

using namespace domain;

namespace {

// Debtors read from the portfolio at a time: the size of the table's own pages.
constexpr int pageSize = 200;

BatchSkip skipFor(DocumentObstacle obstacle)
{
    switch (obstacle) {
    case DocumentObstacle::NoPendingPromise: return BatchSkip::NoPendingPromise;
    case DocumentObstacle::StillOwes: return BatchSkip::StillOwes;
    case DocumentObstacle::NoInvoices: return BatchSkip::NoInvoices;
    case DocumentObstacle::WrittenOff: return BatchSkip::WrittenOff;
    case DocumentObstacle::NothingOverdue: return BatchSkip::NothingOverdue;
    case DocumentObstacle::PromisePending: return BatchSkip::PromisePending;
    }
    return BatchSkip::Gone;
}

} // namespace

qint64 BatchTally::skippedCount() const
{
    qint64 n = 0;
    for (const qint64 c : skipped)
        n += c;
    return n;
}

DocumentBatch::DocumentBatch(store::Database &db, const Clock &clock, QString officeTemplates,
                             DocumentBatchRequest request)
    : m_db(db), m_clock(clock), m_documents(db, clock, std::move(officeTemplates)), m_request(std::move(request))
{
}

QString DocumentBatch::kindTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Statement: return tr("Account statements");
    case DocumentKind::PromiseConfirmation: return tr("Confirmation letters");
    case DocumentKind::PaidInFull: return tr("Paid-in-full letters");
    case DocumentKind::PaymentReminder: return tr("Payment reminders");
    }
    return {};
}

QString DocumentBatch::kindWords(DocumentKind kind, qint64 count)
{
    const int n = int(std::min<qint64>(count, INT_MAX));
    switch (kind) {
    case DocumentKind::Statement: return tr("%Ln account statement(s)", nullptr, n);
    case DocumentKind::PromiseConfirmation: return tr("%Ln confirmation letter(s)", nullptr, n);
    case DocumentKind::PaidInFull: return tr("%Ln paid-in-full letter(s)", nullptr, n);
    case DocumentKind::PaymentReminder: return tr("%Ln payment reminder(s)", nullptr, n);
    }
    return {};
}

QString DocumentBatch::skippedText() const
{
    auto n = [this](BatchSkip why) { return int(std::min<qint64>(m_tally.skipped.value(why), INT_MAX)); };
    QStringList parts;
    if (n(BatchSkip::DoNotContact))
        parts << tr("%Ln marked do not contact", nullptr, n(BatchSkip::DoNotContact));
    if (n(BatchSkip::NothingOwed))
        parts << tr("%Ln who owe nothing", nullptr, n(BatchSkip::NothingOwed));
    if (n(BatchSkip::NoPendingPromise))
        parts << tr("%Ln with no pending promise", nullptr, n(BatchSkip::NoPendingPromise));
    if (n(BatchSkip::StillOwes))
        parts << tr("%Ln who still owe", nullptr, n(BatchSkip::StillOwes));
    if (n(BatchSkip::NoInvoices))
        parts << tr("%Ln never invoiced", nullptr, n(BatchSkip::NoInvoices));
    if (n(BatchSkip::WrittenOff))
        parts << tr("%Ln whose balance was written off", nullptr, n(BatchSkip::WrittenOff));
    if (n(BatchSkip::NothingOverdue))
        parts << tr("%Ln with nothing overdue", nullptr, n(BatchSkip::NothingOverdue));
    if (n(BatchSkip::PromisePending))
        parts << tr("%Ln with a promise pending", nullptr, n(BatchSkip::PromisePending));
    if (n(BatchSkip::Gone))
        parts << tr("%Ln no longer in the file", nullptr, n(BatchSkip::Gone));
    return parts.isEmpty() ? QString() : tr("Left out: %1.").arg(parts.join(QStringLiteral(", ")));
}

qint64 DocumentBatch::debtorCount()
{
    if (!m_request.chosen.isEmpty())
        return m_request.chosen.size();
    return store::PortfolioRepository(m_db).summary(m_request.query).count;
}

std::optional<Id> DocumentBatch::nextDebtor()
{
    if (!m_request.chosen.isEmpty()) {
        if (m_chosenAt >= m_request.chosen.size())
            return std::nullopt;
        return m_request.chosen.at(m_chosenAt++);
    }
    if (m_inPage >= m_page.size()) {
        if (m_lastPage)
            return std::nullopt;
        const QList<store::PortfolioRow> rows =
            store::PortfolioRepository(m_db).fetchPage(m_request.query, m_after, pageSize);
        m_page.clear();
        m_inPage = 0;
        for (const store::PortfolioRow &row : rows)
            m_page.append(row.debtorId);
        m_lastPage = rows.size() < pageSize;
        if (rows.isEmpty())
            return std::nullopt;
        m_after = rows.last().key;
    }
    return m_page.at(m_inPage++);
}

std::optional<Document> DocumentBatch::step()
{
    const DocumentRequest &request = m_request.document;
    if (!m_office) {
        m_template = m_documents.templateText(request.kind, request.language);
        m_office = m_documents.officeDetails();
    }
    std::optional<Id> id;
    while (!id) {
        id = nextDebtor();
        if (!id) {
            m_finished = true;
            return std::nullopt;
        }
        if (*id >= 0 && *id < std::numeric_limits<int>::max()) {
            if (*id >= m_seen.size())
                m_seen.resize(int(std::min<qint64>(std::max<qint64>(*id + 1, qint64(m_seen.size()) * 2),
                                                   std::numeric_limits<int>::max())));
            if (m_seen.testBit(int(*id)))
                id.reset();
            else
                m_seen.setBit(int(*id));
        }
    }
    ++m_tally.seen;
    const auto file = DebtorFileReader(m_db).read(*id, m_clock.today(), m_clock.nowUtc());
    std::optional<BatchSkip> skip;
    if (!file)
        skip = BatchSkip::Gone;
    else if (m_request.skipDoNotContact && file->debtor.doNotContact)
        skip = BatchSkip::DoNotContact;
    else if (const auto obstacle = DocumentService::obstacle(request.kind, *file))
        skip = skipFor(*obstacle);
    else if (m_request.skipNothingOwed && request.kind == DocumentKind::Statement &&
             !file->totals.outstanding.isPositive())
        skip = BatchSkip::NothingOwed;
    if (skip) {
        ++m_tally.skipped[*skip];
        return std::nullopt;
    }
    DocumentRequest one = request;
    one.debtorId = *id;
    ++m_tally.composed;
    return m_documents.compose(*file, one, *m_office, m_template);
}

std::optional<Document> DocumentBatch::next()
{
    while (!m_finished)
        if (auto document = step())
            return document;
    return std::nullopt;
}

void DocumentBatch::record(std::optional<Id> userId, const QList<Id> &writtenFor, bool stopped)
{
    const qint64 written = writtenFor.size();
    store::Transaction tx(m_db);
    // Each debtor's file says its document went out; a savepoint inside this
    // transaction, so the file and the office's activity agree.
    m_documents.recordWritten(writtenFor, m_request.document.kind, false, userId);
    AuditTrail(m_db, m_clock)
        .record(userId, QStringLiteral("document.batch"), QStringLiteral("debtor"), 0,
                QStringLiteral("kind=%1 written=%2 skipped=%3 stopped=%4 selected=%5")
                    .arg(DocumentService::kindCode(m_request.document.kind))
                    .arg(written)
                    .arg(m_tally.skippedCount())
                    .arg(stopped ? 1 : 0)
                    .arg(m_request.chosen.isEmpty() ? 0 : 1));
    tx.commit();
    spdlog::info("{} documents written in a batch ({}), {} debtors passed over{}", written,
                 DocumentService::kindCode(m_request.document.kind).toStdString(), m_tally.skippedCount(),
                 stopped ? ", stopped" : "");
}

} // namespace libreta::services
