#include "importbench.h"

#include "catalogue.h"
#include "democache.h"
#include "services/importservice.h"
#include "store/database.h"
#include "store/maintenancerepository.h"
#include "store/nativestatement.h"
#include "store/totalsrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace libreta::bench {
namespace {

const char *const kColumns = "debtor_ref,number,issue_date,due_date,amount,disputed";

void say(const QString &text) { std::fprintf(stderr, "%s\n", qPrintable(text)); }

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Quotes a cell only when it needs it (as the app's CSV writer does).
void appendCell(QByteArray &line, const char *text, int size)
{
    const QByteArrayView cell(text, size);
    if (!cell.contains(',') && !cell.contains('"') && !cell.contains('\n') && !cell.contains('\r')) {
        line.append(cell);
        return;
    }
    line.append('"');
    for (char c : cell) {
        if (c == '"')
            line.append('"');
        line.append(c);
    }
    line.append('"');
}

struct Written {
    qint64 rows = 0;
    qint64 bytes = 0;
};

// Runs `sql` on the demo file (read-only) and writes each row as a CSV line
// with `header`; `format` turns the row into cells.
Written writeCsv(const QString &demo, const QString &path, const char *header, const char *sql,
                 const std::function<void(sqlite3_stmt *, QByteArray &)> &format)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(demo.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("could not open the demo file to write the import's CSV");
    }
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("could not read the demo file to write the import's CSV");
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        sqlite3_finalize(s);
        sqlite3_close(db);
        throw std::runtime_error("could not write " + path.toStdString());
    }
    Written w;
    QByteArray buffer(header);
    buffer.append("\r\n");
    while (sqlite3_step(s) == SQLITE_ROW) {
        format(s, buffer);
        buffer.append("\r\n");
        ++w.rows;
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.resize(0);
        }
    }
    out.write(buffer);
    w.bytes = out.size();
    sqlite3_finalize(s);
    sqlite3_close(db);
    return w;
}

QByteArray textOf(sqlite3_stmt *s, int column)
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, column)), sqlite3_column_bytes(s, column));
}

QByteArray amountOf(qint64 minor)
{
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(minor / 100),
                                static_cast<long long>(minor % 100));
    return QByteArray(buf, n);
}

double seconds(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e9; }

} // namespace

int ImportBench::importRuns(int runs) { return std::clamp(runs / 6, 1, 5); }

void ImportBench::run(Catalogue &figures)
{
    Figure &figure = figures[QStringLiteral("csv_import")];
    figure.reason.clear();
    figure.floorLabel = QStringLiteral(
        "the sqlite3 shell's `.import --csv` of the same file into a bare table with the same six text columns, "
        "in one transaction, WAL and synchronous=FULL as the app's files, timed as a process (its start included)");
    QDir scratch(m_scratchDir);
    try {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            throw std::runtime_error("the sqlite3 shell (the import's floor) is not installed");
        if (!scratch.mkpath(QStringLiteral(".")))
            throw std::runtime_error("could not create " + m_scratchDir.toStdString());

        // The accounting system's file: one line per invoice, grouped by
        // customer as such exports are.
        const QString csv = scratch.filePath(QStringLiteral("invoices.csv"));
        const Written invoices = writeCsv(
            m_demo.path, csv, kColumns,
            "SELECT d.external_ref, i.number, i.issue_date, i.due_date, i.amount, i.disputed "
            "FROM invoices i JOIN debtors d ON d.id = i.debtor_id ORDER BY i.id",
            [](sqlite3_stmt *s, QByteArray &line) {
                for (int c = 0; c < 4; ++c) {
                    const QByteArray t = textOf(s, c);
                    appendCell(line, t.constData(), int(t.size()));
                    line.append(',');
                }
                line.append(amountOf(sqlite3_column_int64(s, 4)));
                line.append(sqlite3_column_int(s, 5) ? ",yes" : ",no");
            });
        // The office before the file arrives: its debtors, no invoices.
        const QString debtorsCsv = scratch.filePath(QStringLiteral("debtors.csv"));
        writeCsv(m_demo.path, debtorsCsv, "ref,name,kind,tax_id,segment,risk",
                 "SELECT external_ref, name, kind, tax_id, segment, risk FROM debtors ORDER BY id",
                 [](sqlite3_stmt *s, QByteArray &line) {
                     for (int c = 0; c < 6; ++c) {
                         if (c > 0)
                             line.append(',');
                         const QByteArray t = textOf(s, c);
                         appendCell(line, t.constData(), int(t.size()));
                     }
                 });
        const QString base = scratch.filePath(QStringLiteral("office-before.sqlite"));
        QElapsedTimer baseTimer;
        baseTimer.start();
        {
            store::Database db(base);
            const domain::FixedClock clock(QDateTime(m_demo.date, QTime(12, 0), Qt::UTC));
            services::ImportRequest debtors;
            debtors.kind = services::ImportKind::Debtors;
            debtors.path = debtorsCsv;
            const auto r = services::ImportService(db, clock).run(debtors);
            if (!r.stored || r.refused > 0)
                throw std::runtime_error("the demo's debtors could not be imported to prepare the invoice import");
        }
        const double debtorSeconds = seconds(baseTimer);
        say(QStringLiteral("  %1 invoices in a %2 MB CSV; the office's debtors imported first in %3 s (not timed)")
                .arg(invoices.rows)
                .arg(double(invoices.bytes) / 1e6, 0, 'f', 1)
                .arg(debtorSeconds, 0, 'f', 1));

        const QString target = scratch.filePath(QStringLiteral("office.sqlite"));
        const QString floor = scratch.filePath(QStringLiteral("floor.sqlite"));
        const int runs = importRuns(m_runs);
        bool consistent = true;
        for (int i = 0; i < runs; ++i) {
            removeWithCompanions(target);
            if (!QFile::copy(base, target))
                throw std::runtime_error("could not copy the office for the import");
            {
                store::Database db(target);
                // The other figures' floors replay the statements the app
                // ran, recorded by a trace hook on every connection; this
                // floor is the shell itself, so the import runs untraced (the
                // hook would cost the app a call per row).
                sqlite3_trace_v2(store::nativeHandle(db), 0, nullptr, nullptr);
                const domain::FixedClock clock(QDateTime(m_demo.date, QTime(12, 0), Qt::UTC));
                services::ImportRequest request;
                request.kind = services::ImportKind::Invoices;
                request.path = csv;
                QElapsedTimer t;
                t.start();
                const auto r = services::ImportService(db, clock).run(request);
                const double s = seconds(t);
                if (!r.stored || r.added != invoices.rows)
                    throw std::runtime_error("the import did not store every invoice of the demo office");
                figure.samples.append(double(r.rows) / s);
                // As `libreta-cli check` compares them: the totals, and each
                // invoice's number tail (kept by the program, schema 30)
                // against SQL's expression of its number.
                if (i == runs - 1)
                    consistent = store::TotalsRepository(db).mismatches(10).isEmpty() &&
                                 store::MaintenanceRepository(db).invoiceNumberTailMismatches(10).isEmpty();
            }

            removeWithCompanions(floor);
            QProcess p;
            p.setProgram(shell);
            p.setArguments({floor, QStringLiteral("-cmd"), QStringLiteral("PRAGMA journal_mode=WAL"),
                            QStringLiteral("-cmd"), QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("-cmd"),
                            QStringLiteral("CREATE TABLE invoices (debtor_ref TEXT, number TEXT, issue_date TEXT, "
                                           "due_date TEXT, amount TEXT, disputed TEXT)"),
                            QStringLiteral(".import --csv --skip 1 %1 invoices").arg(csv)});
            QElapsedTimer t;
            t.start();
            p.start();
            if (!p.waitForFinished(-1) || p.exitCode() != 0)
                throw std::runtime_error("the sqlite3 shell's .import failed: " +
                                         p.readAllStandardError().toStdString());
            figure.floorSamples.append(double(invoices.rows) / seconds(t));
        }
        figure.state = Figure::State::Measured;
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        figure.detail =
            QStringLiteral("%1 invoices of the demo office (a %2 MB CSV: %3) through services::ImportService::run "
                           "(file read and decoded, header and formats detected, every row validated, debtors "
                           "looked up, matched against invoices already stored, each debtor's totals moved by "
                           "its new invoices), into a copy of the office holding its %4 debtors and no invoices; "
                           "%5 runs; %6. Beyond the floor's one table the schema makes every import write each "
                           "invoice three times (the table, its unique (debtor, number) index, and the invoice "
                           "numbers' search index, set aside and built again in one sort when a file adds many) "
                           "and rewrite every debtor's totals row with the five portfolio indexes on outstanding "
                           "and oldest due date (dropped and built again when most debtors move)")
                .arg(english.toString(invoices.rows))
                .arg(double(invoices.bytes) / 1e6, 0, 'f', 1)
                .arg(QString::fromLatin1(kColumns))
                .arg(english.toString(m_demo.debtors))
                .arg(runs)
                .arg(consistent ? QStringLiteral("`libreta-cli check`'s totals and invoice number comparisons pass "
                                                 "after it")
                                : QStringLiteral("**the totals or the invoice numbers' tails did not match a "
                                                 "recomputation after it**"));
    } catch (const std::exception &e) {
        figure.state = Figure::State::Failed;
        figure.reason = QString::fromUtf8(e.what());
        figure.samples.clear();
        figure.floorSamples.clear();
    }
    scratch.removeRecursively();
}

} // namespace libreta::bench
