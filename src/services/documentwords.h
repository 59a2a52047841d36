#pragma once

#include "domain/entities.h"

#include <QString>

// The words a letter or a statement writes, in the document's own language
// ("es" or "en") whatever language the desk runs in, and as the office's
// country says them where it says them otherwise: not through the desk's
// translator, which speaks the desk's language.

namespace libreta::services {

// The word for `key` ("paid", "aging.current", "file.paidinfull"): the
// office's country's ("key.CL"), else its region's ("key.419"), else the
// general one.
QString documentWord(const QString &language, const char *key);
// A payment method as the office's country names it, else its general name.
QString documentMethodWord(const QString &language, domain::PaymentMethod m);

} // namespace libreta::services
