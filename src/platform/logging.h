#pragma once

#include <QString>

namespace libreta::platform {

// Rotating log files in the user's data folder, with Qt's own messages routed
// into them. Info level never carries debtor names, phones or amounts: log
// ids and counts. LIBRETA_LOG_LEVEL=debug|info|warn|error overrides the level.
// `alsoToStderr` is for the desktop app launched from a terminal; the CLI
// keeps stderr for messages to its user.
void setUpLogging(const QString &programName, bool alsoToStderr);

} // namespace libreta::platform
