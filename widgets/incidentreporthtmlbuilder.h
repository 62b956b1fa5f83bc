#pragma once

// The builder behind reportHtml(), shared by incidentreporthtml.cpp (document, header, sections
// one to three) and incidentreporthtmlsections.cpp (the other sections and the appendices).

#include "incidentreporthtml.h"
#include "incidentreportterms.h"

#include <QDateTime>

#include <algorithm>

namespace tw::Internal {

/// Text escaped for HTML.
QString esc(const QString &text);
/// The text, or a dash when it is empty.
QString orDash(const QString &text);
/// The translated label of a schema field.
QString fieldLabel(ResourceKind kind, const char *key);
/// The translated label of a schema enum value.
QString enumLabel(ResourceKind kind, const char *key, const QString &value);
/// Timeline kinds that record what was done about the incident; the others tell what happened.
bool isMeasure(const QString &kind);

/// Writes the report's HTML section by section (see reportHtml()).
class ReportHtmlBuilder {
public:
    ReportHtmlBuilder(const ReportData &data, const QHash<QString, QImage> &images, bool inlineImages)
        : d(data), m_images(images), m_inline(inlineImages), m_zh(data.options.isChinese()),
          m_locale(data.options.locale())
    {
    }

    QString build();

private:
    QString dateTime(qint64 ms) const
    {
        if (ms <= 0) {
            return QStringLiteral("—");
        }
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
        return at.toString(m_zh ? QStringLiteral("yyyy年M月d日 HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    // Inside tables, where the year is clear from the report's header.
    QString shortDateTime(qint64 ms) const
    {
        if (ms <= 0) {
            return QStringLiteral("—");
        }
        return QDateTime::fromMSecsSinceEpoch(ms).toString(m_zh ? QStringLiteral("M月d日 HH:mm")
                                                                 : QStringLiteral("MM-dd HH:mm"));
    }
    QString duration(qint64 ms) const
    {
        const qint64 minutes = std::max<qint64>(0, ms / 60000);
        return IncidentReportHtml::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    QString separator() const { return m_zh ? QStringLiteral("　") : QStringLiteral(" — "); }
    QString image(const QString &name, int width) const;
    void heading(ReportTerm term);
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widthsPercent = {});
    void fields(const QList<QPair<QString, QString>> &rows);
    void eventList(const QList<TimelineEvent> &events);

    void header();
    void timeSection();
    void placeSection();
    void categorySection();
    void courseSection();
    void casualtySection();
    void measureSection();
    void resourceSection();
    void outlookSection();
    void reporterSection();
    void timelineAppendix();
    void attachmentAppendix();

    const ReportData &d;
    const QHash<QString, QImage> &m_images;
    bool m_inline;
    bool m_zh;
    QLocale m_locale;
    int m_section = 0;
    QString m_html;
};

} // namespace tw::Internal
