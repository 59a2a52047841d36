#include "csv/delimiter.h"
#include "csv/encoding.h"

#include <catch2/catch.hpp>

using namespace libreta::csv;

namespace {
QByteArray transcode(Encoding e, QByteArrayView bytes, int chunk = 0)
{
    Utf8Transcoder t(e);
    QByteArray out;
    if (chunk <= 0) {
        t.convert(bytes, out);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += chunk)
            t.convert(bytes.sliced(i, std::min<qsizetype>(chunk, bytes.size() - i)), out);
    }
    return out;
}
} // namespace

TEST_CASE("Byte-order marks decide the encoding", "[csv]")
{
    CHECK(detectEncoding("\xEF\xBB\xBFref").encoding == Encoding::Utf8);
    CHECK(detectEncoding("\xEF\xBB\xBFref").fromBom);
    CHECK(detectEncoding(QByteArrayView("\xFF\xFEr\0e\0", 6)).encoding == Encoding::Utf16LE);
    CHECK(detectEncoding(QByteArrayView("\xFE\xFF\0r\0e", 6)).encoding == Encoding::Utf16BE);
}

TEST_CASE("Without a mark, valid UTF-8 is UTF-8 and anything else Windows-1252", "[csv]")
{
    CHECK(detectEncoding("Nu\xC3\xB1" "ez").encoding == Encoding::Utf8);
    CHECK(detectEncoding("Nu\xF1" "ez").encoding == Encoding::Windows1252);
    CHECK_FALSE(detectEncoding("Nu\xC3\xB1" "ez").fromBom);
    // Cut in the middle of a character at the end of the sample: still UTF-8.
    CHECK(detectEncoding("ref,Nu\xC3").encoding == Encoding::Utf8);
}

TEST_CASE("NUL bytes mean UTF-16 without a mark, or binary data", "[csv]")
{
    CHECK(detectEncoding(QByteArrayView("r\0e\0f\0,\0n\0", 10)).encoding == Encoding::Utf16LE);
    CHECK(detectEncoding(QByteArrayView("\0r\0e\0f\0,\0n", 10)).encoding == Encoding::Utf16BE);
    CHECK(detectEncoding(QByteArrayView("PK\x03\x04\0\0\x08\0\x08\0\x12\x34\0\0\0\0", 16)).binary);
}

TEST_CASE("Windows-1252 and Latin-1 differ only in 0x80-0x9F", "[csv]")
{
    CHECK(transcode(Encoding::Windows1252, "\x80 5 \x93ok\x94 Nu\xF1" "ez") == "€ 5 “ok” Nuñez");
    CHECK(transcode(Encoding::Latin1, "Nu\xF1" "ez") == "Nuñez");
    CHECK(transcode(Encoding::Latin1, "\x80") == "\xC2\x80");
}

TEST_CASE("UTF-16 is transcoded across chunk boundaries and its mark dropped", "[csv]")
{
    const QString text = QStringLiteral("ref;Núñez\r\n1;€\r\n");
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    CHECK(QString::fromUtf8(transcode(Encoding::Utf16LE, le)) == text);
    CHECK(QString::fromUtf8(transcode(Encoding::Utf16BE, be, 3)) == text);
}

TEST_CASE("A UTF-8 mark is dropped whatever encoding is chosen", "[csv]")
{
    CHECK(transcode(Encoding::Utf8, "\xEF\xBB\xBF" "a,b") == "a,b");
    CHECK(transcode(Encoding::Windows1252, "\xEF\xBB\xBF" "a,b") == "a,b");
}

TEST_CASE("Encoding names from the command line", "[csv]")
{
    CHECK(encodingFromName(u"UTF-8") == Encoding::Utf8);
    CHECK(encodingFromName(u"cp1252") == Encoding::Windows1252);
    CHECK(encodingFromName(u"ISO-8859-1") == Encoding::Latin1);
    CHECK(encodingFromName(u"utf-16le") == Encoding::Utf16LE);
    CHECK_FALSE(encodingFromName(u"ebcdic"));
}

TEST_CASE("The separator is the one that splits lines evenly", "[csv]")
{
    CHECK(detectDelimiter("a,b,c\n1,2,3\n") == ',');
    CHECK(detectDelimiter("Cartera al 31/12\n\nref;nombre;saldo\n1;Ana;1.234,56\n2;Luis;7,50\n") == ';');
    CHECK(detectDelimiter("ref\tname\n1\tPérez, Juan\n") == '\t');
    CHECK(detectDelimiter("ref|name|amount\n1|\"a|b\"|3\n") == '|');
    CHECK(detectDelimiter("\"x,y\";z\n\"1,2\";3\n") == ';');
    CHECK(detectDelimiter("onecolumn\nvalue\n") == ',');
}
