#include "consolestatusbar.h"

#include "store.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace tw {

ConsoleStatusBar::ConsoleStatusBar(Store *store, QWidget *parent) : QStatusBar(parent), m_store(store)
{
    setObjectName(QStringLiteral("consoleStatusBar"));
    m_demoBadge = new QLabel(this);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_database = new QLabel(this);
    m_database->setObjectName(QStringLiteral("databaseLabel"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    addPermanentWidget(m_counts);
    addPermanentWidget(m_database);
    addPermanentWidget(m_demoBadge);

    // Imports emit one change per record: count once per burst.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &ConsoleStatusBar::refresh);
    if (m_store) {
        connect(m_store, &Store::recordsChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    }
    refresh();
}

void ConsoleStatusBar::refresh()
{
    if (!m_store) {
        m_database->setText(tr("No database"));
        m_counts->clear();
        m_demoBadge->hide();
        return;
    }
    const bool demo = m_store->metadata(QStringLiteral("dataset")) == QLatin1String("demo");
    // The badge says it in both languages: a visitor from another team must not take drill data
    // for the real city.
    m_demoBadge->setText(tr("DEMO DATA"));
    m_demoBadge->setToolTip(tr("This database holds invented demonstration data, not real resources."));
    m_demoBadge->setVisible(demo);
    const QString path = m_store->path();
    m_database->setText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    m_database->setToolTip(QDir::toNativeSeparators(path));
    QStringList parts;
    for (const KindDef &kind : allKinds()) {
        parts << tr("%1 %2").arg(kind.translatedLabel()).arg(m_store->count(kind.kind));
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

void ConsoleStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QStatusBar::changeEvent(event);
}

} // namespace tw
