// SPDX-License-Identifier: EUPL-1.2
// Reads an iCalendar file with ical.js, a real RFC 5545 parser, and compares its events
// with what the test expects.
//   node check_ics.js MODULES_DIR FILE.ics EXPECTED.json
// MODULES_DIR holds node_modules/ical.js (tests/scripts/install_icaljs.sh puts it there).
// EXPECTED is an array of {uid, summary, start, end, status[, location][, description]}:
// dates as YYYY-MM-DD, `end` exclusive as in DTEND. Exits 0 when every event matches,
// 1 with the differences on stderr, 77 (skipped) when ical.js is not installed.
'use strict';

const fs = require('fs');
const path = require('path');

const [modules, icsPath, expectedPath] = process.argv.slice(2);
if (!modules || !icsPath || !expectedPath) {
    console.error('usage: node check_ics.js MODULES_DIR FILE.ics EXPECTED.json');
    process.exit(2);
}

let ICAL;
try {
    // Resolved through the package's exports, which give CommonJS its own build.
    ICAL = require(require.resolve('ical.js', { paths: [path.join(modules, 'node_modules')] }));
} catch (error) {
    console.error(`ical.js is not installed under ${modules}: ${error.message}`);
    process.exit(77);
}

const problems = [];
const expect = (condition, message) => {
    if (!condition)
        problems.push(message);
};

const text = fs.readFileSync(icsPath, 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
expect(calendar.name === 'vcalendar', `the file is a ${calendar.name}, not a vcalendar`);
expect(calendar.getFirstPropertyValue('version') === '2.0', 'VERSION is not 2.0');
expect(!!calendar.getFirstPropertyValue('prodid'), 'PRODID is missing');

const events = calendar.getAllSubcomponents('vevent');
const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));
expect(events.length === expected.length,
    `${events.length} events in the file, ${expected.length} activities expected`);

const byUid = new Map();
for (const component of events) {
    const uid = component.getFirstPropertyValue('uid');
    expect(!byUid.has(uid), `UID ${uid} appears twice`);
    byUid.set(uid, component);
}

for (const activity of expected) {
    const component = byUid.get(activity.uid);
    if (!component) {
        problems.push(`no event for ${activity.uid}`);
        continue;
    }
    const event = new ICAL.Event(component);
    const start = component.getFirstPropertyValue('dtstart');
    const end = component.getFirstPropertyValue('dtend');
    const same = (what, actual, wanted) =>
        expect(actual === wanted, `${activity.uid}: ${what} is ${JSON.stringify(actual)}, ` +
            `expected ${JSON.stringify(wanted)}`);
    same('SUMMARY', event.summary, activity.summary);
    expect(start && start.isDate, `${activity.uid}: DTSTART is not a date`);
    expect(end && end.isDate, `${activity.uid}: DTEND is not a date`);
    same('DTSTART', start && start.toString(), activity.start);
    same('DTEND', end && end.toString(), activity.end);
    same('STATUS', component.getFirstPropertyValue('status'), activity.status);
    expect(!!component.getFirstPropertyValue('dtstamp'), `${activity.uid}: DTSTAMP is missing`);
    if ('location' in activity)
        same('LOCATION', event.location, activity.location);
    if ('description' in activity)
        same('DESCRIPTION', event.description, activity.description);
}

if (problems.length > 0) {
    for (const problem of problems)
        console.error(problem);
    process.exit(1);
}
console.log(`${events.length} events match`);
