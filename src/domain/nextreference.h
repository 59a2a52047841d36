#pragma once

#include <QString>

namespace libreta::domain {

// The reference a new debtor is offered, following the last one: its
// trailing number one higher, as wide as it was ("CLI-000042" ->
// "CLI-000043", "A-099" -> "A-100", "9" -> "10"); one without a number
// gets "-1" ("ACME" -> "ACME-1"); none at all starts at "0001". An office
// that numbers its debtors itself types over it.
QString nextReference(const QString &last);

} // namespace libreta::domain
