// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/BrokerSettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace atrium {

Result<BrokerSettings> BrokerSettings::fromUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    // Accept a bare host[:port] as mqtt://host[:port]: that is what people type.
    const QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("mqtt://") + trimmed,
                   QUrl::StrictMode);
    auto fail = [&](const QString& why) {
        return Result<BrokerSettings>::failure(
            QCoreApplication::translate("atrium::BrokerSettings", "Broker address \"%1\": %2").arg(text, why));
    };
    if (!url.isValid())
        return fail(url.errorString());
    BrokerSettings settings;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mqtt") || scheme == QLatin1String("tcp")) {
        settings.tls = false;
    } else if (scheme == QLatin1String("mqtts") || scheme == QLatin1String("ssl")) {
        settings.tls = true;
    } else {
        return fail(QCoreApplication::translate("atrium::BrokerSettings", "use mqtt:// or mqtts://, not %1://")
                        .arg(url.scheme()));
    }
    if (url.host().isEmpty())
        return fail(QCoreApplication::translate("atrium::BrokerSettings", "no host name"));
    settings.host = url.host();
    const int port = url.port(settings.tls ? 8883 : 1883);
    if (port <= 0 || port > 65535)
        return fail(QCoreApplication::translate("atrium::BrokerSettings", "port out of range"));
    settings.port = quint16(port);
    settings.username = url.userName();
    settings.password = url.password();
    return settings;
}

QString BrokerSettings::displayUrl() const
{
    QString s = tls ? QStringLiteral("mqtts://") : QStringLiteral("mqtt://");
    if (!username.isEmpty())
        s += username + QLatin1Char('@');
    return s + host + QLatin1Char(':') + QString::number(port);
}

} // namespace atrium
