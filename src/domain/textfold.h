#pragma once

#include <QString>
#include <QStringView>

namespace libreta::domain {

// Folds text for search: accents removed (NFD, combining marks dropped),
// case folded, every run of punctuation or space becomes one space, trimmed.
// "José  Pérez-Núñez, S.A." -> "jose perez nunez s a".
QString foldForSearch(QStringView text);

// Only the digits of a phone number: "+52 55-1234-5678" -> "525512345678".
QString phoneDigits(QStringView text);

} // namespace libreta::domain
