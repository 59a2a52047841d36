#include "services/timezonecheck.h"

#include "services/inputerror.h"

#include <QTimeZone>

namespace libreta::services {

void TimeZoneCheck::require(const QString &field, const QString &zone)
{
    if (zone.trimmed().isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone.trimmed().toUtf8()))
        throw InputError(field, tr("Time zone: “%1” is not a known time zone; choose one from the list "
                                   "(for example America/Mexico_City).")
                                    .arg(zone.trimmed()));
}

QString TimeZoneCheck::systemOrDefault()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    // "UTC" and fixed offsets are what a machine without a configured zone
    // reports: no office's debtors live in them.
    if (id.contains('/') && QTimeZone::isTimeZoneIdAvailable(id))
        return QString::fromUtf8(id);
    return QStringLiteral("America/Mexico_City");
}

} // namespace libreta::services
