#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace tw {

/// The console's menu actions and their keyboard shortcuts, and the menus built from them.
/// MainWindow connects them; this class only owns and names them (and retranslates them).
class ConsoleActions : public QObject {
    Q_OBJECT
public:
    explicit ConsoleActions(QObject *parent = nullptr);

    /// Fills `menuBar` with File, Edit, View, Settings and Help.
    void buildMenus(QMenuBar *menuBar);
    /// The View > Panels menu where dock toggles go.
    QMenu *panelsMenu() const { return m_panelsMenu; }
    void retranslate();

    QAction *importFile = nullptr;
    QAction *exportFile = nullptr;
    QAction *quit = nullptr;
    QAction *find = nullptr;
    QAction *newRecord = nullptr;
    QAction *saveRecord = nullptr;
    QAction *deleteRecord = nullptr;
    QAction *undo = nullptr;
    QAction *fullScreen = nullptr;
    QAction *darkTheme = nullptr;
    QAction *lightTheme = nullptr;
    QAction *resetLayout = nullptr;
    QAction *settings = nullptr;
    QAction *about = nullptr;

private:
    QAction *make(const QKeySequence &shortcut, const char *objectName);

    QActionGroup *m_themeGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace tw
