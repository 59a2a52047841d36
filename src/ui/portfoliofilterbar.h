#pragma once

#include "domain/entities.h"
#include "store/portfoliorepository.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class PortfolioFilterBar;
}

namespace libreta::ui {

// The row of filters above the portfolio: segment, age, status and agent to
// pick from, and the four questions an agent asks of a portfolio (whose
// promise broke, whose is due, whom no one will call, whom not to call).
// It only says what is chosen; the view hands it to the model.
class PortfolioFilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit PortfolioFilterBar(QWidget *parent = nullptr);
    ~PortfolioFilterBar() override;

    // The choices offered: the segments in use and the office's people.
    void setChoices(const QStringList &segments, const QList<domain::User> &agents);
    store::PortfolioFilters filters() const;
    void setFilters(const store::PortfolioFilters &filters);
    bool isFiltering() const;
    // The agent the portfolio is narrowed to, as the filter names them;
    // empty when it is not.
    QString agentName() const;
    // Ctrl+Shift+L: every filter back to "any".
    QAction *clearAction() const { return m_clear; }
    void clear();

Q_SIGNALS:
    void filtersChanged();

private:
    void changed();

    std::unique_ptr<::Ui::PortfolioFilterBar> m_ui;
    QAction *m_clear = nullptr;
    bool m_settingUp = false;  // filling in choices: not a change the user made
};

} // namespace libreta::ui
