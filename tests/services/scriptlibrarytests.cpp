#include "domain/entitycodes.h"
#include "services/scriptlibrary.h"
#include "servicetesthelpers.h"
#include "support/tempdb.h"

#include <QSet>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("The default scripts ship in Spanish and English, each complete", "[services][scripts]")
{
    CHECK(services::ScriptLibrary::shippedLanguages() == QStringList{QStringLiteral("en"), QStringLiteral("es")});
    for (const QString &language : services::ScriptLibrary::shippedLanguages()) {
        CAPTURE(language.toStdString());
        const auto script = services::ScriptLibrary::shipped(language);
        REQUIRE(script.has_value());
        CHECK(script->language == language);
        CHECK(script->stages.size() == 6);
        for (const QString &stage : script->stages)
            CHECK_FALSE(stage.isEmpty());
        // The presentation names who calls, for whom and whom they ask for;
        // the third party's text never mentions the balance.
        const QString presentation = script->stages.value(QStringLiteral("presentation"));
        CHECK((presentation.contains(QStringLiteral("{agente}")) || presentation.contains(QStringLiteral("{agent}"))));
        CHECK((presentation.contains(QStringLiteral("{empresa}")) || presentation.contains(QStringLiteral("{company}"))));
        CHECK((presentation.contains(QStringLiteral("{deudor}")) || presentation.contains(QStringLiteral("{debtor}"))));
        const QString thirdParty = script->stages.value(QStringLiteral("third_party"));
        CHECK_FALSE(thirdParty.contains(QStringLiteral("{saldo}")));
        CHECK_FALSE(thirdParty.contains(QStringLiteral("{balance}")));

        QSet<QString> categories;
        for (const auto &e : script->excuses)
            categories.insert(toCode(e.category));
        CHECK(categories.size() == allCodes<ExcuseCategory>().size());
        CHECK(script->techniques.size() >= 6);
        CHECK(script->objectionAnswers.size() >= 10);
        CHECK(script->prompts.value(QStringLiteral("listening")).size() >= 4);
        CHECK(script->prompts.value(QStringLiteral("preclose")).size() >= 3);
    }
    // Both languages tick the same techniques, so figures by technique add up.
    QStringList es, en;
    const auto spanish = services::ScriptLibrary::shipped(QStringLiteral("es"));
    const auto english = services::ScriptLibrary::shipped(QStringLiteral("en"));
    for (const auto &t : spanish->techniques)
        es << t.code;
    for (const auto &t : english->techniques)
        en << t.code;
    CHECK(es == en);
    CHECK_FALSE(services::ScriptLibrary::shipped(QStringLiteral("fr")).has_value());
}

TEST_CASE("The defaults are stored once, and a call finds the script of its language", "[services][scripts]")
{
    test::TempDb t;
    services::ScriptLibrary library(t.db());
    const auto english = library.scriptFor(QStringLiteral("en"));
    REQUIRE(english.has_value());
    CHECK(english->language == QStringLiteral("en"));
    CHECK(english->version == 1);
    CHECK(english->excuses.size() == 9);
    CHECK(library.installDefaults() == 0);

    const auto spanish = library.scriptFor(QStringLiteral("es"));
    REQUIRE(spanish.has_value());
    CHECK(spanish->language == QStringLiteral("es"));
    CHECK(spanish->id != english->id);
    // A language with no script falls back to Spanish.
    CHECK(library.scriptFor(QStringLiteral("pt"))->id == spanish->id);

    // An office's own version is what calls read from then on.
    store::CallScript edited = *spanish;
    edited.stages[QStringLiteral("presentation")] = QStringLiteral("Hola, habla {agente}.");
    store::ScriptRepository(t.db()).addVersion(edited);
    const auto now = library.scriptFor(QStringLiteral("es"));
    CHECK(now->version == 2);
    CHECK(now->stages.value(QStringLiteral("presentation")) == QStringLiteral("Hola, habla {agente}."));
    CHECK(now->techniques.size() == spanish->techniques.size());
    CHECK(library.installDefaults() == 0);
}
