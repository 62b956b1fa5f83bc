#include "mainwindow.h"

namespace tw {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tidewatch"));
}

} // namespace tw
