#include "csv/csvparser.h"

#include <catch2/catch.hpp>

using namespace libreta::csv;

namespace {

struct Row {
    qint64 line;
    QList<QByteArray> cells;
};

QList<Row> parse(QByteArrayView text, char delimiter = ',', int chunk = 0)
{
    QList<Row> rows;
    Parser p(delimiter);
    const Parser::Handler h = [&](const Record &r) {
        rows.append({r.line(), r.toList()});
        return true;
    };
    if (chunk <= 0) {
        p.feed(text, h);
    } else {
        for (qsizetype i = 0; i < text.size(); i += chunk)
            p.feed(text.sliced(i, std::min<qsizetype>(chunk, text.size() - i)), h);
    }
    p.finish(h);
    return rows;
}

QList<QByteArray> cells(std::initializer_list<const char *> list)
{
    QList<QByteArray> out;
    for (const char *c : list)
        out << QByteArray(c);
    return out;
}

} // namespace

TEST_CASE("Quoted cells keep separators, doubled quotes and line breaks", "[csv]")
{
    const auto rows = parse("ref,name,note\n"
                            "001,\"Pérez, Juan\",\"dijo \"\"mañana\"\"\"\n"
                            "002,\"Two\nlines\",x\n"
                            "003,last,y\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].cells == cells({"001", "Pérez, Juan", "dijo \"mañana\""}));
    CHECK(rows[2].cells == cells({"002", "Two\nlines", "x"}));
    CHECK(rows[1].line == 2);
    CHECK(rows[2].line == 3);
    CHECK(rows[3].line == 5);  // the quoted line break moved it down one
}

TEST_CASE("CR, LF and CRLF line ends give the same records and line numbers", "[csv]")
{
    for (const char *eol : {"\n", "\r\n", "\r"}) {
        const QByteArray e(eol);
        const QByteArray text = "a,b" + e + "1,2" + e + e + "3,4" + e;
        const auto rows = parse(text);
        INFO("eol " << int(eol[0]) << " " << e.size());
        REQUIRE(rows.size() == 4);  // the blank line is reported as blank
        CHECK(rows[0].line == 1);
        CHECK(rows[1].cells == cells({"1", "2"}));
        CHECK(rows[2].cells.isEmpty());
        CHECK(rows[3].line == 4);
        CHECK(rows[3].cells == cells({"3", "4"}));
    }
}

TEST_CASE("Records split between chunks come out whole", "[csv]")
{
    const QByteArray text = "ref;amount\r\n\"A;1\";\"1.234,56\"\r\nB;7\r\n";
    for (int chunk : {1, 2, 3, 5, 7})
        CHECK(parse(text, ';', chunk).size() == 3);
    CHECK(parse(text, ';', 1)[1].cells == cells({"A;1", "1.234,56"}));
}

TEST_CASE("A last line without a line end is still a record", "[csv]")
{
    const auto rows = parse("a,b\n1,2");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].cells == cells({"1", "2"}));
}

TEST_CASE("Spaces around unquoted cells are trimmed, tabs separate when asked", "[csv]")
{
    CHECK(parse("a , \"b, c\" ,d\n")[0].cells == cells({"a", "b, c", "d"}));
    CHECK(parse("a\t b\tc\n", '\t')[0].cells == cells({"a", "b", "c"}));
    CHECK(parse("a|b||\n", '|')[0].cells == cells({"a", "b", "", ""}));
}

TEST_CASE("An unterminated quote is an error naming the line it opened on", "[csv]")
{
    try {
        parse("a,b\n1,2\n3,\"never closed\n4,5\n");
        FAIL("no error");
    } catch (const ParseError &e) {
        CHECK(e.line() == 3);
        CHECK(e.message().contains(QStringLiteral("Line 3")));
    }
}

TEST_CASE("A record's trimmed size drops trailing empty cells", "[csv]")
{
    Parser p(',');
    int size = -1, trimmed = -1;
    bool blank = false;
    const Parser::Handler h = [&](const Record &r) {
        size = r.size();
        trimmed = r.trimmedSize();
        blank = r.isBlank();
        return true;
    };
    p.feed("a,b,,\n", h);
    CHECK(size == 4);
    CHECK(trimmed == 2);
    p.feed(",,,\n", h);
    CHECK(blank);
    p.finish(h);
}
