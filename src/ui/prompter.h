#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace libreta::ui {

// Every question the desk asks in a modal box goes through here, so a test
// can install a prompter that answers at once instead of waiting for a
// click (a real message box would block an offscreen test forever).
class Prompter {
    Q_DECLARE_TR_FUNCTIONS(Prompter)

public:
    virtual ~Prompter() = default;

    // Unsaved edits would be lost: true when the person chooses to discard
    // them and go on, false to keep editing. `goOn` names the button that
    // goes on when it does not discard ("Close and keep the draft").
    virtual bool confirmDiscard(QWidget *parent, const QString &text, const QString &goOn = QString());
    // Something large is about to be done that no button takes back: true
    // when the person goes on (the button `goOn`), false on Cancel, which
    // is the default (Enter alone does not do it).
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &goOn);
    // Something could not be done; the text says what and why.
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
    // Something long was done; the text says what came of it.
    virtual void showInfo(QWidget *parent, const QString &title, const QString &text);

    static Prompter &instance();
    // Replaces the prompter in use (tests); nullptr restores the message boxes.
    static void install(std::unique_ptr<Prompter> prompter);
};

} // namespace libreta::ui
