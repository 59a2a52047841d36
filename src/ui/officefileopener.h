#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// Opens an office file. One written by an older Libreta is first brought up
// to date by the store's migrations, which take a while in a large office
// (listing the words of a million debtors' names, about 20 s); meanwhile a
// window says what is happening, rather than none appearing at all. Each
// step is one transaction, so a file whose update is interrupted is left
// at the last whole step and is updated from there next time. Throws
// store::StoreError as store::Database does.
class OfficeFileOpener final {
    Q_DECLARE_TR_FUNCTIONS(OfficeFileOpener)

public:
    static std::unique_ptr<store::Database> open(const QString &path, QWidget *parent = nullptr);
};

} // namespace libreta::ui
