#include "services/demoidentity.h"

#include "domain/textfold.h"

#include <algorithm>

namespace libreta::services::demo {
namespace {

QString homoclave(Rng &r)
{
    static const QString chars = QStringLiteral("ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789");
    QString out;
    for (int i = 0; i < 3; ++i)
        out += chars.at(r.below(int(chars.size())));
    return out;
}

QString rfcDate(Rng &r, int fromYear, int years)
{
    return QDate(fromYear, 1, 1).addDays(r.below(years * 365)).toString(QStringLiteral("yyMMdd"));
}

} // namespace

const CityInfo &pickCity(Rng &r, bool spain)
{
    return pickCityFrom(r, spain ? words().spainCities : words().mexicoCities);
}

const CityInfo &pickCityFrom(Rng &r, const QList<CityInfo> &cities)
{
    int total = 0;
    for (const auto &c : cities)
        total += c.weight;
    int x = r.below(total);
    for (const auto &c : cities) {
        if (x < c.weight)
            return c;
        x -= c.weight;
    }
    return cities.first();
}

PersonName personName(Rng &r, Market market)
{
    const DemoWords &w = words();
    PersonName p;
    p.female = r.chance(0.5);
    const QStringList &given = p.female ? w.femaleNames : w.maleNames;
    const bool elsewhere = market != Market::MexicoAndSpain;
    const auto pickGiven = [&] {
        QString name = r.pick(given);
        while (elsewhere && w.mexicoAndSpainOnlyNames.contains(name))
            name = r.pick(given);
        return name;
    };
    p.given = pickGiven();
    if (r.chance(0.15)) {
        const QString second = pickGiven();
        if (second != p.given)
            p.given += QLatin1Char(' ') + second;
    }
    p.surname1 = r.below(int(w.surnames.size()));
    do {
        p.surname2 = r.below(int(w.surnames.size()));
    } while (p.surname2 == p.surname1);
    p.full = p.given + QLatin1Char(' ') + w.surnames.at(p.surname1);
    if (market != Market::Argentina)
        p.full += QLatin1Char(' ') + w.surnames.at(p.surname2);
    return p;
}

// Mexican RFC shaped like the real one: letters from the names, a date, a check code.
QString rfcPerson(Rng &r, const PersonName &p)
{
    const DemoWords &w = words();
    const QString s1 = w.surnamesAscii.at(p.surname1).toUpper();
    const QString s2 = w.surnamesAscii.at(p.surname2).toUpper();
    const QString g = domain::foldForSearch(p.given).toUpper();
    QChar vowel = QLatin1Char('X');
    for (qsizetype i = 1; i < s1.size(); ++i) {
        if (QStringLiteral("AEIOU").contains(s1.at(i))) {
            vowel = s1.at(i);
            break;
        }
    }
    return s1.left(1) + vowel + s2.left(1) + g.left(1) + rfcDate(r, 1955, 47) + homoclave(r);
}

QString rfcCompany(Rng &r, const QString &baseName)
{
    static const QStringList skip = {QStringLiteral("DE"), QStringLiteral("DEL"), QStringLiteral("LA"),
                                     QStringLiteral("LAS"), QStringLiteral("LOS"), QStringLiteral("Y")};
    QStringList parts = domain::foldForSearch(baseName).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    parts.erase(std::remove_if(parts.begin(), parts.end(), [](const QString &x) { return skip.contains(x); }),
                parts.end());
    QString letters;
    if (parts.size() >= 3)
        letters = parts[0].left(1) + parts[1].left(1) + parts[2].left(1);
    else if (parts.size() == 2)
        letters = parts[0].left(1) + parts[1].left(2);
    else if (!parts.isEmpty())
        letters = parts[0].left(3);
    while (letters.size() < 3)
        letters += QLatin1Char('X');
    return letters + rfcDate(r, 1985, 36) + homoclave(r);
}

// Spanish NIF: eight digits and the letter of their remainder by 23.
QString nif(Rng &r)
{
    static const char *letters = "TRWAGMYFPDXBNJZSQVHLCKE";
    const int n = r.between(1000000, 79999999);
    return QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0')) + QLatin1Char(letters[n % 23]);
}

// Spanish CIF: entity letter, province, five digits and the control digit.
QString cif(Rng &r, const CityInfo &city, bool anonima)
{
    const QString body = QStringLiteral("%1").arg(city.postalFrom / 1000, 2, 10, QLatin1Char('0')) + digits(r, 5);
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        const int d = body.at(i).digitValue();
        if (i % 2 == 1) {
            sum += d;
        } else {
            const int twice = d * 2;
            sum += twice / 10 + twice % 10;
        }
    }
    const int control = (10 - sum % 10) % 10;
    return QLatin1Char(anonima ? 'A' : 'B') + body + QString::number(control);
}

} // namespace libreta::services::demo
