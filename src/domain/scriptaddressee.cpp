#include "domain/scriptaddressee.h"

namespace libreta::domain {

QString scriptAddressee(const Debtor &debtor, const QList<Contact> &contacts)
{
    if (debtor.kind != DebtorKind::Company)
        return debtor.name;
    const QString company = debtor.name.simplified();
    const auto named = [&company](const Contact &c) {
        const QString name = c.name.simplified();
        return !name.isEmpty() && name.compare(company, Qt::CaseInsensitive) != 0;
    };
    for (const ContactRole role : {ContactRole::DecisionMaker, ContactRole::Debtor})
        for (const Contact &c : contacts)
            if (c.role == role && named(c))
                return c.name.simplified();
    return debtor.name;
}

} // namespace libreta::domain
