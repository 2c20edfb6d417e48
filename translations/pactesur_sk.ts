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
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>čítaní aktivít</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>čítaní údajov o účasti</translation>
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
        <translation>Správa o aktivitách</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · správa vypracovaná %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kľúčové údaje</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Aktivity podľa miest</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Aktivity podľa tém</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Aktivity podľa druhu</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivity</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Zapojené mestá</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Príslušníci polície</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Ženy</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Uskutočnené: %1 · plánované: %2 · zrušené: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Počty účastníkov sú údaje, ktoré mestá uviedli pre jednotlivé aktivity; ak žiadne mesto údaje neuviedlo, započíta sa celkový počet uvádzaný pre danú aktivitu.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Ako hostiteľ</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Ako účastník</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Všetky mestá</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Aktivita sa započítava pod tému svojej pracovnej skupiny. Karty praxe sú všetky doterajšie karty k danej téme bez ohľadu na ich stav; preklady sa nezapočítavajú.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Karty praxe</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Schválené alebo zverejnené</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Bez témy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>V tomto období nie je žiadna aktivita.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dátumy</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Mestá</translation>
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
        <translation>Strana %1 z %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Obdobie</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Dátum vypracovania</translation>
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
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
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
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>autorom je replika, ktorú táto databáza nepozná</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>styčná osoba mesta môže meniť len záznamy vlastného mesta</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>styčná osoba mesta nemôže odovzdať záznam inému mestu</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>karty praxe posudzuje len koordinátor</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>vlastník záznamu sa nikdy nemení</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>jeho vlastník nemôže vlastniť záznam tohto typu</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Zálohu %1 nie je možné prečítať.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Záloha %1 už neexistuje.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>Záloha %1 patrí inej databáze; tu ju nie je možné obnoviť.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>obnovovaní zálohy</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Osobné údaje vymazaných kontaktov sa nepodarilo odstrániť zo zálohy %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Pred každým importom a každým obnovením sa vytvorí záloha celej databázy; po importe sa ponechá desať najnovších záloh. Nachádzajú sa v priečinku %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Obnoviť zálohu (%1)?
Databáza sa vráti do vtedajšieho stavu. Jej aktuálny stav sa najprv uloží do novej zálohy a príkazom Úpravy ▸ Späť ho môžete vrátiť.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Obnovuje sa záloha…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Vytvorená</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veľkosť</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Obnoviť…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Zobraziť priečinok</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Zatiaľ žiadne zálohy.

Prvá sa vytvorí, keď importujete balík.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>Aktivity – %1</translation>
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
        <translation>Táto databáza ešte nemá nastavenú rolu. Najprv ju vyberte: koordinátor alebo styčná osoba mesta.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Tento súbor nie je identifikačná karta Pactesur alebo je poškodený.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>Kartu %1 nemožno prečítať.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Kartu nemožno zapísať do %1.</translation>
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
        <translation>Obdobie projektu nie je zaznamenané</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Dnes, %1: projekt sa ešte nezačal</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Dnes, %1: projekt sa skončil</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Dnes, %1</translation>
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
    <message>
        <source>Further commands:</source>
        <translation>Ďalšie príkazy:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Táto databáza ešte nemá nastavenú rolu. Najprv ju vyberte: koordinátor alebo styčná osoba mesta.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Odtlačok kľúča: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Zaregistrované: %1, odtlačok kľúča %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Už zaregistrované: %1, odtlačok kľúča %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Súbor s heslom %1 sa nedá prečítať.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Nie je nastavená žiadna schránka. Nastavte ju príkazom: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Schránka: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Používateľ: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Zverejnené balíky: %1; ešte nedoručené všetkým príjemcom: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Ešte nikdy nesynchronizované.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Posledná synchronizácia: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Schránka nastavená: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Balíky odoslané: %1, prijaté: %2, importované: %3; nové konflikty: %4; odmietnuté: %5.</translation>
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
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       zapíše podpísaný a zapečatený výmenný balík
  import FILE [--dry-run] [--json]     zlúči balík (najprv vytvorí zálohu)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              odtlačok kľúča tejto repliky; register
  keys export --out FILE               zapíše identifikačnú kartu tejto repliky
  keys trust CARD [--fingerprint FP]   zaregistruje kartu po porovnaní odtlačkov kľúčov
  keys revoke REPLICA                  odvolá dôveru v kľúče repliky
  mailbox set URL [--user USER]        nastaví schránku WebDAV alebo priečinok na synchronizáciu
  mailbox show [--json]                zobrazí schránku a to, čo v nej pre nás je
  sync [--password-file FILE] [--json] vykoná jedno kolo automatickej výmeny
                                       (alebo heslo v PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       pridá syntetické záznamy

Typy: %1
Databáza: %2, ak --db alebo PACTESUR_DB neurčuje inú.
Návratové kódy: 0 – hotovo, 1 – zlyhanie (pri sync: schránka nebola dostupná alebo sa kolo
nedokončilo), 2 – chyba použitia, 3 – vstup odmietnutý (nič sa nezmenilo; pri sync: balíky
odmietnuté).</translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictInbox</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Odstránenie alebo ponechanie</translation>
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
        <source>Last change</source>
        <translation>Posledná zmena</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Otvorené konflikty</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Žiadne otvorené konflikty.
Keď balík prinesie inú hodnotu poľa, ktoré ste zmenili aj vy, obe hodnoty tu počkajú na vaše rozhodnutie.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n otvorený konflikt; zobrazuje sa %1 najnovších.</numerusform>
            <numerusform>%n otvorené konflikty; zobrazuje sa %1 najnovších.</numerusform>
            <numerusform>%n otvorených konfliktov; zobrazuje sa %1 najnovších.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n otvorený konflikt. Vyberte hodnotu, ktorá sa má ponechať; voľbu môžete vrátiť späť až do ďalšieho exportu balíka.</numerusform>
            <numerusform>%n otvorené konflikty. Vyberte hodnoty, ktoré sa majú ponechať; voľbu môžete vrátiť späť až do ďalšieho exportu balíka.</numerusform>
            <numerusform>%n otvorených konfliktov. Vyberte hodnoty, ktoré sa majú ponechať; voľbu môžete vrátiť späť až do ďalšieho exportu balíka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Zobraziť záznam</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Ponechať moju verziu</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Nie je vybraný žiadny konflikt</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Vyberte konflikt v zozname a jeho hodnoty sa zobrazia vedľa seba.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 „%2“: na jednej strane odstránené, na druhej upravené</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>Záznam sa ponechá, kým sa nerozhodnete. Ponechajte ho alebo ho odstráňte, ako požadovala jedna zo strán.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Toto pole bolo zmenené na dvoch miestach skôr, než si vymenili balíky. Obe hodnoty sa uchovávajú, kým jednu nevyberiete alebo nenapíšete hodnotu, ktorá ich spája.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Hodnota, ktorá sa má ponechať</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Alebo napíšte hodnotu, ktorá sa má ponechať, napríklad takú, ktorá spája obe:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Hodnota %1 (práve zobrazená)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Hodnota %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Zapísal(a): %1, %2 o %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Odstrániť záznam</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Ponechať záznam</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Ponechať túto hodnotu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Odstránené</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Ponechané, s úpravami druhej strany</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdne)</translation>
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
        <source>Erase this contact's personal data for good</source>
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
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Kliknutím na číslo zobrazíte záznamy, z ktorých vychádza, kliknutím na mesto ho otvoríte a kliknutím na dátum otvoríte príslušnú aktivitu. Kliknutím na nadpis stĺpca zoradíte tabuľku.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Čísla jednotlivých partnerských miest</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: kliknutím otvoríte</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Do dnešného dňa žiadna aktivita</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Kliknutím ich zobrazíte.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Posledná</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>Najnovšia aktivita, ktorej bolo mesto hostiteľom alebo účastníkom, do dnešného dňa.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Aktivity</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Príslušníci polície vo výmenách</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Aktivity ako hostiteľ</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Ako hostiteľ</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Aktivity, ktorých je alebo bolo mesto hostiteľom; zrušené sa nezapočítavajú.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Aktivity, ktorých hostiteľom je mesto %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Aktivity ako účastník</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Ako účastník</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Aktivity, ktorých hostiteľom bolo iné mesto, alebo online aktivity, v ktorých je zaznamenaná účasť mesta.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Aktivity s účasťou mesta %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Vyslaní príslušníci polície</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Vyslaní</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Príslušníci polície z mesta zaznamenaní vo výmenách príslušníkov polície, ktorých hostiteľom bolo iné mesto.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Príslušníci polície vyslaní mestom %1 na výmeny príslušníkov polície</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Prijatí príslušníci polície</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Prijatí</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Príslušníci polície z iných miest zaznamenaní vo výmenách príslušníkov polície, ktorých hostiteľom bolo toto mesto.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Príslušníci polície prijatí mestom %1 v rámci výmen príslušníkov polície</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Karty praxe mesta bez ohľadu na ich stav; preklad sa nezapočítava ako ďalšia karta.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Karty praxe mesta %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Karty praxe: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Karty praxe mesta so stavom „%1“; preklad sa nezapočítava ako ďalšia karta.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Karty praxe mesta %1: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Pracovné skupiny</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Pracovné skupiny, ktorých je mesto členom.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Pracovné skupiny mesta %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Kontakty na preskúmanie</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Kontakty mesta, ktorých termín preskúmania uplynul: overte, či sú stále potrebné a správne.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Kontakty mesta %1 na preskúmanie</translation>
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
        <translation>Posledná aktivita: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Kliknutím zobrazíte záznamy, z ktorých vychádza vybrané číslo.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Vyfarbiť mestá podľa:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Číslo zobrazené na mape</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Keď ukážete na mesto, zobrazia sa jeho čísla; kliknutím naň zobrazíte záznamy, z ktorých vychádza vybrané číslo.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Mapové údaje: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Mapa partnerských miest: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n mesto bez súradníc nie je možné umiestniť na mapu.</numerusform>
            <numerusform>%n mestá bez súradníc nie je možné umiestniť na mapu.</numerusform>
            <numerusform>%n miest bez súradníc nie je možné umiestniť na mapu.</numerusform>
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
        <translation>Aktivity, ktoré sa začali pred %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Aktivity, ktoré sa začali v období %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Aktivity, ktoré sa začali po %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Karty praxe so stavom „%1“</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Karty praxe k téme „%1“</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Aktivity podľa štvrťrokov</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Účastníci podľa druhu aktivity</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Karty praxe podľa stavu</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Karty praxe podľa témy</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Obdobie projektu, dnešný deň a míľniky</translation>
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
        <source>Day %1 of %2 (%3)</source>
        <translation>Deň %1 z %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Kliknutím otvoríte túto aktivitu.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Na tejto línii sa zobrazujú míľniky: aktivity, ktorých účastníci alebo mestá sú uvádzané za celé partnerstvo.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Míľniky: aktivity, ktorých účastníci alebo mestá sú uvádzané za celé partnerstvo. Kliknutím na míľnik ho otvoríte.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partnerské mestá</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Plánované alebo uskutočnené; zrušené sa nezapočítavajú.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Zaznamenaní mestami</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Z verejných správ</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Ženy medzi účastníkmi</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Z %1 účastníkov, pri ktorých je zaznamenaný počet žien.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Počet žien zatiaľ neuvádza žiadny záznam o účasti.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Príslušníci polície vo výmenách</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Vyslaní svojím mestom na výmeny príslušníkov polície, ktorých hostiteľom bolo iné mesto.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Aktivity, plánované alebo uskutočnené</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Aktivity s účastníkmi</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Záznamy o účasti, ktoré uvádzajú počet žien</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Príslušníci polície vyslaní na výmeny príslušníkov polície, ktorých hostiteľom bolo iné mesto</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n aktivita</numerusform>
            <numerusform>%1: %n aktivity</numerusform>
            <numerusform>%1: %n aktivít</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Skôr</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Neskôr</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Zatiaľ žiadne aktivity.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: počet účastníkov %2 (zaznamenaní mestami: %3, z verejných správ: %4)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Zatiaľ nie sú zaznamenaní ani uvádzaní žiadni účastníci.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Verejné správy uvádzajú niektoré súčty bez toho, aby uviedli, koľko ľudí prišlo z jednotlivých miest. Takýto súčet sa tu započíta pre svoju aktivitu, ak žiadne mesto nezaznamenalo svoju účasť, a nikdy sa nezapočíta do údajov mesta.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Účastníci zaznamenaní mestami v aktivitách druhu „%1“</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Účastníci z verejných správ v aktivitách druhu „%1“</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Zatiaľ žiadne karty praxe. Započítajú sa tu, keď ich mestá spíšu.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n karta praxe</numerusform>
            <numerusform>%1: %n karty praxe</numerusform>
            <numerusform>%1: %n kariet praxe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivita</numerusform>
            <numerusform>%n aktivity</numerusform>
            <numerusform>%n aktivít</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n účastník</numerusform>
            <numerusform>%n účastníci</numerusform>
            <numerusform>%n účastníkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n karta praxe</numerusform>
            <numerusform>%n karty praxe</numerusform>
            <numerusform>%n kariet praxe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n záznam zo zoznamu „%1“.</numerusform>
            <numerusform>%n záznamy zo zoznamu „%1“.</numerusform>
            <numerusform>%n záznamov zo zoznamu „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, súčet za %n záznam zo zoznamu „%3“.</numerusform>
            <numerusform>%1: %2, súčet za %n záznamy zo zoznamu „%3“.</numerusform>
            <numerusform>%1: %2, súčet za %n záznamov zo zoznamu „%3“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Záznamy, z ktorých vychádza číslo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvoriť</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Otvorí vybraný záznam v jeho sekcii</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Dvojitým kliknutím na riadok otvoríte jeho aktivitu, v ktorej je táto účasť uvedená.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Dvojitým kliknutím na záznam ho otvoríte v jeho sekcii.</translation>
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
        <translation>%1. štvrťrok %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Mestá</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Prehľad</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Načítavajú sa čísla…</translation>
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
        <source>building the search index</source>
        <translation>vytváraní vyhľadávacieho indexu</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Registrácia karty</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Skôr než tejto karte dôverujete, porovnajte odtlačok kľúča</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Podľa tejto karty patrí: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replika %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Odtlačok kľúča karty:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Odtlačok kľúča karty</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Zavolajte osobe, ktorej karta patrí, alebo sa s ňou stretnite a požiadajte ju, aby vám nahlas prečítala svoj odtlačok kľúča (Výmeny ▸ Kľúče v jej Pactesur). Kartu zaregistrujte len vtedy, ak sa zhoduje každá skupina číslic: ktokoľvek môže vytvoriť kartu, ktorá sa vydáva za niekoho iného.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Prečítaný odtlačok kľúča (nepovinné: ak ho zadáte, Pactesur ho porovná):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Prečítaný odtlačok kľúča</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>napr. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Zaregistrovať: odtlačky sa zhodujú</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Zaregistrovať kartu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Importovať balík</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Balíky Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všetky súbory (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Exportovať balík…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Uloží súbor balíka, ktorý pošlete partnerom</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importovať balík…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Otvorí súbor balíka, ktorý vám poslal partner: ukáže, čo mení, a potom ho použije</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Prijaté a odoslané balíky</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kľúče</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Uložiť balík</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Balíky Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Export bol zrušený; nezapísal sa žiadny súbor.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Exportovať balík</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Balík je súbor, ktorý pošlete partnerom (e-mailom alebo na USB kľúči); otvoria ho príkazom Súbor ▸ Importovať balík.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>To, čo jeden partner ešte nedostal (odporúča sa):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Menší: len zmeny od chvíle, keď k vám dorazil posledný balík od tohto partnera.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Zatiaľ vám žiadny partner neposlal balík: prvýkrát pošlite úplnú kópiu.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>To, čo koordinátor ešte nedostal (odporúča sa)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Menší: len zmeny od chvíle, keď k vám dorazil posledný balík od koordinátora.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Od koordinátora zatiaľ neprišiel žiadny balík: prvýkrát pošlite úplnú kópiu.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Úplná kópia celého obsahu tejto databázy</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Typ záznamu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Záznamy</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Obsah balíka</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Priebeh exportu</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Zisťuje sa obsah balíka…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Obsah balíka: %n záznam.</numerusform>
            <numerusform>Obsah balíka: %n záznamy.</numerusform>
            <numerusform>Obsah balíka: %n záznamov.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovať…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavrieť</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Zobraziť v priečinku</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Zapisuje sa balík… Tlačidlo Zrušiť zápis zastaví; nezostane žiadny súbor.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Balík je uložený ako:
%1
Pošlite tento súbor partnerovi.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>V Pactesur sa karty registrujú v časti Výmeny ▸ Kľúče ▸ Zaregistrovať kartu… po porovnaní ich odtlačku kľúča s vlastníkom.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Od „%1“ zatiaľ neprišiel žiadny balík, takže nie je z čoho vytvoriť rozdielový balík; namiesto toho exportujte úplný balík.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušené.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>počítaní záznamov na export</translation>
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
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Tento balík nemôže prijať žiadna zaregistrovaná replika: najprv zaregistrujte karty miest (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Najprv zaregistrujte kartu koordinátora (keys trust FILE): balíky sa pečatia preňho.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Pre balík nemožno vytvoriť súkromný dočasný priečinok.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>zaznamenávaní exportu</translation>
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
    <message>
        <source>Source revision</source>
        <translation>Verzia originálu</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Karta praxe</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Pôvodný stav</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Nový stav</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
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
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>očakáva sa objekt JSON, napríklad {"sk": "…"}</translation>
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
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>očakáva sa objekt JSON, napríklad {"summary": "…"}</translation>
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
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>Priečinok schránky %1 je plný: uvoľnite miesto na jeho disku.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>Priečinok schránky %1 neexistuje (nepripojená jednotka alebo ešte nesynchronizovaný priečinok?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Priečinok %1 sa v schránke nedá vytvoriť: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronizácia bola zrušená.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>%1 sa do schránky nedá zapísať: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>%1 sa v schránke nedá premenovať: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>%1 sa zo schránky nedá prečítať: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>%1 sa zo schránky nedá odstrániť: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Záznamy môže generovať len databáza koordinátora.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Nové</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualizované</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nezmenené</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Záznamy, ktoré ešte nemáte.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Záznamy, ktoré máte a ktoré balík mení.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Záznamy, ktoré už máte v rovnakej podobe.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Záznamy upravené na oboch stranách: obe hodnoty sa uchovávajú, kým niekto nerozhodne v sekcii Konflikty.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Zmeny, ktoré odosielateľ nesmie vykonať; vynechajú sa a zvyšok sa importuje.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importovať balík</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Použiť</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Skontrolovať konflikty</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavrieť</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Čo balík mení</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Priebeh importu</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otvára sa %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Balík od: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Vytvorený %1 o %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Úplná kópia údajov odosielateľa: %n záznam.</numerusform>
            <numerusform>Úplná kópia údajov odosielateľa: %n záznamy.</numerusform>
            <numerusform>Úplná kópia údajov odosielateľa: %n záznamov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Zmeny od vašej poslednej výmeny: %n záznam.</numerusform>
            <numerusform>Zmeny od vašej poslednej výmeny: %n záznamy.</numerusform>
            <numerusform>Zmeny od vašej poslednej výmeny: %n záznamov.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Súbor: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Balík sa porovnáva s vašou databázou…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Nič nové: vaša databáza už obsahuje všetko, čo je v tomto balíku. Tlačidlom Použiť zaznamenáte, že ste ho dostali.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Kým nekliknete na Použiť, nič sa nezmení. Najprv sa vytvorí záloha vašej databázy.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Ruší sa… vaša databáza zostáva bez zmeny.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importuje sa… Tlačidlo Zrušiť import zastaví a databáza zostane bez zmeny.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importované. Nové: %1, aktualizované: %2, konflikty na kontrolu: %3, odmietnuté: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Predchádzajúci stav vašej databázy je uložený v súbore %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Balík bol importovaný</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import bol zrušený</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Balík nebol importovaný</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Import zlyhal</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Ukladajú sa zmeny… Tlačidlo Zrušiť ukladanie zastaví a databáza zostane bez zmeny.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Kontroluje sa balík… Tlačidlo Zrušiť kontrolu zastaví a databáza zostane bez zmeny.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Dôvod: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Vo vašej databáze sa nič nezmenilo.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Všetky zmeny v tomto balíku boli odmietnuté: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>Import bol zrušený; vaša databáza je bez zmeny.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Podpísal: %1 (overené)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>Podpis odosielateľa nebol overený.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Odtlačok kľúča: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Ešte %n nový alebo zmenený záznam je započítaný vyššie, ale nie je v zozname.</numerusform>
            <numerusform>Ešte %n nové alebo zmenené záznamy sú započítané vyššie, ale nie sú v zozname.</numerusform>
            <numerusform>Ešte %n nových alebo zmenených záznamov je započítaných vyššie, ale nie sú v zozname.</numerusform>
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
        <translation>Záznam</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Čo sa mení</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Nové záznamy (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Aktualizované záznamy (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Konflikty na kontrolu (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Odmietnuté (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Bez názvu (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nový</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Odstránenie</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
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
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>Kryptografickú knižnicu nemožno spustiť.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Kľúče tejto databázy (%1) nemožno prečítať.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Kľúče tejto databázy (%1) sú poškodené.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Kľúče tejto databázy nemožno uložiť do %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Odtlačok kľúča je skopírovaný.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (táto databáza)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Odvolané</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktívne</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Registrácia karty</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Identifikačné karty Pactesur (*.card);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Zaregistrované: %1. Jej balíky sa prijímajú a vaše sa pre ňu môžu pečatiť.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Už zaregistrované: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Export mojej karty</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Vaša karta je uložená ako %1. Pošlite ju partnerovi a potom mu po telefóne prečítajte svoj odtlačok kľúča.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Odvolať kľúče (%1)?
Jej balíky sa odteraz odmietajú a vaše ďalšie balíky to oznámia každému mestu. Odvolanému kľúču sa už nikdy nebude dôverovať: osoba si vytvorí novú databázu a vy zaregistrujete jej kartu.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Odvolať</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Kľúče sú odvolané: %1.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Každý balík podpisuje jeho odosielateľ a pečatí ho pre repliky, ktoré ho môžu čítať. Karta obsahuje verejné kľúče jednej repliky; skôr než zaregistrujete niečiu kartu, porovnajte jej odtlačok kľúča s tým, ktorý vám prečíta vlastník, po telefóne alebo osobne.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Táto databáza</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replika %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Táto databáza ešte nemá rolu.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Váš odtlačok kľúča: prečítajte ho partnerovi, ktorý registruje vašu kartu.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Váš odtlačok kľúča</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovať</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Kopírovať odtlačok kľúča</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>&amp;Exportovať moju kartu…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Exportovať moju kartu</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Repliky, ktorým táto databáza dôveruje</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Kartu každého mesta zaregistrujete po porovnaní jej odtlačku kľúča; každý balík, ktorý pošlete, obsahuje tento zoznam, takže mestá si navzájom dôverujú prostredníctvom vás.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Ako styčná osoba mesta zaregistrujete raz kartu koordinátora; ostatné mestá prídu s balíkmi koordinátora.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odtlačok kľúča</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replika</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Zaregistrovať kartu…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Zaregistrovať kartu</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Odvolať…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Odvolať vybrané kľúče</translation>
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
    <message>
        <source>Status change</source>
        <translation>Zmena stavu</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Zmeny stavu</translation>
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
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Prijatý</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odoslaný</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Neznámy</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Ktokoľvek (úplná kópia)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Nové: %1, aktualizované: %2, nezmenené: %3, konflikty: %4, odmietnuté: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Every package this database received or sent, newest first.</source>
        <translation>Všetky balíky, ktoré táto databáza prijala alebo odoslala, od najnovších.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Prijaté a odoslané balíky</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Protistrana</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Zatiaľ nebol odoslaný ani prijatý žiadny balík.

Balík prenáša zmeny tejto databázy koordinátorovi alebo mestám a prináša späť tie ich. Exportujte balík, aby ste odoslali svoju prácu; importujte balík, ktorý ste dostali. Každá výmena sa potom zobrazí tu.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Ruší sa…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>Schránka potrebuje heslo používateľa %1: vyžiada si ho príkaz Súbor ▸ Synchronizovať teraz.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Systémová kľúčenka nie je k dispozícii: Pactesur si heslo ponechá, kým sa nezatvorí.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur ho uchováva v systémovej kľúčenke.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Heslo schránky</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Heslo používateľa %1 na serveri %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Nesynchronizované: schránka potrebuje heslo používateľa %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n balík neprijatý: znova sa ponúkne pri ďalšej synchronizácii.</numerusform>
            <numerusform>%n balíky neprijaté: znova sa ponúknu pri ďalšej synchronizácii.</numerusform>
            <numerusform>%n balíkov neprijatých: znova sa ponúknu pri ďalšej synchronizácii.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Synchronizovať &amp;teraz</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Vymeniť teraz balíky s partnermi cez schránku</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Schránka…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Kde a ako často sa balíky vymieňajú automaticky</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Schránka</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Pactesur cez schránku sám odosiela vaše zmeny partnerom a importuje tie ich. Schránka je priečinok na serveri WebDAV, napríklad Nextcloud, alebo priečinok na tomto počítači, ktorý s nimi zdieľa synchronizačný klient. Ak chcete vymieňať balíky len ručne, nechajte adresu prázdnu.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Adresa schránky</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Priečinok: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Používateľ:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Meno používateľa na serveri</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Heslo na serveri</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronizovať &amp;každých:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Len ručne</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Počet minút medzi automatickými synchronizáciami</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Kým je Pactesur otvorený; 0: len keď zvolíte Súbor ▸ Synchronizovať teraz</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Skontrolovať každý prichádzajúci balík pred jeho importom</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>O&amp;testovať pripojenie</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Výsledok testu pripojenia</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Uložiť nastavenia schránky</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Systémová kľúčenka nie je k dispozícii: heslo sa vyžiada raz za reláciu.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Heslo je uložené v systémovej kľúčenke.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testuje sa pripojenie…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Pripojenie funguje.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Schránka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Zastaviť synchronizáciu; ďalšia bude pokračovať tam, kde sa zastavila</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Prebieha synchronizácia</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Schránka nie je nastavená</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Balíky sa vymieňajú ručne. Nastavte schránku (Nastavenia ▸ Schránka…), aby sa s partnermi vymieňali automaticky.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizuje sa…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Synchronizuje sa · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Vymieňajú sa balíky so schránkou. Tlačidlo Zrušiť výmenu zastaví; ďalšia synchronizácia bude pokračovať odtiaľto.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>Schránku sa nepodarilo synchronizovať</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Schránka nastavená · zatiaľ nesynchronizovaná</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronizované %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>%n prijatý balík</numerusform>
            <numerusform>%n prijaté balíky</numerusform>
            <numerusform>%n prijatých balíkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>%n odoslaný</numerusform>
            <numerusform>%n odoslané</numerusform>
            <numerusform>%n odoslaných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nový konflikt</numerusform>
            <numerusform>%n nové konflikty</numerusform>
            <numerusform>%n nových konfliktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n odmietnutý</numerusform>
            <numerusform>%n odmietnuté</numerusform>
            <numerusform>%n odmietnutých</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>Schránka sa z tejto databázy ešte nesynchronizovala.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Posledná synchronizácia: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Importované balíky: %1 (stiahnuté: %2), odoslané: %3; odstránené zo schránky, keď ich dostali všetci príjemcovia: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Nové konflikty: %1; odmietnuté balíky: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémy</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čakajúce</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>v neznámom čase</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>práve teraz</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>pred %n min</numerusform>
            <numerusform>pred %n min</numerusform>
            <numerusform>pred %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>pred %n hodinou</numerusform>
            <numerusform>pred %n hodinami</numerusform>
            <numerusform>pred %n hodinami</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>dňa %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>Pripravuje sa balík…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Balík %1 sa nedá uchovať vedľa databázy.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Balík %1 už nie je vedľa databázy a nedá sa odoslať znova.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Nahráva sa %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Potvrdenie prijatia tejto repliky sa nedá zapísať.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Táto databáza ešte nemá nastavenú rolu. Najprv ju vyberte: koordinátor alebo styčná osoba mesta.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Vedľa databázy sa nedá vytvoriť súkromný priečinok pre balíky zo schránky.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Číta sa schránka…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Synchronizácia bola zrušená; ďalšia bude pokračovať odtiaľto.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>koordinátor</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replika %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Balík č. %1 (odosielateľ: %2) ešte nie je v schránke; ďalšie naň čakajú.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Balík č. %1 (odosielateľ: %2) bol odmietnutý; ďalšie čakajú, kým v schránke nebude jeho platná kópia.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Sťahuje sa %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (odosielateľ: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>jeho obsah nezodpovedá názvu (skrátený alebo zmenený).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>tento odosielateľ ho nezverejnil ako balík č. %1 svojej schránky.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importuje sa %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (odosielateľ: %2): záznam %3 bol odmietnutý: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>„%1“ nie je adresa schránky: zadajte https://server/folder/ (pre Nextcloud https://server/remote.php/dav/files/USER/folder/) alebo file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>Schránka na adrese %1 by bola dostupná bez šifrovania: použite https://, prípadne http:// len pre server na tomto počítači.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Pre túto databázu nie je nastavená žiadna schránka: najprv ju nastavte (mailbox set URL alebo Nastavenia ▸ Schránka).</translation>
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
        <source>Create an empty database with the project's founding data</source>
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
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>Po neočakávanom ukončení aplikácie Pactesur sa znova otvorila %n karta praxe: uvádza, čo sa zachovalo.</numerusform>
            <numerusform>Po neočakávanom ukončení aplikácie Pactesur sa znova otvorili %n karty praxe: každá uvádza, čo sa zachovalo.</numerusform>
            <numerusform>Po neočakávanom ukončení aplikácie Pactesur sa znova otvorilo %n kariet praxe: každá uvádza, čo sa zachovalo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Výmeny</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikty (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Správy…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Vytvorí správu o aktivitách, kalendár, brožúru postupov z praxe alebo zoznam</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nastavenia</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Vysoký &amp;kontrast</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Klávesové skratky…</translation>
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
    <name>pactesur::NewSheetDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kópia – %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Nová karta praxe</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Opíšte postup z praxe vášho mesta pre partnerstvo. Začnite prázdnou kartou alebo kópiou karty, ktorá sa podobá vašej. Všetko, čo napíšete, sa priebežne ukladá.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>&amp;Prázdna karta</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>&amp;Kópia karty:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Karta, ktorá sa má skopírovať</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Jazyk karty:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Mesto:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Vytvoriť a otvoriť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Odstrániť toto upozornenie</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Odmietnuté zmeny (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n zmena nebola použitá, pretože ju pravidlá vlastníctva odmietajú; zobrazuje sa %1 najnovších.</numerusform>
            <numerusform>%n zmeny neboli použité, pretože ich pravidlá vlastníctva odmietajú; zobrazuje sa %1 najnovších.</numerusform>
            <numerusform>%n zmien nebolo použitých, pretože ich pravidlá vlastníctva odmietajú; zobrazuje sa %1 najnovších.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Odstrániť všetky</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Odstrániť všetky zobrazené upozornenia</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Odmietnuté zmeny</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n zmena nebola použitá, pretože ju pravidlá vlastníctva odmietajú. Upozornenie odstráňte, keď si ho prečítate.</numerusform>
            <numerusform>%n zmeny neboli použité, pretože ich pravidlá vlastníctva odmietajú. Upozornenie odstráňte, keď si ho prečítate.</numerusform>
            <numerusform>%n zmien nebolo použitých, pretože ich pravidlá vlastníctva odmietajú. Upozornenie odstráňte, keď si ho prečítate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Vašu zmenu poľa „%1“ v zázname „%3“ (%2) urobila staršia verzia aplikácie Pactesur a pravidlá vlastníctva ju odmietajú: %4. Ostatné databázy ju ignorujú; ak je zmena tohto záznamu vo vašej kompetencii, zmeňte ho znova.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Zmena poľa „%1“ v zázname „%3“ (%2) bola odmietnutá: %5. Zapísal(a): %4.</translation>
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
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Balík %1 bol vytvorený staršou verziou aplikácie Pactesur (formát balíka %2; táto verzia číta formát %3). Požiadajte odosielateľa, aby aktualizoval Pactesur a exportoval balík znova.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Balík %1 nie je podpísaný a zapečatený (formát balíka 2 alebo starší); táto verzia číta len podpísané balíky (formát 3). Požiadajte odosielateľa, aby aktualizoval Pactesur a znova exportoval.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Pre balík nemožno vytvoriť súkromný dočasný priečinok.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>jeho manifest uvádza iného odosielateľa, než je kľúč, ktorým bol podpísaný.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>jeho manifest obsahuje viac položiek, než môže mať balík.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>jeho manifest obsahuje kľúč dlhší, než je povolené.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>jeho manifest obsahuje hodnotu dlhšiu, než je povolené (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Balík %1 sa nepodarilo prečítať: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
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
        <source>Remove the selected city's participation</source>
        <translation>Odobrať účasť vybraného mesta</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
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
        <translation>Neznámy</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Vy (táto databáza)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Základné údaje</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Iný partner (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Styčná osoba neznámeho mesta</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Styčná osoba mesta %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>čítaní kariet praxe</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Iné postupy z praxe</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, prebieha</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Od %1, prebieha</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Prebieha</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Postupy z praxe pre bezpečnejšie verejné priestranstvá</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n karta praxe</numerusform>
            <numerusform>%n karty praxe</numerusform>
            <numerusform>%n kariet praxe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · brožúra vypracovaná %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Karty praxe partnerských miest</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Karty praxe</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témy</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Dátum vypracovania</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Táto brožúra zhromažďuje karty praxe, ktoré napísali partnerské mestá projektu %1 a koordinátor schválil na zverejnenie. Každá je uvedená v angličtine, ak je preklad hotový, inak v pôvodnom jazyku.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Táto brožúra zhromažďuje karty praxe, ktoré napísali partnerské mestá projektu %1 a koordinátor schválil na zverejnenie. Každá je uvedená v jazyku brožúry (%2), ak je preklad hotový, inak v angličtine alebo v pôvodnom jazyku.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Zatiaľ nie je schválená a verejná žiadna karta praxe.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Táto prax ešte nie je dostupná v jazyku brožúry (%1); uvádza sa verzia: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Obdobie</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Dostupné jazyky</translation>
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
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Zatiaľ žiadne pracovné skupiny. Pracovné skupiny projektu s ich témou a vedúcim mestom sa tu zobrazia po ich zaznamenaní.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Všetky stavy</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact's personal data</source>
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
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Zrušiť filtre</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Znova zobraziť všetky záznamy tohto zoznamu</translation>
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
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Táto karta praxe má stav „%1“: odteraz ju môže odstrániť len koordinátor.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Ako styčná osoba mesta %1 nemôžete tento záznam odovzdať inému mestu.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Karty praxe posudzuje len koordinátor.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>čítaní záznamu</translation>
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
    <message>
        <source>reading this database's role</source>
        <translation>čítaní roly tejto databázy</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Správa o aktivitách</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Tabuľka účasti</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Kalendár aktivít</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Brožúra postupov z praxe</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Zoznam kariet praxe</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Kľúčové údaje a aktivity obdobia podľa miest a tém.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Účastníci podľa aktivít a miest, bez akýchkoľvek osobných údajov.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Aktivity obdobia ako udalosti pre ľubovoľnú kalendárovú aplikáciu.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Schválené verejné karty praxe podľa tém v jednom jazyku.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Každá karta praxe s mestom, jazykom, stavom a témami.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webová stránka (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabuľka (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Kalendárový súbor (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webové stránky (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Súbory iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>jedna karta praxe</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>aktivity za obdobie, podľa miest a tém</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>účasť podľa aktivít a miest, bez osobných údajov</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>aktivity ako súbor iCalendar pre kalendárové aplikácie</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>brožúra schválených verejných kariet praxe, podľa tém</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>zoznam kariet praxe</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 vyžaduje dátum v tvare RRRR-MM-DD, nie „%2“.</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Správa %1 sa nevzťahuje na obdobie: vynechajte --from a --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Obdobie sa končí (%1) skôr, než sa začína (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Jazyk „%1“ neexistuje; dostupné jazyky: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Neznáma správa „%1“; dostupné správy: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Správa %1 sa zapisuje vo formáte %2, nie „%3“.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Správa bola zapísaná do súboru %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Spolufinancované Európskou úniou</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Vyjadrené názory a stanoviská sú názormi a vyhláseniami autora (autorov) a nemusia nevyhnutne odrážať názory a stanoviská Európskej únie alebo Európskej komisie. Európska únia ani orgán poskytujúci grant za ne nenesú zodpovednosť.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Správu nie je možné zapísať do súboru %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Správu nie je možné zapísať do súboru %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Nie je možné overiť, či sa správa %1 uložila.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Správa bola zrušená; nezapísal sa žiadny súbor.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Táto správa sa zapisuje vo formáte %1, nie „%2“.</translation>
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
        <translation>Od %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Všetky dátumy</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Uložiť správu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Správy</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formát:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Prvý deň obdobia</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Posledný deň obdobia</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Priebeh správy</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Uložiť ako…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavrieť</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Zobraziť v priečinku</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Vyberte správu a potom ju uložte do súboru.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Zapisuje sa správa… Tlačidlo Zrušiť zápis zastaví; nezostane žiadny súbor.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Správa je uložená ako:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Jazyk správy</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Tento konflikt bol medzitým vyriešený.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Záznam, ktorého sa tento konflikt týka, už neexistuje.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Odstránenie</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>vyriešenie konfliktu v poli „%1“ záznamu „%2“</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (už odoslané)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Toto vyriešenie konfliktu už bolo odoslané v balíku, takže ho už nie je možné vrátiť späť. Ak chcete hodnotu znova zmeniť, upravte záznam.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Konflikt v pôvodnej podobe už bol odoslaný v balíku, takže toto vyriešenie nie je možné zopakovať. Vyriešte ho znova v sekcii Konflikty.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>Záznam sa od vyriešenia konfliktu zmenil (importom alebo úpravou), takže tento krok nie je možné zopakovať.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>obnovenie zálohy (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Vložiť odkaz</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Webová alebo e-mailová adresa (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Odkaz je možné vytvoriť len na webové (http, https) a e-mailové (mailto) adresy.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Nadpis</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Tučné (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Kurzíva (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Zoznam s odrážkami</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Číslovaný zoznam</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Zmení výber na odkaz na webovú alebo e-mailovú adresu (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obrázok</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Zobrazí v texte obrázok priložený k tejto karte</translation>
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
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Táto databáza ešte nemá nastavenú rolu. Najprv ju vyberte: koordinátor alebo styčná osoba mesta.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Toto je vlastná karta tejto databázy.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Styčná osoba mesta registruje len kartu koordinátora; ostatné mestá prídu s registrom koordinátora.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>Karta uvádza mesto, ktoré táto databáza nepozná.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Kľúče tejto repliky boli odvolané; nemožno ich znova zaregistrovať.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Táto karta nesie iné kľúče, než aké sú zaregistrované pre tú istú repliku: zmenenému kľúču sa nikdy nedôveruje. Ak sa kľúče naozaj zmenili, odvolajte staré a vytvorte novú databázu.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Podľa tejto karty jej replika zapisuje za niekoho iného, než koho pozná táto databáza.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>Odtlačok kľúča karty je %1, nie ten, ktorý ste dostali: karta nebola zaregistrovaná.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Kľúče odvoláva len koordinátor.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Jednoznačne nezodpovedá „%1“ žiadna zaregistrovaná replika.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>Koordinátor nemôže odvolať vlastné kľúče.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Register v balíku je chybný.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Register koordinátora priraďuje replike %1 iné kľúče, než aké sú zaregistrované tu; nič sa nezmenilo.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Balík nemožno zapísať do %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Balík má príliš veľa príjemcov.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Balík %1 bol odmietnutý: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>je poškodený alebo bol zmenený po podpísaní.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Balík %1 nemožno prečítať.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>je väčší, než môže byť balík.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>nie je to balík Pactesur.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>bol vytvorený v inom formáte balíka (%1; táto verzia číta formát %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>je podpísaný replikou, ktorú táto databáza nezaregistrovala (replika %1, kľúč %2). Zaregistrujte jej kartu po porovnaní odtlačku kľúča.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>je podpísaný odvolanými kľúčmi (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>nie je určený pre túto databázu.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Balík %1 tu nemožno otvoriť.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Hľadanie</translation>
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
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Hľadať mestá, organizácie, pracovné skupiny, aktivity, karty praxe, zdroje a kontakty</translation>
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
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Obrázky (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Pridať obrázok</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Pridať prílohu</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Súbor %1 sa nepodarilo prečítať: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 nie je obrázok; bol pridaný k prílohám.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Prílohu %1 sa nepodarilo znova načítať.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Pridať obrázok zo súboru…</translation>
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
        <translation>Prílohy tejto karty</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Zatiaľ žiadne prílohy. Fotografie, správy alebo letáky pomáhajú iným mestám predstaviť si daný postup.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Pridať súbor…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Pridá súbor k tejto karte</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Zobraziť v texte</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Zobrazí vybraný obrázok v textovom poli, do ktorého ste naposledy písali</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odobrať</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Odoberie vybranú prílohu z tejto karty</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Táto karta praxe bola odstránená; jej zmeny nie je možné uložiť.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>zmena: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Žiadna karta praxe nezodpovedá „%1“.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Obdobie</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Táto karta praxe bola odstránená. Zatvorte toto okno; príkazom Úpravy &gt; Späť v hlavnom okne ju obnovíte.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Niektoré zmeny nie sú uložené: pozrite si polia označené červenou</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Upravuje sa…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Všetky zmeny sú uložené · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Len na čítanie</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Zmeny sa ukladajú priebežne počas písania</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Karta praxe bez názvu</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Karta praxe</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Niektoré zmeny sa nepodarilo uložiť; najprv opravte polia označené červenou.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Pred odoslaním vyplňte: %1. Kontrolný zoznam vľavo vás k jednotlivým poliam navedie.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Zverejniť „%1“? Zverejnené karty sú súčasťou zbierky postupov z praxe projektu, ktorú si môžu čítať všetci partneri.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Zverejniť</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Tieto polia sa nepodarilo uložiť: %1. Chcete okno aj tak zavrieť a prísť o text, ktorý ste do nich napísali?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Aj tak zavrieť</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Názov karty</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Mesto, jazyk a citlivosť karty</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Čo sa obnovilo</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Prečo je táto karta len na čítanie</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Hlásenie o posudzovaní karty</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Poznámky k posúdeniu</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Poznámka ku karte…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Napíše pre mesto poznámku k posúdeniu celej karty</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Táto databáza je otvorená len na čítanie: kartu je možné čítať a exportovať, nie však meniť.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Pred písaním kariet praxe si vyberte svoju rolu (koordinátor alebo styčná osoba mesta).</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Táto karta patrí mestu %1. Meniť ju môže len styčná osoba mesta %1 a koordinátor; vy ju môžete čítať a exportovať.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Odoslané na posúdenie: koordinátor kartu číta. Ak chcete niečo zmeniť, najprv ju stiahnite späť; vráti sa do stavu koncept.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Táto karta má stav „%1“: odteraz ju môže meniť len koordinátor. Ak treba niečo opraviť, požiadajte ho, aby vyžiadal zmeny.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>zmenené %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>Koordinátor vyžiadal zmeny; jeho poznámka sa zobrazuje nad formulárom.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>Koordinátor vyžiadal zmeny. Jeho poznámky sú pri príslušných poliach: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Späť (%1)</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Vráti späť poslednú uloženú zmenu tejto karty</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Znova</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Znova (%1)</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Znova vykoná naposledy vrátenú zmenu</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Preložiť…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Vytvorí prepojenú kópiu tejto karty v inom jazyku, zobrazenú vedľa originálu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportovať</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Exportuje túto kartu do formátu PDF alebo HTML, prípadne ju vytlačí</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exportovať ako &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportovať ako &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tlačiť…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Karta</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Karta praxe</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Exportovať kartu praxe ako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Exportovať kartu praxe ako HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webové stránky (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Tlačiť kartu praxe</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Zatiaľ nič nie je zaznamenané.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Stále prebieha</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Povinné na odoslanie</translation>
    </message>
    <message>
        <source>required</source>
        <translation>povinné</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Poznámka…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Napíše pre mesto poznámku k posúdeniu tohto poľa</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Poznámka k posúdeniu: %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Originál (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Preklad (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 v pôvodnej karte</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>Originál tohto poľa sa zmenil od poslednej aktualizácie prekladu.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Formulár karty praxe</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identifikácia</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Ako sa postup nazýva, komu patrí, kedy prebiehal a kto ho môže čítať.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Kontext a ciele</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Prečo bol postup potrebný a čo mal dosiahnuť.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Opatrenia a partneri</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Čo sa urobilo, s kým a koľko to stálo.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Výsledky a hodnotenie</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Čo sa zmenilo a ako to viete.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Prenosnosť a poznatky</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Čo potrebuje vedieť iné mesto, aby urobilo to isté, vrátane neúspechov.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>Osoba, na ktorú sa partneri môžu obrátiť v súvislosti s týmto postupom.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prílohy</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Fotografie, správy a ďalšie súbory; obrázky možno zobraziť aj v texte.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Krátky názov, ktorý vystihuje, čo postup robí, napr. „Nočná mediácia v starom meste“</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Tri alebo štyri vety pre zaneprázdneného čitateľa: čo sa urobilo, kde, pre koho a s akým výsledkom.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>Miestna situácia, ktorá si tento postup vyžiadala: problém, kde a kedy sa vyskytuje, koho sa týka. Čísla pomáhajú.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Čo mal postup zmeniť. Jeden cieľ na položku zoznamu, podľa možnosti merateľný.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Pre koho je postup určený a koho zasahuje: obyvatelia, mladí ľudia, zamestnanci nočných prevádzok, príslušníci polície…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Čo sa urobilo, krok za krokom: aktivity, zapojení pracovníci, časový plán, nástroje a metódy.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Kto sa zúčastnil a čím kto prispel: policajné zložky, útvary mestského úradu, združenia, podniky, obyvatelia.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Približné náklady a kto ich uhradil: rozpočet mesta, národné alebo európske financovanie, nepeňažné príspevky.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Čo sa zmenilo, s ukazovateľmi: čísla pred a po, výstupy, spätná väzba od obyvateľov alebo partnerov.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Ako a kto hodnotil výsledky a k akému záveru hodnotenie dospelo.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Čo by iné mesto potrebovalo, aby urobilo to isté: podmienky úspechu, zdroje, čo sa dá prispôsobiť.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Čo by ste urobili inak, čo vás prekvapilo, rady pre mesto, ktoré začína. Neúspechy sú vítané.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Označte témy projektu, ku ktorým postup prispieva.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Pracovné skupiny, ktoré by si mali túto kartu prečítať.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Verejné karty sa môžu objaviť v publikácii projektu; karty „Len pre partnerov“ zostávajú v rámci partnerstva; karty „Len pre políciu“ sa sprístupňujú len policajným zložkám.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Vyberte kontakt vášho mesta; ak chýba, najprv ho pridajte v sekcii Kontakty.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>Jazyk, v ktorom je táto karta napísaná.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikovať</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Vytvorí novú kartu v stave koncept ako kópiu vybranej karty</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Preložiť…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Vytvorí prepojený preklad vybranej karty</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n slovo</numerusform>
            <numerusform>%n slová</numerusform>
            <numerusform>%n slov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n poznámka</numerusform>
            <numerusform>%n poznámky</numerusform>
            <numerusform>%n poznámok</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcie</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Sekcie karty</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Povinné polia sú vyplnené</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Povinné polia sú ešte prázdne</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Povinné na odoslanie: %1 z %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Polia povinné na odoslanie</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>História stavov</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>História stavov karty</translation>
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
        <translation>Ešte neodoslané</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Poznámka koordinátora k celej karte</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Poznámka koordinátora</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Na čo by sa mesto malo pozrieť najskôr alebo prečo karta ešte nie je hotová</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Čo treba v tomto poli zmeniť alebo doplniť</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Karta praxe bez názvu</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Len pre partnerov</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Obmedzený prístup — len pre políciu</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · karta praxe vytlačená %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Karta praxe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prílohy</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Otvoriť originál</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Otvoriť pôvodnú kartu</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Označiť ako aktuálne</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Potvrdí, že tento preklad teraz zodpovedá aktuálnej podobe originálu</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>Originál tohto prekladu už nie je k dispozícii.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Preklad karty „%1“ (%2). Originál sa zobrazuje vedľa každého poľa.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Originál sa odvtedy zmenil v poliach: %2 (zvýraznené nižšie).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Preklady tejto karty:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (neaktuálne)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Otvoriť preklad: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Žiadna karta praxe nemá identifikátor %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Táto karta je sama prekladom: preložte radšej jej originál.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>Karta je už napísaná v tomto jazyku.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Preklad do tohto jazyka už existuje.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Karta praxe bez názvu</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Aplikácia Pactesur sa neočakávane ukončila, keď bola otvorená karta „%1“. Od jej otvorenia sa v nej nič nezmenilo, s výnimkou prípadne posledných niekoľkých sekúnd pred ukončením. Karta je znova otvorená.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Aplikácia Pactesur sa neočakávane ukončila, keď bola otvorená karta „%1“. Všetko do %2 je zachované (%3); chýbať môže najviac posledná %n sekunda písania pred ukončením aplikácie Pactesur. Karta je znova otvorená, aby ste ju mohli skontrolovať.</numerusform>
            <numerusform>Aplikácia Pactesur sa neočakávane ukončila, keď bola otvorená karta „%1“. Všetko do %2 je zachované (%3); chýbať môžu najviac posledné %n sekundy písania pred ukončením aplikácie Pactesur. Karta je znova otvorená, aby ste ju mohli skontrolovať.</numerusform>
            <numerusform>Aplikácia Pactesur sa neočakávane ukončila, keď bola otvorená karta „%1“. Všetko do %2 je zachované (%3); chýbať môže najviac posledných %n sekúnd písania pred ukončením aplikácie Pactesur. Karta je znova otvorená, aby ste ju mohli skontrolovať.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Poznámky k posúdeniu píše len koordinátor.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Stav „%1“ môže karte praxe nastaviť len koordinátor.</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Táto karta praxe čaká na posúdenie. Pred zmenou ju stiahnite späť do stavu koncept.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Táto karta praxe má stav „%1“: odteraz ju môže meniť len koordinátor. Požiadajte ho, aby vyžiadal zmeny.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Túto kartu praxe zatiaľ nie je možné odoslať – najprv vyplňte: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Odoslať znova</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Odoslať na posúdenie</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Stiahnuť späť</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Vyžiadať zmeny</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Zrušiť zverejnenie</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Schváliť</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Zverejniť…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stav: %1</translation>
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
        <translation>Posledná zmena</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>čítaní kariet praxe</translation>
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
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klávesové skratky</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcia</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skratka</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>V grafoch, na mape a v kalendári sa šípkami prechádza z položky na položku a Enter otvorí vybranú.</translation>
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
    <message>
        <source>package</source>
        <translation>balík</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Výmenný balík (.pactesur) na zobrazenie ukážky a import.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[balík]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Preložiť kartu praxe</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Preklad karty „%1“ (%2) je samostatná karta, ktorá je s ňou prepojená. Editor zobrazuje originál vedľa každého poľa a označuje polia, ktoré sa v origináli neskôr zmenia.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Už preložené do: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Jazyk prekladu</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Vytvoriť preklad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
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
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 sa nedá prečítať.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 sa nedá zapísať.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>spojenie sa ukončilo skôr, ako bol súbor prenesený celý</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>súbor je väčší, než môže byť balík</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronizácia bola zrušená.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>Schránka na adrese %1 odmietla meno používateľa alebo heslo.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>Schránka to na adrese %1 nepovoľuje (403 Forbidden): skontrolujte práva zdieľania priečinka.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Na adrese %1 na serveri nie je žiadny priečinok: vytvorte ho alebo skontrolujte adresu schránky.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>Schránku na serveri uzamkol iný program (423 Locked); ďalšia synchronizácia to skúsi znova.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>Server žiada o spomalenie (429 Too Many Requests); ďalšia synchronizácia to skúsi znova.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>Schránka je plná: dosiahla sa kvóta úložiska servera (507). Uvoľnite tam miesto alebo požiadajte jeho správcu o väčšiu kvótu.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Na serveri nastala chyba (%1) na adrese %2; ďalšia synchronizácia to skúsi znova.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>Server odpovedal kódom %1 na adrese %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>Schránka na adrese %1 má certifikát, ktorému tento počítač nedôveruje: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>Schránka na adrese %1 nie je dostupná: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Zoznam obsahu %1 zo servera sa nepodarilo prečítať.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>%1 v schránke je väčší, než môže byť balík.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Podľa balíka replika %1 zapisuje v mene niekoho iného, než o nej vie táto databáza; nič sa nezmenilo.</translation>
    </message>
</context>
</TS>
