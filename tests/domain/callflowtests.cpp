#include "domain/callflow.h"
#include "domain/callworksheet.h"
#include "domain/scripttext.h"
#include "domaintesthelpers.h"

#include <QJsonDocument>

using namespace libreta::domain;
using libreta::tests::utc;

TEST_CASE("Who answered decides whether the call goes past the presentation, and as what", "[domain][call]")
{
    CHECK_FALSE(outcomeWithoutConversation(AnsweredBy::Debtor).has_value());
    CHECK_FALSE(outcomeWithoutConversation(AnsweredBy::DecisionMaker).has_value());
    CHECK(outcomeWithoutConversation(AnsweredBy::ThirdParty) == CallOutcome::ThirdParty);
    CHECK(outcomeWithoutConversation(AnsweredBy::Nobody) == CallOutcome::NoAnswer);
    CHECK(outcomeWithoutConversation(AnsweredBy::Voicemail) == CallOutcome::Voicemail);
    CHECK(outcomeWithoutConversation(AnsweredBy::WrongNumber) == CallOutcome::WrongNumber);
}

TEST_CASE("The next attempt is suggested inside the debtor's calling window", "[domain][call]")
{
    const ContactRuleSettings rules;  // 07:00-22:00
    const QString zone = QStringLiteral("America/Mexico_City");  // UTC-6
    // 11:00 local: nobody -> 13:00 the same day.
    NextAttempt next = suggestNextAttempt(AnsweredBy::Nobody, utc(2026, 3, 10, 17, 0), rules, zone);
    CHECK(next.atUtc == utc(2026, 3, 10, 19, 0));
    CHECK_FALSE(next.reason.isEmpty());
    // 21:00 local: two hours later is 23:00, so it moves to 07:00 the next morning.
    next = suggestNextAttempt(AnsweredBy::Nobody, utc(2026, 3, 11, 3, 0), rules, zone);
    CHECK(next.atUtc == utc(2026, 3, 11, 13, 0));
    CHECK(next.windowNote.contains(QStringLiteral("window")));
    // A time typed instead is judged as it is: 23:30 local is outside, 09:00 inside.
    CHECK(closedWindowNote(rules, utc(2026, 3, 11, 5, 30), zone).contains(QStringLiteral("closed")));
    CHECK(closedWindowNote(rules, utc(2026, 3, 11, 15, 0), zone).isEmpty());
    // Voicemail and wrong number: tomorrow; a third party: three hours.
    CHECK(suggestNextAttempt(AnsweredBy::Voicemail, utc(2026, 3, 10, 17, 0), rules, zone).atUtc
          == utc(2026, 3, 11, 17, 0));
    CHECK(suggestNextAttempt(AnsweredBy::WrongNumber, utc(2026, 3, 10, 17, 0), rules, zone).atUtc
          == utc(2026, 3, 11, 17, 0));
    CHECK(suggestNextAttempt(AnsweredBy::ThirdParty, utc(2026, 3, 10, 17, 0), rules, zone).atUtc
          == utc(2026, 3, 10, 20, 0));
}

TEST_CASE("The right person who cannot talk now ends the call at the presentation as a call-back",
          "[domain][call]")
{
    CHECK(outcomeAtPresentation(AnsweredBy::Debtor, true) == CallOutcome::Callback);
    CHECK(outcomeAtPresentation(AnsweredBy::DecisionMaker, true) == CallOutcome::Callback);
    CHECK_FALSE(outcomeAtPresentation(AnsweredBy::Debtor, false).has_value());
    // Anyone else's answer keeps its own outcome, ticked or not.
    CHECK(outcomeAtPresentation(AnsweredBy::ThirdParty, true) == CallOutcome::ThirdParty);
    CHECK(outcomeAtPresentation(AnsweredBy::Nobody, true) == CallOutcome::NoAnswer);

    const ContactRuleSettings rules;  // 07:00-22:00
    const QString zone = QStringLiteral("America/Mexico_City");  // UTC-6
    // 11:00 local: an hour later unless the agent types the hour they said.
    NextAttempt asked = suggestCallBackAsked(utc(2026, 3, 10, 17, 0), rules, zone);
    CHECK(asked.atUtc == utc(2026, 3, 10, 18, 0));
    CHECK(asked.reason.contains(QStringLiteral("asked to be called")));
    // 21:30 local: an hour later is past the window, so 07:00 the next day.
    asked = suggestCallBackAsked(utc(2026, 3, 11, 3, 30), rules, zone);
    CHECK(asked.atUtc == utc(2026, 3, 11, 13, 0));
    CHECK_FALSE(asked.windowNote.isEmpty());
}

TEST_CASE("The stages follow each other in the method's order", "[domain][call]")
{
    CallStage stage = CallStage::Presentation;
    QList<CallStage> seen{stage};
    while (const auto next = nextStage(stage)) {
        CHECK(previousStage(*next) == stage);
        stage = *next;
        seen << stage;
    }
    CHECK(seen == QList<CallStage>{CallStage::Presentation, CallStage::Listening, CallStage::Negotiation,
                                   CallStage::PreClose, CallStage::Close});
    CHECK_FALSE(previousStage(CallStage::Presentation).has_value());
    CHECK(seen.size() == kCallStageCount);
}

TEST_CASE("A worksheet survives JSON with accents, big amounts and unset answers", "[domain][call]")
{
    CallWorksheet w;
    w.debtorId = 123456789012;
    w.startedAtUtc = utc(2026, 3, 10, 17, 0);
    w.stage = CallStage::PreClose;
    w.answeredBy = AnsweredBy::DecisionMaker;
    w.cannotTalkNow = true;
    w.notes = {QStringLiteral("Contestó la señora Núñez"), QStringLiteral("«No me han pagado»"), {}, {}, {}};
    w.excuseCategory = ExcuseCategory::SaysAlreadyPaid;
    w.able = false;  // willing left unanswered
    w.techniques = {QStringLiteral("empathy")};
    PaymentOption o;
    o.kind = OptionKind::PartNowRestLater;
    o.balance = Money::fromMinor(9007199254740993);  // beyond a double's exact integers
    o.partNow = Money::fromMinor(1);
    o.date = QDate(2026, 3, 10);
    o.restDate = QDate(2026, 4, 10);
    o.method = PaymentMethod::Card;
    w.option = o;
    w.preCloseAnswer = PreCloseAnswer::Refusal;
    w.alternativeOffered = true;
    w.callbackAtUtc = utc(2026, 3, 12, 15, 30);
    w.overrideReason = QStringLiteral("Lo pidió el deudor");

    const QByteArray json = QJsonDocument(w.toJson()).toJson();
    const auto back = CallWorksheet::fromJson(QJsonDocument::fromJson(json).object());
    REQUIRE(back.has_value());
    CHECK(*back == w);
    CHECK_FALSE(back->willing.has_value());
    CHECK(back->able == false);
    CHECK(back->cannotTalkNow);
    // A draft kept before the question existed reads as a conversation.
    QJsonObject older = w.toJson();
    older.remove(QStringLiteral("cannot_talk_now"));
    CHECK_FALSE(CallWorksheet::fromJson(older)->cannotTalkNow);
    CHECK(back->option->balance == Money::fromMinor(9007199254740993));

    QJsonObject other = w.toJson();
    other.insert(QStringLiteral("format"), 2);
    CHECK_FALSE(CallWorksheet::fromJson(other).has_value());
    CHECK_FALSE(CallWorksheet::fromJson(QJsonObject()).has_value());
}

TEST_CASE("Script texts are filled with Spanish or English placeholders", "[domain][call]")
{
    ScriptValues v;
    v.agent = QStringLiteral("Lucía");
    v.company = QStringLiteral("Despacho Centro");
    v.debtor = QStringLiteral("José Pérez");
    v.balance = QStringLiteral("$1,200.00");
    v.reference = QStringLiteral("CLI-7");
    CHECK(fillScript(QStringLiteral("Soy {agente}, de {empresa}. ¿Hablo con {deudor}? Saldo {saldo}, ref. {referencia}."), v)
          == QStringLiteral("Soy Lucía, de Despacho Centro. ¿Hablo con José Pérez? Saldo $1,200.00, ref. CLI-7."));
    CHECK(fillScript(QStringLiteral("This is {agent} from {Company} for {debtor}: {balance}"), v)
          == QStringLiteral("This is Lucía from Despacho Centro for José Pérez: $1,200.00"));
    CHECK(fillScript(QStringLiteral("{agnte} stays"), v) == QStringLiteral("{agnte} stays"));
    v.debtor = QStringLiteral("Transportes Flores S.A. de C.V.");
    CHECK(fillScript(QStringLiteral("Muy bien, {deudor}. Para que quede anotado: ¿{deudor}?"), v)
          == QStringLiteral("Muy bien, Transportes Flores S.A. de C.V. Para que quede anotado: ¿Transportes Flores S.A. de C.V.?"));
    v.greeting = greetingFor(QStringLiteral("es"), QTime(15, 30));
    CHECK(fillScript(QStringLiteral("{saludo}, soy {agente}."), v) == QStringLiteral("Buenas tardes, soy Lucía."));
    CHECK(greetingFor(QStringLiteral("es"), QTime(9, 0)) == QStringLiteral("Buenos días"));
    CHECK(greetingFor(QStringLiteral("es"), QTime(21, 0)) == QStringLiteral("Buenas noches"));
    // Seven in the evening is still the afternoon in Spain.
    CHECK(greetingFor(QStringLiteral("es"), QTime(19, 30)) == QStringLiteral("Buenas tardes"));
    CHECK(greetingFor(QStringLiteral("es"), QTime(20, 0)) == QStringLiteral("Buenas noches"));
    CHECK(greetingFor(QStringLiteral("en"), QTime(11, 59)) == QStringLiteral("Good morning"));
    CHECK(greetingFor(QStringLiteral("en"), QTime(12, 0)) == QStringLiteral("Good afternoon"));
}

TEST_CASE("A script text's braced words are told apart: placeholders, typos and what tells the debt", "[domain][call]")
{
    CHECK(scriptPlaceholders(QStringLiteral("es")).first() == QStringLiteral("{agente}"));
    CHECK(scriptPlaceholders(QStringLiteral("en")).contains(QStringLiteral("{balance}")));
    CHECK(unknownPlaceholders(QStringLiteral("Soy {agente} de {Empresa}; {saludo}")).isEmpty());
    CHECK(unknownPlaceholders(QStringLiteral("{deuda} y {agnte}, otra vez {Deuda}; {agent}"))
          == QStringList{QStringLiteral("{deuda}"), QStringLiteral("{agnte}")});
    CHECK(unknownPlaceholders(QStringLiteral("llaves vacías {} o {con espacios}")).isEmpty());
    CHECK(debtPlaceholders(QStringLiteral("Busco a {deudor}, soy {agente}.")).isEmpty());
    CHECK(debtPlaceholders(QStringLiteral("Debe {SALDO} de la factura {reference}; {saldo}"))
          == QStringList{QStringLiteral("{SALDO}"), QStringLiteral("{reference}")});
    CHECK(namesReference(QStringLiteral("BBVA, CLABE 0121, referencia {Referencia}")));
    CHECK(namesReference(QStringLiteral("quote {reference}")));
    CHECK_FALSE(namesReference(QStringLiteral("Deposite {saldo} en BBVA; referencia: su número de cliente")));
}
