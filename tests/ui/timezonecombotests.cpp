// The time zone field: the market's zones by place and country, the id
// kept; typed without accents it still finds them.

#include "platform/translations.h"
#include "ui/timezonecombo.h"
#include "ui/timezonenames.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>

#include <catch2/catch.hpp>

using namespace libreta;

TEST_CASE("The time zone field names the market's zones and keeps their ids", "[ui][timezone]")
{
    QComboBox combo;
    combo.setEditable(true);
    ui::fillTimeZones(&combo, QStringLiteral("Europe/Madrid"));
    CHECK(combo.currentText().startsWith(QStringLiteral("Madrid, Spain (UTC+")));
    CHECK(ui::chosenTimeZone(&combo) == QStringLiteral("Europe/Madrid"));
    // Mexico first; Mexico City has had no summer time since 2022.
    CHECK(combo.itemText(0) == QStringLiteral("Mexico City, Mexico (UTC\u22126)"));

    // Any other zone the system knows is offered by its id.
    ui::fillTimeZones(&combo, QStringLiteral("Europe/Paris"));
    CHECK(combo.currentText() == QStringLiteral("Europe/Paris"));
    CHECK(ui::chosenTimeZone(&combo) == QStringLiteral("Europe/Paris"));

    combo.setCurrentText(QStringLiteral("  canary islands, spain (utc)  "));
    CHECK(ui::chosenTimeZone(&combo) == QStringLiteral("Atlantic/Canary"));
    combo.setCurrentText(QStringLiteral(" America/Lima "));
    CHECK(ui::chosenTimeZone(&combo) == QStringLiteral("America/Lima"));
    // What is not a zone goes to the office's check as typed.
    combo.setCurrentText(QStringLiteral(" Marte "));
    CHECK(ui::chosenTimeZone(&combo) == QStringLiteral("Marte"));
}

TEST_CASE("The time zone field finds a Spanish name typed without its accents", "[ui][timezone]")
{
    struct SpanishScope {
        SpanishScope() { platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Mexico)); }
        ~SpanishScope() { platform::installTranslators(QLocale::c()); }
    } spanish;
    CHECK(ui::TimeZoneNames::place(QStringLiteral("America/Mexico_City")) == QStringLiteral("Ciudad de México"));
    CHECK(ui::TimeZoneNames::place(QStringLiteral("America/Argentina/Buenos_Aires")) == QStringLiteral("Buenos Aires"));
    CHECK(ui::TimeZoneNames::place(QStringLiteral("Asia/Ho_Chi_Minh")) == QStringLiteral("Ho Chi Minh"));

    QComboBox combo;
    combo.setEditable(true);
    ui::fillTimeZones(&combo, QStringLiteral("America/Mexico_City"));
    CHECK(combo.currentText() == QStringLiteral("Ciudad de México, México (UTC\u22126)"));

    QCompleter *completer = combo.completer();
    completer->setCompletionPrefix(QStringLiteral("cancun"));
    REQUIRE(completer->completionCount() == 1);
    // The field gets the name, not the text it was found by.
    CHECK(completer->pathFromIndex(completer->completionModel()->index(0, 0)) ==
          QStringLiteral("Cancún, Quintana Roo, México (UTC\u22125)"));
    completer->setCompletionPrefix(QStringLiteral("MÉXICO"));
    CHECK(completer->completionCount() >= 11);  // Mexico's zones, and America/Mexico_City's id among them
    completer->setCompletionPrefix(QStringLiteral("canarias"));
    CHECK(completer->completionCount() == 1);
}
