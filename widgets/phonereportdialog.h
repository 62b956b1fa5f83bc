#pragma once

#include "result.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tw {

class Store;

/// The quick phone-report form: caller, phone, time, place (text and a point), what happened,
/// casualties. Creating applies incident.create (and incident.setCasualties when anyone is hurt).
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

    /// Creates the incident; returns its id.
    Result<QString> create();
    void accept() override;

Q_SIGNALS:
    void created(const QString &incidentId);

private:
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
};

} // namespace tw
