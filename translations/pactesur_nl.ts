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
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
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
  export --out FILE [--full | --for PEER]   een uitwisselingspakket schrijven
  import FILE [--dry-run] [--json]     een pakket samenvoegen (eerst een back-up)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  synthetische records toevoegen

Typen: %1
De database is %2, tenzij --db of PACTESUR_DB iets anders aangeeft.
Afsluitcodes: 0 voltooid, 1 mislukt, 2 gebruiksfout, 3 invoer geweigerd (niets gewijzigd).</translation>
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
        <source>Erase this contact&apos;s personal data for good</source>
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
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Activiteiten in chronologische volgorde</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Projectbeschrijving</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
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
        <translation>Beëindigd op %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Dag %1 van %2 (%3%)</translation>
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
        <source>reading records</source>
        <translation>het lezen van records</translation>
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
        <translation>Aandachtsthema&apos;s</translation>
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
        <translation>Thema&apos;s</translation>
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
        <translation>moet bestaan uit taalcodes van twee letters, gescheiden door komma&apos;s</translation>
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
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>moet een JSON-object zijn, zoals {&quot;nl&quot;: &quot;…&quot;}</translation>
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
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Alleen de database van de coördinator kan records genereren.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>een verbindingspersoon van een stad mag alleen records van de eigen stad wijzigen</translation>
    </message>
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
        <translation>Thema&apos;s</translation>
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
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
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
        <source>Create an empty database with the project&apos;s founding data</source>
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
        <source>Remove the selected city&apos;s participation</source>
        <translation>De deelname van de geselecteerde stad verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
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
        <translation>Alle thema&apos;s</translation>
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
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Nog geen werkgroepen. De werkgroepen van het project, met hun thema en leidende stad, verschijnen hier zodra ze zijn vastgelegd.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact&apos;s personal data</source>
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
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Zoeken in steden, activiteiten, fiches, bronnen en contactpersonen</translation>
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
</TS>
