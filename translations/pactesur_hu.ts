<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Tevékenységek megjelenítése listaként</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Naptár</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Tevékenységek megjelenítése naptárban</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n tevékenység</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Hónap</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Egy hónap megjelenítése</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Projektidőszak</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>A teljes projektidőszak megjelenítése</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Előző hónap (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Előző hónap</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Következő hónap (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Következő hónap</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>A mai nap megjelenítése</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Megjelenített időszak</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>A hónap tevékenységei</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Tevékenységek a projektidőszakban</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln tevékenység a projektidőszakban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n további</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>További %n tevékenység nem szerepel a listában</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>Ezen a napon %Ln tevékenység van: kattintson a listázáshoz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar title: month name, year</comment>
        <translation>%2. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(cím nélkül)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Túl sok tevékenység az egyenkénti megjelenítéshez</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln tevékenység</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Fájl csatolása</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Minden fájl (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>A fájl nem olvasható (%1): %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>A fájl másolata nem írható (%1): %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Egyik alkalmazás sem tudta megnyitni a fájlt: %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Melléklet mentése</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>A fájl nem menthető (%1): %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Csatolt fájl</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>A csatolt fájl neve</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>A csatolt fájl típusa és mérete</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Fájl csatolása…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Fájl csatolása ehhez a forrásanyaghoz</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Megnyitás</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>A csatolt fájl megnyitása</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Mentés másként…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>A csatolt fájl másolatának mentése</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Nincs csatolt fájl</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Fájl cseréje…</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>A fájl sérült: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n rekord nem létező rekordokra hivatkozik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>A sémaverzió: %1; a Pactesur ezen verziója által várt sémaverzió: %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>nem várt: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>hiányzik: %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>Az adatbázis szerkezete eltér attól, amit a Pactesur vár: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Vezető város</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partnerváros</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Társult város</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Hálózat</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Egyesület</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Magáncég</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civil szervezet</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Rendőrség</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Egyetem</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Közérdekű feladat</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Jogos érdek</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Hozzájárulás</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Szerződés</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Jogi kötelezettség</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Tervezett</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lezárt</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Megfigyelő</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Találkozó</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Rendőrségi személyzetcsere</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akadémia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Képzés</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Tanulmányút</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Műhelymunka</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinárium</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Irányítóbizottság</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikáció</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Megvalósult</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Elmaradt</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Útmutató</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Képzési anyag</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Kiadvány</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Uniós iránymutatás</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Adatkészlet</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Hivatkozás</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Piszkozat</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Beküldve</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Módosítást kértek</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Jóváhagyva</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Közzétéve</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Nyilvános</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Csak partnereknek</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Csak rendőrségi használatra</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Megoldva</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>A parancsok listáját a pactesur-cli --help paranccsal jelenítheti meg.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Hiányzik a kapcsoló értéke: %1.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>A --set formátuma FIELD=VALUE, nem „%1”.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Ismeretlen kapcsoló: %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Használat: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Ismeretlen típus: „%1”; a lehetséges típusok: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>Az init parancshoz a --coordinator vagy a --city SLUG kapcsoló szükséges.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>Az adatbázis elkészült: %1; a replika szerepköre: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Adatbázis: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replika: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Használat: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>A fájl nem olvasható: %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>Az add parancshoz legalább egy --set FIELD=VALUE kapcsoló szükséges.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>Az edit parancshoz legalább egy --set FIELD=VALUE kapcsoló szükséges.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>Az adatbázis rendben van.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>Az adatbázisban problémák találhatók.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Állapotkivonat: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nincs megadva parancs.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ismeretlen parancs: „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Létrehozva: %n rekord.</numerusform>
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
        <translation>Használat: pactesur-cli [--db FILE] COMMAND [options]

Parancsok:
  init [--coordinator | --city SLUG]   létrehozza az adatbázist, és beállítja a szerepkört
  whoami [--json]                      megjeleníti a replika szerepkörét
  list KIND [--json]                   felsorolja az adott típusú rekordokat
  show KIND ID [--json]                megjelenít egy rekordot
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integritás, séma és állapotkivonat
  export --out FILE [--full | --for PEER]   adatcsere-csomagot ír ki
  import FILE [--dry-run] [--json]     beolvaszt egy csomagot (előtte biztonsági mentést készít)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  szintetikus rekordokat hoz létre

Típusok: %1
Adatbázis: %2, hacsak a --db vagy a PACTESUR_DB mást nem ad meg.
Kilépési kódok: 0 – kész, 1 – hiba, 2 – használati hiba, 3 – a bemenet elutasítva (nem történt változás).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n rekord kiírva ide: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Új: %1, frissítve: %2, változatlan: %3, ütközés: %4, elutasítva: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Próbafuttatás: semmi sem változott.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>A csomag összes módosítása elutasítva: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Törli a névjegy személyes adatait (%1)?

A törlés végleges: nem vonható vissza, és a következő adatcserével minden partnerhez eljut.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Adatok törlése</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Személyes adatok exportálása</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-fájlok (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>A fájl nem menthető (%1): %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Személyes adatok törlése…</translation>
    </message>
    <message>
        <source>Erase this contact&apos;s personal data for good</source>
        <translation>A névjegy személyes adatainak végleges törlése</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Személyes adatok exportálása…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>A névjegyről tárolt összes adat exportálása</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Felülvizsgálati határidő</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>A felülvizsgálat %1 óta esedékes</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Tevékenységek időrendben</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>A projekt leírása</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Még nincs rögzített projekt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>%n nap múlva kezdődik</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Befejeződött: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>%1. nap / %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>A mappa nem hozható létre: %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>Az adatbázis már meg van nyitva egy másik Pactesur-ablakban vagy egy másik programban: %1. Zárja be ott, majd próbálja újra.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Az adatbázis nem zárolható, mert a mappája nem írható: %1.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Az adatbázis nem létezik: %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Az adatbázis nem nyitható meg (%1): %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>az adatbázis szerkezetének frissítése</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>A lemez megtelt, semmi sem változott. Szabadítson fel helyet, majd próbálja újra.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Az adatbázist egy másik program használja, semmi sem változott.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Adatbázishiba %1 közben: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>A fájl nem Pactesur-adatbázis, vagy sérült: %1.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>A fájl nem Pactesur-adatbázis: %1.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>az adatbázis megnyitása</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Ezt az adatbázist a Pactesur egy újabb verziója hozta létre (sémaverzió: %1; ez a verzió legfeljebb ezt ismeri: %2). A megnyitásához frissítse a Pactesurt.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Az adatbázis olyan frissítést igényel, amely írásvédett megnyitáskor nem hajtható végre: %1.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>tranzakció indítása</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>a módosítások mentése</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>rekord mentése</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>rekordok olvasása</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ennek az adatbázisnak még nincs szerepköre. Először válasszon egyet: koordinátor vagy városi kapcsolattartó.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Innen még nem érkezett csomag: „%1”, így nincs mihez képest különbségi csomagot készíteni. Exportáljon helyette teljes csomagot.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A mappa nem létezik: %1.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>A csomag nem írható ki (%1): %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Az exportálás megszakítva, nem jött létre fájl.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>lehet, hogy megtelt a lemez</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Kezdés</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Befejezés</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanszírozás</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Rövid név</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Helyi név</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Képviselő</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Nyelvek</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Földrajzi szélesség</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Földrajzi hosszúság</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Rendőri szerv</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Kiemelt témák</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Megjegyzések</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webhely</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Munkahelyi e-mail-cím</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Munkahelyi telefonszám</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Jogalap</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Felülvizsgálati határidő</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>A név fordításai</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Vezető város</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Célkitűzések</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Munkacsoport</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Vendéglátó város</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Eredmények</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Jelentett résztvevőszám</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Jelentett városszám</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nők</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Rendőrök</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témák</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Hivatkozás</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Melléklet</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Munkacsoportok</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Eredeti adatlap</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Bizalmassági szint</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Időszak kezdete</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Időszak vége</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Folyamatban</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Háttér és probléma</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Célcsoportok</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Intézkedések és megvalósítás</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerek</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Költségvetés és finanszírozás</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Eredmények és mutatók</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Értékelés</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Átültethetőség</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Tanulságok</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Mellékletek</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Felülvizsgálati megjegyzések</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Fájltípus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Fájlnév</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Értékek</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Irány</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Másik fél</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Rekordszámok</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Érvénytelen érték: „%1” (%2 mező); %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Túl hosszú érték (%1 mező): legfeljebb %2 karakter lehet.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>vezérlőkarakterek nem használhatók</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>várt érték: 0 vagy nagyobb egész szám</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>várt érték: szám</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>várt érték: %1 és %2 közötti szám</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>várt érték: ÉÉÉÉ-HH-NN formátumú dátum</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>várt érték: true vagy false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>csak a következők egyike adható meg: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>várt érték: kétbetűs országkód, például HU</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>várt érték: kétbetűs nyelvkód, például hu</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>várt érték: vesszővel elválasztott kétbetűs nyelvkódok</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>várt érték: https:// kezdetű webcím</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>várt érték: e-mail-cím</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>várt érték: telefonszám</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>várt érték: azonosító vagy rövid név (slug)</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>várt érték: JSON-objektum, például {&quot;hu&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>várt érték: kisbetűk, számjegyek és kötőjelek</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>várt érték: SHA-256-kivonat</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>a fájl tartalmát nem lehet begépelni</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>hibás típus (%1 mező)</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>tartományon kívüli érték (%1 mező)</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>túl hosszú érték (%1 mező)</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>az érték nem azonosító (%1 mező)</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>az érték nem lista (%1 mező)</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>az érték nem tárolási formátumú (%1 mező)</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Megadva</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 – megadva</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Nyelvkódok, pl. hu, fr</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Pactesur-adatbázisok (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Minden fájl (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Adatbázis megnyitása</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Új adatbázis</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Rekordokat csak a koordinátor adatbázisa generálhat.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>a városi kapcsolattartó csak a saját városa rekordjait módosíthatja</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>A biztonsági mentések mappája nem hozható létre: %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>biztonsági mentés készítése</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ennek az adatbázisnak még nincs szerepköre. Először válasszon egyet: koordinátor vagy városi kapcsolattartó.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Ezt a csomagot ebből az adatbázisból exportálták, nincs benne semmi új.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Az importálás megszakítva, semmi sem változott.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Egy törölt névjegy módosítása elvetve (%1 mező): a törlés elsőbbséget élvez.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>csomag importálása</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>A csomag olyan rekordokra hivatkozik, amelyeket nem tartalmaz; semmi sem változott.</translation>
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
        <translation>Projektek</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Városok</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Szervezetek</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Névjegy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Névjegyek</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témák</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Munkacsoport</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Munkacsoportok</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Tagság</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Tagságok</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tevékenységek</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Részvétel</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Forrásanyag</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Forrásanyagok</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Gyakorlati adatlap</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Gyakorlati adatlapok</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Melléklet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Mellékletek</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Ütközés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ütközések</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Adatcsere</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Adatcserék</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Nyelv</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ú&amp;jra</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>S&amp;zerkesztés</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>Ú&amp;j adatbázis…</translation>
    </message>
    <message>
        <source>Create an empty database with the project&apos;s founding data</source>
        <translation>Üres adatbázis létrehozása a projekt alapadataival</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Adatbázis &amp;megnyitása…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Másik Pactesur-adatbázisfájl megnyitása</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Az aktuális lista rekordjainak szűrése</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>A Pactesur &amp;névjegye</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>A &amp;Qt névjegye</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Szakaszok</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Aktuális szakasz</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Adatbázisfájl</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Az Ön szerepköre</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>A fájl már létezik: „%1”. Válasszon másik nevet, vagy nyissa meg az Adatbázis megnyitása paranccsal.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>A fájl nem létezik: „%1”.</translation>
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
        <translation>A Pactesur segít az uniós PACTESUR 2 projekt partnervárosainak munkájuk összehangolásában: ki kicsoda, munkacsoportok, tevékenységek és a közösen használt gyakorlati adatlapok.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licenc: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt-verzió: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>A Pactesur névjegye</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Keresés a listában…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Keresés &amp;mindenhol…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Keresés minden típus összes rekordjában</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>Új &amp;rekord…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Rekord hozzáadása az aktuális listához</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>Rekord &amp;szerkesztése…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Az aktuális listában kijelölt rekord szerkesztése</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>Rekord &amp;törlése…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Az aktuális listában kijelölt rekord törlése</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Tagvárosok</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Hozzáadandó város</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Város hozzáadása</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>A kiválasztott város felvétele tagként</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>A kijelölt tagváros eltávolítása</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>A kijelölt tagváros eltávolítása (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Tag eltávolítása</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Szerepkör: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>Érvénytelen Pactesur-csomag (%1): %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>A csomag nem létezik: %1.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>a fájl üres.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>a fájl nagyobb, mint amekkora egy csomag lehet.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>A csomag nem olvasható: %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>nem csomagfájl.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>nem nyitható meg.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>sérült.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>nem a Pactesur hozta létre.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Ezt a csomagot (%1) a Pactesur egy újabb verziója hozta létre (csomagformátum: %2; ez a verzió ezt a formátumot olvassa: %3). Az importálásához frissítse a Pactesurt.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>ismeretlen a formátumverziója.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>olyan táblákat vagy kódot tartalmaz, amelyek nem lehetnek egy csomagban.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>a jegyzéke nem olvasható.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>a jegyzéke nem Pactesur-csomagot ír le.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>a jegyzéke hiányos vagy hibás.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>a deleted mező értéke nem 0 és nem 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>ismeretlen mezőt tartalmaz: „%1”</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>hibás típus (%1 mező)</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>az egyik ütközése hibás formátumú.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>sérült, vagy túl lassan olvasható.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>a rekordjai nem olvashatók.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>%1. rekord (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>érvénytelen az azonosítója</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>érvénytelen a tulajdonosa</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>érvénytelen a dátuma</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>érvénytelen a verziója</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>az előzményei nem olvashatók</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>érvénytelenek a mező előzményei: „%1”</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>egy melléklet nem egyezik a kivonatával.</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Részt vevő városok</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nők</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Rendőrök</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Hozzáadandó város</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Város hozzáadása</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>A kiválasztott város felvétele a résztvevők közé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation</source>
        <translation>A kijelölt város részvételének eltávolítása</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
        <translation>A kijelölt város részvételének eltávolítása (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Részvétel eltávolítása</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>A kijelölt rekord részletei</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Utolsó módosítás: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Jelöljön ki egy rekordot az összes részlet megtekintéséhez.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Vendégül látott tevékenységek: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Gyakorlati adatlapok: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Munkacsoport-tagságok: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Névjegyek: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Kapcsolódó adatok</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Új rekord: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Rekord szerkesztése: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kötelező</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Kötelező</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hozzáadás</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Minden város</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Bármikor</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Minden nyelv</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Minden téma</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Esedékes felülvizsgálat</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Minden vezető város</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Minden ország</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Azok a névjegyek, amelyek felülvizsgálati határideje lejárt</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Szűrő: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2. %1. negyedév</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Minden szerepkör</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Még nincsenek városok. Itt jelennek meg a projekt partnervárosai.</translation>
    </message>
    <message>
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Még nincsenek munkacsoportok. A projekt munkacsoportjai – témájukkal és vezető városukkal együtt – a rögzítésük után itt jelennek meg.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Minden állapot</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
        <translation>Még nincsenek tevékenységek. A találkozók, képzések, csereprogramok és a projekt egyéb tevékenységei a rögzítésük után itt jelennek meg.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Még nincsenek gyakorlati adatlapok. A városok által a partnerség számára leírt gyakorlatok az elkészülésük után itt jelennek meg.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Még nincsenek forrásanyagok. A projekt útmutatói, képzési anyagai és egyéb dokumentumai a rögzítésük után itt jelennek meg.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Még nincsenek névjegyek. A partnervárosok munkahelyi névjegyei a rögzítésük után itt jelennek meg.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Szűrés…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Szűrés: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n egyező rekord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Egy rekord sem felel meg a szűrőnek.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Még nincsenek rekordok.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Még nincsenek szervezetek. A projekt partnerhálózatai, egyesületei, rendőri szervei és egyéb szervezetei a rögzítésük után itt jelennek meg.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Ú&amp;j…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Rekord hozzáadása ehhez a listához (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Sz&amp;erkesztés…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>A kijelölt rekord szerkesztése (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>Adatok &amp;törlése…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>Erase the selected contact&apos;s personal data</source>
        <translation>A kijelölt névjegy személyes adatainak törlése</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>A kijelölt rekord törlése (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Törli a névjegy adatait: „%1”? A törlés véglegesen eltávolítja a személyes adatokat itt és minden partnernél; nem vonható vissza.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Törli a következőt: „%1”? A Szerkesztés &gt; Visszavonás paranccsal visszaállíthatja.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Adatok törlése</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Ilyen típusú rekord közvetlenül nem hozható létre és nem szerkeszthető: %1.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Ilyen %1 már létezik (azonosító: %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Nincs olyan %1, amelynek az azonosítója %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>A fájl túl nagy: %1. A mellékletek mérete legfeljebb %2 MB lehet.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ennek az adatbázisnak még nincs szerepköre. Először válasszon egyet: koordinátor vagy városi kapcsolattartó.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>%1 kapcsolattartójaként csak %1 rekordjait módosíthatja.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>„%1” nem érvényes mező (típus: %2); a lehetséges mezők: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Ismeretlen téma: „%1”.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Ez a mező a rekord létrehozása után nem módosítható: %1. Hozzon létre helyette új rekordot.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>A befejezés dátuma (%1) korábbi, mint a kezdés dátuma (%2).</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>A nők száma (%1) nem lehet nagyobb, mint a résztvevők száma (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>A rendőrök száma (%1) nem lehet nagyobb, mint a résztvevők száma (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Nincs olyan %1, amely megfelel ennek: „%2”.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>„%1” több rekordra is illeszkedik (%2); adja meg az azonosító nagyobb részét.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Nincs ennek megfelelő ütközés: „%1”.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Az ütközéshez tartozó rekord már nem létezik.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>„%1” több értékre is illeszkedik; adjon meg belőle hosszabb részt.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Az ütközés egyik értéke sem felel meg ennek: „%1”.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Egy adattörlésen átesett névjegy nem állítható vissza: a személyes adatai már nem léteznek.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>A Pactesur nem tárol ilyen típusú fájlt (%2): %1. Dokumentumot, táblázatot, bemutatót, PDF-fájlt, képet vagy szöveget csatoljon.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>Kötelező mező: „%1” (%2).</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Nincs kiválasztott szerepkör</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>%1 kapcsolattartója</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Ismeretlen szerepkör: „%1”; a lehetséges értékek: „coordinator” vagy „liaison”.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Ismeretlen város: „%1”.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Ez az adatbázis már be van állítva a következő szerepkörre: „%1”. A rekordjai ezt a jelölést viselik, ezért a szerepkör nem módosítható. Másik szerepkörhöz hozzon létre új adatbázist.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Érvénytelen replika-azonosító: „%1”.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>a szerepkör mentése</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>módosítás megjelölése</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Üdvözli a Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Milyen szerepkörben vesz részt a projektben?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Ezt a kérdést ennél az adatbázisnál csak egyszer tesszük fel: az Ön által létrehozott rekordok az Ön szerepkörének jelölését kapják, ezért a szerepkör később nem módosítható.</translation>
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
        <translation>&amp;Városi kapcsolattartó</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Városi kapcsolattartó</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Vá&amp;ros:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Az Ön városa</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Szerepkör megerősítése</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Keresés a városok, tevékenységek, adatlapok, forrásanyagok és névjegyek között</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Keresett szöveg</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Találatok</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Keresés állapota</translation>
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
        <translation>(cím nélkül)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Írjon be egy szót vagy annak elejét; minden szónak egyeznie kell.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Nincs találat a következőre: „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n találat a következőre: „%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>A beépített adatok nem tölthetők be (%1 „%2”): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>A beépített adatok nem tölthetők be.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>(hozzáadás: %1)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>(szerkesztés: %1)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>(törlés: %1)</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Koordinációs alkalmazás a PACTESUR 2 partnervárosai számára</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Az alapértelmezett helyett a FÁJL adatbázis használata.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FÁJL</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>A felület nyelvének megadása KÓD formában (en, fr, hu, …).</translation>
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
            <numerusform>%n rekord</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
</TS>
