<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Sąrašas</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Rodyti veiklas sąraše</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendorius</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Rodyti veiklas kalendoriuje</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n veikla</numerusform>
            <numerusform>%1: %n veiklos</numerusform>
            <numerusform>%1: %n veiklų</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mėnuo</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Rodyti vieną mėnesį</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Projekto laikotarpis</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Rodyti projekto laikotarpį</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Ankstesnis mėnuo (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Ankstesnis mėnuo</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Kitas mėnuo (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Kitas mėnuo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Rodyti šiandieną</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Rodomas laikotarpis</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Mėnesio veiklos</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Veiklos per projekto laikotarpį</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>Projekto laikotarpiu %Ln veikla</numerusform>
            <numerusform>Projekto laikotarpiu %Ln veiklos</numerusform>
            <numerusform>Projekto laikotarpiu %Ln veiklų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>dar +%n</numerusform>
            <numerusform>dar +%n</numerusform>
            <numerusform>dar +%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>Dar %n nerodoma</numerusform>
            <numerusform>Dar %n nerodomos</numerusform>
            <numerusform>Dar %n nerodoma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>Šią dieną %Ln veikla: spustelėkite, kad ji būtų parodyta</numerusform>
            <numerusform>Šią dieną %Ln veiklos: spustelėkite, kad jos būtų išvardytos</numerusform>
            <numerusform>Šią dieną %Ln veiklų: spustelėkite, kad jos būtų išvardytos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar title: month name, year</comment>
        <translation>%2 m. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Per daug veiklų, kad būtų galima nubraižyti kiekvieną atskirai</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln veikla</numerusform>
            <numerusform>%Ln veiklos</numerusform>
            <numerusform>%Ln veiklų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Pridėti failą</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Nepavyko nuskaityti failo %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Nepavyko įrašyti %1 kopijos: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Jokia programa negalėjo atverti %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Įrašyti priedą</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Nepavyko įrašyti failo %1: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Pridėtas failas</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Pridėto failo pavadinimas</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Pridėto failo tipas ir dydis</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Pridėti failą…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Pridėti failą prie šio ištekliaus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Atverti pridėtą failą</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Įrašyti kaip…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Įrašyti pridėto failo kopiją</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Failas nepridėtas</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Pakeisti failą…</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Failas sugadintas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n įrašas nurodo į neegzistuojančius įrašus.</numerusform>
            <numerusform>%n įrašai nurodo į neegzistuojančius įrašus.</numerusform>
            <numerusform>%n įrašų nurodo į neegzistuojančius įrašus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>Schemos versija yra %1, o ši Pactesur versija tikisi versijos %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>netikėta: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>trūksta: %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>Duomenų bazės struktūra skiriasi nuo tos, kurios tikisi Pactesur: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Vadovaujantysis miestas</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Miestas partneris</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Asocijuotasis miestas</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Tinklas</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Asociacija</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Privati įmonė</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Pilietinė visuomenė</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policija</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitetas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Viešojo intereso užduotis</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Teisėtas interesas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sutikimas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sutartis</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Teisinė prievolė</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suplanuota</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktyvi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uždaryta</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Narys</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Stebėtojas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Policijos darbuotojų mainai</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akademija</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Mokymai</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Mokomasis vizitas</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Praktinis seminaras</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Internetinis seminaras</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Valdymo komitetas</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikacija</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Įvykdyta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atšaukta</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Mokymo medžiaga</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Leidinys</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>ES gairės</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Duomenų rinkinys</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Juodraštis</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Pateiktas</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Prašoma pakeitimų</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Patvirtintas</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Paskelbtas</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Viešas</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Tik partneriams</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Tik policijai</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atviras</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Išspręstas</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Komandų sąrašą parodys pactesur-cli --help.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Parinkčiai %1 reikia reikšmės.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>Parinkčiai --set reikia FIELD=VALUE, o ne „%1“.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Nežinoma parinktis %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Naudojimas: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Nežinoma rūšis „%1“; galimos rūšys: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>Komandai init reikia nurodyti --coordinator arba --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>Duomenų bazė %1 paruošta; šios replikos vaidmuo: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Duomenų bazė: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replika: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Naudojimas: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Nepavyksta perskaityti failo %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>Komandai add reikia bent vienos parinkties --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>Komandai edit reikia bent vienos parinkties --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>Duomenų bazė tvarkinga.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>Duomenų bazėje yra problemų.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Būsenos santrauka: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenurodyta komanda.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Nežinoma komanda „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Sugeneruotas %n įrašas.</numerusform>
            <numerusform>Sugeneruoti %n įrašai.</numerusform>
            <numerusform>Sugeneruota %n įrašų.</numerusform>
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
        <translation>Naudojimas: pactesur-cli [--db FILE] COMMAND [parinktys]

Komandos:
  init [--coordinator | --city SLUG]   sukurti duomenų bazę ir pasirinkti vaidmenį
  whoami [--json]                      parodyti šios replikos vaidmenį
  list KIND [--json]                   išvardyti vienos rūšies įrašus
  show KIND ID [--json]                parodyti vieną įrašą
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       vientisumas, schema ir būsenos santrauka
  export --out FILE [--full | --for PEER]   sukurti mainų paketą
  import FILE [--dry-run] [--json]     sulieti paketą (prieš tai sukuriama atsarginė kopija)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  pridėti sintetinių įrašų

Rūšys: %1
Duomenų bazė: %2, nebent --db arba PACTESUR_DB nurodo kitą.
Išėjimo kodai: 0 atlikta, 1 klaida, 2 naudojimo klaida, 3 įvestis atmesta (niekas nepakeista).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Į failą %1 įrašytas %n įrašas.</numerusform>
            <numerusform>Į failą %1 įrašyti %n įrašai.</numerusform>
            <numerusform>Į failą %1 įrašyta %n įrašų.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nauji: %1, atnaujinti: %2, nepakeisti: %3, konfliktai: %4, atmesti: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Bandomasis paleidimas: niekas nepakeista.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Visi paketo pakeitimai atmesti: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Ištrinti kontakto „%1“ asmens duomenis?

Ištrynimas galutinis: jo negalima atšaukti, o per kitus mainus jis bus perduotas visiems partneriams.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Eksportuoti asmens duomenis</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON failai (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Nepavyko įrašyti failo %1: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Ištrinti asmens duomenis…</translation>
    </message>
    <message>
        <source>Erase this contact&apos;s personal data for good</source>
        <translation>Negrįžtamai ištrinti šio kontakto asmens duomenis</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Eksportuoti asmens duomenis…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Eksportuoti visus apie šį kontaktą saugomus duomenis</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Peržiūros data</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Klaida</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Peržiūra vėluoja (terminas: %1)</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Veiklos chronologine tvarka</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Projekto aprašymas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Iš viso</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Projektas dar neįrašytas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Prasideda po %n dienos</numerusform>
            <numerusform>Prasideda po %n dienų</numerusform>
            <numerusform>Prasideda po %n dienų</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Baigėsi %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Diena %1 iš %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nepavyksta sukurti aplanko %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>Duomenų bazė %1 jau atverta kitame Pactesur lange ar programoje. Uždarykite ją ten ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Nepavyksta užrakinti duomenų bazės %1: į jos aplanką negalima rašyti.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Duomenų bazė %1 neegzistuoja.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nepavyksta atverti duomenų bazės %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>atnaujinant duomenų bazės struktūrą</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Diskas pilnas: niekas nepakeista. Atlaisvinkite vietos ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Duomenų bazę šiuo metu naudoja kita programa: niekas nepakeista.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Duomenų bazės klaida %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>Failas %1 nėra Pactesur duomenų bazė arba yra sugadintas.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>Failas %1 nėra Pactesur duomenų bazė.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>atveriant duomenų bazę</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Ši duomenų bazė sukurta naujesne Pactesur versija (schemos versija %1; ši versija palaiko iki %2). Atnaujinkite Pactesur, kad galėtumėte ją atverti.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Duomenų bazę %1 reikia atnaujinti, tačiau to negalima padaryti, kai ji atverta tik skaityti.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>pradedant transakciją</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>išsaugant pakeitimus</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>išsaugant įrašą</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>skaitant įrašus</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ši duomenų bazė dar neturi vaidmens. Pirmiausia jį pasirinkite: koordinatorius arba miesto ryšių palaikymo pareigūnas.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Iš „%1“ dar negautas joks paketas, todėl nėra pagrindo sudaryti tik pakeitimų paketą; vietoj to eksportuokite visą paketą.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Aplankas %1 neegzistuoja.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Nepavyksta įrašyti paketo %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksportas atšauktas; joks failas neįrašytas.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>galbūt diskas pilnas</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansavimas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Trumpasis pavadinimas</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Vietinis pavadinimas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Atstovas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kalbos</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Platuma</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Ilguma</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Policijos tarnyba</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Prioritetinės temos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Darbo el. paštas</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Darbo telefonas</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Teisinis pagrindas</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Peržiūrėti iki</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Išversti pavadinimai</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Vadovaujantysis miestas</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Tikslai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Darbo grupė</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Priimantysis miestas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Rezultatai</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Nurodytas dalyvių skaičius</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Nurodytas miestų skaičius</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Veikla</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Moterys</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Policijos pareigūnai</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temos</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Priedas</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Darbo grupės</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Originalus aprašas</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Jautrumas</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Laikotarpio pradžia</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Laikotarpio pabaiga</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Tęsiama</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Kontekstas ir problema</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Tikslinės grupės</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Priemonės ir įgyvendinimas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriai</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Biudžetas ir finansavimas</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Rezultatai ir rodikliai</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Vertinimas</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Perkeliamumas</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Įgyta patirtis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Peržiūros pastabos</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Failo tipas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Failo pavadinimas</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Reikšmės</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kryptis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Kita šalis</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Kiekiai</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Netinkama lauko %2 reikšmė „%1“: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Laukas %1 per ilgas: leidžiama daugiausia %2 simbolių.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>valdymo simboliai neleidžiami</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>turi būti sveikasis skaičius, 0 arba didesnis</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>turi būti skaičius</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>turi būti skaičius nuo %1 iki %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>turi būti data formatu MMMM-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>turi būti true arba false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>turi būti viena iš reikšmių: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>turi būti dviejų raidžių šalies kodas, pvz., LT</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>turi būti dviejų raidžių kalbos kodas, pvz., lt</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>turi būti kableliais atskirti dviejų raidžių kalbų kodai</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>turi būti žiniatinklio adresas, prasidedantis https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>turi būti el. pašto adresas</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>turi būti telefono numeris</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>turi būti ID arba trumpasis pavadinimas (slug)</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>turi būti JSON objektas, pvz., {&quot;lt&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>leidžiamos tik mažosios lotyniškos raidės (a–z), skaitmenys ir brūkšneliai</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>turi būti SHA-256 santrauka</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>failo turinio negalima įvesti klaviatūra</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>lauko %1 tipas netinkamas</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>lauko %1 reikšmė nepatenka į leistiną intervalą</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>laukas %1 per ilgas</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>laukas %1 nėra ID</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>laukas %1 nėra sąrašas</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>laukas %1 nėra saugojimo formato</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Nustatyta</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: nustatyta</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Kalbų kodai, pvz., fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Pactesur duomenų bazės (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Atverti duomenų bazę</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Įrašus generuoti galima tik koordinatoriaus duomenų bazėje.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>miesto ryšių palaikymo pareigūnas gali keisti tik savo miesto įrašus</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Nepavyksta sukurti atsarginių kopijų aplanko %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>kuriant atsarginę kopiją</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ši duomenų bazė dar neturi vaidmens. Pirmiausia jį pasirinkite: koordinatorius arba miesto ryšių palaikymo pareigūnas.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Šis paketas eksportuotas iš šios duomenų bazės; jame nėra nieko naujo.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importas atšauktas; niekas nepakeista.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Ištrinto kontakto lauko %1 pakeitimas atmestas: pirmenybė teikiama ištrynimui.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importuojant paketą</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Paketas nurodo įrašus, kurių jame nėra; niekas nepakeista.</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Projektas</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projektai</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Miestai</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temos</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Darbo grupė</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Darbo grupės</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Narystė</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Narystės</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Veikla</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Dalyvavimas</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Išteklius</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ištekliai</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikos aprašas</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktikos aprašai</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Priedas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konfliktas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktai</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Mainai</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Mainai</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Pakartoti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Žinynas</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nauja duomenų bazė…</translation>
    </message>
    <message>
        <source>Create an empty database with the project&apos;s founding data</source>
        <translation>Sukurti tuščią duomenų bazę su pagrindiniais projekto duomenimis</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Atverti duomenų bazę…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Atverti kitą Pactesur duomenų bazės failą</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Išeiti</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtruoti dabartinio sąrašo įrašus</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Apie Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Apie &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Skyriai</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Dabartinis skyrius</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Apžvalgos skydelis</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Duomenų bazės failas</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Jūsų vaidmuo</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Failas „%1“ jau yra. Pasirinkite kitą pavadinimą arba atverkite jį komanda „Atverti duomenų bazę“.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Failas „%1“ neegzistuoja.</translation>
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
        <translation>Pactesur padeda ES projekto PACTESUR 2 miestams partneriams koordinuoti savo darbą: kas yra kas, darbo grupės, veiklos ir praktikos aprašai, kuriais jie dalijasi.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencija: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt versija: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Apie Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>Ieškoti &amp;sąraše…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Ieškoti &amp;visur…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Ieškoti visuose visų rūšių įrašuose</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Naujas įrašas…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Pridėti įrašą į dabartinį sąrašą</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Redaguoti įrašą…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Redaguoti dabartiniame sąraše pažymėtą įrašą</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Ištrinti įrašą…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Ištrinti dabartiniame sąraše pažymėtą įrašą</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Miestai nariai</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Pridedamas miestas</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Pridėti miestą</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Pridėti pasirinktą miestą kaip narį</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Pašalinti pažymėtą miestą narį</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Pašalinti pažymėtą miestą narį (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Pašalinti narį</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Vaidmuo: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>Failas %1 nėra tinkamas Pactesur paketas: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Paketas %1 neegzistuoja.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>failas tuščias.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>failas didesnis, nei gali būti paketas.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Nepavyksta perskaityti paketo %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>tai ne paketo failas.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>jo nepavyksta atverti.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>jis sugadintas.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>jis sukurtas ne Pactesur programa.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Paketas %1 sukurtas naujesne Pactesur versija (paketo formatas %2; ši versija skaito formatą %3). Norėdami jį importuoti, atnaujinkite Pactesur.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>jo formato versija nežinoma.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>jame yra lentelių arba kodo, kurių paketas negali turėti.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>nepavyksta perskaityti jo manifesto.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>jo manifestas neaprašo Pactesur paketo.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>jo manifestas neišsamus arba klaidingas.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>laukas deleted nėra 0 arba 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>jame yra nežinomas laukas „%1“</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>lauko %1 tipas netinkamas</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>vieno iš jo konfliktų struktūra netinkama.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>jis sugadintas arba skaitomas per lėtai.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>nepavyksta perskaityti jo įrašų.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>įrašas %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>jo ID netinkamas</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>jo savininkas netinkamas</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>jo data netinkama</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>jo versija netinkama</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>nepavyksta perskaityti jo istorijos</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>lauko „%1“ istorija netinkama</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>priedas neatitinka savo maišos reikšmės.</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Dalyvaujantys miestai</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Moterys</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Policijos pareigūnai</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Pridedamas miestas</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Pridėti miestą</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Pridėti pasirinktą miestą prie dalyvių</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation</source>
        <translation>Pašalinti pažymėto miesto dalyvavimą</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
        <translation>Pašalinti pažymėto miesto dalyvavimą (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Pašalinti dalyvavimą</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Iš viso</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Pasirinkto įrašo išsami informacija</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Paskutinis pakeitimas: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Pasirinkite įrašą, kad matytumėte visą jo informaciją.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Surengtos veiklos: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Praktikos aprašai: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Darbo grupės, kurių narys: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Kontaktai: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Susiję duomenys</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Klaida</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Naujas įrašas: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Redaguoti įrašą: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Privaloma</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Privaloma</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Visos rūšys</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Visi miestai</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Bet kada</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Visos kalbos</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Visos temos</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Reikia peržiūrėti</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Visi vadovaujantieji miestai</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Kontaktai, kurių peržiūros data jau praėjo</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtruoti pagal lauką: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 m. %1 ketv.</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Visi vaidmenys</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Miestų dar nėra. Čia pateikiami projekto miestai partneriai.</translation>
    </message>
    <message>
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Darbo grupių dar nėra. Kai projekto darbo grupės bus įrašytos, jos bus pateiktos čia kartu su tema ir vadovaujančiuoju miestu.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
        <translation>Veiklų dar nėra. Kai bus įrašyti projekto susitikimai, mokymai, mainai ir kitos veiklos, jie bus pateikti čia.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Praktikos aprašų dar nėra. Kai miestai aprašys savo praktiką partnerystei, šie aprašai bus pateikti čia.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Išteklių dar nėra. Kai bus įrašyti projekto vadovai, mokymo medžiaga ir kiti dokumentai, jie bus pateikti čia.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Kontaktų dar nėra. Kai bus įrašyti miestų partnerių darbo kontaktai, jie bus pateikti čia.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtruoti…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtruoti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n atitinkantis įrašas</numerusform>
            <numerusform>%n atitinkantys įrašai</numerusform>
            <numerusform>%n atitinkančių įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n įrašas</numerusform>
            <numerusform>%n įrašai</numerusform>
            <numerusform>%n įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Filtrą atitinkančių įrašų nėra.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Įrašų dar nėra.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Visos rūšys</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Organizacijų dar nėra. Čia bus išvardyti tinklai, asociacijos, policijos įstaigos ir kitos organizacijos, su kuriomis bendradarbiauja projektas, kai tik jos bus užregistruotos.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Naujas…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Pridėti įrašą į šį sąrašą (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaguoti…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Redaguoti pažymėtą įrašą (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Ištrinti duomenis…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ištrinti</translation>
    </message>
    <message>
        <source>Erase the selected contact&apos;s personal data</source>
        <translation>Ištrinti pažymėto kontakto asmens duomenis</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Ištrinti pažymėtą įrašą (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Ištrinti kontaktą „%1“? Ištrynus asmens duomenys negrįžtamai pašalinami čia ir pas visus partnerius, to negalima atšaukti.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Ištrinti „%1“? Galėsite jį atkurti komanda Taisa &gt; Atšaukti.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Rūšies %1 įrašų negalima tiesiogiai kurti ar redaguoti.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Toks įrašas jau yra (%1, ID %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Įrašas (%1) su ID %2 nerastas.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Failas %1 per didelis: didžiausias leidžiamas priedo dydis – %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ši duomenų bazė dar neturi vaidmens. Pirmiausia jį pasirinkite: koordinatorius arba miesto ryšių palaikymo pareigūnas.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Kaip miesto ryšių palaikymo pareigūnas (%1) galite keisti tik šio miesto įrašus.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>„%1“ nėra rūšies %2 laukas; galimi laukai: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Nežinoma tema „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Lauko %1 negalima keisti sukūrus įrašą; vietoj to sukurkite naują įrašą.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Pabaigos data %1 yra ankstesnė už pradžios datą %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Moterų (%1) negali būti daugiau nei dalyvių (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Policijos pareigūnų (%1) negali būti daugiau nei dalyvių (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Nerasta įrašų (%1), atitinkančių „%2“.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>„%1“ atitinka daugiau nei vieną įrašą (%2); nurodykite ilgesnę ID dalį.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Joks konfliktas neatitinka „%1“.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Šio konflikto įrašo nebėra.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>„%1“ atitinka daugiau nei vieną reikšmę; nurodykite ilgesnę dalį.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Jokia šio konflikto reikšmė neatitinka „%1“.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Ištrinto kontakto atkurti negalima: jo asmens duomenys pašalinti.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Failas %1 yra tokio tipo, kurio Pactesur nesaugo (%2). Pridėkite dokumentus, skaičiuokles, pateiktis, PDF failus, paveikslėlius arba tekstą.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>Laukas „%1“ privalomas (%2).</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Vaidmuo nepasirinktas</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatorius</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Miesto ryšių palaikymo pareigūnas (%1)</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Nežinomas vaidmuo „%1“: turi būti koordinatorius arba miesto ryšių palaikymo pareigūnas.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Nežinomas miestas „%1“.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Ši duomenų bazė jau nustatyta vaidmeniui „%1“; jos įrašai pažymėti šiuo vaidmeniu, todėl vaidmens pakeisti negalima. Kitam vaidmeniui sukurkite naują duomenų bazę.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Netinkamas replikos ID „%1“.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>išsaugant vaidmenį</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>žymint pakeitimą</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Sveiki atvykę į Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Koks jūsų vaidmuo projekte?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Šis klausimas šiai duomenų bazei užduodamas tik vieną kartą: jūsų kuriami įrašai pažymimi jūsų vaidmeniu, todėl vėliau jo pakeisti negalima.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinatorius</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatorius</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>Miesto &amp;ryšių palaikymo pareigūnas</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Miesto ryšių palaikymo pareigūnas</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Miestas:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Jūsų miestas</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Patvirtinti vaidmenį</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Paieška</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Ieškoti miestų, veiklų, aprašų, išteklių ir kontaktų</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Ieškomas tekstas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Paieškos rezultatai</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Paieškos būsena</translation>
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
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Įveskite žodį arba jo pradžią. Turi atitikti visi žodžiai.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Pagal „%1“ nieko nerasta.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>Pagal „%1“ rastas %n rezultatas.</numerusform>
            <numerusform>Pagal „%1“ rasti %n rezultatai.</numerusform>
            <numerusform>Pagal „%1“ rasta %n rezultatų.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Nepavyko įkelti integruotųjų duomenų (%1 „%2“): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Nepavyko įkelti integruotųjų duomenų.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Pridėjimas: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redagavimas: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Ištrynimas: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Koordinavimo programa PACTESUR 2 miestams partneriams</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Naudoti duomenų bazę FAILAS vietoj numatytosios.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FAILAS</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Naudoti sąsajos kalbą KODAS (en, fr, lt, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODAS</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n įrašas</numerusform>
            <numerusform>%n įrašai</numerusform>
            <numerusform>%n įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
</TS>
