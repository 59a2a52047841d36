#pragma once

#include "domain/clock.h"

#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Ui {
class ImportMappingPage;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class ImportSession;

// One line per column of the file: its title, a few of its values and the
// field it goes to, suggested from the title and editable. The mapping can
// be saved as a named preset for the next file of the same shape.
class ImportMappingPage final : public QWizardPage {
    Q_OBJECT

public:
    ImportMappingPage(ImportSession &session, store::Database &db, const domain::Clock &clock,
                      QWidget *parent = nullptr);
    ~ImportMappingPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The field chosen for a column ("" when it is not imported).
    QString fieldOf(int column) const;
    void setField(int column, const QString &field);
    QString problemText() const;
    void savePreset(const QString &name);
    QString presetMessage() const;

private:
    void fill();
    void changed();
    void deletePreset();
    QComboBox *comboAt(int row) const;

    std::unique_ptr<::Ui::ImportMappingPage> m_ui;
    ImportSession &m_session;
    store::Database &m_db;
    const domain::Clock &m_clock;
    bool m_filling = false;
    QString m_shape;  // the kind and titles the combos were made for
};

} // namespace libreta::ui
