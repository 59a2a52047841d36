#pragma once

#include "store/portfoliorepository.h"

#include <QStringList>

namespace libreta::test {

// The names on the portfolio's first page for a typed search, as the
// portfolio reads it (the way `way` forces, or the one it chooses), on
// 2026-03-01.
QStringList namesFound(store::Database &db, const QString &typed,
                       store::PortfolioRepository::Way way = store::PortfolioRepository::Way::Chosen);

} // namespace libreta::test
