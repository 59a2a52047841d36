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
// A document type that a person and a company alike may hold ("CUIT",
// "RUT", "RFC"): as a debtor's kind it says neither, and the name tells.
bool documentOfEitherKind(const QString &text);
std::optional<domain::Level> readLevel(const QString &text);
std::optional<domain::ContactRole> readContactRole(const QString &text);
std::optional<domain::PaymentMethod> readPaymentMethod(const QString &text);
// The payment methods as the office's country names them, quoted, for a
// message that says which words are read.
QString paymentMethodChoices();
std::optional<bool> readYesNo(const QString &text);

// Whether a name is a company's by its legal form ("S.A. de C.V.",
// "S.L.", "Inc."): how a debtor's kind is chosen when the file does not say.
bool looksLikeCompany(const QString &name);
// The same, or a tax id only a company has (a Spanish CIF).
bool looksLikeCompany(const QString &name, const QString &taxId);

} // namespace libreta::services
