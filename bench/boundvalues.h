#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace libreta::bench {

// A value as sqlite3_expanded_sql writes it, ready to bind again.
struct BoundValue {
    enum class Type { Null, Integer, Real, Text, Blob };
    QByteArray parameter;  // the token in the prepared text: "?", "?2", ":name"
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes;  // text (UTF-8) or blob
};

// Reads the bound values back out of an expanded statement by walking it
// beside the prepared text: both are the same character for character except
// where a parameter stands. Returns nullopt when they do not line up.
std::optional<QList<BoundValue>> boundValues(const QByteArray &sql, const QByteArray &expanded);

} // namespace libreta::bench
