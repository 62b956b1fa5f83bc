// drawing.create / drawing.update / drawing.delete: the shapes users draw on the map. Map
// annotations are last-writer-wins by HLC per group (geometry, label, colour), like record fields.

#include "drawing.h"
#include "record.h"
#include "storeengine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tw::Internal {

namespace {

const QString kId = QStringLiteral("id");
const QString kShape = QStringLiteral("shape");
const QString kPoints = QStringLiteral("points");
const QString kRadius = QStringLiteral("radius_m");
const QString kLabel = QStringLiteral("label");
const QString kColor = QStringLiteral("color");
const QString kExercise = QStringLiteral("exercise_id");

Result<QString> readColor(const QJsonObject &args, const QString &fallback)
{
    Result<QString> text = optionalText(args, kColor);
    if (!text) {
        return text.error();
    }
    if (text->isEmpty()) {
        return fallback;
    }
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!pattern.match(text.value()).hasMatch()) {
        return fieldError(kColor, QCoreApplication::translate("tw::Store", "must be a colour written #rrggbb"));
    }
    return text->toLower();
}

Result<QString> readLabel(const QJsonObject &args, const QString &fallback)
{
    if (!args.contains(kLabel)) {
        return fallback;
    }
    Result<QString> label = optionalText(args, kLabel);
    if (label && label->size() > Drawing::kMaxLabelLength) {
        return fieldError(kLabel, QCoreApplication::translate("tw::Store", "is longer than %1 characters")
                                      .arg(Drawing::kMaxLabelLength));
    }
    return label;
}

Result<QList<LonLat>> readPoints(const QJsonObject &args)
{
    const QJsonValue value = args.value(kPoints);
    if (value.isUndefined() || value.isNull()) {
        return fieldError(kPoints, QCoreApplication::translate("tw::Store", "is required"));
    }
    return lonLatListFromJson(value, kPoints);
}

struct StoredDrawing {
    Drawing::Shape shape = Drawing::Shape::Point;
    QList<LonLat> points;
    double radiusMeters = 0;
    QString label;
    QString color;
};

Result<std::optional<StoredDrawing>> readStored(StoreEngine &e, const QString &id)
{
    Result<QSqlQuery *> query =
        e.statement(QStringLiteral("SELECT shape, points, radius_m, label, color FROM drawings WHERE id = ?"));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, id);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    if (!q.next()) {
        return std::optional<StoredDrawing>();
    }
    StoredDrawing stored;
    stored.shape = drawingShapeFromName(q.value(0).toString()).value_or(Drawing::Shape::Point);
    stored.points = lonLatListFromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).array(), kPoints).valueOr({});
    stored.radiusMeters = q.value(2).toDouble();
    stored.label = q.value(3).toString();
    stored.color = q.value(4).toString();
    q.finish();
    return std::optional<StoredDrawing>(stored);
}

Result<StoredDrawing> requireStored(StoreEngine &e, const QString &id)
{
    Result<std::optional<StoredDrawing>> stored = readStored(e, id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return fieldError(kId, QCoreApplication::translate("tw::Store", "there is no drawing with id \"%1\"").arg(id));
    }
    return stored->value();
}

// Qt binds a null QString as SQL NULL; the label column holds '' for "no label".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString pointsText(const QList<LonLat> &points)
{
    return QString::fromUtf8(QJsonDocument(lonLatListToJson(points)).toJson(QJsonDocument::Compact));
}

Result<QString> createDrawing(StoreEngine &e, MutationContext &c)
{
    if (Status ok = allowOnly(c.args, {kId, kShape, kPoints, kRadius, kLabel, kColor, kExercise}); !ok) {
        return ok.error();
    }
    Result<QString> shapeName = requireText(c.args, kShape);
    if (!shapeName) {
        return shapeName.error();
    }
    const std::optional<Drawing::Shape> shape = drawingShapeFromName(shapeName.value());
    if (!shape) {
        return fieldError(kShape, QCoreApplication::translate("tw::Store", "must be point, line, polygon or circle"));
    }
    Result<QList<LonLat>> points = readPoints(c.args);
    if (!points) {
        return points.error();
    }
    Result<std::optional<double>> radius = optionalNumber(c.args, kRadius);
    if (!radius) {
        return radius.error();
    }
    Result<QList<LonLat>> geometry = checkDrawingGeometry(*shape, points.value(), radius->value_or(0.0));
    if (!geometry) {
        return geometry.error();
    }
    Result<QString> label = readLabel(c.args, {});
    if (!label) {
        return label.error();
    }
    Result<QString> color = readColor(c.args, Drawing().color);
    if (!color) {
        return color.error();
    }
    Result<QString> exercise = optionalText(c.args, kExercise);
    if (!exercise) {
        return exercise.error();
    }
    Result<QString> givenId = optionalText(c.args, kId);
    if (!givenId) {
        return givenId.error();
    }
    const QString id = givenId->isEmpty() ? newId() : givenId.value();
    Result<std::optional<StoredDrawing>> existing = readStored(e, id);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return fieldError(kId, QCoreApplication::translate("tw::Store", "a drawing with id \"%1\" already exists").arg(id));
    }
    c.args.insert(kId, id); // every replica creates the same id
    Result<QSqlQuery *> insert = e.statement(QStringLiteral(
        "INSERT INTO drawings (id, shape, points, radius_m, label, color, exercise_id, created_by, created_at_ms, "
        "updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert) {
        return insert.error();
    }
    QSqlQuery &q = **insert;
    const QVariantList values{id,           drawingShapeName(*shape),
                              pointsText(geometry.value()), *shape == Drawing::Shape::Circle ? radius->value_or(0.0) : 0.0,
                              notNull(label.value()), color.value(),
                              exercise->isEmpty() ? QVariant() : QVariant(exercise.value()),
                              c.actor.isEmpty() ? QVariant() : QVariant(c.actor),
                              c.nowMs,       c.nowMs};
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values[i]);
    }
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    return id;
}

Result<QString> updateDrawing(StoreEngine &e, MutationContext &c)
{
    if (Status ok = allowOnly(c.args, {kId, kPoints, kRadius, kLabel, kColor}); !ok) {
        return ok.error();
    }
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    Result<StoredDrawing> stored = requireStored(e, id.value());
    if (!stored) {
        return stored.error();
    }
    const bool geometryChanges = c.args.contains(kPoints) || c.args.contains(kRadius);
    if (!geometryChanges && !c.args.contains(kLabel) && !c.args.contains(kColor)) {
        return fieldError(kId, QCoreApplication::translate("tw::Store", "nothing to change: give points, radius_m, label or color"));
    }
    QList<LonLat> points = stored->points;
    if (c.args.contains(kPoints)) {
        Result<QList<LonLat>> given = readPoints(c.args);
        if (!given) {
            return given.error();
        }
        points = given.value();
    }
    double radius = stored->radiusMeters;
    if (c.args.contains(kRadius)) {
        Result<double> given = requireNumber(c.args, kRadius);
        if (!given) {
            return given.error();
        }
        radius = given.value();
    }
    Result<QList<LonLat>> geometry = checkDrawingGeometry(stored->shape, points, radius);
    if (!geometry) {
        return geometry.error();
    }
    Result<QString> label = readLabel(c.args, stored->label);
    if (!label) {
        return label.error();
    }
    Result<QString> color = readColor(c.args, stored->color);
    if (!color) {
        return color.error();
    }
    // Last writer wins per group: an older change pulled from the server leaves the group alone.
    StoredDrawing next = stored.value();
    auto claim = [&](const QString &group) -> Result<bool> { return e.lwwClaim(id.value(), group, c.hlc); };
    if (geometryChanges) {
        Result<bool> wins = claim(QStringLiteral("geometry"));
        if (!wins) {
            return wins.error();
        }
        if (*wins) {
            next.points = geometry.value();
            next.radiusMeters = radius;
        }
    }
    auto claimText = [&](const QString &key, const QString &value, QString &target) -> Status {
        if (!c.args.contains(key)) {
            return {};
        }
        Result<bool> wins = claim(key);
        if (!wins) {
            return wins.error();
        }
        if (*wins) {
            target = value;
        }
        return {};
    };
    if (Status claimed = claimText(kLabel, label.value(), next.label); !claimed) {
        return claimed.error();
    }
    if (Status claimed = claimText(kColor, color.value(), next.color); !claimed) {
        return claimed.error();
    }
    Result<QSqlQuery *> update = e.statement(QStringLiteral(
        "UPDATE drawings SET points = ?, radius_m = ?, label = ?, color = ?, updated_at_ms = ? WHERE id = ?"));
    if (!update) {
        return update.error();
    }
    QSqlQuery &q = **update;
    q.bindValue(0, pointsText(next.points));
    q.bindValue(1, next.radiusMeters);
    q.bindValue(2, notNull(next.label));
    q.bindValue(3, next.color);
    q.bindValue(4, c.nowMs);
    q.bindValue(5, id.value());
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    return id.value();
}

Result<QString> deleteDrawing(StoreEngine &e, MutationContext &c)
{
    if (Status ok = allowOnly(c.args, {kId}); !ok) {
        return ok.error();
    }
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    if (Result<StoredDrawing> stored = requireStored(e, id.value()); !stored) {
        return stored.error();
    }
    for (const QString &sql : {QStringLiteral("DELETE FROM drawings WHERE id = ?"),
                               QStringLiteral("DELETE FROM lww WHERE entity_id = ?")}) {
        Result<QSqlQuery *> query = e.statement(sql);
        if (!query) {
            return query.error();
        }
        (*query)->bindValue(0, id.value());
        if (!(*query)->exec()) {
            return sqlFailure(**query, {});
        }
    }
    return id.value();
}

} // namespace

void registerDrawingMutations(MutationHandlers &handlers)
{
    handlers.insert(QStringLiteral("drawing.create"), createDrawing);
    handlers.insert(QStringLiteral("drawing.update"), updateDrawing);
    handlers.insert(QStringLiteral("drawing.delete"), deleteDrawing);
}

} // namespace tw::Internal
