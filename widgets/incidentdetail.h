#pragma once

#include "escalationprompt.h"
#include "incident.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tw {

class IncidentAttachmentList;
class IncidentReportButton;
class MapView;
class Store;

/// One incident: status with the transitions its lifecycle allows (a reason is asked where one
/// is needed), category and type, event level and warning level as separate fields, and the
/// casualty and loss figures. Raised figures that call for a more severe level open an
/// EscalationPrompt. Every change is a store mutation.
class IncidentDetail : public QWidget {
    Q_OBJECT
public:
    explicit IncidentDetail(Store *store, QWidget *parent = nullptr);

    void setIncident(const QString &incidentId);
    QString incidentId() const { return m_incident.id; }
    const Incident &incident() const { return m_incident; }

    /// The status buttons shown (one per allowed transition), by target status.
    QHash<QString, QPushButton *> transitionButtons() const { return m_transitions; }
    /// Changes the status, asking for a reason first when the transition needs one.
    void requestTransition(const QString &to);
    /// Applies incident.setStatus; false (with statusMessage) when the store refuses.
    bool applyStatus(const QString &to, const QString &reason);

    QComboBox *categoryBox() const { return m_category; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *warningBox() const { return m_warning; }
    QSpinBox *deathsBox() const { return m_deaths; }
    QSpinBox *seriousInjuriesBox() const { return m_serious; }
    QDoubleSpinBox *lossBox() const { return m_loss; }
    /// Applies the category/type, event level and warning level that changed.
    bool applyGrading();
    /// Applies the casualty figures; may open the escalation prompt.
    bool applyCasualties();
    /// The open escalation prompt, if any.
    EscalationPrompt *escalationPrompt() const { return m_prompt; }

    /// The map "Draw area" sketches on; by default the map of this panel's window.
    void setMapView(MapView *map);
    QPushButton *drawAreaButton() const { return m_drawArea; }
    QPushButton *clearAreaButton() const { return m_clearArea; }
    /// Starts drawing the incident's area polygon on the map (saved through incident.update).
    void drawArea();
    /// Removes the incident's area (incident.update with area = null).
    bool clearArea();

    /// The "Report" button (initial, follow-up and final report as PDF or HTML).
    IncidentReportButton *reportButton() const { return m_report; }
    /// The incident's attachments; files dropped on the detail are attached there.
    IncidentAttachmentList *attachments() const { return m_attachments; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    void fillTypes();
    bool applyMutation(const QString &name, const QJsonObject &args);
    void checkEscalation();

    Store *m_store;
    Incident m_incident;
    QLabel *m_title;
    QLabel *m_status;
    QHBoxLayout *m_transitionRow;
    QHash<QString, QPushButton *> m_transitions;
    QComboBox *m_category;
    QComboBox *m_type;
    QComboBox *m_level;
    QComboBox *m_warning;
    QSpinBox *m_deaths;
    QSpinBox *m_serious;
    QSpinBox *m_missing;
    QSpinBox *m_trapped;
    QDoubleSpinBox *m_loss;
    QLabel *m_suggestion;
    QPointer<EscalationPrompt> m_prompt;
    QPointer<MapView> m_map;
    QPushButton *m_drawArea;
    QPushButton *m_clearArea;
    IncidentReportButton *m_report;
    IncidentAttachmentList *m_attachments;
};

/// The translated name of an incident status.
QString incidentStatusLabel(const QString &status);

} // namespace tw
