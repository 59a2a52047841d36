#pragma once

class QTableView;

namespace libreta::ui {

// Columns of figures (those the model's header aligns right: amounts,
// days) and of identifiers or short labels (ReadWholeRole: an invoice's
// number, where "2026/015…" is no number at all; the history's kind of
// entry) grow to show the rows in view
// whole, each up to `widest` pixels; none is ever narrowed. A cut name
// still reads; a cut amount ("$1,234,5…") reads as another amount.
void showFiguresWhole(QTableView *table, int widest);

} // namespace libreta::ui
