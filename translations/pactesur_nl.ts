<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>De activiteiten als lijst weergeven</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>De activiteiten in een kalender weergeven</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n activiteit</numerusform>
            <numerusform>%1: %n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Een maand weergeven</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Projectperiode</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>De projectperiode weergeven</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorige maand (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Volgende maand (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Vandaag weergeven</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Weergegeven periode</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Activiteiten van de maand</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Activiteiten over de projectperiode</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln activiteit in de projectperiode</numerusform>
            <numerusform>%Ln activiteiten in de projectperiode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>Nog %n niet weergegeven</numerusform>
            <numerusform>Nog %n niet weergegeven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln activiteit op deze dag: klik om deze weer te geven</numerusform>
            <numerusform>%Ln activiteiten op deze dag: klik om ze weer te geven</numerusform>
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
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Te veel activiteiten om afzonderlijk weer te geven</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activiteit</numerusform>
            <numerusform>%Ln activiteiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>het lezen van de activiteiten</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>het lezen van de deelnames</translation>
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
        <translation>Activiteitenverslag</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · verslag opgesteld op %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Activiteit per stad</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Activiteit per thema</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Activiteiten per type</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Betrokken steden</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Politieagenten</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Uitgevoerd: %1 · gepland: %2 · geannuleerd: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Deelnemers zijn de aantallen die de steden per activiteit hebben opgegeven; waar geen stad aantallen heeft opgegeven, telt het voor de activiteit gemelde totaal.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Georganiseerd</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Deelgenomen</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle steden</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Een activiteit telt mee onder het thema van haar werkgroep. Praktijkfiches zijn alle fiches over het thema tot nu toe, ongeacht hun status; vertalingen worden niet meegeteld.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktijkfiches</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Gevalideerd of gepubliceerd</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Geen activiteiten in deze periode.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Steden</translation>
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
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Opgesteld op</translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Bestand bijvoegen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Het bestand %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Er kon geen kopie van %1 worden geschreven: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Geen enkele toepassing kon %1 openen.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Bijlage opslaan</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Het bestand %1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Bijgevoegd bestand</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Naam van het bijgevoegde bestand</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Type en grootte van het bijgevoegde bestand</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Bestand bijvoegen…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Een bestand bij deze bron voegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Het bijgevoegde bestand openen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Een kopie van het bijgevoegde bestand opslaan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Geen bestand bijgevoegd</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Bestand vervangen…</translation>
    </message>
</context>
<context>
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>geschreven door een replica die deze database niet kent</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>een verbindingspersoon van een stad mag alleen records van de eigen stad wijzigen</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>een verbindingspersoon van een stad mag een record niet aan een andere stad overdragen</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>alleen de coördinator beoordeelt praktijkfiches</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>de eigenaar van een record verandert nooit</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>de eigenaar kan geen eigenaar zijn van een record van dit type</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Kan de back-up %1 niet lezen.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>De back-up %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>De back-up %1 hoort bij een andere database; hij kan hier niet worden teruggezet.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>het terugzetten van een back-up</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>De persoonsgegevens van gewiste contactpersonen konden niet uit de back-up %1 worden verwijderd: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Vóór elke import en elke terugzetting wordt een back-up van de hele database gemaakt; na een import worden de tien nieuwste bewaard. Ze staan in %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>De back-up van %1 terugzetten?
Uw database keert terug naar de toestand van toen. De huidige toestand wordt eerst in een nieuwe back-up opgeslagen, en met Bewerken ▸ Ongedaan maken haalt u die terug.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Map weergeven</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Nog geen back-ups.

De eerste wordt gemaakt wanneer u een pakket importeert.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>Activiteiten van %1</translation>
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
        <translation>Aan deze database is nog geen rol toegekend. Kies eerst een rol: coördinator of verbindingspersoon van een stad.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Dit bestand is geen Pactesur-identiteitskaart, of het is beschadigd.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>De kaart %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>De kaart kan niet naar %1 worden geschreven.</translation>
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
        <translation>Geen projectperiode vastgelegd</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Vandaag, %1: het project is nog niet begonnen</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Vandaag, %1: het project is afgelopen</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Het bestand is beschadigd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n record verwijst naar records die niet bestaan.</numerusform>
            <numerusform>%n records verwijzen naar records die niet bestaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>De schemaversie is %1; deze versie van Pactesur verwacht versie %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 (onverwacht)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 (ontbreekt)</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>De databasestructuur wijkt af van wat Pactesur verwacht: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Leidend</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Geassocieerd</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Vereniging</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Privébedrijf</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Maatschappelijk middenveld</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universiteit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Taak van algemeen belang</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Waarnemer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Uitwisseling van politiepersoneel</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Academie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Studiebezoek</translation>
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
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Opleidingsmateriaal</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicatie</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>EU-richtsnoeren</translation>
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
        <translation>Concept</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Alleen partners</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Alleen politie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Voer pactesur-cli --help uit voor een overzicht van de opdrachten.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 vereist een waarde.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set verwacht FIELD=VALUE, niet “%1”.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Onbekende optie %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Gebruik: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Onbekend type “%1”; de beschikbare typen zijn: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init vereist --coordinator of --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>De database %1 is klaar; rol van deze replica: %2.</translation>
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
        <translation>Gebruik: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Kan het bestand %1 niet lezen.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add vereist ten minste één --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit vereist ten minste één --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>De database is in orde.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>Er zijn problemen met de database.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Toestandshash: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>%n record gegenereerd.</numerusform>
            <numerusform>%n records gegenereerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n record naar %1 geschreven.</numerusform>
            <numerusform>%n records naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nieuw: %1, bijgewerkt: %2, ongewijzigd: %3, conflicten: %4, geweigerd: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Proefrun: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Alle wijzigingen in het pakket zijn geweigerd: %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Overige opdrachten:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aan deze database is nog geen rol toegekend. Kies eerst een rol: coördinator of verbindingspersoon van een stad.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Ingeschreven: %1, vingerafdruk %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Al ingeschreven: %1, vingerafdruk %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Kan het wachtwoordbestand %1 niet lezen.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Er is geen postbus ingesteld. Stel er een in met: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Postbus: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Gebruiker: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Gepubliceerde pakketten: %1; nog niet door alle ontvangers opgehaald: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nog nooit gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Laatste synchronisatie: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Postbus ingesteld: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Pakketten verzonden: %1, ontvangen: %2, geïmporteerd: %3; nieuwe conflicten: %4; geweigerd: %5.</translation>
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
        <translation>Gebruik: pactesur-cli [--db FILE] COMMAND [opties]

Opdrachten:
  init [--coordinator | --city SLUG]   de database maken en de rol kiezen
  whoami [--json]                      de rol van deze replica tonen
  list KIND [--json]                   de records van een type weergeven
  show KIND ID [--json]                één record tonen
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integriteit, schema en toestandshash
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       een ondertekend, verzegeld uitwisselingspakket schrijven
  import FILE [--dry-run] [--json]     een pakket samenvoegen (eerst een back-up)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              vingerafdruk van deze replica; het register
  keys export --out FILE               de identiteitskaart van deze replica schrijven
  keys trust CARD [--fingerprint FP]   een kaart inschrijven na vergelijking van de vingerafdrukken
  keys revoke REPLICA                  het vertrouwen in de sleutels van een replica intrekken
  mailbox set URL [--user USER]        de WebDAV-postbus of map instellen waarlangs wordt gesynchroniseerd
  mailbox show [--json]                de postbus tonen en wat die voor ons bevat
  sync [--password-file FILE] [--json] één ronde automatische uitwisseling uitvoeren
                                       (of het wachtwoord in PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       synthetische records toevoegen

Typen: %1
De database is %2, tenzij --db of PACTESUR_DB iets anders aangeeft.
Afsluitcodes: 0 voltooid, 1 mislukt (bij sync: de postbus was niet bereikbaar of de ronde
is niet voltooid), 2 gebruiksfout, 3 invoer geweigerd (niets gewijzigd; bij sync: pakketten
geweigerd).</translation>
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
        <translation>Verwijderd of behouden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Openstaande conflicten</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Geen openstaande conflicten.
Als een pakket een andere waarde meebrengt voor een veld dat u ook hebt gewijzigd, wachten beide waarden hier tot u een keuze maakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n openstaand conflict; de %1 meest recente worden weergegeven.</numerusform>
            <numerusform>%n openstaande conflicten; de %1 meest recente worden weergegeven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n openstaand conflict. Kies de waarde die u wilt behouden; u kunt dit ongedaan maken tot u opnieuw een pakket exporteert.</numerusform>
            <numerusform>%n openstaande conflicten. Kies de waarde die u wilt behouden; u kunt dit ongedaan maken tot u opnieuw een pakket exporteert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Record weergeven</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Mijn invoer behouden</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Geen conflict geselecteerd</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Kies een conflict in de lijst om de waarden naast elkaar te zien.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 „%2”: aan de ene kant verwijderd, aan de andere kant bewerkt</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>Het record blijft bestaan tot u een keuze maakt. Behoud het, of verwijder het zoals een van beide kanten heeft gevraagd.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2”: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Dit veld is op twee plaatsen gewijzigd voordat er pakketten werden uitgewisseld. Beide waarden blijven bewaard tot u er een kiest, of een waarde invoert die ze combineert.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Te behouden waarde</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Of voer de te behouden waarde in, bijvoorbeeld een die beide combineert:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Waarde %1 (nu weergegeven)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Waarde %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Ingevoerd door %1 op %2 om %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Record verwijderen</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Record behouden</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Deze waarde behouden</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Behouden, met de bewerkingen van de andere kant</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>De persoonsgegevens van %1 wissen?

Wissen is definitief: het kan niet ongedaan worden gemaakt en wordt bij de volgende uitwisseling naar alle partners doorgegeven.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Het bestand %1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Persoonsgegevens wissen…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
        <translation>De persoonsgegevens van deze contactpersoon definitief wissen</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Exporteren wat over deze contactpersoon is opgeslagen</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Herzieningsdatum</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Herziening nodig sinds %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Klik op een getal om de onderliggende records te zien, op een stad om die te openen, op een datum om die activiteit te openen. Klik op een kolomtitel om te sorteren.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Cijfers per partnerstad</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: klik om te openen</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Tot vandaag geen activiteit</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Klik om ze te bekijken.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>De meest recente activiteit die de stad heeft georganiseerd of waaraan zij heeft deelgenomen, tot vandaag.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Uitgewisselde politieagenten</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Georganiseerde activiteiten</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Georganiseerd</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Activiteiten die de stad organiseert of heeft georganiseerd; geannuleerde activiteiten worden niet meegeteld.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Activiteiten georganiseerd door %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Bijgewoonde activiteiten</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Bijgewoond</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Activiteiten georganiseerd door een andere stad, of online, waarvoor de deelname van de stad is vastgelegd.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Activiteiten bijgewoond door %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Uitgezonden politieagenten</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Uitgezonden</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Politieagenten van de stad die zijn vastgelegd bij uitwisselingen van politiepersoneel die door een andere stad zijn georganiseerd.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Politieagenten die %1 naar uitwisselingen van politiepersoneel heeft gestuurd</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Ontvangen politieagenten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Politieagenten van andere steden die zijn vastgelegd bij uitwisselingen van politiepersoneel die de stad heeft georganiseerd.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Politieagenten die %1 heeft ontvangen bij uitwisselingen van politiepersoneel</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Praktijkfiches van de stad, ongeacht hun status; een vertaling telt niet als aparte fiche.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Praktijkfiches van %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Praktijkfiches: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Praktijkfiches van de stad met de status „%1”; een vertaling telt niet als aparte fiche.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Praktijkfiches van %1: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Werkgroepen waarvan de stad lid is.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Werkgroepen van %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Te herziene contactpersonen</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Contactpersonen van de stad van wie de herzieningsdatum verstreken is: controleer of ze nog nodig en juist zijn.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Te herziene contactpersonen van %1</translation>
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
        <translation>Laatste activiteit: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Klik om de records achter het gekozen getal te zien.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>Steden &amp;kleuren op:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Getal op de kaart</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Wijs een stad aan om de cijfers te zien; klik erop om de records achter het gekozen getal te zien.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Kaartgegevens: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Kaart van de partnersteden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n stad zonder coördinaten kan niet op de kaart worden geplaatst.</numerusform>
            <numerusform>%n steden zonder coördinaten kunnen niet op de kaart worden geplaatst.</numerusform>
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
        <translation>Activiteiten die vóór %1 zijn begonnen</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Activiteiten die in %1 zijn begonnen</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Activiteiten die na %1 zijn begonnen</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Praktijkfiches met de status „%1”</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Praktijkfiches over het thema „%1”</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Activiteiten per kwartaal</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Deelnemers per type activiteit</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Praktijkfiches per status</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Praktijkfiches per thema</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Projectperiode, vandaag en mijlpalen</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Nog geen project vastgelegd</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Begint over %n dag</numerusform>
            <numerusform>Begint over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Afgelopen op %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>Dag %1 van %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Klik om deze activiteit te openen.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Op deze lijn staan de mijlpalen: de activiteiten waarvan de deelnemers of steden voor het hele partnerschap worden gemeld.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Mijlpalen: de activiteiten waarvan de deelnemers of steden voor het hele partnerschap worden gemeld. Klik op een mijlpaal om die te openen.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partnersteden</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Gepland of uitgevoerd; geannuleerde activiteiten worden niet meegeteld.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Vastgelegd door de steden</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Uit openbare verslagen</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Vrouwen onder de deelnemers</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Van de %1 deelnemers van wie het aantal vrouwen is vastgelegd.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Nog geen enkel deelnamerecord vermeldt het aantal vrouwen.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Uitgewisselde politieagenten</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Door hun stad uitgezonden naar uitwisselingen van politiepersoneel die door een andere stad zijn georganiseerd.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Activiteiten, gepland of uitgevoerd</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Activiteiten met deelnemers</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Deelnamerecords die het aantal vrouwen vermelden</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Politieagenten uitgezonden naar uitwisselingen van politiepersoneel die door een andere stad zijn georganiseerd</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n activiteit</numerusform>
            <numerusform>%1: %n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Nog geen activiteiten.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: %2 deelnemers (%3 vastgelegd door de steden, %4 uit openbare verslagen)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Nog geen deelnemers vastgelegd of gemeld.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Openbare verslagen geven soms totalen zonder te vermelden hoeveel mensen uit elke stad kwamen. Zo’n totaal telt hier mee voor de activiteit als geen enkele stad haar deelname heeft vastgelegd, en nooit in de cijfers van een stad.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Door de steden vastgelegde deelnemers aan activiteiten van het type „%1”</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Deelnemers uit openbare verslagen aan activiteiten van het type „%1”</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Nog geen praktijkfiches. Ze worden hier meegeteld zodra de steden ze schrijven.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n praktijkfiche</numerusform>
            <numerusform>%1: %n praktijkfiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n praktijkfiche</numerusform>
            <numerusform>%n praktijkfiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n record uit de lijst „%1”.</numerusform>
            <numerusform>%n records uit de lijst „%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, de som over %n record uit de lijst „%3”.</numerusform>
            <numerusform>%1: %2, de som over %n records uit de lijst „%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Records achter een getal</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Het geselecteerde record in zijn onderdeel openen</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Dubbelklik op een rij om de bijbehorende activiteit te openen, waar deze deelname staat vermeld.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Dubbelklik op een record om het in zijn onderdeel te openen.</translation>
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
        <translation>K%1 %2</translation>
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
        <translation>Steden</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>De cijfers worden gelezen…</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet maken.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>De database %1 is al geopend in een ander Pactesur-venster of -programma. Sluit de database daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Kan de database %1 niet vergrendelen: er kan niet in de map worden geschreven.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>het bijwerken van de databasestructuur</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>De schijf is vol: er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>De database is bezet door een ander programma: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Databasefout bij %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>%1 is geen Pactesur-database of is beschadigd.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>%1 is geen Pactesur-database.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>het openen van de database</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van Pactesur (schemaversie %1; deze versie ondersteunt tot en met versie %2). Werk Pactesur bij om de database te openen.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>De database %1 moet worden bijgewerkt, maar dat kan niet wanneer de database alleen-lezen is geopend.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>het starten van een transactie</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>het opslaan van de wijzigingen</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>het opslaan van een record</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>het opbouwen van de zoekindex</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Kaart inschrijven</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Vergelijk de vingerafdruk voordat u deze kaart vertrouwt</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Volgens deze kaart is de eigenaar: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replica %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Vingerafdruk van de kaart:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Vingerafdruk van de kaart</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Bel de eigenaar van de kaart, of spreek af, en vraag hem of haar de vingerafdruk voor te lezen (Uitwisselingen ▸ Sleutels in zijn of haar Pactesur). Schrijf de kaart alleen in als elke groep cijfers gelijk is: iedereen kan een kaart maken die beweert van iemand anders te zijn.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Voorgelezen vingerafdruk (optioneel: als u hem intypt, vergelijkt Pactesur hem):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Voorgelezen vingerafdruk</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>bijv. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Inschrijven: de vingerafdrukken komen overeen</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>De kaart inschrijven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Een pakket importeren</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur-pakketten (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>Pakket &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Een pakketbestand opslaan om naar uw partners te sturen</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>Pakket &amp;importeren…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Een pakketbestand openen dat een partner u heeft gestuurd: bekijk wat het wijzigt en pas het daarna toe</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Ontvangen en verzonden pakketten</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur-pakketten (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Een pakket exporteren</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Een pakket is een bestand dat u naar uw partners stuurt (per e-mail of op een usb-stick); zij openen het met Bestand ▸ Pakket importeren.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>Wat één partner nog niet heeft ontvangen (aanbevolen):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Kleiner: alleen de wijzigingen sinds hun laatste pakket u bereikte.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Nog geen enkele partner heeft u een pakket gestuurd: stuur de eerste keer een volledige kopie.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>Wat de coördinator nog niet heeft ontvangen (aanbevolen)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Kleiner: alleen de wijzigingen sinds het laatste pakket van de coördinator u bereikte.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Er is nog geen pakket van de coördinator binnengekomen: stuur de eerste keer een volledige kopie.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Een volledige kopie van alles in deze database</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type record</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Inhoud van het pakket</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Inhoud wordt geteld…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Inhoud van het pakket: %n record.</numerusform>
            <numerusform>Inhoud van het pakket: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>In map weergeven</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Pakket wordt geschreven… Annuleren stopt het; er blijft geen bestand achter.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Het pakket is opgeslagen als:
%1
Stuur dit bestand naar uw partner.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>In Pactesur schrijft u kaarten in via Uitwisselingen ▸ Sleutels ▸ Kaart inschrijven…, nadat u hun vingerafdruk met de eigenaar hebt vergeleken.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Er is nog geen pakket van „%1” ontvangen, dus er is geen basis voor een deltapakket; exporteer in plaats daarvan een volledig pakket.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>het tellen van de te exporteren records</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aan deze database is nog geen rol toegekend. Kies eerst een rol: coördinator of verbindingspersoon van een stad.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Er is nog geen pakket van “%1” ontvangen, dus er is geen basis voor een deltapakket; exporteer in plaats daarvan een volledig pakket.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Kan het pakket %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>de schijf is mogelijk vol</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Geen enkele ingeschreven replica kan dit pakket ontvangen: schrijf eerst de kaarten van de steden in (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Schrijf eerst de kaart van de coördinator in (keys trust FILE): pakketten worden voor hem verzegeld.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Er kan geen privé tijdelijke map voor het pakket worden gemaakt.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>het vastleggen van de export</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Lokale naam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Politiekorps</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Aandachtsthema's</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Zakelijk e-mailadres</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Zakelijk telefoonnummer</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Herzien vóór</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Vertaalde labels</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Leidende stad</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Gaststad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Gemelde deelnemers</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Gemelde steden</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Politieagenten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Vertaling van</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Context en probleem</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Acties en uitvoering</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Begroting en financiering</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Resultaten en indicatoren</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Beoordelingsopmerkingen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Bestandstype</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Uitwisselingspartner</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Source revision</source>
        <translation>Bronrevisie</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktijkfiche</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Van status</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Naar status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Ongeldige waarde “%1” voor %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Het veld %1 is te lang: maximaal %2 tekens.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>stuurtekens zijn niet toegestaan</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>moet een geheel getal van 0 of meer zijn</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>moet een getal van %1 tot en met %2 zijn</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>moet een datum in de vorm JJJJ-MM-DD zijn</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>moet een van de volgende waarden zijn: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>moet een landcode van twee letters zijn, zoals NL</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>moet een taalcode van twee letters zijn, zoals nl</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>moet bestaan uit taalcodes van twee letters, gescheiden door komma's</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>moet een webadres zijn dat begint met https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>moet een e-mailadres zijn</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>moet een telefoonnummer zijn</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>moet een id of een slug zijn</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>moet een JSON-object zijn, zoals {"nl": "…"}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>mag alleen kleine letters, cijfers en streepjes bevatten</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>moet een SHA-256-hash zijn</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>de inhoud van een bestand kan niet worden ingetypt</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>%1 heeft het verkeerde type</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 valt buiten het toegestane bereik</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 is te lang</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 is geen id</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 is geen lijst</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>%1 staat niet in de opgeslagen vorm</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>verwacht een JSON-object zoals {"summary": "…"}</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 is ingesteld</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Taalcodes, bijv. fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Pactesur-databases (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nieuwe database</translation>
    </message>
</context>
<context>
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>De postbusmap %1 is vol: maak ruimte vrij op de schijf.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>De postbusmap %1 bestaat niet (een station dat niet is gekoppeld, of een map die nog niet is gesynchroniseerd?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Kan de map %1 niet maken in de postbus: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisatie geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Kan %1 niet schrijven in de postbus: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Kan %1 niet hernoemen in de postbus: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Kan %1 niet lezen uit de postbus: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Kan %1 niet verwijderen uit de postbus: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Alleen de database van de coördinator kan records genereren.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Records die u nog niet hebt.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Records die u hebt en die het pakket wijzigt.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Records die u al ongewijzigd hebt.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Records die aan beide kanten zijn bewerkt: beide waarden blijven bewaard tot iemand kiest, in het overzicht van conflicten.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Wijzigingen die de afzender niet mag aanbrengen; ze worden weggelaten, de rest wordt geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Een pakket importeren</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Conflicten bekijken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Wat het pakket wijzigt</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Pakket van %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Gemaakt op %1 om %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Een volledige kopie van de gegevens van de afzender: %n record.</numerusform>
            <numerusform>Een volledige kopie van de gegevens van de afzender: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>De wijzigingen sinds uw laatste uitwisseling: %n record.</numerusform>
            <numerusform>De wijzigingen sinds uw laatste uitwisseling: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Pakket wordt vergeleken met uw database…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Niets nieuws: uw database bevat al alles uit dit pakket. Met Toepassen wordt alleen vastgelegd dat u het hebt ontvangen.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Er verandert niets tot u op Toepassen klikt. Eerst wordt een back-up van uw database gemaakt.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Bezig met annuleren… uw database blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Bezig met importeren… Annuleren stopt het en laat uw database ongewijzigd.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Geïmporteerd. Nieuw: %1, bijgewerkt: %2, te bekijken conflicten: %3, geweigerd: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Uw database zoals die eerst was, is bewaard in %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Pakket geïmporteerd</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import geannuleerd</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Pakket niet geïmporteerd</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>De import is mislukt</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Wijzigingen worden opgeslagen… Annuleren stopt het en laat uw database ongewijzigd.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Pakket wordt gecontroleerd… Annuleren stopt het en laat uw database ongewijzigd.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Er is niets in uw database gewijzigd.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Alle wijzigingen in dit pakket zijn geweigerd: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>De import is geannuleerd; uw database is ongewijzigd.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Ondertekend door %1 (geverifieerd)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>De handtekening van de afzender is niet geverifieerd.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Vingerafdruk van de sleutel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Nog %n nieuw of bijgewerkt record is hierboven meegeteld maar niet opgesomd.</numerusform>
            <numerusform>Nog %n nieuwe of bijgewerkte records zijn hierboven meegeteld maar niet opgesomd.</numerusform>
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
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Nieuwe records (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Bijgewerkte records (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Te bekijken conflicten (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Geweigerd (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Zonder titel (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Verwijdering</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Kan de back-upmap %1 niet maken.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>het maken van een back-up</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aan deze database is nog geen rol toegekend. Kies eerst een rol: coördinator of verbindingspersoon van een stad.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Dit pakket is vanuit deze database geëxporteerd; het bevat niets nieuws.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Een wijziging van het veld %1 van een gewiste contactpersoon is genegeerd: wissen gaat voor.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>het importeren van een pakket</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Het pakket verwijst naar records die het niet bevat; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>De cryptografiebibliotheek kan niet worden gestart.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>De sleutels van deze database (%1) kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>De sleutels van deze database (%1) zijn beschadigd.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>De sleutels van deze database kunnen niet worden opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>De vingerafdruk is gekopieerd.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (deze database)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Kaart inschrijven</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Pactesur-identiteitskaarten (*.card);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Ingeschreven: %1. Pakketten van deze replica worden aanvaard, en uw pakketten kunnen ervoor worden verzegeld.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Al ingeschreven: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Mijn kaart exporteren</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Uw kaart is opgeslagen als %1. Stuur hem naar uw partner en lees daarna telefonisch uw vingerafdruk voor.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>De sleutels van %1 intrekken?
Pakketten ervan worden vanaf nu geweigerd, en uw volgende pakketten melden dit aan elke stad. Een ingetrokken sleutel wordt nooit meer vertrouwd: de persoon maakt een nieuwe database en u schrijft de kaart ervan in.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>De sleutels van %1 zijn ingetrokken.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Elk pakket wordt ondertekend door de afzender en verzegeld voor de replica's die het mogen lezen. Een kaart bevat de publieke sleutels van één replica; vergelijk, voordat u iemands kaart inschrijft, de vingerafdruk ervan met die van de eigenaar, telefonisch of persoonlijk.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Deze database</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replica %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Deze database heeft nog geen rol.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Uw vingerafdruk: lees hem voor aan een partner die uw kaart inschrijft.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Uw vingerafdruk</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>De vingerafdruk kopiëren</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>Mijn kaart e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Mijn kaart exporteren</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Replica's die deze database vertrouwt</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>U schrijft de kaart van elke stad in nadat u de vingerafdruk hebt vergeleken; elk pakket dat u verstuurt bevat deze lijst, zodat de steden elkaar via u vertrouwen.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Als verbindingspersoon van een stad schrijft u één keer de kaart van de coördinator in; de andere steden komen mee met de pakketten van de coördinator.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
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
        <translation>Kaart &amp;inschrijven…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Een kaart inschrijven</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>In&amp;trekken…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>De geselecteerde sleutels intrekken</translation>
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
        <translation>Projecten</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Steden</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Lidmaatschappen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktijkfiche</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktijkfiches</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Uitwisselingen</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statuswijziging</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statuswijzigingen</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Iedereen (volledige kopie)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Nieuw: %1, bijgewerkt: %2, ongewijzigd: %3, conflicten: %4, geweigerd: %5</translation>
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
        <translation>Alle pakketten die deze database heeft ontvangen of verzonden, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Ontvangen en verzonden pakketten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Nog geen pakket verzonden of ontvangen.

Een pakket brengt de wijzigingen van deze database naar de coördinator of de steden, en brengt die van hen terug. Exporteer er een om uw werk te versturen; importeer een pakket dat u hebt ontvangen. Elke uitwisseling wordt dan hier vermeld.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>De postbus heeft het wachtwoord van %1 nodig: Bestand ▸ Nu synchroniseren vraagt erom.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Er is geen sleutelbos op het bureaublad: Pactesur bewaart het wachtwoord tot het wordt afgesloten.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur bewaart het in de sleutelbos van het bureaublad.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Postbuswachtwoord</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Het wachtwoord van %1 op %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Niet gesynchroniseerd: de postbus heeft het wachtwoord van %1 nodig.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n pakket afgewezen: het wordt bij de volgende synchronisatie opnieuw aangeboden.</numerusform>
            <numerusform>%n pakketten afgewezen: ze worden bij de volgende synchronisatie opnieuw aangeboden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Nu pakketten uitwisselen met uw partners via de postbus</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Postbus…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Waar pakketten automatisch worden uitgewisseld, en hoe vaak</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Postbus</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Via een postbus verstuurt Pactesur uw wijzigingen naar uw partners en importeert het hun wijzigingen zelf. De postbus is een map op een WebDAV-server zoals Nextcloud, of een map op deze computer die een synchronisatieclient met hen deelt. Laat het adres leeg om alleen handmatig uit te wisselen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Postbusadres</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Een map: %2pad/naar/map</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Gebruikersnaam op de server</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Wachtwoord op de server</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniseren &amp;om de:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Alleen handmatig</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minuten tussen automatische synchronisaties</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Zolang Pactesur open is; 0: alleen wanneer u Bestand ▸ Nu synchroniseren kiest</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>Elk binnenkomend pakket &amp;bekijken voordat het wordt geïmporteerd</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>De postbusinstellingen opslaan</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Geen sleutelbos op het bureaublad: het wachtwoord wordt één keer per sessie gevraagd.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelbos van het bureaublad.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbinding testen…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>De verbinding werkt.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Postbus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>De synchronisatie stoppen; de volgende gaat verder waar deze is gestopt</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisatie bezig</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Geen postbus ingesteld</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Pakketten worden handmatig uitgewisseld. Stel een postbus in (Instellingen ▸ Postbus…) om ze automatisch met uw partners uit te wisselen.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Synchroniseren · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Pakketten uitwisselen met de postbus. Annuleren stopt dit; de volgende synchronisatie gaat vanaf daar verder.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>De postbus kon niet worden gesynchroniseerd</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Postbus ingesteld · nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>%n pakket ontvangen</numerusform>
            <numerusform>%n pakketten ontvangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>%n verzonden</numerusform>
            <numerusform>%n verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nieuw conflict</numerusform>
            <numerusform>%n nieuwe conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>De postbus is vanuit deze database nog niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Laatste synchronisatie: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Pakketten geïmporteerd: %1 (gedownload: %2), verzonden: %3; uit de postbus verwijderd zodra alle ontvangers ze hadden: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Nieuwe conflicten: %1; geweigerde pakketten: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>op een onbekend tijdstip</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>Pakket voorbereiden…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Kan het pakket %1 niet naast de database bewaren.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Het pakket %1 staat niet meer naast de database en kan niet opnieuw worden verzonden.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 uploaden…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Kan de ontvangstbevestiging van deze replica niet schrijven.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aan deze database is nog geen rol toegekend. Kies eerst een rol: coördinator of verbindingspersoon van een stad.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Kan naast de database geen privémap maken voor de pakketten van de postbus.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Postbus lezen…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Synchronisatie geannuleerd; de volgende gaat vanaf hier verder.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>de coördinator</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replica %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Pakket %1 van %2 staat nog niet in de postbus; de latere pakketten wachten erop.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Pakket %1 van %2 is geweigerd; de latere pakketten wachten tot er een geldige kopie in de postbus staat.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 downloaden…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>de inhoud komt niet overeen met de naam (afgebroken of gewijzigd).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>het is niet door deze afzender gepubliceerd als pakket %1 van zijn postbus.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 van %2: record %3 geweigerd: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>“%1” is geen postbusadres: geef https://server/folder/ (voor Nextcloud https://server/remote.php/dav/files/USER/folder/) of file:///path/to/folder op.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>De postbus op %1 zou zonder versleuteling worden benaderd: gebruik https://, of http:// alleen voor een server op deze computer.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Er is geen postbus ingesteld voor deze database: stel er eerst een in (mailbox set URL, of Instellingen ▸ Postbus).</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>Create an empty database with the project's founding data</source>
        <translation>Een lege database maken met de basisgegevens van het project</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Een ander Pactesur-databasebestand openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>De records in de huidige lijst filteren</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Over Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Huidig onderdeel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Uw rol</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Het bestand “%1” bestaat al. Kies een andere naam of gebruik Database openen om het te openen.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Het bestand “%1” bestaat niet.</translation>
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
        <translation>Pactesur helpt de partnersteden van het EU-project PACTESUR 2 hun werk te coördineren: wie is wie, werkgroepen, activiteiten en de praktijkfiches die ze delen.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt-versie: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Over Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Zoeken in lijst…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Alles doorzoeken…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Alle records van elk type doorzoeken</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Nieuw record…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Een record aan de huidige lijst toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>Record &amp;bewerken…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Het in de huidige lijst geselecteerde record bewerken</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>Record &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Het in de huidige lijst geselecteerde record verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>%n praktijkfiche opnieuw geopend nadat Pactesur onverwacht is gestopt: de fiche vermeldt wat er bewaard is.</numerusform>
            <numerusform>%n praktijkfiches opnieuw geopend nadat Pactesur onverwacht is gestopt: elke fiche vermeldt wat er bewaard is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Uitwisselingen</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicten (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Verslagen…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Een activiteitenverslag, een kalender, de brochure met praktijken of een lijst maken</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Hoog &amp;contrast</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Sneltoetsen…</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Lidsteden</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Toe te voegen stad</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Stad toevoegen</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>De gekozen stad als lid toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>De geselecteerde lidstad verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>De geselecteerde lidstad verwijderen (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol van %1</translation>
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
        <translation>Kopie van %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Nieuwe praktijkfiche</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Beschrijf een praktijk van uw stad voor het partnerschap. Begin met een lege fiche, of met een kopie van een fiche die al op de uwe lijkt. Alles wat u schrijft, wordt tijdens het typen opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>&amp;Lege fiche</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>Een &amp;kopie van:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Te kopiëren fiche</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Geschreven in:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Maken en openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Deze melding verwijderen</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Geweigerde wijzigingen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n wijziging is niet toegepast omdat de eigendomsregels die weigeren; de %1 meest recente worden weergegeven.</numerusform>
            <numerusform>%n wijzigingen zijn niet toegepast omdat de eigendomsregels die weigeren; de %1 meest recente worden weergegeven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Alles verwijderen</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Alle getoonde meldingen verwijderen</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Geweigerde wijzigingen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n wijziging is niet toegepast omdat de eigendomsregels die weigeren. Verwijder een melding zodra u die hebt gelezen.</numerusform>
            <numerusform>%n wijzigingen zijn niet toegepast omdat de eigendomsregels die weigeren. Verwijder een melding zodra u die hebt gelezen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Uw wijziging van „%1” in het record „%3” (%2) is gemaakt met een oudere versie van Pactesur en de eigendomsregels weigeren die: %4. Andere databases negeren ze; wijzig het record opnieuw als het aan u is om het te wijzigen.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Een wijziging van „%1” in het record „%3” (%2) door %4 is geweigerd: %5.</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>%1 is geen geldig Pactesur-pakket: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Het pakket %1 bestaat niet.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>het bestand is leeg.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>het bestand is groter dan een pakket kan zijn.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Kan het pakket %1 niet lezen.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>het is geen pakketbestand.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>het kan niet worden geopend.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>het is beschadigd.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>het is niet door Pactesur gemaakt.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Het pakket %1 is gemaakt met een nieuwere versie van Pactesur (pakketformaat %2; deze versie leest formaat %3). Werk Pactesur bij om het pakket te importeren.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>de formaatversie is onbekend.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>het bevat tabellen of code die een pakket niet mag bevatten.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>het manifest kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>het manifest beschrijft geen Pactesur-pakket.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>het manifest is onvolledig of onjuist.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>deleted is niet 0 of 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>het bevat een onbekend veld “%1”</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>%1 heeft het verkeerde type</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>een van de conflicten is onjuist opgebouwd.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>het is beschadigd of te traag om te lezen.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>de records kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>record %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>de id is ongeldig</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>de eigenaar is ongeldig</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>de datum is ongeldig</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>de versie is ongeldig</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>de geschiedenis kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>de geschiedenis van “%1” is ongeldig</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>een bijlage komt niet overeen met de hash ervan.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Het pakket %1 is gemaakt met een oudere versie van Pactesur (pakketformaat %2; deze versie leest formaat %3). Vraag de afzender om Pactesur bij te werken en opnieuw te exporteren.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Het pakket %1 is niet ondertekend en verzegeld (pakketformaat 2 of ouder); deze versie leest alleen ondertekende pakketten (formaat 3). Vraag de afzender Pactesur bij te werken en opnieuw te exporteren.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Er kan geen privé tijdelijke map voor het pakket worden gemaakt.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>het manifest noemt een andere afzender dan de sleutel waarmee het is ondertekend.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>het manifest bevat meer vermeldingen dan een pakket kan hebben.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>het manifest bevat een sleutel die langer is dan toegestaan.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>het manifest bevat een waarde die langer is dan toegestaan (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Het pakket %1 kon niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Deelnemende steden</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Politieagenten</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Toe te voegen stad</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Stad toevoegen</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>De gekozen stad aan de deelnemers toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected city's participation</source>
        <translation>De deelname van de geselecteerde stad verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
        <translation>De deelname van de geselecteerde stad verwijderen (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Deelname verwijderen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationReport</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>U (deze database)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Basisgegevens</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Andere partner (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Verbindingspersoon van een onbekende stad</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Verbindingspersoon van %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>het lezen van de praktijkfiches</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Overige praktijken</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, lopend</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Sinds %1, lopend</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Tot %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Lopend</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Praktijken voor veiligere openbare ruimten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n praktijkfiche</numerusform>
            <numerusform>%n praktijkfiches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · brochure opgesteld op %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Praktijkfiches van de partnersteden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktijkfiches</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Opgesteld op</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Deze brochure bundelt de praktijkfiches die de partnersteden van %1 hebben geschreven en die de coördinator voor publicatie heeft gevalideerd. Elke fiche staat in het Engels als er een vertaling klaar is, anders in de oorspronkelijke taal.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Deze brochure bundelt de praktijkfiches die de partnersteden van %1 hebben geschreven en die de coördinator voor publicatie heeft gevalideerd. Elke fiche staat in de taal van de brochure (%2) als er een vertaling klaar is, anders in het Engels of in de oorspronkelijke taal.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Er is nog geen praktijkfiche gevalideerd en openbaar.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Deze praktijk is nog niet beschikbaar in de taal van de brochure (%1); weergegeven versie: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Beschikbare talen</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Details van het geselecteerde record</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Laatst gewijzigd: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Selecteer een record om alle details ervan te zien.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Georganiseerde activiteiten: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Praktijkfiches: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Werkgroepen (als lid): %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contactpersonen: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Gerelateerd</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Nieuw record: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Record bewerken: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Verplicht</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle steden</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema's</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Herziening nodig</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Alle leidende steden</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Contactpersonen van wie de herzieningsdatum verstreken is</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filteren op %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Nog geen steden. Hier staan de partnersteden van het project.</translation>
    </message>
    <message>
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Nog geen werkgroepen. De werkgroepen van het project, met hun thema en leidende stad, verschijnen hier zodra ze zijn vastgelegd.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
        <translation>Nog geen activiteiten. Vergaderingen, opleidingen, uitwisselingen en de andere activiteiten van het project verschijnen hier zodra ze zijn vastgelegd.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Nog geen praktijkfiches. De praktijken die de steden voor het partnerschap beschrijven, verschijnen hier zodra ze zijn geschreven.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Nog geen bronnen. Handleidingen, opleidingsmateriaal en andere documenten van het project verschijnen hier zodra ze zijn vastgelegd.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Nog geen contactpersonen. De zakelijke contactpersonen van de partnersteden verschijnen hier zodra ze zijn vastgelegd.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filteren…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filteren</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n overeenkomend record</numerusform>
            <numerusform>%n overeenkomende records</numerusform>
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
        <translation>Er zijn geen records die aan het filter voldoen.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Nog geen records.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Nog geen organisaties. De netwerken, verenigingen, politiekorpsen en andere organisaties waarmee het project samenwerkt, verschijnen hier zodra ze zijn vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Een record aan deze lijst toevoegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Het geselecteerde record bewerken (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>Wi&amp;ssen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Erase the selected contact's personal data</source>
        <translation>De persoonsgegevens van de geselecteerde contactpersoon wissen</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Het geselecteerde record verwijderen (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Contactpersoon „%1” wissen? Wissen verwijdert de persoonsgegevens definitief, hier en bij alle partners; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>„%1” verwijderen? U kunt het terugzetten met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Alle records van deze lijst weer tonen</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Records van het type %1 kunnen niet rechtstreeks worden gemaakt of bewerkt.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Dit record bestaat al (%1, id %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Er is geen %1 met id %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Het bestand %1 is te groot: bijlagen mogen maximaal %2 MB groot zijn.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aan deze database is nog geen rol toegekend. Kies eerst een rol: coördinator of verbindingspersoon van een stad.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Als verbindingspersoon van %1 kunt u alleen de records van %1 wijzigen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>“%1” is geen veld van het type %2; de beschikbare velden zijn: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Onbekend thema “%1”.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Het veld %1 kan niet meer worden gewijzigd nadat het record is gemaakt; maak in plaats daarvan een nieuw record.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>De einddatum %1 ligt vóór de begindatum %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Er kunnen niet meer vrouwen (%1) dan deelnemers (%2) zijn.</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Er kunnen niet meer politieagenten (%1) dan deelnemers (%2) zijn.</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Geen %1 gevonden voor “%2”.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>“%1” komt overeen met meer dan één %2; geef een groter deel van de id op.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Geen conflict gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Het record van dit conflict bestaat niet meer.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>“%1” komt overeen met meer dan één waarde; geef een groter deel op.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Geen waarde van dit conflict komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Een gewiste contactpersoon kan niet worden teruggezet: de persoonsgegevens zijn verdwenen.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Het bestand %1 is van een type dat Pactesur niet bewaart (%2). Voeg documenten, spreadsheets, presentaties, pdf-bestanden, afbeeldingen of tekst bij.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>„%1” is verplicht (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Deze praktijkfiche is %1: alleen de coördinator kan haar nu nog verwijderen.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Als verbindingspersoon van %1 kunt u dit record niet aan een andere stad overdragen.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Alleen de coördinator beoordeelt praktijkfiches.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>het lezen van een record</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Geen rol gekozen</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Verbindingspersoon van %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Onbekende rol “%1”: de mogelijke rollen zijn coordinator en liaison.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Onbekende stad “%1”.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Deze database is al ingesteld voor de rol “%1”; de records ervan dragen dat kenmerk, dus de rol kan niet meer worden gewijzigd. Maak een nieuwe database voor een andere rol.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Ongeldige replica-id “%1”.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>het opslaan van de rol</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>het markeren van een wijziging</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>het lezen van de rol van deze database</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Activiteitenverslag</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Deelnametabel</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Activiteitenkalender</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Brochure met praktijken</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Lijst van praktijkfiches</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Kerncijfers en de activiteiten van een periode, per stad en per thema.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Deelnemers per activiteit en stad, zonder enige persoonsgegevens.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>De activiteiten van een periode als afspraken voor elke agenda-app.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>De gevalideerde openbare praktijkfiches per thema, in één taal.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Elke praktijkfiche met haar stad, taal, status en thema's.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Pdf-document</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webpagina (html)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (csv)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Agendabestand (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webpagina's (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Csv-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>één praktijkfiche</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>activiteiten van een periode, per stad en per thema</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>deelname per activiteit en stad, zonder persoonsgegevens</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>activiteiten als iCalendar-bestand voor agenda-apps</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>brochure van de gevalideerde openbare praktijkfiches, per thema</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>lijst van de praktijkfiches</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 verwacht een datum als JJJJ-MM-DD, niet „%2”.</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Het verslag %1 heeft geen periode: laat --from en --to weg.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>De periode eindigt (%1) voordat ze begint (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Er is geen taal „%1”; de beschikbare talen zijn: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Onbekend verslag „%1”; de beschikbare verslagen zijn: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Het verslag %1 wordt geschreven als %2, niet „%3”.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Verslag geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Medegefinancierd door de Europese Unie</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>De hierin geuite standpunten en meningen zijn echter uitsluitend die van de auteur(s) en komen niet noodzakelijk overeen met die van de Europese Unie of de Europese Commissie. Noch de Europese Unie noch de subsidieverlenende autoriteit kan ervoor aansprakelijk worden gesteld.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Kan het verslag niet naar %1 schrijven: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Kan het verslag niet naar %1 schrijven.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Kan niet controleren of het verslag %1 is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Het verslag is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Dit verslag wordt geschreven als %1, niet „%2”.</translation>
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
        <translation>Sinds %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Tot %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle data</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Verslagen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Voortgang van het verslag</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>In map weergeven</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Kies een verslag en sla het daarna op in een bestand.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Verslag wordt geschreven… Annuleren stopt het; er blijft geen bestand achter.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Het verslag is opgeslagen als:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Taal van het verslag</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Dit conflict is intussen opgelost.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Het record van dit conflict bestaat niet meer.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Conflict oplossen: „%1” van „%2”</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (al verzonden)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Deze oplossing van het conflict is al in een pakket verzonden en kan dus niet meer ongedaan worden gemaakt. Bewerk het record om de waarde opnieuw te wijzigen.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Het conflict is al ongewijzigd in een pakket verzonden, dus deze oplossing kan niet opnieuw worden uitgevoerd. Los het opnieuw op in het overzicht van conflicten.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>Het record is gewijzigd sinds het conflict werd opgelost (door een import of een bewerking), dus deze stap kan niet opnieuw worden uitgevoerd.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Back-up van %1 terugzetten</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Link invoegen</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Web- of e-mailadres (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Alleen web- (http, https) en e-mailadressen (mailto) kunnen als link worden gebruikt.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Vet (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Cursief (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Van de selectie een link naar een web- of e-mailadres maken (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Een bij deze fiche gevoegde afbeelding in de tekst weergeven</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Welkom bij Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Wat is uw rol in het project?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Dit wordt één keer gevraagd voor deze database: de records die u maakt, krijgen het kenmerk van uw rol, dus de rol kan later niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coördinator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>&amp;Verbindingspersoon van de stad</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Verbindingspersoon van de stad</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Uw stad</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Rol bevestigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aan deze database is nog geen rol toegekend. Kies eerst een rol: coördinator of verbindingspersoon van een stad.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Dit is de eigen kaart van deze database.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Een verbindingspersoon van een stad schrijft alleen de kaart van de coördinator in; de andere steden komen mee met het register van de coördinator.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>De kaart noemt een stad die deze database niet kent.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>De sleutels van deze replica zijn ingetrokken; ze kunnen niet opnieuw worden ingeschreven.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Deze kaart bevat andere sleutels dan de sleutels die voor dezelfde replica zijn ingeschreven: een gewijzigde sleutel wordt nooit vertrouwd. Als de sleutels echt zijn gewijzigd, trek dan de oude in en maak een nieuwe database.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Volgens deze kaart schrijft de replica voor iemand anders dan deze database kent.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>De vingerafdruk van de kaart is %1, niet de vingerafdruk die u kreeg: de kaart is niet ingeschreven.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Alleen de coördinator trekt sleutels in.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Geen enkele ingeschreven replica komt eenduidig overeen met “%1”.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>De coördinator kan zijn eigen sleutels niet intrekken.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Het register in het pakket is onjuist opgebouwd.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Het register van de coördinator geeft replica %1 andere sleutels dan de hier ingeschreven sleutels; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Het pakket kan niet naar %1 worden geschreven.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Het pakket heeft te veel ontvangers.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Het pakket %1 is geweigerd: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>het is beschadigd of gewijzigd nadat het werd ondertekend.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Het pakket %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>het is groter dan een pakket mag zijn.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>het is geen Pactesur-pakket.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>het is gemaakt in een ander pakketformaat (%1; deze versie leest formaat %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>het is ondertekend door een replica die deze database niet heeft ingeschreven (replica %1, sleutel %2). Schrijf de kaart ervan in nadat u de vingerafdruk hebt vergeleken.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>het is ondertekend met ingetrokken sleutels (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>het is niet voor deze database bestemd.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Het pakket %1 kan hier niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
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
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Typ een woord of het begin ervan; elk woord moet overeenkomen.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Geen resultaten voor „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n resultaat voor „%1”.</numerusform>
            <numerusform>%n resultaten voor „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Zoeken in steden, organisaties, werkgroepen, activiteiten, fiches, bronnen en contactpersonen</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>De ingebouwde gegevens konden niet worden geladen (%1 “%2”): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>De ingebouwde gegevens konden niet worden geladen.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Toevoegen: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Bewerken: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Verwijderen: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Afbeelding toevoegen</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Bijlage toevoegen</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Het bestand %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 is geen afbeelding; het is aan de bijlagen toegevoegd.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>De bijlage %1 kon niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Afbeelding uit een bestand toevoegen…</translation>
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
        <translation>Bijlagen van deze fiche</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Nog geen bijlagen. Foto’s, verslagen of folders helpen andere steden zich een beeld van de praktijk te vormen.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Een bestand aan deze fiche toevoegen</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>In tekst weergeven</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>De geselecteerde afbeelding weergeven in het tekstvak waarin u het laatst hebt geschreven</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>De geselecteerde bijlage uit deze fiche verwijderen</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Deze praktijkfiche is verwijderd; de wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Wijzigen: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Geen praktijkfiche gevonden voor „%1”.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Deze praktijkfiche is verwijderd. Sluit dit venster; met Bewerken &gt; Ongedaan maken in het hoofdvenster haalt u haar terug.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Sommige wijzigingen zijn niet opgeslagen: zie de rood gemarkeerde velden</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Alle wijzigingen opgeslagen · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Wijzigingen worden tijdens het typen opgeslagen</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Praktijkfiche zonder titel</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Praktijkfiche</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Sommige wijzigingen konden niet worden opgeslagen; corrigeer eerst de rood gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Vul vóór het indienen in: %1. De controlelijst links brengt u naar elk van deze velden.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>„%1” publiceren? Gepubliceerde fiches maken deel uit van de praktijkcollectie van het project, die alle partners kunnen lezen.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Deze velden konden niet worden opgeslagen: %1. Toch sluiten en wat erin is getypt verliezen?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Toch sluiten</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Titel van de fiche</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Stad, taal en gevoeligheid van de fiche</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Wat is hersteld</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Waarom deze fiche alleen-lezen is</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Bericht over de beoordeling</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Beoordelingsopmerkingen</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Opmerking bij de fiche…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Een beoordelingsopmerking voor de stad schrijven over de fiche als geheel</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Deze database is alleen-lezen geopend: de fiche kan worden gelezen en geëxporteerd, niet gewijzigd.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Kies uw rol (coördinator of verbindingspersoon van de stad) voordat u praktijkfiches schrijft.</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Deze fiche hoort bij %1. Alleen de verbindingspersoon van %1 en de coördinator kunnen haar wijzigen; u kunt haar lezen en exporteren.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Ingediend ter beoordeling: de coördinator leest de fiche. Trek haar eerst in om iets te wijzigen; ze wordt dan weer een concept.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Deze fiche is %1: alleen de coördinator kan haar nu nog wijzigen. Vraag de coördinator de fiche terug te sturen met een verzoek om wijzigingen als er iets moet worden gecorrigeerd.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>gewijzigd op %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>De coördinator heeft om wijzigingen gevraagd; de opmerking staat boven het formulier.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>De coördinator heeft om wijzigingen gevraagd. De opmerkingen staan naast de betreffende velden: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>De laatst opgeslagen wijziging van deze fiche ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>De laatst ongedaan gemaakte wijziging opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Vertalen…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Een gekoppelde kopie van deze fiche in een andere taal maken, weergegeven naast de bron</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Deze fiche exporteren als pdf of html, of afdrukken</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporteren als &amp;pdf…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporteren als &amp;html…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Praktijkfiche</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Praktijkfiche exporteren als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Praktijkfiche exporteren als html</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webpagina’s (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Praktijkfiche afdrukken</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Loopt nog</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Verplicht om in te dienen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Opmerking…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Een beoordelingsopmerking over dit veld voor de stad schrijven</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Beoordelingsopmerking bij %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Bron (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Vertaling (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 in de bronfiche</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>De bron heeft dit veld gewijzigd sinds de vertaling voor het laatst is bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Formulier van de praktijkfiche</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Hoe de praktijk heet, van wie ze is, wanneer ze liep en wie haar mag lezen.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Context en doelstellingen</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Waarom de praktijk nodig was en wat ze wilde bereiken.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Acties en partners</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Wat er is gedaan, met wie, en wat het heeft gekost.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Resultaten en evaluatie</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Wat er is veranderd, en hoe u dat weet.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Overdraagbaarheid en lessen</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Wat een andere stad moet weten om hetzelfde te doen, mislukkingen inbegrepen.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>De persoon bij wie partners met vragen over deze praktijk terechtkunnen.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Foto’s, verslagen en andere bestanden; afbeeldingen kunnen ook in een tekst worden weergegeven.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Een korte naam die zegt wat de praktijk doet, bijv. „Nachtelijke bemiddeling in de oude binnenstad”</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Drie of vier zinnen voor een drukke lezer: wat er is gedaan, waar, voor wie, en met welk resultaat.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>De lokale situatie die om deze praktijk vroeg: het probleem, waar en wanneer het zich voordoet, wie erdoor wordt getroffen. Cijfers helpen.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Wat de praktijk wilde veranderen. Eén doelstelling per lijstitem, waar mogelijk meetbaar.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Voor wie de praktijk bedoeld is en wie ze bereikt: bewoners, jongeren, personeel van het nachtleven, politieagenten…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Wat er is gedaan, stap voor stap: activiteiten, betrokken personeel, planning, hulpmiddelen en methoden.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Wie heeft deelgenomen en wat ieder heeft bijgedragen: politiediensten, gemeentelijke diensten, verenigingen, bedrijven, bewoners.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Geschatte kosten en wie ze heeft betaald: gemeentebegroting, nationale of EU-financiering, bijdragen in natura.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Wat er is veranderd, met indicatoren: cijfers vooraf en achteraf, output, feedback van bewoners of partners.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Hoe de resultaten zijn beoordeeld, door wie, en wat de conclusie van de evaluatie was.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Wat een andere stad nodig heeft om hetzelfde te doen: succesvoorwaarden, middelen, wat kan worden aangepast.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Wat u anders zou doen, wat u heeft verrast, advies voor een stad die begint. Mislukkingen zijn welkom.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Vink de projectthema’s aan waaraan de praktijk bijdraagt.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>De werkgroepen die deze fiche zouden moeten lezen.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Openbare fiches kunnen in de publicatie van het project verschijnen; „Alleen partners” blijft binnen het partnerschap; „Alleen politie” wordt alleen met politiediensten gedeeld.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Kies een contactpersoon van uw stad; voeg die eerst toe onder Contactpersonen als die ontbreekt.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>De taal waarin deze fiche is geschreven.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Een nieuwe conceptfiche beginnen vanuit een kopie van de geselecteerde fiche</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>Ver&amp;talen…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Een gekoppelde vertaling van de geselecteerde fiche maken</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n opmerking</numerusform>
            <numerusform>%n opmerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Onderdelen van de fiche</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Verplichte velden ingevuld</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Verplichte velden nog leeg</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Verplicht om in te dienen: %1 van %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Velden die verplicht zijn om in te dienen</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusgeschiedenis</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Statusgeschiedenis van de fiche</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Nog niet ingediend</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Opmerking van de coördinator over de hele fiche</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Opmerking van de coördinator</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Waar de stad eerst naar moet kijken, of waarom de fiche nog niet klaar is</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Wat in dit veld moet worden gewijzigd of aangevuld</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Praktijkfiche zonder titel</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Alleen partners</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Beperkt — alleen politie</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · praktijkfiche afgedrukt op %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktijkfiche</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Bron openen</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>De bronfiche openen</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Als bijgewerkt markeren</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Aangeven dat deze vertaling nu de bron in haar huidige vorm volgt</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>De bron van deze vertaling is niet meer beschikbaar.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Vertaling van „%1” (%2). De bron wordt naast elk veld weergegeven.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 De bron is sindsdien gewijzigd: %2 (hieronder gemarkeerd).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Vertalingen van deze fiche:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (verouderd)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>De vertaling openen (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Er is geen praktijkfiche met id %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Deze fiche is zelf een vertaling: vertaal in plaats daarvan het origineel.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>De fiche is al in deze taal geschreven.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Er bestaat al een vertaling in deze taal.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Praktijkfiche zonder titel</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Pactesur is onverwacht gestopt terwijl „%1” open was. Er was sinds het openen niets in gewijzigd, behalve misschien in de laatste seconden voordat het programma stopte. De fiche is weer geopend.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Pactesur is onverwacht gestopt terwijl „%1” open was. Alles tot %2 is bewaard (%3); hooguit de laatste %n seconde typwerk voordat Pactesur stopte, kan ontbreken. De fiche is weer geopend zodat u haar kunt controleren.</numerusform>
            <numerusform>Pactesur is onverwacht gestopt terwijl „%1” open was. Alles tot %2 is bewaard (%3); hooguit de laatste %n seconden typwerk voordat Pactesur stopte, kunnen ontbreken. De fiche is weer geopend zodat u haar kunt controleren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Alleen de coördinator schrijft beoordelingsopmerkingen.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Alleen de coördinator kan een praktijkfiche de status „%1” geven.</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Deze praktijkfiche wacht op beoordeling. Trek haar in zodat ze weer een concept wordt voordat u haar wijzigt.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Deze praktijkfiche is %1: alleen de coördinator kan haar nu nog wijzigen. Vraag de coördinator de fiche terug te sturen met een verzoek om wijzigingen.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Deze praktijkfiche kan nog niet worden ingediend: vul eerst %1 in.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Opnieuw indienen</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Ter beoordeling indienen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Wijzigingen vragen</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Publicatie intrekken</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valideren</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
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
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>het lezen van de praktijkfiches</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>In de grafieken, de kaart en de kalender gaan de pijltjestoetsen van item naar item en opent Enter het gekozen item.</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Coördinatie-app voor de partnersteden van PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>De database BESTAND gebruiken in plaats van de standaarddatabase.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>De interfacetaal CODE gebruiken (en, fr, nl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pakket</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Een uitwisselingspakket (.pactesur) om te bekijken en te importeren.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[pakket]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Praktijkfiche vertalen</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Een vertaling van „%1” (%2) is een eigen fiche die eraan gekoppeld is. De editor toont het origineel naast elk veld en markeert de velden die later in het origineel worden gewijzigd.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Al vertaald in: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Taal van de vertaling</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Vertaling maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>de verbinding werd verbroken voordat het bestand volledig was</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>het bestand is groter dan een pakket kan zijn</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisatie geannuleerd.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>De postbus op %1 heeft de gebruikersnaam of het wachtwoord geweigerd.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>De postbus staat dit niet toe op %1 (403 Forbidden): controleer de deelrechten van de map.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Er is geen map op %1 op de server: maak die aan, of controleer het postbusadres.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>De postbus is op de server vergrendeld door een ander programma (423 Locked); de volgende synchronisatie probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>De server vraagt om het rustiger aan te doen (429 Too Many Requests); de volgende synchronisatie probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>De postbus is vol: het opslagquotum van de server is bereikt (507). Maak daar ruimte vrij, of vraag de beheerder om meer.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Er is een serverfout opgetreden (%1) op %2; de volgende synchronisatie probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>De server antwoordde %1 op %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>De postbus op %1 heeft een certificaat dat deze computer niet vertrouwt: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>De postbus op %1 is niet bereikbaar: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>De lijst van %1 die de server stuurde, kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>%1 in de postbus is groter dan een pakket kan zijn.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Volgens het pakket schrijft replica %1 voor iemand anders dan deze database weet; er is niets gewijzigd.</translation>
    </message>
</context>
</TS>
