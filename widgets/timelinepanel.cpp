#include "timelinepanel.h"

#include "timelinemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw {

TimelinePanel::TimelinePanel(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new TimelineModel(store, this))
    , m_view(new TimelineView(store, m_model, this))
    , m_kindButton(new QToolButton(this))
    , m_textFilter(new QLineEdit(this))
    , m_lanes(new QComboBox(this))
{
    m_kindButton->setText(tr("Kinds"));
    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(m_kindButton);
    using namespace TimelineKind;
    for (const QString &kind : {Report, Verification, LevelChange, WarningChange, StatusChange, CasualtyUpdate,
                                Acknowledgement, Update, Note, Dispatch, Arrival, Media, SensorAlert, PlanStep}) {
        QAction *action = kinds->addAction(timelineKindLabel(kind));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(kind);
        connect(action, &QAction::toggled, this, &TimelinePanel::updateHiddenKinds);
    }
    m_kindButton->setMenu(kinds);
    m_textFilter->setPlaceholderText(tr("Search the timeline"));
    m_textFilter->setClearButtonEnabled(true);
    connect(m_textFilter, &QLineEdit::textChanged, m_view, &TimelineView::setTextFilter);
    m_lanes->addItem(tr("Lanes by kind"));
    m_lanes->addItem(tr("Lanes by team"));
    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setLanes(index == 1 ? TimelineView::Lanes::ByTeam : TimelineView::Lanes::ByKind);
    });
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show every event (Home returns to now)"));
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export CSV…"));
    connect(exportButton, &QToolButton::clicked, this, &TimelinePanel::exportCsv);
    connect(m_view, &TimelineView::noteFailed, this, &TimelinePanel::statusMessage);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kindButton);
    bar->addWidget(m_textFilter, 1);
    bar->addWidget(m_lanes);
    bar->addWidget(fit);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void TimelinePanel::setIncident(const QString &incidentId)
{
    m_model->setIncident(incidentId);
}

void TimelinePanel::updateHiddenKinds()
{
    QSet<QString> hidden;
    for (QAction *action : m_kindButton->menu()->actions()) {
        if (!action->isChecked()) {
            hidden.insert(action->data().toString());
        }
    }
    m_view->setHiddenKinds(hidden);
}

void TimelinePanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export timeline"), tr("timeline.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (m_view->exportCsv(path, &error)) {
        Q_EMIT statusMessage(tr("Exported %n event(s) to %1", nullptr, m_view->filteredCount()).arg(path));
    } else {
        Q_EMIT statusMessage(error);
    }
}

} // namespace tw
