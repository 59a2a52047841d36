#include "services/demomarket.h"

#include "services/demoidentity.h"

#include <array>

namespace libreta::services::demo {

namespace {

// "1234567" as "1.234.567": how these countries group a document's digits.
QString grouped(const QString &digitsOnly)
{
    QString out;
    for (qsizetype i = 0; i < digitsOnly.size(); ++i) {
        if (i > 0 && (digitsOnly.size() - i) % 3 == 0)
            out += QLatin1Char('.');
        out += digitsOnly.at(i);
    }
    return out;
}

// Colombia's NIT: nine digits and the DIAN's check digit.
QString nit(Rng &r)
{
    const QString body = QStringLiteral("9") + digits(r, 8);
    static constexpr int weights[] = {41, 37, 29, 23, 19, 17, 13, 7, 3};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += body.at(i).digitValue() * weights[i];
    const int rest = sum % 11;
    const int check = rest > 1 ? 11 - rest : rest;
    return grouped(body) + QLatin1Char('-') + QString::number(check);
}

// Argentina's CUIT/CUIL: a prefix, eight digits and the check digit; a
// prefix whose check would be 10 is drawn again, as AFIP does.
QString cuit(Rng &r, bool company)
{
    static constexpr int weights[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    for (;;) {
        const QString prefix = company ? QStringLiteral("30") : QString::fromLatin1(r.chance(0.5) ? "20" : "27");
        const QString body = prefix + (company ? QString(QStringLiteral("7") + digits(r, 7))
                                               : QString::number(r.between(10000000, 45999999)));
        int sum = 0;
        for (int i = 0; i < 10; ++i)
            sum += body.at(i).digitValue() * weights[i];
        const int check = (11 - sum % 11) % 11;
        if (check == 10)
            continue;
        return body.left(2) + QLatin1Char('-') + body.mid(2) + QLatin1Char('-') + QString::number(check);
    }
}

// Chile's RUT: the number grouped, a dash and its check character.
QString rut(Rng &r, bool company)
{
    const int number = company ? r.between(76000000, 77999999) : r.between(5000000, 22999999);
    int sum = 0;
    int factor = 2;
    for (int n = number; n > 0; n /= 10) {
        sum += (n % 10) * factor;
        factor = factor == 7 ? 2 : factor + 1;
    }
    const int check = 11 - sum % 11;
    const QString checkText = check == 11   ? QStringLiteral("0")
                              : check == 10 ? QStringLiteral("K")
                                            : QString::number(check);
    return grouped(QString::number(number)) + QLatin1Char('-') + checkText;
}

// Peru's RUC: 20 for a company, 10 and the DNI for a person, then the check.
QString ruc(Rng &r, bool company)
{
    const QString body = company ? QString(QStringLiteral("20") + digits(r, 8))
                                 : QString(QStringLiteral("10") + QString::number(r.between(10000000, 79999999)));
    static constexpr int weights[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += body.at(i).digitValue() * weights[i];
    const int check = (11 - sum % 11) % 10;
    return body + QString::number(check);
}

const QList<CityInfo> &citiesOf(Market market)
{
    const DemoWords &w = words();
    switch (market) {
    case Market::Colombia: return w.colombiaCities;
    case Market::Argentina: return w.argentinaCities;
    case Market::Chile: return w.chileCities;
    case Market::Peru: return w.peruCities;
    case Market::MexicoAndSpain: break;
    }
    return w.mexicoCities;
}

} // namespace

Market marketFor(const QString &currencyCode)
{
    if (currencyCode == QLatin1String("COP"))
        return Market::Colombia;
    if (currencyCode == QLatin1String("ARS"))
        return Market::Argentina;
    if (currencyCode == QLatin1String("CLP"))
        return Market::Chile;
    if (currencyCode == QLatin1String("PEN"))
        return Market::Peru;
    return Market::MexicoAndSpain;
}

double amountScale(Market market)
{
    // Near what a Mexican peso buys in each (2026); Chile's peso has no
    // cents, so its amounts are already a hundred times larger.
    switch (market) {
    case Market::Colombia: return 200.0;
    case Market::Argentina: return 60.0;
    case Market::Chile: return 0.5;
    case Market::Peru: return 0.2;
    case Market::MexicoAndSpain: break;
    }
    return 1.0;
}

QString officeTimeZone(Market market, const QString &currencyCode)
{
    switch (market) {
    case Market::Colombia: return QStringLiteral("America/Bogota");
    case Market::Argentina: return QStringLiteral("America/Argentina/Buenos_Aires");
    case Market::Chile: return QStringLiteral("America/Santiago");
    case Market::Peru: return QStringLiteral("America/Lima");
    case Market::MexicoAndSpain: break;
    }
    return currencyCode == QLatin1String("EUR") ? QStringLiteral("Europe/Madrid") : QString();
}

const CityInfo &pickLocalCity(Rng &r, Market market) { return pickCityFrom(r, citiesOf(market)); }

QString localPersonTaxId(Rng &r, Market market)
{
    switch (market) {
    case Market::Colombia: return grouped(QString::number(r.between(10000000, 1099999999)));  // cédula
    case Market::Argentina: return cuit(r, false);
    case Market::Chile: return rut(r, false);
    case Market::Peru: return QString::number(r.between(10000000, 79999999));  // DNI
    case Market::MexicoAndSpain: break;
    }
    return {};
}

LocalCompany localCompany(Rng &r, Market market)
{
    switch (market) {
    case Market::Colombia:
        return {QString::fromLatin1(std::array{"S.A.S.", "Ltda.", "S.A."}[size_t(r.weighted({70, 20, 10}))]), nit(r)};
    case Market::Argentina:
        return {QString::fromLatin1(std::array{"S.R.L.", "S.A.", "S.A.S."}[size_t(r.weighted({55, 35, 10}))]),
                cuit(r, true)};
    case Market::Chile:
        return {QString::fromLatin1(std::array{"SpA", "Ltda.", "S.A."}[size_t(r.weighted({50, 35, 15}))]),
                rut(r, true)};
    case Market::Peru:
        return {QString::fromLatin1(
                    std::array{"S.A.C.", "E.I.R.L.", "S.R.L.", "S.A."}[size_t(r.weighted({55, 15, 15, 15}))]),
                ruc(r, true)};
    case Market::MexicoAndSpain: break;
    }
    return {};
}

QString localAddress(Rng &r, Market market, const CityInfo &city)
{
    const DemoWords &w = words();
    const int postal = r.between(city.postalFrom, city.postalTo);
    switch (market) {
    case Market::Colombia:
        return QStringLiteral("%1 %2 # %3-%4, %5")
            .arg(r.pick(w.colombiaStreets))
            .arg(r.between(1, 170))
            .arg(r.between(1, 120))
            .arg(r.between(2, 99), 2, 10, QLatin1Char('0'))
            .arg(city.name);
    case Market::Argentina:
        return QStringLiteral("%1 %2, CP %3, %4")
            .arg(r.pick(w.argentinaStreets))
            .arg(r.between(100, 4999))
            .arg(postal)
            .arg(city.name);
    case Market::Chile:
        return QStringLiteral("%1 %2, %3").arg(r.pick(w.chileStreets)).arg(r.between(10, 9999)).arg(city.name);
    case Market::Peru:
        return QStringLiteral("%1 %2, %3 %4")
            .arg(r.pick(w.peruStreets))
            .arg(r.between(100, 3999))
            .arg(city.name)
            .arg(postal, 5, 10, QLatin1Char('0'));
    case Market::MexicoAndSpain: break;
    }
    return {};
}

QString localPhone(Rng &r, Market market, const CityInfo &city, bool mobile)
{
    switch (market) {
    case Market::Colombia: {
        // Mobiles are ten digits from 3; landlines the city's 60x and seven.
        const QString ten = mobile ? QString(QStringLiteral("3") + QString::number(r.between(0, 2)) + digits(r, 8))
                                   : QString(city.areaCode + QChar(u'2' + r.below(6)) + digits(r, 6));
        return QStringLiteral("+57 ") + ten.left(3) + QLatin1Char(' ') + ten.mid(3, 3) + QLatin1Char(' ') + ten.mid(6);
    }
    case Market::Argentina: {
        // A mobile dialled from abroad carries a 9 before the area code.
        const QString local = QChar(u'4' + r.below(3)) + digits(r, 7 - int(city.areaCode.size()) + 2);
        return QStringLiteral("+54 ") + (mobile ? QStringLiteral("9 ") : QString()) + city.areaCode + QLatin1Char(' ') +
               local.left(local.size() - 4) + QLatin1Char('-') + local.right(4);
    }
    case Market::Chile: {
        if (mobile)
            return QStringLiteral("+56 9 ") + QChar(u'3' + r.below(7)) + digits(r, 3) + QLatin1Char(' ') + digits(r, 4);
        const QString local = QChar(u'2' + r.below(6)) + digits(r, 8 - int(city.areaCode.size()));
        return QStringLiteral("+56 ") + city.areaCode + QLatin1Char(' ') + local.left(local.size() - 4) +
               QLatin1Char(' ') + local.right(4);
    }
    case Market::Peru: {
        if (mobile)
            return QStringLiteral("+51 9") + digits(r, 2) + QLatin1Char(' ') + digits(r, 3) + QLatin1Char(' ') + digits(r, 3);
        const QString local = QChar(u'2' + r.below(6)) + digits(r, city.areaCode.size() == 1 ? 6 : 5);
        return QStringLiteral("+51 ") + city.areaCode + QLatin1Char(' ') + local.left(3) + QLatin1Char(' ') + local.mid(3);
    }
    case Market::MexicoAndSpain: break;
    }
    return {};
}

QString localPayablesContact(Market market)
{
    switch (market) {
    case Market::Colombia:
    case Market::Peru: return QStringLiteral("Tesorería");
    case Market::Argentina: return QStringLiteral("Administración");
    case Market::Chile: return QStringLiteral("Finanzas");
    case Market::MexicoAndSpain: break;
    }
    return QStringLiteral("Cuentas por pagar");
}

QString localTransferReference(Rng &r, Market market)
{
    switch (market) {
    case Market::Colombia: return QStringLiteral("PSE ") + digits(r, 9);
    case Market::Argentina: return QStringLiteral("TRF ") + digits(r, 8);
    case Market::Chile: return QStringLiteral("TEF ") + digits(r, 9);
    case Market::Peru: return QStringLiteral("Op. ") + digits(r, 8);
    case Market::MexicoAndSpain: break;
    }
    return QStringLiteral("SPEI ") + digits(r, 7);
}

QString localInvoiceNumber(Market market, int series, int number)
{
    switch (market) {
    case Market::Colombia: return QStringLiteral("FE-%1").arg(number);
    case Market::Argentina:
        return QStringLiteral("%1-%2").arg(series, 4, 10, QLatin1Char('0')).arg(number, 8, 10, QLatin1Char('0'));
    case Market::Chile: return QString::number(number);
    case Market::Peru:
        return QStringLiteral("F%1-%2").arg(series, 3, 10, QLatin1Char('0')).arg(number, 8, 10, QLatin1Char('0'));
    case Market::MexicoAndSpain: break;
    }
    return QString::number(number);
}

} // namespace libreta::services::demo
