// SPDX-License-Identifier: EUPL-1.2
// A map of Europe with the partner cities placed by their coordinates, each dot sized and
// coloured by one number; the outline ships with the app (resources/map/europe.json).
#include "europemap.h"

#include <QFile>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pactesur {

namespace {

struct Country
{
    QString iso;
    QPainterPath path;
};

// Lambert azimuthal equal-area centred on 10° E, 52° N (as EPSG:3035): Europe as atlases
// show it, with areas kept. Units are Earth radii; y grows downwards, as on screen.
QPointF project(double longitude, double latitude)
{
    constexpr double degree = M_PI / 180.0;
    constexpr double lon0 = 10.0 * degree;
    constexpr double lat0 = 52.0 * degree;
    const double lambda = longitude * degree - lon0;
    const double phi = latitude * degree;
    const double k = std::sqrt(2.0
        / (1.0 + std::sin(lat0) * std::sin(phi)
            + std::cos(lat0) * std::cos(phi) * std::cos(lambda)));
    return {k * std::cos(phi) * std::sin(lambda),
        -k * (std::cos(lat0) * std::sin(phi) - std::sin(lat0) * std::cos(phi) * std::cos(lambda))};
}

const QList<Country> &outline()
{
    static const QList<Country> countries = [] {
        QList<Country> result;
        QFile file(QStringLiteral(":/pactesur/map/europe.json"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const double scale = root.value(QStringLiteral("scale")).toDouble(100);
        const QJsonArray list = root.value(QStringLiteral("countries")).toArray();
        for (const QJsonValue &entry : list) {
            const QJsonObject object = entry.toObject();
            Country country {object.value(QStringLiteral("iso")).toString(), {}};
            country.path.setFillRule(Qt::OddEvenFill);
            const QJsonArray rings = object.value(QStringLiteral("rings")).toArray();
            for (const QJsonValue &ringValue : rings) {
                const QJsonArray ring = ringValue.toArray();
                if (ring.size() < 6)
                    continue;
                // Each point after the first is stored as the step from the one before.
                double x = ring.at(0).toDouble();
                double y = ring.at(1).toDouble();
                country.path.moveTo(project(x / scale, y / scale));
                for (qsizetype i = 2; i + 1 < ring.size(); i += 2) {
                    x += ring.at(i).toDouble();
                    y += ring.at(i + 1).toDouble();
                    country.path.lineTo(project(x / scale, y / scale));
                }
                country.path.closeSubpath();
            }
            result.append(country);
        }
        return result;
    }();
    return countries;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The map's surfaces from the palette, so that it follows a dark or high-contrast one: the
// sea tinted by the highlight, the partners' countries a shade darker than the others.
struct MapColours
{
    explicit MapColours(const QPalette &palette)
        : sea(mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.14))
        , land(palette.color(QPalette::Window))
        , partnerLand(mix(palette.color(QPalette::Window), palette.color(QPalette::Dark), 0.2))
        , border(palette.color(QPalette::Mid))
        , none(palette.color(QPalette::Dark))
        , text(palette.color(QPalette::Text))
        , halo(palette.color(QPalette::Base))
        // On a dark palette (high contrast) the dots are ringed in the text colour: the
        // darkest blues of the scale would not stand out from the land otherwise.
        , dotRing(palette.color(QPalette::Window).lightness() < 128
                  ? palette.color(QPalette::Text)
                  : palette.color(QPalette::Base))
    { }
    QColor sea, land, partnerLand, border, none, text, halo, dotRing;
};

void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text,
    const QColor &colour, QColor halo)
{
    QPainterPath path;
    path.addText(baseline, painter.font(), text);
    halo.setAlpha(220);
    painter.strokePath(path, QPen(halo, 3));
    painter.fillPath(path, colour);
}

} // namespace

EuropeMap::EuropeMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("europeMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    AccessibleItems::installFactory();
}

void EuropeMap::setCities(const QList<MapCity> &cities, const QString &legendTitle)
{
    m_cities = cities;
    m_legendTitle = legendTitle;
    m_minimum = 0;
    m_maximum = 0;
    m_countries.clear();
    for (const MapCity &city : cities) {
        m_maximum = std::max(m_maximum, city.value);
        if (city.value > 0)
            m_minimum = m_minimum == 0 ? city.value : std::min(m_minimum, city.value);
        m_countries.insert(city.country);
    }
    const bool stillThere = std::any_of(m_cities.cbegin(), m_cities.cend(),
        [this](const MapCity &city) { return city.id == m_selected; });
    if (!stillThere)
        m_selected.clear();
    updateView();
}

void EuropeMap::updateView()
{
    QRectF bounds;
    for (const MapCity &city : std::as_const(m_cities)) {
        const QPointF point = project(city.longitude, city.latitude);
        bounds
            = bounds.isNull() ? QRectF(point, QSizeF(0, 0)) : bounds.united(QRectF(point, point));
    }
    if (bounds.isNull()) // no city to fit: central and western Europe
        bounds = QRectF(project(-10, 36), project(30, 60)).normalized();
    // At least about 1,500 km across, so that two cities do not fill the whole map.
    const double minimum = 0.24;
    bounds.adjust(-std::max(0.0, minimum - bounds.width()) / 2,
        -std::max(0.0, minimum - bounds.height()) / 2, std::max(0.0, minimum - bounds.width()) / 2,
        std::max(0.0, minimum - bounds.height()) / 2);
    // Margins: room for the names on the right and for the legend at the bottom.
    bounds.adjust(-bounds.width() * 0.08, -bounds.height() * 0.08, bounds.width() * 0.14,
        bounds.height() * 0.24);
    const double scale = std::min(width() / bounds.width(), height() / bounds.height());
    const QPointF offset(
        (width() - bounds.width() * scale) / 2, (height() - bounds.height() * scale) / 2);
    m_transform = QTransform(
        scale, 0, 0, scale, offset.x() - bounds.left() * scale, offset.y() - bounds.top() * scale);
    m_points.clear();
    for (const MapCity &city : std::as_const(m_cities))
        m_points << m_transform.map(project(city.longitude, city.latitude));
    m_background = QPixmap();
    update();
}

double EuropeMap::radius(qint64 value) const
{
    // The dot's area grows with the number; a network of hundreds of cities gets smaller
    // dots, so that neighbours stay apart.
    const bool crowded = m_cities.size() > 40;
    const double smallest = crowded ? 2.5 : 4;
    if (value <= 0 || m_maximum <= 0)
        return smallest;
    const double largest = crowded ? 7 : 15;
    return smallest + 1 + (largest - smallest - 1) * std::sqrt(double(value) / double(m_maximum));
}

QColor EuropeMap::colour(qint64 value) const
{
    if (value <= 0 || m_maximum <= 0)
        return MapColours(palette()).none;
    // Light to dark (yellow-green to deep blue), readable by most colour-blind readers,
    // spread from the smallest number shown to the largest so that differences show.
    static const QList<QColor> stops = {QColor(0xc7, 0xe9, 0xb4), QColor(0x41, 0xb6, 0xc4),
        QColor(0x22, 0x5e, 0xa8), QColor(0x0c, 0x2c, 0x84)};
    const double t
        = m_maximum == m_minimum ? 1.0 : double(value - m_minimum) / double(m_maximum - m_minimum);
    const double position = t * double(stops.size() - 1);
    const int index = std::min(int(position), int(stops.size()) - 2);
    return mix(stops.at(index), stops.at(index + 1), position - index);
}

QString EuropeMap::cityAt(const QPoint &pos) const
{
    QString best;
    double bestDistance = 0;
    for (qsizetype i = 0; i < m_cities.size(); ++i) {
        const double distance = QLineF(m_points.at(i), pos).length();
        const double reach = radius(m_cities.at(i).value) + 3;
        if (distance <= reach && (best.isEmpty() || distance < bestDistance)) {
            best = m_cities.at(i).id;
            bestDistance = distance;
        }
    }
    return best;
}

QPointF EuropeMap::cityPosition(const QString &id) const
{
    for (qsizetype i = 0; i < m_cities.size(); ++i) {
        if (m_cities.at(i).id == id)
            return m_points.at(i);
    }
    return {};
}

void EuropeMap::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    if (m_background.isNull() || m_background.size() != size() * ratio) {
        m_background = QPixmap(size() * ratio);
        m_background.setDevicePixelRatio(ratio);
        const MapColours colours(palette());
        m_background.fill(colours.sea);
        QPainter background(&m_background);
        background.setRenderHint(QPainter::Antialiasing);
        background.setTransform(m_transform);
        QPen border(colours.border, 0.8);
        border.setCosmetic(true);
        background.setPen(border);
        for (const Country &country : outline()) {
            background.setBrush(
                m_countries.contains(country.iso) ? colours.partnerLand : colours.land);
            background.drawPath(country.path);
        }
    }
    QPainter painter(this);
    const MapColours colours(palette());
    painter.drawPixmap(0, 0, m_background);
    painter.setRenderHint(QPainter::Antialiasing);

    // Big dots first, so that a small one next to a big one stays visible.
    QList<qsizetype> order(m_cities.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [this](qsizetype a, qsizetype b) { return m_cities.at(a).value > m_cities.at(b).value; });
    for (const qsizetype i : std::as_const(order)) {
        const MapCity &city = m_cities.at(i);
        const double r = radius(city.value);
        const bool emphasised = city.id == m_hovered || (hasFocus() && city.id == m_selected);
        painter.setPen(QPen(emphasised ? palette().color(QPalette::Highlight) : colours.dotRing,
            emphasised ? 2.5 : 1.2));
        painter.setBrush(colour(city.value));
        painter.drawEllipse(m_points.at(i), r, r);
    }
    drawLabels(painter);
    drawLegend(painter);
}

void EuropeMap::drawLabels(QPainter &painter) const
{
    // Names only while they can be read; a network of 250 cities relies on tooltips.
    if (m_cities.size() > 40)
        return;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    QList<QRectF> taken;
    for (qsizetype i = 0; i < m_cities.size(); ++i) {
        const double r = radius(m_cities.at(i).value);
        taken << QRectF(m_points.at(i) - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    for (qsizetype i = 0; i < m_cities.size(); ++i) {
        const MapCity &city = m_cities.at(i);
        const QPointF p = m_points.at(i);
        const double r = radius(city.value) + 3;
        const QSizeF size(metrics.horizontalAdvance(city.name), metrics.height());
        const QList<QPointF> corners = {{p.x() + r, p.y() - size.height() / 2},
            {p.x() - r - size.width(), p.y() - size.height() / 2},
            {p.x() - size.width() / 2, p.y() - r - size.height()},
            {p.x() - size.width() / 2, p.y() + r}};
        for (const QPointF &corner : corners) {
            const QRectF box(corner, size);
            const bool free = std::none_of(taken.cbegin(), taken.cend(),
                [&](const QRectF &other) { return other.intersects(box) && other.center() != p; });
            if (!free || !rect().contains(box.toAlignedRect()))
                continue;
            taken << box;
            drawHaloText(painter, QPointF(box.left(), box.top() + metrics.ascent()), city.name,
                palette().color(QPalette::Text), palette().color(QPalette::Base));
            break;
        }
    }
}

void EuropeMap::drawLegend(QPainter &painter) const
{
    QFont font = this->font();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QLocale locale;
    QList<qint64> samples;
    for (const qint64 value : {m_maximum, (m_maximum + m_minimum + 1) / 2, m_minimum}) {
        if (value > 0 && !samples.contains(value))
            samples << value;
    }
    samples << 0;
    const double gap = 14;
    double width = 0;
    for (const qint64 value : std::as_const(samples))
        width
            += std::max(2 * radius(value), metrics.horizontalAdvance(locale.toString(value))) + gap;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    width = std::max(width, boldMetrics.horizontalAdvance(m_legendTitle)) + 20;
    const double height = boldMetrics.height() + 2 * radius(m_maximum) + metrics.height() + 24;
    const QRectF box(10, this->height() - height - 10, width, height);
    const MapColours colours(palette());
    painter.setPen(QPen(colours.border, 1));
    QColor legendBox = colours.halo;
    legendBox.setAlpha(235);
    painter.setBrush(legendBox);
    painter.drawRoundedRect(box, 6, 6);
    painter.setFont(bold);
    painter.setPen(colours.text);
    painter.drawText(QPointF(box.left() + 10, box.top() + 6 + boldMetrics.ascent()), m_legendTitle);
    painter.setFont(font);
    const double centreY = box.top() + boldMetrics.height() + 10 + radius(m_maximum);
    double x = box.left() + 10;
    for (const qint64 value : std::as_const(samples)) {
        const QString text = locale.toString(value);
        const double slot = std::max(2 * radius(value), metrics.horizontalAdvance(text));
        const double r = radius(value);
        painter.setPen(QPen(colours.dotRing, 1.2));
        painter.setBrush(colour(value));
        painter.drawEllipse(QPointF(x + slot / 2, centreY), r, r);
        painter.setPen(colours.text);
        painter.drawText(QPointF(x + (slot - metrics.horizontalAdvance(text)) / 2,
                             centreY + radius(m_maximum) + 4 + metrics.ascent()),
            text);
        x += slot + gap;
    }
}

void EuropeMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateView();
}

bool EuropeMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = cityAt(help->pos());
        for (const MapCity &city : std::as_const(m_cities)) {
            if (city.id == id && !id.isEmpty()) {
                QToolTip::showText(help->globalPos(), city.toolTip, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void EuropeMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString id = cityAt(event->position().toPoint());
    if (id != m_hovered) {
        m_hovered = id;
        setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void EuropeMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString id = cityAt(event->position().toPoint());
        if (!id.isEmpty()) {
            m_selected = id;
            update();
            emit cityActivated(id);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void EuropeMap::leaveEvent(QEvent *event)
{
    m_hovered.clear();
    update();
    QWidget::leaveEvent(event);
}

void EuropeMap::select(int step)
{
    if (m_cities.isEmpty())
        return;
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_cities.size(); ++i) {
        if (m_cities.at(i).id == m_selected)
            index = i;
    }
    index = index < 0 ? 0 : (index + step + m_cities.size()) % m_cities.size();
    setCurrentAccessibleItem(int(index));
    QToolTip::showText(mapToGlobal(m_points.at(index).toPoint()), m_cities.at(index).toolTip, this);
}

void EuropeMap::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        select(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        select(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_selected.isEmpty()) {
            emit cityActivated(m_selected);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void EuropeMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_background = QPixmap();
        update();
    }
    QWidget::changeEvent(event);
}

void EuropeMap::focusInEvent(QFocusEvent *event)
{
    // The focus shows as the chosen city's ring: entered with Tab, the first city has it.
    if (m_selected.isEmpty() && !m_cities.isEmpty())
        m_selected = m_cities.constFirst().id;
    update();
    QWidget::focusInEvent(event);
    AccessibleItems::announceCurrentAfterFocus(this);
}

void EuropeMap::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

QString EuropeMap::accessibleItemValue(int item) const
{
    const MapCity &city = m_cities.at(item);
    return city.valueText.isEmpty() ? QLocale().toString(city.value) : city.valueText;
}

QRect EuropeMap::accessibleItemRect(int item) const
{
    if (item >= m_points.size())
        return {};
    const double r = radius(m_cities.at(item).value) + 2;
    return QRectF(m_points.at(item) - QPointF(r, r), QSizeF(2 * r, 2 * r)).toAlignedRect();
}

int EuropeMap::currentAccessibleItem() const
{
    for (int i = 0; i < m_cities.size(); ++i) {
        if (m_cities.at(i).id == m_selected)
            return i;
    }
    return -1;
}

void EuropeMap::setCurrentAccessibleItem(int item)
{
    if (item < 0 || item >= m_cities.size())
        return;
    m_selected = m_cities.at(item).id;
    update();
    AccessibleItems::announceCurrent(this);
}

} // namespace pactesur
