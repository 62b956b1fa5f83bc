#include "centralplaceholder.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tw {

CentralPlaceholder::CentralPlaceholder(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("centralPlaceholder"));
    setAttribute(Qt::WA_StyledBackground);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("mapPlaceholder"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    setMinimumSize(320, 240);
    retranslate();
}

void CentralPlaceholder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CentralPlaceholder::retranslate()
{
    m_label->setText(tr("City map\n(not loaded)"));
}

} // namespace tw
