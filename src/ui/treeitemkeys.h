#pragma once

#include <QObject>

#include <functional>

class QModelIndex;
class QTreeView;

namespace libreta::ui {

// Up and Down in a tree of groups step from item to item: an open group's
// heading (the agenda's "Promesas que vencen (3)") is passed over, so Ctrl+D
// after a Down lands on a task, not on a heading that does nothing. A closed
// group's heading is still a stop (Enter opens it), and Left still climbs to
// the heading of the item's group.
class TreeItemKeys final : public QObject {
    Q_OBJECT

public:
    TreeItemKeys(QTreeView *tree, std::function<bool(const QModelIndex &)> isGroup);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex step(const QModelIndex &from, bool down) const;

    QTreeView *m_tree;
    std::function<bool(const QModelIndex &)> m_isGroup;
};

} // namespace libreta::ui
