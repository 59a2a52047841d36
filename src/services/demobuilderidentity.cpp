#include "services/demodebtorbuilder.h"

#include "domain/textfold.h"
#include "services/demoidentity.h"
#include "services/demomarket.h"

// Who the debtor is (name, tax id, address, agent, whether calls may be
// made) and how to reach them: phones, e-mails, the person who decides.

namespace libreta::services::demo {

void DebtorBuilder::makeIdentity()
{
    Debtor &d = m_plan.debtor;
    // A peso office has a few debtors in Spain; a euro office has only
    // Spain's: NIFs, +34 numbers, Madrid's clock. (The draw is made either
    // way, so a peso demo of a given seed stays the same.)
    const bool inSpain = m_r.chance(0.22);
    m_spain = !local() && (inSpain || m_ctx.currencyCode == QLatin1String("EUR"));
    m_city = local() ? &pickLocalCity(m_r, m_ctx.market) : &pickCity(m_r, m_spain);
    d.kind = m_r.chance(0.7) ? DebtorKind::Person : DebtorKind::Company;
    m_behaviour = Behaviour(m_r.weighted({30, 30, 25, 15}));
    d.externalRef = QStringLiteral("CLI-%1").arg(m_index + 1, m_ctx.refWidth, 10, QLatin1Char('0'));

    if (d.kind == DebtorKind::Person) {
        const PersonName p = personName(m_r, m_ctx.market);
        d.name = p.full;
        d.taxId = local() ? localPersonTaxId(m_r, m_ctx.market) : m_spain ? nif(m_r) : rfcPerson(m_r, p);
    } else {
        QString base;
        QString suffix;
        if (local()) {
            const QString &surname = m_r.pick(w.surnames);
            const int form = m_r.weighted({50, 25, 25});
            base = m_r.pick(w.southActivities) + QLatin1Char(' ') +
                   (form == 0 ? surname : form == 1 ? m_r.pick(w.southTails) : QStringLiteral("Hermanos ") + surname);
            const LocalCompany company = localCompany(m_r, m_ctx.market);
            suffix = company.suffix;
            d.taxId = company.taxId;
        } else if (m_spain) {
            const QString &surname = m_r.pick(w.surnames);
            const int form = m_r.weighted({50, 30, 20});
            base = m_r.pick(w.spainActivities) + QLatin1Char(' ') +
                   (form == 0 ? surname : form == 1 ? m_r.pick(w.spainTails) : QStringLiteral("Hermanos ") + surname);
            suffix = QString::fromLatin1(std::array{"S.L.", "S.A.", "S.L.U."}[size_t(m_r.weighted({70, 20, 10}))]);
            d.taxId = cif(m_r, *m_city, suffix == QLatin1String("S.A."));
        } else {
            const QString &surname = m_r.pick(w.surnames);
            const int form = m_r.weighted({50, 25, 25});
            base = m_r.pick(w.mexicoActivities) + QLatin1Char(' ') +
                   (form == 0 ? surname : form == 1 ? m_r.pick(w.mexicoTails) : surname + QStringLiteral(" Hermanos"));
            suffix = QString::fromLatin1(
                std::array{"S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."}[size_t(m_r.weighted({60, 30, 10}))]);
            d.taxId = rfcCompany(m_r, base);
        }
        d.name = base + QLatin1Char(' ') + suffix;
        m_slug = domain::foldForSearch(base).replace(QLatin1Char(' '), QLatin1Char('-')).left(32);
    }

    d.timeZone = demo::timeZoneIds().at(m_city->zone);
    d.city = m_city->name;
    if (local()) {
        d.address = localAddress(m_r, m_ctx.market, *m_city);
    } else if (const int postal = m_r.between(m_city->postalFrom, m_city->postalTo); m_spain) {
        d.address = m_r.pick(w.spainStreets) + QStringLiteral(", %1, %2º %3, %4")
                                                   .arg(m_r.between(1, 180))
                                                   .arg(m_r.between(1, 8))
                                                   .arg(QChar(u'A' + m_r.below(4)))
                                                   .arg(postal, 5, 10, QLatin1Char('0'));
    } else {
        d.address = m_r.pick(w.mexicoStreets) + QStringLiteral(" %1, Col. %2, C.P. %3, %4")
                                                    .arg(m_r.between(1, 3999))
                                                    .arg(m_r.pick(w.mexicoNeighbourhoods))
                                                    .arg(postal, 5, 10, QLatin1Char('0'))
                                                    .arg(m_city->region);
    }
    if (!m_ctx.agentIds.isEmpty() && m_r.chance(0.9))
        d.assignedAgentId = m_ctx.agentIds.at(m_r.below(int(m_ctx.agentIds.size())));

    if (m_r.chance(0.02)) {
        d.doNotContact = true;
        m_dncReason = m_r.pick(w.doNotContactReasons);
        d.doNotContactReason = m_dncReason;
        m_stop = m_ctx.today.addDays(-m_r.between(3, 200));
    } else if (m_behaviour == Behaviour::Hopeless && m_r.chance(0.06)) {
        m_legal = true;
        m_stop = m_ctx.today.addDays(-m_r.between(10, 150));
    }
}

QString DebtorBuilder::phone(bool mobile)
{
    if (local())
        return localPhone(m_r, m_ctx.market, *m_city, mobile);
    if (m_spain) {
        QString nine;
        if (mobile)
            nine = QChar(m_r.chance(0.85) ? u'6' : u'7') + digits(m_r, 8);
        else
            nine = m_city->areaCode + digits(m_r, 9 - int(m_city->areaCode.size()));
        return QStringLiteral("+34 ") + nine.left(3) + QLatin1Char(' ') + nine.mid(3, 3) + QLatin1Char(' ') + nine.mid(6);
    }
    const QString &area = m_city->areaCode;
    QString rest = QChar(u'2' + m_r.below(8)) + digits(m_r, 9 - int(area.size()));
    if (area.size() == 2)
        return QStringLiteral("+52 ") + area + QLatin1Char('-') + rest.left(4) + QLatin1Char('-') + rest.mid(4);
    return QStringLiteral("+52 ") + area + QLatin1Char('-') + rest.left(3) + QLatin1Char('-') + rest.mid(3);
}

QString DebtorBuilder::personalEmail(const QString &fullName)
{
    const QStringList parts = domain::foldForSearch(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString local;
    switch (m_r.below(3)) {
    case 0: local = parts.first() + QLatin1Char('.') + parts.value(parts.size() - 2); break;
    case 1: local = parts.first().left(1) + parts.value(parts.size() - 2) + QString::number(m_r.between(1, 99)); break;
    default: local = parts.first() + QLatin1Char('_') + parts.last().left(3) + QString::number(m_r.between(70, 99)); break;
    }
    return local + QLatin1Char('@') + m_r.pick(w.emailDomains);
}

Contact DebtorBuilder::personContact(ContactRole role, const QString &name, bool withHomePhone)
{
    Contact c;
    c.role = role;
    c.name = name;
    c.bestTime = m_r.pick(w.bestTimes);
    // Spain's "móvil" is Mexico's and the rest of America's "celular".
    c.phones.append({0, phone(true), m_spain ? QStringLiteral("móvil") : QStringLiteral("celular")});
    if (withHomePhone)
        c.phones.append({0, phone(false), m_r.chance(0.5) ? QStringLiteral("casa") : QStringLiteral("oficina")});
    return c;
}

void DebtorBuilder::makeContacts()
{
    const Debtor &d = m_plan.debtor;
    if (d.kind == DebtorKind::Person) {
        Contact c = personContact(ContactRole::Debtor, d.name, m_r.chance(0.4));
        if (m_r.chance(0.5))
            c.emails.append({0, personalEmail(d.name), QStringLiteral("personal")});
        m_plan.contacts.append(c);
        m_decisionMaker = 0;
        if (m_r.chance(0.15)) {
            Contact other = personContact(m_r.chance(0.5) ? ContactRole::Guarantor : ContactRole::Reference,
                                          personName(m_r, m_ctx.market).full, false);
            other.doNotContact = m_r.chance(0.05);
            m_plan.contacts.append(other);
        }
        return;
    }
    const QString domainName = m_slug + QStringLiteral(".example");
    Contact main;
    main.role = ContactRole::Debtor;
    main.name = local() ? localPayablesContact(m_ctx.market)
                : m_spain ? QStringLiteral("Administración")
                          : QStringLiteral("Cuentas por pagar");
    main.bestTime = m_r.pick(w.bestTimes);
    main.phones.append({0, phone(false), m_spain  ? QStringLiteral("centralita")
                                         : local() ? QStringLiteral("oficina")
                                                   : QStringLiteral("conmutador")});
    if (m_r.chance(0.7))
        main.emails.append({0, (m_spain ? QStringLiteral("administracion@") : QStringLiteral("pagos@")) + domainName,
                            QStringLiteral("facturas")});
    m_plan.contacts.append(main);

    const PersonName p = personName(m_r, m_ctx.market);
    QString title = m_r.chance(0.3) ? m_r.pick(w.titles) : QString();
    // "Sr." and "Sra." follow the person (the draw is the same either way).
    if (title == QLatin1String("Sr.") || title == QLatin1String("Sra."))
        title = p.female ? QStringLiteral("Sra.") : QStringLiteral("Sr.");
    if (!title.isEmpty())
        title += QLatin1Char(' ');
    Contact dm = personContact(ContactRole::DecisionMaker, title + p.full, false);
    if (m_r.chance(0.6)) {
        const QStringList parts = domain::foldForSearch(p.full).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        dm.emails.append({0, parts.first() + QLatin1Char('.') + parts.value(parts.size() - 2) + QLatin1Char('@') + domainName,
                          QStringLiteral("trabajo")});
    }
    m_plan.contacts.append(dm);
    m_decisionMaker = 1;
}

} // namespace libreta::services::demo
