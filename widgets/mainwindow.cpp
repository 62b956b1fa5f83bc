#include "mainwindow.h"

#include "centralplaceholder.h"
#include "consoleactions.h"
#include "consolestatusbar.h"
#include "edithistory.h"
#include "importexportcontroller.h"
#include "languagemanager.h"
#include "resourcepanel.h"
#include "resourcetablemodel.h"
#include "settingsdialog.h"
#include "store.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>

namespace tw {

namespace {

constexpr int kLayoutVersion = 1;
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

// The order of the resource docks: what a duty officer reaches for first comes first.
const QList<ResourceKind> kPanelOrder{ResourceKind::Incidents, ResourceKind::Teams,     ResourceKind::Warehouses,
                                      ResourceKind::Supplies,  ResourceKind::Stock,     ResourceKind::RiskPoints,
                                      ResourceKind::Targets,   ResourceKind::Shelters,  ResourceKind::Cameras,
                                      ResourceKind::Sensors};

} // namespace

MainWindow::MainWindow(Store *store, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setDockNestingEnabled(true);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    m_history = new EditHistory(store, this);
    m_actions = new ConsoleActions(this);
    m_actions->buildMenus(menuBar());
    m_statusBar = new ConsoleStatusBar(store, this);
    setStatusBar(m_statusBar);
    m_transfer = new ImportExportController(store, this, this);
    setCentralWidget(new CentralPlaceholder(this));
    createResourceDocks();
    connectActions();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    resize(1600, 960);
    m_initialState = saveState(kLayoutVersion);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createResourceDocks()
{
    QDockWidget *first = nullptr;
    for (ResourceKind kind : kPanelOrder) {
        auto *panel = new ResourcePanel(m_store, kind, m_history, this);
        auto *dock = new QDockWidget(this);
        dock->setObjectName(QStringLiteral("dock_") + kindDef(kind).name);
        dock->setWidget(panel);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                          | QDockWidget::DockWidgetClosable);
        connect(panel, &ResourcePanel::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, 8000);
        });
        connect(dock, &QDockWidget::visibilityChanged, panel, [this, panel](bool visible) {
            if (visible) {
                setCurrentPanel(panel);
            }
        });
        m_panels.insert(kind, panel);
        m_docks.insert(kind, dock);
        addPanel(dock, Qt::RightDockWidgetArea);
        if (first) {
            tabifyDockWidget(first, dock);
        } else {
            first = dock;
        }
    }
    first->raise();
    resizeDocks({first}, {780}, Qt::Horizontal);
    m_currentPanel = m_panels.value(ResourceKind::Incidents);
}

void MainWindow::setCentralMapWidget(QWidget *widget)
{
    QWidget *old = takeCentralWidget();
    setCentralWidget(widget);
    delete old;
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    if (dock->objectName().isEmpty()) {
        dock->setObjectName(QStringLiteral("dock_%1").arg(m_panelOrder.size()));
    }
    dock->setParent(this);
    addDockWidget(area, dock);
    const int index = static_cast<int>(m_panelOrder.size());
    m_panelOrder << dock;
    auto *action = new QAction(dock->windowTitle(), this);
    action->setObjectName(QStringLiteral("show_") + dock->objectName());
    if (index < 10) {
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + (index == 9 ? -1 : index))));
    }
    connect(dock, &QDockWidget::windowTitleChanged, action, &QAction::setText);
    connect(action, &QAction::triggered, dock, [dock] {
        dock->show();
        dock->raise();
        if (QWidget *content = dock->widget()) {
            content->setFocus(Qt::ShortcutFocusReason);
        }
    });
    addAction(action);
    m_actions->panelsMenu()->addAction(action);
    m_panelActions << action;
}

ResourcePanel *MainWindow::resourcePanel(ResourceKind kind) const
{
    return m_panels.value(kind);
}

QDockWidget *MainWindow::resourceDock(ResourceKind kind) const
{
    return m_docks.value(kind);
}

ResourcePanel *MainWindow::currentPanel() const
{
    return m_currentPanel ? m_currentPanel.data() : m_panels.value(ResourceKind::Incidents);
}

void MainWindow::setCurrentPanel(ResourcePanel *panel)
{
    m_currentPanel = panel;
}

void MainWindow::onFocusChanged(QWidget *now)
{
    for (QWidget *w = now; w; w = w->parentWidget()) {
        if (auto *panel = qobject_cast<ResourcePanel *>(w)) {
            setCurrentPanel(panel);
            return;
        }
    }
}

void MainWindow::connectActions()
{
    ConsoleActions *a = m_actions;
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->find, &QAction::triggered, this, [this] {
        if (ResourcePanel *panel = currentPanel()) {
            m_docks.value(panel->kind())->raise();
            panel->focusSearch();
        }
    });
    connect(a->newRecord, &QAction::triggered, this, [this] {
        if (ResourcePanel *panel = currentPanel()) {
            m_docks.value(panel->kind())->raise();
            panel->newRecord();
        }
    });
    connect(a->saveRecord, &QAction::triggered, this, [this] {
        if (ResourcePanel *panel = currentPanel()) {
            panel->saveForm();
        }
    });
    connect(a->deleteRecord, &QAction::triggered, this, [this] {
        if (ResourcePanel *panel = currentPanel()) {
            panel->deleteCurrent();
        }
    });
    connect(a->undo, &QAction::triggered, this, &MainWindow::undo);
    connect(m_history, &EditHistory::canUndoChanged, a->undo, &QAction::setEnabled);
    connect(a->fullScreen, &QAction::triggered, this, &MainWindow::toggleFullScreen);
    connect(a->darkTheme, &QAction::triggered, this, [this] {
        applySettings(QStringLiteral("dark"), m_languages ? m_languages->language() : QString());
    });
    connect(a->lightTheme, &QAction::triggered, this, [this] {
        applySettings(QStringLiteral("light"), m_languages ? m_languages->language() : QString());
    });
    connect(a->resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->importFile, &QAction::triggered, this, [this] {
        m_transfer->importInteractive(currentPanel() ? currentPanel()->kind() : ResourceKind::Teams);
    });
    connect(a->exportFile, &QAction::triggered, this, [this] {
        m_transfer->exportInteractive(currentPanel() ? currentPanel()->kind() : ResourceKind::Teams);
    });
    connect(m_transfer, &ImportExportController::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_transfer, &ImportExportController::importFinished, this, [this](ResourceKind kind) {
        // The import wrote through its own connection: this window's models read again.
        for (ResourcePanel *panel : std::as_const(m_panels)) {
            panel->tableModel()->reload();
        }
        m_statusBar->refresh();
        if (QDockWidget *dock = m_docks.value(kind)) {
            dock->raise();
        }
    });
}

void MainWindow::undo()
{
    const QString what = m_history->undoText();
    const Status status = m_history->undo();
    if (!status) {
        statusBar()->showMessage(tr("Could not undo: %1").arg(status.errorString()), 8000);
        return;
    }
    statusBar()->showMessage(tr("Done: %1").arg(what), 8000);
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
    } else {
        showFullScreen();
    }
    m_actions->fullScreen->setChecked(isFullScreen());
}

void MainWindow::applySettings(const QString &theme, const QString &language)
{
    const Theme::Name name = Theme::fromString(theme);
    Theme::apply(name);
    m_actions->darkTheme->setChecked(name == Theme::Dark);
    m_actions->lightTheme->setChecked(name == Theme::Light);
    if (m_languages && (language != m_languages->language())) {
        m_languages->setLanguage(language);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("ui/theme"), Theme::toString(name));
    settings.setValue(QStringLiteral("ui/language"), language);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(Theme::toString(Theme::current()), m_languages ? m_languages->language() : QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings(dialog.theme(), dialog.language());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tidewatch"),
                       tr("<h3>Tidewatch %1</h3><p>Emergency command and decision-support console.</p>"
                          "<p>Qt %2</p>")
                           .arg(QStringLiteral(TW_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

bool MainWindow::restoreLayout(const QSettings &settings)
{
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    const QByteArray state = settings.value(kStateKey).toByteArray();
    bool restored = false;
    if (!geometry.isEmpty()) {
        restored = restoreGeometry(geometry);
    }
    if (!state.isEmpty()) {
        restored = restoreState(state, kLayoutVersion) && restored;
    }
    return restored;
}

void MainWindow::resetLayout()
{
    restoreState(m_initialState, kLayoutVersion);
    for (QDockWidget *dock : std::as_const(m_panelOrder)) {
        dock->show();
    }
    if (QDockWidget *first = m_docks.value(ResourceKind::Incidents)) {
        first->raise();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    saveLayout(settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    for (auto it = m_docks.cbegin(); it != m_docks.cend(); ++it) {
        it.value()->setWindowTitle(kindDef(it.key()).translatedLabel());
    }
    const QString file = m_store ? QFileInfo(m_store->path()).fileName() : QString();
    setWindowTitle(file.isEmpty() ? tr("Tidewatch emergency command")
                                  : tr("Tidewatch emergency command — %1").arg(file));
}

} // namespace tw
