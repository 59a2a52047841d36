#include "csv/delimitedfile.h"
#include "csv/readahead.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <stdexcept>

#include <catch2/catch.hpp>

using namespace libreta::csv;

namespace {

struct Row {
    qint64 line;
    QList<QByteArray> cells;
    bool operator==(const Row &o) const { return line == o.line && cells == o.cells; }
};

// Enough rows for several batches, with what moves line numbers: quoted
// separators and line breaks, blank lines, CRLF.
QByteArray invoicesText(int rows)
{
    QByteArray text("debtor_ref,number,amount,note\r\n");
    for (int i = 1; i <= rows; ++i) {
        text += "CLI-" + QByteArray::number(i) + ",F-" + QByteArray::number(i * 7) + "," +
                QByteArray::number(i % 9000) + ".50,";
        if (i % 97 == 0)
            text += "\"pagará el lunes,\r\ndijo \"\"mañana\"\"\"";
        else if (i % 13 == 0)
            text += "  señor Núñez  ";
        text += "\r\n";
        if (i % 501 == 0)
            text += "\r\n";
    }
    return text;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("facturas.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

QList<Row> readAll(const DelimitedFile &file, bool ahead)
{
    QList<Row> rows;
    const Parser::Handler keep = [&](const Record &r) {
        rows.append({r.line(), r.toList()});
        return true;
    };
    if (ahead)
        readAhead(file, keep);
    else
        file.read(keep);
    return rows;
}

} // namespace

TEST_CASE("Read ahead, a file gives the same records and line numbers as read in one thread", "[csv][readahead]")
{
    QTemporaryDir dir;
    const DelimitedFile file(writeFile(dir, invoicesText(20000)));
    const QList<Row> plain = readAll(file, false);
    const QList<Row> ahead = readAll(file, true);
    REQUIRE(plain.size() > 20000);  // the blank lines are records too
    CHECK(ahead.size() == plain.size());
    CHECK(ahead == plain);
    CHECK(ahead.at(97).cells.at(3) == QByteArray("pagará el lunes,\r\ndijo \"mañana\""));
}

TEST_CASE("Read ahead, a handler that says stop gets no record after", "[csv][readahead]")
{
    QTemporaryDir dir;
    const DelimitedFile file(writeFile(dir, invoicesText(20000)));
    int seen = 0;
    readAhead(file, [&](const Record &) { return ++seen < 5000; });
    CHECK(seen == 5000);
}

TEST_CASE("Read ahead, an exception from the handler reaches the caller", "[csv][readahead]")
{
    QTemporaryDir dir;
    const DelimitedFile file(writeFile(dir, invoicesText(20000)));
    int seen = 0;
    CHECK_THROWS_AS(readAhead(file,
                              [&](const Record &) {
                                  if (++seen == 6000)
                                      throw std::runtime_error("cancelled");
                                  return true;
                              }),
                    std::runtime_error);
    CHECK(seen == 6000);
}

TEST_CASE("Read ahead, a quote never closed is reported after every record before it", "[csv][readahead]")
{
    QTemporaryDir dir;
    const QByteArray text = invoicesText(9000) + "CLI-X,F-1,10.00,\"sin cerrar\r\nCLI-Y,F-2,20.00,x\r\n";
    const DelimitedFile file(writeFile(dir, text));
    const QList<Row> plain = [&] {
        QList<Row> rows;
        CHECK_THROWS_AS(file.read([&](const Record &r) {
            rows.append({r.line(), r.toList()});
            return true;
        }),
                        ParseError);
        return rows;
    }();
    QList<Row> ahead;
    qint64 line = 0;
    try {
        readAhead(file, [&](const Record &r) {
            ahead.append({r.line(), r.toList()});
            return true;
        });
    } catch (const ParseError &e) {
        line = e.line();
    }
    CHECK(ahead == plain);
    CHECK(ahead.size() > 9000);
    CHECK(line == ahead.last().line + 1);
}

TEST_CASE("Read ahead, progress grows to the file's size", "[csv][readahead]")
{
    QTemporaryDir dir;
    const DelimitedFile file(writeFile(dir, invoicesText(60000)));
    QList<qint64> seen;
    readAhead(file, [](const Record &) { return true; }, [&](qint64 done, qint64 total) {
        CHECK(total == file.size());
        seen.append(done);
    });
    REQUIRE(seen.size() > 1);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    CHECK(seen.last() == file.size());
}
