#pragma once

#include <QString>

namespace libreta::platform {

// The user's data folder (created when missing): ~/.local/share/Libreta.
QString dataFolder();
QString logFolder();
// The app's own database: the file chosen last in the app, or
// <data folder>/libreta.sqlite when none was chosen yet.
QString defaultDatabasePath();
// Remembers `path` as the file to open next time (File ▸ Open, the CLI's default).
void rememberDatabasePath(const QString &path);

} // namespace libreta::platform
