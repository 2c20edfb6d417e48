// SPDX-License-Identifier: EUPL-1.2
// The drop-down filters of a list that users expect for its kind (city, language, theme,
// period, review due), turned into SQL conditions for RecordTableModel.
#pragma once

#include "recordquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace pactesur {

class Database;

class RecordFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit RecordFilterBar(const KindSpec &kind, QWidget *parent = nullptr);

    // Reads the choices (cities, languages, themes, years) again; null empties them.
    void setDatabase(Database *database);
    QList<RecordQuery::Condition> conditions() const;
    bool isEmpty() const { return m_filters.isEmpty(); }
    // Shows every record again.
    void clear();
    // Chooses `cityId` in the first city filter; false when the list has none.
    bool setCity(const QString &cityId);

signals:
    void conditionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Type { Choice, City, Distinct, Theme, Period, ReviewDue };
    struct Filter
    {
        QString field;
        Type type;
        const char *allText;
        QComboBox *combo = nullptr;
        QCheckBox *check = nullptr;
    };

    void fill(Filter &filter);
    void fillPeriods(QComboBox *combo);
    void retranslateUi();

    const KindSpec &m_kind;
    Database *m_database = nullptr;
    QList<Filter> m_filters;
};

} // namespace pactesur
