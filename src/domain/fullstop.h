#pragma once

#include <QString>

namespace libreta::domain {

// A sentence written as "…%1." whose value ends in a period of its own (a
// time in Spanish, "9:15 a. m."; a company, "Andina S.A.S.") ends with that
// one period, not two. An ellipsis ("…" or "...") is left as it is.
QString withOneFullStop(const QString &sentence);

} // namespace libreta::domain
