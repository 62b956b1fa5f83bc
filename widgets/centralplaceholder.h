#pragma once

#include <QWidget>

class QLabel;

namespace tw {

/// What the central area shows until the map is plugged in with MainWindow::setCentralMapWidget().
class CentralPlaceholder : public QWidget {
    Q_OBJECT
public:
    explicit CentralPlaceholder(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label = nullptr;
};

} // namespace tw
