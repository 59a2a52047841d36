#include "ui/figurecolumns.h"

#include "ui/itemroles.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace libreta::ui {
namespace {

bool isFigureColumn(const QAbstractItemModel *model, int column)
{
    if (model->headerData(column, Qt::Horizontal, ReadWholeRole).toBool())
        return true;
    const QVariant alignment = model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole);
    return alignment.isValid() && (Qt::Alignment(alignment.toInt()) & Qt::AlignRight);
}

} // namespace

void showFiguresWhole(QTableView *table, int widest)
{
    QHeaderView *header = table->horizontalHeader();
    // Only the rows in view are measured: a long page (the portfolio's grow
    // as it scrolls) would otherwise be measured up to a thousand rows at
    // every new sort or keystroke.
    const int precision = header->resizeContentsPrecision();
    header->setResizeContentsPrecision(0);
    // QTableView hides the width its cells ask for; its base class shows it.
    const QAbstractItemView *view = table;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || !isFigureColumn(table->model(), column))
            continue;
        const int needed = std::min(widest, std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)));
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
    header->setResizeContentsPrecision(precision);
}

} // namespace libreta::ui
