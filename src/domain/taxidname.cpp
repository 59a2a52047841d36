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

} // namespace libreta::domain
