#pragma once

#include <QDate>

namespace libreta::domain {

// The first day from Monday to Friday on or after `day`: what a date
// suggested to a debtor moves to when it falls on a weekend, when banks
// and the office are closed (a letter's "pay by", a promise's first date).
QDate onWeekday(const QDate &day);

} // namespace libreta::domain
