#pragma once

#include "domain/entities.h"

namespace libreta::services {

// Adds to `contact` the phones and e-mail an imported row gives, unless it
// already has them (phones compared by their digits, e-mails without case).
// True when something was added.
bool mergeReachability(domain::Contact &contact, const QList<domain::Phone> &phones, const QString &email);
// The same with one phone, or none when `phone` is empty.
bool mergeReachability(domain::Contact &contact, const QString &phone, const QString &email);

} // namespace libreta::services
