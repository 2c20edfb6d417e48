<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Saraksts</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Rādīt aktivitātes sarakstā</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendārs</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Rādīt aktivitātes kalendārā</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n aktivitāte</numerusform>
            <numerusform>%1: %n aktivitātes</numerusform>
            <numerusform>%1: %n aktivitāšu</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Rādīt vienu mēnesi</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Projekta periods</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Rādīt projekta periodu</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Iepriekšējais mēnesis (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Iepriekšējais mēnesis</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nākamais mēnesis (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nākamais mēnesis</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodiena</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Rādīt šodienu</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Parādītais periods</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Mēneša aktivitātes</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Aktivitātes projekta periodā</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>Projekta periodā %Ln aktivitāte</numerusform>
            <numerusform>Projekta periodā %Ln aktivitātes</numerusform>
            <numerusform>Projekta periodā %Ln aktivitāšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n vēl</numerusform>
            <numerusform>+%n vēl</numerusform>
            <numerusform>+%n vēl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>Vēl %n nav parādīta</numerusform>
            <numerusform>Vēl %n nav parādītas</numerusform>
            <numerusform>Vēl %n nav parādītas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>Šajā dienā %Ln aktivitāte: noklikšķiniet, lai to parādītu</numerusform>
            <numerusform>Šajā dienā %Ln aktivitātes: noklikšķiniet, lai tās parādītu</numerusform>
            <numerusform>Šajā dienā %Ln aktivitāšu: noklikšķiniet, lai tās parādītu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar title: month name, year</comment>
        <translation>%2. gada %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Pārāk daudz aktivitāšu, lai tās attēlotu atsevišķi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln aktivitāte</numerusform>
            <numerusform>%Ln aktivitātes</numerusform>
            <numerusform>%Ln aktivitāšu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Pievienot failu</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Failu %1 neizdevās nolasīt: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Neizdevās ierakstīt %1 kopiju: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Neviena lietotne nevarēja atvērt %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Saglabāt pielikumu</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Failu %1 neizdevās saglabāt: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Pievienotais fails</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Pievienotā faila nosaukums</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Pievienotā faila tips un izmērs</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Pievienot failu…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Pievienot failu šim resursam</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Atvērt pievienoto failu</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Saglabāt kā…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Saglabāt pievienotā faila kopiju</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Nav pievienota faila</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Aizstāt failu…</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Fails ir bojāts: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n ieraksts atsaucas uz neeksistējošiem ierakstiem.</numerusform>
            <numerusform>%n ieraksti atsaucas uz neeksistējošiem ierakstiem.</numerusform>
            <numerusform>%n ierakstu atsaucas uz neeksistējošiem ierakstiem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>Shēmas versija ir %1, bet šī Pactesur versija sagaida %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>neparedzēts: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>trūkst: %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>Datubāzes struktūra atšķiras no tās, ko sagaida Pactesur: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Vadošā pilsēta</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partnerpilsēta</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Asociētā pilsēta</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Tīkls</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Biedrība</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Privāts uzņēmums</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Pilsoniskā sabiedrība</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policija</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitāte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Sabiedrības interešu uzdevums</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Leģitīmās intereses</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Piekrišana</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Līgums</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Juridisks pienākums</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānota</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktīva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slēgta</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Novērotājs</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sanāksme</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Policijas darbinieku apmaiņa</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akadēmija</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Apmācības</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Mācību vizīte</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Darbnīca</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Vebinārs</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Vadības komiteja</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikācija</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pabeigta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atcelta</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Rokasgrāmata</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Mācību materiāls</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publikācija</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>ES vadlīnijas</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datu kopa</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Saite</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Iesniegts</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Pieprasītas izmaiņas</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicēts</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publisks</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Tikai partneriem</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Tikai policijai</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Atrisināts</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Komandu sarakstu skatiet, izpildot pactesur-cli --help.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Opcijai %1 nepieciešama vērtība.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set pieņem FIELD=VALUE, nevis „%1”.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Nezināma opcija %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Lietošana: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Nezināms veids „%1”; pieejamie veidi: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>Komandai init jānorāda --coordinator vai --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>Datubāze %1 ir gatava; šīs replikas loma: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datubāze: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replika: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Lietošana: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Nevar nolasīt failu %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>Komandai add jānorāda vismaz viens --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>Komandai edit jānorāda vismaz viens --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>Datubāze ir kārtībā.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>Datubāzē ir problēmas.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Stāvokļa kontrolsumma: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nav norādīta komanda.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Nezināma komanda „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Izveidots %n ieraksts.</numerusform>
            <numerusform>Izveidoti %n ieraksti.</numerusform>
            <numerusform>Izveidoti %n ierakstu.</numerusform>
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
        <translation>Lietošana: pactesur-cli [--db FILE] COMMAND [opcijas]

Komandas:
  init [--coordinator | --city SLUG]   izveidot datubāzi un izvēlēties lomu
  whoami [--json]                      parādīt šīs replikas lomu
  list KIND [--json]                   uzskaitīt viena veida ierakstus
  show KIND ID [--json]                parādīt vienu ierakstu
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integritāte, shēma un stāvokļa kontrolsumma
  export --out FILE [--full | --for PEER]   izveidot apmaiņas paketi
  import FILE [--dry-run] [--json]     sapludināt paketi (vispirms tiek izveidota rezerves kopija)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  pievienot sintētiskus ierakstus

Veidi: %1
Datubāze: %2, ja vien --db vai PACTESUR_DB nenorāda citu.
Izejas kodi: 0 izpildīts, 1 kļūme, 2 lietošanas kļūda, 3 ievade noraidīta (nekas netika mainīts).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Failā %1 ierakstīts %n ieraksts.</numerusform>
            <numerusform>Failā %1 ierakstīti %n ieraksti.</numerusform>
            <numerusform>Failā %1 ierakstīti %n ierakstu.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Jauni: %1, atjaunināti: %2, nemainīti: %3, konflikti: %4, noraidīti: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Izmēģinājuma palaišana: nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Visas paketes izmaiņas tika noraidītas: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Dzēst kontakta „%1” personas datus?

Dzēšana ir galīga: to nevar atsaukt, un ar nākamo apmaiņu tā tiek nodota visiem partneriem.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Eksportēt personas datus</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON faili (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Failu %1 neizdevās saglabāt: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Dzēst personas datus…</translation>
    </message>
    <message>
        <source>Erase this contact&apos;s personal data for good</source>
        <translation>Neatgriezeniski dzēst šī kontakta personas datus</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Eksportēt personas datus…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Eksportēt visus par šo kontaktu glabātos datus</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Pārskatīšanas datums</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kļūda</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Pārskatīšana nokavēta (termiņš: %1)</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Aktivitātes hronoloģiskā secībā</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Projekta apraksts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Projekts vēl nav reģistrēts</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Sākas pēc %n dienas</numerusform>
            <numerusform>Sākas pēc %n dienām</numerusform>
            <numerusform>Sākas pēc %n dienām</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Beidzās %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Diena %1 no %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nevar izveidot mapi %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>Datubāze %1 jau ir atvērta citā Pactesur logā vai programmā. Aizveriet to tur un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Nevar bloķēt datubāzi %1: tās mapē nav rakstīšanas atļaujas.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Datubāze %1 neeksistē.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nevar atvērt datubāzi %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>atjauninot datubāzes struktūru</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Disks ir pilns: nekas netika mainīts. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Datubāzi pašlaik izmanto cita programma: nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datubāzes kļūda, %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>Fails %1 nav Pactesur datubāze vai ir bojāts.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>Fails %1 nav Pactesur datubāze.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>atverot datubāzi</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Šī datubāze ir izveidota ar jaunāku Pactesur versiju (shēmas versija %1; šī versija atbalsta līdz %2). Lai to atvērtu, atjauniniet Pactesur.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Datubāzei %1 nepieciešams atjauninājums, ko nevar veikt, ja tā atvērta tikai lasīšanai.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>sākot transakciju</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>saglabājot izmaiņas</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>saglabājot ierakstu</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>nolasot ierakstus</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Šai datubāzei vēl nav piešķirta loma. Vispirms izvēlieties to: koordinators vai pilsētas kontaktpersona.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>No „%1” vēl nav saņemta neviena pakete, tāpēc nav pamata, pret kuru veidot izmaiņu paketi; tā vietā eksportējiet pilnu paketi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mape %1 neeksistē.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Nevar ierakstīt paketi %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksportēšana atcelta; neviens fails netika ierakstīts.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>disks, iespējams, ir pilns</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansējums</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Īsvārds</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Vietējais nosaukums</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Pārstāvis</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Valodas</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Platums</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Garums</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Policijas dienests</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Prioritārās tēmas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Darba e-pasts</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Darba tālrunis</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Juridiskais pamats</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Pārskatīt līdz</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Tulkotie nosaukumi</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Vadošā pilsēta</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mērķi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Darba grupa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Uzņēmēja pilsēta</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Rezultāti</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Norādītais dalībnieku skaits</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Norādītais pilsētu skaits</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitāte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Policisti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tēmas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Saite</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pielikums</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Darba grupas</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Oriģinālais apraksts</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivitāte</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Perioda sākums</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Perioda beigas</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Turpinās</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Konteksts un problēma</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Mērķgrupas</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Pasākumi un īstenošana</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Budžets un finansējums</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Rezultāti un rādītāji</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Izvērtēšana</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Pārnesamība</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Gūtās atziņas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Pārskatīšanas piezīmes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Faila tips</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Faila nosaukums</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Saturs</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Vērtības</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Virziens</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Otra puse</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Skaits</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Nederīga lauka %2 vērtība „%1”: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Lauks %1 ir pārāk garš: atļautas ne vairāk kā %2 rakstzīmes.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>vadības rakstzīmes nav atļautas</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>gaidīts vesels skaitlis, 0 vai lielāks</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>gaidīts skaitlis</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>gaidīts skaitlis no %1 līdz %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>gaidīts datums formātā GGGG-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>gaidīts true vai false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>gaidīta viena no vērtībām: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>gaidīts divburtu valsts kods, piemēram, LV</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>gaidīts divburtu valodas kods, piemēram, lv</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>gaidīti ar komatiem atdalīti divburtu valodu kodi</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>gaidīta tīmekļa adrese, kas sākas ar https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>gaidīta e-pasta adrese</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>gaidīts tālruņa numurs</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>gaidīts ID vai īsvārds (slug)</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>gaidīts JSON objekts, piemēram, {&quot;lv&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>gaidīti mazie latīņu burti (a–z), cipari un defises</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>gaidīta SHA-256 kontrolsumma</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>faila saturu nevar ievadīt ar tastatūru</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>laukam %1 ir nepareizs tips</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>lauka %1 vērtība ir ārpus pieļaujamā diapazona</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>lauks %1 ir pārāk garš</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>lauks %1 nav ID</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>lauks %1 nav saraksts</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>lauks %1 nav glabāšanas formā</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Norādīts</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: norādīts</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Valodu kodi, piem., fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Pactesur datubāzes (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Atvērt datubāzi</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Jauna datubāze</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Ierakstus var ģenerēt tikai koordinatora datubāzē.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>pilsētas kontaktpersona drīkst mainīt tikai savas pilsētas ierakstus</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Nevar izveidot rezerves kopiju mapi %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>veidojot rezerves kopiju</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Šai datubāzei vēl nav piešķirta loma. Vispirms izvēlieties to: koordinators vai pilsētas kontaktpersona.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Šī pakete tika eksportēta no šīs datubāzes; tajā nav nekā jauna.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importēšana atcelta; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Lauka %1 labojums dzēstā kontaktā tika atmests: dzēšanai ir prioritāte.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importējot paketi</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Pakete atsaucas uz ierakstiem, kuru tajā nav; nekas netika mainīts.</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Projekts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Pilsētas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tēmas</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Darba grupa</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Darba grupas</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Dalība grupā</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Dalība grupās</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitāte</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitātes</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resurss</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resursi</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Prakses apraksts</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Prakses apraksti</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pielikums</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikts</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Apmaiņas</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Atkā&amp;rtot</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Jauna datubāze…</translation>
    </message>
    <message>
        <source>Create an empty database with the project&apos;s founding data</source>
        <translation>Izveidot tukšu datubāzi ar projekta pamatdatiem</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Atvērt datubāzi…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Atvērt citu Pactesur datubāzes failu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtrēt pašreizējā saraksta ierakstus</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Par Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Par &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sadaļas</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Pašreizējā sadaļa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Informācijas panelis</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datubāzes fails</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Jūsu loma</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Fails „%1” jau eksistē. Izvēlieties citu nosaukumu vai atveriet to ar komandu „Atvērt datubāzi”.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Fails „%1” neeksistē.</translation>
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
        <translation>Pactesur palīdz ES projekta PACTESUR 2 partnerpilsētām koordinēt savu darbu: kas ir kas, darba grupas, aktivitātes un prakses apraksti, ar kuriem tās dalās.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt versija: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Par Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Meklēt sarakstā…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Meklēt &amp;visur…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Meklēt visos visu veidu ierakstos</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Jauns ieraksts…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Pievienot ierakstu pašreizējam sarakstam</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>R&amp;ediģēt ierakstu…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Rediģēt pašreizējā sarakstā atlasīto ierakstu</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Dzēst ierakstu…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Dzēst pašreizējā sarakstā atlasīto ierakstu</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Dalībpilsētas</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Pievienojamā pilsēta</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Pievienot pilsētu</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Pievienot izvēlēto pilsētu kā dalībnieci</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Noņemt atlasīto dalībpilsētu</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Noņemt atlasīto dalībpilsētu (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Noņemt dalībnieci</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Loma: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>Fails %1 nav derīga Pactesur pakete: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Pakete %1 neeksistē.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>fails ir tukšs.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>fails ir lielāks, nekā pakete var būt.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Nevar nolasīt paketi %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>tas nav paketes fails.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>to nevar atvērt.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>tas ir bojāts.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>to nav izveidojis Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Pakete %1 ir izveidota ar jaunāku Pactesur versiju (paketes formāts %2; šī versija nolasa formātu %3). Lai to importētu, atjauniniet Pactesur.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>tā formāta versija nav zināma.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>tajā ir tabulas vai kods, kas paketē nav atļauts.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>tā manifestu nevar nolasīt.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>tā manifests neapraksta Pactesur paketi.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>tā manifests ir nepilnīgs vai kļūdains.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>lauks deleted nav 0 vai 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>tajā ir nezināms lauks „%1”</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>laukam %1 ir nepareizs tips</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>viens no tā konfliktiem ir nepareizi veidots.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>tas ir bojāts vai tiek nolasīts pārāk lēni.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>tā ierakstus nevar nolasīt.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>ieraksts %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>tā ID nav derīgs</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>tā īpašnieks nav derīgs</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>tā datums nav derīgs</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>tā versija nav derīga</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>tā vēsturi nevar nolasīt</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>lauka „%1” vēsture nav derīga</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>pielikums neatbilst savai jaucējvērtībai.</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Iesaistītās pilsētas</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Policisti</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Pievienojamā pilsēta</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Pievienot pilsētu</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Pievienot izvēlēto pilsētu dalībniekiem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation</source>
        <translation>Noņemt atlasītās pilsētas dalību</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
        <translation>Noņemt atlasītās pilsētas dalību (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Noņemt dalību</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Atlasītā ieraksta informācija</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Pēdējās izmaiņas: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Atlasiet ierakstu, lai skatītu visu tā informāciju.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Uzņemtās aktivitātes: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Prakses apraksti: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Dalība darba grupās: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Kontakti: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Saistītie dati</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Kļūda</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Jauns ieraksts: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Rediģēt ierakstu: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligāts</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Obligāts</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Visas pilsētas</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jebkurā laikā</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Visas valodas</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Visas tēmas</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Jāpārskata</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Visas vadošās pilsētas</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Visas valstis</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Kontakti, kuru pārskatīšanas datums ir pagājis</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrēt pēc lauka: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2. g. %1. cet.</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Visas lomas</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Pilsētu vēl nav. Šeit tiek uzskaitītas projekta partnerpilsētas.</translation>
    </message>
    <message>
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Darba grupu vēl nav. Kad projekta darba grupas būs reģistrētas, tās tiks uzskaitītas šeit kopā ar to tēmu un vadošo pilsētu.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
        <translation>Aktivitāšu vēl nav. Kad sanāksmes, apmācības, apmaiņas un citas projekta aktivitātes būs reģistrētas, tās tiks uzskaitītas šeit.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Prakses aprakstu vēl nav. Kad pilsētas būs aprakstījušas savu praksi partnerības vajadzībām, šie apraksti tiks uzskaitīti šeit.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Resursu vēl nav. Kad projekta rokasgrāmatas, mācību materiāli un citi dokumenti būs reģistrēti, tie tiks uzskaitīti šeit.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Kontaktu vēl nav. Kad partnerpilsētu darba kontakti būs reģistrēti, tie tiks uzskaitīti šeit.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrēt…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrēt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n atbilstošs ieraksts</numerusform>
            <numerusform>%n atbilstoši ieraksti</numerusform>
            <numerusform>%n atbilstošu ierakstu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ieraksts</numerusform>
            <numerusform>%n ieraksti</numerusform>
            <numerusform>%n ierakstu</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Filtram neatbilst neviens ieraksts.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Ierakstu vēl nav.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Organizāciju vēl nav. Šeit tiek uzskaitīti tīkli, apvienības, policijas dienesti un citas organizācijas, ar kurām projekts sadarbojas, tiklīdz tās ir reģistrētas.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Jauns…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Pievienot ierakstu šim sarakstam (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Rediģēt atlasīto ierakstu (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Dzēst datus…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>Erase the selected contact&apos;s personal data</source>
        <translation>Dzēst atlasītā kontakta personas datus</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Dzēst atlasīto ierakstu (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Dzēst kontaktu „%1”? Dzēšana neatgriezeniski noņem personas datus gan šeit, gan pie visiem partneriem, un to nevar atsaukt.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Dzēst „%1”? To var atjaunot ar Rediģēt &gt; Atsaukt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Veida %1 ierakstus nevar tieši izveidot vai rediģēt.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Šāds ieraksts jau pastāv (%1, ID %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Ieraksts (%1) ar ID %2 nav atrasts.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Fails %1 ir pārāk liels: pielikuma maksimālais lielums ir %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Šai datubāzei vēl nav piešķirta loma. Vispirms izvēlieties to: koordinators vai pilsētas kontaktpersona.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Kā pilsētas kontaktpersona (%1) jūs varat mainīt tikai šīs pilsētas ierakstus.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>„%1” nav veida %2 lauks; pieejamie lauki: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Nezināma tēma „%1”.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Lauku %1 nevar mainīt pēc ieraksta izveides; tā vietā izveidojiet jaunu ierakstu.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Beigu datums %1 ir pirms sākuma datuma %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Sieviešu skaits (%1) nevar pārsniegt dalībnieku skaitu (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Policistu skaits (%1) nevar pārsniegt dalībnieku skaitu (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Neviens ieraksts (%1) neatbilst vaicājumam „%2”.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>„%1” atbilst vairākiem ierakstiem (%2); norādiet garāku ID daļu.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Neviens konflikts neatbilst „%1”.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Šī konflikta ieraksts vairs neeksistē.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>„%1” atbilst vairākām vērtībām; norādiet garāku daļu.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Neviena šī konflikta vērtība neatbilst „%1”.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Dzēstu kontaktu nevar atjaunot: tā personas dati ir izdzēsti.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Fails %1 ir tāda tipa, kādu Pactesur neglabā (%2). Pievienojiet dokumentus, izklājlapas, prezentācijas, PDF failus, attēlus vai tekstu.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>Lauks „%1” ir obligāts (%2).</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Loma nav izvēlēta</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinators</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Pilsētas kontaktpersona (%1)</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Nezināma loma „%1”: gaidīts koordinators vai pilsētas kontaktpersona.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Nezināma pilsēta „%1”.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Šī datubāze jau ir iestatīta lomai „%1”; tās ieraksti ir marķēti ar šo lomu, tāpēc lomu nevar mainīt. Citai lomai izveidojiet jaunu datubāzi.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Nederīgs replikas ID „%1”.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>saglabājot lomu</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>marķējot izmaiņu</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Laipni lūdzam Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Kāda ir jūsu loma projektā?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Šis jautājums šai datubāzei tiek uzdots tikai vienreiz: jūsu veidotie ieraksti tiek marķēti ar jūsu lomu, tāpēc vēlāk to nevar mainīt.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinators</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinators</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>&amp;Pilsētas kontaktpersona</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Pilsētas kontaktpersona</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Pilsē&amp;ta:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Jūsu pilsēta</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Apstiprināt lomu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Meklēt pilsētās, aktivitātēs, aprakstos, resursos un kontaktos</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Meklējamais teksts</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Meklēšanas rezultāti</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Meklēšanas statuss</translation>
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
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Ierakstiet vārdu vai tā sākumu. Jāatbilst visiem vārdiem.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Vaicājumam „%1” nav rezultātu.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>Vaicājumam „%1” ir %n rezultāts.</numerusform>
            <numerusform>Vaicājumam „%1” ir %n rezultāti.</numerusform>
            <numerusform>Vaicājumam „%1” ir %n rezultātu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Iebūvētos datus neizdevās ielādēt (%1 „%2”): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Iebūvētos datus neizdevās ielādēt.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Pievienošana: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediģēšana: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Dzēšana: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Koordinācijas lietotne PACTESUR 2 partnerpilsētām</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Izmantot datubāzi FAILS noklusējuma datubāzes vietā.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FAILS</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Izmantot saskarnes valodu KODS (en, fr, lv, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODS</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ieraksts</numerusform>
            <numerusform>%n ieraksti</numerusform>
            <numerusform>%n ierakstu</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
</context>
</TS>
