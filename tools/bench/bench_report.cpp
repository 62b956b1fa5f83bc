// tidewatch-bench report: how long an incident report takes (data, map snapshot, PDF, HTML) and how
// fast attachments are hashed and stored, on the demo database with a committed team and a photo.
#include "benchregistry.h"

#include "attachmentstore.h"
#include "democity.h"
#include "incidentreport.h"
#include "incidentreportmap.h"
#include "incidentreportwriter.h"
#include "store.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace tw::bench {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "tidewatch-bench report: " << message << '\n';
    return 1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// The house fire of the demo with the nearest available fire team on scene and a photo attached.
Result<QString> prepare(Store &store, const QString &folder)
{
    QString incidentId;
    for (const Record &incident : store.records(ResourceKind::Incidents)) {
        if (incident.text(QStringLiteral("title")) == QStringLiteral("拱墅区居民楼火灾")) {
            incidentId = incident.id;
        }
    }
    const Result<Record> incident = store.record(ResourceKind::Incidents, incidentId);
    if (!incident) {
        return incident.error();
    }
    RecordFilter fire;
    fire.equals = {{QStringLiteral("status"), QStringLiteral("available")}, {QStringLiteral("team_kind"), QStringLiteral("fire")}};
    const QList<Neighbor> nearest = store.nearest(ResourceKind::Teams, *incident->point, 1, fire);
    if (nearest.isEmpty()) {
        return Error{QStringLiteral("no available fire team"), {}, {}};
    }
    const Result<MutationOutcome> order = store.apply(QStringLiteral("dispatch.propose"),
                                                      {{QStringLiteral("incident_id"), incidentId},
                                                       {QStringLiteral("team_id"), nearest.first().record.id}});
    if (!order) {
        return order.error();
    }
    for (const char *step : {"dispatch.issue", "dispatch.enRoute", "dispatch.onScene"}) {
        if (const Result<MutationOutcome> done = store.apply(QLatin1String(step), {{QStringLiteral("id"), order->id}}); !done) {
            return done.error();
        }
    }
    QImage photo(4000, 3000, QImage::Format_RGB32);
    photo.fill(QColor(0x80, 0x60, 0x40));
    const QString photoPath = folder + QStringLiteral("/photo.jpg");
    photo.save(photoPath, "JPEG");
    if (const Result<MutationOutcome> attached = attachFile(store, incidentId, photoPath); !attached) {
        return attached.error();
    }
    return incidentId;
}

int runReport(const QStringList &args)
{
    int runs = 5;
    int attachMb = 100;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--runs")) {
            runs = std::max(1, args[i + 1].toInt());
        } else if (args[i] == QLatin1String("--attach-mb")) {
            attachMb = std::clamp(args[i + 1].toInt(), 1, 200);
        } else {
            return fail(QStringLiteral("unknown option %1").arg(args[i]));
        }
    }
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = openDemoDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!opened) {
        return fail(opened.errorString());
    }
    Store &store = *opened.value();
    const Result<QString> incidentId = prepare(store, dir.path());
    if (!incidentId) {
        return fail(incidentId.errorString());
    }

    QList<double> collectMs, mapMs, pdfMs, htmlMs;
    qint64 pdfBytes = 0;
    qint64 htmlBytes = 0;
    for (int run = 0; run < runs; ++run) {
        ReportOptions options;
        options.language = run % 2 ? QStringLiteral("en") : QStringLiteral("zh_CN");
        QElapsedTimer timer;
        timer.start();
        Result<ReportData> data = collectReportData(store, incidentId.value(), options);
        if (!data) {
            return fail(data.errorString());
        }
        collectMs << timer.nsecsElapsed() / 1e6;
        timer.restart();
        ReportMapSnapshot snapshot;
        QEventLoop loop;
        QObject::connect(&snapshot, &ReportMapSnapshot::ready, &loop, [&](const QImage &map) {
            data->map = map;
            loop.quit();
        });
        snapshot.start(data.value());
        loop.exec();
        mapMs << timer.nsecsElapsed() / 1e6;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        timer.restart();
        if (Status written = writeIncidentReport(data.value(), ReportFormat::Pdf, pdf); !written) {
            return fail(written.errorString());
        }
        pdfMs << timer.nsecsElapsed() / 1e6;
        pdfBytes = QFileInfo(pdf).size();
        const QString html = dir.filePath(QStringLiteral("report.html"));
        timer.restart();
        if (Status written = writeIncidentReport(data.value(), ReportFormat::Html, html); !written) {
            return fail(written.errorString());
        }
        htmlMs << timer.nsecsElapsed() / 1e6;
        htmlBytes = QFileInfo(html).size();
    }

    // A file of random bytes: stored once (hash, copy, check), then attached again (hash only).
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile file(big);
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(file.errorString());
        }
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (int mb = 0; mb < attachMb; ++mb) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            file.write(chunk);
        }
    }
    const AttachmentStore attachments = AttachmentStore::forStore(store);
    QElapsedTimer timer;
    timer.start();
    const Result<StoredAttachment> first = attachments.add(big);
    const double storeMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const Result<StoredAttachment> again = attachments.add(big);
    const double dedupMs = timer.nsecsElapsed() / 1e6;
    if (!first || !again || again->added) {
        return fail(first.errorString() + again.errorString());
    }

    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("report")},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("collect_ms_median"), median(collectMs)},
        {QStringLiteral("map_snapshot_ms_median"), median(mapMs)},
        {QStringLiteral("pdf_ms_median"), median(pdfMs)},
        {QStringLiteral("html_ms_median"), median(htmlMs)},
        {QStringLiteral("pdf_bytes"), pdfBytes},
        {QStringLiteral("html_bytes"), htmlBytes},
        {QStringLiteral("attach_mb"), attachMb},
        {QStringLiteral("attach_store_ms"), storeMs},
        {QStringLiteral("attach_store_mb_per_s"), attachMb / (storeMs / 1000.0)},
        {QStringLiteral("attach_again_ms"), dedupMs},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

const BenchRegistrar registrar("report",
                               "report [--runs N] [--attach-mb MB]: report data, map snapshot, PDF and HTML times; "
                               "attachment hashing and storing speed",
                               runReport);

} // namespace

} // namespace tw::bench
