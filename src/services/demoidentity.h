#pragma once

#include "services/demoplan.h"

#include <QString>

// The demo's identities: cities, people's names and tax ids shaped like the
// real ones (Mexico's RFC, Spain's NIF and CIF). Each draws from the
// debtor's own random stream, in a fixed order, so a seed always gives the
// same office.

namespace libreta::services::demo {

struct PersonName {
    QString full;
    QString given;
    bool female = false;
    int surname1 = 0;  // in words().surnames
    int surname2 = 0;
};

const CityInfo &pickCity(Rng &r, bool spain);
// One of `cities`, as often as its weight says.
const CityInfo &pickCityFrom(Rng &r, const QList<CityInfo> &cities);
// A name as the market's people have it: outside Mexico and Spain, none
// of the names only they give (Xóchitl, Guadalupe, Begoña); in Argentina
// one surname, as people there go by.
PersonName personName(Rng &r, Market market = Market::MexicoAndSpain);
// Letters from the names, a birth date, a check code.
QString rfcPerson(Rng &r, const PersonName &p);
// Letters from the company's name, a founding date, a check code.
QString rfcCompany(Rng &r, const QString &baseName);
// Eight digits and the letter of their remainder by 23.
QString nif(Rng &r);
// Entity letter, the city's province, five digits and the control digit.
QString cif(Rng &r, const CityInfo &city, bool anonima);

} // namespace libreta::services::demo
