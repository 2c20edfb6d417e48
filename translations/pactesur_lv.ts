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
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>nolasot aktivitātes</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>nolasot dalības datus</translation>
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
        <translation>Aktivitāšu pārskats</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · pārskata sagatavošanas datums: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Galvenie rādītāji</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Aktivitātes pa pilsētām</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Aktivitātes pa tēmām</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Aktivitātes pa veidiem</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitātes</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Iesaistītās pilsētas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Policisti</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Pabeigtas: %1 · plānotas: %2 · atceltas: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Dalībnieku skaits ir pilsētu norādītie skaitļi par katru aktivitāti; ja neviena pilsēta skaitļus nav norādījusi, tiek ņemts vērā par aktivitāti norādītais kopskaits.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Uzņēma</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Piedalījās</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Visas pilsētas</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Aktivitāte tiek uzskaitīta pie tās darba grupas tēmas. Prakses apraksti ir visi līdz šim sagatavotie apraksti par attiecīgo tēmu neatkarīgi no to statusa; tulkojumi netiek skaitīti.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Prakses apraksti</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Apstiprināti vai publicēti</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Bez tēmas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Šajā periodā nav aktivitāšu.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitāte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Pilsētas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%2. gada %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. lappuse no %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Sagatavots</translation>
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
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
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
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>autors ir replika, kuru šī datubāze nepazīst</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>pilsētas kontaktpersona drīkst mainīt tikai savas pilsētas ierakstus</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>pilsētas kontaktpersona nedrīkst nodot ierakstu citai pilsētai</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>prakses aprakstus pārskata tikai koordinators</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>ieraksta īpašnieks nekad nemainās</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>tā īpašnieks nevar būt šāda veida ieraksta īpašnieks</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Nevar nolasīt rezerves kopiju %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Rezerves kopija %1 vairs neeksistē.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>Rezerves kopija %1 pieder citai datubāzei; šeit to nevar atjaunot.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>atjaunojot rezerves kopiju</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Dzēsto kontaktpersonu personas datus neizdevās izņemt no rezerves kopijas %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Pirms katra importa un katras atjaunošanas tiek izveidota visas datubāzes rezerves kopija; pēc importa tiek paturētas desmit jaunākās. Tās atrodas mapē %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, plkst. %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Atjaunot rezerves kopiju (%1)?
Jūsu datubāze atgriezīsies tādā stāvoklī, kāda tā bija tobrīd. Vispirms tās pašreizējais stāvoklis tiek saglabāts jaunā rezerves kopijā, un ar Rediģēt ▸ Atsaukt to var atgūt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Notiek rezerves kopijas atjaunošana…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Izveidota</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Atjaunot…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Rādīt mapi</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Rezerves kopiju vēl nav.

Pirmā tiek izveidota, kad importējat paketi.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>%1 aktivitātes</translation>
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
        <translation>Šai datubāzei vēl nav piešķirta loma. Vispirms izvēlieties to: koordinators vai pilsētas kontaktpersona.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Šis fails nav Pactesur identitātes karte, vai arī tas ir bojāts.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>Karti %1 nevar nolasīt.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Karti nevar ierakstīt šeit: %1.</translation>
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
        <translation>Projekta periods nav norādīts</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Šodien, %1: projekts vēl nav sācies</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Šodien, %1: projekts ir beidzies</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Šodien, %1</translation>
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
    <message>
        <source>Further commands:</source>
        <translation>Citas komandas:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Šai datubāzei vēl nav piešķirta loma. Vispirms izvēlieties to: koordinators vai pilsētas kontaktpersona.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Pirkstu nospiedums: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Reģistrēta: %1, pirkstu nospiedums %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Jau reģistrēta: %1, pirkstu nospiedums %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Nevar nolasīt paroles failu %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Pastkaste nav iestatīta. Iestatiet to ar komandu: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Pastkaste: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Lietotājs: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Publicētas paketes: %1; vēl nav saņēmuši visi adresāti: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nekad nav sinhronizēts.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Pēdējā sinhronizācija: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Pastkaste iestatīta: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Paketes: nosūtītas %1, saņemtas %2, importētas %3; jauni konflikti: %4; noraidītas: %5.</translation>
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
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       izveidot parakstītu, aizzīmogotu apmaiņas paketi
  import FILE [--dry-run] [--json]     sapludināt paketi (vispirms tiek izveidota rezerves kopija)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              šīs replikas pirkstu nospiedums; reģistrs
  keys export --out FILE               ierakstīt šīs replikas identitātes karti
  keys trust CARD [--fingerprint FP]   reģistrēt karti pēc pirkstu nospiedumu salīdzināšanas
  keys revoke REPLICA                  atsaukt uzticēšanos replikas atslēgām
  mailbox set URL [--user USER]        WebDAV pastkaste vai mape, caur kuru sinhronizēt
  mailbox show [--json]                pastkaste un tas, kas tajā ir paredzēts mums
  sync [--password-file FILE] [--json] viens automātiskās apmaiņas cikls
                                       (vai parole mainīgajā PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       pievienot sintētiskus ierakstus

Veidi: %1
Datubāze: %2, ja vien --db vai PACTESUR_DB nenorāda citu.
Izejas kodi: 0 izpildīts, 1 kļūme (komandai sync: pastkaste nav sasniedzama vai cikls
netika pabeigts), 2 lietošanas kļūda, 3 ievade noraidīta (nekas netika mainīts; komandai
sync: paketes noraidītas).</translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictInbox</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2”</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Dzēsts vai paturēts</translation>
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
        <source>Last change</source>
        <translation>Pēdējās izmaiņas</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Atvērtie konflikti</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Atvērtu konfliktu nav.
Ja pakete atnes citu vērtību laukam, kuru mainījāt arī jūs, abas vērtības gaida šeit, līdz izvēlaties vienu no tām.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n atvērts konflikts; parādīti %1 jaunākie.</numerusform>
            <numerusform>%n atvērti konflikti; parādīti %1 jaunākie.</numerusform>
            <numerusform>%n atvērtu konfliktu; parādīti %1 jaunākie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n atvērts konflikts. Izvēlieties paturamo vērtību; izvēli var atsaukt līdz nākamajai paketes eksportēšanai.</numerusform>
            <numerusform>%n atvērti konflikti. Izvēlieties paturamo vērtību; izvēli var atsaukt līdz nākamajai paketes eksportēšanai.</numerusform>
            <numerusform>%n atvērtu konfliktu. Izvēlieties paturamo vērtību; izvēli var atsaukt līdz nākamajai paketes eksportēšanai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Rādīt ierakstu</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Paturēt manis rakstīto</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Nav atlasīts neviens konflikts</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Izvēlieties konfliktu sarakstā, lai redzētu tā vērtības blakus.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 „%2”: vienā pusē dzēsts, otrā rediģēts</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>Ieraksts tiek paturēts, līdz izvēlaties. Paturiet to vai dzēsiet, kā lūdza viena puse.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2”: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Šis lauks tika mainīts divās vietās, pirms notika pakešu apmaiņa. Abas vērtības tiek paturētas, līdz izvēlaties vienu no tām vai ierakstāt vērtību, kas tās apvieno.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Paturamā vērtība</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Vai ierakstiet paturamo vērtību, piemēram, tādu, kas apvieno abas:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Vērtība %1 (pašlaik parādīta)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Vērtība %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Autors: %1 · %2, plkst. %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Dzēst ierakstu</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Paturēt ierakstu</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Paturēt šo vērtību</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dzēsts</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Paturēts ar otras puses labojumiem</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tukšs)</translation>
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
        <source>Erase this contact's personal data for good</source>
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
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Noklikšķiniet uz skaitļa, lai redzētu tam pamatā esošos ierakstus, uz pilsētas — lai to atvērtu, uz datuma — lai atvērtu attiecīgo aktivitāti. Noklikšķiniet uz kolonnas virsraksta, lai kārtotu.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Katras partnerpilsētas skaitļi</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: noklikšķiniet, lai atvērtu</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Līdz šodienai nav aktivitāšu</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Noklikšķiniet, lai tos skatītu.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Jaunākā</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>Jaunākā aktivitāte līdz šodienai, kuru pilsēta uzņēma vai kurā tā piedalījās.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Aktivitātes</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Apmaiņā iesaistītie policisti</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Uzņemtās aktivitātes</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Uzņemtās</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Aktivitātes, kuras pilsēta uzņem vai ir uzņēmusi; atceltās netiek skaitītas.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Uzņemtās aktivitātes (%1)</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Apmeklētās aktivitātes</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Apmeklētās</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Citas pilsētas uzņemtas vai tiešsaistes aktivitātes, kurās ir reģistrēta pilsētas dalība.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Apmeklētās aktivitātes (%1)</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Nosūtītie policisti</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Nosūtīti</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Pilsētas policisti, kas reģistrēti citu pilsētu rīkotās policijas darbinieku apmaiņās.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Uz policijas darbinieku apmaiņām nosūtītie policisti (%1)</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Uzņemtie policisti</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Uzņemti</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Citu pilsētu policisti, kas reģistrēti pilsētas rīkotās policijas darbinieku apmaiņās.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Policijas darbinieku apmaiņās uzņemtie policisti (%1)</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Pilsētas prakses apraksti neatkarīgi no to statusa; tulkojums netiek skaitīts kā atsevišķs apraksts.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Prakses apraksti (%1)</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Prakses apraksti: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Pilsētas prakses apraksti ar statusu „%1”; tulkojums netiek skaitīts kā atsevišķs apraksts.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Prakses apraksti (%1) ar statusu „%2”</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Darba grupas</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Darba grupas, kurās pilsēta ir dalībniece.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Darba grupas (%1)</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Pārskatāmie kontakti</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Pilsētas kontakti, kuru pārskatīšanas datums ir pagājis: pārbaudiet, vai tie joprojām ir vajadzīgi un pareizi.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Pārskatāmie kontakti (%1)</translation>
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
        <translation>Jaunākā aktivitāte: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Noklikšķiniet, lai redzētu izvēlētajam skaitlim pamatā esošos ierakstus.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Krāsot pilsētas pēc:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Kartē attēlotais skaitlis</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Norādiet uz pilsētu, lai redzētu tās skaitļus; noklikšķiniet uz tās, lai redzētu izvēlētajam skaitlim pamatā esošos ierakstus.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Kartes dati: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Partnerpilsētu karte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>Kartē nevar attēlot %n pilsētu bez koordinātām.</numerusform>
            <numerusform>Kartē nevar attēlot %n pilsētas bez koordinātām.</numerusform>
            <numerusform>Kartē nevar attēlot %n pilsētu bez koordinātām.</numerusform>
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
        <translation>Aktivitātes, kas sākās agrāk nekā %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Aktivitātes, kas sākās periodā %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Aktivitātes, kas sākās vēlāk nekā %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Prakses apraksti ar statusu „%1”</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Prakses apraksti par tēmu „%1”</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Aktivitātes pa ceturkšņiem</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Dalībnieki pa aktivitāšu veidiem</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Prakses apraksti pa statusiem</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Prakses apraksti pa tēmām</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Projekta periods, šodiena un atskaites punkti</translation>
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
        <translation>Beigu datums: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>%1. diena no %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Noklikšķiniet, lai atvērtu šo aktivitāti.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Šajā līnijā parādās atskaites punkti — aktivitātes, kuru dalībnieki vai pilsētas ir norādīti par visu partnerību kopumā.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Atskaites punkti — aktivitātes, kuru dalībnieki vai pilsētas ir norādīti par visu partnerību kopumā. Noklikšķiniet uz kāda, lai to atvērtu.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partnerpilsētas</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Plānotās vai pabeigtās; atceltās netiek skaitītas.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Pilsētu reģistrētie</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>No publiskiem pārskatiem</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Sievietes dalībnieku vidū</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>No %1 dalībniekiem, par kuriem norādīts sieviešu skaits.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Neviens dalības ieraksts vēl nenorāda sieviešu skaitu.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Apmaiņā iesaistītie policisti</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Savas pilsētas nosūtīti uz citu pilsētu rīkotām policijas darbinieku apmaiņām.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Aktivitātes, plānotās vai pabeigtās</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Aktivitātes ar dalībniekiem</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Dalības ieraksti, kuros norādīts sieviešu skaits</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Uz citu pilsētu rīkotām policijas darbinieku apmaiņām nosūtītie policisti</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n aktivitāte</numerusform>
            <numerusform>%1: %n aktivitātes</numerusform>
            <numerusform>%1: %n aktivitāšu</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Agrāk</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Aktivitāšu vēl nav.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: dalībnieku skaits %2 (pilsētu reģistrētie: %3, no publiskiem pārskatiem: %4)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Vēl nav reģistrēts vai norādīts neviens dalībnieks.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Publiskajos pārskatos dažkārt ir norādīts kopskaits, nenorādot, cik cilvēku ieradās no katras pilsētas. Šāds kopskaits šeit tiek ieskaitīts attiecīgās aktivitātes skaitā, ja neviena pilsēta nav reģistrējusi savu dalību, bet nekad netiek ieskaitīts pilsētas skaitļos.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Pilsētu reģistrētie dalībnieki aktivitātēs ar veidu „%1”</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Dalībnieki no publiskiem pārskatiem aktivitātēs ar veidu „%1”</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Prakses aprakstu vēl nav. Tie tiks uzskaitīti šeit, tiklīdz pilsētas tos sagatavos.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n prakses apraksts</numerusform>
            <numerusform>%1: %n prakses apraksti</numerusform>
            <numerusform>%1: %n prakses aprakstu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitāte</numerusform>
            <numerusform>%n aktivitātes</numerusform>
            <numerusform>%n aktivitāšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n dalībnieks</numerusform>
            <numerusform>%n dalībnieki</numerusform>
            <numerusform>%n dalībnieku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n prakses apraksts</numerusform>
            <numerusform>%n prakses apraksti</numerusform>
            <numerusform>%n prakses aprakstu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n ieraksts no saraksta „%1”.</numerusform>
            <numerusform>%n ieraksti no saraksta „%1”.</numerusform>
            <numerusform>%n ierakstu no saraksta „%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2 — kopsumma par %n ierakstu sarakstā „%3”.</numerusform>
            <numerusform>%1: %2 — kopsumma par %n ierakstiem sarakstā „%3”.</numerusform>
            <numerusform>%1: %2 — kopsumma par %n ierakstiem sarakstā „%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Skaitlim pamatā esošie ieraksti</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Atvērt atlasīto ierakstu tā sadaļā</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Veiciet dubultklikšķi uz rindas, lai atvērtu tās aktivitāti, kurā šī dalība ir uzskaitīta.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Veiciet dubultklikšķi uz ieraksta, lai to atvērtu tā sadaļā.</translation>
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
        <translation>%2. g. %1. cet.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekts</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Pilsētas</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Informācijas panelis</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Notiek skaitļu nolasīšana…</translation>
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
        <source>building the search index</source>
        <translation>veidojot meklēšanas indeksu</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Kartes reģistrēšana</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Pirms uzticaties šai kartei, salīdziniet pirkstu nospiedumu</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Saskaņā ar šo karti tā pieder: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replika %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Kartes pirkstu nospiedums:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Kartes pirkstu nospiedums</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Piezvaniet personai, kurai karte pieder, vai satiecieties ar to un palūdziet skaļi nolasīt savu pirkstu nospiedumu (Apmaiņas ▸ Atslēgas tās Pactesur). Reģistrējiet karti tikai tad, ja katra ciparu grupa sakrīt: jebkurš var izveidot karti, kas uzdodas par kādu citu.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Nolasītais pirkstu nospiedums (nav obligāts: ja to ievadīsiet, Pactesur to salīdzinās):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Nolasītais pirkstu nospiedums</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>piem., 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Reģistrēt: pirkstu nospiedumi sakrīt</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Reģistrēt karti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Importēt paketi</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur paketes (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Eksportēt paketi…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Saglabāt paketes failu nosūtīšanai partneriem</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>Im&amp;portēt paketi…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Atvērt partnera atsūtītu paketes failu: apskatīt, ko tas maina, un pēc tam to lietot</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Saņemtās un nosūtītās paketes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Atslēgas</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Saglabāt paketi</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur paketes (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksportēšana atcelta; neviens fails netika ierakstīts.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Eksportēt paketi</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Pakete ir fails, ko nosūtāt partneriem (pa e-pastu vai USB zibatmiņā); viņi to atver ar Fails ▸ Importēt paketi.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>Tas, ko viens partneris vēl nav saņēmis (ieteicams):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Mazāka: tikai izmaiņas kopš brīža, kad jūs sasniedza viņa pēdējā pakete.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Neviens partneris jums vēl nav nosūtījis paketi: pirmajā reizē nosūtiet pilnu kopiju.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>Tas, ko koordinators vēl nav saņēmis (ieteicams)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Mazāka: tikai izmaiņas kopš brīža, kad jūs sasniedza koordinatora pēdējā pakete.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>No koordinatora vēl nav saņemta neviena pakete: pirmajā reizē nosūtiet pilnu kopiju.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Pilna visu šīs datubāzes datu kopija</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Ieraksta veids</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Ieraksti</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Kas tiks iekļauts</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksportēšanas gaita</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Notiek iekļaujamo ierakstu skaitīšana…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Tiks iekļauts %n ieraksts.</numerusform>
            <numerusform>Tiks iekļauti %n ieraksti.</numerusform>
            <numerusform>Tiks iekļauts %n ierakstu.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Aizvērt</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Rādīt mapē</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Notiek paketes ierakstīšana… Poga „Atcelt” to aptur, un neviens fails nepaliek.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Pakete ir saglabāta kā:
%1
Nosūtiet šo failu partnerim.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>Pactesur kartes reģistrē sadaļā Apmaiņas ▸ Atslēgas ▸ Reģistrēt karti…, kad to pirkstu nospiedums ir salīdzināts ar īpašnieku.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>No „%1” vēl nav saņemta neviena pakete, tāpēc nav pamata, pret kuru veidot izmaiņu paketi; tā vietā eksportējiet pilnu paketi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Atcelts.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>skaitot eksportējamos ierakstus</translation>
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
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Neviena reģistrēta replika nevar saņemt šo paketi: vispirms reģistrējiet pilsētu kartes (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Vispirms reģistrējiet koordinatora karti (keys trust FILE): paketes tiek aizzīmogotas tam.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Paketei nevar izveidot privātu pagaidu mapi.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>reģistrējot eksportu</translation>
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
    <message>
        <source>Source revision</source>
        <translation>Oriģināla versija</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Prakses apraksts</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Iepriekšējais statuss</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Jaunais statuss</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Solis</translation>
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
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>gaidīts JSON objekts, piemēram, {"lv": "…"}</translation>
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
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>gaidīts JSON objekts, piemēram, {"summary": "…"}</translation>
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
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>Pastkastes mape %1 ir pilna: atbrīvojiet vietu tās diskā.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>Pastkastes mape %1 neeksistē (varbūt disks nav pievienots vai mape vēl nav sinhronizēta?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Pastkastē nevar izveidot mapi %1: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sinhronizācija atcelta.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Pastkastē nevar ierakstīt %1: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Pastkastē nevar pārdēvēt %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>No pastkastes nevar nolasīt %1: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>No pastkastes nevar izdzēst %1: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Ierakstus var ģenerēt tikai koordinatora datubāzē.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Jauni</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atjaunināti</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nemainīti</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Noraidīti</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Ieraksti, kuru jums vēl nav.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Ieraksti, kas jums ir un kurus pakete maina.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Ieraksti, kas jums jau ir tieši tādi paši.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Abās pusēs rediģēti ieraksti: abas vērtības tiek paturētas konfliktu iesūtnē, līdz kāds izvēlas vienu no tām.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Izmaiņas, kuras sūtītājs nav tiesīgs veikt; tās tiek izlaistas, pārējais tiek importēts.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importēt paketi</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Lietot</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Pārskatīt konfliktus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Aizvērt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Sīkāka informācija</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Ko pakete maina</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importēšanas gaita</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Atver %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Pakete no: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Izveidota: %1, plkst. %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Pilna sūtītāja datu kopija: %n ieraksts.</numerusform>
            <numerusform>Pilna sūtītāja datu kopija: %n ieraksti.</numerusform>
            <numerusform>Pilna sūtītāja datu kopija: %n ierakstu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Izmaiņas kopš jūsu pēdējās apmaiņas: %n ieraksts.</numerusform>
            <numerusform>Izmaiņas kopš jūsu pēdējās apmaiņas: %n ieraksti.</numerusform>
            <numerusform>Izmaiņas kopš jūsu pēdējās apmaiņas: %n ierakstu.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fails: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Notiek paketes salīdzināšana ar jūsu datubāzi…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Nekā jauna: jūsu datubāzē jau ir viss, kas ir šajā paketē. Ar „Lietot” tiks reģistrēts, ka to saņēmāt.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Kamēr nenoklikšķināt uz „Lietot”, nekas netiek mainīts. Vispirms tiek izveidota jūsu datubāzes rezerves kopija.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Notiek atcelšana… jūsu datubāze paliek nemainīta.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Notiek importēšana… Poga „Atcelt” to aptur, un jūsu datubāze paliek nemainīta.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importēts. Jauni: %1, atjaunināti: %2, pārskatāmi konflikti: %3, noraidīti: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Jūsu datubāze iepriekšējā stāvoklī ir saglabāta: %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Pakete importēta</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importēšana atcelta</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Pakete nav importēta</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Importēšana neizdevās</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Notiek izmaiņu saglabāšana… Poga „Atcelt” to aptur, un jūsu datubāze paliek nemainīta.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Notiek paketes pārbaude… Poga „Atcelt” to aptur, un jūsu datubāze paliek nemainīta.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Iemesls: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Jūsu datubāzē nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Visas šīs paketes izmaiņas tika noraidītas: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>Importēšana tika atcelta; jūsu datubāze ir tāda pati kā iepriekš.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Parakstījis: %1 (pārbaudīts)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>Sūtītāja paraksts nav pārbaudīts.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Atslēgas pirkstu nospiedums: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Vēl %n jauns vai atjaunināts ieraksts ir ieskaitīts augstāk, bet nav parādīts sarakstā.</numerusform>
            <numerusform>Vēl %n jauni vai atjaunināti ieraksti ir ieskaitīti augstāk, bet nav parādīti sarakstā.</numerusform>
            <numerusform>Vēl %n jaunu vai atjauninātu ierakstu ir ieskaitīti augstāk, bet nav parādīti sarakstā.</numerusform>
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
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Kas mainās</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Jauni ieraksti (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Atjaunināti ieraksti (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Pārskatāmi konflikti (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Noraidīti (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Bez nosaukuma (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jauns</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Dzēšana</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
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
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>Kriptogrāfijas bibliotēku nevar palaist.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Šīs datubāzes atslēgas (%1) nevar nolasīt.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Šīs datubāzes atslēgas (%1) ir bojātas.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Šīs datubāzes atslēgas nevar saglabāt šeit: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Pirkstu nospiedums ir nokopēts.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (šī datubāze)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Atsaukta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktīva</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Kartes reģistrēšana</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Pactesur identitātes kartes (*.card);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Reģistrēta: %1. Tās paketes tiek pieņemtas, un jūsu paketes var aizzīmogot tai.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Jau reģistrēta: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Manas kartes eksportēšana</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Jūsu karte ir saglabāta kā %1. Nosūtiet to partnerim un pēc tam pa tālruni nolasiet viņam savu pirkstu nospiedumu.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Vai atsaukt atslēgas (%1)?
Tās paketes turpmāk tiek noraidītas, un jūsu nākamās paketes par to paziņo visām pilsētām. Atsauktai atslēgai vairs nekad neuzticas: persona izveido jaunu datubāzi, un jūs reģistrējat tās karti.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Atslēgas ir atsauktas: %1.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Katru paketi paraksta tās sūtītājs un aizzīmogo replikām, kas to drīkst lasīt. Karte satur vienas replikas publiskās atslēgas; pirms reģistrējat kāda karti, salīdziniet tās pirkstu nospiedumu ar to, ko jums nolasa īpašnieks, pa tālruni vai klātienē.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Šī datubāze</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replika %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Šai datubāzei vēl nav lomas.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Jūsu pirkstu nospiedums: nolasiet to partnerim, kas reģistrē jūsu karti.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Jūsu pirkstu nospiedums</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Kopēt pirkstu nospiedumu</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>&amp;Eksportēt manu karti…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Eksportēt manu karti</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Replikas, kurām šī datubāze uzticas</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Jūs reģistrējat katras pilsētas karti pēc tās pirkstu nospieduma salīdzināšanas; katra jūsu nosūtītā pakete satur šo sarakstu, tāpēc pilsētas uzticas cita citai ar jūsu starpniecību.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Kā pilsētas kontaktpersona jūs vienreiz reģistrējat koordinatora karti; pārējās pilsētas pienāk ar koordinatora paketēm.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Pirkstu nospiedums</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replika</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Reģistrēt karti…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Reģistrēt karti</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Atsaukt…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Atsaukt atlasītās atslēgas</translation>
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
    <message>
        <source>Status change</source>
        <translation>Statusa maiņa</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statusa maiņas</translation>
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
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Saņemta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Nosūtīta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nezināma</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Jebkuram (pilna kopija)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Jauni: %1, atjaunināti: %2, nemainīti: %3, konflikti: %4, noraidīti: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Every package this database received or sent, newest first.</source>
        <translation>Visas paketes, ko šī datubāze saņēmusi vai nosūtījusi, sākot ar jaunāko.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Saņemtās un nosūtītās paketes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Virziens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Otra puse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Saturs</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Vēl nav nosūtīta vai saņemta neviena pakete.

Pakete nogādā šīs datubāzes izmaiņas koordinatoram vai pilsētām un atved atpakaļ viņu izmaiņas. Eksportējiet paketi, lai nosūtītu savu darbu; importējiet saņemto paketi. Katra apmaiņa pēc tam tiek parādīta šeit.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Notiek atcelšana…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>Pastkastei vajadzīga lietotāja %1 parole: to pieprasīs, izvēloties Fails ▸ Sinhronizēt tagad.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Darbvirsmas paroļu glabātuves nav: Pactesur glabā paroli, līdz tiek aizvērts.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur to glabā darbvirsmas paroļu glabātuvē.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Pastkastes parole</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Lietotāja %1 parole serverī %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Nav sinhronizēts: pastkastei vajadzīga lietotāja %1 parole.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>Jūs atteicāties importēt %n paketi: to atkal piedāvās nākamajā sinhronizācijā.</numerusform>
            <numerusform>Jūs atteicāties importēt %n paketes: tās atkal piedāvās nākamajā sinhronizācijā.</numerusform>
            <numerusform>Jūs atteicāties importēt %n pakešu: tās atkal piedāvās nākamajā sinhronizācijā.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Tūlīt apmainīties ar paketēm ar partneriem, izmantojot pastkasti</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Pastkaste…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Kur un cik bieži paketes tiek apmainītas automātiski</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Pastkaste</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Izmantojot pastkasti, Pactesur pats nosūta jūsu izmaiņas partneriem un importē viņu izmaiņas. Pastkaste ir mape WebDAV serverī, piemēram, Nextcloud, vai mape šajā datorā, ko ar partneriem koplieto sinhronizācijas klients. Ja paketes vēlaties apmainīt tikai manuāli, atstājiet adresi tukšu.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Pastkastes adrese</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Mape: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Lietotājs:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Lietotājvārds serverī</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Parole serverī</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sinhronizēt &amp;ik pēc:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Tikai manuāli</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minūtes starp automātiskajām sinhronizācijām</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Kamēr Pactesur ir atvērts; 0: tikai tad, kad izvēlaties Fails ▸ Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>Pirms importēšanas pā&amp;rskatīt katru ienākošo paketi</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Pār&amp;baudīt savienojumu</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Savienojuma pārbaudes rezultāts</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Saglabāt pastkastes iestatījumus</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Nav darbvirsmas paroļu glabātuves: parole tiek prasīta vienreiz katrā sesijā.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Parole tiek glabāta darbvirsmas paroļu glabātuvē.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Notiek savienojuma pārbaude…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Savienojums darbojas.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Pastkaste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Apturēt sinhronizāciju; nākamā turpināsies no vietas, kur tā tika apturēta</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Notiek sinhronizācija</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Pastkaste nav iestatīta</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Paketes tiek apmainītas manuāli. Lai ar partneriem tās apmainītu automātiski, iestatiet pastkasti (Iestatījumi ▸ Pastkaste…).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Notiek sinhronizācija…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Sinhronizācija · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Notiek pakešu apmaiņa ar pastkasti. Poga „Atcelt” to aptur; nākamā sinhronizācija turpināsies no šīs vietas.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>Pastkasti neizdevās sinhronizēt</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Pastkaste iestatīta · vēl nav sinhronizēta</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sinhronizēts %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>saņemta %n pakete</numerusform>
            <numerusform>saņemtas %n paketes</numerusform>
            <numerusform>saņemts %n pakešu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>nosūtīta %n</numerusform>
            <numerusform>nosūtītas %n</numerusform>
            <numerusform>nosūtīts %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n jauns konflikts</numerusform>
            <numerusform>%n jauni konflikti</numerusform>
            <numerusform>%n jaunu konfliktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n noraidīta</numerusform>
            <numerusform>%n noraidītas</numerusform>
            <numerusform>%n noraidītu</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>No šīs datubāzes pastkaste vēl nav sinhronizēta.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Pēdējā sinhronizācija: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Paketes — importētas: %1 (lejupielādētas: %2), nosūtītas: %3; izdzēstas no pastkastes, kad tās saņēmuši visi adresāti: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Jauni konflikti: %1; noraidītas paketes: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problēmas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Noraidīti</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Gaida</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>nezināmā laikā</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>tikko</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>pirms %n min</numerusform>
            <numerusform>pirms %n min</numerusform>
            <numerusform>pirms %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>pirms %n stundas</numerusform>
            <numerusform>pirms %n stundām</numerusform>
            <numerusform>pirms %n stundām</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>Notiek paketes sagatavošana…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Paketi %1 nevar saglabāt blakus datubāzei.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Paketes %1 vairs nav blakus datubāzei, un to nevar nosūtīt atkārtoti.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Notiek %1 augšupielāde…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Nevar ierakstīt šīs replikas saņemšanas apstiprinājumu.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Šai datubāzei vēl nav piešķirta loma. Vispirms izvēlieties to: koordinators vai pilsētas kontaktpersona.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Blakus datubāzei nevar izveidot privātu mapi pastkastes paketēm.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Notiek pastkastes nolasīšana…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Sinhronizācija atcelta; nākamā turpināsies no šīs vietas.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>koordinators</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replika %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Paketes Nr. %1 (sūtītājs: %2) pastkastē vēl nav; nākamās paketes gaida to.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Pakete Nr. %1 (sūtītājs: %2) tika noraidīta; nākamās paketes gaida, līdz pastkastē būs derīga tās kopija.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Notiek %1 lejupielāde…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (sūtītājs: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>tās saturs neatbilst nosaukumam (pakete ir saīsināta vai mainīta).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>šis sūtītājs to nav publicējis kā savas pastkastes paketi Nr. %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Notiek %1 importēšana…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (sūtītājs: %2): ieraksts %3 noraidīts: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>„%1” nav pastkastes adrese: norādiet https://server/folder/ (Nextcloud gadījumā https://server/remote.php/dav/files/USER/folder/) vai file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>Savienojums ar pastkasti %1 nebūtu šifrēts: izmantojiet https://; http:// drīkst izmantot tikai serverim šajā datorā.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Šai datubāzei nav iestatīta pastkaste: vispirms iestatiet to (mailbox set URL vai Iestatījumi ▸ Pastkaste).</translation>
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
        <source>Create an empty database with the project's founding data</source>
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
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>Pēc Pactesur negaidītas apstāšanās atkārtoti atvērts %n prakses apraksts: tajā norādīts, kas tika saglabāts.</numerusform>
            <numerusform>Pēc Pactesur negaidītas apstāšanās atkārtoti atvērti %n prakses apraksti: katrā norādīts, kas tika saglabāts.</numerusform>
            <numerusform>Pēc Pactesur negaidītas apstāšanās atkārtoti atvērti %n prakses aprakstu: katrā norādīts, kas tika saglabāts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikti (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Pā&amp;rskati…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Izveidot aktivitāšu pārskatu, kalendāru, prakšu bukletu vai sarakstu</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Iestatījumi</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Augsts &amp;kontrasts</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Īsinājumtaustiņi…</translation>
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
    <name>pactesur::NewSheetDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 (kopija)</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Jauns prakses apraksts</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Aprakstiet savas pilsētas praksi partnerības vajadzībām. Sāciet ar tukšu aprakstu vai ar tāda apraksta kopiju, kas jau līdzinās jūsējam. Viss, ko rakstāt, tiek saglabāts rakstīšanas laikā.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>&amp;Tukšs apraksts</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>Apraksta &amp;kopija:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Kopējamais apraksts</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>Rakstīts &amp;valodā:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Pilsēta:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Izveidot un atvērt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Noņemt šo paziņojumu</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Noraidītās izmaiņas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n izmaiņa netika piemērota, jo īpašumtiesību noteikumi to noraida; parādītas %1 jaunākās.</numerusform>
            <numerusform>%n izmaiņas netika piemērotas, jo īpašumtiesību noteikumi tās noraida; parādītas %1 jaunākās.</numerusform>
            <numerusform>%n izmaiņas netika piemērotas, jo īpašumtiesību noteikumi tās noraida; parādītas %1 jaunākās.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Noņemt visus</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Noņemt visus sarakstā redzamos paziņojumus</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Noraidītās izmaiņas</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n izmaiņa netika piemērota, jo īpašumtiesību noteikumi to noraida. Kad paziņojums izlasīts, noņemiet to.</numerusform>
            <numerusform>%n izmaiņas netika piemērotas, jo īpašumtiesību noteikumi tās noraida. Kad paziņojums izlasīts, noņemiet to.</numerusform>
            <numerusform>%n izmaiņas netika piemērotas, jo īpašumtiesību noteikumi tās noraida. Kad paziņojums izlasīts, noņemiet to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Jūsu izmaiņas laukā „%1” ierakstā „%3” (%2) ir veiktas ar vecāku Pactesur versiju, un īpašumtiesību noteikumi tās noraida: %4. Citas datubāzes tās ignorē; ja šī ieraksta mainīšana ir jūsu ziņā, mainiet to vēlreiz.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Izmaiņas laukā „%1” ierakstā „%3” (%2) tika noraidītas: %5. Autors: %4.</translation>
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
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Pakete %1 ir izveidota ar vecāku Pactesur versiju (paketes formāts %2; šī versija nolasa formātu %3). Palūdziet sūtītājam atjaunināt Pactesur un eksportēt vēlreiz.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Pakete %1 nav parakstīta un aizzīmogota (paketes formāts 2 vai vecāks); šī versija lasa tikai parakstītas paketes (formāts 3). Palūdziet sūtītājam atjaunināt Pactesur un eksportēt vēlreiz.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Paketei nevar izveidot privātu pagaidu mapi.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>tās manifestā norādīts cits sūtītājs, nevis atslēga, ar kuru tā parakstīta.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>tā manifestā ir vairāk ierakstu, nekā paketē drīkst būt.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>tā manifestā ir atslēga, kas garāka par atļauto.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>tā manifestā ir vērtība, kas garāka par atļauto (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Paketi %1 neizdevās nolasīt: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. lappuse no %2</translation>
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
        <source>Remove the selected city's participation</source>
        <translation>Noņemt atlasītās pilsētas dalību</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
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
    <name>pactesur::ParticipationReport</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Nezināms</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Jūs (šī datubāze)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Pamatdati</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Cits partneris (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinators</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Nezināmas pilsētas kontaktpersona</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Pilsētas kontaktpersona (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>nolasot prakses aprakstus</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Citas prakses</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, turpinās</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Sākums: %1, turpinās</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Sākums: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Beigas: %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Turpinās</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Prakses drošākām publiskajām telpām</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. lappuse no %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n prakses apraksts</numerusform>
            <numerusform>%n prakses apraksti</numerusform>
            <numerusform>%n prakses aprakstu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · bukleta sagatavošanas datums: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Saturs</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Partnerpilsētu prakšu apraksti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Prakses apraksti</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tēmas</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Sagatavots</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Šajā bukletā apkopoti prakšu apraksti, ko uzrakstījušas %1 partnerpilsētas un koordinators apstiprinājis publicēšanai. Katrs ir sniegts angļu valodā, ja ir gatavs tulkojums, citādi oriģinālvalodā.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Šajā bukletā apkopoti prakšu apraksti, ko uzrakstījušas %1 partnerpilsētas un koordinators apstiprinājis publicēšanai. Katrs ir sniegts bukleta valodā (%2), ja ir gatavs tulkojums, citādi angļu valodā vai oriģinālvalodā.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Vēl nav neviena apstiprināta un publiska prakses apraksta.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Šī prakse vēl nav pieejama bukleta valodā (%1); sniegta versija: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Pieejamās valodas</translation>
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
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Darba grupu vēl nav. Kad projekta darba grupas būs reģistrētas, tās tiks uzskaitītas šeit kopā ar to tēmu un vadošo pilsētu.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact's personal data</source>
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
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Notīrīt filtrus</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Atkal rādīt visus šī saraksta ierakstus</translation>
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
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Šis prakses apraksts ir %1: tagad to var dzēst tikai koordinators.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Kā pilsētas kontaktpersona (%1) jūs nevarat nodot šo ierakstu citai pilsētai.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Prakses aprakstus pārskata tikai koordinators.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>nolasot ierakstu</translation>
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
    <message>
        <source>reading this database's role</source>
        <translation>nolasot šīs datubāzes lomu</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Aktivitāšu pārskats</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Dalības tabula</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Aktivitāšu kalendārs</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Prakšu buklets</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Prakses aprakstu saraksts</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Perioda galvenie rādītāji un aktivitātes pa pilsētām un tēmām.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Dalībnieki pa aktivitātēm un pilsētām, bez jebkādiem personas datiem.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Perioda aktivitātes kā notikumi jebkurai kalendāra lietotnei.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Apstiprinātie publiskie prakses apraksti pa tēmām vienā valodā.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Visi prakses apraksti ar pilsētu, valodu, statusu un tēmām.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF dokuments</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Tīmekļa lapa (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Izklājlapa (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Kalendāra fails (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Tīmekļa lapas (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar faili (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>viens prakses apraksts</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>perioda aktivitātes pa pilsētām un tēmām</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>dalība pa aktivitātēm un pilsētām, bez personas datiem</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>aktivitātes iCalendar failā kalendāra lietotnēm</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>apstiprināto publisko prakses aprakstu buklets pa tēmām</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>prakses aprakstu saraksts</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 pieņem datumu formātā GGGG-MM-DD, nevis „%2”.</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Pārskats %1 neattiecas uz periodu: nenorādiet --from un --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Periods beidzas (%1) pirms tā sākuma (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Valodas „%1” nav; pieejamās valodas: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Nezināms pārskats „%1”; pieejamie pārskati: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Pārskats %1 tiek veidots formātā %2, nevis „%3”.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Pārskats ierakstīts failā %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Līdzfinansē Eiropas Savienība</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Paustie viedokļi un uzskati tomēr ir tikai autora(-u) viedokļi un uzskati, un tie ne vienmēr atspoguļo Eiropas Savienības vai Eiropas Komisijas viedokli. Ne Eiropas Savienība, ne piešķīrēja iestāde nevar būt atbildīga par tiem.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Nevar ierakstīt pārskatu failā %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Nevar ierakstīt pārskatu failā %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Nevar pārliecināties, ka pārskats %1 ir saglabāts.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Pārskata veidošana atcelta; neviens fails netika ierakstīts.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Šis pārskats tiek veidots formātā %1, nevis „%2”.</translation>
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
        <translation>Sākums: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Beigas: %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Visi datumi</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Saglabāt pārskatu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formāts:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;No:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Līdz:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formāts</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Perioda pirmā diena</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Perioda pēdējā diena</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Pārskata veidošanas gaita</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Saglabāt kā…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Aizvērt</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Rādīt mapē</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Izvēlieties pārskatu un pēc tam saglabājiet to failā.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Notiek pārskata ierakstīšana… Poga „Atcelt” to aptur, un neviens fails nepaliek.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Pārskats ir saglabāts kā:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Pārskata valoda</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Šis konflikts pa to laiku jau ir atrisināts.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Šī konflikta ieraksts vairs neeksistē.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Dzēšana</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Konflikta atrisināšana: „%1” ierakstā „%2”</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (jau nosūtīts)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Šis konflikta risinājums jau ir nosūtīts paketē, tāpēc to vairs nevar atsaukt. Lai vērtību mainītu vēlreiz, rediģējiet ierakstu.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Konflikts paketē jau tika nosūtīts tāds, kāds tas bija, tāpēc šo risinājumu nevar atkārtot. Atrisiniet to vēlreiz konfliktu iesūtnē.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>Ieraksts kopš konflikta atrisināšanas ir mainījies (importa vai rediģēšanas dēļ), tāpēc šo darbību nevar atkārtot.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Rezerves kopijas atjaunošana: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Ievietot saiti</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Tīmekļa vai e-pasta adrese (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Saiti var izveidot tikai uz tīmekļa (http, https) un e-pasta (mailto) adresēm.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Virsraksts</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Treknraksts (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Slīpraksts (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aizzīmju saraksts</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numurēts saraksts</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Saite</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Pārveidot atlasīto tekstu par saiti uz tīmekļa vai e-pasta adresi (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Attēls</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Rādīt tekstā šim aprakstam pievienotu attēlu</translation>
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
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Šai datubāzei vēl nav piešķirta loma. Vispirms izvēlieties to: koordinators vai pilsētas kontaktpersona.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Šī ir pašas šīs datubāzes karte.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Pilsētas kontaktpersona reģistrē tikai koordinatora karti; pārējās pilsētas pienāk ar koordinatora reģistru.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>Kartē norādīta pilsēta, ko šī datubāze nepazīst.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Šīs replikas atslēgas ir atsauktas; tās nevar reģistrēt vēlreiz.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Šajā kartē ir citas atslēgas nekā tās, kas reģistrētas tai pašai replikai: mainītai atslēgai nekad neuzticas. Ja atslēgas tiešām ir mainījušās, atsauciet vecās un izveidojiet jaunu datubāzi.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Saskaņā ar šo karti tās replika raksta kāda cita vārdā, nevis tā, ko pazīst šī datubāze.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>Kartes pirkstu nospiedums ir %1, nevis tas, ko jums sniedza: karte netika reģistrēta.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Atslēgas atsauc tikai koordinators.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Nevienai reģistrētai replikai nav viennozīmīgas atbilstības „%1”.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>Koordinators nevar atsaukt savas atslēgas.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Paketē esošais reģistrs ir nepareizi veidots.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Koordinatora reģistrs piešķir replikai %1 citas atslēgas nekā šeit reģistrētās; nekas netika mainīts.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Paketi nevar ierakstīt šeit: %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Paketei ir pārāk daudz adresātu.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Pakete %1 tika noraidīta: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>tā ir bojāta vai mainīta pēc parakstīšanas.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Paketi %1 nevar nolasīt.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>tā ir lielāka, nekā var būt pakete.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>tā nav Pactesur pakete.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>tā izveidota citā paketes formātā (%1; šī versija lasa formātu %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>to parakstījusi replika, ko šī datubāze nav reģistrējusi (replika %1, atslēga %2). Reģistrējiet tās karti pēc pirkstu nospieduma salīdzināšanas.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>tā parakstīta ar atsauktām atslēgām (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>tā nav adresēta šai datubāzei.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Paketi %1 šeit nevar atvērt.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Meklēt</translation>
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
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Meklēt pilsētās, organizācijās, darba grupās, aktivitātēs, aprakstos, resursos un kontaktos</translation>
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
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Attēli (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Pievienot attēlu</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Pievienot pielikumu</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Failu %1 neizdevās nolasīt: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 nav attēls; tas tika pievienots pielikumiem.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Pielikumu %1 neizdevās atkārtoti nolasīt.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Pievienot attēlu no faila…</translation>
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
        <translation>Šī apraksta pielikumi</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Pielikumu vēl nav. Fotoattēli, pārskati vai bukleti palīdz citām pilsētām iztēloties šo praksi.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Pievienot failu…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Pievienot failu šim aprakstam</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Rādīt tekstā</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Rādīt atlasīto attēlu teksta laukā, kurā pēdējo reizi rakstījāt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Noņemt atlasīto pielikumu no šī apraksta</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Šis prakses apraksts ir dzēsts; tā izmaiņas nevar saglabāt.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Izmaiņas: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Neviens prakses apraksts neatbilst „%1”.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Šis prakses apraksts ir dzēsts. Aizveriet šo logu; ar Rediģēt &gt; Atsaukt galvenajā logā to var atjaunot.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Dažas izmaiņas nav saglabātas: skatiet sarkani iezīmētos laukus</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Notiek rediģēšana…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Visas izmaiņas saglabātas · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Tikai lasīšanai</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Izmaiņas tiek saglabātas rakstīšanas laikā</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Prakses apraksts bez nosaukuma</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — prakses apraksts</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Dažas izmaiņas neizdevās saglabāt; vispirms izlabojiet sarkani iezīmētos laukus.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Pirms iesniegšanas aizpildiet: %1. Kontrolsaraksts kreisajā pusē aizvedīs pie katra no tiem.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Publicēt „%1”? Publicētie apraksti ir daļa no projekta prakšu krājuma, ko var lasīt visi partneri.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicēt</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Šos laukus neizdevās saglabāt: %1. Vai tomēr aizvērt un zaudēt tajos ierakstīto?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Tomēr aizvērt</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Apraksta nosaukums</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Apraksta pilsēta, valoda un sensitivitāte</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Kas tika atgūts</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Kāpēc šis apraksts ir tikai lasāms</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Pārskatīšanas procesa ziņojums</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Pārskatīšanas piezīmes</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Piezīme par aprakstu…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Uzrakstīt pilsētai pārskatīšanas piezīmi par aprakstu kopumā</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Šī datubāze ir atvērta tikai lasīšanai: aprakstu var lasīt un eksportēt, bet ne mainīt.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Pirms prakses aprakstu rakstīšanas izvēlieties savu lomu (koordinators vai pilsētas kontaktpersona).</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Šis apraksts pieder pilsētai %1. To var mainīt tikai pilsētas %1 kontaktpersona un koordinators; jūs varat to lasīt un eksportēt.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Iesniegts pārskatīšanai: koordinators to pašlaik lasa. Lai kaut ko mainītu, vispirms atsauciet iesniegšanu; apraksts atgriezīsies melnraksta statusā.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Šis apraksts ir %1: tagad to var mainīt tikai koordinators. Ja kaut kas ir jālabo, palūdziet viņam pieprasīt izmaiņas.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>mainīts %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>Koordinators pieprasīja izmaiņas; viņa piezīme ir redzama virs veidlapas.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>Koordinators pieprasīja izmaiņas. Viņa piezīmes ir redzamas blakus attiecīgajiem laukiem: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Atsaukt: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Atsaukt pēdējo saglabāto šī apraksta izmaiņu</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Atkārtot: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Atkārtot pēdējo atsaukto izmaiņu</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Tulkot…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Izveidot šī apraksta saistītu kopiju citā valodā, kas tiek rādīta blakus oriģinālam</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Eksportēt šo aprakstu PDF vai HTML formātā vai izdrukāt to</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Eksportēt kā &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Eksportēt kā &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Apraksts</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Prakses apraksts</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Eksportēt prakses aprakstu PDF formātā</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Eksportēt prakses aprakstu HTML formātā</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Tīmekļa lapas (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Drukāt prakses aprakstu</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Vēl nekas nav reģistrēts.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Joprojām turpinās</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Obligāts iesniegšanai</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligāts</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Piezīme…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Uzrakstīt pilsētai pārskatīšanas piezīmi par šo lauku</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Pārskatīšanas piezīme: %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Oriģināls (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Tulkojums (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 oriģinālajā aprakstā</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>Oriģinālā šis lauks ir mainīts kopš pēdējās tulkojuma atjaunināšanas.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Prakses apraksta veidlapa</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Pamatinformācija</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Kā prakse saucas, kam tā pieder, kad tā tika īstenota un kas to drīkst lasīt.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Konteksts un mērķi</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Kāpēc prakse bija nepieciešama un ko tā tiecās sasniegt.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Pasākumi un partneri</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Kas tika darīts, ar ko kopā un cik tas izmaksāja.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Rezultāti un izvērtēšana</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Kas mainījās un kā jūs to zināt.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Pārnesamība un atziņas</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Kas citai pilsētai jāzina, lai darītu to pašu, ieskaitot neveiksmes.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>Persona, kurai partneri var jautāt par šo praksi.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Fotoattēli, pārskati un citi faili; attēlus var rādīt arī teksta iekšienē.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Īss nosaukums, kas pasaka, ko prakse dara, piem., „Nakts mediācija vecpilsētā”</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Trīs vai četri teikumi aizņemtam lasītājam: kas tika darīts, kur, kam un ar kādu rezultātu.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>Vietējā situācija, kuras dēļ šī prakse bija vajadzīga: problēma, kur un kad tā rodas, ko tā skar. Skaitļi noder.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Ko prakse tiecās mainīt. Katrā saraksta punktā viens mērķis, pēc iespējas izmērāms.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Kam prakse paredzēta un ko tā sasniedz: iedzīvotāji, jaunieši, nakts ekonomikas darbinieki, policisti…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Kas tika darīts, soli pa solim: pasākumi, iesaistītie darbinieki, laiks, rīki un metodes.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Kas piedalījās un ar ko katrs palīdzēja: policijas dienesti, pašvaldības struktūrvienības, biedrības, uzņēmumi, iedzīvotāji.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Aptuvenās izmaksas un kas tās sedza: pašvaldības budžets, valsts vai ES finansējums, ieguldījums natūrā.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Kas mainījās, ar rādītājiem: skaitļi pirms un pēc, rezultāti, iedzīvotāju vai partneru atsauksmes.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Kā rezultāti tika novērtēti, kas to darīja un pie kādiem secinājumiem izvērtēšanā nonāca.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Kas citai pilsētai būtu nepieciešams, lai darītu to pašu: veiksmes nosacījumi, resursi, ko var pielāgot.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Ko jūs darītu citādi, kas jūs pārsteidza, padomi pilsētai, kas tikai sāk. Aprakstiet arī neveiksmes.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Atzīmējiet projekta tēmas, kurās prakse dod ieguldījumu.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Darba grupas, kurām vajadzētu izlasīt šo aprakstu.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Publiski apraksti var tikt iekļauti projekta publikācijā; „Tikai partneriem” paliek partnerības ietvaros; „Tikai policijai” tiek kopīgots tikai ar policijas dienestiem.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Izvēlieties savas pilsētas kontaktu; ja tā nav, vispirms pievienojiet to sadaļā „Kontakti”.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>Valoda, kurā šis apraksts ir uzrakstīts.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dub&amp;lēt</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Sākt jaunu apraksta melnrakstu no atlasītā apraksta kopijas</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Tulkot…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Izveidot atlasītā apraksta saistītu tulkojumu</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n vārds</numerusform>
            <numerusform>%n vārdi</numerusform>
            <numerusform>%n vārdu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n piezīme</numerusform>
            <numerusform>%n piezīmes</numerusform>
            <numerusform>%n piezīmju</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sadaļas</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Apraksta sadaļas</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Aizpildītie obligātie lauki</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Vēl neaizpildītie obligātie lauki</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Obligāti iesniegšanai: %1 no %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Iesniegšanai obligātie lauki</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusa vēsture</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Apraksta statusa vēsture</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinators</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Vēl nav iesniegts</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Koordinatora piezīme par visu aprakstu</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Koordinatora piezīme</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Kam pilsētai vispirms jāpievērš uzmanība vai kāpēc apraksts vēl nav gatavs</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Kas šajā laukā jāmaina vai jāpapildina</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Prakses apraksts bez nosaukuma</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Tikai partneriem</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Ierobežota piekļuve — tikai policijai</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · prakses apraksta drukāšanas datums: %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Prakses apraksts</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Atvērt oriģinālu</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Atvērt oriģinālo aprakstu</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Atzīmēt kā aktuālu</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Norādīt, ka šis tulkojums tagad atbilst oriģinālam tā pašreizējā redakcijā</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>Šī tulkojuma oriģināls vairs nav pieejams.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Apraksta „%1” tulkojums (%2). Oriģināls ir redzams blakus katram laukam.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Kopš tā laika oriģinālā ir mainīts: %2 (iezīmēts zemāk).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Šī apraksta tulkojumi:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (novecojis)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Atvērt tulkojumu (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Nav neviena prakses apraksta ar ID %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Šis apraksts pats ir tulkojums: tulkojiet tā oriģinālu.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>Apraksts jau ir uzrakstīts šajā valodā.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Tulkojums šajā valodā jau eksistē.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Prakses apraksts bez nosaukuma</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Pactesur negaidīti apstājās, kamēr bija atvērts apraksts „%1”. Kopš atvēršanas tajā nekas netika mainīts, izņemot varbūt pēdējās dažās sekundēs pirms apstāšanās. Apraksts ir atkal atvērts.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Pactesur negaidīti apstājās, kamēr bija atvērts apraksts „%1”. Viss līdz %2 ir saglabāts (%3); var trūkt ne vairāk kā pēdējās %n sekundes laikā ievadītā teksta pirms Pactesur apstāšanās. Apraksts ir atkal atvērts, lai jūs to varētu pārbaudīt.</numerusform>
            <numerusform>Pactesur negaidīti apstājās, kamēr bija atvērts apraksts „%1”. Viss līdz %2 ir saglabāts (%3); var trūkt ne vairāk kā pēdējo %n sekunžu laikā ievadītā teksta pirms Pactesur apstāšanās. Apraksts ir atkal atvērts, lai jūs to varētu pārbaudīt.</numerusform>
            <numerusform>Pactesur negaidīti apstājās, kamēr bija atvērts apraksts „%1”. Viss līdz %2 ir saglabāts (%3); var trūkt ne vairāk kā pēdējo %n sekunžu laikā ievadītā teksta pirms Pactesur apstāšanās. Apraksts ir atkal atvērts, lai jūs to varētu pārbaudīt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Pārskatīšanas piezīmes raksta tikai koordinators.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Statusu „%1” prakses aprakstam var iestatīt tikai koordinators.</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Šis prakses apraksts gaida pārskatīšanu. Pirms tā mainīšanas atsauciet iesniegšanu, lai tas atgrieztos melnraksta statusā.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Šis prakses apraksts ir %1: tagad to var mainīt tikai koordinators. Palūdziet viņam pieprasīt izmaiņas.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Šo prakses aprakstu vēl nevar iesniegt: vispirms aizpildiet %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Iesniegt vēlreiz</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Iesniegt pārskatīšanai</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Atsaukt iesniegšanu</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Pieprasīt izmaiņas</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Atcelt publicēšanu</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicēt…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statuss: %1</translation>
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
        <translation>Pēdējās izmaiņas</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>nolasot prakses aprakstus</translation>
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
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Īsinājumtaustiņš</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Diagrammās, kartē un kalendārā bultiņu taustiņi pārvietojas no elementa uz elementu, un Enter atver izvēlēto.</translation>
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
    <message>
        <source>package</source>
        <translation>pakete</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Apmaiņas pakete (.pactesur), ko priekšskatīt un importēt.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[pakete]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Valoda:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Tulkot prakses aprakstu</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Apraksta „%1” (%2) tulkojums ir atsevišķs apraksts, kas ir saistīts ar oriģinālu. Redaktors blakus katram laukam rāda oriģinālu un iezīmē laukus, kurus oriģinālā vēlāk maina.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Jau iztulkots šādās valodās: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Tulkojuma valoda</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Izveidot tulkojumu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
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
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nevar nolasīt %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nevar ierakstīt %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>savienojums tika slēgts, pirms fails bija saņemts pilnībā</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>fails ir lielāks, nekā var būt pakete</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sinhronizācija atcelta.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>Pastkaste %1 noraidīja lietotājvārdu vai paroli.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>Pastkaste neatļauj šo darbību adresē %1 (403 Forbidden): pārbaudiet mapes koplietošanas tiesības.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Serverī adresē %1 nav mapes: izveidojiet to vai pārbaudiet pastkastes adresi.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>Pastkasti serverī ir bloķējusi cita programma (423 Locked); nākamā sinhronizācija mēģinās vēlreiz.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>Serveris lūdz samazināt pieprasījumu biežumu (429 Too Many Requests); nākamā sinhronizācija mēģinās vēlreiz.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>Pastkaste ir pilna: sasniegta servera krātuves kvota (507). Atbrīvojiet tur vietu vai lūdziet servera administratoram lielāku kvotu.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Serverī radās kļūda (%1) adresē %2; nākamā sinhronizācija mēģinās vēlreiz.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>Serveris atbildēja ar kodu %1 adresē %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>Pastkastei %1 ir sertifikāts, kuram šis dators neuzticas: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>Pastkaste %1 nav sasniedzama: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Nevarēja nolasīt servera sniegto %1 satura sarakstu.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>Pastkastē esošais fails %1 ir lielāks, nekā var būt pakete.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Pakete norāda, ka replika %1 raksta kāda cita vārdā, nekā šai datubāzei par to zināms; nekas netika mainīts.</translation>
    </message>
</context>
</TS>
