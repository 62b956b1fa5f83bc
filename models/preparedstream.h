#pragma once

#include "preparedmutation.h"
#include "result.h"
#include "store.h"

#include <functional>

namespace tw {

/// Applies `count` mutations in one Store::applyStream() transaction while they are being made:
/// a worker thread calls `prepareOne(0 .. count-1)` in order (parsing, validation, Store::prepare()
/// — nothing that touches the store) and hands them over in parts, and this thread writes each part
/// as soon as it is ready. On two cores the preparation costs no time of its own. The first Error,
/// from either side, stops both and nothing is written; an Error of `prepareOne` is returned as
/// it is, one of the store names the mutation ("#N", 1-based).
Result<QList<MutationOutcome>> applyPrepared(Store &store, int count,
                                             const std::function<Result<PreparedMutation>(int index)> &prepareOne);

} // namespace tw
