#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace libreta::csv {

// The encodings offices' files come in. Windows-1252 is what Excel and most
// accounting systems on a Spanish or Latin American Windows write; Latin-1
// differs from it only in 0x80–0x9F (where Windows-1252 has €, “ ” and —).
enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

struct EncodingGuess {
    Encoding encoding = Encoding::Utf8;
    bool fromBom = false;   // a byte-order mark said so (nothing was guessed)
    bool binary = false;    // NUL bytes outside UTF-16: not a text file
};

// Reads the start of a file: a byte-order mark decides; without one, NUL
// bytes in every other position mean UTF-16, text that is valid UTF-8 is
// UTF-8, and anything else is Windows-1252.
EncodingGuess detectEncoding(QByteArrayView head);

// Stable names for the command line and saved presets: "utf-8",
// "utf-16le", "utf-16be", "windows-1252", "latin-1".
QString encodingName(Encoding encoding);
// Accepts those names and the usual aliases ("utf8", "cp1252",
// "iso-8859-1", "utf-16" is refused: it needs a byte order).
std::optional<Encoding> encodingFromName(QStringView name);
// For people: "Windows-1252 (Western European, Excel)".
QString encodingLabel(Encoding encoding);
QList<Encoding> allEncodings();

// Turns a file's bytes, in chunks as they are read, into UTF-8. Stateful: a
// character split between two chunks comes out whole. A byte-order mark at
// the very start is dropped whatever the encoding chosen.
class Utf8Transcoder final {
public:
    explicit Utf8Transcoder(Encoding encoding);
    Q_DISABLE_COPY_MOVE(Utf8Transcoder)

    // UTF-8 input is handed on as it is (after its BOM): the caller may skip
    // the copy and feed the bytes directly.
    bool passesThrough() const { return m_encoding == Encoding::Utf8; }
    // Appends the UTF-8 text of `chunk` to `out`.
    void convert(QByteArrayView chunk, QByteArray &out);
    // How many bytes of a UTF-8 chunk are a BOM to skip (0 after the first).
    qsizetype bomToSkip(QByteArrayView chunk);

private:
    Encoding m_encoding;
    bool m_atStart = true;
    QStringDecoder m_decoder;  // UTF-16 only
};

// Whether the bytes are valid UTF-8 (overlong forms and surrogates refused).
bool isValidUtf8(QByteArrayView bytes);

} // namespace libreta::csv
