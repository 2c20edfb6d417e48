<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Zoznam</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Zobraziť aktivity ako zoznam</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendár</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Zobraziť aktivity v kalendári</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n aktivita</numerusform>
            <numerusform>%1: %n aktivity</numerusform>
            <numerusform>%1: %n aktivít</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mesiac</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Zobraziť mesiac</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Obdobie projektu</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Zobraziť celé obdobie projektu</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Predchádzajúci mesiac (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Predchádzajúci mesiac</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nasledujúci mesiac (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nasledujúci mesiac</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Zobraziť dnešný deň</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Zobrazené obdobie</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Aktivity v mesiaci</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Aktivity počas obdobia projektu</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln aktivita v období projektu</numerusform>
            <numerusform>%Ln aktivity v období projektu</numerusform>
            <numerusform>%Ln aktivít v období projektu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n ďalšia</numerusform>
            <numerusform>+%n ďalšie</numerusform>
            <numerusform>+%n ďalších</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n ďalšia aktivita nie je uvedená</numerusform>
            <numerusform>%n ďalšie aktivity nie sú uvedené</numerusform>
            <numerusform>%n ďalších aktivít nie je uvedených</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln aktivita v tento deň: kliknutím ju zobrazíte</numerusform>
            <numerusform>%Ln aktivity v tento deň: kliknutím ich zobrazíte</numerusform>
            <numerusform>%Ln aktivít v tento deň: kliknutím ich zobrazíte</numerusform>
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
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Príliš veľa aktivít na zobrazenie jednotlivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln aktivita</numerusform>
            <numerusform>%Ln aktivity</numerusform>
            <numerusform>%Ln aktivít</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Priložiť súbor</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všetky súbory (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Súbor %1 sa nepodarilo prečítať: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Kópiu súboru %1 sa nepodarilo zapísať: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Súbor %1 sa nepodarilo otvoriť v žiadnej aplikácii.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Uložiť prílohu</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Súbor %1 sa nepodarilo uložiť: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Priložený súbor</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Názov priloženého súboru</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Typ a veľkosť priloženého súboru</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Priložiť súbor…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Priložiť súbor k tomuto zdroju</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoriť</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Otvoriť priložený súbor</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Uložiť ako…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Uložiť kópiu priloženého súboru</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Nie je priložený žiadny súbor</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Nahradiť súbor…</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Súbor je poškodený: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n záznam odkazuje na neexistujúce záznamy.</numerusform>
            <numerusform>%n záznamy odkazujú na neexistujúce záznamy.</numerusform>
            <numerusform>%n záznamov odkazuje na neexistujúce záznamy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>Verzia schémy je %1; táto verzia aplikácie Pactesur očakáva verziu %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>neočakávané: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>chýba: %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>Štruktúra databázy sa líši od štruktúry, ktorú očakáva Pactesur: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Vedúce mesto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partnerské mesto</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Pridružené mesto</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieť</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Združenie</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Súkromná spoločnosť</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Občianska spoločnosť</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polícia</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Univerzita</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iné</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Úloha vo verejnom záujme</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Oprávnený záujem</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Súhlas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Zmluva</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Zákonná povinnosť</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plánované</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktívne</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavreté</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Pozorovateľ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Stretnutie</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Výmena príslušníkov polície</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akadémia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Školenie</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Študijná návšteva</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Pracovný seminár</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinár</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Riadiaci výbor</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikácia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uskutočnené</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Príručka</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Školiaci materiál</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publikácia</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Usmernenie EÚ</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Súbor údajov</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Odoslané</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Vyžadujú sa zmeny</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Schválené</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Zverejnené</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Verejné</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Len pre partnerov</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Len pre políciu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvorené</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Vyriešené</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Zoznam príkazov zobrazíte príkazom pactesur-cli --help.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Voľba %1 vyžaduje hodnotu.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set očakáva FIELD=VALUE, nie „%1“.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Neznáma voľba %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Použitie: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Neznámy typ „%1“; dostupné typy: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init vyžaduje buď --coordinator, alebo --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>Databáza %1 je pripravená; rola tejto repliky: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databáza: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replika: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Použitie: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Súbor %1 sa nedá prečítať.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add vyžaduje aspoň jednu voľbu --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit vyžaduje aspoň jednu voľbu --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>Databáza je v poriadku.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>V databáze sa našli problémy.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Odtlačok stavu: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nebol zadaný žiadny príkaz.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Neznámy príkaz „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Vygeneroval sa %n záznam.</numerusform>
            <numerusform>Vygenerovali sa %n záznamy.</numerusform>
            <numerusform>Vygenerovalo sa %n záznamov.</numerusform>
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
        <translation>Použitie: pactesur-cli [--db FILE] COMMAND [options]

Príkazy:
  init [--coordinator | --city SLUG]   vytvorí databázu a nastaví rolu
  whoami [--json]                      zobrazí rolu tejto repliky
  list KIND [--json]                   vypíše záznamy daného typu
  show KIND ID [--json]                zobrazí jeden záznam
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integrita, schéma a odtlačok stavu
  export --out FILE [--full | --for PEER]   zapíše výmenný balík
  import FILE [--dry-run] [--json]     zlúči balík (najprv vytvorí zálohu)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  pridá syntetické záznamy

Typy: %1
Databáza: %2, ak --db alebo PACTESUR_DB neurčuje inú.
Návratové kódy: 0 – hotovo, 1 – zlyhanie, 2 – chyba použitia, 3 – vstup odmietnutý (nič sa nezmenilo).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Do súboru %1 sa zapísal %n záznam.</numerusform>
            <numerusform>Do súboru %1 sa zapísali %n záznamy.</numerusform>
            <numerusform>Do súboru %1 sa zapísalo %n záznamov.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nové: %1, aktualizované: %2, nezmenené: %3, konflikty: %4, odmietnuté: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Skúšobný beh: nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Všetky zmeny v balíku boli odmietnuté: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Vymazať osobné údaje kontaktu (%1)?

Vymazanie je konečné: nedá sa vrátiť späť a pri ďalšej výmene sa prenesie ku všetkým partnerom.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exportovať osobné údaje</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Súbory JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Súbor %1 sa nepodarilo uložiť: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Vymazať osobné údaje…</translation>
    </message>
    <message>
        <source>Erase this contact&apos;s personal data for good</source>
        <translation>Natrvalo vymazať osobné údaje tohto kontaktu</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportovať osobné údaje…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Exportovať všetky údaje uchovávané o tomto kontakte</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Termín preskúmania</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Preskúmanie je po termíne od %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Aktivity v chronologickom poradí</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Popis projektu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Zatiaľ nie je zaznamenaný žiadny projekt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Začína sa o %n deň</numerusform>
            <numerusform>Začína sa o %n dni</numerusform>
            <numerusform>Začína sa o %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Skončil sa %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Deň %1 z %2 (%3&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Priečinok %1 sa nedá vytvoriť.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>Databáza %1 je už otvorená v inom okne aplikácie Pactesur alebo v inom programe. Zatvorte ju tam a skúste to znova.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Databázu %1 nie je možné uzamknúť: do jej priečinka sa nedá zapisovať.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databáza %1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Databázu %1 nie je možné otvoriť: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>aktualizácii štruktúry databázy</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Disk je plný: nič sa nezmenilo. Uvoľnite miesto a skúste to znova.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Databázu práve používa iný program: nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Chyba databázy pri %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>Súbor %1 nie je databáza Pactesur alebo je poškodený.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>Súbor %1 nie je databáza Pactesur.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>otváraní databázy</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Táto databáza bola vytvorená novšou verziou aplikácie Pactesur (verzia schémy %1; táto verzia podporuje najviac verziu %2). Ak ju chcete otvoriť, aktualizujte Pactesur.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Databáza %1 vyžaduje aktualizáciu, ktorú nie je možné vykonať pri otvorení len na čítanie.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>začatí transakcie</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>ukladaní zmien</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>ukladaní záznamu</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>čítaní záznamov</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Táto databáza ešte nemá nastavenú rolu. Najprv ju vyberte: koordinátor alebo styčná osoba mesta.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Od „%1“ zatiaľ neprišiel žiadny balík, takže nie je z čoho vytvoriť rozdielový balík; namiesto toho exportujte úplný balík.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Priečinok %1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Balík %1 sa nedá zapísať: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export bol zrušený; nezapísal sa žiadny súbor.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>disk je možno plný</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začiatok</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financovanie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Skrátený názov</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Miestny názov</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Zástupca</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jazyky</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Zemepisná šírka</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Zemepisná dĺžka</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Policajný zbor</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Prioritné témy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webová stránka</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcia</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Pracovný e-mail</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Pracovný telefón</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Právny základ</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Termín preskúmania</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Preklady názvu</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Vedúce mesto</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ciele</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Pracovná skupina</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Hostiteľské mesto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miesto</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Výstupy</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Uvádzaný počet účastníkov</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Uvádzaný počet miest</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Ženy</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Príslušníci polície</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témy</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Príloha</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Pracovné skupiny</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Originál</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Citlivosť</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Začiatok obdobia</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Koniec obdobia</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Prebieha</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zhrnutie</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Kontext a problém</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Cieľové skupiny</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Opatrenia a realizácia</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Rozpočet a financovanie</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Výsledky a ukazovatele</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Hodnotenie</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Prenosnosť</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Získané poznatky</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prílohy</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Poznámky k posúdeniu</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veľkosť</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Názov súboru</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Hodnoty</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Protistrana</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Počty záznamov</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Neplatná hodnota „%1“ v poli %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Pole %1 je príliš dlhé: najviac %2 znakov.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>riadiace znaky nie sú povolené</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>očakáva sa celé číslo 0 alebo väčšie</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>očakáva sa číslo</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>očakáva sa číslo od %1 do %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>očakáva sa dátum vo formáte RRRR-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>očakáva sa hodnota true alebo false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>očakáva sa jedna z hodnôt: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>očakáva sa dvojpísmenový kód krajiny, napríklad SK</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>očakáva sa dvojpísmenový kód jazyka, napríklad sk</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>očakávajú sa dvojpísmenové kódy jazykov oddelené čiarkami</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>očakáva sa webová adresa začínajúca na https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>očakáva sa e-mailová adresa</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>očakáva sa telefónne číslo</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>očakáva sa identifikátor alebo skrátený názov (slug)</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>očakáva sa objekt JSON, napríklad {&quot;sk&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>očakávajú sa malé písmená, číslice a spojovníky</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>očakáva sa odtlačok SHA-256</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>obsah súboru nie je možné zadať ručne</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>pole %1 má nesprávny typ</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>hodnota poľa %1 je mimo rozsahu</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>pole %1 je príliš dlhé</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>pole %1 neobsahuje identifikátor</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>pole %1 neobsahuje zoznam</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>pole %1 nie je v tvare, v akom sa ukladá</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Nastaviť</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 – nastavené</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Kódy jazykov, napr. sk, fr</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Databázy Pactesur (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Otvoriť databázu</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nová databáza</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Záznamy môže generovať len databáza koordinátora.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>styčná osoba mesta môže meniť len záznamy vlastného mesta</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Priečinok záloh %1 sa nedá vytvoriť.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>vytváraní zálohy</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Táto databáza ešte nemá nastavenú rolu. Najprv ju vyberte: koordinátor alebo styčná osoba mesta.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Tento balík bol exportovaný z tejto databázy; neobsahuje nič nové.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import bol zrušený; nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Úprava poľa %1 vo vymazanom kontakte bola zahodená: vymazanie má prednosť.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importe balíka</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Balík odkazuje na záznamy, ktoré neobsahuje; nič sa nezmenilo.</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Mestá</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizácie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témy</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Pracovná skupina</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Pracovné skupiny</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Členstvo</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Členstvá</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivity</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Účasť</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Karta praxe</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Karty praxe</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Príloha</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prílohy</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Výmena</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Výmeny</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Späť</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znova</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nová databáza…</translation>
    </message>
    <message>
        <source>Create an empty database with the project&apos;s founding data</source>
        <translation>Vytvorí prázdnu databázu so základnými údajmi projektu</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otvoriť databázu…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Otvorí iný súbor databázy Pactesur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtruje záznamy aktuálneho zoznamu</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;O aplikácii Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcie</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Aktuálna sekcia</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Prehľad</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Súbor databázy</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Vaša rola</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Súbor „%1“ už existuje. Vyberte iný názov alebo ho otvorte príkazom Otvoriť databázu.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Súbor „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>Pactesur — %1</source>
        <translation>Pactesur – %1</translation>
    </message>
    <message>
        <source>Pactesur %1</source>
        <translation>Pactesur %1</translation>
    </message>
    <message>
        <source>Pactesur helps the partner cities of the EU project PACTESUR 2 coordinate their work: who is who, working groups, activities and the practice sheets they share.</source>
        <translation>Pactesur pomáha partnerským mestám projektu EÚ PACTESUR 2 koordinovať spoločnú prácu: kto je kto, pracovné skupiny, aktivity a karty praxe, ktoré si navzájom poskytujú.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Verzia Qt: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>O aplikácii Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Hľadať v zozname…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Hľadať &amp;všade…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Prehľadá všetky záznamy všetkých typov</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Nový záznam…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Pridá záznam do aktuálneho zoznamu</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Upraviť záznam…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Upraví záznam vybraný v aktuálnom zozname</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Odstrániť záznam…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Odstráni záznam vybraný v aktuálnom zozname</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Členské mestá</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Mesto na pridanie</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Pridať mesto</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Pridať vybrané mesto ako člena</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odobrať</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Odobrať vybrané členské mesto</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Odoberie vybrané členské mesto (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Odobrať člena</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rola mesta: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>Súbor %1 nie je platný balík Pactesur: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Balík %1 neexistuje.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>súbor je prázdny.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>súbor je väčší, než môže byť akýkoľvek balík.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Balík %1 sa nedá prečítať.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>nie je to súbor balíka.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>nedá sa otvoriť.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>je poškodený.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>nevytvorila ho aplikácia Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Balík %1 bol vytvorený novšou verziou aplikácie Pactesur (formát balíka %2; táto verzia číta formát %3). Ak ho chcete importovať, aktualizujte Pactesur.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>má neznámu verziu formátu.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>obsahuje tabuľky alebo kód, ktoré balík nesmie obsahovať.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>jeho manifest sa nedá prečítať.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>jeho manifest neopisuje balík Pactesur.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>jeho manifest je neúplný alebo chybný.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>pole deleted nemá hodnotu 0 ani 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>obsahuje neznáme pole „%1“</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>pole %1 má nesprávny typ</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>jeden z jeho konfliktov má chybný tvar.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>je poškodený alebo jeho čítanie trvá príliš dlho.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>jeho záznamy sa nedajú prečítať.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>záznam %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>má neplatný identifikátor</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>má neplatného vlastníka</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>má neplatný dátum</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>má neplatnú verziu</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>jeho história sa nedá prečítať</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>história poľa „%1“ je neplatná</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>príloha nezodpovedá svojmu odtlačku.</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Zúčastnené mestá</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Ženy</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Príslušníci polície</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Mesto na pridanie</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Pridať mesto</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Pridať vybrané mesto medzi účastníkov</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odobrať</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation</source>
        <translation>Odobrať účasť vybraného mesta</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
        <translation>Odoberie účasť vybraného mesta (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Odobrať účasť</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Podrobnosti vybraného záznamu</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Posledná zmena: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Ak chcete zobraziť všetky podrobnosti záznamu, vyberte ho.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Hostené aktivity: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Karty praxe: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Členstvo v pracovných skupinách: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Kontakty: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Súvisiace</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Nový záznam: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Úprava záznamu: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Povinné</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Povinné</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridať</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Všetky typy</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Všetky mestá</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kedykoľvek</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Všetky jazyky</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Všetky témy</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Preskúmanie po termíne</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Všetky vedúce mestá</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Všetky krajiny</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Kontakty, ktorých termín preskúmania už uplynul</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1. štvrťrok %2</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Všetky roly</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Zatiaľ žiadne mestá. Tu sa zobrazujú partnerské mestá projektu.</translation>
    </message>
    <message>
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Zatiaľ žiadne pracovné skupiny. Pracovné skupiny projektu s ich témou a vedúcim mestom sa tu zobrazia po ich zaznamenaní.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Všetky stavy</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
        <translation>Zatiaľ žiadne aktivity. Stretnutia, školenia, výmeny a ďalšie aktivity projektu sa tu zobrazia po ich zaznamenaní.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Zatiaľ žiadne karty praxe. Postupy z praxe, ktoré mestá opíšu pre partnerstvo, sa tu zobrazia po ich spísaní.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Zatiaľ žiadne zdroje. Príručky, školiace materiály a ďalšie dokumenty projektu sa tu zobrazia po ich zaznamenaní.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Zatiaľ žiadne kontakty. Pracovné kontakty partnerských miest sa tu zobrazia po ich zaznamenaní.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrovať…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrovať: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n zodpovedajúci záznam</numerusform>
            <numerusform>%n zodpovedajúce záznamy</numerusform>
            <numerusform>%n zodpovedajúcich záznamov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamov</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Filtru nezodpovedá žiadny záznam.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Zatiaľ žiadne záznamy.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Všetky typy</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Zatiaľ žiadne organizácie. Siete, združenia, policajné zbory a ďalšie organizácie, s ktorými projekt spolupracuje, sa tu zobrazia po ich zaznamenaní.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nový…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Pridá záznam do tohto zoznamu (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upraviť…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Upraví vybraný záznam (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Vymazať…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Odstrániť</translation>
    </message>
    <message>
        <source>Erase the selected contact&apos;s personal data</source>
        <translation>Vymaže osobné údaje vybraného kontaktu</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Odstráni vybraný záznam (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Vymazať kontakt „%1“? Vymazanie natrvalo odstráni osobné údaje, tu aj u každého partnera; nedá sa vrátiť späť.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Odstrániť „%1“? Odstránenie môžete vrátiť príkazom Úpravy &gt; Späť.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstrániť</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Záznamy typu %1 nie je možné vytvárať ani upravovať priamo.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Takýto záznam (%1) už existuje (identifikátor: %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Neexistuje žiadny záznam (%1) s identifikátorom %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Súbor %1 je príliš veľký: prílohy môžu mať najviac %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Táto databáza ešte nemá nastavenú rolu. Najprv ju vyberte: koordinátor alebo styčná osoba mesta.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Ako styčná osoba mesta %1 môžete meniť iba záznamy mesta %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>„%1“ nie je pole typu %2; dostupné polia: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Neznáma téma „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Pole %1 nie je možné zmeniť po vytvorení záznamu; namiesto toho vytvorte nový záznam.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Dátum ukončenia %1 je pred dátumom začiatku %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Počet žien (%1) nemôže byť vyšší ako počet účastníkov (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Počet príslušníkov polície (%1) nemôže byť vyšší ako počet účastníkov (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Nenašiel sa žiadny záznam (%1) zodpovedajúci „%2“.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>„%1“ zodpovedá viac ako jednému záznamu (%2); zadajte dlhšiu časť identifikátora.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Žiadny konflikt nezodpovedá „%1“.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Záznam, ktorého sa tento konflikt týka, už neexistuje.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>„%1“ zodpovedá viac ako jednej hodnote; zadajte dlhšiu časť.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Žiadna hodnota tohto konfliktu nezodpovedá „%1“.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Vymazaný kontakt nie je možné obnoviť: jeho osobné údaje už neexistujú.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Súbor %1 je typu, ktorý Pactesur neuchováva (%2). Prikladajte dokumenty, tabuľky, prezentácie, súbory PDF, obrázky alebo text.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>Pole „%1“ je povinné (%2).</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Rola nie je vybratá</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Styčná osoba mesta %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Neznáma rola „%1“: očakáva sa „coordinator“ alebo „liaison“.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Neznáme mesto „%1“.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Táto databáza je už nastavená pre rolu „%1“; jej záznamy nesú túto značku, takže rolu nie je možné zmeniť. Pre inú rolu vytvorte novú databázu.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Neplatný identifikátor repliky „%1“.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>ukladaní roly</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>označovaní zmeny</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Vitajte v aplikácii Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Akú rolu máte v projekte?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Táto otázka sa pre túto databázu zobrazí iba raz: záznamy, ktoré vytvoríte, sa označia vašou rolou, preto ju neskôr nie je možné zmeniť.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinátor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>&amp;Styčná osoba mesta</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Styčná osoba mesta</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Mesto:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Vaše mesto</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Potvrdiť rolu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Hľadanie</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Hľadať mestá, aktivity, karty praxe, zdroje a kontakty</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Hľadaný text</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Výsledky hľadania</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stav hľadania</translation>
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
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Zadajte slovo alebo jeho začiatok; zhodovať sa musia všetky slová.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Pre „%1“ sa nenašli žiadne výsledky.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n výsledok pre „%1“.</numerusform>
            <numerusform>%n výsledky pre „%1“.</numerusform>
            <numerusform>%n výsledkov pre „%1“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Vstavané údaje sa nepodarilo načítať (%1 „%2“): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Vstavané údaje sa nepodarilo načítať.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>pridanie: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>úprava: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>odstránenie: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Koordinačná aplikácia pre partnerské mestá projektu PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Použije databázu SÚBOR namiesto predvolenej.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SÚBOR</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Použije jazyk rozhrania s kódom KÓD (en, fr, sk, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamov</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
</TS>
