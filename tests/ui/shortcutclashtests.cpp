#include "debtorfiletesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QMap>

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
