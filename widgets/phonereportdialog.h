#pragma once

#include "lonlat.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tw {

class MapView;
class Store;

/// The quick phone-report form: caller, phone, time, place (text and a point), what happened,
/// casualties. Creating applies incident.create (and incident.setCasualties when anyone is hurt).
/// "Pick on map" hides the form until the officer clicks the place on the console's map (Esc
/// cancels); the point stays pinned on the map while the form is open.
class PhoneReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit PhoneReportDialog(Store *store, QWidget *parent = nullptr);

    QLineEdit *callerEdit() const { return m_caller; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *placeEdit() const { return m_place; }
    QDoubleSpinBox *lonBox() const { return m_lon; }
    QDoubleSpinBox *latBox() const { return m_lat; }
    QComboBox *categoryBox() const { return m_category; }
    QPlainTextEdit *whatEdit() const { return m_what; }
    QSpinBox *deathsBox() const { return m_deaths; }
    QSpinBox *injuredBox() const { return m_injured; }
    QSpinBox *trappedBox() const { return m_trapped; }
    QPushButton *pickButton() const { return m_pick; }

    /// The map "Pick on map" uses; by default the map of the parent's window.
    void setMapView(MapView *map);
    /// Hides the form and lets the user click the place on the map.
    void pickOnMap();
    void setPoint(LonLat point);

    /// Creates the incident; returns its id.
    Result<QString> create();
    void accept() override;

Q_SIGNALS:
    void created(const QString &incidentId);

private:
    void endPick();
    void showMarker();

    Store *m_store;
    QLineEdit *m_caller;
    QLineEdit *m_phone;
    QDateTimeEdit *m_time;
    QLineEdit *m_place;
    QDoubleSpinBox *m_lon;
    QDoubleSpinBox *m_lat;
    QComboBox *m_category;
    QPlainTextEdit *m_what;
    QSpinBox *m_deaths;
    QSpinBox *m_injured;
    QSpinBox *m_trapped;
    QLabel *m_error;
    QPushButton *m_pick;
    QPointer<MapView> m_map;
    QMetaObject::Connection m_picked;
    QMetaObject::Connection m_pickCancelled;
    bool m_showsMarker = false;
};

} // namespace tw
