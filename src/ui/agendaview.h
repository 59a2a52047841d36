#pragma once

#include "domain/entities.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AgendaView;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class AgendaModel;

// The agenda section, minimal for now: today's open follow-ups (and the
// ones still open from earlier days) in the order they are due. Enter or a
// double-click on an item asks for its debtor's file.
class AgendaView final : public QWidget {
    Q_OBJECT

public:
    explicit AgendaView(store::Database &db, QWidget *parent = nullptr);
    ~AgendaView() override;

    AgendaModel *model() const { return m_model; }
    void reload();
    void saveLayout() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void debtorActivated(domain::Id debtorId);

private:
    void updateTexts();

    std::unique_ptr<::Ui::AgendaView> m_ui;
    AgendaModel *m_model = nullptr;
};

} // namespace libreta::ui
