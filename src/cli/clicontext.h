#pragma once

#include "domain/clock.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace libreta::store {
class Database;
}

namespace libreta::cli {

// Exit statuses promised to scripts.
// 3: stored, with rows refused and written aside (import --keep-valid): a
// scheduled task that only looks at the status still hears of them.
enum ExitCode { Done = 0, Refused = 1, Usage = 2, StoredWithRefusals = 3 };

// What every command gets: its own arguments, the database file, where to
// write, and the clock. Opening the database is left to the command: only
// `init` and `demo` may create it.
struct CliContext {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString databasePath;
    QStringList arguments;  // after the command name
    QTextStream &out;
    QTextStream &err;
    const domain::Clock &clock;

    // The office file as it is; a path where there is none is refused
    // (InputError naming "db"): a mistyped --db must not become a new,
    // empty office that a backup or a check then reports on as if it were
    // the real one.
    std::unique_ptr<store::Database> openDatabase() const;
    // The office file, created (with its folder) when there is none yet.
    std::unique_ptr<store::Database> openOrCreateDatabase() const;
};

using Command = int (*)(CliContext &context);

int runInit(CliContext &context);
int runDemo(CliContext &context);
int runCheck(CliContext &context);
int runAgenda(CliContext &context);
int runPostPayment(CliContext &context);
int runRollover(CliContext &context);
int runImport(CliContext &context);
int runExport(CliContext &context);
int runStatement(CliContext &context);
int runLetters(CliContext &context);
int runBackup(CliContext &context);

} // namespace libreta::cli
