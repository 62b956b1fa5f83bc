#pragma once

#include "incident.h"
#include "incidentreport.h"

#include <QHash>
#include <QToolButton>

#include <functional>

namespace tw {

class IncidentReportJob;
class Store;

/// The incident detail's "Report" button. Its menu writes the initial, follow-up or final report
/// of the incident, as PDF or HTML (chosen in the file dialog), in the console's language; a click
/// on the button writes the report the incident's status calls for. The file is written in the
/// background and the outcome reported by `statusMessage`.
class IncidentReportButton : public QToolButton {
    Q_OBJECT
public:
    /// Returns the file to write (empty to cancel), given a suggested path.
    using PathPicker = std::function<QString(const QString &suggestedPath)>;

    /// `store` must outlive the button.
    explicit IncidentReportButton(Store *store, QWidget *parent = nullptr);

    void setIncident(const Incident &incident);
    /// Replaces the file dialog.
    void setPathPicker(PathPicker picker) { m_picker = std::move(picker); }
    /// The unit, author, contact, time and map sources every report starts from. By default they
    /// come from the settings ("report/unit", "report/author", "report/contact") and the map's
    /// saved tile sources. The language is always the console's.
    void setBaseOptions(const ReportOptions &options);
    ReportOptions baseOptions() const;

    QAction *reportAction(ReportKind kind) const { return m_actions.value(int(kind)); }
    IncidentReportJob *job() const { return m_job; }
    /// Asks for a file and starts the report; false when nothing was started (cancelled, or refused
    /// with a statusMessage).
    bool exportReport(ReportKind kind);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The report file was written (`ok`) or not.
    void reportFinished(bool ok, const QString &message, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString suggestedPath(ReportKind kind) const;
    void retranslate();

    Store *m_store;
    Incident m_incident;
    QHash<int, QAction *> m_actions;
    PathPicker m_picker;
    std::optional<ReportOptions> m_baseOptions;
    IncidentReportJob *m_job;
};

} // namespace tw
