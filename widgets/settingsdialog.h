#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace tw {

/// The console's settings: theme and language. Both are applied at once when accepted.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `theme` is "dark" or "light"; `language` is "" (system), "zh_CN" or "en".
    SettingsDialog(const QString &theme, const QString &language, QWidget *parent = nullptr);

    QString theme() const;
    QString language() const;
    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }

private:
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace tw
