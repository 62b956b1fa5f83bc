#include "incidentreportwriter.h"

#include "incidentreporthtml.h"
#include "incidentreportterms.h"
#include "logging.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

namespace tw {

namespace {

constexpr QSize kThumbnailBox{320, 240};

QFont reportFont(bool chinese)
{
    // Latin text from a Latin face where there is one, Chinese from a CJK face (the setup script
    // installs WenQuanYi Micro Hei); Qt falls back along the list glyph by glyph.
    QStringList families{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                         QStringLiteral("Source Han Sans SC")};
    const QString latin = QStringLiteral("DejaVu Sans");
    if (chinese) {
        families.append(latin);
    } else {
        families.prepend(latin);
    }
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(10.0);
    return font;
}

QImage thumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kThumbnailBox.width() || size.height() > kThumbnailBox.height())) {
        reader.setScaledSize(size.scaled(kThumbnailBox, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        qCInfo(lcWidgets) << "no thumbnail for" << path << reader.errorString();
        return {};
    }
    if (image.width() > kThumbnailBox.width() || image.height() > kThumbnailBox.height()) {
        image = image.scaled(kThumbnailBox, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

Status failed(QSaveFile &file, const QString &path)
{
    const QString reason = file.errorString();
    file.cancelWriting();
    return Error{IncidentReportWriter::tr("cannot write the report to %1: %2").arg(path, reason), {}, path};
}

Status writePdf(const ReportData &data, const QHash<QString, QImage> &images, QSaveFile &file)
{
    const bool chinese = data.options.isChinese();
    QTextDocument document;
    document.setDefaultFont(reportFont(chinese));
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // hashes and long ids wrap too
    document.setDefaultTextOption(option);
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    }
    document.setHtml(reportHtml(data, images, false));

    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(reportTitle(data.kind, chinese) + QStringLiteral(" — ") + data.incident.title);
    writer.setCreator(QStringLiteral("Tidewatch"));
    document.print(&writer);
    return {};
}

} // namespace

QHash<QString, QImage> reportImages(const ReportData &data)
{
    QHash<QString, QImage> images;
    if (!data.map.isNull()) {
        images.insert(QStringLiteral("map"), data.map);
    }
    for (const ReportAttachment &attachment : data.attachments) {
        if (attachment.path.isEmpty() || !attachment.entry.isImage()
            || QFileInfo(attachment.path).size() > kReportThumbnailMaxBytes) {
            continue;
        }
        const QImage image = thumbnail(attachment.path);
        if (!image.isNull()) {
            images.insert(attachmentImageName(attachment.entry.sha256), image);
        }
    }
    return images;
}

Status writeIncidentReport(const ReportData &data, ReportFormat format, const QString &path)
{
    if (Status target = checkReportTarget(path); !target) {
        return target;
    }
    const QHash<QString, QImage> images = reportImages(data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(file, path);
    }
    if (format == ReportFormat::Html) {
        const QByteArray html = reportHtml(data, images, true).toUtf8();
        if (file.write(html) != html.size()) {
            return failed(file, path);
        }
    } else if (Status written = writePdf(data, images, file); !written) {
        file.cancelWriting();
        return written;
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        return failed(file, path);
    }
    qCInfo(lcWidgets) << "wrote the" << reportKindName(data.kind) << "report of" << data.incident.id << "to" << path;
    return {};
}

} // namespace tw
