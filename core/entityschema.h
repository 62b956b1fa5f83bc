#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace tw {

/// The resource kinds a duty officer browses, imports and exports. Their names are the CLI's.
enum class ResourceKind {
    Teams,
    Warehouses,
    Supplies,
    Stock,
    RiskPoints,
    Targets,
    Shelters,
    Cameras,
    Sensors,
    Incidents,
};

enum class FieldType {
    Text,
    Integer,
    Real,
    Enum,
    Bool,
    TimeMs,    ///< UTC milliseconds since the epoch
    Json,      ///< a JSON document stored as text (area polygons, payloads)
    Reference, ///< the id of a record of FieldDef::referenceKind
};

/// One allowed value of an Enum field: the stored value and its English label (translated in
/// the "tw::schema" context).
struct EnumValue {
    QString value;
    const char *label;
};

/// One column of a resource kind.
struct FieldDef {
    QString key; ///< column name and JSON/CSV key, snake_case
    FieldType type = FieldType::Text;
    const char *label = nullptr; ///< English source text, context "tw::schema"
    bool required = false;
    QList<EnumValue> enumValues; ///< for Enum
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    ResourceKind referenceKind = ResourceKind::Teams; ///< for Reference
    bool searchable = false; ///< indexed by full-text search
    QVariant defaultValue;   ///< used on create when the field is absent

    QString translatedLabel() const;
    /// The translated label of an enum value, or the value itself when unknown.
    QString enumLabel(const QString &value) const;
    bool hasEnumValue(const QString &value) const;
};

/// The description of one resource kind: its table, its mutations and its fields.
struct KindDef {
    ResourceKind kind;
    QString name;           ///< CLI and file name: "teams", "risk-points", ...
    QString table;          ///< SQLite table
    QString mutationPrefix; ///< "team" -> team.create, team.update, team.delete
    const char *label;      ///< plural English label, context "tw::schema"
    const char *singularLabel;
    bool hasPoint;          ///< has lon/lat columns and an R*Tree index
    QList<FieldDef> fields;

    const FieldDef *field(const QString &key) const;
    int fieldIndex(const QString &key) const;
    QString translatedLabel() const;
    QString translatedSingularLabel() const;
    /// The field shown as the record's name ("name", or "title" for incidents).
    QString nameField() const;
};

const QList<KindDef> &allKinds();
const KindDef &kindDef(ResourceKind kind);
/// Looks a kind up by its CLI name ("teams", "risk-points", ...); nullptr when unknown.
const KindDef *kindByName(const QString &name);
/// The kind whose mutations start with `prefix` ("team"); nullptr when unknown.
const KindDef *kindByMutationPrefix(const QString &prefix);
/// "teams, warehouses, ..." for error messages and --help.
QString kindNames();

} // namespace tw
