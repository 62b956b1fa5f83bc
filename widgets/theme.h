#pragma once

#include <QPalette>
#include <QString>

namespace tw {

/// The console's look: a dark control-room theme (default) and a light office theme, each a
/// Fusion palette plus a small stylesheet from the resources.
class Theme {
public:
    enum Name { Dark, Light };

    static Name fromString(const QString &name); ///< "dark" / "light"; Dark when unknown
    static QString toString(Name name);
    static QPalette palette(Name name);
    static QString styleSheet(Name name);
    /// Sets the Fusion style, the palette and the stylesheet on the running QApplication.
    static void apply(Name name);
    /// The theme last applied (Dark before any).
    static Name current();

private:
    static Name s_current;
};

} // namespace tw
