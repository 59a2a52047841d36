#pragma once

#include "domain/entities.h"

#include <QCoreApplication>

class QAbstractButton;
class QWidget;

namespace libreta::ui {

// The short texts the call panel and its stages share.
class CallTexts final {
    Q_DECLARE_TR_FUNCTIONS(CallTexts)

public:
    // "1 Presentation" ... for the step bar.
    static QString stepTitle(domain::CallStage stage);
    static int stageNumber(domain::CallStage stage);
    static domain::CallStage stageAt(int index);
    // The reminders of a stage as an HTML list under a caption.
    static QString promptList(const QString &caption, const QStringList &prompts);
    // The call timer: "04:07", "1:02:15".
    static QString elapsed(qint64 seconds);
    // A choice's text with the digit that picks it: "1 · The debtor".
    static QString numbered(int digit, const QString &text);
    // Alt+digit clicks `button` while `page` is shown. A shortcut rather than
    // a mnemonic: a mnemonic clicks a tenth of a second later, and an agent
    // who types Alt+4 Ctrl+S at once must save what they chose.
    static void bindDigit(QWidget *page, int digit, QAbstractButton *button);
    // Alt+digit puts the cursor in `field` while `page` is shown (Alt+0 is
    // always the stage's notes).
    static void bindFocus(QWidget *page, int digit, QWidget *field);
    // Scrolls the call's stage so `part` is in view, once the layout has
    // the height it just gained: what the agent must read next is never
    // left below the panel's fold (the answer to an objection, where a
    // call that reached nobody ends).
    static void bringIntoView(QWidget *part, int margin = 24);
};

} // namespace libreta::ui
