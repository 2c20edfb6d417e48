#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""The app as a screen reader and a keyboard-only user meet it, over the real AT-SPI bus.

Run by a11y_bus.sh inside Xvfb and a private D-Bus session. Starts the AT-SPI bus, then
pactesur on a fresh database; reads the dashboard's figures and the bars of "Activities per
quarter" from the accessible tree (names and values against the database, read with the
CLI); walks a chart's bars with the arrow keys; creates an activity and adds a
participating city with the keyboard alone (xdotool); quits with Ctrl+Q and checks the new
rows with the CLI. Every wait polls with a deadline: a loaded machine is slower, not wrong.
"""
import argparse
import json
import os
import subprocess
import sys
import time
from datetime import date

TITLE = "Keyboard-only workshop"
DISPLAY_REFUSED = 75  # a11y_bus.sh tries another display


def fail(message):
    print(f"a11y_keyboard_task: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def step(message):
    print(f"a11y_keyboard_task: {message}", flush=True)


def poll(what, check, timeout=30.0, interval=0.1):
    """check() until it returns something true; the objects of a busy app may vanish
    between two calls, so an error means "not yet"."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = check()
            if result:
                return result
        except Exception as error:  # GLib.GError from a stale object, mostly
            last_error = error
        if time.monotonic() > deadline:
            fail(f"no {what} after {timeout:.0f} s" + (f" ({last_error})" if last_error else ""))
        time.sleep(interval)


def cli(args, command):
    output = subprocess.run([args.cli, "--db", args.db, *command, "--json"], check=True,
                            capture_output=True, text=True, timeout=60).stdout
    return json.loads(output)


def quarter_label(day):
    return f"Q{(day.month - 1) // 3 + 1} {day.year}"


class Tree:
    """Finds accessible objects under a root, breadth first, without entering tables and
    menus (hundreds of cells; nothing this test looks for is inside them)."""

    SKIPPED = {"table", "tree table", "menu bar", "menu"}

    def __init__(self, pyatspi):
        self.pyatspi = pyatspi

    def find(self, root, role, name=None, prefix=None):
        queue = [root]
        while queue:
            node = queue.pop(0)
            if node is None:
                continue
            if node.getRoleName() == role and (name is None or node.name == name) and (
                    prefix is None or node.name.startswith(prefix)):
                return node
            if node is not root and node.getRoleName() in self.SKIPPED:
                continue
            queue.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        return None

    def describe_focus(self, root):
        # Hidden views and the items of lists report focus too: the widget shown is it.
        queue, found = [root], "nothing"
        while queue:
            node = queue.pop(0)
            if node is None:
                continue
            if self.focused(node) and node.getState().contains(self.pyatspi.STATE_SHOWING) \
                    and node.getRoleName() not in ("list item", "table cell", "tree item"):
                found = f"{node.getRoleName()} '{node.name}' in '{node.parent.name}'"
            if node.getRoleName() not in ("table", "tree table"):
                queue.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        return found

    def related(self, node, relation_type):
        """The first object `node` is in this relation with (label-for, labelled-by)."""
        for relation in node.getRelationSet():
            if relation.getRelationType() == relation_type and relation.getNTargets() > 0:
                return relation.getTarget(0)
        return None

    def focused(self, node):
        return node.getState().contains(self.pyatspi.STATE_FOCUSED)

    def children(self, node):
        return [node.getChildAtIndex(i) for i in range(node.childCount)]


class Keyboard:
    """Keys into the X server (XTEST), where the focused window takes them."""

    def __init__(self, pid):
        self.window = poll("window of the app on the X display", lambda: subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "Pactesur"],
            capture_output=True, text=True).stdout.split())[0]
        self.focus_window()
        self.trace = None  # set to a function naming the focus, to follow a failing walk

    def focus_window(self):
        """Gives the main window the X input focus, as a window manager does when the
        window appears or a dialog over it closes; Xvfb runs none."""
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window], check=True, timeout=20)

    def key(self, *keys):
        subprocess.run(["xdotool", "key", "--delay", "40", *keys], check=True, timeout=20)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "30", text], check=True, timeout=60)

    def tab_until(self, what, focused, presses=60):
        """Tab, as a user would, until `focused()` says the wanted control has the focus."""
        for _ in range(presses):
            if poll_briefly(focused):
                return
            if self.trace:
                step(f"  Tab from {self.trace()}")
            self.key("Tab")
        fail(f"{what} never took the focus in {presses} presses of Tab")


def poll_briefly(check, timeout=1.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return True
        except Exception:
            pass
        time.sleep(0.05)
    return False


def check_dashboard(tree, frame, activities, cities):
    live = [a for a in activities if a.get("status") != "cancelled" and a.get("start")]
    chart = poll("chart of activities per quarter with its bars", lambda: (lambda c: c if c and
                 c.childCount > 0 else None)(tree.find(frame, "chart", "Activities per quarter")),
                 timeout=60)
    tile = poll("figure of activities", lambda: tree.find(frame, "push button",
                                                          prefix="Activities: "))
    figure = int(tile.name.split(": ", 1)[1])
    if figure != len(live):
        fail(f"the figure says {figure} activities, the database holds {len(live)}")
    step(f"figure '{tile.name}' ({tile.description}) matches the database")

    per_quarter = {}
    for activity in live:
        label = quarter_label(date.fromisoformat(activity["start"]))
        per_quarter[label] = per_quarter.get(label, 0) + 1
    total = 0
    for bar in tree.children(chart):
        if bar.getRoleName() != "list item":
            fail(f"a bar of the chart has the role {bar.getRoleName()}")
        value = int(bar.queryValue().currentValue)
        total += value
        words = f"{value} activity" if value == 1 else f"{value} activities"
        if bar.description != words:
            fail(f"bar {bar.name}: value '{bar.description}', expected '{words}'")
        if bar.name in per_quarter and per_quarter[bar.name] != value:
            fail(f"bar {bar.name} says {value}, the database {per_quarter[bar.name]}")
    if total != figure:
        fail(f"the bars add up to {total}, the figure is {figure}")
    busiest = max(per_quarter, key=per_quarter.get)
    step(f"{chart.childCount} bars add up to the figure; {busiest}: {per_quarter[busiest]}")

    nice = next(c for c in cities if c["name"] == "Nice")
    hosted = sum(1 for a in live if a.get("host_city") == nice["id"])
    city_map = tree.find(frame, "list", prefix="Map of the partner cities: Activities hosted")
    if city_map is None:
        fail("no map of the partner cities in the accessible tree")
    dot = next((c for c in tree.children(city_map) if c.name == "Nice"), None)
    if dot is None or dot.description != f"Activities hosted: {hosted}":
        fail(f"the map's Nice says {dot and dot.description!r}, the database {hosted} hosted")
    step(f"the map's city 'Nice' says '{dot.description}'")
    return chart


def walk_chart(tree, keyboard, chart):
    """Tab to the chart, then Right: the next bar is focused, and the bus says so with a
    focus event on that bar (what makes a screen reader speak it)."""
    from gi.repository import GLib

    announced = []
    pyatspi = tree.pyatspi

    def on_focus(event):
        if event.detail1 == 1 and event.source is not None:
            announced.append((event.source.getRoleName(), event.source.name))

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    context = GLib.MainContext.default()

    def pump():
        while context.iteration(False):
            pass
        return True

    keyboard.key("ctrl+1")
    keyboard.tab_until("the chart of activities per quarter", lambda: tree.focused(chart))
    bars = tree.children(chart)
    first = poll("focused bar", lambda: next((b for b in bars if tree.focused(b)), None), 10)
    # Entering the chart, the bar is the focus heard last (after the chart's own).
    poll(f"focus event on the bar '{first.name}' last",
         lambda: pump() and announced and announced[-1] == ("list item", first.name), 20)
    keyboard.key("Right")
    second = poll("another focused bar after Right", lambda: next(
        (b for b in bars if tree.focused(b) and b.name != first.name), None), 10)
    poll(f"focus event on the bar '{second.name}'",
         lambda: pump() and ("list item", second.name) in announced, 20)
    pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")
    step(f"arrow keys on the chart: '{first.name}' -> '{second.name}' ({second.description}), "
         "announced by a focus event")


def add_activity(tree, keyboard, app, frame):
    keyboard.key("ctrl+4")  # Activities
    poll("Activities section", lambda: tree.find(frame, "push button", prefix="Calendar")
         or tree.find(frame, "table", prefix="Activities"), 20)
    keyboard.key("alt+e")
    keyboard.key("n")
    dialog = poll("editor of a new activity", lambda: next(
        (w for w in tree.children(app) if w.getRoleName() == "dialog"), None), 30)
    kind = poll("kind of activity", lambda: tree.find(dialog, "combo box"))
    keyboard.tab_until("the kind", lambda: tree.focused(kind), 5)
    keyboard.type("w")
    poll("kind 'Workshop'", lambda: kind.name == "Workshop", 10)
    title = poll("title field", lambda: tree.find(dialog, "text", prefix="Title"))
    keyboard.tab_until("the title", lambda: tree.focused(title), 10)
    keyboard.type(TITLE)
    poll("typed title", lambda: title.queryText().getText(0, -1) == TITLE, 20)
    keyboard.key("Return")
    poll("editor closed", lambda: not any(
        w.getRoleName() == "dialog" for w in tree.children(app)), 30)
    step(f"activity '{TITLE}' added with the keyboard")
    keyboard.focus_window()

    # On Linux a combo box is named by its current text: a screen reader says what it is for
    # from the label it is labelled by, so the choice is found through that relation.
    table = poll("table of participating cities",
                 lambda: tree.find(frame, "table", "Participating cities"), 30)
    label = poll("label 'City to add'", lambda: tree.find(table.parent, "label", "City to add"),
                 10)
    city = poll("combo box the label 'City to add' is for",
                lambda: tree.related(label, tree.pyatspi.RELATION_LABEL_FOR), 10)
    if city.getRoleName() != "combo box":
        fail(f"'City to add' labels a {city.getRoleName()}, not the choice of a city")
    labels = tree.related(city, tree.pyatspi.RELATION_LABELLED_BY)
    if labels is None or labels.name != "City to add":
        fail(f"the choice of a city is labelled by {labels and labels.name!r}")
    step("the choice of a city is labelled 'City to add' on the bus")
    keyboard.tab_until("the city to add", lambda: tree.focused(city))
    keyboard.type("Nice")
    poll("'Nice' chosen", lambda: city.name == "Nice", 10)
    add = tree.find(frame, "push button", "Add the chosen city to the participants")
    keyboard.tab_until("the Add city button", lambda: tree.focused(add), 5)
    keyboard.key("space")
    poll("Nice among the participating cities", lambda: any(
        table.getChildAtIndex(i).name == "Nice" for i in range(table.childCount)), 30)
    step("participating city 'Nice' added with the keyboard")


def main():
    parser = argparse.ArgumentParser()
    for option in ("--app", "--cli", "--db", "--launcher"):
        parser.add_argument(option, required=True)
    args = parser.parse_args()

    activities = cli(args, ["list", "activities"])
    cities = cli(args, ["list", "cities"])
    bus = subprocess.Popen([args.launcher, "--launch-immediately"])
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    app_log = open(os.path.join(os.path.dirname(args.db), "pactesur.log"), "w+")
    process = subprocess.Popen([args.app, "--db", args.db], env=env, stderr=app_log)
    try:
        import pyatspi  # after the bus is up: it connects when imported

        tree = Tree(pyatspi)

        def on_bus():
            if process.poll() is not None:
                app_log.seek(0)
                if "could not connect to display" in app_log.read():
                    sys.exit(DISPLAY_REFUSED)
                fail(f"pactesur stopped with exit code {process.returncode}")
            return next((a for a in pyatspi.Registry.getDesktop(0)
                         if a is not None and a.get_process_id() == process.pid), None)

        app = poll("Pactesur on the accessibility bus", on_bus, timeout=90)
        frame = poll("main window", lambda: tree.find(app, "frame"), 30)
        step(f"main window '{frame.name}' on the bus")
        chart = check_dashboard(tree, frame, activities, cities)
        keyboard = Keyboard(process.pid)
        if os.environ.get("PACTESUR_A11Y_TRACE"):
            keyboard.trace = lambda: tree.describe_focus(app)
        walk_chart(tree, keyboard, chart)
        add_activity(tree, keyboard, app, frame)
        keyboard.key("ctrl+q")
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        bus.terminate()
        app_log.seek(0)
        sys.stderr.write(app_log.read())  # what the app said, for a failed run
        app_log.close()

    added = [a for a in cli(args, ["list", "activities"]) if a["title"] == TITLE]
    if len(added) != 1 or added[0]["kind"] != "workshop":
        fail(f"the database holds {added!r} for the new activity")
    nice = next(c for c in cities if c["name"] == "Nice")
    rows = [p for p in cli(args, ["list", "participation"])
            if p["activity"] == added[0]["id"] and p["city"] == nice["id"]]
    if len(rows) != 1:
        fail(f"no participation row of Nice in '{TITLE}'")
    step("the database holds the workshop and Nice's participation: PASS")


if __name__ == "__main__":
    main()
