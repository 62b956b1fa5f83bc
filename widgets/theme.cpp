#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QStyleFactory>

namespace tw {

Theme::Name Theme::s_current = Theme::Dark;

Theme::Name Theme::fromString(const QString &name)
{
    return name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0 ? Light : Dark;
}

QString Theme::toString(Name name)
{
    return name == Light ? QStringLiteral("light") : QStringLiteral("dark");
}

QPalette Theme::palette(Name name)
{
    QPalette p;
    if (name == Light) {
        p = QPalette(QColor(0xf2, 0xf4, 0xf7));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf7, 0xfa));
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd1));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xd1));
        return p;
    }
    // Low-glare dark blue-grey: readable in a dimmed control room without blooming on wall screens.
    const QColor window(0x1b, 0x22, 0x2c);
    const QColor base(0x12, 0x18, 0x20);
    const QColor text(0xdc, 0xe3, 0xec);
    const QColor disabled(0x6b, 0x76, 0x84);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x18, 0x20, 0x2a));
    p.setColor(QPalette::ToolTipBase, QColor(0x26, 0x30, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x8b, 0x99));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x24, 0x2d, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x34, 0x3f, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x2b, 0x35, 0x42));
    p.setColor(QPalette::Mid, QColor(0x20, 0x28, 0x33));
    p.setColor(QPalette::Dark, QColor(0x0e, 0x13, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x81, 0xf7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0x9d, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x44, 0x52));
    return p;
}

QString Theme::styleSheet(Name name)
{
    QFile file(name == Light ? QStringLiteral(":/themes/light.qss") : QStringLiteral(":/themes/dark.qss"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

void Theme::apply(Name name)
{
    s_current = name;
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app) {
        return;
    }
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QApplication::setStyle(fusion);
    }
    QApplication::setPalette(palette(name));
    app->setStyleSheet(styleSheet(name));
}

Theme::Name Theme::current()
{
    return s_current;
}

} // namespace tw
