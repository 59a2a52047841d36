// libreta-cli run as a scheduled task runs it: with no locale set at all,
// it speaks the office's Spanish; a locale set on purpose is kept.

#include "clirun.h"

using namespace libreta;
using test::InitialisedOffice;
using test::Run;

TEST_CASE("A command run with no locale set, as cron runs it, speaks the office's Spanish and reads its dates",
          "[cli]")
{
    InitialisedOffice o;
    // 05/12/2026 as Mexico writes it: the 5th of December, a Saturday.
    const QStringList agenda{QStringLiteral("--db"), o.db, QStringLiteral("agenda"), QStringLiteral("--date"),
                             QStringLiteral("05/12/2026")};
    const Run cron = test::cliWithNoLocaleSet(agenda);
    INFO(cron.err.toStdString());
    CHECK(cron.status == 0);
    CHECK(cron.out.contains(QStringLiteral("sábado, 5 de diciembre de 2026")));

    // Set on purpose, C stays English.
    const Run english = test::cli(agenda);
    CHECK(english.status == 0);
    CHECK(english.out.contains(QStringLiteral("Agenda for Saturday, 5 December 2026")));

    // With no office file to ask, a mistyped path is still said in Spanish:
    // the e-mail cron sends when something went wrong.
    const Run missing = test::cliWithNoLocaleSet({QStringLiteral("--db"), o.dir.filePath(QStringLiteral("none.sqlite")),
                                                  QStringLiteral("agenda")});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("No hay ningún archivo de despacho")));
    const Run help = test::cliWithNoLocaleSet({QStringLiteral("--db"), o.dir.filePath(QStringLiteral("none.sqlite")),
                                               QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("Uso: libreta-cli")));
}

TEST_CASE("A nightly import names its rows in Spanish, says which presets were saved, and reads a missing file "
          "in the program's words",
          "[cli]")
{
    InitialisedOffice o;
    const QString file = o.dir.filePath(QStringLiteral("facturas.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Cliente;Fecha;Vence;Total;Otra\nC1;2026-11-02;2026-12-02;100.00;x\n");
    }
    // A preset saved for invoices (as the desk's import saves one).
    const Run saved = test::cli({QStringLiteral("--db"), o.db, QStringLiteral("import"), QStringLiteral("invoices"), file,
                                 QStringLiteral("--map"), QStringLiteral("Otra=number"), QStringLiteral("--create-debtors"),
                                 QStringLiteral("--dry-run"), QStringLiteral("--save-preset"), QStringLiteral("Contabilidad")});
    INFO(saved.err.toStdString());
    REQUIRE(saved.status == 0);
    // The columns said in words, with the name --map takes.
    CHECK(saved.out.contains(QStringLiteral("Otra → Invoice number (number)")));

    const Run facturas = test::cliWithNoLocaleSet({QStringLiteral("--db"), o.db, QStringLiteral("import"),
                                                   QStringLiteral("facturas"), file});
    CHECK(facturas.status == 1);
    CHECK(facturas.err.contains(QStringLiteral("Ninguna columna está asignada a Número de factura")));
    CHECK(facturas.err.contains(QStringLiteral("«Contabilidad»")));
    CHECK(facturas.err.contains(QStringLiteral("--preset")));

    const Run missing = test::cliWithNoLocaleSet({QStringLiteral("--db"), o.db, QStringLiteral("import"),
                                                  QStringLiteral("Pagos"), o.dir.filePath(QStringLiteral("no.csv"))});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("No existe el archivo")));
    CHECK_FALSE(missing.err.contains(QStringLiteral("fichero")));
}

TEST_CASE("One debtor created by an import is said in the singular", "[cli]")
{
    InitialisedOffice o;
    const QString file = o.dir.filePath(QStringLiteral("facturas.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Cliente;Nombre;Factura;Fecha;Vence;Total\nC1;Abarrotes Núñez;F-1;2026-11-02;2026-12-02;100.00\n");
    }
    const Run created = test::cliWithNoLocaleSet({QStringLiteral("--db"), o.db, QStringLiteral("import"),
                                                  QStringLiteral("facturas"), file, QStringLiteral("--create-debtors")});
    INFO(created.out.toStdString() << created.err.toStdString());
    CHECK(created.status == 0);
    CHECK(created.out.contains(QStringLiteral("Se creó 1 deudor, con el nombre que da el archivo.")));
}
