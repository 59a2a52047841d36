#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace libreta::domain {

// Every enum stored in the database round-trips through a stable ASCII code
// (never the translated label), so renaming a label never breaks a file.
template <typename Enum>
struct CodeEntry {
    Enum value;
    const char *code;
};

template <typename Enum, std::size_t N>
QString codeOf(const CodeEntry<Enum> (&table)[N], Enum value)
{
    for (const auto &e : table)
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromCode(const CodeEntry<Enum> (&table)[N], QStringView code)
{
    for (const auto &e : table)
        if (code == QLatin1StringView(e.code))
            return e.value;
    return std::nullopt;
}

} // namespace libreta::domain
