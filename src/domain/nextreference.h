#pragma once

#include <QString>

namespace libreta::domain {

// The reference a new debtor is offered, following the last one: its
// trailing number one higher, as wide as it was ("CLI-000042" ->
// "CLI-000043", "A-099" -> "A-100", "9" -> "10"); one without a number
// gets "-1" ("ACME" -> "ACME-1"); none at all starts at "0001". An office
// that numbers its debtors itself types over it. A tax id with its check
// digit ("18.234.567-9", "900123456-7") is followed by nothing: empty, so
// the form asks for the next one rather than invent it.
QString nextReference(const QString &last);

} // namespace libreta::domain
