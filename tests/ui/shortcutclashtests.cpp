#include "debtorfiletesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/documentbatchdialog.h"
#include "platform/translations.h"
#include "ui/mainwindow.h"
#include "ui/shortcutswindow.h"

#include <QDir>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QKeySequence>
#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>

using namespace libreta;

namespace {

bool windowWide(const QAction *action)
{
    return action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut;
}

QString describe(const QAction *action)
{
    return action->objectName().isEmpty() ? action->text() : action->objectName();
}

} // namespace

// Two actions answering the same keys at once do nothing at all in Qt (the
// shortcut is "ambiguous"), so a clash is a key that silently stops working.
TEST_CASE("No two actions of the desk answer the same keys", "[ui][mainwindow][shortcuts]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    ui::MainWindow window(std::move(t.database));
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);
    REQUIRE(file);
    window.debtorFiles()->startCall(seeded.debtorId);

    QMap<QString, QList<const QAction *>> byKeys;
    for (const QAction *action : window.findChildren<QAction *>())
        for (const QKeySequence &keys : action->shortcuts())
            byKeys[keys.toString(QKeySequence::PortableText)].append(action);
    // The menus' keys and the call's are all seen.
    REQUIRE(byKeys.contains(QStringLiteral("Ctrl+O")));
    REQUIRE(byKeys.contains(QStringLiteral("Ctrl+T")));
    REQUIRE(byKeys.contains(QStringLiteral("Alt+Right")));
    QStringList clashes;
    for (auto it = byKeys.cbegin(); it != byKeys.cend(); ++it) {
        const QList<const QAction *> &actions = it.value();
        const auto wide = std::count_if(actions.cbegin(), actions.cend(), windowWide);
        // Actions bound to different panes may share keys; one that works in
        // the whole window clashes with any other.
        if (actions.size() > 1 && wide > 0) {
            QStringList names;
            for (const QAction *a : actions)
                names << describe(a);
            clashes << it.key() + QStringLiteral(": ") + names.join(QStringLiteral(", "));
        }
    }
    INFO(clashes.join(QStringLiteral("\n")).toStdString());
    CHECK(clashes.isEmpty());
}

namespace {

// The letter after a lone '&' ("Sc&hedule" → 'h'); none for "&&".
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Entries of one menu (or of the menu bar) that share a letter, and the
// same for every submenu below it.
void findMnemonicClashes(const QString &where, const QList<QAction *> &actions, QStringList &clashes)
{
    QMap<QChar, QStringList> byLetter;
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QChar letter = mnemonicOf(action->text());
        if (!letter.isNull())
            byLetter[letter].append(action->text());
        if (action->menu())
            findMnemonicClashes(action->text(), action->menu()->actions(), clashes);
    }
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            clashes << where + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
}

} // namespace

// Two entries of a menu with the same underlined letter make Alt+letter
// only move between them: the agent's keyboard route silently stops.
TEST_CASE("No two entries of a menu share an underlined letter, in English or in each Spanish", "[ui][mainwindow][shortcuts]")
{
    for (const QLocale &language : {QLocale::c(), QLocale(QLocale::Spanish, QLocale::Mexico), QLocale(QLocale::Spanish, QLocale::Spain),
                                   QLocale(QLocale::Spanish, QLocale::Chile)}) {
        // Spanish must really load, or English would be read twice.
        CHECK(platform::installTranslators(language) == (language.language() == QLocale::Spanish));
        test::PrompterScope prompts;
        test::TempDb t;
        ui::MainWindow window(std::move(t.database));
        QStringList clashes;
        findMnemonicClashes(QStringLiteral("menu bar"), window.menuBar()->actions(), clashes);
        INFO(language.name().toStdString() + "\n" + clashes.join(QStringLiteral("\n")).toStdString());
        CHECK(clashes.isEmpty());
        // The Debtor menu and the export submenu are among those read.
        CHECK(window.menuBar()->actions().size() >= 5);
    }
    platform::installTranslators(QLocale::c());
}

// The same for a form: two of its choices with one underlined letter make
// Alt+letter move between them, never press the button.
TEST_CASE("No two choices of Documents for several debtors share an underlined letter", "[ui][shortcuts][documents]")
{
    for (const QLocale &language : {QLocale::c(), QLocale(QLocale::Spanish, QLocale::Mexico), QLocale(QLocale::Spanish, QLocale::Spain),
                                   QLocale(QLocale::Spanish, QLocale::Chile)}) {
        CHECK(platform::installTranslators(language) == (language.language() == QLocale::Spanish));
        test::TempDb t;
        const domain::FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
        // Two debtors picked: every choice of the form is there.
        ui::DocumentBatchDialog dialog(ui::FormContext{t.db(), clock, std::nullopt}, {}, {1, 2});
        QMap<QChar, QStringList> byLetter;
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            if (const QChar letter = mnemonicOf(button->text()); !letter.isNull())
                byLetter[letter].append(button->text());
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (const QChar letter = mnemonicOf(label->text()); label->buddy() && !letter.isNull())
                byLetter[letter].append(label->text());
        QStringList clashes;
        for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
            if (it.value().size() > 1)
                clashes << it.value().join(QStringLiteral(", "));
        INFO(language.name().toStdString() + "\n" + clashes.join(QStringLiteral("\n")).toStdString());
        CHECK(clashes.isEmpty());
        CHECK(byLetter.size() >= 10);
    }
    platform::installTranslators(QLocale::c());
}

// The menus write the keys as the guide does ("Ctrl+Mayús+O"), not as Qt's
// own Spanish spells them out ("Control+Mayúsculas+O").
TEST_CASE("Shortcuts read Ctrl and Mayús in Spanish", "[ui][shortcuts]")
{
    REQUIRE(platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Mexico)));
    const QString shown = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText);
    platform::installTranslators(QLocale::c());
    CHECK(shown == QStringLiteral("Ctrl+Mayús+O"));
    CHECK(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText) == QStringLiteral("Ctrl+Shift+O"));
}

// The file dialogs say "archivo" and "carpeta" as the rest of the desk does,
// not Qt's own "fichero" and "directorio".
TEST_CASE("The file dialog speaks of archivos and carpetas in Spanish", "[ui][filedialogs]")
{
    REQUIRE(platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Spain)));
    const QString name = QCoreApplication::translate("QFileDialog", "File &name:");
    const QString types = QCoreApplication::translate("QFileDialog", "Files of type:");
    const QString up = QCoreApplication::translate("QFileDialog", "Go to the parent directory");
    const QString folder = QFileIconProvider().type(QFileInfo(QDir::tempPath()));
    const QString modified = QCoreApplication::translate("QFileSystemModel", "Date Modified");
    platform::installTranslators(QLocale::c());
    CHECK(name == QStringLiteral("&Nombre del archivo:"));
    CHECK(types == QStringLiteral("Archivos de tipo:"));
    CHECK(up == QStringLiteral("Ir a la carpeta superior"));
    CHECK(folder == QStringLiteral("Carpeta"));
    CHECK(modified == QStringLiteral("Última modificación"));
}

// Alt+letter goes to the menu bar before any field or button of the view
// below it: a view's letter that is also a menu's opens the menu, and what
// the desk types next runs its entries ("Vencidos" under Alt+V opened Ver).
TEST_CASE("No field or button of a section uses a menu's underlined letter, in English or in each Spanish",
          "[ui][mainwindow][shortcuts]")
{
    for (const QLocale &language : {QLocale::c(), QLocale(QLocale::Spanish, QLocale::Mexico), QLocale(QLocale::Spanish, QLocale::Spain),
                                   QLocale(QLocale::Spanish, QLocale::Chile)}) {
        CHECK(platform::installTranslators(language) == (language.language() == QLocale::Spanish));
        test::PrompterScope prompts;
        test::TempDb t;
        const auto seeded = test::addRichDebtor(t.db());
        ui::MainWindow window(std::move(t.database));
        window.show();
        QMap<QChar, QString> menus;
        for (const QAction *action : window.menuBar()->actions())
            if (const QChar letter = mnemonicOf(action->text()); !letter.isNull())
                menus.insert(letter, action->text());
        REQUIRE(menus.size() >= 5);
        QStringList clashes;
        const auto look = [&](const QString &where) {
            for (const QAbstractButton *button : window.centralWidget()->findChildren<QAbstractButton *>())
                if (const QChar letter = mnemonicOf(button->text());
                    button->isVisible() && !letter.isNull() && menus.contains(letter))
                    clashes << where + QStringLiteral(": ") + button->text() + QStringLiteral(" / ") + menus[letter];
            for (const QLabel *label : window.centralWidget()->findChildren<QLabel *>())
                if (const QChar letter = mnemonicOf(label->text());
                    label->isVisible() && label->buddy() && !letter.isNull() && menus.contains(letter))
                    clashes << where + QStringLiteral(": ") + label->text() + QStringLiteral(" / ") + menus[letter];
        };
        for (int section = 0; section < ui::MainWindow::SectionCount; ++section) {
            window.showSection(section);
            look(QStringLiteral("section %1").arg(section));
        }
        REQUIRE(window.debtorFiles()->openDebtor(seeded.debtorId));
        look(QStringLiteral("debtor file"));
        window.debtorFiles()->startCall(seeded.debtorId);
        look(QStringLiteral("call"));
        clashes.removeDuplicates();
        INFO(language.name().toStdString() + "\n" + clashes.join(QStringLiteral("\n")).toStdString());
        CHECK(clashes.isEmpty());
    }
    platform::installTranslators(QLocale::c());
}

TEST_CASE("Every key in the keyboard shortcuts window says what it does", "[ui][shortcuts]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    ui::ShortcutsWindow *shortcuts = window.showShortcuts();
    auto *table = shortcuts->findChild<QTableWidget *>();
    REQUIRE(table);
    QStringList bare;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 2)->text().trimmed().isEmpty())
            bare << table->item(row, 1)->text();
    INFO(bare.join(QStringLiteral(", ")).toStdString());
    CHECK(bare.isEmpty());
    shortcuts->close();
}
