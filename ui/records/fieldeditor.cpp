// SPDX-License-Identifier: EUPL-1.2
// One input widget for one field of a record, chosen by the field's type, that reads and
// writes the field as a person types it (RecordStore::inputText / TextValues).
#include "fieldeditor.h"

#include "util/localformat.h"

#include "recordquery.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSqlQuery>

namespace pactesur {

namespace {
// Enough to choose from by typing the first letters; larger tables keep their current value.
constexpr int kMaxRefChoices = 500;
constexpr int kMaxInteger = 100000000;
const QString kEmptyMark = QStringLiteral("—");

QStringList listItems(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString dateFormat()
{
    return LocalFormat::dateInputFormat();
}
} // namespace

FieldEditor::FieldEditor(const FieldSpec &field, Database &database, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_database(database)
{
    setObjectName(QStringLiteral("fieldEditor_%1").arg(field.name));
    createInput();
    m_input->setObjectName(QStringLiteral("field_%1").arg(field.name));
    setFocusProxy(m_input);
    if (m_input != this) {
        auto *layout = qobject_cast<QHBoxLayout *>(this->layout());
        if (!layout) {
            layout = new QHBoxLayout(this);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(m_input);
        }
    }
    retranslateUi();
    setText(field.defaultValue);
}

bool FieldEditor::isEditable(const FieldSpec &field)
{
    return !field.computed && field.type != FieldType::Blob && field.type != FieldType::Sha256;
}

void FieldEditor::createInput()
{
    switch (m_field.type) {
    case FieldType::LongText:
    case FieldType::LabelMap:
    case FieldType::FieldMap:
        m_plain = new QPlainTextEdit(this);
        m_plain->setTabChangesFocus(true);
        m_plain->setFixedHeight(m_plain->fontMetrics().lineSpacing() * 4 + 12);
        m_input = m_plain;
        break;
    case FieldType::Integer:
        m_spin = new QSpinBox(this);
        // -1 is "no value": shown as a dash, read back as empty text.
        m_spin->setRange(-1, kMaxInteger);
        m_spin->setSpecialValueText(kEmptyMark);
        m_spin->setGroupSeparatorShown(false);
        m_spin->setMaximumWidth(
            m_spin->fontMetrics().horizontalAdvance(QLatin1String("0")) * 12 + 40);
        m_input = m_spin;
        break;
    case FieldType::Date:
        m_input = createDate();
        break;
    case FieldType::Boolean:
        m_check = new QCheckBox(this);
        m_input = m_check;
        break;
    case FieldType::Choice:
    case FieldType::CityRef:
    case FieldType::Ref:
    case FieldType::ThemeRef:
        m_combo = new QComboBox(this);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(24);
        m_input = m_combo;
        fillChoices();
        break;
    case FieldType::RefList:
    case FieldType::ThemeList:
        m_list = new QListWidget(this);
        m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 5 + 12);
        m_input = m_list;
        fillChoices();
        break;
    default: {
        m_line = new QLineEdit(this);
        m_input = m_line;
        if (m_field.type == FieldType::Real) {
            auto *validator = new QDoubleValidator(m_line);
            validator->setLocale(numberLocale());
            validator->setNotation(QDoubleValidator::StandardNotation);
            if (m_field.maximum > m_field.minimum)
                validator->setRange(m_field.minimum, m_field.maximum, 8);
            m_line->setValidator(validator);
        } else if (m_field.type == FieldType::Country || m_field.type == FieldType::Language) {
            m_line->setMaxLength(2);
            m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(QLatin1String("MMMM")));
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_line));
        }
        break;
    }
    }
}

QWidget *FieldEditor::createDate()
{
    // The tick box first, so the tab order reads "set", then the date.
    m_dateSet = new QCheckBox(this);
    m_dateSet->setObjectName(QStringLiteral("fieldSet_%1").arg(m_field.name));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    connect(m_dateSet, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dateSet);
    layout->addWidget(m_date);
    layout->addStretch(1);
    // A required date is always set: no box to untick.
    m_dateSet->setVisible(!m_field.required);
    if (m_field.required)
        m_dateSet->setChecked(true);
    return m_date;
}

void FieldEditor::fillChoices()
{
    if (m_combo && (!m_field.required || m_field.defaultValue.isEmpty()))
        m_combo->addItem(kEmptyMark, QString());
    switch (m_field.type) {
    case FieldType::Choice:
        for (const QString &choice : m_field.choices)
            m_combo->addItem(Kinds::choiceLabel(choice), choice);
        break;
    case FieldType::CityRef:
        fillCities();
        break;
    case FieldType::ThemeRef:
    case FieldType::ThemeList:
        fillThemes();
        break;
    default:
        fillRefs();
        break;
    }
}

void FieldEditor::fillCities()
{
    QSqlQuery query(m_database.sql());
    query.exec(QStringLiteral("SELECT id, name FROM city WHERE deleted = 0 ORDER BY name"));
    while (query.next())
        m_combo->addItem(query.value(1).toString(), query.value(0).toString());
}

void FieldEditor::fillThemes()
{
    QSqlQuery query(m_database.sql());
    query.exec(QStringLiteral("SELECT slug FROM theme WHERE deleted = 0 ORDER BY name"));
    const RecordStore store(m_database);
    while (query.next()) {
        const QString slug = query.value(0).toString();
        if (m_combo) {
            m_combo->addItem(store.themeLabel(slug), slug);
        } else {
            auto *item = new QListWidgetItem(store.themeLabel(slug), m_list);
            item->setData(Qt::UserRole, slug);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

void FieldEditor::fillRefs()
{
    const KindSpec *target = Kinds::find(m_field.refKind);
    if (!target)
        return;
    const QString title = RecordQuery::quoted(target->titleField);
    // Activities are found by date more often than by title: the latest first.
    const QString order = target->field(QStringLiteral("start"))
        ? QStringLiteral("\"start\" DESC")
        : title + QStringLiteral(" COLLATE NOCASE");
    QSqlQuery query(m_database.sql());
    query.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted = 0 ORDER BY %3 LIMIT %4")
                   .arg(title, RecordQuery::quoted(target->table), order)
                   .arg(kMaxRefChoices));
    while (query.next()) {
        const QString text = query.value(1).toString();
        const QString id = query.value(0).toString();
        if (m_combo) {
            m_combo->addItem(text, id);
        } else {
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, id);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

QString FieldEditor::text() const
{
    switch (m_field.type) {
    case FieldType::LongText:
    case FieldType::LabelMap:
    case FieldType::FieldMap:
        return m_plain->toPlainText();
    case FieldType::Integer:
        return m_spin->value() < 0 ? QString() : QString::number(m_spin->value());
    case FieldType::Date:
        return m_dateSet->isChecked() ? m_date->date().toString(Qt::ISODate) : QString();
    case FieldType::Boolean:
        return m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Choice:
    case FieldType::CityRef:
    case FieldType::Ref:
    case FieldType::ThemeRef:
        return m_combo->currentData().toString();
    case FieldType::RefList:
    case FieldType::ThemeList: {
        QStringList items;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked)
                items << m_list->item(row)->data(Qt::UserRole).toString();
        }
        return items.join(QLatin1Char(','));
    }
    case FieldType::Real: {
        const QString typed = m_line->text().trimmed();
        bool ok = false;
        const double value = numberLocale().toDouble(typed, &ok);
        // Stored with a dot whatever the locale; what does not parse goes to core as typed,
        // so its message says what is wrong.
        return ok ? QString::number(value, 'g', 12) : typed;
    }
    case FieldType::LanguageList:
        return listItems(m_line->text()).join(QLatin1Char(','));
    case FieldType::Country:
        return m_line->text().trimmed().toUpper();
    case FieldType::Language:
        return m_line->text().trimmed().toLower();
    default:
        return m_line->text().trimmed();
    }
}

void FieldEditor::setText(const QString &text)
{
    switch (m_field.type) {
    case FieldType::LongText:
    case FieldType::LabelMap:
    case FieldType::FieldMap:
        m_plain->setPlainText(text);
        break;
    case FieldType::Integer:
        m_spin->setValue(text.isEmpty() ? -1 : text.toInt());
        break;
    case FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        m_dateSet->setChecked(date.isValid() || m_field.required);
        if (date.isValid())
            m_date->setDate(date);
        break;
    }
    case FieldType::Boolean:
        m_check->setChecked(text == QLatin1String("true") || text == QLatin1String("1"));
        break;
    case FieldType::Choice:
    case FieldType::CityRef:
    case FieldType::Ref:
    case FieldType::ThemeRef:
        selectData(text);
        break;
    case FieldType::RefList:
    case FieldType::ThemeList: {
        const QStringList items = listItems(text);
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setCheckState(
                items.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        break;
    }
    case FieldType::Real: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        m_line->setText(ok ? numberLocale().toString(value, 'g', 12) : text);
        break;
    }
    case FieldType::LanguageList:
        m_line->setText(listItems(text).join(QStringLiteral(", ")));
        break;
    default:
        m_line->setText(text);
        break;
    }
    m_initial = this->text();
}

void FieldEditor::selectData(const QString &value)
{
    int index = m_combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        // A record beyond the first choices, or a value from a newer version: keep it.
        const KindSpec *target
            = m_field.type == FieldType::Ref ? Kinds::find(m_field.refKind) : nullptr;
        QString shown = value;
        if (target) {
            if (const auto record = RecordStore(m_database).get(*target, value))
                shown = record->value(target->titleField).toString();
        }
        m_combo->addItem(shown, value);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(qMax(index, 0));
}

bool FieldEditor::isModified() const
{
    if (m_field.isList()) {
        QStringList before = listItems(m_initial);
        QStringList after = listItems(text());
        before.sort();
        after.sort();
        return before != after;
    }
    return text() != m_initial;
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    else if (m_plain)
        m_plain->setReadOnly(readOnly);
    else if (m_spin)
        m_spin->setReadOnly(readOnly);
    else
        setEnabled(!readOnly);
}

void FieldEditor::setSuggestedCity(const QString &cityId)
{
    if (m_combo && m_field.type == FieldType::CityRef && m_combo->findData(cityId) >= 0)
        m_combo->setCurrentIndex(m_combo->findData(cityId));
}

void FieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FieldEditor::retranslateUi()
{
    const QString label = m_field.translatedLabel();
    m_input->setAccessibleName(label);
    if (m_dateSet) {
        m_dateSet->setText(tr("Set"));
        m_dateSet->setAccessibleName(tr("%1 is set").arg(label));
        m_date->setDisplayFormat(dateFormat());
    }
    if (m_line && m_field.type == FieldType::LanguageList)
        m_line->setPlaceholderText(tr("Language codes, e.g. fr, nl"));
    if (m_combo && m_field.type == FieldType::Choice) {
        for (int i = 0; i < m_combo->count(); ++i) {
            const QString value = m_combo->itemData(i).toString();
            if (!value.isEmpty())
                m_combo->setItemText(i, Kinds::choiceLabel(value));
        }
    }
    if (m_field.type == FieldType::ThemeRef || m_field.type == FieldType::ThemeList) {
        const RecordStore store(m_database);
        for (int i = 0; m_combo && i < m_combo->count(); ++i) {
            if (!m_combo->itemData(i).toString().isEmpty())
                m_combo->setItemText(i, store.themeLabel(m_combo->itemData(i).toString()));
        }
        for (int i = 0; m_list && i < m_list->count(); ++i)
            m_list->item(i)->setText(
                store.themeLabel(m_list->item(i)->data(Qt::UserRole).toString()));
    }
}

} // namespace pactesur
