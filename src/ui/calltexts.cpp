#include "ui/calltexts.h"

#include "domain/labels.h"

#include <QAbstractButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>

namespace libreta::ui {

using namespace domain;

int CallTexts::stageNumber(CallStage stage)
{
    switch (stage) {
    case CallStage::Presentation:
        return 1;
    case CallStage::Listening:
        return 2;
    case CallStage::Negotiation:
        return 3;
    case CallStage::PreClose:
        return 4;
    case CallStage::Close:
        return 5;
    }
    return 1;
}

CallStage CallTexts::stageAt(int index)
{
    static const CallStage stages[] = {CallStage::Presentation, CallStage::Listening, CallStage::Negotiation,
                                       CallStage::PreClose, CallStage::Close};
    return stages[qBound(0, index, 4)];
}

QString CallTexts::stepTitle(CallStage stage)
{
    return QStringLiteral("%1 %2").arg(stageNumber(stage)).arg(label(stage));
}

QString CallTexts::promptList(const QString &caption, const QStringList &prompts)
{
    if (prompts.isEmpty())
        return {};
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-top:2px; margin-left:-20px;\">").arg(caption.toHtmlEscaped());
    for (const QString &p : prompts)
        html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString CallTexts::elapsed(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

void CallTexts::bringIntoView(QWidget *part, int margin)
{
    QTimer::singleShot(0, part, [part, margin] {
        for (QWidget *w = part->parentWidget(); w; w = w->parentWidget())
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(part, 0, margin);
                return;
            }
    });
}

QString CallTexts::numbered(int digit, const QString &text)
{
    return QStringLiteral("%1 · %2").arg(digit).arg(text);
}

namespace {

// A field reached by a shortcut scrolls into view, as one reached by Tab does.
void reveal(QWidget *field)
{
    for (QWidget *w = field->parentWidget(); w; w = w->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureWidgetVisible(field);
            return;
        }
}

} // namespace

void CallTexts::bindDigit(QWidget *page, int digit, QAbstractButton *button)
{
    auto *shortcut = new QShortcut(QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_0 + digit))), page);
    shortcut->setContext(Qt::WindowShortcut);  // only while the page is shown
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (!button->isEnabled() || !button->isVisible())
            return;
        button->setFocus(Qt::ShortcutFocusReason);
        reveal(button);
        button->click();
    });
    button->setToolTip(tr("Alt+%1").arg(digit));
}

void CallTexts::bindFocus(QWidget *page, int digit, QWidget *field)
{
    auto *shortcut = new QShortcut(QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_0 + digit))), page);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, field, [field] {
        if (!field->isEnabled() || !field->isVisible())
            return;
        field->setFocus(Qt::ShortcutFocusReason);
        reveal(field);
    });
}

} // namespace libreta::ui
