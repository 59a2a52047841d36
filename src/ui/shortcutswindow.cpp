#include "ui/shortcutswindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace libreta::ui {
namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    // "&Open" -> "Open"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
    text.remove(u'&');
    text.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    return text.trimmed();
}

} // namespace

ShortcutsWindow::ShortcutsWindow(QWidget *source, QWidget *parent)
    : QDialog(parent), m_source(source), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsWindow"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setModal(false);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("What it does")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    // Keys and action as wide as they need; the explanation takes the rest
    // and wraps, so nothing hides behind a horizontal scroll bar.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *hint = new QLabel(tr("In menus, forms and the portfolio's filters, Alt and the underlined letter "
                               "reach an item; Tab moves to the next field."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(860, 600);
    refresh();
}

void ShortcutsWindow::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void ShortcutsWindow::refresh()
{
    // Every action under the window, once per shortcut and text (the same
    // action may be reached from a menu and a toolbar), in the order they
    // were made: the menus' first, then those of the views.
    QList<QAction *> actions = m_source->findChildren<QAction *>();
    QSet<QString> seen;
    m_table->setRowCount(0);
    for (QAction *action : std::as_const(actions)) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->isSeparator())
            continue;
        QStringList keyTexts;
        for (const QKeySequence &key : keys)
            keyTexts << key.toString(QKeySequence::NativeText);
        const QString keyText = keyTexts.join(QStringLiteral(", "));
        const QString text = plainText(action);
        if (seen.contains(keyText + u'\t' + text))
            continue;
        seen.insert(keyText + u'\t' + text);
        const QString tip = action->toolTip() == text || action->toolTip() == action->text() ? QString()
                                                                                             : action->toolTip();
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(keyText));
        m_table->setItem(row, 1, new QTableWidgetItem(text));
        m_table->setItem(row, 2, new QTableWidgetItem(tip));
        if (!action->isEnabled())
            for (int column = 0; column < 3; ++column)
                m_table->item(row, column)->setToolTip(tr("Not available right now"));
    }
    m_table->resizeRowsToContents();
}

QList<std::pair<QString, QString>> ShortcutsWindow::entries() const
{
    QList<std::pair<QString, QString>> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    return out;
}

} // namespace libreta::ui
