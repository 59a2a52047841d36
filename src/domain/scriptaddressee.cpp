#include "domain/scriptaddressee.h"

#include <QRegularExpression>

namespace libreta::domain {

QString scriptAddressee(const Debtor &debtor, const QList<Contact> &contacts)
{
    if (debtor.kind != DebtorKind::Company)
        return nameInSpeakingOrder(debtor.name);
    const QString company = debtor.name.simplified();
    const auto named = [&company](const Contact &c) {
        const QString name = c.name.simplified();
        return !name.isEmpty() && name.compare(company, Qt::CaseInsensitive) != 0;
    };
    for (const ContactRole role : {ContactRole::DecisionMaker, ContactRole::Debtor})
        for (const Contact &c : contacts)
            if (c.role == role && named(c))
                return withoutTitle(nameInSpeakingOrder(c.name));
    return withoutLegalForm(company);
}

QString nameInSpeakingOrder(const QString &personName)
{
    const QString name = personName.simplified();
    static const QRegularExpression surnamesFirst(QStringLiteral("^([^,\\d]+),\\s*([^,\\d]+)$"));
    const auto match = surnamesFirst.match(name);
    if (!match.hasMatch())
        return name;
    return match.captured(2).trimmed() + QLatin1Char(' ') + match.captured(1).trimmed();
}

QString withoutTitle(const QString &personName)
{
    static const QRegularExpression title(
        QStringLiteral("^(?:Sr|Sra|Srta|Lic|Licda|Ing|Arq|C\\.\\s*P|Dr|Dra|Mtro|Mtra|D|Dña)\\.\\s+|^(?:Don|Doña)\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    const QString name = personName.simplified();
    const auto match = title.match(name);
    if (!match.hasMatch())
        return name;
    const QString rest = name.mid(match.capturedLength());
    return rest.count(u' ') >= 1 ? rest : name;  // a given name and a surname at least
}

QString withoutLegalForm(const QString &companyName)
{
    // At the end only, after a space or a comma; "de C.V." may follow any.
    static const QRegularExpression form(
        QStringLiteral("[\\s,]+(?:S\\.?\\s*A\\.?\\s*P\\.?\\s*I\\.?|S\\.?\\s*A\\.?\\s*S\\.?|S\\.?\\s*A\\.?|"
                       "S\\.?\\s*de\\s+R\\.?\\s*L\\.?|S\\.?\\s*L\\.?\\s*U\\.?|S\\.?\\s*L\\.?|S\\.?\\s*C\\.?|"
                       "S\\.?\\s*Coop\\.?|Ltda\\.?|Inc\\.?|LLC|Ltd\\.?|Corp\\.?|GmbH)"
                       "(?:\\s+de\\s+C\\.?\\s*V\\.?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString name = companyName.simplified();
    QString said = name;
    said.remove(form);
    said = said.trimmed();
    return said.isEmpty() ? name : said;
}

} // namespace libreta::domain
