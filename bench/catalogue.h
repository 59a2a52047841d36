#pragma once

#include "figure.h"

#include <QList>

namespace libreta::bench {

// Every figure of issue 6, in the order of its table, with its target.
// Figures whose feature does not exist yet are here too, marked with the
// issue that brings it: the table always shows the whole promise.
class Catalogue final {
public:
    Catalogue();

    QList<Figure> &figures() { return m_figures; }
    const QList<Figure> &figures() const { return m_figures; }
    Figure &operator[](const QString &id);

private:
    QList<Figure> m_figures;
};

} // namespace libreta::bench
