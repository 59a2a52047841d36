#include "domain/taxidname.h"

#include <QHash>

namespace libreta::domain {

QString spanishTaxIdName(const QString &currencyCode)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("MXN"), QStringLiteral("RFC")},  {QStringLiteral("EUR"), QStringLiteral("NIF")},
        {QStringLiteral("COP"), QStringLiteral("NIT")},  {QStringLiteral("GTQ"), QStringLiteral("NIT")},
        {QStringLiteral("BOB"), QStringLiteral("NIT")},  {QStringLiteral("ARS"), QStringLiteral("CUIT")},
        {QStringLiteral("CLP"), QStringLiteral("RUT")},  {QStringLiteral("UYU"), QStringLiteral("RUT")},
        {QStringLiteral("PEN"), QStringLiteral("RUC")},  {QStringLiteral("PYG"), QStringLiteral("RUC")},
        {QStringLiteral("PAB"), QStringLiteral("RUC")},  {QStringLiteral("NIO"), QStringLiteral("RUC")},
        {QStringLiteral("DOP"), QStringLiteral("RNC")},  {QStringLiteral("HNL"), QStringLiteral("RTN")},
        {QStringLiteral("CRC"), QStringLiteral("Cédula jurídica")},
    };
    return names.value(currencyCode.trimmed().toUpper(), QStringLiteral("Id. fiscal"));
}

QString spanishTaxIdName(const QString &currencyCode, DebtorKind kind)
{
    // Where a person is known by an identity card and not by the tax id a
    // company has. Mexico's RFC, Spain's NIF, Argentina's CUIT and Chile's
    // RUT are a person's as much as a company's.
    static const QHash<QString, QString> persons = {
        {QStringLiteral("COP"), QStringLiteral("C.C.")},    {QStringLiteral("PEN"), QStringLiteral("DNI")},
        {QStringLiteral("GTQ"), QStringLiteral("DPI")},     {QStringLiteral("BOB"), QStringLiteral("C.I.")},
        {QStringLiteral("PYG"), QStringLiteral("C.I.")},    {QStringLiteral("UYU"), QStringLiteral("C.I.")},
        {QStringLiteral("DOP"), QStringLiteral("Cédula")},  {QStringLiteral("CRC"), QStringLiteral("Cédula")},
        {QStringLiteral("PAB"), QStringLiteral("Cédula")},  {QStringLiteral("NIO"), QStringLiteral("Cédula")},
        {QStringLiteral("HNL"), QStringLiteral("DNI")},
    };
    if (kind == DebtorKind::Person)
        if (const auto it = persons.constFind(currencyCode.trimmed().toUpper()); it != persons.constEnd())
            return *it;
    return spanishTaxIdName(currencyCode);
}

QString spanishTaxIdName(const QString &currencyCode, DebtorKind kind, const QString &taxId)
{
    qsizetype digits = 0;
    for (const QChar c : taxId)
        digits += c.isDigit() ? 1 : 0;
    const QString currency = currencyCode.trimmed().toUpper();
    if (currency == u"ARS" && kind == DebtorKind::Person && (digits == 7 || digits == 8))
        return QStringLiteral("DNI");
    if (currency == u"PEN" && kind == DebtorKind::Person && digits == 11)
        return QStringLiteral("RUC");
    return spanishTaxIdName(currencyCode, kind);
}

} // namespace libreta::domain
