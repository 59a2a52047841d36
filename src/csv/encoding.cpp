#include "csv/encoding.h"

namespace libreta::csv {
namespace {

// Windows-1252's 0x80–0x9F; 0 where the code page leaves a hole (those five
// bytes keep their Latin-1 meaning, as Windows itself does).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendUtf8(char16_t c, QByteArray &out)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    return true;
}

// The length of the valid UTF-8 sequence starting at `p`, or 0. `end`
// limits it; a sequence cut off by `end` counts as valid when `allowCut`.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end, bool allowCut)
{
    const unsigned char b = *p;
    if (b < 0x80)
        return 1;
    int n = 0;
    unsigned char min2 = 0x80, max2 = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        if (b == 0xE0)
            min2 = 0xA0;  // overlong
        if (b == 0xED)
            max2 = 0x9F;  // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        if (b == 0xF0)
            min2 = 0x90;
        if (b == 0xF4)
            max2 = 0x8F;
    } else {
        return 0;
    }
    for (int i = 1; i < n; ++i) {
        if (p + i >= end)
            return allowCut ? n : 0;
        const unsigned char c = p[i];
        const unsigned char lo = i == 1 ? min2 : 0x80;
        const unsigned char hi = i == 1 ? max2 : 0xBF;
        if (c < lo || c > hi)
            return 0;
    }
    return n;
}

bool validUtf8(QByteArrayView bytes, bool allowCutEnd)
{
    auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end, allowCutEnd);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes) { return validUtf8(bytes, false); }

EncodingGuess detectEncoding(QByteArrayView head)
{
    EncodingGuess g;
    if (startsWith(head, {0xEF, 0xBB, 0xBF})) {
        g.encoding = Encoding::Utf8;
        g.fromBom = true;
        return g;
    }
    if (startsWith(head, {0xFF, 0xFE})) {
        g.encoding = Encoding::Utf16LE;
        g.fromBom = true;
        return g;
    }
    if (startsWith(head, {0xFE, 0xFF})) {
        g.encoding = Encoding::Utf16BE;
        g.fromBom = true;
        return g;
    }
    // UTF-16 without a mark: text in Latin letters has a NUL in every other
    // byte, on the high side of each character.
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < head.size(); ++i)
        if (head[i] == '\0')
            ++(i % 2 ? oddNul : evenNul);
    const qsizetype pairs = head.size() / 2;
    if (pairs >= 4 && oddNul > pairs * 4 / 10 && evenNul == 0) {
        g.encoding = Encoding::Utf16LE;
        return g;
    }
    if (pairs >= 4 && evenNul > pairs * 4 / 10 && oddNul == 0) {
        g.encoding = Encoding::Utf16BE;
        return g;
    }
    if (evenNul + oddNul > 0) {
        g.binary = true;
        return g;
    }
    // The head may end in the middle of a character: that is not an error.
    g.encoding = validUtf8(head, true) ? Encoding::Utf8 : Encoding::Windows1252;
    return g;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("utf-8");
    case Encoding::Utf16LE: return QStringLiteral("utf-16le");
    case Encoding::Utf16BE: return QStringLiteral("utf-16be");
    case Encoding::Windows1252: return QStringLiteral("windows-1252");
    case Encoding::Latin1: return QStringLiteral("latin-1");
    }
    return {};
}

std::optional<Encoding> encodingFromName(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    n.remove(u'-').remove(u'_').remove(u' ');
    if (n == u"utf8")
        return Encoding::Utf8;
    if (n == u"utf16le")
        return Encoding::Utf16LE;
    if (n == u"utf16be")
        return Encoding::Utf16BE;
    if (n == u"windows1252" || n == u"cp1252" || n == u"win1252" || n == u"ansi")
        return Encoding::Windows1252;
    if (n == u"latin1" || n == u"iso88591" || n == u"l1")
        return Encoding::Latin1;
    return std::nullopt;
}

QString encodingLabel(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QCoreApplication::translate("Csv", "UTF-8");
    case Encoding::Utf16LE: return QCoreApplication::translate("Csv", "UTF-16 little-endian");
    case Encoding::Utf16BE: return QCoreApplication::translate("Csv", "UTF-16 big-endian");
    case Encoding::Windows1252: return QCoreApplication::translate("Csv", "Windows-1252 (Western European, Excel)");
    case Encoding::Latin1: return QCoreApplication::translate("Csv", "Latin-1 (ISO-8859-1)");
    }
    return {};
}

QList<Encoding> allEncodings()
{
    return {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1252, Encoding::Latin1};
}

Utf8Transcoder::Utf8Transcoder(Encoding encoding) : m_encoding(encoding)
{
    // Stateful (the default): a character split between two chunks is
    // carried over to the next call.
    if (encoding == Encoding::Utf16LE)
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
    else if (encoding == Encoding::Utf16BE)
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
}

qsizetype Utf8Transcoder::bomToSkip(QByteArrayView chunk)
{
    if (!m_atStart)
        return 0;
    m_atStart = false;
    return startsWith(chunk, {0xEF, 0xBB, 0xBF}) ? 3 : 0;
}

void Utf8Transcoder::convert(QByteArrayView chunk, QByteArray &out)
{
    switch (m_encoding) {
    case Encoding::Utf8:
        chunk = chunk.sliced(bomToSkip(chunk));
        out.append(chunk);
        return;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        if (m_atStart) {
            m_atStart = false;
            const bool le = m_encoding == Encoding::Utf16LE;
            if (startsWith(chunk, le ? std::initializer_list<unsigned char>{0xFF, 0xFE}
                                     : std::initializer_list<unsigned char>{0xFE, 0xFF}))
                chunk = chunk.sliced(2);
        }
        const QString text = m_decoder.decode(chunk);
        out.append(text.toUtf8());
        return;
    }
    case Encoding::Windows1252:
    case Encoding::Latin1: {
        // A UTF-8 BOM read as Windows-1252 would become "ï»¿" in the first cell.
        chunk = chunk.sliced(bomToSkip(chunk));
        out.reserve(out.size() + chunk.size() + chunk.size() / 8);
        const bool cp1252 = m_encoding == Encoding::Windows1252;
        for (char ch : chunk) {
            const auto b = static_cast<unsigned char>(ch);
            if (b < 0x80)
                out.append(ch);
            else if (b < 0xA0 && cp1252)
                appendUtf8(kCp1252High[b - 0x80], out);
            else
                appendUtf8(char16_t(b), out);
        }
        return;
    }
    }
}

} // namespace libreta::csv
