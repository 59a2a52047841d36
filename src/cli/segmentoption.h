#pragma once

#include <QString>

namespace libreta::store {
class Database;
}

namespace libreta::cli {

class CliContext;

// --segment as a person types it in a scheduled task: "alto saldo" or
// "Alto Saldo" is the office's «Alto saldo» (capitals and accents do not
// matter, as in the desk's search). `segment` becomes the office's own
// spelling; a name no debtor's segment has is refused, listing the
// segments there are (a typo, not an empty month). Empty is left as is.
bool resolveSegmentOption(CliContext &c, store::Database &db, QString &segment);

} // namespace libreta::cli
