#pragma once

#include <QString>

namespace libreta::test {

// A file as an older program left it: the migrations up to `version`, then
// `rows` written straight into its tables. Opening it with store::Database
// runs the steps after `version`, as an upgrade would.
void writeFileAtVersion(const QString &path, int version, const QString &rows);

} // namespace libreta::test
