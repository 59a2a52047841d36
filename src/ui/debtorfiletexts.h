#pragma once

#include "domain/entities.h"
#include "ui/moneyformatter.h"

#include <QCoreApplication>
#include <QHash>

namespace libreta::ui {

// The short phrases the debtor file and its dialogs share, so a promise or
// a date reads the same in the header, the tables, the timeline and the
// payment preview.
class DebtorFileTexts final {
    Q_DECLARE_TR_FUNCTIONS(DebtorFileTexts)

public:
    static QString date(const QDate &date);
    // An instant stored in UTC, shown in the desk's local time.
    static QString dateTime(const QDateTime &utc);
    // "$800.00 due 12/03/2026" (and "instalment 2" inside a plan).
    static QString promise(const domain::Promise &promise, const MoneyFormatter &money);
    // A promise still to keep, as the agent asks for it: what is left of
    // it when part is paid ("$5,000.50 left of $20,000.50 due 09/12/26").
    static QString openPromise(const domain::Promise &promise, const MoneyFormatter &money);
    // Each number with its label, and "wrong number on 03/12/2026" after one
    // whose last call reached a stranger (`wrongNumbers`: number -> day).
    static QString phones(const domain::Contact &contact, const QHash<QString, QDate> &wrongNumbers = {});
    static QString emails(const domain::Contact &contact);
    // "Said 2 times so far" for the nth time an excuse is given (n >= 2).
    static QString repeatedExcuse(int occurrence);
    // What a call came to: "Promise · Debtor", or only "Voicemail" when
    // who answered already says it (no one, a voicemail, a wrong number, a
    // third party), rather than "Voicemail · Voicemail".
    static QString callResult(const domain::Call &call);
    // "That is 17:00 for the debtor." for a call set at `atUtc`, on the
    // clock of the debtor's zone; empty when the zone is unknown.
    static QString timeForDebtor(const QDateTime &atUtc, const QString &timeZoneId);
};

} // namespace libreta::ui
