// SPDX-License-Identifier: EUPL-1.2
// What a custom-painted view (chart, map, calendar) tells assistive technology: its items
// (bars, cities, days) as child accessible objects with a role, a name and a value, the one
// the arrow keys chose, and what Enter does to it.
#pragma once

#include <QAccessible>
#include <QRect>
#include <QVariant>

class QWidget;

namespace pactesur {

// Implemented by a QWidget subclass that paints its items itself. The accessible interface
// (AccessibleItemView, made by the factory that the constructor installs with
// AccessibleItems::installFactory()) reads everything through these calls, so what a screen
// reader says is always what is painted.
class AccessibleItems
{
public:
    virtual ~AccessibleItems() = default;

    virtual int accessibleItemCount() const = 0;
    virtual QString accessibleItemName(int item) const = 0;
    // What the item counts, in words: "12 activities".
    virtual QString accessibleItemValue(int item) const = 0;
    // The same as a number, for AT-SPI's Value interface; invalid when the item has none.
    virtual QVariant accessibleItemNumber(int item) const
    {
        Q_UNUSED(item);
        return {};
    }
    // Where the item is painted, in the widget's coordinates.
    virtual QRect accessibleItemRect(int item) const = 0;
    virtual QAccessible::Role accessibleItemRole() const { return QAccessible::ListItem; }
    virtual QAccessible::Role accessibleViewRole() const { return QAccessible::List; }
    // The item the arrow keys moved to, -1 when none.
    virtual int currentAccessibleItem() const = 0;
    virtual void setCurrentAccessibleItem(int item) = 0;
    // What a click on the item does.
    virtual void activateAccessibleItem(int item) = 0;

    // Registers the factory that gives every AccessibleItems widget its interface; once per
    // process, whoever calls first (each such widget calls it when constructed: the ui
    // library is static, so nothing would run it on its own).
    static void installFactory();
    // Tells assistive technology that the current item of `view` moved: a Focus event on the
    // item while the view has the keyboard focus, a Selection event otherwise.
    static void announceCurrent(QWidget *view);
    // The same from focusInEvent(): once Qt has sent the view's own Focus event, which it
    // does after focusInEvent() returns, so that the item is the focus heard last.
    static void announceCurrentAfterFocus(QWidget *view);
};

} // namespace pactesur
