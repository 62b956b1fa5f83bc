#include "mapdrawpanel.h"

#include "mapdrawgeometry.h"
#include "mapdrawtool.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    return QIcon(pixmap);
}

} // namespace

QList<QPair<QColor, QString>> MapDrawPanel::palette()
{
    return {
        {QColor(0x15, 0x65, 0xc0), QCoreApplication::translate("tw::MapDrawPanel", "Blue")},
        {QColor(0xd3, 0x2f, 0x2f), QCoreApplication::translate("tw::MapDrawPanel", "Red")},
        {QColor(0xef, 0x6c, 0x00), QCoreApplication::translate("tw::MapDrawPanel", "Orange")},
        {QColor(0xf9, 0xa8, 0x25), QCoreApplication::translate("tw::MapDrawPanel", "Yellow")},
        {QColor(0x2e, 0x7d, 0x32), QCoreApplication::translate("tw::MapDrawPanel", "Green")},
        {QColor(0x6a, 0x1b, 0x9a), QCoreApplication::translate("tw::MapDrawPanel", "Purple")},
        {QColor(0x00, 0x83, 0x8f), QCoreApplication::translate("tw::MapDrawPanel", "Teal")},
        {QColor(0x21, 0x21, 0x21), QCoreApplication::translate("tw::MapDrawPanel", "Black")},
    };
}

MapDrawPanel::MapDrawPanel(MapDrawTool *tool, QWidget *parent)
    : QFrame(parent)
    , m_tool(tool)
    , m_toolbar(new QToolBar(this))
    , m_colorButton(new QToolButton(this))
    , m_colorMenu(new QMenu(this))
    , m_selection(new QWidget(this))
    , m_label(new QLineEdit(m_selection))
    , m_measure(new QLabel(m_selection))
    , m_delete(new QToolButton(m_selection))
{
    setObjectName(QStringLiteral("mapDrawPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_toolbar->setMovable(false);
    m_toolbar->setIconSize(QSize(20, 20));
    m_toolbar->addActions(tool->actions());
    m_toolbar->addSeparator();
    m_colorButton->setObjectName(QStringLiteral("drawingColor"));
    m_colorButton->setPopupMode(QToolButton::InstantPopup);
    m_colorButton->setMenu(m_colorMenu);
    m_colorButton->setIcon(swatch(tool->color()));
    m_toolbar->addWidget(m_colorButton);

    m_label->setObjectName(QStringLiteral("drawingLabel"));
    m_label->setMinimumWidth(150);
    m_label->setMaxLength(200);
    m_measure->setObjectName(QStringLiteral("drawingMeasure"));
    m_delete->setObjectName(QStringLiteral("deleteDrawing"));
    auto *row = new QHBoxLayout(m_selection);
    row->setContentsMargins(2, 0, 2, 2);
    row->addWidget(m_label, 1);
    row->addWidget(m_measure);
    row->addWidget(m_delete);
    m_selection->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_selection);

    connect(m_label, &QLineEdit::editingFinished, this, &MapDrawPanel::commitLabel);
    connect(m_label, &QLineEdit::returnPressed, this, [this] {
        if (parentWidget()) {
            parentWidget()->setFocus(Qt::OtherFocusReason); // back to the map for the next tool
        }
    });
    connect(m_delete, &QToolButton::clicked, tool, &MapDrawTool::deleteSelected);
    connect(tool, &MapDrawTool::selectionChanged, this, &MapDrawPanel::showSelection);
    connect(tool, &MapDrawTool::sceneChanged, this, &MapDrawPanel::showSelection);
    connect(tool, &MapDrawTool::labelEditRequested, this, &MapDrawPanel::editLabel);
    retranslate();
}

void MapDrawPanel::fillColorMenu()
{
    m_colorMenu->clear();
    for (const auto &[color, name] : palette()) {
        m_colorMenu->addAction(swatch(color), name, this, [this, color = color] { chooseColor(color); });
    }
}

void MapDrawPanel::retranslate()
{
    m_tool->retranslate();
    m_colorButton->setToolTip(tr("Colour of the drawing"));
    m_label->setPlaceholderText(tr("Label"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the drawing"));
    fillColorMenu();
    showSelection();
}

void MapDrawPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void MapDrawPanel::showSelection()
{
    const std::optional<MapDrawing> drawing = m_tool->selectedDrawing();
    const bool shown = drawing.has_value();
    if (shown) {
        if (!m_label->hasFocus() || m_label->property("drawingId").toString() != drawing->id) {
            m_label->setText(drawing->label);
        }
        m_label->setProperty("drawingId", drawing->id);
        m_measure->setText(drawingMeasureText(*drawing));
        m_colorButton->setIcon(swatch(drawing->color));
    } else {
        m_label->setProperty("drawingId", QString());
        m_colorButton->setIcon(swatch(m_tool->color()));
    }
    if (m_selection->isVisible() != shown) {
        m_selection->setVisible(shown);
        adjustSize();
    }
}

void MapDrawPanel::editLabel()
{
    if (m_tool->selectedDrawing()) {
        m_label->setFocus(Qt::OtherFocusReason);
        m_label->selectAll();
    }
}

void MapDrawPanel::commitLabel()
{
    const std::optional<MapDrawing> drawing = m_tool->selectedDrawing();
    // The box may still show the previous drawing's label while the selection moves on.
    if (drawing && m_label->property("drawingId").toString() == drawing->id) {
        m_tool->editSelected(m_label->text().trimmed(), drawing->color);
    }
}

void MapDrawPanel::chooseColor(const QColor &color)
{
    m_tool->setColor(color);
    m_colorButton->setIcon(swatch(color));
    if (const std::optional<MapDrawing> drawing = m_tool->selectedDrawing()) {
        m_tool->editSelected(drawing->label, color);
    }
}

} // namespace tw
