#include "domain/scripttext.h"

#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace libreta::domain {
namespace {

struct Token {
    const char *spanish;
    const char *english;
    QString ScriptValues::*value;
    bool tellsTheDebt;
};

const Token kTokens[] = {
    {"{agente}", "{agent}", &ScriptValues::agent, false},
    {"{empresa}", "{company}", &ScriptValues::company, false},
    {"{deudor}", "{debtor}", &ScriptValues::debtor, false},
    {"{saldo}", "{balance}", &ScriptValues::balance, true},
    {"{referencia}", "{reference}", &ScriptValues::reference, true},
    {"{saludo}", "{greeting}", &ScriptValues::greeting, false},
};

const Token *tokenFor(const QString &braced)
{
    for (const Token &t : kTokens)
        if (braced.compare(QLatin1String(t.spanish), Qt::CaseInsensitive) == 0 ||
            braced.compare(QLatin1String(t.english), Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

// Every {word} of a text, as typed.
QStringList bracedWords(const QString &text)
{
    static const QRegularExpression braced(QStringLiteral("\\{[^{}\\s]{1,40}\\}"));
    QStringList out;
    for (auto it = braced.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

// A value that ends in a period ("Transportes Flores S.A. de C.V.") ends
// the script's sentence too: the period written after the placeholder is
// not said twice.
void fillToken(QString &text, const char *token, const QString &value)
{
    if (value.endsWith(QLatin1Char('.')))
        text.replace(QLatin1String(token) + QLatin1Char('.'), value, Qt::CaseInsensitive);
    text.replace(QLatin1String(token), value, Qt::CaseInsensitive);
}

} // namespace

QString fillScript(const QString &text, const ScriptValues &values)
{
    QString out = text;
    for (const Token &t : kTokens) {
        fillToken(out, t.spanish, values.*t.value);
        fillToken(out, t.english, values.*t.value);
    }
    return out;
}

QStringList scriptPlaceholders(const QString &language)
{
    const bool spanish = language.startsWith(QLatin1String("es"));
    QStringList out;
    for (const Token &t : kTokens)
        out << QLatin1String(spanish ? t.spanish : t.english);
    return out;
}

QStringList unknownPlaceholders(const QString &text)
{
    QStringList out;
    for (const QString &word : bracedWords(text))
        if (!tokenFor(word) && !out.contains(word, Qt::CaseInsensitive))
            out << word;
    return out;
}

QStringList debtPlaceholders(const QString &text)
{
    QStringList out;
    for (const QString &word : bracedWords(text))
        if (const Token *t = tokenFor(word); t && t->tellsTheDebt && !out.contains(word, Qt::CaseInsensitive))
            out << word;
    return out;
}

bool namesReference(const QString &text)
{
    const QStringList words = bracedWords(text);
    return std::any_of(words.cbegin(), words.cend(), [](const QString &word) {
        const Token *t = tokenFor(word);
        return t && t->value == &ScriptValues::reference;
    });
}

QString greetingFor(const QString &language, const QTime &t)
{
    // Script words, not interface words: they follow the script's language,
    // whatever language the desk shows.
    const bool spanish = language.startsWith(QLatin1String("es"));
    // "Buenas tardes" until eight: at seven in the evening Spain is still
    // in the afternoon, and Mexico says it as well before dark.
    const int part = !t.isValid() || t.hour() < 12 ? 0 : t.hour() < 20 ? 1 : 2;
    static const char *const es[] = {"Buenos días", "Buenas tardes", "Buenas noches"};
    static const char *const en[] = {"Good morning", "Good afternoon", "Good evening"};
    return QString::fromUtf8(spanish ? es[part] : en[part]);
}

} // namespace libreta::domain
