// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/RuleStore.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace atrium {

namespace {

constexpr auto kColumns = "id, name, enabled, priority, position, scope, condition_kind, minutes, threshold, "
                          "band_low, band_high, hysteresis, window_start, window_end, window_days, "
                          "min_active_min, actions";

QString actionsJson(const std::vector<RuleAction>& actions)
{
    QJsonArray array;
    for (const RuleAction& a : actions)
        array.append(
            QJsonObject{{QStringLiteral("channel"), channelKey(a.channel)}, {QStringLiteral("value"), a.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

AutomationRule ruleFrom(const QSqlQuery& q)
{
    AutomationRule r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.enabled = q.value(2).toBool();
    r.priority = rulePriorityFromKey(q.value(3).toString()).value_or(RulePriority::Optimisation);
    r.position = q.value(4).toInt();
    r.scope = q.value(5).toString();
    r.condition.kind = conditionKindFromKey(q.value(6).toString()).value_or(ConditionKind::Occupied);
    r.condition.minutes = q.value(7).toInt();
    r.condition.threshold = q.value(8).toDouble();
    r.condition.bandLow = q.value(9).toDouble();
    r.condition.bandHigh = q.value(10).toDouble();
    r.condition.hysteresis = q.value(11).toDouble();
    r.condition.windowStart = q.value(12).toInt();
    r.condition.windowEnd = q.value(13).toInt();
    r.condition.windowDays = q.value(14).toInt();
    r.minActiveMinutes = q.value(15).toInt();
    const QJsonArray actions = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array();
    for (const QJsonValue& v : actions) {
        const auto channel = channelFromKey(v.toObject().value(QStringLiteral("channel")).toString());
        if (channel)
            r.actions.push_back(RuleAction{*channel, v.toObject().value(QStringLiteral("value")).toDouble()});
    }
    return r;
}

QJsonObject describe(const AutomationRule& r)
{
    return QJsonObject{{QStringLiteral("name"), r.name},
                       {QStringLiteral("enabled"), r.enabled},
                       {QStringLiteral("priority"), rulePriorityKey(r.priority)},
                       {QStringLiteral("scope"), r.scope},
                       {QStringLiteral("condition"), RuleText::condition(r.condition)},
                       {QStringLiteral("actions"), RuleText::actions(r.actions)},
                       {QStringLiteral("minActiveMinutes"), r.minActiveMinutes}};
}

} // namespace

RuleStore::RuleStore(const Clock& clock) : m_clock(clock) {}

RuleStore::~RuleStore()
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
}

Status RuleStore::open(const QString& databasePath)
{
    auto opened = Database::openConnection(databasePath, Database::uniqueConnectionName(QStringLiteral("rules")),
                                           Database::Durability::PowerCut);
    if (!opened)
        return Status::failure(opened.error());
    m_connection = opened.value();
    return Status::success();
}

std::vector<AutomationRule> RuleStore::rules() const
{
    std::vector<AutomationRule> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // Priority order is safety, booking, schedule, optimisation: map the keys to their rank.
    if (!q.exec(QStringLiteral("SELECT %1 FROM automation_rule ORDER BY CASE priority WHEN 'safety' THEN 0 "
                               "WHEN 'booking' THEN 2 WHEN 'schedule' THEN 3 ELSE 4 END, position, id")
                    .arg(QLatin1String(kColumns))))
        return out;
    while (q.next())
        out.push_back(ruleFrom(q));
    return out;
}

std::optional<AutomationRule> RuleStore::rule(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM automation_rule WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return ruleFrom(q);
    return std::nullopt;
}

bool RuleStore::isEmpty() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return !(q.exec(QStringLiteral("SELECT 1 FROM automation_rule LIMIT 1")) && q.next());
}

bool RuleStore::everHadRules() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return !isEmpty() ||
           (q.exec(QStringLiteral("SELECT 1 FROM audit_log WHERE subject_kind = 'rule' LIMIT 1")) && q.next());
}

Result<AutomationRule> RuleStore::create(const AutomationRule& rule, const QString& actor, const QString& reason)
{
    return write(rule, true, actor, reason);
}

Result<AutomationRule> RuleStore::update(const AutomationRule& rule, const QString& actor, const QString& reason)
{
    if (!this->rule(rule.id))
        return Result<AutomationRule>::failure(tr("Rule %1 does not exist (any more).").arg(rule.id));
    return write(rule, false, actor, reason);
}

Result<AutomationRule> RuleStore::write(const AutomationRule& rule, bool isNew, const QString& actor,
                                        const QString& reason)
{
    using R = Result<AutomationRule>;
    if (m_connection.isEmpty())
        return R::failure(tr("The rules are not open."));
    if (Status valid = RuleText::validate(rule); !valid)
        return R::failure(valid.error());
    const std::optional<AutomationRule> before = isNew ? std::nullopt : this->rule(rule.id);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return R::failure(tr("Cannot save rule \"%1\": %2").arg(rule.name, db.lastError().text()));
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    if (isNew) {
        q.prepare(QStringLiteral(
            "INSERT INTO automation_rule (name, enabled, priority, position, scope, condition_kind, minutes, "
            "threshold, band_low, band_high, hysteresis, window_start, window_end, window_days, min_active_min, "
            "actions, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE automation_rule SET name = ?, enabled = ?, priority = ?, position = ?, scope = ?, "
            "condition_kind = ?, minutes = ?, threshold = ?, band_low = ?, band_high = ?, hysteresis = ?, "
            "window_start = ?, window_end = ?, window_days = ?, min_active_min = ?, actions = ?, updated_ms = ? "
            "WHERE id = ?"));
    }
    const RuleCondition& c = rule.condition;
    for (const QVariant& v :
         {QVariant(rule.name.trimmed()), QVariant(rule.enabled ? 1 : 0), QVariant(rulePriorityKey(rule.priority)),
          QVariant(rule.position), QVariant(nonNull(rule.scope)), QVariant(conditionKindKey(c.kind)),
          QVariant(c.minutes), QVariant(c.threshold), QVariant(c.bandLow), QVariant(c.bandHigh), QVariant(c.hysteresis),
          QVariant(c.windowStart), QVariant(c.windowEnd), QVariant(c.windowDays), QVariant(rule.minActiveMinutes),
          QVariant(actionsJson(rule.actions))})
        q.addBindValue(v);
    if (isNew)
        q.addBindValue(now);
    q.addBindValue(now);
    if (!isNew)
        q.addBindValue(rule.id);
    if (!q.exec()) {
        const QString error = q.lastError().text();
        db.rollback();
        return R::failure(tr("Cannot save rule \"%1\": %2").arg(rule.name, error));
    }
    AutomationRule saved = rule;
    saved.name = rule.name.trimmed();
    if (isNew)
        saved.id = q.lastInsertId().toLongLong();
    AuditEntry audit;
    audit.atMs = now;
    audit.actor = actor;
    audit.action = isNew ? QStringLiteral("rule.create") : QStringLiteral("rule.update");
    audit.subjectKind = QStringLiteral("rule");
    audit.subjectId = QString::number(saved.id);
    audit.subjectLabel = saved.name;
    audit.reason = nonNull(reason);
    audit.details = QJsonObject{{QStringLiteral("new"), describe(saved)}};
    if (before)
        audit.details.insert(QStringLiteral("old"), describe(*before));
    if (Status logged = AuditLog::record(m_connection, audit); !logged) {
        db.rollback();
        return R::failure(logged.error());
    }
    if (!db.commit())
        return R::failure(tr("Cannot save rule \"%1\": %2").arg(rule.name, db.lastError().text()));
    return saved;
}

Status RuleStore::setEnabled(qint64 id, bool enabled, const QString& actor, const QString& reason)
{
    auto current = rule(id);
    if (!current)
        return Status::failure(tr("Rule %1 does not exist (any more).").arg(id));
    current->enabled = enabled;
    auto saved = write(*current, false, actor, reason);
    return saved ? Status::success() : Status::failure(saved.error());
}

Status RuleStore::remove(qint64 id, const QString& actor, const QString& reason)
{
    const auto current = rule(id);
    if (!current)
        return Status::failure(tr("Rule %1 does not exist (any more).").arg(id));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Status::failure(tr("Cannot delete rule \"%1\": %2").arg(current->name, db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM automation_rule WHERE id = ?"));
    q.addBindValue(id);
    AuditEntry audit{0,
                     m_clock.nowMs(),
                     actor,
                     QStringLiteral("rule.delete"),
                     QStringLiteral("rule"),
                     QString::number(id),
                     current->name,
                     nonNull(reason),
                     QJsonObject{{QStringLiteral("old"), describe(*current)}}};
    Status logged = q.exec() ? AuditLog::record(m_connection, audit) : Status::failure(q.lastError().text());
    if (!logged || !db.commit()) {
        db.rollback();
        return Status::failure(tr("Cannot delete rule \"%1\": %2").arg(current->name, logged.error()));
    }
    return Status::success();
}

} // namespace atrium
