# Fails when a library includes a module DESIGN.md forbids it to use.
# Usage: cmake -DROOT=<source tree> -P CheckLayering.cmake
if(NOT ROOT)
    message(FATAL_ERROR "ROOT is not set")
endif()

# Header patterns per Qt module / foreign library.
set(widgets_re "#include[ \t]*[<\"](QtWidgets/|QtCharts/|QWidget|QMainWindow|QDialog|QApplication|QLabel|QPushButton|QLineEdit|QTableView|QTreeView|QListView|QMessageBox|QDockWidget|QAbstractButton|QComboBox|QMenu|QAction[>\"]|QToolBar|QChart)")
set(gui_re "#include[ \t]*[<\"](QtGui/|QImage|QPainter|QPixmap|QColor|QFont|QGuiApplication|QIcon|QPen|QBrush|QPaintDevice|QTransform[>\"])")
set(sql_re "#include[ \t]*[<\"](QtSql/|QSql[A-Za-z]*[>\"]|sqlite3\\.h)")
set(network_re "#include[ \t]*[<\"](QtNetwork/|QtWebSockets/|QTcpSocket|QTcpServer|QUdpSocket|QNetworkAccessManager|QNetworkReply|QNetworkRequest|QWebSocket|QSslSocket)")
set(gst_re "#include[ \t]*[<\"](gst/)")

# folder -> forbidden groups
set(rules
    "core:widgets,gui,sql,network,gst"
    "models:widgets,gui,network,gst"
    "sync:widgets,gui,gst"
    "maps:widgets,gst"
    "video:widgets,sql,network"
    "server:widgets,gui,gst"
)

set(violations "")
foreach(rule IN LISTS rules)
    string(REPLACE ":" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(GET parts 1 groups)
    string(REPLACE "," ";" groups "${groups}")
    file(GLOB_RECURSE sources "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp" "${ROOT}/${folder}/*.hpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            foreach(group IN LISTS groups)
                if(line MATCHES "${${group}_re}")
                    list(APPEND violations "${source}: '${line}' (${folder}/ must not use ${group})")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violations:\n  ${text}")
endif()
message(STATUS "Layering OK under ${ROOT}")
