#include "ui/figurecolumns.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace libreta::ui {
namespace {

bool isFigureColumn(const QAbstractItemModel *model, int column)
{
    const QVariant alignment = model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole);
    return alignment.isValid() && (Qt::Alignment(alignment.toInt()) & Qt::AlignRight);
}

} // namespace

void showFiguresWhole(QTableView *table, int widest)
{
    QHeaderView *header = table->horizontalHeader();
    // QTableView hides the width its cells ask for (the rows in view); its
    // base class shows it.
    const QAbstractItemView *view = table;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || !isFigureColumn(table->model(), column))
            continue;
        const int needed = std::min(widest, std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)));
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

} // namespace libreta::ui
