#pragma once

class QComboBox;

namespace libreta::ui {

// Lets `combo` give way to a narrow window down to `chars` characters: it
// keeps the width its form gives it while there is room, and when narrowed
// its choice ends in "…" where it is cut (as a table's cells end theirs),
// its list whole. So a row of choices never holds the window wider than a
// small screen (1024 pixels).
void letComboNarrow(QComboBox *combo, int chars);

} // namespace libreta::ui
