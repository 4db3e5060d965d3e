// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cmath>
#include <cstdint>
#include <random>

namespace atrium::replay {

// Reproducible random numbers for the day generator. std::mt19937's output is fixed by the
// C++ standard, but the std distributions are not (libstdc++ and libc++ differ), so uniform
// and normal values are derived here: the same seed gives the same day everywhere.
class SeededRandom
{
public:
    explicit SeededRandom(std::uint32_t seed) : m_engine(seed) {}

    // A seed derived from `seed` and a name (FNV-1a over the UTF-16 text), so that each room
    // gets its own stream and adding a room does not change the others.
    static std::uint32_t derive(std::uint32_t seed, const QString& name)
    {
        std::uint32_t hash = 2166136261u ^ seed;
        for (QChar c : name) {
            hash ^= c.unicode();
            hash *= 16777619u;
        }
        return hash;
    }

    double uniform() { return double(m_engine()) / 4294967296.0; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int uniformInt(int low, int high) { return low + int(uniform() * double(high - low + 1)); } // [low, high]
    bool chance(double probability) { return uniform() < probability; }
    double normal(double mean, double sigma)
    {
        // Box-Muller; 1 - u keeps the logarithm finite.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sigma * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }

private:
    std::mt19937 m_engine;
};

} // namespace atrium::replay
