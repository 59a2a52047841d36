#include "ui/noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace libreta::ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("noticeDismiss"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &NoticeBar::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(close);
    hide();
}

void NoticeBar::showNotice(const QString &text, Tone tone, const QList<Button> &buttons)
{
    // Fixed light tones with dark text: they read on every desktop theme.
    setStyleSheet(tone == Tone::Alert ? QStringLiteral("#noticeBar { background: #fdecc8; border: 1px solid #d9a441; }")
                                      : QStringLiteral("#noticeBar { background: #e3eefa; border: 1px solid #8fb3dc; }"));
    const int side = m_text->fontMetrics().height() + 4;
    m_icon->setPixmap(style()
                          ->standardIcon(tone == Tone::Alert ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation)
                          .pixmap(side, side));
    m_text->setText(text);
    // Later, not now: this may run from one of those buttons' own click.
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (const Button &b : buttons) {
        auto *button = new QPushButton(b.text, this);
        connect(button, &QPushButton::clicked, this, [this, action = b.action] {
            dismiss();
            if (action)
                action();
        });
        m_buttons->addWidget(button);
    }
    show();
}

QString NoticeBar::text() const { return isHidden() ? QString() : m_text->text(); }

void NoticeBar::dismiss()
{
    hide();
}

} // namespace libreta::ui
