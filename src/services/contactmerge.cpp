#include "services/contactmerge.h"

#include "domain/textfold.h"

#include <algorithm>

namespace libreta::services {

bool mergeReachability(domain::Contact &contact, const QString &phone, const QString &email)
{
    bool changed = false;
    if (!phone.isEmpty()) {
        const QString digits = domain::phoneDigits(phone);
        const bool known = std::any_of(contact.phones.cbegin(), contact.phones.cend(), [&](const domain::Phone &p) {
            return domain::phoneDigits(p.number) == digits;
        });
        if (!known) {
            contact.phones.append({0, phone, {}});
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

} // namespace libreta::services
