#pragma once

#include "domain/entities.h"

#include <QByteArrayView>
#include <QHash>

#include <optional>

namespace libreta::store {
class ImportRepository;
}

namespace libreta::services {

// The debtor a file names in another spelling of its reference or tax id:
// "12.345.678-5" for the debtor whose reference is "12345678-5", or whose
// RUT is "12.345.678-5" and reference something else. Offices mix the dots
// and dashes of a RUT, a NIT or a CUIT from one system to the next, and an
// import that did not see them as the same debtor refused the rows, or
// made a second debtor of each. Only letters and digits are compared, case
// aside, and only a spelling that names one debtor counts. Read once, at the
// first row whose reference is not found as written: files that match as
// written never pay for it.
class DebtorSpellings final {
public:
    explicit DebtorSpellings(store::ImportRepository &store) : m_store(store) {}

    std::optional<domain::Id> find(QByteArrayView written);
    // A debtor the import has just added is found by its spellings too.
    void added(domain::Id debtorId, QByteArrayView ref, QByteArrayView taxId);

private:
    void note(domain::Id debtorId, QByteArrayView written);

    store::ImportRepository &m_store;
    bool m_read = false;
    QHash<QByteArray, domain::Id> m_byKey;  // 0: a spelling shared by two debtors
};

// Letters and digits only, upper case: "12.345.678-k" is "12345678K".
// Empty when no digit is there: names are not keys.
QByteArray debtorKey(QByteArrayView written);

} // namespace libreta::services
