#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace libreta::services {

// What a file holds: one kind of row per import.
enum class ImportKind { Debtors, Contacts, Invoices, Payments };

// A field a column can be mapped to. Names are stable (the command line's
// --map, saved presets, export headers): those of issue 7, and `mobile`.
struct ImportField {
    QString name;      // "debtor_ref"
    bool required = false;
    // Column titles that mean this field, in Spanish and English, written
    // folded (see foldHeader): "razonsocial", "fechadevencimiento". The
    // first listed wins when a file has two ("CUIT/CUIL" over "Nro.
    // Documento" for the tax id).
    QStringList synonyms;
    // Titles that mean this field only when no other field claimed them:
    // a payments file's "Nro. Operación" is the bank's own number for the
    // payment, unless a "Nro. Comprobante" says that; then it is the debt's.
    QStringList fallbackSynonyms = {};
};

class ImportFields final {
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    static const QList<ImportField> &of(ImportKind kind);
    static std::optional<ImportField> find(ImportKind kind, const QString &name);
    static QStringList names(ImportKind kind);
    static QStringList requiredNames(ImportKind kind);
    // For people: "Due date", "Debtor's reference".
    static QString label(const QString &field);

    // "debtors", "contacts", "invoices", "payments".
    static QString kindName(ImportKind kind);
    static std::optional<ImportKind> kindFromName(QStringView name);
    static QString kindLabel(ImportKind kind);
    static QList<ImportKind> allKinds();

    // A column title as the synonyms are written: accents and case folded,
    // everything but letters and digits removed ("Fecha de Vencimiento" ->
    // "fechadevencimiento", "Razón social" -> "razonsocial").
    static QString foldHeader(QStringView title);
};

} // namespace libreta::services
