#pragma once

#include <QLocale>

namespace libreta::platform {

// Installs Libreta's catalogue and Qt's own for `locale` (Spanish or English;
// anything else falls back to English, whose catalogue holds only the plural
// forms; the C locale gets none). Returns whether Libreta's catalogue was
// found for a non-English locale.
bool installTranslators(const QLocale &locale);

} // namespace libreta::platform
