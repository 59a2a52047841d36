#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace libreta::ui {

// The time zones of the market (Mexico, Spain, the rest of Latin America
// and the United States, where debtors also live), named the way an office
// says them: "Ciudad de México, México (UTC−6)", not America/Mexico_City.
// The IANA id stays what is stored; these names are only shown.
class TimeZoneNames final {
    Q_DECLARE_TR_FUNCTIONS(TimeZoneNames)

public:
    struct Zone {
        QString id;     // IANA
        QString label;  // place, country and the offset it has today
    };

    // The market's zones this system knows, in the order offered: Mexico,
    // Spain, then the other countries by name.
    static QList<Zone> market();

    // The place alone ("Ciudad de México"), for a line that has no room for
    // more; a zone outside the market is its id's city ("Paris").
    static QString place(const QString &id);

    // The whole label of a market zone; the id itself for any other.
    static QString label(const QString &id);
};

} // namespace libreta::ui
