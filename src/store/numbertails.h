#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

namespace libreta::store {

class Database;

// An invoice number's tail (schema 30) as every writer of invoices binds
// it: domain::invoiceNumberTailUtf8 of the number's UTF-8 bytes, held here
// without a heap allocation for the usual short numbers (an import binds
// millions). Empty is '' when bound, never NULL.
class NumberTailBytes final {
public:
    explicit NumberTailBytes(QByteArrayView number);
    QByteArrayView view() const { return QByteArrayView(m_bytes.data(), m_bytes.size()); }

private:
    QVarLengthArray<char, 64> m_bytes;
};

// Writes the number's tail (schema 30) of every invoice that has none: rows
// another program added to the file without the column. Looked for through
// the search index, where they come first: one step when there are none,
// as at nearly every opening. Returns how many were filled.
int fillMissingInvoiceNumberTails(Database &db);

} // namespace libreta::store
