// What a mistyped path on the command line must not do: make a new, empty
// office in place of the one meant, or write a CSV or a PDF over the
// office's own file or over the file being read.

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace libreta;
using test::fileHash;
using test::InitialisedOffice;
using test::Office;
using test::Run;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray readText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Only init and demo make an office file where there is none", "[cli]")
{
    Office o;
    const QString copy = o.dir.filePath(QStringLiteral("copia.sqlite"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("agenda")},
          QStringList{QStringLiteral("rollover")},
          QStringList{QStringLiteral("export"), QStringLiteral("portfolio")},
          QStringList{QStringLiteral("backup"), QStringLiteral("--out"), copy}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run r = o.run(command);
        CHECK(r.status == 1);
        CHECK(r.err.contains(QStringLiteral("There is no office file at %1").arg(QDir::toNativeSeparators(o.db))));
        CHECK(r.err.contains(QStringLiteral("libreta-cli --db %1 init").arg(QDir::toNativeSeparators(o.db))));
        CHECK_FALSE(QFileInfo::exists(o.db));
        CHECK_FALSE(QFileInfo::exists(copy));
    }
    CHECK(o.run({QStringLiteral("init")}).status == 0);
    CHECK(o.run({QStringLiteral("check")}).status == 0);

    Office demo;
    CHECK(demo.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("20")}).status == 0);
    CHECK(QFileInfo::exists(demo.db));
}

TEST_CASE("No output takes the place of the office file, its log or the file being read", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("20")}).status == 0);
    const QString ref = QStringLiteral("CLI-000001");
    const QString relative = QDir(QDir::currentPath()).relativeFilePath(o.db);
    const QByteArray before = fileHash(o.db);
    for (const QString &target : QStringList{o.db, relative, o.db + QStringLiteral("-wal")})
        for (const QStringList &command :
             {QStringList{QStringLiteral("export"), QStringLiteral("portfolio"), QStringLiteral("--out"), target},
              QStringList{QStringLiteral("statement"), QStringLiteral("--debtor"), ref, QStringLiteral("--out"), target},
              QStringList{QStringLiteral("letters"), QStringLiteral("--out"), target}}) {
            INFO(command.join(QLatin1Char(' ')).toStdString());
            const Run r = o.run(command);
            CHECK(r.status == 1);
            CHECK(r.err.contains(QStringLiteral("is the office's own file")));
        }
    CHECK(fileHash(o.db) == before);
    CHECK(o.run({QStringLiteral("check")}).status == 0);

    // The refused rows of an import: not over the office, not over the file read.
    const QString invoices = o.dir.filePath(QStringLiteral("facturas.csv"));
    const QByteArray source = "Cliente;Factura;Fecha;Vencimiento;Importe;\r\n"
                              "CLI-000001;K-1;15/10/2026;14/11/2026;-5,00;\r\n"
                              "CLI-000001;K-2;15/10/2026;14/11/2026;5,00;\r\n";
    writeText(invoices, source);
    const Run overOffice = o.run({QStringLiteral("import"), QStringLiteral("invoices"), invoices,
                                  QStringLiteral("--date-format"), QStringLiteral("dmy"),
                                  QStringLiteral("--keep-valid"), o.db});
    CHECK(overOffice.status == 1);
    CHECK(overOffice.err.contains(QStringLiteral("is the office's own file")));
    const Run overSource = o.run({QStringLiteral("import"), QStringLiteral("invoices"), invoices,
                                  QStringLiteral("--date-format"), QStringLiteral("dmy"),
                                  QStringLiteral("--keep-valid"), invoices});
    CHECK(overSource.status == 1);
    CHECK(overSource.err.contains(QStringLiteral("is the file being read")));
    CHECK(readText(invoices) == source);
    CHECK(fileHash(o.db) == before);
}

TEST_CASE("Refused rows of a file whose rows end in the delimiter keep their line and reason under their titles",
          "[cli][import]")
{
    InitialisedOffice o;
    const QString invoices = o.dir.filePath(QStringLiteral("facturas.csv"));
    writeText(invoices, "Cliente;Factura;Fecha;Vencimiento;Importe;\r\n"
                        "NEW-003;K-1;15/10/2026;14/11/2026;-5,00;\r\n"
                        "NEW-003;K-2;15/10/2026;14/11/2026;5,00;\r\n");
    const QString rejects = o.dir.filePath(QStringLiteral("rechazadas.csv"));
    const Run r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), invoices, QStringLiteral("--date-format"),
                         QStringLiteral("dmy"), QStringLiteral("--create-debtors"), QStringLiteral("--keep-valid"),
                         rejects});
    REQUIRE(r.status == 3);
    const QStringList lines = QString::fromUtf8(readText(rejects)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QStringList titles = lines[0].split(QLatin1Char(';'));
    const QStringList row = lines[1].split(QLatin1Char(';'));
    CHECK(row.size() == titles.size());
    CHECK(row.at(titles.size() - 2) == QStringLiteral("2"));  // under "line"
    CHECK(row.last().contains(QStringLiteral("Line 2")));

    // Fixed by hand, the file imports as it is.
    QString fixed = QString::fromUtf8(readText(rejects));
    fixed.replace(QStringLiteral("-5,00"), QStringLiteral("5,00"));
    writeText(rejects, fixed.toUtf8());
    const Run again = o.run({QStringLiteral("import"), QStringLiteral("invoices"), rejects,
                             QStringLiteral("--date-format"), QStringLiteral("dmy")});
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("1 added")));
}
