// timeline.note: a note on an incident's timeline, or a media event when it carries an
// attachment. A content-addressed attachment ("sha256:<hex>", see attachmentstore.h) brings its
// file's name, type and size in the payload so the timeline and reports can show it.

#include "attachmentstore.h"
#include "storeengine.h"
#include "timelineevent.h"

namespace tw::Internal {

namespace {

// The optional payload of a note. A content-addressed attachment ("sha256:<hex>") must name a
// whole hash and carry the file's name (and, when given, its type and size) in the payload.
Result<QJsonObject> notePayload(const QJsonObject &args, const QString &attachment)
{
    const QString key = QStringLiteral("payload");
    const QJsonValue value = args.value(key);
    if (!value.isUndefined() && !value.isNull() && !value.isObject()) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be an object")));
    }
    const QJsonObject payload = value.toObject();
    if (!attachment.startsWith(QLatin1String("sha256:"))) {
        return payload;
    }
    if (attachmentHash(attachment).isEmpty()) {
        return fieldError(QStringLiteral("attachment"),
                          storeTr(QT_TRANSLATE_NOOP("tw::Store", "a stored attachment is \"sha256:\" followed by 64 lower-case hexadecimal digits")));
    }
    if (payload.value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
        return fieldError(QStringLiteral("payload.name"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required for a stored attachment")));
    }
    const QJsonValue mime = payload.value(QStringLiteral("mime"));
    if (!mime.isUndefined() && !mime.isString()) {
        return fieldError(QStringLiteral("payload.mime"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be text")));
    }
    const QJsonValue size = payload.value(QStringLiteral("size"));
    if (!size.isUndefined() && (!size.isDouble() || size.toDouble() < 0 || size.toDouble() != double(size.toInteger()))) {
        return fieldError(QStringLiteral("payload.size"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be a whole number of bytes")));
    }
    return payload;
}

} // namespace

Result<QString> timelineNote(StoreEngine &e, MutationContext &c)
{
    const QString incidentKey = QStringLiteral("incident_id");
    if (Status ok = allowOnly(c.args, {incidentKey, QStringLiteral("text"), QStringLiteral("at_ms"),
                                       QStringLiteral("attachment"), QStringLiteral("payload")});
        !ok) {
        return ok.error();
    }
    Result<QString> incidentId = requireText(c.args, incidentKey);
    if (!incidentId) {
        return incidentId.error();
    }
    Result<QString> text = requireText(c.args, QStringLiteral("text"));
    if (!text) {
        return text.error();
    }
    Result<std::optional<qint64>> atMs = optionalInteger(c.args, QStringLiteral("at_ms"), 1);
    if (!atMs) {
        return atMs.error();
    }
    Result<QString> attachment = optionalText(c.args, QStringLiteral("attachment"));
    if (!attachment) {
        return attachment.error();
    }
    Result<QJsonObject> payload = notePayload(c.args, attachment.value());
    if (!payload) {
        return payload.error();
    }
    if (Status found = e.requireExists(kindDef(ResourceKind::Incidents), incidentId.value(), incidentKey); !found) {
        return found.error();
    }
    const QString kind = attachment->isEmpty() ? TimelineKind::Note : TimelineKind::Media;
    if (Status logged = e.appendTimeline(c, incidentId.value(), kind, text.value(), payload.value(), attachment.value(),
                                         atMs->value_or(0));
        !logged) {
        return logged.error();
    }
    return incidentId.value();
}

} // namespace tw::Internal
