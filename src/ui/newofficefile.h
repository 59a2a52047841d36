#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace libreta::domain {
class Clock;
}
namespace libreta::services {
struct OfficeSetup;
}

namespace libreta::ui {

// File ▸ New office file, once its place, name, currency and owner are chosen:
// the file is made and the office set up in it before the desk opens it,
// so every view reads the office's currency from the start.
class NewOfficeFile final {
    Q_DECLARE_TR_FUNCTIONS(NewOfficeFile)

public:
    // True (and said to the person) when `path` is a file already: a new
    // office never takes the place of an office's data, even when the save
    // dialog was told to overwrite.
    static bool refuseExisting(QWidget *parent, const QString &path);
    // False, with the reason shown and nothing left of the file, when it
    // cannot be made or set up.
    static bool make(QWidget *parent, const QString &path, const services::OfficeSetup &setup,
                     const domain::Clock &clock);
};

} // namespace libreta::ui
