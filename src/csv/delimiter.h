#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace libreta::csv {

// The separators offices' files use: comma, semicolon (what Excel writes in
// a Spanish locale, because the comma is the decimal mark), tab and pipe.
constexpr char kDelimiters[] = {',', ';', '\t', '|'};

// Which separator the first lines of a UTF-8 text use: the one that splits
// the most lines into the same number of cells, counted outside quotes
// (title and blank lines above the header do not count against it). A text
// with none of them is read as one column: ','.
char detectDelimiter(QByteArrayView utf8Head);

// "comma", "semicolon", "tab", "pipe"; for the command line and presets.
QString delimiterName(char delimiter);
// Accepts those names, the character itself and "\t".
std::optional<char> delimiterFromName(QStringView name);
// For people: "Semicolon ( ; )".
QString delimiterLabel(char delimiter);

} // namespace libreta::csv
