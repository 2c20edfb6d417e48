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
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
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
  export --out FILE [--full | --for PEER]   loo vahetuspakett
  import FILE [--dry-run] [--json]     ühenda pakett (enne tehakse varukoopia)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  lisa sünteetilisi kirjeid

Liigid: %1
Andmebaas: %2, kui --db või PACTESUR_DB ei määra teisiti.
Väljumiskoodid: 0 tehtud, 1 tõrge, 2 kasutusviga, 3 sisend tagasi lükatud (midagi ei muudetud).</translation>
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
        <source>Erase this contact&apos;s personal data for good</source>
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
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Tegevused kuupäeva järjekorras</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Projekti kirjeldus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
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
        <translation>Lõppes %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Päev %1/%2 (%3%)</translation>
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
        <source>reading records</source>
        <translation>kirjete lugemisel</translation>
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
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>oodati JSON-objekti, nt {&quot;et&quot;: &quot;…&quot;}</translation>
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
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Kirjeid saab genereerida ainult koordinaatori andmebaasis.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>linna kontaktametnik tohib muuta ainult oma linna kirjeid</translation>
    </message>
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
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
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
        <source>Create an empty database with the project&apos;s founding data</source>
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
        <source>Remove the selected city&apos;s participation</source>
        <translation>Eemalda valitud linna osalus</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
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
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Töörühmi pole veel. Projekti töörühmad koos teema ja juhtlinnaga kuvatakse siin, kui need on sisestatud.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kõik olekud</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact&apos;s personal data</source>
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
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Otsing</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Otsi linnu, tegevusi, kirjeldusi, ressursse ja kontakte</translation>
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
</TS>
