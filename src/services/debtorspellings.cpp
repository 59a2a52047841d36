#include "services/debtorspellings.h"

#include "store/importrepository.h"

namespace libreta::services {

QByteArray debtorKey(QByteArrayView written)
{
    QByteArray key;
    key.reserve(written.size());
    bool digit = false;
    for (const char c : written) {
        if (c >= '0' && c <= '9') {
            key.append(c);
            digit = true;
        } else if (c >= 'a' && c <= 'z') {
            key.append(char(c - 'a' + 'A'));
        } else if (c >= 'A' && c <= 'Z') {
            key.append(c);
        }
    }
    return digit ? key : QByteArray();
}

void DebtorSpellings::note(domain::Id debtorId, QByteArrayView written)
{
    const QByteArray key = debtorKey(written);
    if (key.isEmpty())
        return;
    const auto known = m_byKey.constFind(key);
    if (known == m_byKey.cend())
        m_byKey.insert(key, debtorId);
    else if (known.value() != debtorId)
        m_byKey.insert(key, 0);  // two debtors: neither is meant
}

std::optional<domain::Id> DebtorSpellings::find(QByteArrayView written)
{
    const QByteArray key = debtorKey(written);
    if (key.isEmpty())
        return std::nullopt;
    if (!m_read) {
        m_read = true;
        m_store.forEachDebtorKey([this](domain::Id id, QByteArrayView ref, QByteArrayView taxId) {
            note(id, ref);
            note(id, taxId);
        });
    }
    const domain::Id id = m_byKey.value(key);
    if (!id)
        return std::nullopt;
    return id;
}

void DebtorSpellings::added(domain::Id debtorId, QByteArrayView ref, QByteArrayView taxId)
{
    if (!m_read)
        return;  // read with the rest when first needed
    note(debtorId, ref);
    note(debtorId, taxId);
}

} // namespace libreta::services
