#pragma once

#include "store.h"

#include "entityschema.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace tw {


/// File > Import and File > Export: asks for the file, kind and datum, then imports on a worker
/// thread (with its own connection to the database file) or exports, and reports the outcome.
class ImportExportController : public QObject {
    Q_OBJECT
public:
    ImportExportController(Store *store, QWidget *dialogParent, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void importInteractive(tw::ResourceKind suggestedKind);
    void exportInteractive(tw::ResourceKind kind);

Q_SIGNALS:
    /// Records of `kind` were written by another connection: views must read them again.
    void importFinished(tw::ResourceKind kind);
    void statusMessage(const QString &message);

private:
    void report(bool ok, const QString &title, const QString &text);

    QPointer<Store> m_store;
    QPointer<QWidget> m_dialogParent;
    bool m_busy = false;
};

} // namespace tw
