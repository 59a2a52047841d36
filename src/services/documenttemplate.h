#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace libreta::services {

// The values a document template is filled with: named fields
// ("office.name", "outstanding") and named lists of rows ("invoices"),
// each row its own fields.
struct TemplateValues {
    QHash<QString, QString> fields;
    QHash<QString, QList<QHash<QString, QString>>> lists;
};

// Fills an HTML template an office can edit: {{field}} is replaced by the
// field's value (HTML-escaped, its line breaks kept as <br>), {{#list}}…{{/list}} is repeated for each row
// of a list (a row's fields first, then the document's), {{^list}}…{{/list}}
// appears only when the list is empty, and {{#field}}…{{/field}} /
// {{^field}}…{{/field}} appear when a field is filled / empty. An unknown
// field is left empty; a section never closed is kept as written, so a typo
// shows in the document instead of eating it.
QString fillTemplate(const QString &html, const TemplateValues &values);

} // namespace libreta::services
