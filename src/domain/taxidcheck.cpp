#include "domain/taxidcheck.h"

#include "domain/officecountry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace libreta::domain {
namespace {

// The letter of a DNI's eight digits (the NIE's, its first letter as a
// digit): the remainder by 23, as the Spanish Interior Ministry sets it.
QChar spanishLetter(qint64 number)
{
    static const char *letters = "TRWAGMYFPDXBNJZSQVHLCKE";
    return QLatin1Char(letters[number % 23]);
}

std::optional<QString> spanishProblem(const QString &id)
{
    static const QRegularExpression nif(QStringLiteral("^(\\d{8})([A-Z])$"));
    static const QRegularExpression nie(QStringLiteral("^([XYZ])(\\d{7})([A-Z])$"));
    if (const auto m = nif.match(id); m.hasMatch()) {
        const QChar wanted = spanishLetter(m.captured(1).toLongLong());
        if (m.captured(2).at(0) != wanted)
            return QCoreApplication::translate("TaxIdCheck", "the NIF %1 does not add up: its letter should be %2.")
                .arg(id, QString(wanted));
        return std::nullopt;
    }
    if (const auto m = nie.match(id); m.hasMatch()) {
        const int first = QStringLiteral("XYZ").indexOf(m.captured(1));
        const QChar wanted = spanishLetter(first * 10'000'000LL + m.captured(2).toLongLong());
        if (m.captured(3).at(0) != wanted)
            return QCoreApplication::translate("TaxIdCheck", "the NIE %1 does not add up: its letter should be %2.")
                .arg(id, QString(wanted));
    }
    return std::nullopt;
}

std::optional<QString> argentineProblem(const QString &id)
{
    static const QRegularExpression cuit(QStringLiteral("^(\\d{2})-(\\d{8})-(\\d)$"));
    const auto m = cuit.match(id);
    if (!m.hasMatch())
        return std::nullopt;
    const QString digits = m.captured(1) + m.captured(2);
    static const int weights[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    const int rest = 11 - sum % 11;
    // 10 is never a check digit: such numbers get another prefix (23, 33)
    // and their own rule; they are not judged here.
    if (rest == 10)
        return std::nullopt;
    const int wanted = rest == 11 ? 0 : rest;
    if (m.captured(3).toInt() != wanted)
        return QCoreApplication::translate("TaxIdCheck", "the CUIT %1 does not add up: its last digit should be %2.")
            .arg(id)
            .arg(wanted);
    return std::nullopt;
}

// `dashOptional`: in a Chilean office a RUT is dictated and typed without
// its dash as often as with it (165432100, 16543210K), and nothing else
// there has that shape.
std::optional<QString> chileanProblem(const QString &id, bool dashOptional)
{
    static const QRegularExpression rut(QStringLiteral("^(\\d{1,2}(?:\\.?\\d{3}){2})-([\\dK])$"));
    static const QRegularExpression undashed(QStringLiteral("^(\\d{1,2}(?:\\.?\\d{3}){2})([\\dK])$"));
    const auto m = dashOptional ? undashed.match(QString(id).remove(u'-')) : rut.match(id);
    if (!m.hasMatch())
        return std::nullopt;
    QString body = m.captured(1);
    body.remove(u'.');
    int sum = 0;
    int weight = 2;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        sum += body.at(i).digitValue() * weight;
        weight = weight == 7 ? 2 : weight + 1;
    }
    const int rest = 11 - sum % 11;
    const QChar wanted = rest == 11 ? QLatin1Char('0') : rest == 10 ? QLatin1Char('K') : QChar(u'0' + rest);
    if (m.captured(2).at(0) != wanted)
        return QCoreApplication::translate("TaxIdCheck", "the RUT %1 does not add up: its check digit should be %2.")
            .arg(id, QString(wanted));
    return std::nullopt;
}

} // namespace

std::optional<QString> taxIdCheckProblem(const QString &taxId)
{
    const QString id = taxId.trimmed().toUpper();
    // In Chile eight digits and a K are a RUT without its dash, not a
    // Spanish NIF with a wrong letter: the office's country says which.
    const bool chile = officeCountry() == OfficeCountry::Chile;
    if (!chile) {
        if (auto p = spanishProblem(id))
            return p;
    }
    if (auto p = argentineProblem(id))
        return p;
    return chileanProblem(id, chile);
}

} // namespace libreta::domain
