#pragma once

#include "domain/entities.h"

#include <QString>

#include <optional>

namespace libreta::services {

// The words files use for the importer's coded fields, in Spanish and
// English, compared without accents or case: the database codes
// ("company"), the labels the app shows ("Empresa") and what accounting
// systems write ("Persona moral", "Transferencia SPEI", "Sí").
std::optional<domain::DebtorKind> readDebtorKind(const QString &text);
std::optional<domain::Level> readLevel(const QString &text);
std::optional<domain::ContactRole> readContactRole(const QString &text);
std::optional<domain::PaymentMethod> readPaymentMethod(const QString &text);
std::optional<bool> readYesNo(const QString &text);

// Whether a name is a company's by its legal form ("S.A. de C.V.",
// "S.L.", "Inc."): how a debtor's kind is chosen when the file does not say.
bool looksLikeCompany(const QString &name);

} // namespace libreta::services
