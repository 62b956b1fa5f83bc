#include "languagemanager.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tw {

namespace {

QString s_installedLanguage = QStringLiteral("en");

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::installedLanguage()
{
    return s_installedLanguage;
}

QString LanguageManager::resolve(const QString &code)
{
    if (code.startsWith(QLatin1String("zh"))) {
        return QStringLiteral("zh_CN");
    }
    if (!code.isEmpty()) {
        return QStringLiteral("en");
    }
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QList<QPair<QString, QString>> LanguageManager::available()
{
    // Each language is named in itself so that someone who cannot read the current one finds theirs.
    return {{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}, {QStringLiteral("en"), QStringLiteral("English")}};
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    s_installedLanguage = QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    m_language = code;
    const QString effective = resolve(code);
    removeTranslators();
    bool loaded = true;
    if (effective != QLatin1String("en")) {
        m_appTranslator = new QTranslator(this);
        if (m_appTranslator->load(QStringLiteral(":/i18n/tidewatch_%1.qm").arg(effective))) {
            QCoreApplication::installTranslator(m_appTranslator);
        } else {
            qCWarning(lcWidgets) << "no translation for" << effective;
            delete m_appTranslator;
            m_appTranslator = nullptr;
            loaded = false;
        }
        m_qtTranslator = new QTranslator(this);
        if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(effective),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(m_qtTranslator);
        } else {
            delete m_qtTranslator;
            m_qtTranslator = nullptr;
        }
    }
    m_effective = loaded ? effective : QStringLiteral("en");
    s_installedLanguage = m_effective;
    Q_EMIT languageChanged(m_effective);
    return loaded;
}

} // namespace tw
