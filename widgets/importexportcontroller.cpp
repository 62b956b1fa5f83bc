#include "importexportcontroller.h"

#include "datum.h"
#include "exporter.h"
#include "importer.h"
#include "store.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace tw {

namespace {

// Runs on a worker thread: a connection of its own, closed before returning.
Result<ImportReport> importOnWorker(const QString &databasePath, const QString &filePath, ImportOptions options)
{
    Result<std::unique_ptr<Store>> store = Store::open(databasePath);
    if (!store) {
        return store.error();
    }
    return importFile(*store.value(), filePath, options);
}

} // namespace

ImportExportController::ImportExportController(Store *store, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_store(store), m_dialogParent(dialogParent)
{
}

void ImportExportController::report(bool ok, const QString &title, const QString &text)
{
    Q_EMIT statusMessage(text);
    if (ok) {
        QMessageBox::information(m_dialogParent, title, text);
    } else {
        QMessageBox::warning(m_dialogParent, title, text);
    }
}

void ImportExportController::importInteractive(ResourceKind suggestedKind)
{
    if (!m_store || m_busy) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Import records"), QString(),
        tr("Geodata and tables (*.csv *.geojson *.json *.shp *.gpkg *.kml);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QStringList kindLabels;
    int current = 0;
    for (const KindDef &kind : allKinds()) {
        if (kind.kind == suggestedKind) {
            current = static_cast<int>(kindLabels.size());
        }
        kindLabels << kind.translatedLabel();
    }
    bool ok = false;
    const QString kindLabel = QInputDialog::getItem(m_dialogParent, tr("Import records"),
                                                    tr("Import the file as:"), kindLabels, current, false, &ok);
    if (!ok) {
        return;
    }
    const QStringList datums{tr("WGS-84 (GPS, Tianditu)"), tr("GCJ-02 (Amap, Tencent)"), tr("BD-09 (Baidu)")};
    const QString datumLabel = QInputDialog::getItem(m_dialogParent, tr("Import records"),
                                                     tr("Coordinates in the file are in:"), datums, 0, false, &ok);
    if (!ok) {
        return;
    }
    ImportOptions options;
    options.kind = allKinds()[kindLabels.indexOf(kindLabel)].kind;
    options.datum = static_cast<Datum>(datums.indexOf(datumLabel));
    const QString fileName = QFileInfo(path).fileName();
    const QString title = tr("Import records");

    const auto finish = [this, options, fileName, title](const Result<ImportReport> &result) {
        m_busy = false;
        if (!result) {
            report(false, title, tr("Nothing was imported from %1: %2").arg(fileName, result.errorString()));
            return;
        }
        Q_EMIT importFinished(options.kind);
        report(true, title, tr("Imported %1 records from %2 (%3 updated).")
                                .arg(result->imported).arg(fileName).arg(result->updated));
    };

    m_busy = true;
    Q_EMIT statusMessage(tr("Importing %1…").arg(fileName));
    const QString databasePath = m_store->path();
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:")) {
        // A private in-memory database cannot be opened twice: import on this thread.
        finish(importFile(*m_store, path, options));
        return;
    }
    auto *watcher = new QFutureWatcher<Result<ImportReport>>(this);
    connect(watcher, &QFutureWatcher<Result<ImportReport>>::finished, this, [watcher, finish] {
        finish(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(importOnWorker, databasePath, path, options));
}

void ImportExportController::exportInteractive(ResourceKind kind)
{
    if (!m_store) {
        return;
    }
    const KindDef &def = kindDef(kind);
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export %1").arg(def.translatedLabel()),
                                                def.name + QStringLiteral(".csv"),
                                                tr("CSV (*.csv);;GeoJSON (*.geojson)"), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = suffix == QLatin1String("geojson") || suffix == QLatin1String("json")
            || (suffix != QLatin1String("csv") && selectedFilter.contains(QLatin1String("geojson")))
        ? QStringLiteral("geojson")
        : QStringLiteral("csv");
    const Status status = exportFile(*m_store, kind, format, path);
    const QString title = tr("Export %1").arg(def.translatedLabel());
    if (!status) {
        report(false, title, tr("Export failed: %1").arg(status.errorString()));
        return;
    }
    report(true, title, tr("Exported %1 records to %2.").arg(m_store->count(kind)).arg(QDir::toNativeSeparators(path)));
}

} // namespace tw
