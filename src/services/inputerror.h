#pragma once

#include <QString>

#include <stdexcept>

namespace libreta::services {

// What a person typed or imported was refused. The message is translated and
// names the field (or row); nothing was stored.
class InputError final : public std::runtime_error {
public:
    InputError(QString field, const QString &message)
        : std::runtime_error(message.toStdString()), m_field(std::move(field)), m_message(message) {}
    const QString &field() const { return m_field; }
    const QString &message() const { return m_message; }

private:
    QString m_field;
    QString m_message;
};

} // namespace libreta::services
