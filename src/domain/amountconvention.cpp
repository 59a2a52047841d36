#include "domain/amountconvention.h"

namespace libreta::domain {

void AmountConventionDetector::add(const QString &text, qint64 line)
{
    if (text.trimmed().isEmpty())
        return;
    const MoneyParse unknown = Money::parse(text, DecimalHint::Unknown);
    if (!unknown.ok()) {
        // Refused without a hint but read with one: the ambiguous kind.
        if (Money::parse(text, DecimalHint::Point).ok() || Money::parse(text, DecimalHint::Comma).ok()) {
            ++m_ambiguous;
            if (m_example.isEmpty()) {
                m_example = text.trimmed();
                m_exampleLine = line;
            }
        }
        return;
    }
    const qsizetype points = text.count(u'.');
    const qsizetype commas = text.count(u',');
    if (points > 0 && commas > 0) {
        // The last one written separates the cents.
        ++(text.lastIndexOf(u'.') > text.lastIndexOf(u',') ? m_point : m_comma);
    } else if (points > 1) {
        ++m_comma;  // 1.234.567: points group thousands
    } else if (commas > 1) {
        ++m_point;
    } else if (points == 1) {
        ++m_point;  // read without a hint, so not three digits after it
    } else if (commas == 1) {
        ++m_comma;
    }
}

DecimalHint AmountConventionDetector::hint() const
{
    if (m_point > 0 && m_comma == 0)
        return DecimalHint::Point;
    if (m_comma > 0 && m_point == 0)
        return DecimalHint::Comma;
    return DecimalHint::Unknown;
}

} // namespace libreta::domain
