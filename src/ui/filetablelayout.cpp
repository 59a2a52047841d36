#include "ui/filetablelayout.h"

#include "ui/figurecolumns.h"
#include "ui/uisettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>

namespace libreta::ui {
namespace {

// Layouts saved before 2026-11-30 were the first file's fit, not the
// user's choice: they are read no more, and forgotten.
QString settingsName(const QString &name) { return QStringLiteral("debtorfile.chosen.") + name; }
QString oldSettingsName(const QString &name) { return QStringLiteral("debtorfile.") + name; }

} // namespace

FileTableLayout::FileTableLayout(QTableView *table, const QString &name, int widest, QObject *parent)
    : QObject(parent), m_table(table), m_settingsName(settingsName(name)), m_widest(widest)
{
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);

    UiSettings settings;
    settings.removeHeaderState(oldSettingsName(name));
    const QByteArray state = settings.headerState(m_settingsName);
    if (!state.isEmpty()) {
        const QScopedValueRollback arranging(m_arranging, true);
        m_followsUser = header->restoreState(state);
    }

    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_arranging && m_mouseDown)
            userChangedLayout();
    });
    // Only a drag moves a section (the program never does), and the move
    // lands as the button comes up.
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_arranging)
            userChangedLayout();
    });
}

void FileTableLayout::contentsChanged()
{
    if (m_table->model()->rowCount() == 0)
        return;
    if (!m_followsUser && !m_fitted) {
        fitToContents();
        m_fitted = true;
    } else {
        widenFigures();
    }
}

bool FileTableLayout::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:  // a double click on a divider fits that column
        m_mouseDown = true;
        break;
    case QEvent::MouseButtonRelease:
        m_mouseDown = false;
        // Saved once the header has handled the release (a drag's move
        // lands then), not at every step of a drag.
        QTimer::singleShot(0, this, [this] {
            if (m_unsaved)
                save();
        });
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void FileTableLayout::fitToContents()
{
    const QScopedValueRollback arranging(m_arranging, true);
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        if (header->sectionSize(column) > m_widest)
            header->resizeSection(column, m_widest);
}

void FileTableLayout::widenFigures()
{
    const QScopedValueRollback arranging(m_arranging, true);
    showFiguresWhole(m_table, m_widest);
}

void FileTableLayout::userChangedLayout()
{
    m_followsUser = true;
    m_unsaved = true;
}

void FileTableLayout::save()
{
    m_unsaved = false;
    UiSettings().setHeaderState(m_settingsName, m_table->horizontalHeader()->saveState());
}

} // namespace libreta::ui
