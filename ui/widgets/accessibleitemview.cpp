// SPDX-License-Identifier: EUPL-1.2
// The accessible interfaces of a view that implements AccessibleItems: the view itself
// (a QAccessibleWidget whose children are the painted items) and one interface per item.
#include "accessibleitemview.h"

#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace pactesur {

namespace {

QAccessibleInterface *makeInterface(const QString &, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (auto *items = dynamic_cast<AccessibleItems *>(widget))
        return new AccessibleItemView(widget, items);
    return nullptr;
}

} // namespace

void AccessibleItems::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(makeInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

void AccessibleItems::announceCurrent(QWidget *view)
{
    auto *items = dynamic_cast<AccessibleItems *>(view);
    if (!items || items->currentAccessibleItem() < 0)
        return;
    QAccessibleEvent event(view, view->hasFocus() ? QAccessible::Focus : QAccessible::Selection);
    event.setChild(items->currentAccessibleItem());
    QAccessible::updateAccessibility(&event);
}

void AccessibleItems::announceCurrentAfterFocus(QWidget *view)
{
    QTimer::singleShot(0, view, [view] {
        if (view->hasFocus())
            announceCurrent(view);
    });
}

AccessibleItemView::AccessibleItemView(QWidget *widget, AccessibleItems *items)
    : QAccessibleWidget(widget, items->accessibleViewRole())
    , m_items(items)
{ }

AccessibleItemView::~AccessibleItemView()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessible::Role AccessibleItemView::role() const
{
    return m_items->accessibleViewRole();
}

int AccessibleItemView::childCount() const
{
    return m_items->accessibleItemCount();
}

QAccessibleInterface *AccessibleItemView::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto found = m_children.constFind(index); found != m_children.cend())
        return QAccessible::accessibleInterface(*found);
    auto *item = new AccessibleItem(widget(), m_items, index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int AccessibleItemView::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const AccessibleItem *>(child);
    return item && item->view() == widget() && item->index() < childCount() ? item->index() : -1;
}

QAccessibleInterface *AccessibleItemView::childAt(int x, int y) const
{
    const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
    for (int index = 0; index < childCount(); ++index) {
        if (m_items->accessibleItemRect(index).contains(local))
            return child(index);
    }
    return nullptr;
}

QAccessibleInterface *AccessibleItemView::focusChild() const
{
    if (!widget()->hasFocus())
        return nullptr;
    return child(m_items->currentAccessibleItem());
}

AccessibleItem::AccessibleItem(QWidget *view, AccessibleItems *items, int index)
    : m_view(view)
    , m_items(items)
    , m_index(index)
{ }

bool AccessibleItem::isValid() const
{
    return m_view && m_index < m_items->accessibleItemCount();
}

QWindow *AccessibleItem::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *AccessibleItem::parent() const
{
    return QAccessible::queryAccessibleInterface(m_view.data());
}

QString AccessibleItem::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    switch (type) {
    case QAccessible::Name:
        return m_items->accessibleItemName(m_index);
    // AT-SPI carries no Value text, so the value is the description there too.
    case QAccessible::Value:
    case QAccessible::Description:
        return m_items->accessibleItemValue(m_index);
    default:
        return {};
    }
}

QRect AccessibleItem::rect() const
{
    if (!isValid() || !m_view->isVisible())
        return {};
    const QRect local = m_items->accessibleItemRect(m_index);
    return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role AccessibleItem::role() const
{
    // m_items is the view itself: gone with it.
    return m_view ? m_items->accessibleItemRole() : QAccessible::NoRole;
}

QAccessible::State AccessibleItem::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    const bool current = m_items->currentAccessibleItem() == m_index;
    state.selected = current;
    state.focused = current && m_view->hasFocus();
    state.invisible = !m_view->isVisible() || m_items->accessibleItemRect(m_index).isEmpty();
    return state;
}

void *AccessibleItem::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    if (type == QAccessible::ValueInterface && isValid()
        && m_items->accessibleItemNumber(m_index).isValid())
        return static_cast<QAccessibleValueInterface *>(this);
    return nullptr;
}

QStringList AccessibleItem::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void AccessibleItem::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    if (actionName == setFocusAction()) {
        m_view->setFocus(Qt::OtherFocusReason);
        m_items->setCurrentAccessibleItem(m_index);
    } else if (actionName == pressAction()) {
        m_items->setCurrentAccessibleItem(m_index);
        m_items->activateAccessibleItem(m_index);
    }
}

QVariant AccessibleItem::currentValue() const
{
    return isValid() ? m_items->accessibleItemNumber(m_index) : QVariant();
}

QVariant AccessibleItem::maximumValue() const
{
    // The largest item of the view: what the chart's scale runs to.
    double most = 0;
    for (int index = 0; isValid() && index < m_items->accessibleItemCount(); ++index)
        most = std::max(most, m_items->accessibleItemNumber(index).toDouble());
    return most;
}

} // namespace pactesur
