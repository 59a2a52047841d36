#pragma once

#include <QObject>
#include <QString>

class QTableView;

namespace libreta::ui {

// How a table of a debtor file lays out its columns (one instance per
// table, per open file). Until the user resizes or moves a column by hand,
// each file's columns fit that file's contents: a layout fitted to the
// first file ever opened, kept for every file after it, cut the amounts of
// any file that owed more. Once the user has laid a table out, that layout
// is kept per table name for every file and session. Either way a column of
// figures (amounts, days) grows to show them whole: a cut amount misleads.
class FileTableLayout final : public QObject {
    Q_OBJECT

public:
    // `widest`: no column is fitted wider than this many pixels.
    FileTableLayout(QTableView *table, const QString &name, int widest, QObject *parent);

    // Call after the table's model was given new rows.
    void contentsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToContents();
    void widenFigures();
    void userChangedLayout();
    void save();

    QTableView *m_table;
    QString m_settingsName;
    int m_widest;
    bool m_followsUser = false;  // a layout the user made, now or before
    bool m_fitted = false;
    // A mouse button is down on the header: a section resized now is the
    // user's doing, not a fit's or the last section's stretch.
    bool m_mouseDown = false;
    bool m_arranging = false;  // the program sizes sections: not the user
    bool m_unsaved = false;  // the user changed the layout since it was saved
};

} // namespace libreta::ui
