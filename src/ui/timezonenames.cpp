#include "ui/timezonenames.h"

#include <QDateTime>
#include <QTimeZone>

namespace libreta::ui {
namespace {

struct Entry {
    const char *id;
    const char *place;
    const char *country;
};

// Source texts of the names, translated in TimeZoneNames' context. Mexico's
// zones name the states a city alone would not tell (Cancún is Quintana
// Roo, an hour ahead of the centre).
const Entry kEntries[] = {
    {"America/Mexico_City", QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico City"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Monterrey", QT_TRANSLATE_NOOP("TimeZoneNames", "Monterrey"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Merida", QT_TRANSLATE_NOOP("TimeZoneNames", "Mérida"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Matamoros", QT_TRANSLATE_NOOP("TimeZoneNames", "Matamoros"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Bahia_Banderas", QT_TRANSLATE_NOOP("TimeZoneNames", "Bahía de Banderas"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Cancun", QT_TRANSLATE_NOOP("TimeZoneNames", "Cancún, Quintana Roo"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Chihuahua", QT_TRANSLATE_NOOP("TimeZoneNames", "Chihuahua"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Ciudad_Juarez", QT_TRANSLATE_NOOP("TimeZoneNames", "Ciudad Juárez"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Mazatlan", QT_TRANSLATE_NOOP("TimeZoneNames", "Mazatlán, Sinaloa"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Hermosillo", QT_TRANSLATE_NOOP("TimeZoneNames", "Hermosillo, Sonora"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"America/Tijuana", QT_TRANSLATE_NOOP("TimeZoneNames", "Tijuana, Baja California"), QT_TRANSLATE_NOOP("TimeZoneNames", "Mexico")},
    {"Europe/Madrid", QT_TRANSLATE_NOOP("TimeZoneNames", "Madrid"), QT_TRANSLATE_NOOP("TimeZoneNames", "Spain")},
    {"Atlantic/Canary", QT_TRANSLATE_NOOP("TimeZoneNames", "Canary Islands"), QT_TRANSLATE_NOOP("TimeZoneNames", "Spain")},
    {"Africa/Ceuta", QT_TRANSLATE_NOOP("TimeZoneNames", "Ceuta and Melilla"), QT_TRANSLATE_NOOP("TimeZoneNames", "Spain")},
    {"America/Argentina/Buenos_Aires", QT_TRANSLATE_NOOP("TimeZoneNames", "Buenos Aires"), QT_TRANSLATE_NOOP("TimeZoneNames", "Argentina")},
    {"America/Argentina/Cordoba", QT_TRANSLATE_NOOP("TimeZoneNames", "Córdoba"), QT_TRANSLATE_NOOP("TimeZoneNames", "Argentina")},
    {"America/Argentina/Mendoza", QT_TRANSLATE_NOOP("TimeZoneNames", "Mendoza"), QT_TRANSLATE_NOOP("TimeZoneNames", "Argentina")},
    {"America/Argentina/Salta", QT_TRANSLATE_NOOP("TimeZoneNames", "Salta"), QT_TRANSLATE_NOOP("TimeZoneNames", "Argentina")},
    {"America/Argentina/Tucuman", QT_TRANSLATE_NOOP("TimeZoneNames", "Tucumán"), QT_TRANSLATE_NOOP("TimeZoneNames", "Argentina")},
    {"America/La_Paz", QT_TRANSLATE_NOOP("TimeZoneNames", "La Paz"), QT_TRANSLATE_NOOP("TimeZoneNames", "Bolivia")},
    {"America/Santiago", QT_TRANSLATE_NOOP("TimeZoneNames", "Santiago"), QT_TRANSLATE_NOOP("TimeZoneNames", "Chile")},
    {"America/Bogota", QT_TRANSLATE_NOOP("TimeZoneNames", "Bogotá"), QT_TRANSLATE_NOOP("TimeZoneNames", "Colombia")},
    {"America/Costa_Rica", QT_TRANSLATE_NOOP("TimeZoneNames", "San José"), QT_TRANSLATE_NOOP("TimeZoneNames", "Costa Rica")},
    {"America/Havana", QT_TRANSLATE_NOOP("TimeZoneNames", "Havana"), QT_TRANSLATE_NOOP("TimeZoneNames", "Cuba")},
    {"America/Guayaquil", QT_TRANSLATE_NOOP("TimeZoneNames", "Quito and Guayaquil"), QT_TRANSLATE_NOOP("TimeZoneNames", "Ecuador")},
    {"America/El_Salvador", QT_TRANSLATE_NOOP("TimeZoneNames", "San Salvador"), QT_TRANSLATE_NOOP("TimeZoneNames", "El Salvador")},
    {"America/Guatemala", QT_TRANSLATE_NOOP("TimeZoneNames", "Guatemala City"), QT_TRANSLATE_NOOP("TimeZoneNames", "Guatemala")},
    {"America/Tegucigalpa", QT_TRANSLATE_NOOP("TimeZoneNames", "Tegucigalpa"), QT_TRANSLATE_NOOP("TimeZoneNames", "Honduras")},
    {"America/Managua", QT_TRANSLATE_NOOP("TimeZoneNames", "Managua"), QT_TRANSLATE_NOOP("TimeZoneNames", "Nicaragua")},
    {"America/Panama", QT_TRANSLATE_NOOP("TimeZoneNames", "Panama City"), QT_TRANSLATE_NOOP("TimeZoneNames", "Panama")},
    {"America/Asuncion", QT_TRANSLATE_NOOP("TimeZoneNames", "Asunción"), QT_TRANSLATE_NOOP("TimeZoneNames", "Paraguay")},
    {"America/Lima", QT_TRANSLATE_NOOP("TimeZoneNames", "Lima"), QT_TRANSLATE_NOOP("TimeZoneNames", "Peru")},
    {"America/Puerto_Rico", QT_TRANSLATE_NOOP("TimeZoneNames", "San Juan"), QT_TRANSLATE_NOOP("TimeZoneNames", "Puerto Rico")},
    {"America/Santo_Domingo", QT_TRANSLATE_NOOP("TimeZoneNames", "Santo Domingo"), QT_TRANSLATE_NOOP("TimeZoneNames", "Dominican Republic")},
    {"America/Montevideo", QT_TRANSLATE_NOOP("TimeZoneNames", "Montevideo"), QT_TRANSLATE_NOOP("TimeZoneNames", "Uruguay")},
    {"America/Caracas", QT_TRANSLATE_NOOP("TimeZoneNames", "Caracas"), QT_TRANSLATE_NOOP("TimeZoneNames", "Venezuela")},
    {"America/New_York", QT_TRANSLATE_NOOP("TimeZoneNames", "New York, Miami"), QT_TRANSLATE_NOOP("TimeZoneNames", "United States")},
    {"America/Chicago", QT_TRANSLATE_NOOP("TimeZoneNames", "Chicago, Houston"), QT_TRANSLATE_NOOP("TimeZoneNames", "United States")},
    {"America/Denver", QT_TRANSLATE_NOOP("TimeZoneNames", "Denver"), QT_TRANSLATE_NOOP("TimeZoneNames", "United States")},
    {"America/Phoenix", QT_TRANSLATE_NOOP("TimeZoneNames", "Phoenix, Arizona"), QT_TRANSLATE_NOOP("TimeZoneNames", "United States")},
    {"America/Los_Angeles", QT_TRANSLATE_NOOP("TimeZoneNames", "Los Angeles"), QT_TRANSLATE_NOOP("TimeZoneNames", "United States")},
};

const Entry *entryFor(const QString &id)
{
    for (const Entry &e : kEntries)
        if (id == QLatin1String(e.id))
            return &e;
    return nullptr;
}

// "UTC−6", "UTC+5:30", "UTC": the offset the zone has now, summer time
// included, with a true minus sign.
QString offsetText(const QTimeZone &zone)
{
    const int seconds = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(seconds) / 60;
    QString text = QStringLiteral("UTC") + (seconds < 0 ? QChar(0x2212) : QChar(u'+')) + QString::number(minutes / 60);
    if (minutes % 60)
        text += u':' + QStringLiteral("%1").arg(minutes % 60, 2, 10, QChar(u'0'));
    return text;
}

QString labelOf(const Entry &e, const QTimeZone &zone)
{
    return TimeZoneNames::tr("%1, %2 (%3)")
        .arg(QCoreApplication::translate("TimeZoneNames", e.place),
             QCoreApplication::translate("TimeZoneNames", e.country), offsetText(zone));
}

} // namespace

QList<TimeZoneNames::Zone> TimeZoneNames::market()
{
    QList<Zone> zones;
    for (const Entry &e : kEntries) {
        const QTimeZone zone(e.id);
        if (zone.isValid())
            zones.append({QString::fromLatin1(e.id), labelOf(e, zone)});
    }
    return zones;
}

QString TimeZoneNames::place(const QString &id)
{
    if (const Entry *e = entryFor(id))
        return QCoreApplication::translate("TimeZoneNames", e->place);
    return id.section(u'/', -1).replace(u'_', u' ');
}

QString TimeZoneNames::label(const QString &id)
{
    const Entry *e = entryFor(id);
    const QTimeZone zone(id.toUtf8());
    return e && zone.isValid() ? labelOf(*e, zone) : id;
}

} // namespace libreta::ui
