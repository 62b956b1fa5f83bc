#include "consoleactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

namespace tw {

ConsoleActions::ConsoleActions(QObject *parent) : QObject(parent)
{
    importFile = make(QKeySequence(Qt::CTRL | Qt::Key_I), "actionImport");
    exportFile = make(QKeySequence(Qt::CTRL | Qt::Key_E), "actionExport");
    quit = make(QKeySequence(Qt::CTRL | Qt::Key_Q), "actionQuit");
    quit->setMenuRole(QAction::QuitRole);
    find = make(QKeySequence(Qt::CTRL | Qt::Key_F), "actionFind");
    newRecord = make(QKeySequence(Qt::CTRL | Qt::Key_N), "actionNew");
    saveRecord = make(QKeySequence(Qt::CTRL | Qt::Key_S), "actionSave");
    deleteRecord = make(QKeySequence(Qt::Key_Delete), "actionDelete");
    undo = make(QKeySequence(Qt::CTRL | Qt::Key_Z), "actionUndo");
    undo->setEnabled(false);
    fullScreen = make(QKeySequence(Qt::Key_F11), "actionFullScreen");
    fullScreen->setCheckable(true);
    darkTheme = make({}, "actionDarkTheme");
    lightTheme = make({}, "actionLightTheme");
    m_themeGroup = new QActionGroup(this);
    for (QAction *action : {darkTheme, lightTheme}) {
        action->setCheckable(true);
        m_themeGroup->addAction(action);
    }
    darkTheme->setChecked(true);
    resetLayout = make({}, "actionResetLayout");
    settings = make(QKeySequence(Qt::CTRL | Qt::Key_Comma), "actionSettings");
    settings->setMenuRole(QAction::PreferencesRole);
    about = make({}, "actionAbout");
    about->setMenuRole(QAction::AboutRole);
    retranslate();
}

QAction *ConsoleActions::make(const QKeySequence &shortcut, const char *objectName)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    return action;
}

void ConsoleActions::buildMenus(QMenuBar *menuBar)
{
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->addAction(importFile);
    m_fileMenu->addAction(exportFile);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_editMenu = menuBar->addMenu(QString());
    m_editMenu->addAction(undo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(newRecord);
    m_editMenu->addAction(saveRecord);
    m_editMenu->addAction(deleteRecord);
    m_editMenu->addSeparator();
    m_editMenu->addAction(find);

    m_viewMenu = menuBar->addMenu(QString());
    m_panelsMenu = m_viewMenu->addMenu(QString());
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addAction(darkTheme);
    m_themeMenu->addAction(lightTheme);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(fullScreen);
    m_viewMenu->addAction(resetLayout);

    m_settingsMenu = menuBar->addMenu(QString());
    m_settingsMenu->addAction(settings);

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->addAction(about);
    retranslate();
}

void ConsoleActions::retranslate()
{
    importFile->setText(tr("&Import…"));
    importFile->setStatusTip(tr("Import records from CSV, GeoJSON, Shapefile, GeoPackage or KML"));
    exportFile->setText(tr("&Export…"));
    exportFile->setStatusTip(tr("Export the records of the current panel as CSV or GeoJSON"));
    quit->setText(tr("&Quit"));
    find->setText(tr("&Find in panel"));
    newRecord->setText(tr("&New record"));
    saveRecord->setText(tr("&Save record"));
    deleteRecord->setText(tr("&Delete record…"));
    undo->setText(tr("&Undo last edit"));
    fullScreen->setText(tr("&Full screen"));
    darkTheme->setText(tr("&Dark (control room)"));
    lightTheme->setText(tr("&Light"));
    resetLayout->setText(tr("&Reset layout"));
    settings->setText(tr("&Settings…"));
    about->setText(tr("&About Tidewatch"));
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File"));
        m_editMenu->setTitle(tr("&Edit"));
        m_viewMenu->setTitle(tr("&View"));
        m_panelsMenu->setTitle(tr("&Panels"));
        m_themeMenu->setTitle(tr("&Theme"));
        m_settingsMenu->setTitle(tr("&Settings"));
        m_helpMenu->setTitle(tr("&Help"));
    }
}

} // namespace tw
