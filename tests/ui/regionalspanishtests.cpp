// Spain and Latin America outside Mexico read their own words over the base
// Spanish catalogue, which is written for Mexico. The overlays are kept by
// hand, so this test says when a new base string uses a word a region says
// otherwise, and when an overlay entry no longer matches any base string.

#include "platform/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace libreta;

namespace {

struct Entry {
    QString translation; // numerus forms joined by '|'
    bool numerus = false;
};

// context + source + comment → its translation, as the .ts file holds it.
QHash<QString, Entry> readCatalogue(const QString &name)
{
    QFile file(QStringLiteral(LIBRETA_TRANSLATIONS_DIR "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, Entry> out;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message") {
                source.clear();
                comment.clear();
                entry = Entry{{}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
            } else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"comment")
                comment = xml.readElementText();
            else if (xml.name() == u"translation" && !entry.numerus)
                entry.translation = xml.readElementText();
            else if (xml.name() == u"numerusform")
                entry.translation += (entry.translation.isEmpty() ? QString() : QStringLiteral("|")) + xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.insert(context + u'\x1f' + source + u'\x1f' + comment, entry);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QString readable(const QString &key) { return QString(key).replace(u'\x1f', QStringLiteral(" :: ")); }

void requireOverlayCovers(const QString &overlayName, const QRegularExpression &wordsSaidOtherwise)
{
    const auto base = readCatalogue(QStringLiteral("libreta_es.ts"));
    const auto overlay = readCatalogue(overlayName);
    REQUIRE(overlay.size() > 10);
    for (auto it = overlay.cbegin(); it != overlay.cend(); ++it) {
        INFO(overlayName.toStdString() << " holds a string the base catalogue no longer has: "
                                       << readable(it.key()).toStdString());
        REQUIRE(base.contains(it.key()));
        CHECK(base.value(it.key()).numerus == it->numerus);
        CHECK_FALSE(it->translation.trimmed().isEmpty());
        CHECK(it->translation != base.value(it.key()).translation);
    }
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        if (!wordsSaidOtherwise.match(it->translation).hasMatch())
            continue;
        INFO("«" << it->translation.toStdString() << "» (" << readable(it.key()).toStdString() << ") needs its "
                 << overlayName.toStdString() << " wording");
        REQUIRE(overlay.contains(it.key()));
        CHECK_FALSE(wordsSaidOtherwise.match(overlay.value(it.key()).translation).hasMatch());
    }
}

struct DeskLanguage {
    explicit DeskLanguage(const QLocale &locale) { REQUIRE(platform::installTranslators(locale)); }
    ~DeskLanguage() { platform::installTranslators(QLocale::c()); }
};

QString negotiationOption()
{
    return QCoreApplication::translate("libreta::ui::CallNegotiationPage", "Instalment plan");
}

QString addContact() { return QCoreApplication::translate("libreta::ui::DebtorFileActions", "Add &contact…"); }

} // namespace

TEST_CASE("Spain's overlay words every base string that says agregar, celular, meta, parcialidad, convenio, adeudo or finiquito", "[ui][i18n]")
{
    requireOverlayCovers(QStringLiteral("libreta_es_ES.ts"),
                         QRegularExpression(QStringLiteral("agreg|agrég|celular|\\bmetas?\\b|parcialidad|convenio|adeudo|finiquito"),
                                            QRegularExpression::CaseInsensitiveOption));
}

TEST_CASE("Latin America's overlay words every base string that says parcialidad, al corriente, adeudo or finiquito", "[ui][i18n]")
{
    requireOverlayCovers(QStringLiteral("libreta_es_419.ts"),
                         QRegularExpression(QStringLiteral("parcialidad|al corriente|\\badeudo\\b|finiquito"),
                                            QRegularExpression::CaseInsensitiveOption));
}

TEST_CASE("Each Spanish desk reads its own region's words and the base catalogue for the rest", "[ui][i18n]")
{
    SECTION("Mexico keeps the base")
    {
        DeskLanguage desk(QLocale(QLocale::Spanish, QLocale::Mexico));
        CHECK(negotiationOption() == QStringLiteral("Convenio en parcialidades"));
        CHECK(addContact() == QStringLiteral("Agregar &contacto…"));
    }
    SECTION("Spain")
    {
        DeskLanguage desk(QLocale(QLocale::Spanish, QLocale::Spain));
        CHECK(negotiationOption() == QStringLiteral("Plan de pagos"));
        CHECK(addContact() == QStringLiteral("Añadir &contacto…"));
        CHECK(QCoreApplication::translate("libreta::ui::UserDialog", "Monthly target") == QStringLiteral("Objetivo mensual"));
        // A string no region words otherwise still comes from the base.
        CHECK(QCoreApplication::translate("libreta::ui::DebtorFileView", "The note was added to the file.")
              == QStringLiteral("La nota se añadió al expediente."));
        CHECK(QCoreApplication::translate("ActivityLogDialog", "Office activity") == QStringLiteral("Actividad del despacho"));
    }
    SECTION("A script check names one field or two in agreement")
    {
        DeskLanguage desk(QLocale(QLocale::Spanish, QLocale::Mexico));
        const char *source = "%1: %2 are read before the agent knows who answered, and would tell whoever it is "
                             "about the debt; say them from Active listening on.";
        CHECK(QCoreApplication::translate("CallScript", source, nullptr, 1).contains(QStringLiteral("se lee antes")));
        CHECK(QCoreApplication::translate("CallScript", source, nullptr, 2).contains(QStringLiteral("se leen antes")));
        CHECK(QCoreApplication::translate("CallScript", source, nullptr, 2).contains(QStringLiteral("dígalos")));
    }
    SECTION("Chile, and the rest of Latin America")
    {
        for (const QLocale::Territory territory : {QLocale::Chile, QLocale::Argentina, QLocale::Colombia, QLocale::Peru}) {
            DeskLanguage desk(QLocale(QLocale::Spanish, territory));
            CHECK(negotiationOption() == QStringLiteral("Convenio en cuotas"));
            CHECK(addContact() == QStringLiteral("Agregar &contacto…"));
            CHECK(QCoreApplication::translate("Aging", "Current") == QStringLiteral("Al día"));
            CHECK(QCoreApplication::translate("libreta::ui::UserDialog", "Monthly target") == QStringLiteral("Meta mensual"));
        }
    }
}
