#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace tw {

/// The four incident categories (values of the incidents "category" field).
namespace IncidentCategory {
inline const QString NaturalDisaster = QStringLiteral("natural_disaster");
inline const QString Accident = QStringLiteral("accident");
inline const QString PublicHealth = QStringLiteral("public_health");
inline const QString SocialSecurity = QStringLiteral("social_security");
} // namespace IncidentCategory

/// The category values in code order (1 natural disaster ... 4 social security).
const QStringList &incidentCategories();
/// The leading digit of the category's type codes ("1".."4"); empty when unknown.
QString incidentCategoryCode(const QString &category);
/// 自然灾害 / "Natural disaster" ...; the value itself when unknown.
QString incidentCategoryName(const QString &category, const QLocale &locale = QLocale());

/// One incident type with its hierarchical code: category digit + two-digit class + two-digit
/// type ("10101" = natural disaster / flood and drought / flood). The names are data, not
/// translations, so both languages are always available (reports show both).
struct IncidentType {
    QString code;
    QString category; ///< an IncidentCategory value
    QString nameEn;
    QString nameZh;

    /// The Chinese name for a Chinese locale, the English name otherwise.
    QString displayName(const QLocale &locale = QLocale()) const;
    /// The three-digit class code ("101").
    QString classCode() const { return code.left(3); }
};

/// Every known incident type, ordered by code.
const QList<IncidentType> &incidentTypes();
/// The type with `code`; nullptr when unknown.
const IncidentType *incidentTypeByCode(const QString &code);
/// The types of one category, ordered by code.
QList<IncidentType> incidentTypesOf(const QString &category);

/// Event levels (事件分级) as stored: "I" (特别重大, most severe) ... "IV" (一般).
namespace EventLevel {
inline const QString I = QStringLiteral("I");
inline const QString II = QStringLiteral("II");
inline const QString III = QStringLiteral("III");
inline const QString IV = QStringLiteral("IV");
} // namespace EventLevel

/// 1 for "I" (most severe) ... 4 for "IV"; 0 when unknown or unset.
int eventLevelRank(const QString &level);
/// 特别重大 / 重大 / 较大 / 一般, or the English equivalents; empty when unknown.
QString eventLevelName(const QString &level, const QLocale &locale = QLocale());

/// Warning levels (预警级别), a separate field from the event level: "red" (most severe) ... "blue".
namespace WarningLevel {
inline const QString Red = QStringLiteral("red");
inline const QString Orange = QStringLiteral("orange");
inline const QString Yellow = QStringLiteral("yellow");
inline const QString Blue = QStringLiteral("blue");
} // namespace WarningLevel

/// 1 for red (most severe) ... 4 for blue; 0 when unknown or unset.
int warningLevelRank(const QString &level);
/// 红色预警 ... 蓝色预警, or "Red warning" ...; empty when unknown.
QString warningLevelName(const QString &level, const QLocale &locale = QLocale());
/// The display colour as "#rrggbb" (core has no QColor); empty when unknown.
QString warningLevelColor(const QString &level);

/// The event level the casualty and loss figures call for, and why.
struct LevelSuggestion {
    QString level;     ///< "I".."IV"
    QString rule;      ///< e.g. "12 deaths ≥ 10 → level II", translated ("tw::classification")
    QString criterion; ///< "deaths" | "serious_injuries" | "direct_loss_cny" | "" (none reached level III)
};

/// Grades by the production-safety thresholds (State Council Decree 493, art. 3): any one
/// criterion suffices, bounds are inclusive, the most severe criterion wins and names the rule.
/// Negative or non-finite figures count as zero.
LevelSuggestion suggestEventLevel(int deaths, int seriousInjuries, double directLossCny);

} // namespace tw
