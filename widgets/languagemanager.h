#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace tw {

/// Installs the console's translators (ours from :/i18n plus Qt's qtbase) and swaps them at run
/// time: every widget then receives QEvent::LanguageChange and retranslates itself.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// "" (follow the system locale), "zh_CN" or "en". Returns false when the translation for
    /// the language could not be loaded (the UI then stays in English).
    bool setLanguage(const QString &code);
    /// The setting as given ("" for system).
    QString language() const { return m_language; }
    /// The language actually shown: "zh_CN" or "en".
    QString effectiveLanguage() const { return m_effective; }

    /// "zh_CN" when `code` is empty and the system locale is Chinese, else `code` or "en".
    static QString resolve(const QString &code);
    /// The language whose translators are installed now ("en" when none is): what documents made
    /// for the user (reports) are written in. Translators are process-wide, so this is too.
    static QString installedLanguage();
    /// The languages offered in the settings: code and its name in that language.
    static QList<QPair<QString, QString>> available();

Q_SIGNALS:
    void languageChanged(const QString &effectiveLanguage);

private:
    void removeTranslators();

    QString m_language;
    QString m_effective = QStringLiteral("en");
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};

} // namespace tw
