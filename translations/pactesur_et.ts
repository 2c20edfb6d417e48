<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Loend</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Näita tegevusi loendina</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Näita tegevusi kalendris</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n tegevus</numerusform>
            <numerusform>%1: %n tegevust</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Näita ühte kuud</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Projekti periood</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Näita projekti perioodi</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Eelmine kuu (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Eelmine kuu</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Järgmine kuu (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Järgmine kuu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Täna</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Näita tänast päeva</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Näidatav periood</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Kuu tegevused</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Tegevused projekti perioodil</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>Projekti perioodil %Ln tegevus</numerusform>
            <numerusform>Projekti perioodil %Ln tegevust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n veel</numerusform>
            <numerusform>+%n veel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>Veel %n tegevus pole loetletud</numerusform>
            <numerusform>Veel %n tegevust pole loetletud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>Sel päeval %Ln tegevus: klõpsake selle nägemiseks</numerusform>
            <numerusform>Sel päeval %Ln tegevust: klõpsake nende loetlemiseks</numerusform>
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
        <translation>(pealkirjata)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Tegevusi on liiga palju, et neid ükshaaval kuvada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln tegevus</numerusform>
            <numerusform>%Ln tegevust</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>tegevuste lugemisel</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>osaluse lugemisel</translation>
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
        <translation>Tegevusaruanne</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · aruande koostamise kuupäev: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Põhinäitajad</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Tegevused linnade kaupa</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Tegevused teemade kaupa</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Tegevused liikide kaupa</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Osalenud linnad</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Politseiametnikud</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Naised</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Toimunud: %1 · kavandatud: %2 · tühistatud: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Osalejad on linnade iga tegevuse kohta esitatud arvud; kui ükski linn arve ei esitanud, arvestatakse tegevuse kohta teatatud koguarvu.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Korraldas</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Osales</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Kõik linnad</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Tegevus arvestatakse selle töörühma teema alla. Praktikakirjeldused on kõik seni koostatud selle teema kirjeldused, olenemata nende olekust; tõlkeid ei arvestata.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktikakirjeldused</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Kinnitatud või avaldatud</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Teemata</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Sel perioodil tegevusi pole.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Kuupäevad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Linnad</translation>
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
        <translation>Lk %1 / %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Koostatud</translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Lisa fail</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kõik failid (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Faili %1 ei õnnestunud lugeda: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Faili %1 koopiat ei õnnestunud kirjutada: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ükski rakendus ei saanud faili %1 avada.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Salvesta manus</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Faili %1 ei õnnestunud salvestada: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Manustatud fail</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Manustatud faili nimi</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Manustatud faili tüüp ja suurus</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Lisa fail…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Lisa sellele ressursile fail</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Ava manustatud fail</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvesta kui…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Salvesta manustatud faili koopia</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Faili pole manustatud</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Asenda fail…</translation>
    </message>
</context>
<context>
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>selle kirjutas replika, mida see andmebaas ei tunne</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>linna kontaktametnik tohib muuta ainult oma linna kirjeid</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>linna kontaktametnik ei tohi kirjet teisele linnale üle anda</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>praktikakirjeldusi vaatab läbi ainult koordinaator</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>kirje omanik ei muutu kunagi</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>selle omanik ei saa seda tüüpi kirjet omada</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Varukoopiat %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Varukoopiat %1 pole enam olemas.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>Varukoopia %1 kuulub teisele andmebaasile; seda ei saa siin taastada.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>varukoopia taastamisel</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Kustutatud kontaktide isikuandmeid ei õnnestunud varukoopiast %1 eemaldada: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Enne iga importi ja iga taastamist tehakse kogu andmebaasist varukoopia; pärast importi säilitatakse kümme uusimat. Need asuvad kaustas %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kell %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Kas taastada varukoopia (%1)?
Teie andmebaas taastatakse tollasesse olekusse. Selle praegune olek salvestatakse enne uude varukoopiasse ja käsuga Redigeeri ▸ Võta tagasi saab selle tagasi tuua.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Taasta</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Varukoopia taastamine…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varukoopiad</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Taasta…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Näita kausta</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Varukoopiaid veel pole.

Esimene tehakse siis, kui impordite paketi.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>%1 – tegevused</translation>
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
        <translation>Sellel andmebaasil pole veel rolli. Valige see kõigepealt: koordinaator või linna kontaktametnik.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>See fail ei ole Pactesuri tuvastuskaart või on kahjustatud.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>Kaarti %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Kaarti ei saa kirjutada asukohta %1.</translation>
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
        <translation>Projekti periood on sisestamata</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Täna, %1: projekt pole veel alanud</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Täna, %1: projekt on lõppenud</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Täna, %1</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Fail on rikutud: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n kirje viitab olematutele kirjetele.</numerusform>
            <numerusform>%n kirjet viitavad olematutele kirjetele.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>Skeemi versioon on %1, kuid see Pactesuri versioon eeldab versiooni %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>ootamatu: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>puudub: %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>Andmebaasi struktuur erineb sellest, mida Pactesur eeldab: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Juhtlinn</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partnerlinn</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Assotsieerunud linn</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Võrgustik</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Ühendus</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Eraettevõte</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Kodanikuühiskond</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politsei</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Ülikool</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Avalik ülesanne</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Õigustatud huvi</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Nõusolek</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Leping</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Juriidiline kohustus</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kavandatud</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suletud</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Liige</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Vaatleja</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Koosolek</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Politseitöötajate vahetus</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akadeemia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koolitus</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Õppevisiit</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Töötuba</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Veebiseminar</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Juhtkomitee</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikatsioon</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Toimunud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Juhend</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Õppematerjal</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Väljaanne</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>ELi suunised</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Andmestik</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Mustand</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Esitatud</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Muudatusi taotletud</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Kinnitatud</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Avaldatud</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Avalik</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Ainult partneritele</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Ainult politseile</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Lahendatud</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Käskude loendi kuvamiseks käivitage pactesur-cli --help.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Võti %1 vajab väärtust.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>Võti --set eeldab kuju FIELD=VALUE, mitte „%1“.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Tundmatu võti %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Kasutus: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Tundmatu liik „%1“; võimalikud liigid: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>Käsk init vajab võtit --coordinator või --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>Andmebaas %1 on valmis; selle replika roll: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Andmebaas: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replika: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Kasutus: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Faili %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>Käsk add vajab vähemalt ühte võtit --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>Käsk edit vajab vähemalt ühte võtit --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>Andmebaas on korras.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>Andmebaasis on probleeme.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Oleku räsi: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Käsku ei antud.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Tundmatu käsk „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Genereeriti %n kirje.</numerusform>
            <numerusform>Genereeriti %n kirjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Faili %1 kirjutati %n kirje.</numerusform>
            <numerusform>Faili %1 kirjutati %n kirjet.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Uusi: %1, uuendatud: %2, muutmata: %3, konflikte: %4, tagasi lükatud: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Proovikäivitus: midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Kõik paketis olevad muudatused lükati tagasi: %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Muud käsud:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Sellel andmebaasil pole veel rolli. Valige see kõigepealt: koordinaator või linna kontaktametnik.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Sõrmejälg: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Registreeritud: %1, sõrmejälg %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Juba registreeritud: %1, sõrmejälg %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Paroolifaili %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Postkasti pole määratud. Määrake see käsuga: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Postkast: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Kasutaja: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Avaldatud pakette: %1; veel pole kõigi adressaatideni jõudnud: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Pole kunagi sünkroonitud.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Viimane sünkroonimine: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Postkast määratud: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Pakette saadetud: %1, saadud: %2, imporditud: %3; uusi konflikte: %4; tagasi lükatud: %5.</translation>
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
        <translation>Kasutus: pactesur-cli [--db FILE] COMMAND [võtmed]

Käsud:
  init [--coordinator | --city SLUG]   loo andmebaas ja vali roll
  whoami [--json]                      näita selle replika rolli
  list KIND [--json]                   loetle ühe liigi kirjed
  show KIND ID [--json]                näita ühte kirjet
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       terviklus, skeem ja oleku räsi
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       loo allkirjastatud ja pitseeritud vahetuspakett
  import FILE [--dry-run] [--json]     ühenda pakett (enne tehakse varukoopia)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              selle replika sõrmejälg; register
  keys export --out FILE               kirjuta selle replika tuvastuskaart
  keys trust CARD [--fingerprint FP]   registreeri kaart pärast sõrmejälgede võrdlemist
  keys revoke REPLICA                  tühista usaldus replika võtmete vastu
  mailbox set URL [--user USER]        WebDAV-postkast või kaust, mille kaudu sünkroonida
  mailbox show [--json]                postkast ja see, mis seal meile ootab
  sync [--password-file FILE] [--json] üks automaatse vahetuse voor
                                       (või parool muutujas PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       lisa sünteetilisi kirjeid

Liigid: %1
Andmebaas: %2, kui --db või PACTESUR_DB ei määra teisiti.
Väljumiskoodid: 0 tehtud, 1 tõrge (sync korral: postkastiga ei saadud ühendust või voor
jäi lõpetamata), 2 kasutusviga, 3 sisend tagasi lükatud (midagi ei muudetud; sync korral:
pakette lükati tagasi).</translation>
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
        <translation>Kustutatud või alles jäetud</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Viimane muudatus</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Avatud konfliktid</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Avatud konflikte pole.
Kui pakett toob välja jaoks, mida muutsite ka teie, teistsuguse väärtuse, ootavad mõlemad väärtused siin, kuni teete valiku.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n avatud konflikt; loetletud on %1 viimast.</numerusform>
            <numerusform>%n avatud konflikti; loetletud on %1 viimast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n avatud konflikt. Valige väärtus, mis alles jätta; valiku saab tagasi võtta kuni järgmise paketi eksportimiseni.</numerusform>
            <numerusform>%n avatud konflikti. Valige väärtus, mis alles jätta; valiku saab tagasi võtta kuni järgmise paketi eksportimiseni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Näita kirjet</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Jäta minu kirjutatu</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Konflikti pole valitud</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Valige loendist konflikt, et näha selle väärtusi kõrvuti.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 „%2“: ühel pool kustutatud, teisel redigeeritud</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>Kirje jääb alles, kuni teete valiku. Jätke see alles või kustutage, nagu üks pool soovis.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Seda välja muudeti kahes kohas enne, kui pakette vahetati. Mõlemad väärtused jäävad alles, kuni valite ühe neist või kirjutate väärtuse, mis need ühendab.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Alles jäetav väärtus</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Või kirjutage alles jäetav väärtus, näiteks selline, mis ühendab mõlemad:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Väärtus %1 (praegu näidatud)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Väärtus %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Autor: %1 · %2 kell %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Kustuta kirje</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Jäta kirje alles</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Jäta see väärtus</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Alles jäetud koos teise poole muudatustega</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tühi)</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Kas kustutada kontakti „%1“ isikuandmed?

Kustutamine on lõplik: seda ei saa tagasi võtta ja see jõuab järgmise vahetusega kõigi partneriteni.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Isikuandmete eksport</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-failid (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Faili %1 ei õnnestunud salvestada: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Kustuta isikuandmed…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
        <translation>Kustuta selle kontakti isikuandmed jäädavalt</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Ekspordi isikuandmed…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Ekspordi kõik selle kontakti kohta säilitatavad andmed</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Ülevaatuse kuupäev</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Viga</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Ülevaatus on hilinenud (tähtaeg: %1)</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Klõpsake arvul, et näha selle aluseks olevaid kirjeid, linnal, et see avada, kuupäeval, et avada see tegevus. Sortimiseks klõpsake veeru pealkirjal.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Iga partnerlinna arvud</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: klõpsake avamiseks</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Tänaseni tegevusi pole</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Klõpsake nende nägemiseks.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Viimane</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>Viimane tegevus tänaseni, mida linn korraldas või milles osales.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Vahetuses osalenud ametnikud</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Korraldatud tegevused</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Korraldatud</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Tegevused, mida linn korraldab või on korraldanud; tühistatuid ei arvestata.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Korraldatud tegevused (%1)</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Osaletud tegevused</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Osaletud</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Teise linna korraldatud või veebis toimunud tegevused, milles on linna osalus sisestatud.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Osaletud tegevused (%1)</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Lähetatud ametnikud</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetatud</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Linna ametnikud, kes on sisestatud teise linna korraldatud politseitöötajate vahetustesse.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Politseitöötajate vahetustesse lähetatud ametnikud (%1)</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Vastu võetud ametnikud</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastu võetud</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Teiste linnade ametnikud, kes on sisestatud linna korraldatud politseitöötajate vahetustesse.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Politseitöötajate vahetustes vastu võetud ametnikud (%1)</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Linna praktikakirjeldused olenemata olekust; tõlget ei arvestata eraldi kirjeldusena.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Praktikakirjeldused (%1)</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Praktikakirjeldused: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Linna praktikakirjeldused olekuga „%1“; tõlget ei arvestata eraldi kirjeldusena.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Praktikakirjeldused (%1) olekuga „%2“</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Töörühmad</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Töörühmad, mille liige linn on.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Töörühmad (%1)</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Ülevaatamist vajavad kontaktid</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Linna kontaktid, mille ülevaatuse kuupäev on möödunud: kontrollige, kas need on endiselt vajalikud ja õiged.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Ülevaatamist vajavad kontaktid (%1)</translation>
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
        <translation>Viimane tegevus: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Klõpsake, et näha valitud arvu aluseks olevaid kirjeid.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Värvi linnad näitaja järgi:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Kaardil näidatav arv</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Linna arvude nägemiseks osutage linnale; klõpsake sellel, et näha valitud arvu aluseks olevaid kirjeid.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Kaardiandmed: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Partnerlinnade kaart: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n linna ilma koordinaatideta ei saa kaardile paigutada.</numerusform>
            <numerusform>%n linna ilma koordinaatideta ei saa kaardile paigutada.</numerusform>
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
        <translation>Tegevused, mis algasid varem kui %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Tegevused, mis algasid perioodil %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Tegevused, mis algasid hiljem kui %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Praktikakirjeldused olekuga „%1“</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Praktikakirjeldused teemal „%1“</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Tegevused kvartalite kaupa</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Osalejad tegevuse liikide kaupa</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Praktikakirjeldused oleku järgi</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Praktikakirjeldused teemade kaupa</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Projekti periood, tänane päev ja verstapostid</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Projekti pole veel sisestatud</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Algab %n päeva pärast</numerusform>
            <numerusform>Algab %n päeva pärast</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Lõppkuupäev: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>%1. päev %2-st (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Klõpsake selle tegevuse avamiseks.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Sellel joonel kuvatakse verstapostid: tegevused, mille osalejad või linnad on esitatud kogu partnerluse kohta.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Verstapostid: tegevused, mille osalejad või linnad on esitatud kogu partnerluse kohta. Avamiseks klõpsake neist ühel.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partnerlinnad</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Kavandatud või toimunud; tühistatuid ei arvestata.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Linnade sisestatud</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Avalikest aruannetest</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Naised osalejate hulgas</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>%1 osalejast, kelle puhul on naiste arv sisestatud.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Ükski osaluskirje ei anna veel naiste arvu.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Vahetuses osalenud ametnikud</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Lähetatud oma linnast teise linna korraldatud politseitöötajate vahetustesse.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Tegevused, kavandatud või toimunud</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Osalejatega tegevused</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Osaluskirjed, milles on naiste arv</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Teise linna korraldatud politseitöötajate vahetustesse lähetatud ametnikud</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n tegevus</numerusform>
            <numerusform>%1: %n tegevust</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Varem</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Hiljem</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Tegevusi pole veel.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: osalejaid %2 (linnade sisestatud: %3, avalikest aruannetest: %4)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Osalejaid pole veel sisestatud ega teatatud.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Avalikes aruannetes on mõnikord koguarvud, mis ei näita, mitu inimest igast linnast tuli. Selline koguarv arvestatakse siin selle tegevuse alla, kui ükski linn pole oma osalust sisestanud, kuid mitte kunagi linna arvudesse.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Linnade sisestatud osalejad liiki „%1“ kuuluvates tegevustes</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Avalikest aruannetest pärit osalejad liiki „%1“ kuuluvates tegevustes</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Praktikakirjeldusi pole veel. Need loetakse siin kokku, kui linnad need koostavad.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n praktikakirjeldus</numerusform>
            <numerusform>%1: %n praktikakirjeldust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n tegevus</numerusform>
            <numerusform>%n tegevust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n praktikakirjeldus</numerusform>
            <numerusform>%n praktikakirjeldust</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n kirje loendist „%1“.</numerusform>
            <numerusform>%n kirjet loendist „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2 – summa loendi „%3“ %n kirje põhjal.</numerusform>
            <numerusform>%1: %2 – summa loendi „%3“ %n kirje põhjal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Arvu aluseks olevad kirjed</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Ava valitud kirje selle jaotises</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Topeltklõpsake real, et avada selle tegevus, kus see osalus on loetletud.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Topeltklõpsake kirjel, et avada see selle jaotises.</translation>
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
        <translation>%1. kv %2</translation>
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
        <translation>Linnad</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Armatuurlaud</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Arvude lugemine…</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kausta %1 ei saa luua.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>Andmebaas %1 on juba avatud teises Pactesuri aknas või programmis. Sulgege see seal ja proovige uuesti.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Andmebaasi %1 ei saa lukustada: selle kausta ei saa kirjutada.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Andmebaasi %1 pole olemas.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Andmebaasi %1 ei saa avada: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>andmebaasi struktuuri uuendamisel</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Ketas on täis: midagi ei muudetud. Vabastage ruumi ja proovige uuesti.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Andmebaasi kasutab praegu teine programm: midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Andmebaasi viga %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>Fail %1 ei ole Pactesuri andmebaas või on see rikutud.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>Fail %1 ei ole Pactesuri andmebaas.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>andmebaasi avamisel</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>See andmebaas on loodud Pactesuri uuema versiooniga (skeemi versioon %1; see versioon toetab kuni versiooni %2). Selle avamiseks uuendage Pactesurit.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Andmebaas %1 vajab uuendamist, mida ei saa teha, kui see on avatud ainult lugemiseks.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>tehingu alustamisel</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>muudatuste salvestamisel</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>kirje salvestamisel</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>otsinguindeksi loomisel</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Kaardi registreerimine</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Võrrelge sõrmejälge, enne kui seda kaarti usaldate</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Kaardi järgi on selle omanik: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replika %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Kaardi sõrmejälg:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Kaardi sõrmejälg</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Helistage kaardi omanikule või kohtuge temaga ja paluge tal oma sõrmejälg valjult ette lugeda (tema Pactesuris: Vahetused ▸ Võtmed). Registreerige kaart ainult siis, kui iga numbrirühm on sama: igaüks saab teha kaardi, mis väidab end kuuluvat kellelegi teisele.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Ette loetud sõrmejälg (valikuline: kui selle sisestate, võrdleb Pactesur seda):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Ette loetud sõrmejälg</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>nt 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Registreeri: sõrmejäljed ühtivad</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Registreeri kaart</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Paketi import</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesuri paketid (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kõik failid (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Ekspordi pakett…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Salvesta paketifail, mille saate partneritele saata</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Impordi pakett…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Ava partneri saadetud paketifail: vaadake, mida see muudab, ja rakendage see</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Saadud ja saadetud paketid</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varukoopiad</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Võtmed</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Paketi salvestamine</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesuri paketid (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksport tühistati; ühtegi faili ei kirjutatud.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Paketi eksport</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Pakett on fail, mille saadate partneritele (e-postiga või USB-mälupulgal); nad avavad selle käsuga Fail ▸ Impordi pakett.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>See, mida üks partner pole veel saanud (soovitatav):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Väiksem: ainult muudatused alates sellest, kui tema viimane pakett teieni jõudis.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Ükski partner pole teile veel paketti saatnud: saatke esimesel korral täielik koopia.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>See, mida koordinaator pole veel saanud (soovitatav)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Väiksem: ainult muudatused alates sellest, kui koordinaatori viimane pakett teieni jõudis.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Koordinaatorilt pole veel ühtegi paketti saabunud: saatke esimesel korral täielik koopia.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Täielik koopia kõigest, mis selles andmebaasis on</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kirje liik</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kirjed</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Paketi sisu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ekspordi edenemine</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Sisu loendamine…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Pakett sisaldab: %n kirje.</numerusform>
            <numerusform>Pakett sisaldab: %n kirjet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulge</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Näita kaustas</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Paketi kirjutamine… Nupp „Loobu“ peatab selle; ühtegi faili ei jää maha.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Pakett on salvestatud nimega:
%1
Saatke see fail oma partnerile.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>Pactesuris registreeritakse kaardid jaotises Vahetused ▸ Võtmed ▸ Registreeri kaart…, kui nende sõrmejälge on omanikuga võrreldud.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Osapoolelt „%1“ pole veel ühtegi paketti saabunud, seega pole alust ainult muudatusi sisaldava paketi koostamiseks; eksportige selle asemel täielik pakett.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Tühistatud.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>eksporditavate kirjete loendamisel</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Sellel andmebaasil pole veel rolli. Valige see kõigepealt: koordinaator või linna kontaktametnik.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Osapoolelt „%1“ pole veel ühtegi paketti saabunud, seega pole alust ainult muudatusi sisaldava paketi koostamiseks; eksportige selle asemel täielik pakett.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Kausta %1 pole olemas.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Paketti %1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport tühistati; ühtegi faili ei kirjutatud.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>ketas võib olla täis</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Ükski registreeritud replika ei saa seda paketti vastu võtta: registreerige kõigepealt linnade kaardid (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Registreerige kõigepealt koordinaatori kaart (keys trust FILE): paketid pitseeritakse talle.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Paketile ei saa luua privaatset ajutist kausta.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>ekspordi salvestamisel</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Rahastus</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Lühinimi</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Kohalik nimi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Esindaja</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Laiuskraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Pikkuskraad</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Politseiasutus</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Fookusteemad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkused</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veebisait</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Ametikoht</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Töö e-post</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Töötelefon</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Õiguslik alus</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Läbivaatamise tähtaeg</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Tõlgitud nimetused</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Juhtlinn</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Eesmärgid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Töörühm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Võõrustav linn</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Tulemused</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Teatatud osalejate arv</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Teatatud linnade arv</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Naised</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Politseiametnikud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Manus</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Töörühmad</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Originaal</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Tundlikkus</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Perioodi algus</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Perioodi lõpp</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Kestab</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Taust ja probleem</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Sihtrühmad</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Meetmed ja elluviimine</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerid</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Eelarve ja rahastus</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Tulemused ja näitajad</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Hindamine</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Ülekantavus</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Õppetunnid</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Läbivaatamise märkused</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Failitüüp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Failinimi</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Sisu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Väärtused</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suund</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Arvud</translation>
    </message>
    <message>
        <source>Source revision</source>
        <translation>Originaali versioon</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikakirjeldus</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Eelmine olek</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Uus olek</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Samm</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Vigane välja %2 väärtus „%1“: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Väli %1 on liiga pikk: lubatud on kuni %2 märki.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>juhtmärgid pole lubatud</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>oodati täisarvu, mis on 0 või suurem</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>oodati arvu</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>oodati arvu vahemikus %1 kuni %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>oodati kuupäeva kujul AAAA-KK-PP</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>oodati väärtust true või false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>oodati üht järgmistest: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>oodati kahetähelist riigikoodi, nt EE</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>oodati kahetähelist keelekoodi, nt et</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>oodati komadega eraldatud kahetähelisi keelekoode</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>oodati veebiaadressi, mis algab https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>oodati e-posti aadressi</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>oodati telefoninumbrit</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>oodati ID-d või lühinime (slug)</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>oodati JSON-objekti, nt {"et": "…"}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>oodati väikseid ladina tähti (a–z), numbreid ja sidekriipse</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>oodati SHA-256 räsi</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>faili sisu ei saa käsitsi sisestada</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>välja %1 tüüp on vale</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>välja %1 väärtus on lubatud vahemikust väljas</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>väli %1 on liiga pikk</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>väli %1 ei ole ID</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>väli %1 ei ole loend</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>väli %1 ei ole salvestusvormis</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>oodati JSON-objekti, nt {"summary": "…"}</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Määratud</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: määratud</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Keelekoodid, nt fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Pactesuri andmebaasid (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kõik failid (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Andmebaasi avamine</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Uus andmebaas</translation>
    </message>
</context>
<context>
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>Postkasti kaust %1 on täis: vabastage selle kettal ruumi.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>Postkasti kausta %1 pole olemas (kas ketas on ühendamata või kaust veel sünkroonimata?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Postkasti ei saa luua kausta %1: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sünkroonimine tühistatud.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Postkasti ei saa kirjutada faili %1: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Postkastis ei saa ümber nimetada faili %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Postkastist ei saa lugeda faili %1: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Postkastist ei saa eemaldada faili %1: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Kirjeid saab genereerida ainult koordinaatori andmebaasis.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Uued</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uuendatud</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Muutmata</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Tagasi lükatud</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Kirjed, mida teil veel pole.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Teie olemasolevad kirjed, mida pakett muudab.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Kirjed, mis teil on juba samal kujul olemas.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Mõlemal poolel redigeeritud kirjed: mõlemad väärtused jäävad konfliktide loendisse alles, kuni keegi ühe neist valib.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Muudatused, mida saatja ei tohi teha; need jäetakse välja, ülejäänu imporditakse.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Paketi import</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Rakenda</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Vaata konfliktid üle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulge</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Mida pakett muudab</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Impordi edenemine</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Faili %1 avamine…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Pakett saatjalt: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Loodud: %1 kell %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Saatja andmete täielik koopia: %n kirje.</numerusform>
            <numerusform>Saatja andmete täielik koopia: %n kirjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Muudatused alates teie viimasest vahetusest: %n kirje.</numerusform>
            <numerusform>Muudatused alates teie viimasest vahetusest: %n kirjet.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fail: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Paketi võrdlemine teie andmebaasiga…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Midagi uut pole: teie andmebaasis on juba kõik, mis selles paketis on. „Rakenda“ märgib, et olete selle kätte saanud.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Enne nupu „Rakenda“ klõpsamist ei muudeta midagi. Kõigepealt tehakse teie andmebaasist varukoopia.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Tühistamine… teie andmebaas jääb samaks.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importimine… Nupp „Loobu“ peatab selle ja teie andmebaas jääb samaks.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Imporditud. Uusi: %1, uuendatud: %2, ülevaatamist vajavaid konflikte: %3, tagasi lükatud: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Teie andmebaasi varasem olek on säilitatud: %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Pakett imporditud</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import tühistatud</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Paketti ei imporditud</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Import ebaõnnestus</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Muudatuste salvestamine… Nupp „Loobu“ peatab selle ja teie andmebaas jääb samaks.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Paketi kontrollimine… Nupp „Loobu“ peatab selle ja teie andmebaas jääb samaks.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Põhjus: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Teie andmebaasis ei muudetud midagi.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Kõik selle paketi muudatused lükati tagasi: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>Import tühistati; teie andmebaas on samasugune nagu enne.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Allkirjastaja: %1 (kontrollitud)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>Saatja allkirja ei ole kontrollitud.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Võtme sõrmejälg: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Veel %n uus või muudetud kirje on ülal loendatud, kuid loetelus seda pole.</numerusform>
            <numerusform>Veel %n uut või muudetud kirjet on ülal loendatud, kuid loetelus neid pole.</numerusform>
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
        <translation>Kirje</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Mis muutub</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Uued kirjed (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Uuendatud kirjed (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Ülevaatamist vajavad konfliktid (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Tagasi lükatud (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Pealkirjata (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uus</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Kustutamine</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Varukoopiate kausta %1 ei saa luua.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>varukoopia tegemisel</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Sellel andmebaasil pole veel rolli. Valige see kõigepealt: koordinaator või linna kontaktametnik.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>See pakett eksporditi sellest andmebaasist; selles pole midagi uut.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import tühistati; midagi ei muudetud.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Kustutatud kontakti välja %1 muudatus jäeti kõrvale: kustutamine on ülimuslik.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>paketi importimisel</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Pakett viitab kirjetele, mida selles pole; midagi ei muudetud.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>Krüptograafiateeki ei saa käivitada.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Selle andmebaasi võtmeid (%1) ei saa lugeda.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Selle andmebaasi võtmed (%1) on kahjustatud.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Selle andmebaasi võtmeid ei saa salvestada asukohta %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Sõrmejälg on kopeeritud.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (see andmebaas)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Kaardi registreerimine</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Pactesuri tuvastuskaardid (*.card);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Registreeritud: %1. Selle paketid võetakse vastu ja teie paketid saab talle pitseerida.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Juba registreeritud: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Minu kaardi eksport</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Teie kaart on salvestatud nimega %1. Saatke see partnerile ja lugege seejärel telefonis talle oma sõrmejälg ette.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Kas tühistada võtmed (%1)?
Selle paketid lükatakse nüüdsest tagasi ja teie järgmised paketid teatavad sellest igale linnale. Tühistatud võtit ei usaldata enam kunagi: inimene loob uue andmebaasi ja teie registreerite selle kaardi.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Tühista</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Võtmed on tühistatud: %1.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Iga paketi allkirjastab selle saatja ja pitseerib replikatele, kes võivad seda lugeda. Kaart sisaldab ühe replika avalikke võtmeid; enne kellegi kaardi registreerimist võrrelge selle sõrmejälge sellega, mille omanik teile ette loeb, telefonis või isiklikult.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>See andmebaas</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replika %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Sellel andmebaasil ei ole veel rolli.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Teie sõrmejälg: lugege see ette partnerile, kes teie kaardi registreerib.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Teie sõrmejälg</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Kopeeri sõrmejälg</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>&amp;Ekspordi minu kaart…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Ekspordi minu kaart</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Replikad, mida see andmebaas usaldab</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Iga linna kaardi registreerite pärast selle sõrmejälje võrdlemist; iga teie saadetud pakett sisaldab seda loendit, nii et linnad usaldavad üksteist teie kaudu.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Linna kontaktametnikuna registreerite koordinaatori kaardi üks kord; teised linnad tulevad koordinaatori pakettidega.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sõrmejälg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replika</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Registreeri kaart…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Registreeri kaart</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Tühista…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Tühista valitud võtmed</translation>
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
        <translation>Projektid</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Linnad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisatsioonid</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Töörühm</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Töörühmad</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Liikmesus</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Liikmesused</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Osalus</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressurss</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressursid</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikakirjeldus</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktikakirjeldused</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Manus</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Vahetus</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Vahetused</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Oleku muutus</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Oleku muutused</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
</context>
<context>
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Saadud</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Teadmata</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Kõigile (täielik koopia)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Uusi: %1, uuendatud: %2, muutmata: %3, konflikte: %4, tagasi lükatud: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n kirje</numerusform>
            <numerusform>%n kirjet</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Kõik paketid, mille see andmebaas on saanud või saatnud, uusimad eespool.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Saadud ja saadetud paketid</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suund</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Sisu</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Ühtegi paketti pole veel saadetud ega vastu võetud.

Pakett viib selle andmebaasi muudatused koordinaatorile või linnadele ja toob nende omad tagasi. Eksportige pakett, et oma töö saata; importige pakett, mille saite. Iga vahetus on seejärel siin loetletud.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Tühistamine…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>Postkast vajab kasutaja %1 parooli: seda küsitakse käsuga Fail ▸ Sünkrooni kohe.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Töölaua paroolihoidlat pole: Pactesur hoiab parooli kuni sulgemiseni.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur hoiab seda töölaua paroolihoidlas.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Postkasti parool</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Kasutaja %1 parool serveris %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Sünkroonimata: postkast vajab kasutaja %1 parooli.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n pakett jäi teie valikul importimata: seda pakutakse uuesti järgmisel sünkroonimisel.</numerusform>
            <numerusform>%n paketti jäi teie valikul importimata: neid pakutakse uuesti järgmisel sünkroonimisel.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sünkrooni kohe</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Vaheta kohe postkasti kaudu partneritega pakette</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Postkast…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Kus ja kui sageli pakette automaatselt vahetatakse</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Postkast</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Postkasti kaudu saadab Pactesur teie muudatused ise partneritele ja impordib nende muudatused. Postkast on kaust WebDAV-serveris (näiteks Nextcloudis) või kaust selles arvutis, mida sünkroonimisklient partneritega jagab. Kui soovite pakette vahetada ainult käsitsi, jätke aadress tühjaks.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Aadress:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Postkasti aadress</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Kaust: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kasutaja:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Kasutajanimi serveris</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parool:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Parool serveris</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sünkrooni &amp;iga:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Ainult käsitsi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutid automaatsete sünkroonimiste vahel</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Kuni Pactesur on avatud; 0: ainult siis, kui valite Fail ▸ Sünkrooni kohe</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Vaata iga saabuv pakett enne importimist üle</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testi ühendust</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Ühenduse testi tulemus</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Salvesta postkasti seaded</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Töölaua paroolihoidlat pole: parooli küsitakse üks kord seansi jooksul.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Parooli hoitakse töölaua paroolihoidlas.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Ühenduse testimine…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Ühendus toimib.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Postkast</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Peata sünkroonimine; järgmine jätkab sealt, kus see pooleli jäi</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sünkroonimine käib</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Postkast määramata</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Pakette vahetatakse käsitsi. Et neid partneritega automaatselt vahetada, määrake postkast (Seaded ▸ Postkast…).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sünkroonimine…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Sünkroonimine · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Pakettide vahetamine postkastiga. Nupp „Loobu“ peatab selle; järgmine sünkroonimine jätkab sealt.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>Postkasti ei õnnestunud sünkroonida</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Postkast määratud · veel sünkroonimata</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sünkroonitud %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>saadud %n pakett</numerusform>
            <numerusform>saadud %n paketti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>saadetud %n</numerusform>
            <numerusform>saadetud %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n uus konflikt</numerusform>
            <numerusform>%n uut konflikti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n tagasi lükatud</numerusform>
            <numerusform>%n tagasi lükatud</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>Sellest andmebaasist pole postkasti veel sünkroonitud.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Viimane sünkroonimine: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Pakette imporditud: %1 (alla laaditud: %2), saadetud: %3; postkastist eemaldatud, kui kõik adressaadid olid need kätte saanud: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Uusi konflikte: %1; tagasi lükatud pakette: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Tagasi lükatud</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ootel</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>teadmata ajal</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>äsja</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min tagasi</numerusform>
            <numerusform>%n min tagasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n tund tagasi</numerusform>
            <numerusform>%n tundi tagasi</numerusform>
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
        <translation>Paketi ettevalmistamine…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Paketti %1 ei saa andmebaasi kõrval hoida.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Paketti %1 pole enam andmebaasi kõrval ja seda ei saa uuesti saata.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 üleslaadimine…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Selle replika kättesaamise kinnitust ei saa kirjutada.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Sellel andmebaasil pole veel rolli. Valige see kõigepealt: koordinaator või linna kontaktametnik.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Andmebaasi kõrvale ei saa luua privaatset kausta postkasti pakettide jaoks.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Postkasti lugemine…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Sünkroonimine tühistatud; järgmine jätkab siit.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>koordinaator</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replika %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Paketti nr %1 (saatja: %2) pole veel postkastis; hilisemad paketid ootavad seda.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Pakett nr %1 (saatja: %2) lükati tagasi; hilisemad paketid ootavad, kuni postkasti jõuab selle kehtiv koopia.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 allalaadimine…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (saatja: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>selle sisu ei vasta nimele (kärbitud või muudetud).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>see saatja pole seda oma postkastis paketina nr %1 avaldanud.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importimine…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (saatja: %2): kirje %3 lükati tagasi: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>„%1“ ei ole postkasti aadress: sisestage https://server/folder/ (Nextcloudi puhul https://server/remote.php/dav/files/USER/folder/) või file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>Ühendus postkastiga %1 oleks krüpteerimata: kasutage https://; http:// sobib ainult selles arvutis asuva serveri jaoks.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Selle andmebaasi jaoks pole postkasti määratud: määrake see kõigepealt (mailbox set URL või Seaded ▸ Postkast).</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Uus andmebaas…</translation>
    </message>
    <message>
        <source>Create an empty database with the project's founding data</source>
        <translation>Loo tühi andmebaas projekti põhiandmetega</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ava andmebaas…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Ava mõni teine Pactesuri andmebaasifail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lõpeta</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtreeri praeguse loendi kirjeid</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Teave Pactesuri kohta</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Teave &amp;Qt kohta</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Jaotised</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Praegune jaotis</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Armatuurlaud</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Andmebaasifail</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Teie roll</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Fail „%1“ on juba olemas. Valige teine nimi või avage see käsuga „Ava andmebaas“.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Faili „%1“ pole olemas.</translation>
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
        <translation>Pactesur aitab ELi projekti PACTESUR 2 partnerlinnadel oma tööd koordineerida: kes on kes, töörühmad, tegevused ja praktikakirjeldused, mida linnad omavahel jagavad.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Litsents: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt versioon: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Teave Pactesuri kohta</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>Otsi &amp;loendist…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Otsi kõikjalt…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Otsi kõigist igat liiki kirjetest</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Uus kirje…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Lisa praegusesse loendisse kirje</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Redigeeri kirjet…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Redigeeri praeguses loendis valitud kirjet</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Kustuta kirje…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Kustuta praeguses loendis valitud kirje</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>Pärast Pactesuri ootamatut seiskumist avati uuesti %n praktikakirjeldus: selles on kirjas, mis säilis.</numerusform>
            <numerusform>Pärast Pactesuri ootamatut seiskumist avati uuesti %n praktikakirjeldust: igaühes on kirjas, mis säilis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Vahetused</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konfliktid (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>A&amp;ruanded…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Koosta tegevusaruanne, kalender, praktikate trükis või loend</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Seaded</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Suur k&amp;ontrastsus</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Kiirklahvid…</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Liikmeslinnad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Lisatav linn</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Lisa linn</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Lisa valitud linn liikmeks</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Eemalda valitud liikmeslinn</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Eemalda valitud liikmeslinn (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Eemalda liige</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Roll: %1</translation>
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
        <translation>%1 (koopia)</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Uus praktikakirjeldus</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Kirjeldage partnerluse jaoks mõnda oma linna praktikat. Alustage tühjast kirjeldusest või mõne sellise kirjelduse koopiast, mis juba teie omaga sarnaneb. Kõik, mida kirjutate, salvestatakse kirjutamise ajal.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>&amp;Tühi kirjeldus</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>&amp;Koopia kirjeldusest:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Kopeeritav kirjeldus</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pealkiri:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>Kirjutatud k&amp;eeles:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Li&amp;nn:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Loo ja ava</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Eemalda see teade</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Tagasi lükatud muudatused (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n muudatus jäi rakendamata, sest omandireeglid lükkavad selle tagasi; loetletud on %1 viimast.</numerusform>
            <numerusform>%n muudatust jäi rakendamata, sest omandireeglid lükkavad need tagasi; loetletud on %1 viimast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Eemalda kõik</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Eemalda kõik loetletud teated</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Tagasi lükatud muudatused</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n muudatus jäi rakendamata, sest omandireeglid lükkavad selle tagasi. Eemaldage teade, kui olete selle läbi lugenud.</numerusform>
            <numerusform>%n muudatust jäi rakendamata, sest omandireeglid lükkavad need tagasi. Eemaldage teade, kui olete selle läbi lugenud.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Teie muudatuse väljal „%1“ kirjes „%3“ (%2) tegi Pactesuri vanem versioon ja omandireeglid lükkavad selle tagasi: %4. Teised andmebaasid eiravad seda; kui selle kirje muutmine on teie pädevuses, muutke seda uuesti.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Muudatus väljal „%1“ kirjes „%3“ (%2) lükati tagasi: %5. Autor: %4.</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>Fail %1 ei ole kehtiv Pactesuri pakett: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Paketti %1 pole olemas.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>fail on tühi.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>fail on suurem, kui pakett olla saab.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Paketti %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>see ei ole paketifail.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>seda ei saa avada.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>see on rikutud.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>see pole loodud Pactesuriga.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Pakett %1 on loodud Pactesuri uuema versiooniga (paketivorming %2; see versioon loeb vormingut %3). Selle importimiseks uuendage Pactesurit.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>selle vormingu versioon on tundmatu.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>see sisaldab tabeleid või koodi, mida pakett sisaldada ei tohi.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>selle manifesti ei saa lugeda.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>selle manifest ei kirjelda Pactesuri paketti.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>selle manifest on puudulik või vigane.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>väli deleted ei ole 0 ega 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>sellel on tundmatu väli „%1“</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>välja %1 tüüp on vale</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>üks selle konfliktidest on vigane.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>see on rikutud või selle lugemine on liiga aeglane.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>selle kirjeid ei saa lugeda.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>kirje %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>selle ID on vigane</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>selle omanik on vigane</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>selle kuupäev on vigane</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>selle versioon on vigane</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>selle ajalugu ei saa lugeda</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>välja „%1“ ajalugu on vigane</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>manus ei vasta oma räsile.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Pakett %1 on loodud Pactesuri vanema versiooniga (paketi vorming %2; see versioon loeb vormingut %3). Paluge saatjal Pactesur uuendada ja uuesti eksportida.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Pakett %1 ei ole allkirjastatud ega pitseeritud (paketivorming 2 või vanem); see versioon loeb ainult allkirjastatud pakette (vorming 3). Paluge saatjal Pactesur uuendada ja uuesti eksportida.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Paketile ei saa luua privaatset ajutist kausta.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>selle manifest nimetab teist saatjat kui võti, millega see allkirjastati.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>selle manifestis on rohkem kirjeid, kui paketis olla saab.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>selle manifestis on lubatust pikem võti.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>selle manifestis on lubatust pikem väärtus (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Paketti %1 ei õnnestunud lugeda: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Lk %1 / %2</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Osalevad linnad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Naised</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Politseiametnikud</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Lisatav linn</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Lisa linn</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Lisa valitud linn osalejate hulka</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Remove the selected city's participation</source>
        <translation>Eemalda valitud linna osalus</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
        <translation>Eemalda valitud linna osalus (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Eemalda osalus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationReport</name>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Teadmata</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Teie (see andmebaas)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Põhiandmed</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Teine partner (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaator</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Tundmatu linna kontaktametnik</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Linna kontaktametnik (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>praktikakirjelduste lugemisel</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Muud praktikad</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, kestab</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Algus: %1, kestab</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Algus: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Lõpp: %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Kestab</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Praktikad turvalisemate avalike ruumide heaks</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Lk %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n praktikakirjeldus</numerusform>
            <numerusform>%n praktikakirjeldust</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · trükise koostamise kuupäev: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisukord</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Partnerlinnade praktikakirjeldused</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktikakirjeldused</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Koostatud</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>See trükis koondab praktikakirjeldused, mille %1 partnerlinnad on kirjutanud ja koordinaator avaldamiseks kinnitanud. Iga kirjeldus on inglise keeles, kui tõlge on valmis, muidu originaalkeeles.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>See trükis koondab praktikakirjeldused, mille %1 partnerlinnad on kirjutanud ja koordinaator avaldamiseks kinnitanud. Iga kirjeldus on trükise keeles (%2), kui tõlge on valmis, muidu inglise keeles või originaalkeeles.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Ühtegi kinnitatud ja avalikku praktikakirjeldust veel ei ole.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>See praktika pole trükise keeles (%1) veel saadaval; esitatud on versioon: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Saadaolevad keeled</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Valitud kirje üksikasjad</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Viimati muudetud %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Kõigi üksikasjade nägemiseks valige kirje.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Korraldatud tegevused: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Praktikakirjeldused: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Töörühmad, mille liige linn on: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Kontaktid: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Seotud andmed</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Viga</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Uus kirje: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Kirje redigeerimine: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kohustuslik</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Kohustuslik</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Kõik linnad</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Igal ajal</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Kõik keeled</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Kõik teemad</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Vajab ülevaatust</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Kõik juhtlinnad</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kõik riigid</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Kontaktid, mille ülevaatuse kuupäev on möödunud</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtreeri välja järgi: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1. kv %2</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Kõik rollid</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Linnu pole veel. Siin on loetletud projekti partnerlinnad.</translation>
    </message>
    <message>
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Töörühmi pole veel. Projekti töörühmad koos teema ja juhtlinnaga kuvatakse siin, kui need on sisestatud.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kõik olekud</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
        <translation>Tegevusi pole veel. Koosolekud, koolitused, vahetused ja muud projekti tegevused kuvatakse siin, kui need on sisestatud.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Praktikakirjeldusi pole veel. Praktikad, mida linnad partnerluse jaoks kirjeldavad, kuvatakse siin, kui kirjeldused on koostatud.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Ressursse pole veel. Projekti juhendid, õppematerjalid ja muud dokumendid kuvatakse siin, kui need on sisestatud.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Kontakte pole veel. Partnerlinnade töökontaktid kuvatakse siin, kui need on sisestatud.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtreeri…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtreeri: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n sobiv kirje</numerusform>
            <numerusform>%n sobivat kirjet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n kirje</numerusform>
            <numerusform>%n kirjet</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Filtrile ei vasta ükski kirje.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Kirjeid pole veel.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Organisatsioone pole veel. Siin loetletakse võrgustikud, ühendused, politseiasutused ja muud organisatsioonid, kellega projekt koostööd teeb, kui need on sisestatud.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uus…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Lisa sellesse loendisse kirje (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigeeri…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Redigeeri valitud kirjet (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Kustuta andmed…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>Erase the selected contact's personal data</source>
        <translation>Kustuta valitud kontakti isikuandmed</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Kustuta valitud kirje (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Kas kustutada kontakt „%1“? Kustutamine eemaldab isikuandmed jäädavalt nii siin kui ka kõigi partnerite juures ja seda ei saa tagasi võtta.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Kas kustutada „%1“? Saate selle taastada käsuga Redigeeri &gt; Võta tagasi.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Tühjenda filtrid</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Näita taas kõiki selle loendi kirjeid</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Liigi %1 kirjeid ei saa otse luua ega muuta.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Selline kirje on juba olemas (%1, ID %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Kirjet (%1) ID-ga %2 ei leitud.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Fail %1 on liiga suur: manuse suurim lubatud maht on %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Sellel andmebaasil pole veel rolli. Valige see kõigepealt: koordinaator või linna kontaktametnik.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Linna kontaktametnikuna (%1) saate muuta ainult selle linna kirjeid.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>„%1“ ei ole liigi %2 väli; võimalikud väljad: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Tundmatu teema „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Välja %1 ei saa pärast kirje loomist muuta; looge selle asemel uus kirje.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Lõppkuupäev %1 on varasem kui alguskuupäev %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Naisi (%1) ei saa olla rohkem kui osalejaid (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Politseiametnikke (%1) ei saa olla rohkem kui osalejaid (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Ükski kirje (%1) ei vasta päringule „%2“.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>„%1“ vastab mitmele kirjele (%2); sisestage ID-st pikem osa.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Ükski konflikt ei vasta päringule „%1“.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Selle konflikti kirjet pole enam olemas.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>„%1“ vastab mitmele väärtusele; sisestage sellest pikem osa.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Ükski selle konflikti väärtus ei vasta päringule „%1“.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Kustutatud kontakti ei saa taastada: selle isikuandmed on kustutatud.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Fail %1 on tüüpi, mida Pactesur ei säilita (%2). Lisage dokumente, arvutustabeleid, esitlusi, PDF-faile, pilte või teksti.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>Väli „%1“ on kohustuslik (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>See praktikakirjeldus on %1: nüüd saab selle kustutada ainult koordinaator.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Linna kontaktametnikuna (%1) ei saa te seda kirjet teisele linnale üle anda.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Praktikakirjeldusi vaatab läbi ainult koordinaator.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>kirje lugemisel</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Roll on valimata</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaator</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Linna kontaktametnik (%1)</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Tundmatu roll „%1“: oodati koordinaatorit või linna kontaktametnikku.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Tundmatu linn „%1“.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>See andmebaas on juba seadistatud rollile „%1“; selle kirjetel on selle rolli märge, seega ei saa rolli muuta. Teise rolli jaoks looge uus andmebaas.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Vigane replika ID „%1“.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>rolli salvestamisel</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>muudatuse märgistamisel</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>selle andmebaasi rolli lugemisel</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Tegevusaruanne</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Osalustabel</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Tegevuste kalender</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Praktikate trükis</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Praktikakirjelduste loend</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Perioodi põhinäitajad ja tegevused linnade ja teemade kaupa.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Osalejad tegevuste ja linnade kaupa, ilma isikuandmeteta.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Perioodi tegevused sündmustena mis tahes kalendrirakenduse jaoks.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Kinnitatud avalikud praktikakirjeldused teemade kaupa, ühes keeles.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Kõik praktikakirjeldused koos linna, keele, oleku ja teemadega.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Veebileht (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Arvutustabel (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Kalendrifail (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumendid (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Veebilehed (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-failid (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>üks praktikakirjeldus</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>perioodi tegevused linnade ja teemade kaupa</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>osalus tegevuste ja linnade kaupa, ilma isikuandmeteta</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>tegevused iCalendar-failina kalendrirakenduste jaoks</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>kinnitatud avalike praktikakirjelduste trükis teemade kaupa</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>praktikakirjelduste loend</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 ootab kuupäeva kujul AAAA-KK-PP, mitte „%2“.</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Aruanne %1 ei hõlma perioodi: jätke --from ja --to ära.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Periood lõpeb (%1) enne, kui see algab (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Keelt „%1“ pole; saadaolevad keeled: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Tundmatu aruanne „%1“; saadaolevad aruanded: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Aruanne %1 koostatakse vormingus %2, mitte „%3“.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Aruanne kirjutati faili %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Kaasrahastanud Euroopa Liit</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Avaldatud seisukohad ja arvamused on ainult autori(te) omad ega pruugi kajastada Euroopa Liidu ega Euroopa Komisjoni seisukohti. Euroopa Liit ega toetuse andja ei vastuta nende eest.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Aruannet ei saa kirjutada faili %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Aruannet ei saa kirjutada faili %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Ei saa kindlaks teha, kas aruanne %1 salvestati.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Aruande koostamine tühistati; ühtegi faili ei kirjutatud.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>See aruanne koostatakse vormingus %1, mitte „%2“.</translation>
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
        <translation>Algus: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Lõpp: %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Kõik kuupäevad</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Aruande salvestamine</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Aruanded</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Aruanne</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Vorming:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Alates:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kuni:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>K&amp;eel:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Vorming</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Perioodi esimene päev</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Perioodi viimane päev</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Aruande koostamise edenemine</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Salves&amp;ta kui…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;ulge</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Näita kaustas</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Valige aruanne ja salvestage see faili.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Aruande kirjutamine… Nupp „Loobu“ peatab selle; ühtegi faili ei jää maha.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Aruanne on salvestatud nimega:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Aruande keel</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>See konflikt on vahepeal juba lahendatud.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Selle konflikti kirjet pole enam olemas.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Kustutamine</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Konflikti lahendamine: „%1“ kirjes „%2“</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (juba saadetud)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>See konflikti lahendus on juba paketis ära saadetud, seega ei saa seda enam tagasi võtta. Väärtuse uuesti muutmiseks redigeerige kirjet.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Konflikt on juba paketis sellisena ära saadetud, seega ei saa seda lahendust uuesti teha. Lahendage see konfliktide loendis uuesti.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>Kirje on pärast konflikti lahendamist muutunud (impordi või redigeerimise tõttu), seega ei saa seda sammu uuesti teha.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Varukoopia taastamine: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Lingi lisamine</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Veebi- või e-posti aadress (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Linkida saab ainult veebi- (http, https) ja e-posti (mailto) aadresse.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Paks kiri (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Kaldkiri (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Täpploend</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerdatud loend</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Muuda valik lingiks veebi- või e-posti aadressile (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Pilt</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Näita tekstis sellele kirjeldusele lisatud pilti</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Tere tulemast Pactesurisse</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Milline on teie roll projektis?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Seda küsitakse selle andmebaasi puhul ainult üks kord: teie loodud kirjetele märgitakse teie roll, seega ei saa seda hiljem muuta.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinaator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaator</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>&amp;Linna kontaktametnik</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Linna kontaktametnik</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Li&amp;nn:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Teie linn</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Kinnita roll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Sellel andmebaasil pole veel rolli. Valige see kõigepealt: koordinaator või linna kontaktametnik.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>See on selle andmebaasi enda kaart.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Linna kontaktametnik registreerib ainult koordinaatori kaardi; teised linnad tulevad koordinaatori registriga.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>Kaart nimetab linna, mida see andmebaas ei tunne.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Selle replika võtmed on tühistatud; neid ei saa uuesti registreerida.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Sellel kaardil on teised võtmed kui samale replikale registreeritud: muudetud võtit ei usaldata kunagi. Kui võtmed tõesti muutusid, tühistage vanad ja looge uus andmebaas.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Selle kaardi järgi kirjutab selle replika kellegi teise nimel, kui see andmebaas teab.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>Kaardi sõrmejälg on %1, mitte see, mis teile anti: kaarti ei registreeritud.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Võtmeid tühistab ainult koordinaator.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Ükski registreeritud replika ei vasta üheselt väärtusele „%1“.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>Koordinaator ei saa oma võtmeid tühistada.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Paketis olev register on vigane.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Koordinaatori register annab replikale %1 teised võtmed kui siin registreeritud; midagi ei muudetud.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Paketti ei saa kirjutada asukohta %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Paketil on liiga palju adressaate.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Pakett %1 lükati tagasi: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>see on kahjustatud või seda on pärast allkirjastamist muudetud.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Paketti %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>see on suurem, kui pakett olla saab.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>see ei ole Pactesuri pakett.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>see on loodud teises paketivormingus (%1; see versioon loeb vormingut %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>selle on allkirjastanud replika, mida see andmebaas ei ole registreerinud (replika %1, võti %2). Registreerige selle kaart pärast sõrmejälje võrdlemist.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>see on allkirjastatud tühistatud võtmetega (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>see ei ole adresseeritud sellele andmebaasile.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Paketti %1 ei saa siin avada.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Otsing</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Otsitav tekst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Otsingutulemused</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Otsingu olek</translation>
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
        <translation>(pealkirjata)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Sisestage sõna või selle algus. Kõik sõnad peavad sobima.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Päringule „%1“ ei leitud tulemusi.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>Päringule „%1“ leiti %n tulemus.</numerusform>
            <numerusform>Päringule „%1“ leiti %n tulemust.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Otsi linnu, organisatsioone, töörühmi, tegevusi, kirjeldusi, ressursse ja kontakte</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Sisseehitatud andmeid ei õnnestunud laadida (%1 „%2“): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Sisseehitatud andmeid ei õnnestunud laadida.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Lisamine: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigeerimine: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Kustutamine: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Pildid (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kõik failid (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Pildi lisamine</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Manuse lisamine</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Faili %1 ei õnnestunud lugeda: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 ei ole pilt; see lisati manuste hulka.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Manust %1 ei õnnestunud uuesti lugeda.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Lisa pilt failist…</translation>
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
        <translation>Selle kirjelduse manused</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Manuseid pole veel. Fotod, aruanded või voldikud aitavad teistel linnadel praktikat ette kujutada.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Lisa fail…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Lisa sellele kirjeldusele fail</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Näita tekstis</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Näita valitud pilti tekstikastis, kuhu viimati kirjutasite</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Eemalda valitud manus sellest kirjeldusest</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>See praktikakirjeldus on kustutatud; selle muudatusi ei saa salvestada.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Muudatus: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Ükski praktikakirjeldus ei vasta päringule „%1“.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>See praktikakirjeldus on kustutatud. Sulgege see aken; põhiakna käsk Redigeeri &gt; Võta tagasi toob selle tagasi.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Mõned muudatused on salvestamata: vt punasega märgitud välju</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigeerimine…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Kõik muudatused salvestatud · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Kirjutuskaitstud</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Muudatused salvestatakse kirjutamise ajal</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Pealkirjata praktikakirjeldus</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — praktikakirjeldus</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Mõnda muudatust ei õnnestunud salvestada; parandage kõigepealt punasega märgitud väljad.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Enne esitamist täitke: %1. Vasakpoolne kontrollnimekiri viib teid igaühe juurde.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Kas avaldada „%1“? Avaldatud kirjeldused kuuluvad projekti praktikakogusse, mida kõik partnerid saavad lugeda.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Avalda</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Neid välju ei õnnestunud salvestada: %1. Kas sulgeda siiski ja kaotada neisse kirjutatu?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Sulge siiski</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Kirjelduse pealkiri</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Kirjelduse linn, keel ja tundlikkus</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Mis taastati</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Miks see kirjeldus on kirjutuskaitstud</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Läbivaatamise töövoo teade</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Läbivaatamise märkused</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Märkus kirjelduse kohta…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Kirjuta linnale läbivaatamise märkus kogu kirjelduse kohta</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>See andmebaas on avatud ainult lugemiseks: kirjeldust saab lugeda ja eksportida, kuid mitte muuta.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Enne praktikakirjelduste kirjutamist valige oma roll (koordinaator või linna kontaktametnik).</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>See kirjeldus kuulub linnale %1. Seda saavad muuta ainult linna %1 kontaktametnik ja koordinaator; teie saate seda lugeda ja eksportida.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Esitatud läbivaatamiseks: koordinaator loeb seda. Kui soovite midagi muuta, tühistage kõigepealt esitamine; kirjeldus muutub taas mustandiks.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>See kirjeldus on %1: nüüd saab seda muuta ainult koordinaator. Kui midagi tuleb parandada, paluge tal muudatusi taotleda.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>muudetud %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>Koordinaator taotles muudatusi; tema märkus on näha vormi kohal.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>Koordinaator taotles muudatusi. Tema märkused on asjaomaste väljade kõrval: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Võta tagasi</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Võta tagasi: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Võta tagasi selle kirjelduse viimane salvestatud muudatus</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uuesti</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Tee uuesti: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Tee uuesti viimati tagasi võetud muudatus</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Tõlgi…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Loo sellest kirjeldusest teises keeles seotud koopia, mida näidatakse originaali kõrval</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspordi</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Ekspordi see kirjeldus PDF- või HTML-vormingus või prindi see</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Ekspordi &amp;PDF-ina…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Ekspordi &amp;HTML-ina…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Prindi…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Kirjeldus</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikakirjeldus</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Praktikakirjelduse eksport PDF-ina</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumendid (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Praktikakirjelduse eksport HTML-ina</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Veebilehed (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Praktikakirjelduse printimine</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Midagi pole veel sisestatud.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Kestab endiselt</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Esitamiseks kohustuslik</translation>
    </message>
    <message>
        <source>required</source>
        <translation>kohustuslik</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Märkus…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Kirjuta linnale selle välja kohta läbivaatamise märkus</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Läbivaatamise märkus: %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Originaal (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Tõlge (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 originaalkirjelduses</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>Originaalis on seda välja muudetud pärast seda, kui tõlget viimati ajakohastati.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Praktikakirjelduse vorm</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Põhiandmed</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Mis on praktika nimi, kellele see kuulub, millal seda rakendati ja kes tohib seda lugeda.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Taust ja eesmärgid</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Miks oli praktikat vaja ja mida sellega saavutada taheti.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Meetmed ja partnerid</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Mida tehti, kellega koos ja mida see maksis.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Tulemused ja hindamine</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Mis muutus ja kuidas te seda teate.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Ülekantavus ja õppetunnid</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Mida peab teine linn teadma, et sama teha, sealhulgas ebaõnnestumistest.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>Isik, kellelt partnerid saavad selle praktika kohta küsida.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Fotod, aruanded ja muud failid; pilte saab näidata ka teksti sees.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Lühike nimi, mis ütleb, mida praktika teeb, nt „Öine lepitustöö vanalinnas“</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Kolm-neli lauset kiirele lugejale: mida tehti, kus, kellele ja millise tulemusega.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>Kohalik olukord, mis selle praktika vajalikuks tegi: probleem, kus ja millal see esineb, keda see puudutab. Arvud on abiks.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Mida praktika püüdis muuta. Üks eesmärk loendi punkti kohta, võimaluse korral mõõdetav.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Kellele praktika on mõeldud ja kelleni see jõuab: elanikud, noored, ööelu ettevõtete töötajad, ametnikud…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Mida tehti samm-sammult: tegevused, kaasatud töötajad, ajastus, vahendid ja meetodid.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Kes osalesid ja mida igaüks panustas: politseiasutused, linna ametid, ühendused, ettevõtted, elanikud.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Ligikaudne maksumus ja kes maksis: linna eelarve, riiklik või ELi rahastus, mitterahalised panused.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Mis muutus, koos näitajatega: arvud enne ja pärast, väljundid, elanike või partnerite tagasiside.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Kuidas tulemusi hinnati, kes hindas ja milline oli hindamise järeldus.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Mida teine linn vajaks sama tegemiseks: eduka rakendamise tingimused, ressursid, mida saab kohandada.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Mida teeksite teisiti, mis teid üllatas, nõuanded alustavale linnale. Ka ebaõnnestumistest on kasu kirjutada.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Märkige projekti teemad, millesse praktika panustab.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Töörühmad, kes peaksid seda kirjeldust lugema.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Avalikud kirjeldused võivad ilmuda projekti trükises; „Ainult partneritele“ jääb partnerluse piiresse; „Ainult politseile“ jagatakse ainult politseiasutustega.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Valige oma linna kontakt; kui seda pole, lisage see kõigepealt jaotises „Kontaktid“.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>Keel, milles see kirjeldus on kirjutatud.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dubleeri</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Alusta valitud kirjelduse koopiast uut mustandit</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Tõlgi…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Loo valitud kirjeldusest seotud tõlge</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n sõna</numerusform>
            <numerusform>%n sõna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n märkus</numerusform>
            <numerusform>%n märkust</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Jaotised</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Kirjelduse jaotised</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Täidetud kohustuslikud väljad</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Veel täitmata kohustuslikud väljad</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Esitamiseks kohustuslikud: %1 / %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Esitamiseks kohustuslikud väljad</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Oleku ajalugu</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Kirjelduse oleku ajalugu</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaator</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Pole veel esitatud</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Koordinaatori märkus kogu kirjelduse kohta</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Koordinaatori märkus</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Millele linn peaks kõigepealt tähelepanu pöörama või miks kirjeldus pole veel valmis</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Mida selles väljas muuta või täiendada</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Pealkirjata praktikakirjeldus</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Ainult partneritele</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Piiratud juurdepääs — ainult politseile</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · praktikakirjelduse printimise kuupäev: %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikakirjeldus</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Ava originaal</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Ava originaalkirjeldus</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Märgi ajakohaseks</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Märgi, et see tõlge vastab nüüd originaali praegusele kujule</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>Selle tõlke originaal pole enam saadaval.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Kirjelduse „%1“ tõlge (%2). Originaali näidatakse iga välja kõrval.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Originaalis on pärast seda muutunud: %2 (allpool esile tõstetud).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Selle kirjelduse tõlked:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (aegunud)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Ava tõlge (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Praktikakirjeldust ID-ga %1 pole.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>See kirjeldus on ise tõlge: tõlkige hoopis selle originaal.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>Kirjeldus on juba selles keeles kirjutatud.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Tõlge sellesse keelde on juba olemas.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Pealkirjata praktikakirjeldus</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Pactesur seiskus ootamatult, kui „%1“ oli avatud. Pärast avamist polnud selles midagi muudetud, välja arvatud ehk viimastel sekunditel enne seiskumist. Kirjeldus on taas avatud.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Pactesur seiskus ootamatult, kui „%1“ oli avatud. Kõik kuni %2 on alles (%3); puudu võib olla kõige rohkem viimase %n sekundi jooksul enne Pactesuri seiskumist kirjutatu. Kirjeldus on taas avatud, et saaksite seda kontrollida.</numerusform>
            <numerusform>Pactesur seiskus ootamatult, kui „%1“ oli avatud. Kõik kuni %2 on alles (%3); puudu võib olla kõige rohkem viimase %n sekundi jooksul enne Pactesuri seiskumist kirjutatu. Kirjeldus on taas avatud, et saaksite seda kontrollida.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Läbivaatamise märkusi kirjutab ainult koordinaator.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Ainult koordinaator saab määrata praktikakirjelduse olekuks „%1“.</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>See praktikakirjeldus ootab läbivaatamist. Enne muutmist tühistage esitamine, et see muutuks taas mustandiks.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>See praktikakirjeldus on %1: nüüd saab seda muuta ainult koordinaator. Paluge tal muudatusi taotleda.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Seda praktikakirjeldust ei saa veel esitada: täitke kõigepealt %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Esita uuesti</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Esita läbivaatamiseks</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tühista esitamine</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Taotle muudatusi</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Tühista avaldamine</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Kinnita</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Avalda…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Olek: %1</translation>
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
        <translation>Viimati muudetud</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>praktikakirjelduste lugemisel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kiirklahvid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiming</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kiirklahv</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Diagrammidel, kaardil ja kalendris liiguvad nooleklahvid elemendilt elemendile ning Enter avab valitu.</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Koordineerimisrakendus PACTESUR 2 partnerlinnadele</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Kasuta vaikeandmebaasi asemel andmebaasi FAIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Kasuta liidese keelt KOOD (en, fr, et, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOOD</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pakett</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Vahetuspakett (.pactesur) eelvaatamiseks ja importimiseks.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[pakett]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Keel:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Praktikakirjelduse tõlkimine</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Kirjelduse „%1“ (%2) tõlge on eraldi kirjeldus, mis on originaaliga seotud. Redaktor näitab iga välja kõrval originaali ja märgib väljad, mida originaalis hiljem muudetakse.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Juba tõlgitud keeltesse: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Tõlke keel</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Loo tõlge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n kirje</numerusform>
            <numerusform>%n kirjet</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Faili %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Faili %1 ei saa kirjutada.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>ühendus katkes enne, kui fail oli täielikult saabunud</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>fail on suurem, kui pakett olla saab</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sünkroonimine tühistatud.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>Postkast %1 lükkas kasutajanime või parooli tagasi.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>Postkast ei luba seda aadressil %1 (403 Forbidden): kontrollige kausta jagamisõigusi.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Serveris pole aadressil %1 kausta: looge see või kontrollige postkasti aadressi.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>Postkasti on serveris lukustanud teine programm (423 Locked); järgmine sünkroonimine proovib uuesti.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>Server palub päringuid harvemini saata (429 Too Many Requests); järgmine sünkroonimine proovib uuesti.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>Postkast on täis: serveri salvestuskvoot on täitunud (507). Vabastage seal ruumi või paluge serveri administraatorilt suuremat kvooti.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Serveris tekkis aadressil %2 viga (%1); järgmine sünkroonimine proovib uuesti.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>Server vastas aadressil %2 koodiga %1.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>Postkastil %1 on sertifikaat, mida see arvuti ei usalda: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>Postkastiga %1 ei saa ühendust: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Serveri esitatud %1 sisuloendit ei saanud lugeda.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>Postkastis olev fail %1 on suurem, kui pakett olla saab.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Paketi järgi kirjutab replika %1 kellegi teise nimel, kui see andmebaas teab; midagi ei muudetud.</translation>
    </message>
</context>
</TS>
