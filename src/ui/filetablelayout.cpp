#include "ui/filetablelayout.h"

#include "ui/uisettings.h"

#include <QHeaderView>
#include <QTableView>

namespace libreta::ui {
namespace {
QString settingsName(const QString &name) { return QStringLiteral("debtorfile.") + name; }
} // namespace

void FileTableLayout::prepare(QTableView *table)
{
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
}

bool FileTableLayout::restore(QTableView *table, const QString &name)
{
    const QByteArray state = UiSettings().headerState(settingsName(name));
    return !state.isEmpty() && table->horizontalHeader()->restoreState(state);
}

void FileTableLayout::fit(QTableView *table, int widest)
{
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        if (header->sectionSize(column) > widest)
            header->resizeSection(column, widest);
}

void FileTableLayout::save(const QTableView *table, const QString &name)
{
    UiSettings().setHeaderState(settingsName(name), table->horizontalHeader()->saveState());
}

} // namespace libreta::ui
