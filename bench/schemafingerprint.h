#pragma once

#include <QByteArray>
#include <QString>

namespace libreta::bench {

// The schema of a Libreta file as SQLite keeps it: its version and the text
// of every table, index and trigger (not what ANALYZE adds). A kept demo file
// whose schema differs from the one this build makes on an empty file was
// made or migrated by another build: while a migration is still being
// written its text can change under the same version number, and figures
// measured on such a file would not be this build's.
class SchemaFingerprint final {
public:
    static QByteArray of(const QString &path);
    // The schema this build's migrations give an empty file.
    static QByteArray ofThisBuild();
};

} // namespace libreta::bench
