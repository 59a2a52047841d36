#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace libreta::ui {

// Help ▸ Keyboard shortcuts: every shortcut of the window it is given, read
// from that window's actions (menus, toolbar, the views and debtor files
// inside it) each time it is shown, so the list is never older than the
// program. Not modal: it can stay open beside the work.
class ShortcutsWindow final : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsWindow(QWidget *source, QWidget *parent = nullptr);

    // Reads the actions again (their shortcuts or texts may have changed).
    void refresh();
    // Shortcut text, action text: what the table shows, in its order.
    QList<std::pair<QString, QString>> entries() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *m_source;
    QTableWidget *m_table;
};

} // namespace libreta::ui
