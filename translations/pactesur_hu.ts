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
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>a tevékenységek beolvasása</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>a részvételi adatok beolvasása</translation>
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
        <translation>Tevékenységi jelentés</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · a jelentés készült: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Főbb adatok</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Tevékenység városonként</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Tevékenység témánként</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Tevékenységek típus szerint</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tevékenységek</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Érintett városok</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Rendőrök</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nők</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Megvalósult: %1 · tervezett: %2 · elmaradt: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>A résztvevők száma a városok által az egyes tevékenységekhez megadott adatokból adódik; ahol egyetlen város sem adott meg adatot, ott a tevékenységhez jelentett összesített szám számít.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Vendégül látott</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Részt vett</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Összes város</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Egy tevékenység a munkacsoportja témájánál számít. A gyakorlati adatlapok a témához eddig készült összes adatlapot jelentik, állapotuktól függetlenül; a fordítások nem számítanak.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Gyakorlati adatlapok</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Jóváhagyva vagy közzétéve</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Nincs téma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Ebben az időszakban nem volt tevékenység.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dátumok</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Városok</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%2. %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2. oldal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Készült</translation>
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
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
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
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>egy olyan replika írta, amelyet ez az adatbázis nem ismer</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>a városi kapcsolattartó csak a saját városa rekordjait módosíthatja</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>a városi kapcsolattartó nem adhat át rekordot egy másik városnak</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>csak a koordinátor vizsgálja felül a gyakorlati adatlapokat</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>a rekord tulajdonosa soha nem változik</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>a tulajdonosa nem birtokolhat ilyen típusú rekordot</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>A biztonsági mentés nem olvasható: %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>A biztonsági mentés már nem létezik: %1.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>A biztonsági mentés egy másik adatbázishoz tartozik, ezért itt nem állítható vissza: %1.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>biztonsági mentés visszaállítása</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>A törölt kapcsolattartók személyes adatait nem sikerült eltávolítani a(z) %1 biztonsági mentésből: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Minden importálás és minden visszaállítás előtt biztonsági mentés készül a teljes adatbázisról; importálás után a tíz legújabb marad meg. A mentések helye: %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Visszaállítja ezt a biztonsági mentést: %1?
Az adatbázis visszakerül az akkori állapotába. A jelenlegi állapota előbb egy új biztonsági mentésbe kerül, és a Szerkesztés ▸ Visszavonás paranccsal visszahozható.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Visszaállítás</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>A biztonsági mentés visszaállítása…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Készült</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Biztonsági mentések</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Visszaállítás…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Mappa megjelenítése</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Még nincs biztonsági mentés.

Az első akkor készül, amikor csomagot importál.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>%1 – tevékenységek</translation>
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
        <translation>Ennek az adatbázisnak még nincs szerepköre. Először válasszon egyet: koordinátor vagy városi kapcsolattartó.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Ez a fájl nem Pactesur-azonosítókártya, vagy megsérült.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>A(z) %1 kártya nem olvasható.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>A kártya nem írható ide: %1.</translation>
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
        <translation>Nincs rögzített projektidőszak</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Ma, %1: a projekt még nem kezdődött el</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Ma, %1: a projekt véget ért</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Ma, %1</translation>
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
    <message>
        <source>Further commands:</source>
        <translation>További parancsok:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ennek az adatbázisnak még nincs szerepköre. Először válasszon egyet: koordinátor vagy városi kapcsolattartó.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Ujjlenyomat: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Felvéve: %1, ujjlenyomat: %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Már fel van véve: %1, ujjlenyomat: %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>A jelszófájl nem olvasható: %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Nincs beállítva postafiók. Beállítás: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Postafiók: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Felhasználó: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Közzétett csomagok: %1; még nem kapta meg minden címzett: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Még nem volt szinkronizálás.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Utolsó szinkronizálás: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Postafiók beállítva: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Csomagok – elküldve: %1, fogadva: %2, importálva: %3; új ütközés: %4; elutasítva: %5.</translation>
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
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       aláírt, lepecsételt adatcsere-csomagot ír ki
  import FILE [--dry-run] [--json]     beolvaszt egy csomagot (előtte biztonsági mentést készít)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              a replika ujjlenyomata; a nyilvántartás
  keys export --out FILE               kiírja a replika azonosítókártyáját
  keys trust CARD [--fingerprint FP]   felvesz egy kártyát az ujjlenyomatok összevetése után
  keys revoke REPLICA                  visszavonja a bizalmat egy replika kulcsaiban
  mailbox set URL [--user USER]        beállítja a szinkronizáláshoz használt WebDAV-postafiókot vagy mappát
  mailbox show [--json]                megjeleníti a postafiókot és azt, ami nekünk szól benne
  sync [--password-file FILE] [--json] lefuttat egy automatikus adatcsere-kört
                                       (vagy a jelszó a PACTESUR_MAILBOX_PASSWORD változóban)
  generate --scale small|network|network4 [--seed N]
                                       szintetikus rekordokat hoz létre

Típusok: %1
Adatbázis: %2, hacsak a --db vagy a PACTESUR_DB mást nem ad meg.
Kilépési kódok: 0 – kész, 1 – hiba (sync esetén: a postafiók nem érhető el, vagy a kör nem
fejeződött be), 2 – használati hiba, 3 – a bemenet elutasítva (nem történt változás; sync
esetén: csomagok elutasítva).</translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictInbox</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1: „%2”</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Törlés vagy megtartás</translation>
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
        <source>Last change</source>
        <translation>Utolsó módosítás</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nyitott ütközések</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Nincsenek nyitott ütközések.
Ha egy csomag más értéket hoz egy olyan mezőhöz, amelyet Ön is módosított, mindkét érték itt várja, hogy válasszon.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n nyitott ütközés; a lista a legutóbbi %1 ütközést mutatja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n nyitott ütközés. Válassza ki a megtartandó értéket; a döntés a következő csomagexportálásig visszavonható.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Rekord megjelenítése</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Az általam írt érték megtartása</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Nincs kijelölt ütközés</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Válasszon ki egy ütközést a listában, hogy az értékeit egymás mellett lássa.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1: „%2” – az egyik oldalon törölték, a másikon szerkesztették</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>A rekord megmarad, amíg nem dönt. Tartsa meg, vagy törölje az egyik fél kérésének megfelelően.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1: „%2” – %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Ezt a mezőt két helyen is módosították, mielőtt csomagot cseréltek volna. Mindkét érték megmarad, amíg ki nem választ egyet, vagy meg nem ad egy olyat, amely egyesíti őket.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Megtartandó érték</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Vagy írja be a megtartandó értéket, például olyat, amely mindkettőt egyesíti:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Érték: %1 (most ez látható)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Érték: %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Írta: %1, %2, %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Rekord törlése</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Rekord megtartása</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Ennek az értéknek a megtartása</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Törölve</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Megtartva, a másik fél módosításaival</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(üres)</translation>
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
        <source>Erase this contact's personal data for good</source>
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
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Kattintson egy számra a mögötte álló rekordok megtekintéséhez, egy városra a megnyitásához, egy dátumra az adott tevékenység megnyitásához. Rendezéshez kattintson egy oszlopcímre.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Az egyes partnervárosok adatai</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: kattintson a megnyitáshoz</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>A mai napig nem volt tevékenység</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Kattintson a megtekintésükhöz.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Legutóbbi</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>A legutóbbi tevékenység a mai napig, amelyet a város vendégül látott, vagy amelyen részt vett.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Tevékenységek</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Személyzetcserében részt vett rendőrök</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Vendégül látott tevékenységek</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Vendégül látott</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>A város által vendégül látott (vagy vendégül látandó) tevékenységek; az elmaradtak nem számítanak.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>%1 által vendégül látott tevékenységek</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Tevékenységek, amelyeken részt vett</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Részt vett</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Más város által vendégül látott vagy online tevékenységek, amelyeknél rögzítették a város részvételét.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>%1 részvételével zajlott tevékenységek</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Küldött rendőrök</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Küldött</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>A város rendőrei, akiket más város által vendégül látott rendőrségi személyzetcseréknél rögzítettek.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>%1 által rendőrségi személyzetcserére küldött rendőrök</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Fogadott rendőrök</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Fogadott</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Más városok rendőrei, akiket a város által vendégül látott rendőrségi személyzetcseréknél rögzítettek.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>%1 által rendőrségi személyzetcsere keretében fogadott rendőrök</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>A város gyakorlati adatlapjai, állapotuktól függetlenül; a fordítás nem számít külön adatlapnak.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>%1 gyakorlati adatlapjai</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Gyakorlati adatlapok: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>A város gyakorlati adatlapjai a következő állapotban: „%1”; a fordítás nem számít külön adatlapnak.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>%1 gyakorlati adatlapjai: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Munkacsoportok</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Azok a munkacsoportok, amelyeknek a város tagja.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>%1 munkacsoportjai</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Felülvizsgálandó névjegyek</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>A város azon névjegyei, amelyek felülvizsgálati határideje lejárt: ellenőrizze, hogy még szükség van-e rájuk, és helyesek-e.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>%1 felülvizsgálandó névjegyei</translation>
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
        <translation>Legutóbbi tevékenység: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Kattintson a kiválasztott szám mögött álló rekordok megtekintéséhez.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>Városok &amp;színezése a következő szerint:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>A térképen megjelenített adat</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Mutasson egy városra az adatai megtekintéséhez; kattintson rá a kiválasztott szám mögött álló rekordok megtekintéséhez.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Térképadatok: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>A partnervárosok térképe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n város koordináták hiányában nem helyezhető el a térképen.</numerusform>
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
        <translation>%1 előtt kezdődött tevékenységek</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Tevékenységek, amelyek ebben az időszakban kezdődtek: %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>%1 után kezdődött tevékenységek</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Gyakorlati adatlapok a következő állapotban: „%1”</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Gyakorlati adatlapok a következő témában: „%1”</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Tevékenységek negyedévenként</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Résztvevők tevékenységtípus szerint</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Gyakorlati adatlapok állapot szerint</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Gyakorlati adatlapok téma szerint</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Projektidőszak, mai nap és mérföldkövek</translation>
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
        <translation>Véget ért: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>%1. nap / %2 nap (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Kattintson a tevékenység megnyitásához.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Ezen a vonalon jelennek meg a mérföldkövek: azok a tevékenységek, amelyek résztvevőit vagy városait a teljes partnerségre vonatkozóan jelentették.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Mérföldkövek: azok a tevékenységek, amelyek résztvevőit vagy városait a teljes partnerségre vonatkozóan jelentették. Kattintson egyre a megnyitásához.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partnervárosok</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Tervezett vagy megvalósult; az elmaradtak nem számítanak.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>A városok által rögzítve</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Nyilvános beszámolókból</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Nők a résztvevők között</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Azon %1 résztvevő közül, akiknél a nők számát rögzítették.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Még egyetlen részvételi rekord sem adja meg a nők számát.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Személyzetcserében részt vett rendőrök</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Városuk által más város rendezte rendőrségi személyzetcserére küldött rendőrök.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Tevékenységek (tervezett vagy megvalósult)</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Tevékenységek résztvevőkkel</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>A nők számát megadó részvételi rekordok</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Más város rendezte rendőrségi személyzetcserére küldött rendőrök</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n tevékenység</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Korábban</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Később</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Még nincsenek tevékenységek.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: %2 résztvevő (%3 a városok által rögzítve, %4 nyilvános beszámolókból)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Még nincsenek rögzített vagy jelentett résztvevők.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>A nyilvános beszámolók egyes összesített számokat anélkül közölnek, hogy megadnák, hányan érkeztek az egyes városokból. Az ilyen összesítés itt akkor számít bele a tevékenységbe, ha egyetlen város sem rögzítette a részvételét, a városok adataiba pedig soha nem számít bele.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>A városok által rögzített résztvevők a következő típusú tevékenységekben: „%1”</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Nyilvános beszámolókból származó résztvevők a következő típusú tevékenységekben: „%1”</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Még nincsenek gyakorlati adatlapok. Amint a városok elkészítik őket, itt számítanak bele.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n gyakorlati adatlap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n tevékenység</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n résztvevő</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n gyakorlati adatlap</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n rekord ebből a listából: „%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, %n rekord összege ebből a listából: „%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Egy szám mögött álló rekordok</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>A kijelölt rekord megnyitása a saját szakaszában</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Kattintson duplán egy sorra a hozzá tartozó tevékenység megnyitásához, ahol ez a részvétel szerepel.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Kattintson duplán egy rekordra a saját szakaszában történő megnyitásához.</translation>
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
        <translation>%2. %1. negyedév</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Városok</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Térkép</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>A számok beolvasása…</translation>
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
        <source>building the search index</source>
        <translation>keresési index építése</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Kártya felvétele</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Vesse össze az ujjlenyomatot, mielőtt megbízna ebben a kártyában</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>A kártya szerint a tulajdonosa: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replika: %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>A kártya ujjlenyomata:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>A kártya ujjlenyomata</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Hívja fel a kártya tulajdonosát, vagy találkozzon vele, és kérje meg, hogy olvassa fel az ujjlenyomatát (a saját Pactesur-jában: Adatcserék ▸ Kulcsok). Csak akkor vegye fel a kártyát, ha minden számjegycsoport megegyezik: bárki készíthet olyan kártyát, amely azt állítja, hogy valaki másé.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Felolvasott ujjlenyomat (nem kötelező: ha beírja, a Pactesur összeveti):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Felolvasott ujjlenyomat</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>pl. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>F&amp;elvétel: az ujjlenyomatok egyeznek</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>A kártya felvétele</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Csomag importálása</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur-csomagok (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Minden fájl (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>Csomag &amp;exportálása…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Csomagfájl mentése a partnereknek való elküldéshez</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>Csomag &amp;importálása…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Egy partnertől kapott csomagfájl megnyitása: nézze meg, mit módosít, majd alkalmazza</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Fogadott és küldött csomagok</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Biztonsági mentések</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kulcsok</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Csomag mentése</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur-csomagok (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Az exportálás megszakítva, nem jött létre fájl.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Csomag exportálása</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>A csomag egy fájl, amelyet elküld a partnereinek (e-mailben vagy USB-meghajtón); ők a Fájl ▸ Csomag importálása paranccsal nyitják meg.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>Amit egy adott partner még nem kapott meg (ajánlott):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Kisebb: csak a partner legutóbbi, Önhöz megérkezett csomagja óta történt módosítások.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Még egyetlen partner sem küldött Önnek csomagot: első alkalommal teljes másolatot küldjön.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>Amit a koordinátor még nem kapott meg (ajánlott)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Kisebb: csak a koordinátor legutóbbi, Önhöz megérkezett csomagja óta történt módosítások.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>A koordinátortól még nem érkezett csomag: első alkalommal teljes másolatot küldjön.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Az adatbázis teljes tartalmának másolata</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Rekordtípus</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordok</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>A csomag tartalma</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportálás folyamata</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>A csomag tartalmának összeszámolása…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>A csomag tartalma: %n rekord.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportálás…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Bezárás</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Megjelenítés mappában</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>A csomag írása folyamatban… A Mégse gomb leállítja, és nem marad vissza fájl.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>A csomag mentve:
%1
Küldje el ezt a fájlt a partnerének.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>A Pactesurben a kártyákat az Adatcserék ▸ Kulcsok ▸ Kártya felvétele… paranccsal lehet felvenni, miután az ujjlenyomatukat összevetette a tulajdonosukkal.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Innen még nem érkezett csomag: „%1”, így nincs mihez képest különbségi csomagot készíteni. Exportáljon helyette teljes csomagot.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Megszakítva.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>az exportálandó rekordok összeszámolása</translation>
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
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Egyetlen felvett replika sem fogadhatja ezt a csomagot: előbb vegye fel a városok kártyáit (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Előbb vegye fel a koordinátor kártyáját (keys trust FILE): a csomagok neki vannak lepecsételve.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Nem hozható létre privát ideiglenes mappa a csomag számára.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>az exportálás rögzítése</translation>
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
    <message>
        <source>Source revision</source>
        <translation>Forrásváltozat</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Gyakorlati adatlap</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Korábbi állapot</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Új állapot</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Lépés</translation>
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
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>várt érték: JSON-objektum, például {"hu": "…"}</translation>
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
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>várt érték: JSON-objektum, például {"summary": "…"}</translation>
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
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>A postafiók mappája (%1) megtelt: szabadítson fel helyet a mappát tároló lemezen.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>A postafiók mappája (%1) nem létezik (nincs csatlakoztatva a meghajtó, vagy a mappa még nincs szinkronizálva?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>A mappa nem hozható létre a postafiókban (%1): %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>A szinkronizálás megszakítva.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>A fájl nem írható a postafiókba (%1): %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>A fájl nem nevezhető át a postafiókban (%1): %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>A fájl nem olvasható be a postafiókból (%1): %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>A fájl nem távolítható el a postafiókból (%1): %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Rekordokat csak a koordinátor adatbázisa generálhat.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Új</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Frissített</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Változatlan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ütközések</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Elutasított</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Rekordok, amelyek még nincsenek meg Önnél.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Önnél meglévő rekordok, amelyeket a csomag módosít.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Rekordok, amelyek változatlan formában már megvannak Önnél.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Mindkét oldalon szerkesztett rekordok: mindkét érték megmarad, amíg valaki nem választ közülük az ütközések beérkezett listájában.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Módosítások, amelyeket a küldő nem végezhet el; ezek kimaradnak, a többi importálásra kerül.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Csomag importálása</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Alkalmazás</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>Ütközések át&amp;tekintése</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Bezárás</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Amit a csomag módosít</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importálás folyamata</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Megnyitás: %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Csomag – küldő: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Készült: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>A küldő adatainak teljes másolata: %n rekord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>A legutóbbi adatcsere óta történt módosítások: %n rekord.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fájl: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>A csomag összevetése az adatbázissal…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Nincs újdonság: az adatbázis már mindent tartalmaz, ami ebben a csomagban van. Az Alkalmazás gomb rögzíti, hogy megkapta.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Semmi sem változik, amíg az Alkalmazás gombra nem kattint. Előtte biztonsági mentés készül az adatbázisról.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Megszakítás… az adatbázis változatlan marad.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importálás… A Mégse gomb leállítja, és az adatbázis változatlan marad.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importálva. Új: %1, frissítve: %2, áttekintendő ütközés: %3, elutasítva: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Az adatbázis korábbi állapotának mentése: %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>A csomag importálva</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Az importálás megszakítva</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>A csomag nincs importálva</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Az importálás sikertelen</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>A módosítások mentése… A Mégse gomb leállítja, és az adatbázis változatlan marad.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>A csomag ellenőrzése… A Mégse gomb leállítja, és az adatbázis változatlan marad.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Ok: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Az adatbázisban semmi sem változott.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>A csomag összes módosítása elutasítva: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>Az importálás megszakítva; az adatbázis változatlan.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Aláíró: %1 (ellenőrizve)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>A küldő aláírása nincs ellenőrizve.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>A kulcs ujjlenyomata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>További %n új vagy módosított rekord szerepel a fenti számokban, de a listában nem.</numerusform>
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
        <translation>Rekord</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Változás</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Új rekordok (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Frissített rekordok (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Áttekintendő ütközések (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Elutasított (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Cím nélkül (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Új rekord</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Törlés</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
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
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>A titkosítási könyvtár nem indítható el.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Az adatbázis kulcsai (%1) nem olvashatók.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Az adatbázis kulcsai (%1) sérültek.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Az adatbázis kulcsai nem menthetők ide: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Az ujjlenyomat a vágólapra került.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (ez az adatbázis)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Visszavonva</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Kártya felvétele</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Pactesur-azonosítókártyák (*.card);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Felvéve: %1. A csomagjait elfogadja a program, és az Ön csomagjai lepecsételhetők neki.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Már fel van véve: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Saját kártya exportálása</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>A kártyája mentve: %1. Küldje el a partnerének, majd telefonon olvassa fel neki az ujjlenyomatát.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Visszavonja a kulcsokat (%1)?
A csomagjait mostantól elutasítja a program, és az Ön következő csomagjai ezt minden városnak tudomására hozzák. Egy visszavont kulcs soha többé nem lesz elfogadva: az illető új adatbázist hoz létre, Ön pedig felveszi annak kártyáját.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Visszavonás</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>A kulcsok visszavonva: %1.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Minden csomagot aláír a küldője, és lepecsétel azoknak a replikáknak, amelyek olvashatják. Egy kártya egy replika nyilvános kulcsait tartalmazza; mielőtt felveszi valakinek a kártyáját, vesse össze az ujjlenyomatát azzal, amelyet a tulajdonosa felolvas Önnek, telefonon vagy személyesen.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Ez az adatbázis</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replika: %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Ennek az adatbázisnak még nincs szerepköre.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Az Ön ujjlenyomata: olvassa fel annak a partnernek, aki felveszi a kártyáját.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Az Ön ujjlenyomata</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Másolás</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Az ujjlenyomat másolása</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>Saját kártya e&amp;xportálása…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Saját kártya exportálása</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Replikák, amelyekben ez az adatbázis megbízik</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Minden város kártyáját az ujjlenyomat összevetése után veszi fel; minden elküldött csomagja tartalmazza ezt a listát, így a városok Önön keresztül bíznak meg egymásban.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Városi kapcsolattartóként egyszer kell felvennie a koordinátor kártyáját; a többi város a koordinátor csomagjaival érkezik.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ujjlenyomat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replika</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Kártya felvétele…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Kártya felvétele</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Visszavonás…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>A kijelölt kulcsok visszavonása</translation>
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
    <message>
        <source>Status change</source>
        <translation>Állapotváltozás</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Állapotváltozások</translation>
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
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Fogadott</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Küldött</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Bárki (teljes másolat)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Új: %1, frissítve: %2, változatlan: %3, ütközés: %4, elutasítva: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Az adatbázis által fogadott vagy küldött összes csomag, a legújabbal kezdve.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Fogadott és küldött csomagok</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Irány</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Másik fél</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Még nem küldött és nem fogadott csomagot.

A csomag eljuttatja ennek az adatbázisnak a módosításait a koordinátorhoz vagy a városokhoz, és visszahozza az övéiket. Exportáljon egyet a munkája elküldéséhez; importálja azt, amelyet kapott. Minden csere ezután itt jelenik meg.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Megszakítás…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>A postafiókhoz szükség van %1 felhasználó jelszavára: a Fájl ▸ Szinkronizálás most parancs bekéri.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Nincs asztali kulcstartó: a Pactesur a bezárásáig megőrzi a jelszót.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>A Pactesur az asztali kulcstartóban tárolja.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Postafiók jelszava</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>%1 felhasználó jelszava (%2):</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Nincs szinkronizálva: a postafiókhoz szükség van %1 felhasználó jelszavára.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n csomagot nem fogadott el: a következő szinkronizáláskor a program újra felkínálja.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Szinkronizálás most</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Csomagok cseréje most a partnereivel a postafiókon keresztül</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Postafiók…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Hol és milyen gyakran történjen a csomagok automatikus cseréje</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Postafiók</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>A Pactesur egy postafiókon keresztül magától elküldi a módosításait a partnereinek, és importálja az övéiket. A postafiók egy mappa egy WebDAV-kiszolgálón (például Nextcloudon), vagy egy mappa ezen a számítógépen, amelyet egy szinkronizálóprogram megoszt velük. Ha csak kézzel szeretne adatot cserélni, hagyja üresen a címet.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>A postafiók címe</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Mappa: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Felhasználó:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Felhasználónév a kiszolgálón</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Jelszó a kiszolgálón</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Szinkronizálás &amp;gyakorisága:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Csak kézzel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> perc</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Az automatikus szinkronizálások közötti idő percben</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Amíg a Pactesur nyitva van; 0: csak akkor, ha a Fájl ▸ Szinkronizálás most parancsot választja</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>Minden bejövő csomag átte&amp;kintése importálás előtt</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Kapcsolat &amp;tesztelése</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>A kapcsolatteszt eredménye</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>A postafiók beállításainak mentése</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Nincs asztali kulcstartó: a jelszót munkamenetenként egyszer kéri a program.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>A jelszó az asztali kulcstartóban van tárolva.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>A kapcsolat tesztelése…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>A kapcsolat működik.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Postafiók</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>A szinkronizálás leállítása; a következő onnan folytatja, ahol ez abbamaradt</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Szinkronizálás folyamatban</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Nincs beállítva postafiók</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>A csomagok cseréje kézzel történik. Állítson be egy postafiókot (Beállítások ▸ Postafiók…), hogy a partnereivel automatikusan cserélhessen csomagokat.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Szinkronizálás…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Szinkronizálás · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Csomagok cseréje a postafiókkal. A Mégse gomb leállítja; a következő szinkronizálás innen folytatja.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>A postafiók szinkronizálása nem sikerült</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Postafiók beállítva · még nincs szinkronizálva</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Szinkronizálva: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>%n bejövő csomag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>%n kimenő</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n új ütközés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n elutasítva</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>A postafiók ebből az adatbázisból még nem volt szinkronizálva.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Utolsó szinkronizálás: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Importált csomagok: %1 (letöltve: %2), elküldve: %3; törölve a postafiókból, miután minden címzett megkapta: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Új ütközések: %1; elutasított csomagok: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémák</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Elutasított</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Várakozó</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>ismeretlen időpontban</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>az imént</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n perce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n órája</numerusform>
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
        <translation>Csomag előkészítése…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>A csomag nem tartható meg az adatbázis mellett: %1.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>A csomag már nincs az adatbázis mellett, ezért nem küldhető el újra: %1.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 feltöltése…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Ennek a replikának a visszaigazolása nem írható ki.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ennek az adatbázisnak még nincs szerepköre. Először válasszon egyet: koordinátor vagy városi kapcsolattartó.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Nem hozható létre privát mappa az adatbázis mellett a postafiók csomagjai számára.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>A postafiók olvasása…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>A szinkronizálás megszakítva; a következő innen folytatja.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>koordinátor</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replika: %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>A küldő (%2) %1. csomagja még nincs a postafiókban; a későbbiek erre várnak.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>A küldő (%2) %1. csomagja elutasítva; a későbbiek addig várnak, amíg érvényes példánya nem kerül a postafiókba.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 letöltése…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (küldő: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>a tartalma nem egyezik a nevével (csonka vagy módosított).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>ez a küldő nem a postafiókja %1. csomagjaként tette közzé.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importálása…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (küldő: %2): elutasított rekord (%3): %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>„%1” nem postafiókcím: adja meg így: https://server/folder/ (Nextcloud esetén https://server/remote.php/dav/files/USER/folder/) vagy file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>A postafiók (%1) titkosítás nélkül volna elérhető: használja a https:// előtagot, a http:// előtagot pedig csak ezen a számítógépen futó kiszolgálóhoz.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Ehhez az adatbázishoz nincs beállítva postafiók: előbb állítson be egyet (mailbox set URL vagy Beállítások ▸ Postafiók).</translation>
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
        <source>Create an empty database with the project's founding data</source>
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
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>%n gyakorlati adatlap újra megnyílt, miután a Pactesur váratlanul leállt: mindegyiken látható, mi maradt meg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Adatcserék</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Ütközések (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ütközések</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Jelen&amp;tések…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Tevékenységi jelentés, naptár, a gyakorlatok kiadványa vagy lista készítése</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Beállítások</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Nagy &amp;kontraszt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Billentyűparancsok…</translation>
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
    <name>pactesur::NewSheetDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Másolat – %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Új gyakorlati adatlap</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Írja le városa egyik gyakorlatát a partnerség számára. Kezdje üres adatlappal, vagy egy olyan adatlap másolatával, amely már hasonlít az Önéhez. Minden, amit ír, gépelés közben mentésre kerül.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>Ü&amp;res adatlap</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>&amp;Másolat ebből:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Másolandó adatlap</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Város:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Létrehozás és megnyitás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Elvetés</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Az értesítés elvetése</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Elutasított módosítások (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n módosítás nem lett alkalmazva, mert a tulajdonjogi szabályok elutasítják; a lista a legutóbbi %1 módosítást mutatja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Az összes elvetése</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>A listázott értesítések elvetése</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Elutasított módosítások</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n módosítás nem lett alkalmazva, mert a tulajdonjogi szabályok elutasítják. Az értesítéseket elolvasásuk után elvetheti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Az Ön egyik módosítását (mező: „%1”, rekord: „%3”, típus: %2) a Pactesur egy régebbi verziója készítette, és a tulajdonjogi szabályok elutasítják, mert %4. A többi adatbázis figyelmen kívül hagyja; ha a rekord módosítása Önre tartozik, módosítsa újra.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>A program elutasított egy módosítást (mező: „%1”, rekord: „%3”, típus: %2, írta: %4), mert %5.</translation>
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
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Ezt a csomagot (%1) a Pactesur egy régebbi verziója hozta létre (csomagformátum: %2; ez a verzió ezt a formátumot olvassa: %3). Kérje meg a küldőt, hogy frissítse a Pactesurt, és exportáljon újra.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>A(z) %1 csomag nincs aláírva és lepecsételve (2-es vagy régebbi csomagformátum); ez a verzió csak aláírt csomagokat olvas (3-as formátum). Kérje meg a küldőt, hogy frissítse a Pactesurt, és exportáljon újra.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Nem hozható létre privát ideiglenes mappa a csomag számára.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>a jegyzéke más küldőt nevez meg, mint az a kulcs, amely aláírta.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>a jegyzéke több bejegyzést tartalmaz, mint amennyi egy csomagban lehet.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>a jegyzékében a megengedettnél hosszabb kulcs van.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>a jegyzékében a megengedettnél hosszabb érték van (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>A(z) %1 csomagot nem sikerült beolvasni: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2. oldal</translation>
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
        <source>Remove the selected city's participation</source>
        <translation>A kijelölt város részvételének eltávolítása</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
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
    <name>pactesur::ParticipationReport</name>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Ön (ez az adatbázis)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Alapadatok</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Másik partner (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Ismeretlen város kapcsolattartója</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>%1 kapcsolattartója</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>a gyakorlati adatlapok beolvasása</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Egyéb gyakorlatok</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, folyamatban</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>%1 óta, folyamatban</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Folyamatban</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Gyakorlatok a biztonságosabb közterekért</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2. oldal</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n gyakorlati adatlap</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · a kiadvány készült: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>A partnervárosok gyakorlati adatlapjai</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Gyakorlati adatlapok</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témák</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Készült</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Ez a kiadvány azokat a gyakorlati adatlapokat gyűjti össze, amelyeket a(z) %1 partnervárosai írtak, és a koordinátor közzétételre jóváhagyott. Mindegyik angolul szerepel, ha elkészült a fordítása, egyébként az eredeti nyelvén.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Ez a kiadvány azokat a gyakorlati adatlapokat gyűjti össze, amelyeket a(z) %1 partnervárosai írtak, és a koordinátor közzétételre jóváhagyott. Mindegyik a kiadvány nyelvén (%2) szerepel, ha elkészült a fordítása, egyébként angolul vagy az eredeti nyelvén.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Még nincs jóváhagyott és nyilvános gyakorlati adatlap.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Ez a gyakorlat még nem érhető el a kiadvány nyelvén (%1); a közölt változat nyelve: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Elérhető nyelvek</translation>
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
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Még nincsenek munkacsoportok. A projekt munkacsoportjai – témájukkal és vezető városukkal együtt – a rögzítésük után itt jelennek meg.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Minden állapot</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact's personal data</source>
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
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Szűrők &amp;törlése</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>A lista összes rekordjának újbóli megjelenítése</translation>
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
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>A gyakorlati adatlap állapota: %1. Most már csak a koordinátor törölheti.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>%1 kapcsolattartójaként nem adhatja át ezt a rekordot egy másik városnak.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Csak a koordinátor vizsgálja felül a gyakorlati adatlapokat.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>egy rekord olvasása</translation>
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
    <message>
        <source>reading this database's role</source>
        <translation>az adatbázis szerepkörének olvasása</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Tevékenységi jelentés</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Részvételi táblázat</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Tevékenységek naptára</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Gyakorlatok kiadványa</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Gyakorlati adatlapok listája</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Egy időszak főbb adatai és tevékenységei, városonként és témánként.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Résztvevők tevékenységenként és városonként, személyes adatok nélkül.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Egy időszak tevékenységei eseményekként, bármely naptáralkalmazáshoz.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>A jóváhagyott nyilvános gyakorlati adatlapok témák szerint, egy nyelven.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Minden gyakorlati adatlap a városával, nyelvével, állapotával és témáival.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokumentum</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Weboldal (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Táblázat (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Naptárfájl (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Weboldalak (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-fájlok (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-fájlok (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>egy gyakorlati adatlap</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>egy időszak tevékenységei városonként és témánként</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>részvétel tevékenységenként és városonként, személyes adatok nélkül</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>tevékenységek iCalendar-fájlként naptáralkalmazásokhoz</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>kiadvány a jóváhagyott nyilvános gyakorlati adatlapokból, témák szerint</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>a gyakorlati adatlapok listája</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>A dátumot ÉÉÉÉ-HH-NN formátumban kell megadni (%1), nem így: „%2”.</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Ez a jelentés nem időszakra vonatkozik (%1): hagyja el a --from és a --to kapcsolót.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Az időszak vége (%1) korábbi, mint a kezdete (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Nincs ilyen nyelv: „%1”; a lehetséges nyelvek: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Ismeretlen jelentés: „%1”; a lehetséges jelentések: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Ez a jelentés (%1) csak a következő formátumban készülhet: %2, nem „%3”.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>A jelentés elkészült: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Az Európai Unió társfinanszírozásával</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Az itt szereplő nézetek és vélemények azonban kizárólag a szerző(k) nézeteit és véleményét tükrözik, és nem feltétlenül egyeznek meg az Európai Unió vagy az Európai Bizottság nézeteivel és véleményével. Sem az Európai Unió, sem a támogató hatóság nem vonható felelősségre miattuk.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>A jelentés nem írható ki (%1): %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>A jelentés nem írható ki: %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Nem ellenőrizhető, hogy a jelentés mentése sikerült-e: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>A jelentés készítése megszakítva, nem jött létre fájl.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Ez a jelentés csak a következő formátumban készülhet: %1, nem „%2”.</translation>
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
        <translation>%1 óta</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Minden időpont</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Jelentés mentése</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Jelentések</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Jelentés</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formátum:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Kezdőnap:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Zárónap:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formátum</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Az időszak első napja</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Az időszak utolsó napja</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>A jelentés készítésének folyamata</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Mentés másként…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Bezárás</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Megjelenítés mappában</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Válasszon jelentést, majd mentse fájlba.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>A jelentés írása folyamatban… A Mégse gomb leállítja, és nem marad vissza fájl.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>A jelentés mentve:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>A jelentés nyelve</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Ezt az ütközést időközben feloldották.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Az ütközéshez tartozó rekord már nem létezik.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>(ütközés feloldása: „%2”, „%1” mező)</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (már elküldve)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Ezt az ütközésfeloldást már elküldték egy csomagban, ezért nem vonható vissza. Ha ismét módosítani szeretné az értéket, szerkessze a rekordot.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Az ütközést az akkori állapotában már elküldték egy csomagban, ezért ez a feloldás nem ismételhető meg. Oldja fel újra az ütközések beérkezett listájában.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>A rekord az ütközés feloldása óta megváltozott (importálás vagy szerkesztés miatt), ezért ez a lépés nem ismételhető meg.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>(biztonsági mentés visszaállítása: %1)</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Hivatkozás beszúrása</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Webcím vagy e-mail-cím (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Csak webcímre (http, https) és e-mail-címre (mailto) lehet hivatkozni.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Címsor</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Félkövér (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Dőlt (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Felsorolás</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Számozott lista</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Hivatkozás</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>A kijelölés hivatkozássá alakítása webcímre vagy e-mail-címre (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Kép</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Az adatlaphoz csatolt kép megjelenítése a szövegben</translation>
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
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ennek az adatbázisnak még nincs szerepköre. Először válasszon egyet: koordinátor vagy városi kapcsolattartó.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Ez ennek az adatbázisnak a saját kártyája.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>A városi kapcsolattartó csak a koordinátor kártyáját veszi fel; a többi város a koordinátor nyilvántartásával érkezik.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>A kártya olyan várost nevez meg, amelyet ez az adatbázis nem ismer.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Ennek a replikának a kulcsait visszavonták; nem vehetők fel újra.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Ez a kártya más kulcsokat tartalmaz, mint amelyeket ugyanahhoz a replikához felvettek: a megváltozott kulcsot a program soha nem fogadja el. Ha a kulcsok valóban megváltoztak, vonja vissza a régieket, és hozzon létre új adatbázist.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>A kártya szerint a replikája más nevében ír, mint akit ez az adatbázis ismer.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>A kártya ujjlenyomata %1, nem az, amelyet Önnek megadtak: a kártya nincs felvéve.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Csak a koordinátor vonhat vissza kulcsokat.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Egyetlen felvett replika sem felel meg egyértelműen ennek: „%1”.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>A koordinátor nem vonhatja vissza a saját kulcsait.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>A csomagban lévő nyilvántartás hibás.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>A koordinátor nyilvántartása a(z) %1 replikának más kulcsokat ad, mint amelyek itt fel vannak véve; semmi sem változott.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>A csomag nem írható ide: %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>A csomagnak túl sok címzettje van.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>A(z) %1 csomag elutasítva: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>sérült, vagy az aláírás után módosították.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>A(z) %1 csomag nem olvasható.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>nagyobb, mint amekkora egy csomag lehet.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>nem Pactesur-csomag.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>más csomagformátumban készült (%1; ez a verzió a(z) %2-es formátumot olvassa).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>olyan replika írta alá, amelyet ez az adatbázis nem vett fel (replika: %1, kulcs: %2). Vegye fel a kártyáját az ujjlenyomat összevetése után.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>visszavont kulcsokkal írták alá (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>nem ennek az adatbázisnak szól.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>A(z) %1 csomag itt nem nyitható meg.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Keresés</translation>
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
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Keresés a városok, szervezetek, munkacsoportok, tevékenységek, adatlapok, forrásanyagok és névjegyek között</translation>
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
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Képek (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Minden fájl (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Kép hozzáadása</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Melléklet hozzáadása</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>A fájl nem olvasható (%1): %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>A fájl nem kép, ezért a mellékletekhez került: %1.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>A melléklet nem olvasható vissza: %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Kép hozzáadása fájlból…</translation>
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
        <translation>Az adatlap mellékletei</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Még nincsenek mellékletek. Fényképek, beszámolók vagy szórólapok segítenek a többi városnak elképzelni a gyakorlatot.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Fájl hozzáadása…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Fájl hozzáadása az adatlaphoz</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Megjelenítés a szövegben</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>A kijelölt kép megjelenítése abban a szövegmezőben, amelybe utoljára írt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>A kijelölt melléklet eltávolítása az adatlapról</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Ezt a gyakorlati adatlapot törölték; a módosításai nem tárolhatók.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 módosítása</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Egy gyakorlati adatlap sem felel meg ennek: „%1”.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Ezt a gyakorlati adatlapot törölték. Zárja be ezt az ablakot; a főablak Szerkesztés &gt; Visszavonás parancsával visszaállíthatja.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Egyes módosítások nincsenek mentve: lásd a pirossal jelölt mezőket</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Szerkesztés…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Minden módosítás mentve · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Csak olvasható</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>A módosítások gépelés közben mentésre kerülnek</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Cím nélküli gyakorlati adatlap</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 – Gyakorlati adatlap</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Egyes módosításokat nem sikerült menteni; először javítsa ki a pirossal jelölt mezőket.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>A beküldés előtt töltse ki a következőket: %1. A bal oldali ellenőrzőlista mindegyikhez elvezeti.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Közzéteszi a következő adatlapot: „%1”? A közzétett adatlapok a projekt gyakorlatgyűjteményének részévé válnak, és minden partner olvashatja őket.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Közzététel</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>A következő mezőket nem sikerült menteni: %1. Mégis bezárja az ablakot, és elveti a beléjük írt szöveget?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Bezárás mindenképp</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Az adatlap címe</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Az adatlap városa, nyelve és bizalmassági szintje</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Mi maradt meg</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Miért csak olvasható az adatlap</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Felülvizsgálati folyamat üzenete</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Felülvizsgálati megjegyzések</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Megjegyzés az adatlaphoz…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Felülvizsgálati megjegyzés írása a városnak a teljes adatlapról</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Az adatbázis írásvédetten van megnyitva: az adatlap olvasható és exportálható, de nem módosítható.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Gyakorlati adatlapok írása előtt válassza ki a szerepkörét (koordinátor vagy városi kapcsolattartó).</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Ez az adatlap a következő városhoz tartozik: %1. Csak %1 kapcsolattartója és a koordinátor módosíthatja; Ön olvashatja és exportálhatja.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Felülvizsgálatra beküldve: a koordinátor éppen átnézi. Ha módosítani szeretne rajta, előbb vonja vissza a beküldést; ekkor az adatlap visszakerül piszkozat állapotba.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Az adatlap állapota: %1. Most már csak a koordinátor módosíthatja. Ha valamit javítani kell, kérje meg, hogy kérjen módosítást.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>módosítva: %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>A koordinátor módosítást kért; a megjegyzése az űrlap fölött látható.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>A koordinátor módosítást kért. A megjegyzései az érintett mezők mellett találhatók: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Visszavonás</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Visszavonás: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Az adatlap utolsó mentett módosításának visszavonása</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Újra: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Az utoljára visszavont módosítás ismételt végrehajtása</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Fordítás…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Az adatlap kapcsolt másolatának létrehozása egy másik nyelven, a forrás mellett megjelenítve</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportálás</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Az adatlap exportálása PDF- vagy HTML-formátumban, illetve nyomtatása</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exportálás &amp;PDF-be…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportálás &amp;HTML-be…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Nyomtatás…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Adatlap</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Gyakorlati adatlap</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Gyakorlati adatlap exportálása PDF-be</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Gyakorlati adatlap exportálása HTML-be</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Weboldalak (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Gyakorlati adatlap nyomtatása</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Még nincs rögzítve semmi.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Még tart</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>A beküldéshez kötelező</translation>
    </message>
    <message>
        <source>required</source>
        <translation>kötelező</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Megjegyzés…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Felülvizsgálati megjegyzés írása a városnak ehhez a mezőhöz</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Felülvizsgálati megjegyzés (%1 mező)</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Forrás (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Fordítás (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 (a forrásadatlapon)</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>A forrásban ez a mező megváltozott a fordítás legutóbbi frissítése óta.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Gyakorlati adatlap űrlapja</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Azonosító adatok</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Mi a gyakorlat neve, kié, mikor valósult meg, és ki olvashatja.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Háttér és célkitűzések</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Miért volt szükség a gyakorlatra, és mit kívánt elérni.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Intézkedések és partnerek</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Mi történt, kikkel, és mennyibe került.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Eredmények és értékelés</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Mi változott, és honnan tudják.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Átültethetőség és tanulságok</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Mit kell tudnia egy másik városnak ahhoz, hogy ugyanezt megvalósítsa – a kudarcokat is beleértve.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>Az a személy, akihez a partnerek ezzel a gyakorlattal kapcsolatban fordulhatnak.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Mellékletek</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Fényképek, beszámolók és egyéb fájlok; a képek a szövegben is megjeleníthetők.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Rövid név, amelyből kiderül, mit tesz a gyakorlat, pl. „Éjszakai mediáció az óvárosban”</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Három-négy mondat a sietős olvasónak: mi történt, hol, kinek, és milyen eredménnyel.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>A helyi helyzet, amely ezt a gyakorlatot szükségessé tette: a probléma, hol és mikor jelentkezik, kiket érint. A számadatok segítenek.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Min kívánt változtatni a gyakorlat. Listaelemenként egy célkitűzés, lehetőleg mérhető formában.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Kinek szól a gyakorlat, és kiket ér el: lakosok, fiatalok, az éjszakai szórakoztatóipar dolgozói, rendőrök…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Mi történt lépésről lépésre: tevékenységek, bevont személyzet, ütemezés, eszközök és módszerek.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Kik vettek részt, és ki mivel járult hozzá: rendőri szervek, városi szervezeti egységek, egyesületek, vállalkozások, lakosok.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Hozzávetőleges költség és ki fizette: városi költségvetés, nemzeti vagy uniós finanszírozás, természetbeni hozzájárulások.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Mi változott, mutatókkal alátámasztva: előtte és utána mért adatok, kimenetek, a lakosok vagy a partnerek visszajelzései.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Hogyan és ki értékelte az eredményeket, és mire jutott az értékelés.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Mire lenne szüksége egy másik városnak ugyanehhez: a siker feltételei, erőforrások, mi igazítható a helyi viszonyokhoz.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Mit csinálnának másként, mi lepte meg Önöket, milyen tanácsot adnának egy most kezdő városnak. A kudarcokról is érdemes írni.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Jelölje be azokat a projekttémákat, amelyekhez a gyakorlat hozzájárul.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Azok a munkacsoportok, amelyeknek el kell olvasniuk ezt az adatlapot.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>A nyilvános adatlapok megjelenhetnek a projekt kiadványában; a „Csak partnereknek” szintű adatlapok a partnerségen belül maradnak; a „Csak rendőrségi használatra” szintűek csak a rendőri szervekkel kerülnek megosztásra.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Válasszon kapcsolattartót a városa névjegyei közül; ha hiányzik, előbb vegye fel a Névjegyek között.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>Az a nyelv, amelyen ez az adatlap készült.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikálás</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Új piszkozat létrehozása a kijelölt adatlap másolatából</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>Fo&amp;rdítás…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>A kijelölt adatlap kapcsolt fordításának létrehozása</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n szó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n megjegyzés</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Szakaszok</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Az adatlap szakaszai</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>A kötelező mezők ki vannak töltve</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Még üres kötelező mezők</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>A beküldéshez kötelező: %1 / %2 kitöltve</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>A beküldéshez kötelező mezők</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Állapotelőzmények</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Az adatlap állapotelőzményei</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Még nincs beküldve</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>A koordinátor megjegyzése a teljes adatlaphoz</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>A koordinátor megjegyzése</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Mit nézzen meg először a város, vagy miért nincs még kész az adatlap</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Mit kell módosítani vagy kiegészíteni ebben a mezőben</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Cím nélküli gyakorlati adatlap</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Csak partnereknek</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Korlátozott – csak rendőrségi használatra</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · a gyakorlati adatlap nyomtatva: %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Gyakorlati adatlap</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Mellékletek</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Forrás megnyitása</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>A forrásadatlap megnyitása</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Megjelölés naprakészként</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Annak jelzése, hogy a fordítás most már követi a forrás jelenlegi állapotát</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>A fordítás forrása már nem érhető el.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Fordítás – forrás: „%1” (%2). A forrás minden mező mellett látható.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 A forrás azóta megváltozott: %2 (lent kiemelve).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Az adatlap fordításai:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (elavult)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Fordítás megnyitása (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Nincs gyakorlati adatlap ezzel az azonosítóval: %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Ez az adatlap maga is fordítás: helyette az eredetijét fordítsa le.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>Az adatlap már ezen a nyelven készült.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Erre a nyelvre már létezik fordítás.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Cím nélküli gyakorlati adatlap</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>A Pactesur váratlanul leállt, miközben ez az adatlap nyitva volt: „%1”. A megnyitása óta semmi sem változott rajta, legfeljebb a leállás előtti utolsó néhány másodpercben. Az adatlap újra meg van nyitva.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>A Pactesur váratlanul leállt, miközben ez az adatlap nyitva volt: „%1”. Minden megmaradt, amit eddig az időpontig írt: %2 (%3); legfeljebb a leállás előtti utolsó %n másodpercnyi gépelés hiányozhat. Az adatlap újra meg van nyitva, hogy ellenőrizhesse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Felülvizsgálati megjegyzést csak a koordinátor írhat.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Csak a koordinátor állíthat egy gyakorlati adatlapot a következő állapotba: „%1”.</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Ez a gyakorlati adatlap felülvizsgálatra vár. Módosítás előtt vonja vissza a beküldést, hogy ismét piszkozat legyen.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>A gyakorlati adatlap állapota: %1. Most már csak a koordinátor módosíthatja. Kérje meg, hogy kérjen módosítást.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Ez a gyakorlati adatlap még nem küldhető be: előbb töltse ki a következőket: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Újbóli beküldés</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Beküldés felülvizsgálatra</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Beküldés visszavonása</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Módosítás kérése</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Közzététel visszavonása</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Jóváhagyás</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Közzététel…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Állapot: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetsReport</name>
    <message>
        <source>ID</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Utolsó módosítás</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>a gyakorlati adatlapok beolvasása</translation>
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
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Billentyűparancsok</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Billentyűparancs</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>A diagramokon, a térképen és a naptárban a nyílbillentyűk elemről elemre lépnek, az Enter pedig megnyitja a kiválasztottat.</translation>
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
    <message>
        <source>package</source>
        <translation>csomag</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Az előnézetben megjelenítendő és importálandó adatcsere-csomag (.pactesur).</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[csomag]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Nyelv:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Gyakorlati adatlap fordítása</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>A fordítás („%1”, %2) önálló adatlap, amely az eredetihez kapcsolódik. A szerkesztő minden mező mellett megjeleníti az eredetit, és megjelöli azokat a mezőket, amelyek az eredetiben később megváltoznak.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Már elkészült fordítások: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>A fordítás nyelve</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Fordítás létrehozása</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
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
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nem olvasható: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nem írható: %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>a kapcsolat megszakadt, mielőtt a teljes fájl megérkezett volna</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>a fájl nagyobb, mint amekkora egy csomag lehet</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>A szinkronizálás megszakítva.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>A postafiók (%1) elutasította a felhasználónevet vagy a jelszót.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>A postafiók ezt nem engedélyezi itt: %1 (403 Forbidden). Ellenőrizze a mappa megosztási jogosultságait.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Ezen a címen nincs mappa a kiszolgálón: %1. Hozza létre, vagy ellenőrizze a postafiók címét.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>A postafiókot egy másik program zárolta a kiszolgálón (423 Locked); a következő szinkronizálás újra megpróbálja.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>A kiszolgáló lassításra kér (429 Too Many Requests); a következő szinkronizálás újra megpróbálja.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>A postafiók megtelt: elfogyott a kiszolgáló tárhelykvótája (507). Szabadítson fel ott helyet, vagy kérjen többet a kiszolgáló rendszergazdájától.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Kiszolgálóhiba (%1) itt: %2; a következő szinkronizálás újra megpróbálja.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>A kiszolgáló %1 kóddal válaszolt itt: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>A postafiók (%1) tanúsítványában ez a számítógép nem bízik meg: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>A postafiók (%1) nem érhető el: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Nem olvasható a kiszolgáló tartalomlistája (%1).</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>A postafiókban lévő fájl nagyobb, mint amekkora egy csomag lehet: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>A csomag szerint ez a replika: %1 más nevében ír, mint amit ez az adatbázis tud róla; semmi sem változott.</translation>
    </message>
</context>
</TS>
