#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "tw.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "tw.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "tw.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMaps, "tw.maps", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVideo, "tw.video", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWidgets, "tw.widgets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "tw.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "tw.server", QtInfoMsg)
