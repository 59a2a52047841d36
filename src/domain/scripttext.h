#pragma once

#include <QString>

namespace libreta::domain {

// What the office's script texts may mention. Texts are written by people,
// so each value has a Spanish and an English placeholder:
// {agente}/{agent}, {empresa}/{company}, {deudor}/{debtor},
// {saldo}/{balance}, {referencia}/{reference}.
struct ScriptValues {
    QString agent;
    QString company;
    QString debtor;
    QString balance;
    QString reference;
};

// The text with every known placeholder replaced; unknown braces are left
// as they are, so a typo in an office's script shows instead of vanishing.
QString fillScript(const QString &text, const ScriptValues &values);

} // namespace libreta::domain
