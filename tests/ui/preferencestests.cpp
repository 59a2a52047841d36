#include "store/database.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/shortcutswindow.h"
#include "ui/uisettings.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace libreta;

namespace {

// UiSettings on a folder of the test's own.
struct ScratchSettings {
    ScratchSettings() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path()); }
    QTemporaryDir dir;
};

bool hasEntry(const ui::ShortcutsWindow &w, const QKeySequence &keys, const QString &text)
{
    for (const auto &[k, t] : w.entries())
        if (k.split(QStringLiteral(", ")).contains(keys.toString(QKeySequence::NativeText)) && t == text)
            return true;
    return false;
}

} // namespace

TEST_CASE("The preferences dialog stores language and formats, and shows what the formats look like",
          "[ui][preferences]")
{
    ScratchSettings scratch;
    ui::PreferencesDialog dialog(QStringLiteral("MXN"));
    auto *example = dialog.findChild<QLabel *>(QStringLiteral("exampleLabel"));
    REQUIRE(example);
    CHECK(dialog.chosenLanguage().isEmpty());
    CHECK(dialog.chosenFormats().isEmpty());

    dialog.choose(QStringLiteral("en"), QStringLiteral("es_ES"));
    CHECK(example->text().contains(QStringLiteral("1.234.567,89")));
    dialog.choose(QStringLiteral("en"), QStringLiteral("en_US"));
    CHECK(example->text().contains(QStringLiteral("1,234,567.89")));
    dialog.choose(QStringLiteral("es"), QStringLiteral("es_MX"));
    dialog.accept();
    CHECK(dialog.changedSettings());

    ui::UiSettings settings;
    CHECK(settings.language() == QStringLiteral("es"));
    CHECK(settings.formats() == QStringLiteral("es_MX"));
    CHECK(settings.formatLocale().name() == QStringLiteral("es_MX"));
    CHECK(settings.languageLocale().language() == QLocale::Spanish);

    ui::PreferencesDialog again(QStringLiteral("MXN"));
    CHECK(again.chosenLanguage() == QStringLiteral("es"));
    CHECK(again.chosenFormats() == QStringLiteral("es_MX"));
    again.reject();
    CHECK_FALSE(again.changedSettings());
}

TEST_CASE("Formats follow the language in the system's country when the system speaks it", "[ui][preferences]")
{
    const QLocale system = QLocale::system();
    const QString same = system.language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    if (system.language() == QLocale::Spanish || system.language() == QLocale::English)
        CHECK(ui::UiSettings::formatLocaleFor(same, QString()) == system);
    CHECK(ui::UiSettings::formatLocaleFor(QStringLiteral("es"), QStringLiteral("es_CO")).name() == QStringLiteral("es_CO"));
    CHECK(ui::UiSettings::languageLocaleFor(QString()) == system);
}

TEST_CASE("Edit ▸ Preferences opens the dialog without blocking", "[ui][preferences][mainwindow]")
{
    ScratchSettings scratch;
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
    REQUIRE(action);
    CHECK_FALSE(action->shortcut().isEmpty());
    QDialog *dialog = window.showPreferences();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->reject();
}

TEST_CASE("The shortcuts window lists every shortcut of the window's actions, including new ones",
          "[ui][shortcuts][mainwindow]")
{
    ScratchSettings scratch;
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    ui::ShortcutsWindow *shortcuts = window.showShortcuts();
    REQUIRE(shortcuts);
    CHECK(shortcuts->isVisible());
    CHECK_FALSE(shortcuts->isModal());

    // Every action with a shortcut is listed, the view's own ones too.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&').remove(QStringLiteral("…"));
        INFO(text.toStdString());
        CHECK(hasEntry(*shortcuts, action->shortcut(), text.trimmed()));
    }
    CHECK(hasEntry(*shortcuts, QKeySequence(QStringLiteral("Ctrl+F")), QStringLiteral("Find debtor")));
    CHECK(hasEntry(*shortcuts, QKeySequence(QStringLiteral("Ctrl+Shift+L")), QStringLiteral("Clear filters")));

    auto *added = new QAction(QStringLiteral("Something new"), &window);
    added->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+J")));
    shortcuts->refresh();
    CHECK(hasEntry(*shortcuts, added->shortcut(), QStringLiteral("Something new")));
    CHECK(window.showShortcuts() == shortcuts);  // one window, raised again
    shortcuts->close();
}
