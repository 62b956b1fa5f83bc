#pragma once

// Internal to replay: the state of one fold and the helpers the folding files share
// (replayreducer.cpp, replayfoldorders.cpp).

#include "mutationcontext.h"
#include "replaylog.h"
#include "replaystate.h"

#include <optional>

namespace tw::ReplayFolding {

inline const QString kPosition = QStringLiteral("position");
inline const QString kStatus = QStringLiteral("status");

/// One step being folded into a state.
struct Fold {
    ReplayState &state;
    const ReplayLog &log;
    const ReplayStep &step;
    std::optional<Internal::MutationContext> context; // for derived ids, shared with the store

    qint64 nowMs() const { return step.wallMs; }
    const QString &id() const { return log.string(step.id); }
    Hlc hlc() const { return log.hlc(step); }
    QString derivedId()
    {
        if (!context) {
            context.emplace();
            context->hlc = hlc();
        }
        return context->derivedId();
    }
};

/// A value as StoreEngine::updateColumns writes it: canonical, and a cleared field is removed.
void setCanonical(Record &record, const QString &key, const QVariant &value);
/// The same for a value still to be made canonical.
void setValue(Record &record, const QString &key, const QVariant &value);
/// The record for changing it (nullptr when absent); stamps the update time.
Record *touch(Fold &f, ResourceKind kind, const QString &id);
/// Writes canonical values into a record, when it exists.
void update(Fold &f, ResourceKind kind, const QString &id, const QVariantMap &canonicalValues);
/// Last writer wins: true (and stamps) when the step is newer than the field's last change.
bool lwwWins(Fold &f, const QString &entityId, const QString &field);
/// Stamps the field of an entity with the step's HLC whatever the stamp was.
void setStamp(Fold &f, const QString &entityId, const QString &field);

// Stock and dispatch orders (replayfoldorders.cpp).
void stockMutation(Fold &f);
void dispatchPropose(Fold &f);
void dispatchStep(Fold &f);

} // namespace tw::ReplayFolding
