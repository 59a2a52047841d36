#pragma once

#include "domain/entities.h"
#include "domain/entitycodes.h"
#include "domain/paymentoption.h"

#include <QJsonObject>

namespace libreta::domain {

// Everything typed in a call that is not saved yet, as the five stages hold
// it. It is what a draft keeps (as JSON) so that a crash loses nothing, and
// what becomes the call record when the agent saves.
struct CallWorksheet {
    Id debtorId = 0;
    std::optional<Id> contactId;
    QString phone;
    QDateTime startedAtUtc;
    qint64 elapsedSeconds = 0;  // the call timer, so a recovered call counts on
    CallStage stage = CallStage::Presentation;

    std::optional<AnsweredBy> answeredBy;
    // The debtor (or who decides payment) came to the phone but cannot talk
    // now and said when to call: the call ends at the presentation with that
    // call-back, and nothing about the debt is recorded.
    bool cannotTalkNow = false;
    StageNotes notes;
    std::optional<ExcuseCategory> excuseCategory;
    QString excuseWords;
    std::optional<ExcuseKind> excuseKind;
    std::optional<bool> willing;
    std::optional<bool> able;
    QStringList techniques;  // codes from the script's catalogue
    std::optional<PaymentOption> option;
    bool replaceOpenPromises = true;
    std::optional<PreCloseAnswer> preCloseAnswer;
    bool alternativeOffered = false;
    QString refusalReason;
    QString nextStep;
    QString commitmentText;
    bool confirmed = false;
    std::optional<QDateTime> callbackAtUtc;
    QString overrideReason;
    std::optional<Id> scriptId;
    int scriptVersion = 0;

    bool operator==(const CallWorksheet &) const = default;

    QJsonObject toJson() const;
    // nullopt when the object is not a worksheet this program can read.
    static std::optional<CallWorksheet> fromJson(const QJsonObject &json);
};

QString toCode(CallStage stage);
QString toCode(OptionKind kind);
template <> std::optional<CallStage> fromCode<CallStage>(QStringView code);
template <> std::optional<OptionKind> fromCode<OptionKind>(QStringView code);

} // namespace libreta::domain
