#pragma once

#include <QColor>
#include <QFrame>

class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;
class QToolButton;

namespace tw {

class MapDrawTool;

/// The drawing toolbar floating over the map's top left corner, under the search box: the shape
/// tools, measuring and the colour of the next shape; with a drawing selected, a second row with
/// its label, what it measures and a delete button.
class MapDrawPanel : public QFrame {
    Q_OBJECT
public:
    MapDrawPanel(MapDrawTool *tool, QWidget *parent = nullptr);

    QLineEdit *labelEdit() const { return m_label; }
    QToolButton *colorButton() const { return m_colorButton; }
    QToolButton *deleteButton() const { return m_delete; }
    QLabel *measureLabel() const { return m_measure; }
    /// The colours offered, with their (translated) names.
    static QList<QPair<QColor, QString>> palette();
    /// Puts the cursor in the label box of the selected drawing.
    void editLabel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelection();
    void chooseColor(const QColor &color);
    void commitLabel();
    void fillColorMenu();
    void retranslate();

    MapDrawTool *m_tool;
    QToolBar *m_toolbar;
    QToolButton *m_colorButton;
    QMenu *m_colorMenu;
    QWidget *m_selection;
    QLineEdit *m_label;
    QLabel *m_measure;
    QToolButton *m_delete;
};

} // namespace tw
