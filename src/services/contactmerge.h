#pragma once

#include "domain/entities.h"

namespace libreta::services {

// Adds to `contact` the phone and e-mail an imported row gives, unless it
// already has them (phones compared by their digits, e-mails without case).
// True when something was added.
bool mergeReachability(domain::Contact &contact, const QString &phone, const QString &email);

} // namespace libreta::services
