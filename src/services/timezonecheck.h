#pragma once

#include <QCoreApplication>
#include <QString>

namespace libreta::services {

// A time zone typed or chosen for debtors (a debtor's own, the office's for
// new ones): an IANA id the system knows, or InputError naming `field`.
class TimeZoneCheck final {
    Q_DECLARE_TR_FUNCTIONS(TimeZoneCheck)

public:
    static void require(const QString &field, const QString &zone);
    // The computer's own zone when it has an IANA id, or else Mexico City's
    // (what an office that never chose one has).
    static QString systemOrDefault();
};

} // namespace libreta::services
