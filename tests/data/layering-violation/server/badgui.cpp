// Fixture: the server must never link Gui; the layering check must flag this file.
#include <QImage>
