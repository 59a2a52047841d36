#include "store/numbertails.h"

#include "domain/textfold.h"
#include "store/portfolioconditions.h"
#include "store/sqlquery.h"
#include "store/transaction.h"

namespace libreta::store {

NumberTailBytes::NumberTailBytes(QByteArrayView number) : m_bytes(number.size())
{
    m_bytes.resize(domain::invoiceNumberTailUtf8(number, m_bytes.data()));
}

int fillMissingInvoiceNumberTails(Database &db)
{
    {
        SqlQuery probe(db, QStringLiteral("SELECT 1 FROM invoices WHERE number_tail IS NULL LIMIT 1"));
        if (!probe.exec().next())
            return 0;
    }
    Transaction transaction(db);
    const int filled = SqlQuery(db, QStringLiteral("UPDATE invoices SET number_tail = %1 WHERE number_tail IS NULL")
                                        .arg(PortfolioConditions::invoiceNumberTailSql(QStringLiteral("number"))))
                           .exec()
                           .rowsAffected();
    transaction.commit();
    return filled;
}

} // namespace libreta::store
