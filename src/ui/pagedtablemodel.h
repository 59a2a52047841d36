#pragma once

#include "store/storeerror.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <utility>

namespace libreta::ui {

// A list read from the store a page at a time, as the view scrolls
// (canFetchMore / fetchMore): a line's key() says where a page ended, and
// the next page starts after it. Nothing here holds all the store could
// list, however long the calls or the activity log grow. A subclass says
// how a page is read and what a line shows.
template <typename Line>
class PagedTableModel : public QAbstractTableModel {
public:
    using Key = decltype(std::declval<const Line &>().key());

    PagedTableModel(int pageSize, QObject *parent) : QAbstractTableModel(parent), m_pageSize(pageSize) {}

    const Line *line(int row) const { return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr; }
    const QList<Line> &lines() const { return m_lines; }

    // The first page again (after the query changed, or to see what is new).
    void reload()
    {
        beginResetModel();
        m_lines.clear();
        m_atEnd = false;
        m_lines = nextPage();
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_lines.size()); }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_atEnd; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_atEnd)
            return;
        const QList<Line> page = nextPage();
        if (page.isEmpty())
            return;
        beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + page.size() - 1));
        m_lines.append(page);
        endInsertRows();
    }

protected:
    // At most `limit` lines after `after` (none: from the first). Throws
    // store::StoreError.
    virtual QList<Line> readPage(const std::optional<Key> &after, int limit) = 0;
    // A page could not be read: the list ends where it was.
    virtual void pageFailed(const QString &message) = 0;

private:
    QList<Line> nextPage()
    {
        std::optional<Key> after;
        if (!m_lines.isEmpty())
            after = m_lines.last().key();
        try {
            // One line more than a page says whether another page exists.
            QList<Line> rows = readPage(after, m_pageSize + 1);
            m_atEnd = rows.size() <= m_pageSize;
            if (!m_atEnd)
                rows.removeLast();
            return rows;
        } catch (const store::StoreError &e) {
            m_atEnd = true;
            pageFailed(e.message());
            return {};
        }
    }

    const int m_pageSize;
    QList<Line> m_lines;
    bool m_atEnd = true;
};

} // namespace libreta::ui
