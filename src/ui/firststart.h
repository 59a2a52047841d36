#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace libreta::domain {
class Clock;
}
namespace libreta::store {
class Database;
}

namespace libreta::ui {

// The very first start on a desk, when there is no office file yet: the
// welcome asks whether to start one's own office, try the demo or open a
// file, and is asked again when what was chosen is cancelled or fails. A
// business replacing its notebook starts in its own office, never in a
// demo whose made-up people it would have to pick from.
class FirstStart final {
    Q_DECLARE_TR_FUNCTIONS(FirstStart)

public:
    // Makes the demo office at a path (with its own progress window).
    using DemoMaker = std::function<std::unique_ptr<store::Database>(const QString &path)>;

    struct Opened {
        std::unique_ptr<store::Database> db;  // null: the person closed the welcome
        QString path;
    };

    // New files go in `folder`.
    static Opened run(const QString &folder, const DemoMaker &makeDemo, const domain::Clock &clock);

    // Where an office named `officeName` is kept in `folder`: its name, less
    // what a file name cannot hold, and numbered when taken ("Cobranza
    // Norte 2.sqlite").
    static QString ownOfficePath(const QString &folder, const QString &officeName);
    // Where the demo office is kept in `folder`.
    static QString demoPath(const QString &folder);
};

} // namespace libreta::ui
