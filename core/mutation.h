#pragma once

#include "hlc.h"

#include <QJsonObject>
#include <QString>

namespace tw {

/// A named change, as applied locally, pushed to the server and pulled back by other clients.
struct Mutation {
    QString name;     ///< "team.create", "dispatch.issue", ...
    QJsonObject args; ///< the mutation's arguments
    Hlc hlc;          ///< when it was made, for ordering and last-writer-wins
    QString actor;    ///< the user who made it
    QString clientId; ///< the database (console) where it was made
    qint64 clientSeq = 0; ///< that client's local sequence number
};

/// Where a mutation in the local log came from, and what became of it at the server.
enum class MutationState {
    Pending,   ///< local, not yet confirmed by the server (the outbox)
    Confirmed, ///< accepted by the server (or pulled from it)
    Rejected,  ///< refused by the server; its reason is kept
};

/// One row of the local mutation log.
struct LoggedMutation {
    qint64 localSeq = 0;
    Mutation mutation;
    bool local = true;          ///< made on this database, not pulled
    MutationState state = MutationState::Pending;
    QString reason;             ///< the rejection reason
    qint64 serverSeq = 0;       ///< 0 until known
    qint64 appliedAtMs = 0;
};

} // namespace tw
