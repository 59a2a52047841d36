#pragma once

#include <QString>

#include <optional>

namespace libreta::domain {

// What is wrong with a tax id whose check character does not add up, in
// words for the person who typed it: "the NIF 12345678A does not add up:
// its letter should be Z." Only for the documents whose shape says what
// they are, and whose check is arithmetic: a Spanish NIF (eight digits and
// a letter) or NIE (X, Y or Z, seven digits and a letter), an Argentine
// CUIT or CUIL written with its dashes (20-12345678-6) and a Chilean RUT
// with the dash before its check digit (12.345.678-5). A wrong check
// character is a digit typed wrong, and letters and court papers then carry
// someone else's number. Anything else (an RFC, a cédula, a NIT) says
// nothing: nullopt.
std::optional<QString> taxIdCheckProblem(const QString &taxId);

} // namespace libreta::domain
