#pragma once

#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace tw {

/// A "<prefix>.create" mutation checked and completed as far as that is possible without the
/// database: its id (generated when absent), point and validated values, and the text of its log
/// row. Made on any thread (Store::prepare()); the store then only checks what needs the database
/// (references, uniqueness) and writes. Imports prepare their rows on a worker thread while the
/// store's thread writes the rows prepared before.
struct PreparedCreate {
    Record record;       ///< kind, id, point and values; times are set when applied
    QByteArray argsJson; ///< the logged arguments (with the id), compact JSON
};

/// One mutation of a stream applied by Store::applyStream(): a plain named mutation, or a create
/// prepared ahead.
struct PreparedMutation {
    QString name;
    QJsonObject args; ///< with the id when prepared
    std::shared_ptr<const PreparedCreate> create; ///< null: applied through its handler as usual
};

} // namespace tw
