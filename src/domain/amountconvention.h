#pragma once

#include "domain/money.h"

#include <QString>

namespace libreta::domain {

// Which mark separates the cents in a file's amounts, read from the amounts
// themselves: "1.234,56" or "12,5" say comma, "1,234.56" or "12.50" say
// point, "1234" says nothing, and "1.234" could be either. Only when every
// amount that could say something is of the last kind does the person have
// to choose.
class AmountConventionDetector final {
public:
    void add(const QString &text, qint64 line);
    // The hint to read the file's amounts with: Point or Comma when the
    // amounts say so; Unknown when they say nothing (or disagree, in which
    // case each amount is read on its own terms).
    DecimalHint hint() const;
    // Some amounts need a choice and none of the others settles it.
    bool ambiguous() const { return m_ambiguous > 0 && m_point == 0 && m_comma == 0; }
    QString example() const { return m_example; }
    qint64 exampleLine() const { return m_exampleLine; }
    bool settled() const { return m_point > 0 || m_comma > 0; }

private:
    qint64 m_point = 0;
    qint64 m_comma = 0;
    qint64 m_ambiguous = 0;
    QString m_example;
    qint64 m_exampleLine = 0;
};

} // namespace libreta::domain
