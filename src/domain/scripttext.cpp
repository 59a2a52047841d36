#include "domain/scripttext.h"

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
    };
    QString out = text;
    for (const Token &t : tokens) {
        out.replace(QLatin1String(t.spanish), *t.value, Qt::CaseInsensitive);
        out.replace(QLatin1String(t.english), *t.value, Qt::CaseInsensitive);
    }
    return out;
}

} // namespace libreta::domain
