<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Show the activities as a list</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Show the activities in a calendar</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n activity</numerusform>
            <numerusform>%1: %n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Show a month</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Project period</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Show the project period</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Show today</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Period shown</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Activities of the month</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Activities over the project period</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln activity in the project period</numerusform>
            <numerusform>%Ln activities in the project period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n more not listed</numerusform>
            <numerusform>%n more not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln activity on this day: click to list it</numerusform>
            <numerusform>%Ln activities on this day: click to list them</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar title: month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Too many activities to draw one by one</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>reading the activities</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>reading the participation</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityReport</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · report prepared on %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Activity by city</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Activity by theme</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Activities by kind</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Cities involved</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Police officers</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Done: %1 · planned: %2 · cancelled: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Hosted</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Took part in</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Practice sheets</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Validated or published</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>No activity in this period.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Prepared on</translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Attach File</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>A copy of %1 could not be written: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>No application could open %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Save Attachment</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Attached file name</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Attached file type and size</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Attach a file to this resource</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Open the attached file</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Save a copy of the attached file</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Replace file…</translation>
    </message>
</context>
<context>
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>it was written by a replica this database does not know</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>a city liaison may only change records of their own city</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>a city liaison may not hand a record over to another city</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>only the coordinator reviews practice sheets</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>the owner of a record never changes</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>its owner cannot own a record of this kind</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Cannot read the backup %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>The backup %1 no longer exists.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>The backup %1 belongs to another database; it cannot be restored here.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restoring a backup</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>The personal data of erased contacts could not be removed from the backup %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Show the Folder</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>No backups yet.

The first one is made when you import a package.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>%1 activities</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>pactesur::Cards</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>This database has no role yet. Choose one first: coordinator, or liaison of a city.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>This file is not a Pactesur identity card, or it is damaged.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>The card %1 cannot be read.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Cannot write the card to %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ChartBars</name>
    <message>
        <source>%1: %2</source>
        <comment>bar label, value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::ChartTimeline</name>
    <message>
        <source>No project period recorded</source>
        <translation>No project period recorded</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Today, %1: the project has not started yet</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Today, %1: the project has ended</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>The file is damaged: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n record refers to a record that does not exist.</numerusform>
            <numerusform>%n records refer to records that do not exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>The schema version is %1; this version of Pactesur expects %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unexpected %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>The database structure differs from what Pactesur expects: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associated</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Private company</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Public task</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Police staff exchange</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Academy</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Study visit</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Training material</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>EU guidance</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Partners only</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Police restricted</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Run pactesur-cli --help for the commands.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set takes FIELD=VALUE, not “%1”.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Usage: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Unknown kind “%1”; the kinds are: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init needs either --coordinator or --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>The database %1 is ready; this replica acts as: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replica: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add needs at least one --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit needs at least one --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>The database is in good order.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>The database has problems.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>State digest: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Generated %n record.</numerusform>
            <numerusform>Generated %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Every change in the package was refused: %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Further commands:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>This database has no role yet. Choose one first: coordinator, or liaison of a city.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Enrolled %1, fingerprint %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Already enrolled: %1, fingerprint %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Mailbox: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Packages published: %1; still waiting for every recipient: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Never synced.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Mailbox set: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli [--db FILE] COMMAND [options]

Commands:
  init [--coordinator | --city SLUG]   create the database and choose the role
  whoami [--json]                      show this replica's role
  list KIND [--json]                   list the records of a kind
  show KIND ID [--json]                show one record
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integrity, schema and state digest
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       write a signed, sealed exchange package
  import FILE [--dry-run] [--json]     merge a package (backup first)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              this replica's fingerprint; the roster
  keys export --out FILE               write this replica's identity card
  keys trust CARD [--fingerprint FP]   enrol a card after comparing fingerprints
  keys revoke REPLICA                  withdraw trust in a replica's keys
  mailbox set URL [--user USER]        the WebDAV mailbox or folder to sync through
  mailbox show [--json]                the mailbox and what it holds for us
  sync [--password-file FILE] [--json] one round of automatic exchange
                                       (or the password in PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       add synthetic records

Kinds: %1
The database is %2 unless --db or PACTESUR_DB says otherwise.
Exit codes: 0 done, 1 failure (for sync: the mailbox could not be reached or the round
did not finish), 2 usage error, 3 input rejected (nothing changed; for sync: packages
refused).</source>
        <translation>Usage: pactesur-cli [--db FILE] COMMAND [options]

Commands:
  init [--coordinator | --city SLUG]   create the database and choose the role
  whoami [--json]                      show this replica's role
  list KIND [--json]                   list the records of a kind
  show KIND ID [--json]                show one record
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integrity, schema and state digest
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       write a signed, sealed exchange package
  import FILE [--dry-run] [--json]     merge a package (backup first)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              this replica's fingerprint; the roster
  keys export --out FILE               write this replica's identity card
  keys trust CARD [--fingerprint FP]   enrol a card after comparing fingerprints
  keys revoke REPLICA                  withdraw trust in a replica's keys
  mailbox set URL [--user USER]        the WebDAV mailbox or folder to sync through
  mailbox show [--json]                the mailbox and what it holds for us
  sync [--password-file FILE] [--json] one round of automatic exchange
                                       (or the password in PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       add synthetic records

Kinds: %1
The database is %2 unless --db or PACTESUR_DB says otherwise.
Exit codes: 0 done, 1 failure (for sync: the mailbox could not be reached or the round
did not finish), 2 usage error, 3 input rejected (nothing changed; for sync: packages
refused).</translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictInbox</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Deleted or kept</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n open conflict; the %1 most recent are listed.</numerusform>
            <numerusform>%n open conflicts; the %1 most recent are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n open conflict. Choose the value to keep; you can undo it until you next export a package.</numerusform>
            <numerusform>%n open conflicts. Choose the value to keep; you can undo it until you next export a package.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Show the Record</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Keep What I Wrote</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>No conflict selected</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Choose a conflict in the list to see its values side by side.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 “%2”: deleted on one side, edited on the other</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>The record is kept until you choose. Keep it, or delete it as one side asked.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Value to keep</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Or write the value to keep, for example one that combines both:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Value %1 (shown now)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Value %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Written by %1 on %2 at %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Delete the Record</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Keep the Record</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Keep This Value</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Kept, with the other side's edits</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Export Personal Data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
        <translation>Erase this contact's personal data for good</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Export what is held about this contact</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Review due since %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Numbers of each partner city</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: click to open it</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>No activity up to today</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Click to see them.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>The most recent activity the city hosted or took part in, up to today.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Officers exchanged</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Activities hosted</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Hosted</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Activities the city hosts or hosted; cancelled ones are not counted.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Activities hosted by %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Activities attended</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Activities hosted by another city, or online, in which the city's participation is recorded.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Activities attended by %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Officers sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Officers of the city recorded in police staff exchanges hosted by another city.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Officers sent by %1 to police staff exchanges</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Officers received</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Officers of other cities recorded in police staff exchanges that the city hosted.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Officers received by %1 in police staff exchanges</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Practice sheets of %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Practice sheets: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Practice sheets of %1: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Working groups the city is a member of.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Working groups of %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contacts to review</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Contacts of the city whose review date has passed: check that they are still needed and correct.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Contacts of %1 due for review</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <comment>city name, country code, role</comment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>indicator, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Latest activity: %1, %2</source>
        <translation>Latest activity: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Click to see the records behind the chosen number.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Colour the cities by:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Number the map shows</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Point at a city for its numbers; click it to see the records behind the chosen number.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Map data: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Map of the partner cities: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n city without coordinates cannot be placed on the map.</numerusform>
            <numerusform>%n cities without coordinates cannot be placed on the map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardProjectPage</name>
    <message>
        <source>%1: %2</source>
        <comment>label, number</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Activities that started before %1</source>
        <translation>Activities that started before %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Activities that started in %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Activities that started after %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Practice sheets with the status “%1”</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Practice sheets on the theme “%1”</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Activities per quarter</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Participants by kind of activity</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Practice sheets by status</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Practice sheets by theme</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Project period, today and milestones</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>No project recorded yet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Starts in %n day</numerusform>
            <numerusform>Starts in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Ended on %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>Day %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Click to open this activity.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partner cities</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Planned or done; cancelled ones are not counted.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Recorded by the cities</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>From public reports</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Women among participants</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Of the %1 participants whose number of women is recorded.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>No participation record gives the number of women yet.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Officers exchanged</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Sent by their city to police staff exchanges hosted by another city.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Activities, planned or done</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Activities with participants</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Participation records that give the number of women</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Officers sent to police staff exchanges hosted by another city</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n activity</numerusform>
            <numerusform>%1: %n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>No activities yet.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>No participants recorded or reported yet.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Participants recorded by the cities in activities of the kind “%1”</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Participants from public reports in activities of the kind “%1”</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>No practice sheets yet. They are counted here once the cities write them.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n practice sheet</numerusform>
            <numerusform>%1: %n practice sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n practice sheet</numerusform>
            <numerusform>%n practice sheets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n record of the list “%1”.</numerusform>
            <numerusform>%n records of the list “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, the sum over %n record of the list “%3”.</numerusform>
            <numerusform>%1: %2, the sum over %n records of the list “%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Records behind a number</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Open the selected record in its section</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Double-click a row to open its activity, where this participation is listed.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Double-click a record to open it in its section.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardTile</name>
    <message>
        <source>%1: %2</source>
        <comment>figure caption, value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardView</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Reading the numbers…</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Cannot lock the database %1: its folder is not writable.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>updating the database structure</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>The disk is full: nothing was changed. Free some space, then try again.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>The database is busy in another program: nothing was changed.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>%1 is not a Pactesur database, or it is damaged.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>%1 is not a Pactesur database.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>opening the database</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>The database %1 needs an update that a read-only opening cannot make.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>saving changes</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>saving a record</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>building the search index</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Enrol a Card</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Compare the fingerprint before you trust this card</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>This card says it belongs to: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replica %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Fingerprint of the card:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Fingerprint of the card</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Fingerprint they read to you</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>e.g. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Enrol: the Fingerprints Match</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Enrol the card</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Import a Package</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur packages (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Export Package…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Save a package file to send to your partners</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Import Package…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Open a package file a partner sent you: see what it changes, then apply it</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Packages Received and Sent</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Save the Package</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur packages (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Export a Package</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>What one partner has not received yet (recommended):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Smaller: only the changes since their last package reached you.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>No partner has sent you a package yet: send a full copy the first time.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>What the coordinator has not received yet (recommended)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Smaller: only the changes since the coordinator's last package reached you.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>No package has come from the coordinator yet: send a full copy the first time.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>A full copy of everything in this database</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>What goes in</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Counting what goes in…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>What goes in: %n record.</numerusform>
            <numerusform>What goes in: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Writing the package… Cancel stops it; no file is left behind.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>The package is saved as:
%1
Send this file to your partner.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>counting the records to export</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>This database has no role yet. Choose one first: coordinator, or liaison of a city.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Cannot write the package %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>the disk may be full</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Cannot make a private temporary folder for the package.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>recording the export</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Local name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Police force</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Focus themes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Work email</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Translated labels</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Lead city</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Host city</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Reported participants</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Reported cities</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Translation of</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Context and problem</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Actions and implementation</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Budget and funding</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Results and indicators</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transferability</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Source revision</source>
        <translation>Source revision</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Practice sheet</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>From status</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>To status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Invalid value “%1” for %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 is too long: at most %2 characters.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>control characters are not allowed</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>expected a whole number, 0 or more</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>expected a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>expected one of %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>expected a two-letter country code such as FR</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>expected a two-letter language code such as fr</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>expected two-letter language codes separated by commas</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>expected a web address starting with https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>expected an email address</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>expected a phone number</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>expected an id or a slug</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>expected a JSON object such as {"fr": "…"}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>expected lower-case letters, digits and dashes</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>expected a SHA-256 digest</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>file contents cannot be typed in</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>%1 has the wrong type</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 is out of range</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 is too long</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 is not an id</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 is not a list</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>%1 is not in its stored form</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>expected a JSON object such as {"summary": "…"}</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 is set</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Language codes, e.g. fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Pactesur databases (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
</context>
<context>
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>The mailbox folder %1 is full: free space on its disk.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Cannot create the folder %1 in the mailbox: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Cannot write %1 in the mailbox: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Cannot rename %1 in the mailbox: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Cannot read %1 from the mailbox: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Cannot remove %1 from the mailbox: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Only the coordinator's database can generate records.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Records you do not have yet.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Records you have that the package changes.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Records you already have as they are.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Changes the sender may not make; they are left out, the rest is imported.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Import a Package</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Review Conflicts</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>What the package changes</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Package from %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Made on %1 at %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>A full copy of the sender's data: %n record.</numerusform>
            <numerusform>A full copy of the sender's data: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>The changes since your last exchange: %n record.</numerusform>
            <numerusform>The changes since your last exchange: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Comparing the package with your database…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Nothing new: your database already holds everything in this package. Apply records that you received it.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Nothing changes until you click Apply. A backup of your database is made first.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Cancelling… your database stays as it was.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importing… Cancel stops it and leaves your database as it was.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Your database as it was before is kept in %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Package not imported</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Saving the changes… Cancel stops it and leaves your database as it was.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Checking the package… Cancel stops it and leaves your database as it was.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Nothing in your database was changed.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Every change in this package was refused: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>The import was cancelled; your database is as it was.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Signed by %1 (verified)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>The sender's signature was not verified.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Fingerprint of the key: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>%n more new or updated record is counted above but not listed.</numerusform>
            <numerusform>%n more new or updated records are counted above but not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ImportPreviewModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>New records (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Updated records (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflicts to review (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Refused (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Untitled (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>making a backup</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>This database has no role yet. Choose one first: coordinator, or liaison of a city.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>This package was exported from this database; it holds nothing new.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>An edit of %1 in an erased contact was dropped: erasure wins.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importing a package</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>The package refers to records it does not hold; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>The cryptography library cannot be started.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>The keys of this database (%1) cannot be read.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>The keys of this database (%1) are damaged.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>The keys of this database cannot be saved in %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>The fingerprint is copied.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (this database)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Enrol a Card</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Pactesur identity cards (*.card);;All files (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Already enrolled: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Export My Card</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>The keys of %1 are revoked.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>This database</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replica %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>This database has no role yet.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Your fingerprint: read it to a partner who enrols your card.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Your fingerprint</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>E&amp;xport My Card…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Export my card</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Replicas this database trusts</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replica</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Enrol a Card…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Enrol a card</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Revoke the selected keys</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Practice sheet</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Practice sheets</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Status changes</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Anyone (full copy)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Every package this database received or sent, newest first.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Packages received and sent</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>What it held</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>There is no desktop keyring: Pactesur keeps the password until it closes.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur keeps it in the desktop keyring.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Mailbox Password</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>The password of %1 at %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Not synced: the mailbox needs the password of %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n package declined: offered again at the next sync.</numerusform>
            <numerusform>%n packages declined: offered again at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sync Now</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Exchange packages with your partners through the mailbox now</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Mailbox…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Where packages are exchanged automatically, and how often</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Mailbox address</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
A folder: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>User name on the server</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Password on the server</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sync &amp;every:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Only by hand</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutes between automatic syncs</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>While Pactesur is open; 0: only when you choose File ▸ Sync Now</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Review every incoming package before importing it</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Result of the connection test</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Save the mailbox settings</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>No desktop keyring: the password is asked once per session.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>The password is kept in the desktop keyring.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Connection works.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Stop the sync; the next one goes on from where it stopped</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sync in progress</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Mailbox not set</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Syncing · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>The mailbox could not be synced</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Mailbox set · not synced yet</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>%n package in</numerusform>
            <numerusform>%n packages in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>%n out</numerusform>
            <numerusform>%n out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n new conflict</numerusform>
            <numerusform>%n new conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>The mailbox has not been synced yet from this database.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>New conflicts: %1; packages refused: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>at an unknown time</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>Preparing a package…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Cannot keep the package %1 beside the database.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>The package %1 is no longer beside the database and cannot be sent again.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Uploading %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Cannot write this replica's acknowledgement.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>This database has no role yet. Choose one first: coordinator, or liaison of a city.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Cannot make a private folder for the mailbox's packages beside the database.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Reading the mailbox…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Sync cancelled; the next one goes on from here.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>the coordinator</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replica %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 from %2: %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>its content does not match its name (cut or changed).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>it was not published by this sender as package %1 of its mailbox.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 from %2: record %3 refused: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>Create an empty database with the project's founding data</source>
        <translation>Create an empty database with the project's founding data</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Open another Pactesur database file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filter the records of the current list</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;About Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Current section</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>The file “%1” already exists. Choose another name, or use Open Database to open it.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>Pactesur — %1</source>
        <translation>Pactesur — %1</translation>
    </message>
    <message>
        <source>Pactesur %1</source>
        <translation>Pactesur %1</translation>
    </message>
    <message>
        <source>Pactesur helps the partner cities of the EU project PACTESUR 2 coordinate their work: who is who, working groups, activities and the practice sheets they share.</source>
        <translation>Pactesur helps the partner cities of the EU project PACTESUR 2 coordinate their work: who is who, working groups, activities and the practice sheets they share.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt version: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>About Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Find in List…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Search Everything…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Search all the records of every kind</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;New Record…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Add a record to the current list</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Edit Record…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Edit the record selected in the current list</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Delete Record…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Delete the record selected in the current list</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>%n practice sheet reopened after Pactesur stopped unexpectedly: it says what was kept.</numerusform>
            <numerusform>%n practice sheets reopened after Pactesur stopped unexpectedly: each says what was kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Write an activity report, a calendar, the booklet of practices or a list</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>High &amp;Contrast</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Keyboard Shortcuts…</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Member cities</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>City to add</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Add city</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Add the chosen city as a member</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Remove the selected member city</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Remove the selected member city (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Remove Member</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
</context>
<context>
    <name>pactesur::NewSheetDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>New Practice Sheet</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>&amp;Blank sheet</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>A &amp;copy of:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Sheet to copy</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Written in:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Create and Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Dismiss this notice</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Refused changes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n change was not applied because the ownership rules refuse it; the %1 most recent are listed.</numerusform>
            <numerusform>%n changes were not applied because the ownership rules refuse them; the %1 most recent are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Dismiss All</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Dismiss all the listed notices</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n change was not applied because the ownership rules refuse it. Dismiss the notice once you have read it.</numerusform>
            <numerusform>%n changes were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>A change of “%1” in the %2 “%3” by %4 was refused: %5.</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>%1 is not a valid Pactesur package: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>The package %1 does not exist.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>the file is larger than any package can be.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Cannot read the package %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>it is not a package file.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>it cannot be opened.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>it is damaged.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>it was not made by Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>its format version is unknown.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>it contains tables or code that a package may not hold.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>its manifest cannot be read.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>its manifest does not describe a Pactesur package.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>its manifest is incomplete or wrong.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>deleted is not 0 or 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>it has an unknown field “%1”</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>%1 has the wrong type</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>one of its conflicts is malformed.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>it is damaged or too slow to read.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>its records cannot be read.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>record %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>its id is not valid</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>its owner is not valid</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>its date is not valid</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>its version is not valid</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>its history cannot be read</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>the history of “%1” is not valid</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>an attachment does not match its hash.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Cannot make a private temporary folder for the package.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>its manifest names another sender than the key that signed it.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>its manifest holds more entries than a package can.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>its manifest has a key longer than allowed.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>its manifest holds a value longer than allowed (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>The package %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Participating cities</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>City to add</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Add city</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Add the chosen city to the participants</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected city's participation</source>
        <translation>Remove the selected city's participation</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
        <translation>Remove the selected city's participation (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Remove Participation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationReport</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>You (this database)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Founding data</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Another partner (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Liaison of an unknown city</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Liaison of %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>reading the practice sheets</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Other practices</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, ongoing</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Since %1, ongoing</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Practices for safer public spaces</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n practice sheet</numerusform>
            <numerusform>%n practice sheets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · booklet prepared on %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Practice sheets of the partner cities</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Practice sheets</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Prepared on</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>No practice sheet is validated and public yet.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>This practice is not yet available in %1; it is given in %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Available in</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Details of the selected record</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Select a record to see all its details.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Activities hosted: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Practice sheets: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Working groups as member: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contacts: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Related</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>New record: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Edit record: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Required</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>All lead cities</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Contacts whose review date has passed</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filter by %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>No cities yet. The partner cities of the project are listed here.</translation>
    </message>
    <message>
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
        <translation>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n matching record</numerusform>
            <numerusform>%n matching records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>No records match the filter.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Add a record to this list (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Edit the selected record (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>E&amp;rase…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Erase the selected contact's personal data</source>
        <translation>Erase the selected contact's personal data</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Delete the selected record (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Delete “%1”? You can bring it back with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Clear Filters</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Show every record of this list again</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>%1 cannot be created or edited directly.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>This %1 already exists (id %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>No %1 has the id %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>The file %1 is too large: attachments are limited to %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>This database has no role yet. Choose one first: coordinator, or liaison of a city.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>As the liaison of %1 you can change only the records of %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>“%1” is not a field of %2; the fields are: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Unknown theme “%1”.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>%1 cannot be changed once the record exists; create a new record instead.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>The end date %1 is before the start date %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>There cannot be more women (%1) than participants (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>There cannot be more officers (%1) than participants (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>No %1 matches “%2”.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>“%1” matches more than one %2; give more of the id.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>No conflict matches “%1”.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>The record of this conflict no longer exists.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>“%1” matches more than one value; give more of it.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>No value of this conflict matches “%1”.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>An erased contact cannot be brought back: its personal data is gone.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>“%1” is required (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>This practice sheet is %1: only the coordinator can delete it now.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>As the liaison of %1 you cannot hand this record over to another city.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Only the coordinator reviews practice sheets.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>reading a record</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>No role chosen</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Liaison of %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Unknown role “%1”: expected coordinator or liaison.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Unknown city “%1”.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Invalid replica id “%1”.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>saving the role</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>stamping a change</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>reading this database's role</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Participation table</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Calendar of activities</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Booklet of practices</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>List of practice sheets</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Key figures and the activities of a period, per city and per theme.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Participants per activity and city, without any personal data.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>The activities of a period as events for any calendar app.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>The validated public practice sheets by theme, in one language.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Every practice sheet with its city, language, status and themes.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Calendar file (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>one practice sheet</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>activities of a period, per city and per theme</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>participation per activity and city, without personal data</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>activities as an iCalendar file for calendar apps</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>booklet of the validated public practice sheets, by theme</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>list of the practice sheets</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 takes a date as YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>The %1 report covers no period: leave out --from and --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>There is no language “%1”; the languages are: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Unknown report “%1”; the reports are: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>The %1 report is written as %2, not “%3”.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Wrote the report to %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Co-funded by the European Union</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Cannot write the report to %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Cannot write the report to %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Cannot make sure the report %1 was saved.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>This report is written as %1, not “%2”.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportPeriod</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Save the Report</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Report progress</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Save As…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Choose a report, then save it to a file.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Writing the report… Cancel stops it; no file is left behind.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>The report is saved as:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>This conflict was resolved in the meantime.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>The record of this conflict no longer exists.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Resolve the conflict on “%1” of “%2”</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (already sent)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restore the backup of %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Insert Link</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Web or e-mail address (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Only web (http, https) and e-mail (mailto) addresses can be linked.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Bold (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Italic (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Make the selection a link to a web or e-mail address (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Show an image attached to this sheet inside the text</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Welcome to Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Who are you in the project?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>City &amp;liaison</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>City liaison</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Your city</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Confirm the role</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>This database has no role yet. Choose one first: coordinator, or liaison of a city.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>This is this database's own card.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>The card names a city this database does not know.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>The keys of this replica were revoked; they cannot be enrolled again.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>This card says its replica writes for someone else than this database knows.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>The card's fingerprint is %1, not the one you were given: it was not enrolled.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Only the coordinator revokes keys.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>No single enrolled replica matches “%1”.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>The coordinator cannot revoke its own keys.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>The roster in the package is malformed.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>The package cannot be written to %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>The package has too many recipients.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>The package %1 was refused: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>it is damaged or was changed after it was signed.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>The package %1 cannot be read.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>it is larger than a package can be.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>it is not a Pactesur package.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>it was made in another package format (%1; this version reads format %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>it is signed by revoked keys (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>it is not addressed to this database.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>The package %1 cannot be opened here.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <source>%1 (%2+)</source>
        <comment>kind, number of hits shown when there are more</comment>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind, number of hits</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Type a word or the start of one; every word must match.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n result for “%1”.</numerusform>
            <numerusform>%n results for “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Search cities, organisations, working groups, activities, sheets, resources and contacts</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>The built-in data could not be loaded (%1 “%2”): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>The built-in data could not be loaded.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Add Image</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Add Attachment</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 is not an image; it was added to the attachments.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>The attachment %1 could not be read back.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Add an Image from a File…</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <extracomment>An attachment in the list: its name, then its type and size.</extracomment>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Attachments of this sheet</source>
        <translation>Attachments of this sheet</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Add a file to this sheet</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Show in text</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Show the selected image inside the text box you last wrote in</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Remove the selected attachment from this sheet</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>This practice sheet was deleted; its changes cannot be stored.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>No practice sheet matches “%1”.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Some changes are not saved: see the fields marked in red</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>All changes saved · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Changes are saved as you type</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Untitled practice sheet</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Practice sheet</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Some changes could not be saved; correct the fields marked in red first.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>These fields could not be saved: %1. Close anyway and lose what was typed in them?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Close Anyway</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Sheet title</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>City, language and sensitivity of the sheet</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>What was recovered</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Why this sheet is read-only</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Review workflow message</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Note on the Sheet…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Write the city a review note on the sheet as a whole</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>This database is open read-only: the sheet can be read and exported, not changed.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Choose your role (coordinator or city liaison) before writing practice sheets.</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>changed %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>The coordinator asked for changes; their note is shown above the form.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Undo the last stored change of this sheet</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Redo the change undone last</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Translate…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Make a linked copy of this sheet in another language, shown beside its source</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Export this sheet as PDF or HTML, or print it</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Export as &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Practice sheet</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Export Practice Sheet as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Export Practice Sheet as HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Print Practice Sheet</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>None recorded yet.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Still running</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Required to submit</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Write a review note on this field for the city</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Review note on %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Source (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Translation (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 in the source sheet</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>The source changed this field since the translation was last brought up to date.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Practice sheet form</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>What the practice is called, whose it is, when it ran and who may read it.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Context and objectives</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Why the practice was needed and what it set out to achieve.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Actions and partners</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>What was done, with whom, and what it cost.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Results and evaluation</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>What changed, and how you know.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Transferability and lessons</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>What another city needs to know to do the same, failures included.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>The person partners can ask about this practice.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Photos, reports and other files; images can also be shown inside a text.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>What the practice set out to change. One objective per list item, measurable where possible.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>What was done, step by step: activities, staff involved, timing, tools and methods.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>How the results were assessed, by whom, and what the evaluation concluded.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>What another city would need to do the same: conditions for success, resources, what can be adapted.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Tick the project themes the practice contributes to.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>The working groups that should read this sheet.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Choose a contact of your city; add them under Contacts first if they are missing.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>The language this sheet is written in.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Start a new draft sheet from a copy of the selected one</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Translate…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Make a linked translation of the selected sheet</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Sections of the sheet</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Required fields filled</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Required fields still empty</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Required to submit: %1 of %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Fields required to submit</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Status history of the sheet</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Not submitted yet</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Coordinator's note on the whole sheet</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Coordinator's note</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>What the city should look at first, or why the sheet is not ready yet</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>What to change or complete in this field</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Untitled practice sheet</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Partners only</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Restricted — police only</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · practice sheet printed on %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Practice sheet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Open Source</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Open the source sheet</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Mark as Up to Date</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Say that this translation now follows the source as it is</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>The source of this translation is no longer available.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Translation of “%1” (%2). The source is shown beside each field.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 The source has changed since: %2 (highlighted below).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Translations of this sheet:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (outdated)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Open the %1 translation</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>No practice sheet has the id %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>This sheet is itself a translation: translate its original instead.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>The sheet is already written in this language.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>A translation into this language already exists.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Untitled practice sheet</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</numerusform>
            <numerusform>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n seconds of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Only the coordinator writes review notes.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Only the coordinator can set a practice sheet to “%1”.</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>This practice sheet is waiting for review. Withdraw it to draft before changing it.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>This practice sheet cannot be submitted yet: fill in %1 first.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Submit Again</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Submit for Review</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Request Changes</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Unpublish</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetsReport</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>reading the practice sheets</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Coordination app for the partner cities of PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Use the database FILE instead of the default one.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Use the interface language CODE (en, fr, nl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>package</source>
        <translation>package</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>An exchange package (.pactesur) to preview and import.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[package]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Translate Practice Sheet</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Already translated into %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Language of the translation</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Create Translation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>the connection closed before the file was whole</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>the file is larger than a package can be</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>The mailbox at %1 refused the user name or password.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>There is no folder at %1 on the server: create it, or check the mailbox address.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>The server asks to slow down (429 Too Many Requests); the next sync will try again.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>The server had an error (%1) at %2; the next sync will try again.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>The server answered %1 at %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>The mailbox at %1 has a certificate this computer does not trust: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>The mailbox at %1 cannot be reached: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>The server's listing of %1 could not be read.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>%1 in the mailbox is larger than a package can be.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</translation>
    </message>
</context>
</TS>
