#include "services/contactmerge.h"

#include "domain/textfold.h"

#include <algorithm>

namespace libreta::services {

bool mergeReachability(domain::Contact &contact, const QList<domain::Phone> &phones, const QString &email)
{
    bool changed = false;
    for (const domain::Phone &phone : phones) {
        if (phone.number.isEmpty())
            continue;
        const QString digits = domain::phoneDigits(phone.number);
        const bool known = std::any_of(contact.phones.cbegin(), contact.phones.cend(), [&](const domain::Phone &p) {
            return domain::phoneDigits(p.number) == digits;
        });
        if (!known) {
            contact.phones.append({0, phone.number, phone.label});
            changed = true;
        }
    }
    if (!email.isEmpty()) {
        const bool known = std::any_of(contact.emails.cbegin(), contact.emails.cend(), [&](const domain::Email &e) {
            return e.address.compare(email, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            contact.emails.append({0, email, {}});
            changed = true;
        }
    }
    return changed;
}

bool mergeReachability(domain::Contact &contact, const QString &phone, const QString &email)
{
    return mergeReachability(contact, phone.isEmpty() ? QList<domain::Phone>{} : QList<domain::Phone>{{0, phone, {}}},
                             email);
}

} // namespace libreta::services
