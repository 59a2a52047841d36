#include "domain/scripttext.h"

#include <QTime>

namespace libreta::domain {

QString fillScript(const QString &text, const ScriptValues &values)
{
    struct Token {
        const char *spanish;
        const char *english;
        const QString *value;
    };
    const Token tokens[] = {
        {"{agente}", "{agent}", &values.agent},
        {"{empresa}", "{company}", &values.company},
        {"{deudor}", "{debtor}", &values.debtor},
        {"{saldo}", "{balance}", &values.balance},
        {"{referencia}", "{reference}", &values.reference},
        {"{saludo}", "{greeting}", &values.greeting},
    };
    QString out = text;
    for (const Token &t : tokens) {
        out.replace(QLatin1String(t.spanish), *t.value, Qt::CaseInsensitive);
        out.replace(QLatin1String(t.english), *t.value, Qt::CaseInsensitive);
    }
    return out;
}

QString greetingFor(const QString &language, const QTime &t)
{
    // Script words, not interface words: they follow the script's language,
    // whatever language the desk shows.
    const bool spanish = language.startsWith(QLatin1String("es"));
    const int part = !t.isValid() || t.hour() < 12 ? 0 : t.hour() < 19 ? 1 : 2;
    static const char *const es[] = {"Buenos días", "Buenas tardes", "Buenas noches"};
    static const char *const en[] = {"Good morning", "Good afternoon", "Good evening"};
    return QString::fromUtf8(spanish ? es[part] : en[part]);
}

} // namespace libreta::domain
