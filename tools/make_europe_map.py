#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Makes resources/map/europe.json, the outline of Europe the dashboard's map draws.

Input: countries-50m.json of the npm package world-atlas (Natural Earth 1:50m admin-0
countries, public domain, as TopoJSON; the package itself is ISC):

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    tools/make_europe_map.py /tmp/package/countries-50m.json resources/map/europe.json

Only the standard library, so that anyone can rerun it. The output is small on purpose
(the app loads it at once): rings clipped to a box around Europe, simplified to about
2 km, tiny islands dropped, coordinates as integers of 1/100 degree, each ring's points
after the first stored as differences from the previous one.
"""

import json
import sys

# Longitude/latitude box kept: wider than the partner cities' extent, so the map can
# leave margins around them without showing the clipped edges.
WEST, EAST, SOUTH, NORTH = -40.0, 65.0, 25.0, 78.0
TOLERANCE = 0.03  # degrees: Douglas-Peucker tolerance
MIN_AREA = 0.02  # square degrees: smaller islands are left out
SCALE = 100  # stored units per degree

# ISO 3166-1 numeric -> alpha-2 for the countries in the box (the cities' `country`).
ALPHA2 = {
    "008": "AL", "012": "DZ", "020": "AD", "031": "AZ", "040": "AT", "051": "AM",
    "056": "BE", "070": "BA", "100": "BG", "112": "BY", "191": "HR", "196": "CY",
    "203": "CZ", "208": "DK", "233": "EE", "234": "FO", "246": "FI", "248": "AX",
    "250": "FR", "268": "GE", "276": "DE", "292": "GI", "300": "GR", "304": "GL",
    "348": "HU", "352": "IS", "364": "IR", "368": "IQ", "372": "IE", "376": "IL",
    "380": "IT", "398": "KZ", "400": "JO", "414": "KW", "422": "LB", "428": "LV", "434": "LY",
    "438": "LI", "440": "LT", "442": "LU", "470": "MT", "478": "MR", "492": "MC",
    "498": "MD", "499": "ME", "504": "MA", "528": "NL", "578": "NO", "616": "PL",
    "620": "PT", "642": "RO", "643": "RU", "674": "SM", "682": "SA", "688": "RS",
    "703": "SK", "705": "SI", "724": "ES", "732": "EH", "752": "SE", "756": "CH",
    "760": "SY", "788": "TN", "792": "TR", "804": "UA", "807": "MK", "818": "EG",
    "826": "GB", "831": "GG", "832": "JE", "833": "IM", "336": "VA", "275": "PS",
    "860": "UZ", "784": "AE", "795": "TM", "634": "QA", "586": "PK", "512": "OM",
    "048": "BH", "004": "AF",
}
NAMED = {"Kosovo": "XK", "N. Cyprus": "CY"}


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    move_x, move_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + move_x, y * scale_y + move_y))
        arcs.append(points)
    return arcs


def ring_points(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def clip(points, inside, cross):
    """One Sutherland-Hodgman pass against one edge of the box."""
    result = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                result.append(cross(previous, current))
            result.append(current)
        elif inside(previous):
            result.append(cross(previous, current))
    return result


def at_x(x):
    return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))


def at_y(y):
    return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)


def clip_to_box(points):
    for inside, cross in (
        (lambda p: p[0] >= WEST, at_x(WEST)),
        (lambda p: p[0] <= EAST, at_x(EAST)),
        (lambda p: p[1] >= SOUTH, at_y(SOUTH)),
        (lambda p: p[1] <= NORTH, at_y(NORTH)),
    ):
        if not points:
            break
        points = clip(points, inside, cross)
    return points


def distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return ((p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return ((p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2) ** 0.5


def simplify(points):
    """Douglas-Peucker, iterative (long coastlines would overflow Python's recursion)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if worst > TOLERANCE:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep) if kept]


def area(points):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1]))) / 2


def encode(points):
    units = [(round(x * SCALE), round(y * SCALE)) for x, y in points]
    flat = list(units[0])
    for (x0, y0), (x1, y1) in zip(units, units[1:]):
        if (x0, y0) != (x1, y1):
            flat += [x1 - x0, y1 - y0]
    return flat


def main(source, target):
    with open(source, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = []
        for polygon in polygons:
            for indices in polygon:
                points = clip_to_box(ring_points(arcs, indices))
                if len(points) < 3 or area(points) < MIN_AREA:
                    continue
                points = simplify(points + [points[0]])[:-1]
                if len(points) >= 3:
                    rings.append(encode(points))
        if not rings:
            continue
        name = geometry["properties"]["name"]
        code = ALPHA2.get(geometry.get("id") or "", NAMED.get(name, ""))
        if not code:
            print(f"no ISO code for {name} ({geometry.get('id')})", file=sys.stderr)
        countries.append({"name": name, "iso": code, "rings": rings})
    countries.sort(key=lambda c: c["name"])
    result = {
        "credit": "Natural Earth (public domain), via world-atlas 2.0.2 (ISC)",
        "bbox": [WEST, SOUTH, EAST, NORTH],
        "scale": SCALE,
        "encoding": "per ring: x0, y0, then dx, dy per point",
        "countries": countries,
    }
    with open(target, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    points = sum(len(r) // 2 for c in countries for r in c["rings"])
    print(f"{len(countries)} countries, {points} points -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_europe_map.py countries-50m.json europe.json")
    main(sys.argv[1], sys.argv[2])
