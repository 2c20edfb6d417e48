// SPDX-License-Identifier: EUPL-1.2
// The accessible interfaces of a view that implements AccessibleItems: the view itself
// (a QAccessibleWidget whose children are the painted items) and one interface per item.
#pragma once

#include "accessibleitems.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace pactesur {

class AccessibleItemView : public QAccessibleWidget
{
public:
    AccessibleItemView(QWidget *widget, AccessibleItems *items);
    ~AccessibleItemView() override;

    QAccessible::Role role() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    AccessibleItems *items() const { return m_items; }

private:
    AccessibleItems *m_items;
    // One interface per item index, kept in Qt's cache so that an item keeps its id
    // between calls (AT-SPI addresses objects by it); they read the item live.
    mutable QHash<int, QAccessible::Id> m_children;
};

class AccessibleItem : public QAccessibleInterface,
                       public QAccessibleActionInterface,
                       public QAccessibleValueInterface
{
public:
    AccessibleItem(QWidget *view, AccessibleItems *items, int index);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &) override { }
    QVariant maximumValue() const override;
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 0; }

    int index() const { return m_index; }
    QWidget *view() const { return m_view; }

private:
    QPointer<QWidget> m_view;
    AccessibleItems *m_items;
    int m_index;
};

} // namespace pactesur
