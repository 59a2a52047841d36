#include "csv/delimiter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <array>

namespace libreta::csv {
namespace {

constexpr int kLinesLooked = 60;

// Counts of each separator per logical line (quotes respected, so a line
// break inside a quoted cell does not end the line).
QList<std::array<int, 4>> countPerLine(QByteArrayView text)
{
    QList<std::array<int, 4>> lines;
    std::array<int, 4> counts{};
    bool quoted = false;
    bool content = false;
    for (qsizetype i = 0; i < text.size() && lines.size() < kLinesLooked; ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
            content = true;
            continue;
        }
        if (quoted)
            continue;
        if (c == '\n' || c == '\r') {
            if (content)
                lines.append(counts);
            counts = {};
            content = false;
            continue;
        }
        content = content || (c != ' ');
        for (int k = 0; k < 4; ++k)
            if (c == kDelimiters[k])
                ++counts[k];
    }
    if (content)
        lines.append(counts);
    return lines;
}

} // namespace

char detectDelimiter(QByteArrayView utf8Head)
{
    const auto lines = countPerLine(utf8Head);
    int best = -1;
    int bestAgree = 0;
    int bestCount = 0;
    for (int k = 0; k < 4; ++k) {
        // The count most lines share (ignoring lines without the separator).
        QHash<int, int> seen;
        for (const auto &l : lines)
            if (l[k] > 0)
                ++seen[l[k]];
        int mode = 0, agree = 0;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            if (it.value() > agree || (it.value() == agree && it.key() > mode)) {
                mode = it.key();
                agree = it.value();
            }
        if (agree > bestAgree || (agree == bestAgree && agree > 0 && mode > bestCount)) {
            best = k;
            bestAgree = agree;
            bestCount = mode;
        }
    }
    return best < 0 ? ',' : kDelimiters[best];
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',': return QStringLiteral("comma");
    case ';': return QStringLiteral("semicolon");
    case '\t': return QStringLiteral("tab");
    case '|': return QStringLiteral("pipe");
    default: return QString(QLatin1Char(delimiter));
    }
}

std::optional<char> delimiterFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"comma" || n == u"," || n == u"coma")
        return ',';
    if (n == u"semicolon" || n == u";" || n == u"puntoycoma" || n == u"punto-y-coma")
        return ';';
    if (n == u"tab" || n == u"\\t" || n == u"\t" || n == u"tabulador")
        return '\t';
    if (n == u"pipe" || n == u"|" || n == u"barra")
        return '|';
    return std::nullopt;
}

QString delimiterLabel(char delimiter)
{
    switch (delimiter) {
    case ',': return QCoreApplication::translate("Csv", "Comma ( , )");
    case ';': return QCoreApplication::translate("Csv", "Semicolon ( ; )");
    case '\t': return QCoreApplication::translate("Csv", "Tab");
    case '|': return QCoreApplication::translate("Csv", "Pipe ( | )");
    default: return QString(QLatin1Char(delimiter));
    }
}

} // namespace libreta::csv
