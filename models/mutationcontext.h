#pragma once

#include "hlc.h"
#include "preparedmutation.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tw::Internal {

class StoreEngine;

/// One mutation while it is being applied.
struct MutationContext {
    QString name;
    QJsonObject args; ///< as applied and logged; generated ids are added here
    Hlc hlc;
    QString actor;
    bool remote = false;
    qint64 nowMs = 0; ///< the mutation's time (its HLC wall clock): the same on every replica
    qint64 localSeq = 0; ///< the mutation's row in the local log
    int derivedIds = 0;
    /// A create prepared ahead (Store::prepare()): its handler only does the database's part.
    const PreparedCreate *prepared = nullptr;

    /// An id derived from the mutation's HLC, so every database applying it makes the same one.
    QString derivedId();
};

/// Applies one named mutation; returns the id of the object it created or changed.
using MutationHandler = std::function<Result<QString>(StoreEngine &, MutationContext &)>;
using MutationHandlers = QHash<QString, MutationHandler>;

/// Every mutation, by name.
const MutationHandlers &mutationHandlers();

void registerRecordMutations(MutationHandlers &handlers);
/// The part of a "<prefix>.create" that needs no database (any thread): completes `args` with the
/// id and returns the record with its point and validated values.
Result<Record> prepareRecordCreate(const KindDef &kind, QJsonObject &args);
/// Rules between fields of one record (occupancy within capacity, ...), on its merged values.
Status checkRecordRules(const KindDef &kind, const QVariantMap &values);
void registerResourceMutations(MutationHandlers &handlers);
void registerStockMutations(MutationHandlers &handlers);
void registerIncidentMutations(MutationHandlers &handlers);
void registerDispatchMutations(MutationHandlers &handlers);
void registerDrawingMutations(MutationHandlers &handlers);

/// Changes the quantity of an item in a warehouse by `delta`, creating the stock line when it is
/// absent. Refuses a result below zero or below the reserved amount with an Error on `field`.
Status changeStock(StoreEngine &e, MutationContext &c, const QString &warehouseId, const QString &itemId,
                   double delta, const QString &field);

// ---- argument readers: each Error names the argument and says what is wrong --------------------

/// Refuses arguments not in `allowed` (a misspelt key should not be silently ignored).
Status allowOnly(const QJsonObject &args, const QStringList &allowed);
/// A non-empty string.
Result<QString> requireText(const QJsonObject &args, const QString &key);
/// A string, empty when absent or null.
Result<QString> optionalText(const QJsonObject &args, const QString &key);
/// A finite number.
Result<double> requireNumber(const QJsonObject &args, const QString &key);
Result<std::optional<double>> optionalNumber(const QJsonObject &args, const QString &key);
/// A whole number, at least `minimum`.
Result<qint64> requireInteger(const QJsonObject &args, const QString &key, qint64 minimum = 0);
Result<std::optional<qint64>> optionalInteger(const QJsonObject &args, const QString &key, qint64 minimum = 0);

} // namespace tw::Internal
