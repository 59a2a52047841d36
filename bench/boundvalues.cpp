#include "boundvalues.h"

#include <cctype>

namespace libreta::bench {
namespace {

bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || (c & 0x80); }

// Copies a quoted run ('text', "name", [name], `name`), equal in both texts.
bool skipQuoted(const QByteArray &a, qsizetype &i, const QByteArray &b, qsizetype &j)
{
    const char close = a.at(i) == '[' ? ']' : a.at(i);
    qsizetype k = i + 1;
    while (k < a.size()) {
        if (a.at(k) != close) {
            ++k;
            continue;
        }
        if (close != ']' && k + 1 < a.size() && a.at(k + 1) == close) {
            k += 2;  // a doubled quote stays inside the run
            continue;
        }
        ++k;
        break;
    }
    const qsizetype length = k - i;
    if (b.mid(j, length) != a.mid(i, length))
        return false;
    i += length;
    j += length;
    return true;
}

std::optional<BoundValue> readLiteral(const QByteArray &b, qsizetype &j)
{
    BoundValue v;
    if (b.mid(j, 4) == "NULL") {
        j += 4;
        return v;
    }
    if (j < b.size() && b.at(j) == '\'') {
        v.type = BoundValue::Type::Text;
        for (++j; j < b.size(); ++j) {
            if (b.at(j) == '\'') {
                if (j + 1 < b.size() && b.at(j + 1) == '\'') {
                    v.bytes += '\'';
                    ++j;
                    continue;
                }
                ++j;
                return v;
            }
            v.bytes += b.at(j);
        }
        return std::nullopt;
    }
    if (b.mid(j, 2) == "x'") {
        const qsizetype end = b.indexOf('\'', j + 2);
        if (end < 0)
            return std::nullopt;
        v.type = BoundValue::Type::Blob;
        v.bytes = QByteArray::fromHex(b.mid(j + 2, end - j - 2));
        j = end + 1;
        return v;
    }
    const qsizetype start = j;
    bool real = false;
    while (j < b.size() && (std::isdigit(static_cast<unsigned char>(b.at(j))) || b.at(j) == '-' || b.at(j) == '+' ||
                            b.at(j) == '.' || b.at(j) == 'e' || b.at(j) == 'E')) {
        real = real || b.at(j) == '.' || b.at(j) == 'e' || b.at(j) == 'E';
        ++j;
    }
    if (j == start)
        return std::nullopt;
    bool ok = false;
    const QByteArray number = b.mid(start, j - start);
    if (real) {
        v.type = BoundValue::Type::Real;
        v.real = number.toDouble(&ok);
    } else {
        v.type = BoundValue::Type::Integer;
        v.integer = number.toLongLong(&ok);
    }
    return ok ? std::optional(v) : std::nullopt;
}

} // namespace

std::optional<QList<BoundValue>> boundValues(const QByteArray &sql, const QByteArray &expanded)
{
    QList<BoundValue> out;
    qsizetype i = 0, j = 0;
    while (i < sql.size()) {
        const char c = sql.at(i);
        if (c == '\'' || c == '"' || c == '[' || c == '`') {
            if (!skipQuoted(sql, i, expanded, j))
                return std::nullopt;
            continue;
        }
        const bool parameter = c == '?' || ((c == ':' || c == '@' || c == '$') && i + 1 < sql.size() &&
                                            isNameChar(sql.at(i + 1)));
        if (!parameter) {
            if (j >= expanded.size() || expanded.at(j) != c)
                return std::nullopt;
            ++i, ++j;
            continue;
        }
        const qsizetype start = i++;
        while (i < sql.size() && (c == '?' ? std::isdigit(static_cast<unsigned char>(sql.at(i))) != 0 : isNameChar(sql.at(i))))
            ++i;
        auto value = readLiteral(expanded, j);
        if (!value)
            return std::nullopt;
        value->parameter = sql.mid(start, i - start);
        out.append(*value);
    }
    if (j != expanded.size())
        return std::nullopt;
    return out;
}

} // namespace libreta::bench
