#pragma once

// Catch2 printers for the Qt and domain values the tests compare, and a
// translator that marks every text of one context, to prove that a rule's
// words go through translation.

#include "domain/money.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTranslator>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate &d)
    {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("<invalid date>");
    }
};
template <>
struct StringMaker<QTime> {
    static std::string convert(const QTime &t)
    {
        return t.isValid() ? t.toString(Qt::ISODate).toStdString() : std::string("<invalid time>");
    }
};
template <>
struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime &t)
    {
        return t.isValid() ? t.toString(Qt::ISODateWithMs).toStdString()
                           : std::string("<invalid datetime>");
    }
};
template <>
struct StringMaker<libreta::domain::Money> {
    static std::string convert(const libreta::domain::Money &m)
    {
        return m.toPlainString().toStdString();
    }
};
} // namespace Catch

namespace libreta::tests {

// Returns "ES:" + the source text for one context; installed for a scope.
class MarkingTranslator final : public QTranslator {
public:
    explicit MarkingTranslator(const char *context) : m_context(context)
    {
        QCoreApplication::installTranslator(this);
    }
    ~MarkingTranslator() override { QCoreApplication::removeTranslator(this); }

    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, m_context) == 0)
            return QStringLiteral("ES:") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    const char *m_context;
};

inline QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace libreta::tests
