#include "settingsdialog.h"

#include "languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace tw {

SettingsDialog::SettingsDialog(const QString &theme, const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Dark (control room)"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : LanguageManager::available()) {
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));

    auto *note = new QLabel(tr("Changes apply immediately to every window."), this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Language / 语言:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString SettingsDialog::theme() const
{
    return m_theme->currentData().toString();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace tw
