#include "services/documentbatch.h"

#include "services/audittrail.h"
#include "services/debtorfile.h"
#include "services/debtorfilereader.h"
#include "store/transaction.h"

#include <spdlog/spdlog.h>

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

QString DocumentBatch::kindCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Statement: return QStringLiteral("statement");
    case DocumentKind::PromiseConfirmation: return QStringLiteral("confirmation");
    case DocumentKind::PaidInFull: return QStringLiteral("paid_in_full");
    }
    return QStringLiteral("statement");
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

std::optional<Document> DocumentBatch::next()
{
    const DocumentRequest &request = m_request.document;
    if (!m_office) {
        m_template = m_documents.templateText(request.kind, request.language);
        m_office = m_documents.officeDetails();
    }
    DebtorFileReader reader(m_db);
    while (const auto id = nextDebtor()) {
        ++m_tally.seen;
        const auto file = reader.read(*id, m_clock.today(), m_clock.nowUtc());
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
            continue;
        }
        DocumentRequest one = request;
        one.debtorId = *id;
        ++m_tally.composed;
        return m_documents.compose(*file, one, *m_office, m_template);
    }
    return std::nullopt;
}

void DocumentBatch::record(std::optional<Id> userId, qint64 written, bool stopped)
{
    store::Transaction tx(m_db);
    AuditTrail(m_db, m_clock)
        .record(userId, QStringLiteral("document.batch"), QStringLiteral("debtor"), 0,
                QStringLiteral("kind=%1 written=%2 skipped=%3 stopped=%4 selected=%5")
                    .arg(kindCode(m_request.document.kind))
                    .arg(written)
                    .arg(m_tally.skippedCount())
                    .arg(stopped ? 1 : 0)
                    .arg(m_request.chosen.isEmpty() ? 0 : 1));
    tx.commit();
    spdlog::info("{} documents written in a batch ({}), {} debtors passed over{}", written,
                 kindCode(m_request.document.kind).toStdString(), m_tally.skippedCount(), stopped ? ", stopped" : "");
}

} // namespace libreta::services
