#pragma once
// Fixture: core/ must never include QtWidgets; the layering check must flag this file.
#include <QWidget>
