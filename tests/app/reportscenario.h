#pragma once

// A demo database prepared for report tests (shared by the command-line and the widget tests):
// a team committed to the house fire, new casualty figures, a note, an image attachment, and a
// second incident closed with a reason. Plus ways to read a report file back as text.

#include <catch2/catch.hpp>

#include "attachmentstore.h"
#include "democity.h"
#include "store.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include <memory>

namespace tw::test {

struct ReportScenario {
    QTemporaryDir dir;
    QString databasePath;
    QString incidentId;
    QString title = QStringLiteral("拱墅区居民楼火灾");
    QString address;
    QString teamName;
    QString note = QStringLiteral("第二梯队到场，开展内攻搜救");
    QString attachmentName = QStringLiteral("现场照片.png");
    QString attachmentSha;
    QString closedIncidentId;
    QString closeReason = QStringLiteral("落石已清理，村道恢复通行");

    ReportScenario();
    QString path(const QString &name) const { return dir.filePath(name); }
};

inline QString mustApplyMutation(Store &store, const QString &name, const QJsonObject &args)
{
    const Result<MutationOutcome> applied = store.apply(name, args);
    INFO(name.toStdString() << ": " << applied.errorString().toStdString());
    REQUIRE(applied.ok());
    return applied->id;
}

inline QString incidentIdByTitle(const Store &store, const QString &title)
{
    for (const Record &incident : store.records(ResourceKind::Incidents)) {
        if (incident.text(QStringLiteral("title")) == title) {
            return incident.id;
        }
    }
    FAIL("the demo has no incident called " << title.toStdString());
    return {};
}

inline ReportScenario::ReportScenario()
{
    REQUIRE(dir.isValid());
    databasePath = dir.filePath(QStringLiteral("demo.sqlite"));
    Result<std::unique_ptr<Store>> opened = openDemoDatabase(databasePath);
    INFO(opened.errorString().toStdString());
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    store.setActor(QStringLiteral("值班员张伟"));

    incidentId = incidentIdByTitle(store, title);
    const Record incident = store.record(ResourceKind::Incidents, incidentId).value();
    address = incident.text(QStringLiteral("address"));
    RecordFilter availableFire;
    availableFire.equals = {{QStringLiteral("status"), QStringLiteral("available")},
                            {QStringLiteral("team_kind"), QStringLiteral("fire")}};
    const QList<Neighbor> nearest = store.nearest(ResourceKind::Teams, *incident.point, 1, availableFire);
    REQUIRE(nearest.size() == 1);
    teamName = nearest.first().record.displayName();
    const QString order = mustApplyMutation(store, QStringLiteral("dispatch.propose"),
                                            {{QStringLiteral("incident_id"), incidentId},
                                             {QStringLiteral("team_id"), nearest.first().record.id}});
    for (const char *step : {"dispatch.issue", "dispatch.enRoute", "dispatch.onScene"}) {
        mustApplyMutation(store, QLatin1String(step), {{QStringLiteral("id"), order}});
    }
    mustApplyMutation(store, QStringLiteral("incident.setCasualties"),
                      {{QStringLiteral("id"), incidentId},
                       {QStringLiteral("serious_injuries"), 7},
                       {QStringLiteral("trapped"), 4},
                       {QStringLiteral("direct_loss_cny"), 1250000}});
    mustApplyMutation(store, QStringLiteral("timeline.note"),
                      {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("text"), note}});

    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(QColor(0xc0, 0x40, 0x20));
    QPainter(&photo).fillRect(100, 100, 200, 150, Qt::yellow);
    const QString photoPath = dir.filePath(attachmentName);
    REQUIRE(photo.save(photoPath, "PNG"));
    const Result<MutationOutcome> attached = attachFile(store, incidentId, photoPath);
    INFO(attached.errorString().toStdString());
    REQUIRE(attached.ok());
    attachmentSha = attachmentHash(store.timeline(incidentId).first().attachment);
    REQUIRE(attachmentSha.size() == 64);

    closedIncidentId = incidentIdByTitle(store, QStringLiteral("龙井村山体边坡落石"));
    mustApplyMutation(store, QStringLiteral("incident.setStatus"),
                      {{QStringLiteral("id"), closedIncidentId},
                       {QStringLiteral("status"), QStringLiteral("closed")},
                       {QStringLiteral("reason"), closeReason}});
}

/// The text of a PDF as pdftotext (poppler-utils, installed by scripts/setup.sh) extracts it.
inline QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        FAIL("pdftotext is missing: install poppler-utils (scripts/setup.sh does)");
    }
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The visible text of an HTML report, as a browser-like reader sees it.
inline QString htmlText(const QString &html)
{
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QTextDocument document;
    document.setHtml(QString::fromUtf8(file.readAll()));
    return document.toPlainText();
}

/// Text without any white space: table cells and wrapped lines come out of pdftotext in pieces.
inline QString compact(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

} // namespace tw::test
