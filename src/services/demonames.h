#pragma once

// Word lists and texts for the demo office (services/demogenerator.h): names,
// places, companies, what debtors say and what agents write. All Spanish, all
// written for Libreta. Built once, shared read-only (safe from any thread).

#include "domain/entities.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace libreta::services::demo {

// The demo's time zones, in the order CityInfo::zone indexes them.
const QStringList &timeZoneIds();
// Standard offsets (seconds east of UTC) to use if the system has no zone data.
int fallbackOffsetSeconds(int zone);

struct CityInfo {
    QString name;
    QString region;    // state or province, as written in an address
    int zone = 0;      // index into timeZoneIds()
    QString areaCode;  // "55", "222" in Mexico; "91", "976" in Spain
    int postalFrom = 0;
    int postalTo = 0;
    int weight = 1;    // how many debtors live there, relatively
};

struct DemoWords {
    // People
    QStringList maleNames;
    QStringList femaleNames;
    QStringList surnames;
    // Given names hardly anyone outside Mexico or Spain has.
    QStringList mexicoAndSpainOnlyNames;
    QStringList surnamesAscii;  // same order, folded: "nunez"
    QStringList titles;         // "Lic.", "C.P.", "Ing." for contacts at companies

    // Places
    QList<CityInfo> mexicoCities;
    QList<CityInfo> spainCities;
    QStringList mexicoStreets;
    QStringList mexicoNeighbourhoods;
    QStringList spainStreets;
    // Other countries' offices (demo::Market).
    QList<CityInfo> colombiaCities;
    QList<CityInfo> argentinaCities;
    QList<CityInfo> chileCities;
    QList<CityInfo> peruCities;
    QStringList colombiaStreets;  // "Calle", "Carrera": the number follows
    QStringList argentinaStreets;
    QStringList chileStreets;
    QStringList peruStreets;

    // Companies: "<activity> <tail> <suffix>"
    QStringList mexicoActivities;
    QStringList spainActivities;
    QStringList mexicoTails;
    // The rest of Latin America's businesses (no "Abarrotes", no "Bajío").
    QStringList southActivities;
    QStringList southTails;
    QStringList spainTails;

    // Contacts
    QStringList bestTimes;
    QStringList emailDomains;  // reserved example domains only: mail never leaves

    // Invoices and payments
    QStringList disputeReasons;
    QStringList doNotContactReasons;

    // Calls
    QList<QStringList> excuseWords;  // indexed by domain::ExcuseCategory
    QStringList techniques;
    QString discountTechnique;  // one of techniques: a call using it agreed a discount
    QStringList refusalReasons;
    QStringList nextSteps;
    QStringList presentationPerson;  // right party confirmed, person
    QStringList presentationCompany; // right party confirmed, company (%1 = who answered)
    QStringList listeningWilling;
    QStringList listeningUnwilling;
    QStringList negotiationFull;     // %1 = amount
    QStringList negotiationPartial;  // %1 = amount
    QStringList negotiationDiscount; // %1 = percent, %2 = overdue, %3 = agreed amount
    QStringList negotiationPlan;     // %1 = instalments, %2 = frequency words
    QStringList negotiationRefused;
    QStringList preCloseFull;
    QStringList preClosePartial;
    QStringList preCloseRefusal;
    QStringList closePromise;        // %1 = amount, %2 = date, %3 = method
    QStringList closePayment;        // %1 = amount, %2 = method
    QStringList closeRefusal;
    QStringList noAnswerNotes;
    QStringList voicemailNotes;
    QStringList thirdPartyNotes;
    QStringList callbackNotes;       // %1 = when; a company's reception, a person's family, either
    QStringList callbackSteps;       // %1 = when; the next step of the note at the same place
    QString callbackTomorrow;        // when, the next day: %1 = time
    QString callbackOnDay;           // when, another day: %1 = weekday, %2 = time
    QStringList weekdays;            // Monday first
    QStringList wrongNumberNotes;

    // Follow-ups and notes
    QStringList taskResults;
    QStringList generalNotes;
    QStringList companyNotes;
};

const DemoWords &words();

// Spanish words for a payment method and a plan frequency, as agents write them.
QString methodWords(domain::PaymentMethod method);
QString frequencyWords(domain::PlanFrequency frequency);

} // namespace libreta::services::demo
