#include "ui/laterversionpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace libreta::ui {

LaterVersionPage::LaterVersionPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("laterTitle"));
    heading->setAlignment(Qt::AlignCenter);
    heading->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14pt;"));
    layout->addWidget(heading);

    auto *notice = new QLabel(tr("This section arrives in a later version of Libreta."), this);
    notice->setObjectName(QStringLiteral("laterNotice"));
    notice->setAlignment(Qt::AlignCenter);
    layout->addWidget(notice);

    auto *details = new QLabel(description, this);
    details->setObjectName(QStringLiteral("laterDescription"));
    details->setAlignment(Qt::AlignCenter);
    // Full width, centred text: a wrapped label given an alignment in the
    // layout loses its height-for-width and gets cut.
    details->setWordWrap(true);
    layout->addWidget(details);

    layout->addStretch(2);
}

} // namespace libreta::ui
