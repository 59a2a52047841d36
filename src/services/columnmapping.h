#pragma once

#include "services/importfields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace libreta::services {

// Which field each column of a file goes to (or none: the column is not
// imported). A field takes at most one column.
class ColumnMapping final {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ColumnMapping() = default;
    explicit ColumnMapping(int columns) : m_fields(columns) {}

    // What the titles suggest: a title that is a field's name or one of its
    // Spanish or English synonyms ("Razón social", "Vencimiento", "Fecha de
    // pago") maps to it; then titles that contain a synonym ("Fecha de
    // vencimiento de la factura"). The first column wins a field.
    static ColumnMapping suggest(ImportKind kind, const QStringList &headers);
    // The titles that are each exactly `field`'s name or a synonym of it:
    // more than one ("Importe" and "Saldo") is a choice suggest() makes
    // without knowing which column the file means.
    static QStringList titlesFor(ImportKind kind, const QStringList &headers, const QString &field);

    int columnCount() const { return int(m_fields.size()); }
    // Empty when the column is not imported.
    QString field(int column) const { return m_fields.value(column); }
    // Maps `column` to `field` (empty: not imported); a column that had the
    // field loses it.
    void setField(int column, const QString &field);
    // The column mapped to `field`, or -1.
    int column(const QString &field) const { return int(m_fields.indexOf(field)); }
    bool operator==(const ColumnMapping &) const = default;

    // Applies one "COLUMN=FIELD" of the command line: COLUMN is a title as
    // written (case and accents do not matter) or a column number from 1;
    // an empty FIELD (or "-") leaves the column out. An error in words, or
    // empty when applied.
    QString apply(ImportKind kind, const QStringList &headers, const QString &spec);
    // Required fields no column is mapped to.
    QStringList missingRequired(ImportKind kind) const;

    // Saved by column title, so a preset fits the next file of the same
    // shape even when its columns come in another order.
    QJsonObject toJson(const QStringList &headers) const;
    // Titles the file does not have are reported in `unmatched`.
    static ColumnMapping fromJson(const QJsonObject &json, ImportKind kind, const QStringList &headers,
                                  QStringList *unmatched = nullptr);

private:
    QStringList m_fields;
};

// The column of `title` among `headers` compared folded, or -1.
int findColumn(const QStringList &headers, const QString &title);

} // namespace libreta::services
