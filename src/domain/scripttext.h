#pragma once

#include <QString>
#include <QStringList>
#include <QTime>

namespace libreta::domain {

// What the office's script texts may mention. Texts are written by people,
// so each value has a Spanish and an English placeholder:
// {agente}/{agent}, {empresa}/{company}, {deudor}/{debtor},
// {saldo}/{balance}, {referencia}/{reference}, {saludo}/{greeting}.
struct ScriptValues {
    QString agent;
    QString company;
    QString debtor;
    QString balance;
    QString reference;
    QString greeting;  // "Buenas tardes": see greetingFor()
};

// The greeting for the hour it is where the debtor is, in the script's
// language ("es" or "en"): morning until noon, afternoon until 19:00, then
// evening.
QString greetingFor(const QString &language, const QTime &debtorLocalTime);

// The text with every known placeholder replaced; unknown braces are left
// as they are, so a typo in an office's script shows instead of vanishing.
QString fillScript(const QString &text, const ScriptValues &values);

// The placeholders a text may use, in the script's language ("es", "en"):
// what the editor lists beside the text.
QStringList scriptPlaceholders(const QString &language);

// The braced words of `text` that are no placeholder ("{deuda}"), each
// once, in the order they appear: fillScript() would leave them as typed.
QStringList unknownPlaceholders(const QString &text);

// The placeholders of `text` that tell the debt ({saldo}, {referencia}):
// the third-party rule keeps them out of what someone else hears.
QStringList debtPlaceholders(const QString &text);

// Whether `text` asks for the debtor's reference ({referencia},
// {reference}, in any case): a letter then does not ask again.
bool namesReference(const QString &text);

} // namespace libreta::domain
