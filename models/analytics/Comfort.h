// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace atrium {

// EN 16798-1 indoor-environment category of a room from its current readings. Each measured
// quantity gets a category (I best .. IV outside III); the room's category is the worst one,
// as TAIL does, and `reasons` says which quantity set it, in words.
enum class ComfortCategory { I = 1, II = 2, III = 3, IV = 4 };

enum class Season { Heating, Cooling };

struct ComfortInputs
{
    std::optional<double> temperatureC;
    std::optional<double> humidityPct;
    std::optional<double> co2Ppm;
    double outdoorCo2Ppm = 420.0;
    Season season = Season::Heating;
};

struct ComfortAssessment
{
    std::optional<ComfortCategory> category; // none when no input is measured
    std::optional<ComfortCategory> temperature;
    std::optional<ComfortCategory> humidity;
    std::optional<ComfortCategory> co2;
    QStringList reasons; // e.g. "CO₂ 1,150 ppm: category III (above 800 ppm over outdoor)"
};

// `reasons` holds one sentence per measured quantity with its value and the limit it meets
// or misses, worst first (so the first sentences name what set the room's category).
ComfortAssessment assessComfort(const ComfortInputs& inputs);
// Northern-hemisphere default as in TAIL: heating season October..May, cooling June..September.
Season seasonForDate(const QDate& date);
QString comfortCategoryLabel(ComfortCategory category); // "I", "II", ...

} // namespace atrium
