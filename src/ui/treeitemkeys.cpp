#include "ui/treeitemkeys.h"

#include <QKeyEvent>
#include <QTreeView>

namespace libreta::ui {

TreeItemKeys::TreeItemKeys(QTreeView *tree, std::function<bool(const QModelIndex &)> isGroup)
    : QObject(tree), m_tree(tree), m_isGroup(std::move(isGroup))
{
    tree->installEventFilter(this);
}

QModelIndex TreeItemKeys::step(const QModelIndex &from, bool down) const
{
    QModelIndex at = from;
    for (;;) {
        at = down ? m_tree->indexBelow(at) : m_tree->indexAbove(at);
        if (!at.isValid())
            return {};
        const bool openHeading = m_isGroup(at) && m_tree->isExpanded(at) && m_tree->model()->rowCount(at) > 0;
        if (!openHeading)
            return at;
    }
}

bool TreeItemKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier || (key->key() != Qt::Key_Down && key->key() != Qt::Key_Up))
        return false;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return false;  // the view's own first step
    const QModelIndex next = step(current, key->key() == Qt::Key_Down);
    // Past the last item (or above the first) the selection stays.
    if (next.isValid())
        m_tree->setCurrentIndex(next);
    return true;
}

} // namespace libreta::ui
