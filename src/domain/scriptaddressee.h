#pragma once

#include "domain/entities.h"

namespace libreta::domain {

// Who {deudor} names in a call's script. A person is spoken to by name. A
// company is spoken to through a person: the one who decides payment, else
// its own contact when that one has a name of its own ("Cuentas por
// pagar", "Ing. Ramírez"); only when the file names nobody, its legal name
// ("¿Tengo el gusto con Transportes Flores S. de R.L. de C.V.?" asks for
// no one). Guarantors and references are never who the debt is about.
QString scriptAddressee(const Debtor &debtor, const QList<Contact> &contacts);

} // namespace libreta::domain
