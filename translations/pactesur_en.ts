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
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
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
    <message>
        <source>Usage: pactesur-cli [--db FILE] COMMAND [options]

Commands:
  init [--coordinator | --city SLUG]   create the database and choose the role
  whoami [--json]                      show this replica&apos;s role
  list KIND [--json]                   list the records of a kind
  show KIND ID [--json]                show one record
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integrity, schema and state digest
  export --out FILE [--full | --for PEER]   write an exchange package
  import FILE [--dry-run] [--json]     merge a package (backup first)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  add synthetic records

Kinds: %1
The database is %2 unless --db or PACTESUR_DB says otherwise.
Exit codes: 0 done, 1 failure, 2 usage error, 3 input rejected (nothing changed).</source>
        <translation>Usage: pactesur-cli [--db FILE] COMMAND [options]

Commands:
  init [--coordinator | --city SLUG]   create the database and choose the role
  whoami [--json]                      show this replica&apos;s role
  list KIND [--json]                   list the records of a kind
  show KIND ID [--json]                show one record
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integrity, schema and state digest
  export --out FILE [--full | --for PEER]   write an exchange package
  import FILE [--dry-run] [--json]     merge a package (backup first)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  add synthetic records

Kinds: %1
The database is %2 unless --db or PACTESUR_DB says otherwise.
Exit codes: 0 done, 1 failure, 2 usage error, 3 input rejected (nothing changed).</translation>
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
        <source>Erase this contact&apos;s personal data for good</source>
        <translation>Erase this contact&apos;s personal data for good</translation>
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
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Activities in date order</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Project description</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Day %1 of %2 (%3 %)</translation>
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
        <source>reading records</source>
        <translation>reading records</translation>
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
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</translation>
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
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Only the coordinator&apos;s database can generate records.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>a city liaison may only change records of their own city</translation>
    </message>
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
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
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
        <source>Create an empty database with the project&apos;s founding data</source>
        <translation>Create an empty database with the project&apos;s founding data</translation>
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
        <source>Remove the selected city&apos;s participation</source>
        <translation>Remove the selected city&apos;s participation</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
        <translation>Remove the selected city&apos;s participation (Del)</translation>
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
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
        <translation>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</translation>
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
        <source>Erase the selected contact&apos;s personal data</source>
        <translation>Erase the selected contact&apos;s personal data</translation>
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
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Search cities, activities, sheets, resources and contacts</translation>
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
</TS>
