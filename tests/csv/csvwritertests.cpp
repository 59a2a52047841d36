#include "csv/csvparser.h"
#include "csv/csvwriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace libreta::csv;

TEST_CASE("CSV is written with a BOM, CRLF and quotes only where needed", "[csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Writer w(buffer, ';');
    w.writeRow({QStringLiteral("ref"), QStringLiteral("name")});
    w.writeRow({QStringLiteral("007"), QStringLiteral("Pérez; \"el Güero\"\nS.A.")});
    CHECK(w.ok());
    CHECK(buffer.data() == QByteArray("\xEF\xBB\xBFref;name\r\n007;\"Pérez; \"\"el Güero\"\"\nS.A.\"\r\n"));
}

TEST_CASE("What the writer writes the parser reads back", "[csv]")
{
    const QStringList cells = {QStringLiteral(" leading"), QStringLiteral("a,b"), QStringLiteral("q\"q"),
                               QStringLiteral("line\r\nbreak"), QString(), QStringLiteral("0012")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Writer(buffer, ',').writeRow(cells);
    QStringList back;
    Parser p(',');
    const Parser::Handler h = [&](const Record &r) {
        for (int i = 0; i < r.size(); ++i)
            back << QString::fromUtf8(r.cell(i));
        return true;
    };
    p.feed(QByteArrayView(buffer.data()).sliced(3), h);
    p.finish(h);
    CHECK(back == cells);
}
