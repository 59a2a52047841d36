#pragma once

// What the service tests of the debtor file share: the field a refused
// action names, and the audit entries written.

#include "services/inputerror.h"
#include "store/auditrepository.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace libreta::test {

// The field named by the InputError `action` throws ("" when it succeeds),
// with the message checked to say something.
template <typename Action>
QString refusedField(Action action)
{
    try {
        action();
    } catch (const services::InputError &e) {
        CHECK_FALSE(e.message().isEmpty());
        return e.field();
    }
    return {};
}

template <typename Action>
QString refusedMessage(Action action)
{
    try {
        action();
    } catch (const services::InputError &e) {
        return e.message();
    }
    return {};
}

// The actions of the newest `count` audit entries, newest first.
inline QStringList auditActions(store::Database &db, int count = 100)
{
    QStringList out;
    for (const auto &e : store::AuditRepository(db).latest(count))
        out << e.action;
    return out;
}

} // namespace libreta::test
