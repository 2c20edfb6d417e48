// SPDX-License-Identifier: EUPL-1.2
// Internal to Generator: the random source, what the steps share, and the steps themselves
// (cities, groups and memberships, contacts, activities with participation, attachments,
// sheets with their history and translations), run in this order in one transaction.
#pragma once

#include "seed/generator.h"
#include "seed/stampedrowwriter.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <random>

namespace pactesur::generation {

// Draws from a fixed seed: the same seed, the same sequence, the same content.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    { }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_engine); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int chance) { return below(100) < chance; }
    // An index into `weights`, each drawn in proportion to its weight.
    template<size_t N>
    int weighted(const int (&weights)[N])
    {
        int sum = 0;
        for (int weight : weights)
            sum += weight;
        int draw = below(sum);
        for (size_t i = 0; i < N; ++i) {
            if (draw < weights[i])
                return int(i);
            draw -= weights[i];
        }
        return int(N) - 1;
    }
    // One of `items`, each drawn in proportion to its `weight` (percents adding up to 100).
    template<typename T, size_t N>
    const T &byWeight(const T (&items)[N])
    {
        int draw = below(100);
        for (const T &item : items) {
            if (draw < item.weight)
                return item;
            draw -= item.weight;
        }
        return items[0];
    }
    template<typename T, size_t N>
    QString pick(const T (&items)[N])
    {
        return QString::fromUtf8(items[below(int(N))]);
    }
    QString pick(const QStringList &items) { return items.at(below(int(items.size()))); }
    // `count` words of the project's vocabulary, the first capitalised.
    QString words(int count);
    // `count` distinct items of `items` (all of them when there are fewer).
    QStringList sample(const QStringList &items, int count);

private:
    std::mt19937 m_engine;
};

struct City
{
    QString id;
    QString language; // the first language of the city, "en" when it names none
};

struct Context
{
    Database &db;
    StampedRowWriter &rows;
    Random &random;
    GenerationPlan plan;
    quint32 seed = 0;
    QDateTime now; // UTC; generated histories end before it
    QList<City> cities;
    QStringList cityIds;
    QStringList groups;
    QHash<QString, QStringList> contactsByCity;
    QStringList attachments;
    GeneratedCounts counts;

    // A time `days` days (and some seconds) before now, in the stored form.
    QString daysAgo(int days);
};

// List fields are stored as JSON arrays of text.
QString storedList(const QStringList &items);
// The project's themes (seeded slugs), for sheets and groups.
QStringList themeSlugs();

Status addCities(Context &context);
Status addGroups(Context &context);
Status addContacts(Context &context);
Status addActivities(Context &context);
Status addAttachments(Context &context);
Status addSheets(Context &context);

} // namespace pactesur::generation
