#pragma once

#include "domain/entities.h"

namespace libreta::domain {

// Who {deudor} names in a call's script. A person is spoken to by name. A
// company is spoken to through a person: the one who decides payment, else
// its own contact when that one has a name of its own ("Cuentas por
// pagar", "Ing. Ramírez"); only when the file names nobody, its name as
// said aloud, without the legal form ("¿Hablo con Transportes Flores?", not
// "… S. de R.L. de C.V.?"). Guarantors and references are never who the
// debt is about.
QString scriptAddressee(const Debtor &debtor, const QList<Contact> &contacts);

// A person's name as said to them on the phone: a title in front of a full
// name left out ("Sra. Luisa Pérez Peña" -> "Luisa Pérez Peña"), since
// "¿Hablo con Sra. Luisa…?" lacks the article Spanish needs there and
// "Muy bien, la Sra. …" would have one too many. A title before a surname
// alone stays ("Ing. Ramírez"): without it the name is too bare.
QString withoutTitle(const QString &personName);

// A person's name in the order it is said: lists exported by surname
// ("García López, María Pilar", "Núñez Pérez, José Ignacio") are read back
// as "María Pilar García López", so neither the call ("¿Hablo con García
// López, María Pilar?") nor the letter's greeting sounds like a form. A name
// with no comma, or more than one, or digits, is left as it is.
QString nameInSpeakingOrder(const QString &personName);

// A company's name as people say it: without its legal form at the end
// ("S.A. de C.V.", "S. de R.L.", "S.L.", "S.C.", "SAPI", "Ltda.", "Inc.").
QString withoutLegalForm(const QString &companyName);

} // namespace libreta::domain
