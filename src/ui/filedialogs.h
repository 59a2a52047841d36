#pragma once

#include <QString>

class QWidget;

namespace libreta::ui {

// Every file dialog of the desk goes through these, never through
// QFileDialog's own static functions.
//
// Why: listing a folder, a file dialog learns a file's type from its first
// bytes whenever its name does not tell, and so opens and closes the office
// file and the -wal and -shm SQLite keeps beside it. On Unix, closing any
// descriptor of a file drops every lock the process holds on it (POSIX
// record locks belong to the process, not to the descriptor), so the open
// office looked closed to SQLite: a `libreta-cli backup` run meanwhile took
// itself for the last user, checkpointed and deleted the -wal and -shm
// under the desk, and the desk's next writes damaged the file. These
// dialogs tell a file's type by its name alone, and on Unix are Qt's own
// (a platform's native dialog reads the files in this process as well).
namespace FileDialogs {

QString openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
// `start` may name the file to propose. `chosenFilter`, when given, is the
// filter offered first and, on return, the one the person left chosen.
QString saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                 QString *chosenFilter = nullptr);
QString existingFolder(QWidget *parent, const QString &caption, const QString &start);
// Where a document or an export is proposed: the person's documents folder
// (the system's own name for it, "Documentos" on a Spanish desktop) when it
// exists, else their home. A proposed path in a folder that is not there
// was refused when the person accepted it.
QString documentsFolder();

} // namespace FileDialogs
} // namespace libreta::ui
