#pragma once

// What the debtor-file widget tests share: a prompter that answers without
// showing anything, waiting for the event loop, and a debtor with a history.

#include "domain/entities.h"
#include "ui/prompter.h"

#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStringList>
#include <QTest>

#include <catch2/catch.hpp>

namespace libreta::store {
class Database;
}

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace libreta::test {

// Answers "discard?" with the next queued answer (keep editing when the
// queue is empty) and records every question, so no test ever blocks on a
// message box.
class ScriptedPrompter final : public ui::Prompter {
public:
    QList<bool> answers;
    QStringList asked;
    QStringList goOnButtons;  // what the button that goes on said ("" for Discard changes)
    QStringList errors;
    QStringList infos;

    bool confirmDiscard(QWidget *, const QString &text, const QString &goOn = QString()) override
    {
        asked << text;
        goOnButtons << goOn;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    bool confirm(QWidget *, const QString &, const QString &text, const QString &goOn) override
    {
        asked << text;
        goOnButtons << goOn;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showInfo(QWidget *, const QString &, const QString &text) override { infos << text; }
};

// Installs a ScriptedPrompter for the test's lifetime.
struct PrompterScope {
    PrompterScope()
    {
        auto owned = std::make_unique<ScriptedPrompter>();
        prompter = owned.get();
        ui::Prompter::install(std::move(owned));
    }
    ~PrompterScope() { ui::Prompter::install(nullptr); }
    ScriptedPrompter *prompter = nullptr;
};

// The desk's system login for the scope of a test (DeskUser matches it
// against the office's users).
struct DeskLogin {
    explicit DeskLogin(const char *login) : m_old(qgetenv("USER")) { qputenv("USER", login); }
    ~DeskLogin() { qputenv("USER", m_old); }
    Q_DISABLE_COPY_MOVE(DeskLogin)
    QByteArray m_old;
};

// The child of `parent` named `name`, the test failing when there is none.
template <typename T>
T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// A form's Save button (every form names its button box "buttons").
inline QPushButton *saveButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save);
}

template <typename Condition>
bool waitFor(Condition done, int ms = 3000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

struct RichDebtor {
    domain::Id debtorId = 0;
    domain::Id otherDebtorId = 0;
    domain::Id promiseId = 0;
    domain::Id noteId = 0;
};

// "José Pérez Núñez" owes 1,200.00 on two invoices, has a contact,
// three calls (the excuse "no funds" given twice), a pending promise of
// 500.00 due in two days with its reminder, and a note; "María López"
// owes 300.00. Dates are relative to today, as the desk sees them.
RichDebtor addRichDebtor(store::Database &db);

} // namespace libreta::test
