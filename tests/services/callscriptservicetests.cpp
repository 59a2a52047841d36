// Edit ▸ Call script: supervisors keep the office's words for each stage
// and its answers to objections; each save is a new version, the calls
// made keep the one their agent read, and a wrong text is refused naming
// its stage or objection, with nothing stored.

#include "servicetesthelpers.h"
#include "support/tempdb.h"

#include "services/callscriptservice.h"
#include "services/inputerror.h"
#include "services/scriptlibrary.h"
#include "store/auditrepository.h"
#include "store/scriptrepository.h"
#include "store/userrepository.h"

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::services;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));

Id addSupervisor(store::Database &db)
{
    return store::UserRepository(db).add(User{0, QStringLiteral("sue"), QStringLiteral("Sue Ríos"), UserRole::Supervisor, true});
}

// The field a refused script names, or "" when it was stored.
QString refusedField(CallScriptService &scripts, const store::CallScript &s)
{
    try {
        scripts.save(s);
    } catch (const InputError &e) {
        return e.field();
    }
    return {};
}

} // namespace

TEST_CASE("A supervisor's edit of the call script is the next version, and the calls from then on read it",
          "[services][script]")
{
    test::TempDb t;
    const Id sue = addSupervisor(t.db());
    CallScriptService scripts(t.db(), kClock, sue);
    REQUIRE(scripts.mayChange());
    const store::CallScript first = scripts.current(QStringLiteral("es"));
    REQUIRE(first.id != 0);
    CHECK(first.version == 1);
    CHECK_FALSE(first.createdBy.has_value());  // the words Libreta ships
    CHECK(scripts.authorName(first).isEmpty());

    store::CallScript edited = first;
    edited.stages[QStringLiteral("presentation")] = QStringLiteral("  {saludo}, habla {agente} de {empresa}.  ");
    edited.objectionAnswers.append({QStringLiteral("Prefiero pagar en efectivo"), QStringLiteral("Con gusto: ¿en qué sucursal y en qué fecha?")});
    const auto version = scripts.save(edited);
    REQUIRE(version);
    CHECK(*version == 2);

    const auto now = ScriptLibrary(t.db()).scriptFor(QStringLiteral("es"));
    REQUIRE(now);
    CHECK(now->version == 2);
    CHECK(now->stages.value(QStringLiteral("presentation")) == QStringLiteral("{saludo}, habla {agente} de {empresa}."));
    CHECK(now->stages.value(QStringLiteral("close")) == first.stages.value(QStringLiteral("close")));
    CHECK(now->objectionAnswers.size() == first.objectionAnswers.size() + 1);
    CHECK(now->objectionAnswers.last().first == QStringLiteral("Prefiero pagar en efectivo"));
    // The catalogues a call's stages offer come along unchanged.
    CHECK(now->excuses.size() == first.excuses.size());
    CHECK(now->techniques.size() == first.techniques.size());
    CHECK(now->prompts == first.prompts);
    CHECK(now->createdBy == sue);
    CHECK(now->createdAt == kClock.nowUtc());
    CHECK(scripts.authorName(*now) == QStringLiteral("Sue Ríos"));
    // A call made before keeps pointing at the words its agent read.
    const auto before = store::ScriptRepository(t.db()).byId(first.id);
    REQUIRE(before);
    CHECK(before->stages.value(QStringLiteral("presentation")) == first.stages.value(QStringLiteral("presentation")));
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("script.changed")});
}

TEST_CASE("Saving the call script without a change stores nothing", "[services][script]")
{
    test::TempDb t;
    CallScriptService scripts(t.db(), kClock, addSupervisor(t.db()));
    store::CallScript same = scripts.current(QStringLiteral("es"));
    // Spaces around a text are not a change.
    same.stages[QStringLiteral("close")] += QStringLiteral("\n");
    CHECK_FALSE(scripts.save(same).has_value());
    CHECK(scripts.current(QStringLiteral("es")).version == 1);
    CHECK_FALSE(test::auditActions(t.db()).contains(QStringLiteral("script.changed")));
}

TEST_CASE("A wrong stage or objection is refused naming it, and the script stays as it was", "[services][script]")
{
    test::TempDb t;
    CallScriptService scripts(t.db(), kClock, addSupervisor(t.db()));
    const store::CallScript first = scripts.current(QStringLiteral("es"));

    store::CallScript s = first;
    s.stages[QStringLiteral("listening")] = QStringLiteral("   ");
    CHECK(refusedField(scripts, s) == QStringLiteral("stage.listening"));

    s = first;
    s.stages[QStringLiteral("negotiation")] = QStringLiteral("Su {deuda} es de {saldo}.");
    try {
        scripts.save(s);
        FAIL("an unknown placeholder was stored");
    } catch (const InputError &e) {
        CHECK(e.field() == QStringLiteral("stage.negotiation"));
        CHECK(e.message().contains(QStringLiteral("{deuda}")));
        CHECK(e.message().contains(QStringLiteral("{saldo}")));  // what it can use instead
    }

    // The third-party rule: whoever is not the debtor never hears the debt.
    s = first;
    s.stages[QStringLiteral("third_party")] = QStringLiteral("Busco a {deudor} por un saldo de {saldo}.");
    CHECK(refusedField(scripts, s) == QStringLiteral("stage.third_party"));
    // Nor whoever picks up, before the presentation has confirmed who it is.
    s = first;
    s.stages[QStringLiteral("presentation")] = first.stages.value(QStringLiteral("presentation"))
                                               + QStringLiteral(" Su saldo es de {saldo}.");
    CHECK(refusedField(scripts, s) == QStringLiteral("stage.presentation"));

    s = first;
    s.stages[QStringLiteral("close")] = QString(CallScriptService::kMaxStageLength + 1, QLatin1Char('a'));
    CHECK(refusedField(scripts, s) == QStringLiteral("stage.close"));

    s = first;
    s.objectionAnswers = {{QStringLiteral("No tengo dinero"), QStringLiteral("¿Qué parte podría cubrir hoy?")},
                          {QStringLiteral("Ya pagué"), QStringLiteral(" ")}};
    CHECK(refusedField(scripts, s) == QStringLiteral("objection.2"));

    s.objectionAnswers = {{QStringLiteral("Ya pagué"), QStringLiteral("¿Con qué referencia?")},
                          {QStringLiteral(""), QStringLiteral("Una respuesta sin objeción")}};
    CHECK(refusedField(scripts, s) == QStringLiteral("objection.2"));

    // The same words with other accents or capitals are the same objection.
    s.objectionAnswers = {{QStringLiteral("Ya pagué"), QStringLiteral("¿Con qué referencia?")},
                          {QStringLiteral("Llámeme después"), QStringLiteral("¿A qué hora?")},
                          {QStringLiteral("YA PAGUE"), QStringLiteral("Otra respuesta")}};
    CHECK(refusedField(scripts, s) == QStringLiteral("objection.3"));

    const store::CallScript after = scripts.current(QStringLiteral("es"));
    CHECK(after.version == 1);
    CHECK(after.stages == first.stages);
    CHECK(after.objectionAnswers == first.objectionAnswers);
}

TEST_CASE("A supervisor adds a technique of the office's, renames another, takes one off and rewords a reason",
          "[services][script]")
{
    test::TempDb t;
    const Id sue = addSupervisor(t.db());
    CallScriptService scripts(t.db(), kClock, sue);
    const store::CallScript first = scripts.current(QStringLiteral("es"));
    REQUIRE(first.techniques.size() >= 3);
    REQUIRE_FALSE(first.excuses.isEmpty());

    store::CallScript edited = first;
    const QString renamedCode = edited.techniques[0].code;
    const QString removedCode = edited.techniques[1].code;
    const QString removedName = edited.techniques[1].label;
    edited.techniques[0].label = QStringLiteral("  Ofrecer opciones de pago ");
    edited.techniques.removeAt(1);
    edited.techniques.append({QString(), QStringLiteral("Pregunta abierta: ¿qué sí puede?"),
                              QStringLiteral("Preguntar qué puede pagar, no si puede pagar.")});
    edited.excuses[0].label = QStringLiteral("No le llegó la factura");
    edited.excuses[0].hint = QStringLiteral("Confirme el correo y reenvíela en la llamada.");
    edited.excuses[0].suggestedKind = ExcuseKind::Excuse;
    REQUIRE(scripts.save(edited) == std::optional<int>(2));

    const store::CallScript now = scripts.current(QStringLiteral("es"));
    REQUIRE(now.techniques.size() == first.techniques.size());
    CHECK(now.techniques[0].code == renamedCode);  // calls keep counting under its code
    CHECK(now.techniques[0].label == QStringLiteral("Ofrecer opciones de pago"));
    CHECK(now.techniques.last().code == QStringLiteral("pregunta_abierta_que_si_puede"));
    CHECK(now.techniques.last().description == QStringLiteral("Preguntar qué puede pagar, no si puede pagar."));
    for (const store::ScriptTechnique &technique : now.techniques)
        CHECK(technique.code != removedCode);
    CHECK(now.excuses.size() == first.excuses.size());
    CHECK(now.excuses[0].category == first.excuses[0].category);
    CHECK(now.excuses[0].label == QStringLiteral("No le llegó la factura"));
    CHECK(now.excuses[0].suggestedKind == ExcuseKind::Excuse);
    CHECK(now.excuses[1] == first.excuses[1]);
    CHECK(store::AuditRepository(t.db()).latest(1).first().details.endsWith(QStringLiteral(" techniques=%1 reasons_changed=1")
                                                            .arg(now.techniques.size())));
    // The Panel still names the technique taken off as it was last called.
    CHECK(store::ScriptRepository(t.db()).techniqueNames(QStringLiteral("es")).value(removedCode) == removedName);

    // A technique with no name, or one named twice, is refused by its place.
    store::CallScript wrong = now;
    wrong.techniques.append({QString(), QStringLiteral("  "), QString()});
    CHECK(refusedField(scripts, wrong) == QStringLiteral("technique.%1").arg(wrong.techniques.size()));
    wrong.techniques.last().label = QStringLiteral("ofrecer OPCIONES de págo");
    CHECK(refusedField(scripts, wrong) == QStringLiteral("technique.%1").arg(wrong.techniques.size()));
    wrong = now;
    wrong.excuses[2].label = wrong.excuses[3].label;
    CHECK(refusedField(scripts, wrong) == QStringLiteral("reason.4"));
    wrong.excuses[2].label = QString();
    CHECK(refusedField(scripts, wrong) == QStringLiteral("reason.3"));
    CHECK(scripts.current(QStringLiteral("es")).version == 2);
}

TEST_CASE("An agent reads the call script but cannot change it", "[services][script]")
{
    test::TempDb t;
    addSupervisor(t.db());
    const Id ana = store::UserRepository(t.db()).add(User{0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    CallScriptService scripts(t.db(), kClock, ana);
    CHECK_FALSE(scripts.mayChange());
    store::CallScript s = scripts.current(QStringLiteral("es"));
    s.stages[QStringLiteral("close")] = QStringLiteral("Gracias, {deudor}.");
    CHECK(refusedField(scripts, s) == QStringLiteral("script"));
    CHECK(scripts.current(QStringLiteral("es")).version == 1);
}
