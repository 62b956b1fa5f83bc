#pragma once

#include "entityschema.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QSettings;

namespace tw {

class ConsoleActions;
class ConsoleStatusBar;
class EditHistory;
class ImportExportController;
class LanguageManager;
class ResourcePanel;
class Store;

/// The console's main window: the map in the centre, one dockable resource panel per kind, menus
/// with keyboard shortcuts, the status bar. Map and video docks plug in with setCentralMapWidget()
/// and addPanel().
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `store` and `languages` must outlive the window; `languages` may be null (no switching).
    explicit MainWindow(Store *store, LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Replaces the central placeholder by the map (the window takes ownership).
    void setCentralMapWidget(QWidget *widget);
    /// Adds a dock (it must have an objectName for layout saving), lists it under View > Panels and
    /// gives it the next free Ctrl+digit shortcut.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);

    ResourcePanel *resourcePanel(ResourceKind kind) const;
    QDockWidget *resourceDock(ResourceKind kind) const;
    /// The panel the user worked in last (the incidents panel at start).
    ResourcePanel *currentPanel() const;
    EditHistory *history() const { return m_history; }
    ConsoleActions *consoleActions() const { return m_actions; }
    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }

    /// Window geometry and dock layout, under "window/" in `settings`.
    void saveLayout(QSettings &settings) const;
    /// Restores what saveLayout() wrote; false when there was nothing (or it did not fit).
    bool restoreLayout(const QSettings &settings);
    /// Puts every dock back where it starts on a fresh install.
    void resetLayout();

    /// Applies and remembers the theme ("dark"/"light") and language ("", "zh_CN", "en").
    void applySettings(const QString &theme, const QString &language);

public Q_SLOTS:
    void undo();
    void toggleFullScreen();
    void showSettings();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createResourceDocks();
    void connectActions();
    void setCurrentPanel(ResourcePanel *panel);
    void onFocusChanged(QWidget *now);
    void retranslate();

    Store *m_store;
    QPointer<LanguageManager> m_languages;
    EditHistory *m_history = nullptr;
    ConsoleActions *m_actions = nullptr;
    ConsoleStatusBar *m_statusBar = nullptr;
    ImportExportController *m_transfer = nullptr;
    QHash<ResourceKind, ResourcePanel *> m_panels;
    QHash<ResourceKind, QDockWidget *> m_docks;
    QList<QDockWidget *> m_panelOrder;
    QList<QAction *> m_panelActions;
    QPointer<ResourcePanel> m_currentPanel;
    QByteArray m_initialState;
};

} // namespace tw
