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
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>skaitant veiklas</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>skaitant dalyvavimo duomenis</translation>
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
        <translation>Veiklų ataskaita</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · ataskaita parengta %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Pagrindiniai skaičiai</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Veiklos pagal miestus</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Veiklos pagal temas</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Veiklos pagal rūšis</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Dalyvaujantys miestai</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Policijos pareigūnai</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Moterys</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Įvykdyta: %1 · suplanuota: %2 · atšaukta: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Dalyviai – tai miestų kiekvienai veiklai nurodyti skaičiai; jei nė vienas miestas skaičių nenurodė, įskaičiuojamas veiklai nurodytas bendras skaičius.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Surengė</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Dalyvavo</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Visi miestai</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Veikla priskiriama jos darbo grupės temai. Praktikos aprašai – tai visi iki šiol parengti tos temos aprašai, nepriklausomai nuo jų būsenos; vertimai neskaičiuojami.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktikos aprašai</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Patvirtinti arba paskelbti</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Be temos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Šiuo laikotarpiu veiklų nėra.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Veikla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Miestai</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%2 m. %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 psl. iš %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Laikotarpis</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Parengta</translation>
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
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
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
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>autorius yra replika, kurios ši duomenų bazė nepažįsta</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>miesto ryšių palaikymo pareigūnas gali keisti tik savo miesto įrašus</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>miesto ryšių palaikymo pareigūnas negali perduoti įrašo kitam miestui</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>praktikos aprašus peržiūri tik koordinatorius</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>įrašo savininkas niekada nesikeičia</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>jo savininkas negali turėti šios rūšies įrašo</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Nepavyksta nuskaityti atsarginės kopijos %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Atsarginės kopijos %1 nebėra.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>Atsarginė kopija %1 priklauso kitai duomenų bazei; jos negalima čia atkurti.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>atkuriant atsarginę kopiją</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Nepavyko pašalinti ištrintų kontaktų asmens duomenų iš atsarginės kopijos %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Prieš kiekvieną importą ir kiekvieną atkūrimą sukuriama visos duomenų bazės atsarginė kopija; po importo paliekamos dešimt naujausių. Jos saugomos aplanke %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Atkurti atsarginę kopiją (%1)?
Jūsų duomenų bazė bus grąžinta į tuometinę būseną. Pirmiausia dabartinė jos būsena išsaugoma naujoje atsarginėje kopijoje, o komanda Taisa ▸ Atšaukti ją grąžina.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Atkuriama atsarginė kopija…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Atkurti…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Rodyti aplanką</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Atsarginių kopijų dar nėra.

Pirmoji sukuriama, kai importuojate paketą.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>%1 veiklos</translation>
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
        <translation>Ši duomenų bazė dar neturi vaidmens. Pirmiausia jį pasirinkite: koordinatorius arba miesto ryšių palaikymo pareigūnas.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Šis failas nėra Pactesur tapatybės kortelė arba yra sugadintas.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>Kortelės %1 nepavyksta perskaityti.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Kortelės nepavyksta įrašyti į %1.</translation>
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
        <translation>Projekto laikotarpis neįrašytas</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Šiandien, %1: projektas dar neprasidėjo</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Šiandien, %1: projektas baigėsi</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Šiandien, %1</translation>
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
    <message>
        <source>Further commands:</source>
        <translation>Kitos komandos:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ši duomenų bazė dar neturi vaidmens. Pirmiausia jį pasirinkite: koordinatorius arba miesto ryšių palaikymo pareigūnas.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Kontrolinis kodas: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Užregistruota: %1, kontrolinis kodas %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Jau užregistruota: %1, kontrolinis kodas %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Nepavyksta perskaityti slaptažodžio failo %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Pašto dėžutė nenustatyta. Nustatykite ją komanda: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Pašto dėžutė: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Naudotojas: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Paskelbta paketų: %1; iš jų dar ne visų gavėjų gauta: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Dar niekada nesinchronizuota.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Paskutinis sinchronizavimas: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Pašto dėžutė nustatyta: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Paketai: išsiųsta %1, gauta %2, importuota %3; naujų konfliktų: %4; atmesta: %5.</translation>
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
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       sukurti pasirašytą, užantspauduotą mainų paketą
  import FILE [--dry-run] [--json]     sulieti paketą (prieš tai sukuriama atsarginė kopija)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              šios replikos kontrolinis kodas; registras
  keys export --out FILE               įrašyti šios replikos tapatybės kortelę
  keys trust CARD [--fingerprint FP]   užregistruoti kortelę palyginus kontrolinius kodus
  keys revoke REPLICA                  atšaukti pasitikėjimą replikos raktais
  mailbox set URL [--user USER]        WebDAV pašto dėžutė ar aplankas sinchronizavimui
  mailbox show [--json]                pašto dėžutė ir tai, kas joje skirta mums
  sync [--password-file FILE] [--json] vienas automatinių mainų ciklas
                                       (arba slaptažodis kintamajame PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       pridėti sintetinių įrašų

Rūšys: %1
Duomenų bazė: %2, nebent --db arba PACTESUR_DB nurodo kitą.
Išėjimo kodai: 0 atlikta, 1 klaida (komandai sync: nepavyko pasiekti pašto dėžutės arba
ciklas nebaigtas), 2 naudojimo klaida, 3 įvestis atmesta (niekas nepakeista; komandai
sync: paketai atmesti).</translation>
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
        <translation>Ištrintas ar paliktas</translation>
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
        <source>Last change</source>
        <translation>Paskutinis pakeitimas</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Atviri konfliktai</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Atvirų konfliktų nėra.
Kai paketas atneša kitokią lauko, kurį keitėte ir jūs, reikšmę, abi reikšmės laukia čia, kol pasirinksite.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n atviras konfliktas; rodomi %1 naujausi.</numerusform>
            <numerusform>%n atviri konfliktai; rodomi %1 naujausi.</numerusform>
            <numerusform>%n atvirų konfliktų; rodomi %1 naujausi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n atviras konfliktas. Pasirinkite, kurią reikšmę palikti; pasirinkimą galima atšaukti iki kito paketo eksporto.</numerusform>
            <numerusform>%n atviri konfliktai. Pasirinkite, kurią reikšmę palikti; pasirinkimą galima atšaukti iki kito paketo eksporto.</numerusform>
            <numerusform>%n atvirų konfliktų. Pasirinkite, kurią reikšmę palikti; pasirinkimą galima atšaukti iki kito paketo eksporto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Rodyti įrašą</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Palikti mano parašytą</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Konfliktas nepasirinktas</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Pasirinkite konfliktą sąraše, kad pamatytumėte jo reikšmes greta.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 „%2“: vienoje pusėje ištrintas, kitoje redaguotas</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>Įrašas paliekamas, kol pasirinksite. Palikite jį arba ištrinkite, kaip prašė viena pusė.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Šis laukas buvo pakeistas dviejose vietose prieš apsikeičiant paketais. Abi reikšmės išsaugomos, kol pasirinksite vieną iš jų arba įrašysite reikšmę, kuri jas sujungia.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Paliekama reikšmė</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Arba įrašykite paliekamą reikšmę, pavyzdžiui, sujungiančią abi:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Reikšmė %1 (šiuo metu rodoma)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Reikšmė %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Parašė %1 · %2, %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Ištrinti įrašą</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Palikti įrašą</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Palikti šią reikšmę</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ištrintas</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Paliktas su kitos pusės pakeitimais</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tuščia)</translation>
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
        <source>Erase this contact's personal data for good</source>
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
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Spustelėkite skaičių, kad pamatytumėte jį sudarančius įrašus, miestą – kad jį atvertumėte, datą – kad atvertumėte tą veiklą. Spustelėkite stulpelio pavadinimą, kad rūšiuotumėte.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Kiekvieno miesto partnerio skaičiai</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: spustelėkite, kad atvertumėte</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Iki šiandien veiklų nėra</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Spustelėkite, kad juos pamatytumėte.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Naujausia</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>Naujausia iki šiandien veikla, kurią miestas surengė arba kurioje dalyvavo.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Mainuose dalyvavę pareigūnai</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Surengtos veiklos</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Surengtos</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Veiklos, kurias miestas rengia arba surengė; atšauktos neskaičiuojamos.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Surengtos veiklos (%1)</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Veiklos, kuriose dalyvauta</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dalyvauta</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Kito miesto surengtos arba internetinės veiklos, kuriose įrašytas miesto dalyvavimas.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Veiklos, kuriose dalyvauta (%1)</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Išsiųsti pareigūnai</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsti</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Miesto pareigūnai, įrašyti kito miesto surengtuose policijos darbuotojų mainuose.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Į policijos darbuotojų mainus išsiųsti pareigūnai (%1)</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Priimti pareigūnai</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Priimti</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Kitų miestų pareigūnai, įrašyti miesto surengtuose policijos darbuotojų mainuose.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Policijos darbuotojų mainuose priimti pareigūnai (%1)</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Miesto praktikos aprašai, nepriklausomai nuo jų būsenos; vertimas neskaičiuojamas kaip atskiras aprašas.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Praktikos aprašai (%1)</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Praktikos aprašai: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Miesto praktikos aprašai, kurių būsena „%1“; vertimas neskaičiuojamas kaip atskiras aprašas.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Praktikos aprašai (%1), kurių būsena „%2“</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Darbo grupės</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Darbo grupės, kurių narys yra miestas.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Darbo grupės (%1)</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Peržiūrėtini kontaktai</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Miesto kontaktai, kurių peržiūros data jau praėjo: patikrinkite, ar jie vis dar reikalingi ir teisingi.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Peržiūrėtini kontaktai (%1)</translation>
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
        <translation>Naujausia veikla: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Spustelėkite, kad pamatytumėte pasirinktą skaičių sudarančius įrašus.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Spalvinti miestus pagal:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Žemėlapyje rodomas skaičius</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Užveskite žymeklį ant miesto, kad pamatytumėte jo skaičius; spustelėkite jį, kad pamatytumėte pasirinktą skaičių sudarančius įrašus.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Žemėlapio duomenys: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Miestų partnerių žemėlapis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n miesto be koordinačių negalima parodyti žemėlapyje.</numerusform>
            <numerusform>%n miestų be koordinačių negalima parodyti žemėlapyje.</numerusform>
            <numerusform>%n miestų be koordinačių negalima parodyti žemėlapyje.</numerusform>
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
        <translation>Veiklos, pradėtos anksčiau nei %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Veiklos, pradėtos %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Veiklos, pradėtos vėliau nei %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Praktikos aprašai, kurių būsena „%1“</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Praktikos aprašai tema „%1“</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Veiklos pagal ketvirčius</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Dalyviai pagal veiklos rūšį</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Praktikos aprašai pagal būseną</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Praktikos aprašai pagal temą</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Projekto laikotarpis, šiandiena ir svarbiausi įvykiai</translation>
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
        <source>Day %1 of %2 (%3)</source>
        <translation>%1 diena iš %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Spustelėkite, kad atvertumėte šią veiklą.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Šioje linijoje rodomi svarbiausi įvykiai – veiklos, kurių dalyviai arba miestai nurodyti visai partnerystei.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Svarbiausi įvykiai – veiklos, kurių dalyviai arba miestai nurodyti visai partnerystei. Spustelėkite vieną, kad ją atvertumėte.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Miestai partneriai</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Suplanuotos arba įvykdytos; atšauktos neskaičiuojamos.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Įrašyta miestų</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Iš viešų ataskaitų</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Moterys tarp dalyvių</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Iš %1 dalyvių, kurių moterų skaičius įrašytas.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Nė viename dalyvavimo įraše dar nenurodytas moterų skaičius.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Mainuose dalyvavę pareigūnai</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Savo miesto išsiųsti į kito miesto surengtus policijos darbuotojų mainus.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Veiklos, suplanuotos arba įvykdytos</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Veiklos su dalyviais</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Dalyvavimo įrašai, kuriuose nurodytas moterų skaičius</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Į kito miesto surengtus policijos darbuotojų mainus išsiųsti pareigūnai</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n veikla</numerusform>
            <numerusform>%1: %n veiklos</numerusform>
            <numerusform>%1: %n veiklų</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anksčiau</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Vėliau</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Veiklų dar nėra.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: dalyvių – %2 (įrašyta miestų: %3, iš viešų ataskaitų: %4)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Dar neįrašytas ir nenurodytas nė vienas dalyvis.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Viešose ataskaitose kartais pateikiami bendri skaičiai, nenurodant, kiek žmonių atvyko iš kiekvieno miesto. Toks bendras skaičius čia įskaičiuojamas veiklai, jei nė vienas miestas neįrašė savo dalyvavimo, bet niekada neįskaičiuojamas į miesto skaičius.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Miestų įrašyti dalyviai veiklose, kurių rūšis „%1“</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Dalyviai iš viešų ataskaitų veiklose, kurių rūšis „%1“</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Praktikos aprašų dar nėra. Jie bus skaičiuojami čia, kai tik miestai juos parengs.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n praktikos aprašas</numerusform>
            <numerusform>%1: %n praktikos aprašai</numerusform>
            <numerusform>%1: %n praktikos aprašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n veikla</numerusform>
            <numerusform>%n veiklos</numerusform>
            <numerusform>%n veiklų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n dalyvis</numerusform>
            <numerusform>%n dalyviai</numerusform>
            <numerusform>%n dalyvių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n praktikos aprašas</numerusform>
            <numerusform>%n praktikos aprašai</numerusform>
            <numerusform>%n praktikos aprašų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n įrašas iš sąrašo „%1“.</numerusform>
            <numerusform>%n įrašai iš sąrašo „%1“.</numerusform>
            <numerusform>%n įrašų iš sąrašo „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2 – %n sąrašo „%3“ įrašo suma.</numerusform>
            <numerusform>%1: %2 – %n sąrašo „%3“ įrašų suma.</numerusform>
            <numerusform>%1: %2 – %n sąrašo „%3“ įrašų suma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Skaičių sudarantys įrašai</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atverti</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Atverti pasirinktą įrašą jo skyriuje</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Dukart spustelėkite eilutę, kad atvertumėte jos veiklą, kurioje nurodytas šis dalyvavimas.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Dukart spustelėkite įrašą, kad atvertumėte jį jo skyriuje.</translation>
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
        <translation>%2 m. %1 ketv.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projektas</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Miestai</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Žemėlapis</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Apžvalgos skydelis</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Skaičiai nuskaitomi…</translation>
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
        <source>building the search index</source>
        <translation>kuriant paieškos rodyklę</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Kortelės registravimas</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Prieš pasitikėdami šia kortele, palyginkite kontrolinį kodą</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Pagal šią kortelę ji priklauso: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replika %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Kortelės kontrolinis kodas:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Kortelės kontrolinis kodas</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Paskambinkite kortelės savininkui arba susitikite su juo ir paprašykite garsiai perskaityti savo kontrolinį kodą (Mainai ▸ Raktai jo Pactesur). Registruokite kortelę tik tada, jei kiekviena skaitmenų grupė sutampa: bet kas gali sukurti kortelę, kuri apsimeta esanti kieno nors kito.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Perskaitytas kontrolinis kodas (neprivaloma: jei jį įvesite, Pactesur jį palygins):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Perskaitytas kontrolinis kodas</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>pvz., 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Registruoti: kontroliniai kodai sutampa</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Registruoti kortelę</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Importuoti paketą</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur paketai (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Eksportuoti paketą…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Įrašyti paketo failą, kurį išsiųsite partneriams</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>Im&amp;portuoti paketą…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Atverti partnerio atsiųstą paketo failą: peržiūrėti, ką jis keičia, ir tada jį pritaikyti</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Gauti ir išsiųsti paketai</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Raktai</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Įrašyti paketą</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pactesur paketai (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksportas atšauktas; joks failas neįrašytas.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Eksportuoti paketą</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Paketas – tai failas, kurį siunčiate partneriams (el. paštu arba USB atmintuku); jie jį atveria komanda Failas ▸ Importuoti paketą.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>Tai, ko vienas partneris dar negavo (rekomenduojama):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Mažesnis: tik pakeitimai nuo tada, kai jus pasiekė paskutinis jo paketas.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Nė vienas partneris jums dar neatsiuntė paketo: pirmą kartą siųskite visą kopiją.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>Tai, ko koordinatorius dar negavo (rekomenduojama)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Mažesnis: tik pakeitimai nuo tada, kai jus pasiekė paskutinis koordinatoriaus paketas.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Iš koordinatoriaus dar negautas joks paketas: pirmą kartą siųskite visą kopiją.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Visa šios duomenų bazės duomenų kopija</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Įrašo rūšis</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Įrašai</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Kas bus įtraukta</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksporto eiga</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Skaičiuojama, kas bus įtraukta…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Bus įtrauktas %n įrašas.</numerusform>
            <numerusform>Bus įtraukti %n įrašai.</numerusform>
            <numerusform>Bus įtraukta %n įrašų.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Rodyti aplanke</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Rašomas paketas… Mygtukas „Atšaukti“ jį sustabdo; joks failas nepaliekamas.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Paketas įrašytas kaip:
%1
Išsiųskite šį failą partneriui.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>Pactesur kortelės registruojamos skiltyje Mainai ▸ Raktai ▸ Registruoti kortelę…, palyginus jų kontrolinį kodą su savininku.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Iš „%1“ dar negautas joks paketas, todėl nėra pagrindo sudaryti tik pakeitimų paketą; vietoj to eksportuokite visą paketą.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Atšaukta.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>skaičiuojant eksportuojamus įrašus</translation>
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
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Jokia užregistruota replika negali gauti šio paketo: pirmiausia užregistruokite miestų korteles (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Pirmiausia užregistruokite koordinatoriaus kortelę (keys trust FILE): paketai užantspauduojami jam.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Nepavyksta sukurti privataus laikinojo aplanko paketui.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>registruojant eksportą</translation>
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
    <message>
        <source>Source revision</source>
        <translation>Originalo versija</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikos aprašas</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Ankstesnė būsena</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Nauja būsena</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Žingsnis</translation>
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
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>turi būti JSON objektas, pvz., {"lt": "…"}</translation>
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
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>turi būti JSON objektas, pvz., {"summary": "…"}</translation>
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
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>Pašto dėžutės aplankas %1 pilnas: atlaisvinkite vietos jo diske.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>Pašto dėžutės aplanko %1 nėra (galbūt neprijungtas diskas arba aplankas dar nesinchronizuotas?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Nepavyksta sukurti aplanko %1 pašto dėžutėje: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sinchronizavimas atšauktas.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Nepavyksta įrašyti %1 į pašto dėžutę: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Nepavyksta pervadinti %1 pašto dėžutėje: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Nepavyksta perskaityti %1 iš pašto dėžutės: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Nepavyksta pašalinti %1 iš pašto dėžutės: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Įrašus generuoti galima tik koordinatoriaus duomenų bazėje.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Nauji</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nepakeisti</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktai</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Įrašai, kurių dar neturite.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Turimi įrašai, kuriuos paketas keičia.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Įrašai, kuriuos jau turite tokius pačius.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Abiejose pusėse redaguoti įrašai: abi reikšmės saugomos konfliktų sąraše, kol kas nors pasirinks vieną iš jų.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Pakeitimai, kurių siuntėjas neturi teisės daryti; jie praleidžiami, o visa kita importuojama.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importuoti paketą</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Taikyti</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Peržiūrėti konfliktus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Išsami informacija</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Ką paketas keičia</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importo eiga</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Atveriamas %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Paketas iš: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Sukurtas %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Visa siuntėjo duomenų kopija: %n įrašas.</numerusform>
            <numerusform>Visa siuntėjo duomenų kopija: %n įrašai.</numerusform>
            <numerusform>Visa siuntėjo duomenų kopija: %n įrašų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Pakeitimai nuo paskutinių jūsų mainų: %n įrašas.</numerusform>
            <numerusform>Pakeitimai nuo paskutinių jūsų mainų: %n įrašai.</numerusform>
            <numerusform>Pakeitimai nuo paskutinių jūsų mainų: %n įrašų.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Failas: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Paketas lyginamas su jūsų duomenų baze…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Nieko naujo: jūsų duomenų bazėje jau yra viskas, kas yra šiame pakete. Paspaudus „Taikyti“ bus užfiksuota, kad jį gavote.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Kol nespustelėsite „Taikyti“, niekas nekeičiama. Pirmiausia sukuriama jūsų duomenų bazės atsarginė kopija.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Atšaukiama… jūsų duomenų bazė lieka tokia, kokia buvo.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importuojama… Mygtukas „Atšaukti“ sustabdo importą ir palieka jūsų duomenų bazę tokią, kokia buvo.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importuota. Nauji: %1, atnaujinti: %2, peržiūrėtini konfliktai: %3, atmesti: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Ankstesnė jūsų duomenų bazės būsena išsaugota: %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Paketas importuotas</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importas atšauktas</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Paketas neimportuotas</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Importas nepavyko</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Įrašomi pakeitimai… Mygtukas „Atšaukti“ tai sustabdo ir palieka jūsų duomenų bazę tokią, kokia buvo.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Tikrinamas paketas… Mygtukas „Atšaukti“ tai sustabdo ir palieka jūsų duomenų bazę tokią, kokia buvo.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Priežastis: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Jūsų duomenų bazėje niekas nepakeista.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Visi šio paketo pakeitimai atmesti: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>Importas atšauktas; jūsų duomenų bazė tokia, kokia buvo.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Pasirašė: %1 (patikrinta)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>Siuntėjo parašas nepatikrintas.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Rakto kontrolinis kodas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Dar %n naujas ar atnaujintas įrašas įskaičiuotas aukščiau, bet neparodytas sąraše.</numerusform>
            <numerusform>Dar %n nauji ar atnaujinti įrašai įskaičiuoti aukščiau, bet neparodyti sąraše.</numerusform>
            <numerusform>Dar %n naujų ar atnaujintų įrašų įskaičiuota aukščiau, bet neparodyta sąraše.</numerusform>
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
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Kas keičiasi</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Nauji įrašai (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Atnaujinti įrašai (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Peržiūrėtini konfliktai (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Atmesti (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Be pavadinimo (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Naujas</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Ištrynimas</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
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
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>Nepavyksta paleisti kriptografijos bibliotekos.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Šios duomenų bazės raktų (%1) nepavyksta perskaityti.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Šios duomenų bazės raktai (%1) sugadinti.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Šios duomenų bazės raktų nepavyksta įrašyti į %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Kontrolinis kodas nukopijuotas.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (ši duomenų bazė)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Atšaukta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktyvi</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Kortelės registravimas</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Pactesur tapatybės kortelės (*.card);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Užregistruota: %1. Jos paketai priimami, o jūsų paketai gali būti užantspauduoti jai.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Jau užregistruota: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Mano kortelės eksportas</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Jūsų kortelė įrašyta kaip %1. Nusiųskite ją partneriui, o tada telefonu perskaitykite jam savo kontrolinį kodą.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Atšaukti raktus (%1)?
Jos paketai nuo šiol atmetami, o jūsų kiti paketai apie tai praneša kiekvienam miestui. Atšauktu raktu niekada nebepasitikima: asmuo sukuria naują duomenų bazę, o jūs užregistruojate jos kortelę.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Raktai atšaukti: %1.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Kiekvieną paketą pasirašo siuntėjas ir užantspauduoja replikoms, kurios gali jį skaityti. Kortelėje yra vienos replikos viešieji raktai; prieš registruodami kieno nors kortelę, palyginkite jos kontrolinį kodą su tuo, kurį jums perskaito savininkas, telefonu arba asmeniškai.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Ši duomenų bazė</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replika %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Ši duomenų bazė dar neturi vaidmens.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Jūsų kontrolinis kodas: perskaitykite jį partneriui, kuris registruoja jūsų kortelę.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Jūsų kontrolinis kodas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Kopijuoti kontrolinį kodą</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>&amp;Eksportuoti mano kortelę…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Eksportuoti mano kortelę</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Replikos, kuriomis pasitiki ši duomenų bazė</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Kiekvieno miesto kortelę užregistruojate palyginę jos kontrolinį kodą; kiekviename jūsų siunčiamame pakete yra šis sąrašas, todėl miestai pasitiki vieni kitais per jus.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Būdami miesto ryšių palaikymo pareigūnu, vieną kartą užregistruojate koordinatoriaus kortelę; kiti miestai atkeliauja su koordinatoriaus paketais.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Kontrolinis kodas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replika</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Registruoti kortelę…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Registruoti kortelę</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Atšaukti…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Atšaukti pasirinktus raktus</translation>
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
    <message>
        <source>Status change</source>
        <translation>Būsenos pakeitimas</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Būsenos pakeitimai</translation>
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
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Gautas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųstas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Bet kam (visa kopija)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Nauji: %1, atnaujinti: %2, nepakeisti: %3, konfliktai: %4, atmesti: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Every package this database received or sent, newest first.</source>
        <translation>Visi paketai, kuriuos ši duomenų bazė gavo arba išsiuntė, pradedant naujausiu.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Gauti ir išsiųsti paketai</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kryptis</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Kita šalis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Dar neišsiųstas ir negautas nė vienas paketas.

Paketas nuneša šios duomenų bazės pakeitimus koordinatoriui arba miestams ir parneša jų pakeitimus. Eksportuokite paketą, kad išsiųstumėte savo darbą; importuokite gautą paketą. Tada kiekvienas mainų įrašas bus rodomas čia.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Atšaukiama…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>Pašto dėžutei reikia naudotojo %1 slaptažodžio: jo bus paprašyta pasirinkus Failas ▸ Sinchronizuoti dabar.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Darbalaukio slaptažodžių saugyklos nėra: Pactesur saugo slaptažodį, kol programa bus uždaryta.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur jį saugo darbalaukio slaptažodžių saugykloje.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Pašto dėžutės slaptažodis</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Naudotojo %1 slaptažodis serveryje %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Nesinchronizuota: pašto dėžutei reikia naudotojo %1 slaptažodžio.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>Atsisakėte importuoti %n paketą: jis vėl bus pasiūlytas per kitą sinchronizavimą.</numerusform>
            <numerusform>Atsisakėte importuoti %n paketus: jie vėl bus pasiūlyti per kitą sinchronizavimą.</numerusform>
            <numerusform>Atsisakėte importuoti %n paketų: jie vėl bus pasiūlyti per kitą sinchronizavimą.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Dabar apsikeisti paketais su partneriais per pašto dėžutę</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Pašto dėžutė…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Kur ir kaip dažnai paketais keičiamasi automatiškai</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Pašto dėžutė</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Per pašto dėžutę Pactesur automatiškai išsiunčia jūsų pakeitimus partneriams ir importuoja jų pakeitimus. Pašto dėžutė – tai aplankas WebDAV serveryje, pavyzdžiui, Nextcloud, arba aplankas šiame kompiuteryje, kurį su partneriais bendrina sinchronizavimo klientas. Jei norite paketais keistis tik rankiniu būdu, palikite adresą tuščią.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresas:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Pašto dėžutės adresas</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Aplankas: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Naudotojas:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Naudotojo vardas serveryje</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Slaptažodis serveryje</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sinchronizuoti &amp;kas:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Tik rankiniu būdu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutės tarp automatinių sinchronizavimų</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Kol Pactesur veikia; 0: tik kai pasirenkate Failas ▸ Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Peržiūrėti kiekvieną gaunamą paketą prieš jį importuojant</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Patikrinti &amp;ryšį</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Ryšio patikrinimo rezultatas</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Įrašyti pašto dėžutės nuostatas</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Darbalaukio slaptažodžių saugyklos nėra: slaptažodžio klausiama kartą per seansą.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Slaptažodis saugomas darbalaukio slaptažodžių saugykloje.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tikrinamas ryšys…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Ryšys veikia.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Pašto dėžutė</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Sustabdyti sinchronizavimą; kitas tęs nuo tos vietos, kur sustota</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Vyksta sinchronizavimas</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Pašto dėžutė nenustatyta</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Paketais keičiamasi rankiniu būdu. Kad su partneriais jais būtų keičiamasi automatiškai, nustatykite pašto dėžutę (Nuostatos ▸ Pašto dėžutė…).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Sinchronizuojama · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Keičiamasi paketais su pašto dėžute. Mygtukas „Atšaukti“ tai sustabdo; kitas sinchronizavimas tęs nuo šios vietos.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>Nepavyko sinchronizuoti pašto dėžutės</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Pašto dėžutė nustatyta · dar nesinchronizuota</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sinchronizuota %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>gautas %n paketas</numerusform>
            <numerusform>gauti %n paketai</numerusform>
            <numerusform>gauta %n paketų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>išsiųstas %n</numerusform>
            <numerusform>išsiųsti %n</numerusform>
            <numerusform>išsiųsta %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n naujas konfliktas</numerusform>
            <numerusform>%n nauji konfliktai</numerusform>
            <numerusform>%n naujų konfliktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n atmestas</numerusform>
            <numerusform>%n atmesti</numerusform>
            <numerusform>%n atmesta</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>Iš šios duomenų bazės pašto dėžutė dar nesinchronizuota.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Paskutinis sinchronizavimas: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Paketai: importuota %1 (atsisiųsta %2), išsiųsta %3; pašalinta iš pašto dėžutės, kai juos gavo visi gavėjai: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Nauji konfliktai: %1; atmesti paketai: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Laukiama</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>nežinomu laiku</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ką tik</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>prieš %n min.</numerusform>
            <numerusform>prieš %n min.</numerusform>
            <numerusform>prieš %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>prieš %n valandą</numerusform>
            <numerusform>prieš %n valandas</numerusform>
            <numerusform>prieš %n valandų</numerusform>
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
        <translation>Ruošiamas paketas…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Nepavyksta išsaugoti paketo %1 šalia duomenų bazės.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Paketo %1 šalia duomenų bazės nebėra, todėl jo nebegalima išsiųsti dar kartą.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Įkeliamas %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Nepavyksta įrašyti šios replikos gavimo patvirtinimo.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ši duomenų bazė dar neturi vaidmens. Pirmiausia jį pasirinkite: koordinatorius arba miesto ryšių palaikymo pareigūnas.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Nepavyksta šalia duomenų bazės sukurti privataus aplanko pašto dėžutės paketams.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Skaitoma pašto dėžutė…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Sinchronizavimas atšauktas; kitas tęs nuo šios vietos.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>koordinatorius</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replika %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Paketo Nr. %1 (siuntėjas: %2) pašto dėžutėje dar nėra; vėlesni paketai jo laukia.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Paketas Nr. %1 (siuntėjas: %2) atmestas; vėlesni paketai laukia, kol pašto dėžutėje atsiras galiojanti jo kopija.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Atsisiunčiamas %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (siuntėjas: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>jo turinys neatitinka pavadinimo (paketas sutrumpintas arba pakeistas).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>šis siuntėjas jo nepaskelbė kaip savo pašto dėžutės paketo Nr. %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importuojamas %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (siuntėjas: %2): įrašas %3 atmestas: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>„%1“ nėra pašto dėžutės adresas: nurodykite https://server/folder/ (Nextcloud atveju – https://server/remote.php/dav/files/USER/folder/) arba file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>Ryšys su pašto dėžute %1 būtų nešifruotas: naudokite https://, o http:// – tik šiame kompiuteryje veikiančiam serveriui.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Šiai duomenų bazei pašto dėžutė nenustatyta: pirmiausia ją nustatykite (mailbox set URL arba Nuostatos ▸ Pašto dėžutė).</translation>
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
        <source>Create an empty database with the project's founding data</source>
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
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>Pactesur netikėtai nustojus veikti, iš naujo atvertas %n praktikos aprašas: jame nurodyta, kas išsaugota.</numerusform>
            <numerusform>Pactesur netikėtai nustojus veikti, iš naujo atverti %n praktikos aprašai: kiekviename nurodyta, kas išsaugota.</numerusform>
            <numerusform>Pactesur netikėtai nustojus veikti, iš naujo atverta %n praktikos aprašų: kiekviename nurodyta, kas išsaugota.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Mainai</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konfliktai (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktai</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>A&amp;taskaitos…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Parengti veiklų ataskaitą, kalendorių, praktikų leidinį arba sąrašą</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nuostatos</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Didelis k&amp;ontrastas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Spartieji klavišai…</translation>
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
        <translation>Naujas praktikos aprašas</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Aprašykite savo miesto praktiką partnerystei. Pradėkite nuo tuščio aprašo arba nuo aprašo, kuris jau panašus į jūsų, kopijos. Viskas, ką rašote, išsaugoma rašant.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>&amp;Tuščias aprašas</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>&amp;Kopija aprašo:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Kopijuojamas aprašas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>Parašyta ka&amp;lba:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Miestas:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Sukurti ir atverti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Pašalinti šį pranešimą</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Atmesti pakeitimai (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n pakeitimas nepritaikytas, nes nuosavybės taisyklės jį atmeta; rodomi %1 naujausi.</numerusform>
            <numerusform>%n pakeitimai nepritaikyti, nes nuosavybės taisyklės juos atmeta; rodomi %1 naujausi.</numerusform>
            <numerusform>%n pakeitimų nepritaikyta, nes nuosavybės taisyklės juos atmeta; rodomi %1 naujausi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Pašalinti visus</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Pašalinti visus rodomus pranešimus</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Atmesti pakeitimai</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n pakeitimas nepritaikytas, nes nuosavybės taisyklės jį atmeta. Perskaitę pranešimą, pašalinkite jį.</numerusform>
            <numerusform>%n pakeitimai nepritaikyti, nes nuosavybės taisyklės juos atmeta. Perskaitę pranešimą, pašalinkite jį.</numerusform>
            <numerusform>%n pakeitimų nepritaikyta, nes nuosavybės taisyklės juos atmeta. Perskaitę pranešimą, pašalinkite jį.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Jūsų lauko „%1“ pakeitimą įraše „%3“ (%2) atliko senesnė Pactesur versija, ir nuosavybės taisyklės jį atmeta: %4. Kitos duomenų bazės jį ignoruoja; jei šį įrašą keisti turite teisę jūs, pakeiskite jį dar kartą.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Lauko „%1“ pakeitimas įraše „%3“ (%2) atmestas: %5. Parašė %4.</translation>
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
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Paketą %1 sukūrė senesnė Pactesur versija (paketo formatas %2; ši versija skaito formatą %3). Paprašykite siuntėjo atnaujinti Pactesur ir eksportuoti dar kartą.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Paketas %1 nėra pasirašytas ir užantspauduotas (paketo formatas 2 arba senesnis); ši versija skaito tik pasirašytus paketus (formatas 3). Paprašykite siuntėjo atnaujinti Pactesur ir eksportuoti iš naujo.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Nepavyksta sukurti privataus laikinojo aplanko paketui.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>jo manifeste nurodytas kitas siuntėjas nei raktas, kuriuo jis pasirašytas.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>jo manifeste yra daugiau įrašų, nei gali būti pakete.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>jo manifeste yra ilgesnis nei leidžiama raktas.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>jo manifeste yra ilgesnė nei leidžiama reikšmė (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Nepavyko perskaityti paketo %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 psl. iš %2</translation>
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
        <source>Remove the selected city's participation</source>
        <translation>Pašalinti pažymėto miesto dalyvavimą</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
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
    <name>pactesur::ParticipationReport</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Jūs (ši duomenų bazė)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Pradiniai duomenys</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Kitas partneris (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatorius</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Nežinomo miesto ryšių palaikymo pareigūnas</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Miesto ryšių palaikymo pareigūnas (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>skaitant praktikos aprašus</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Kitos praktikos</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, tęsiama</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Nuo %1, tęsiama</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Nuo %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Iki %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Tęsiama</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Praktikos saugesnėms viešosioms erdvėms</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 psl. iš %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n praktikos aprašas</numerusform>
            <numerusform>%n praktikos aprašai</numerusform>
            <numerusform>%n praktikos aprašų</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · leidinys parengtas %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Miestų partnerių praktikos aprašai</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Praktikos aprašai</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temos</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Parengta</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Šiame leidinyje surinkti praktikos aprašai, kuriuos parašė %1 miestai partneriai ir patvirtino skelbti koordinatorius. Kiekvienas pateikiamas anglų kalba, jei vertimas parengtas, kitaip – originalo kalba.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Šiame leidinyje surinkti praktikos aprašai, kuriuos parašė %1 miestai partneriai ir patvirtino skelbti koordinatorius. Kiekvienas pateikiamas leidinio kalba (%2), jei vertimas parengtas, kitaip – anglų arba originalo kalba.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Dar nėra patvirtintų viešų praktikos aprašų.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Ši praktika dar neprieinama leidinio kalba (%1); pateikiama versija: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Laikotarpis</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Prieinamos kalbos</translation>
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
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Darbo grupių dar nėra. Kai projekto darbo grupės bus įrašytos, jos bus pateiktos čia kartu su tema ir vadovaujančiuoju miestu.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact's personal data</source>
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
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Išvalyti filtrus</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Vėl rodyti visus šio sąrašo įrašus</translation>
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
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Šis praktikos aprašas yra %1: dabar jį ištrinti gali tik koordinatorius.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Kaip miesto ryšių palaikymo pareigūnas (%1) negalite perduoti šio įrašo kitam miestui.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Praktikos aprašus peržiūri tik koordinatorius.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>skaitant įrašą</translation>
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
    <message>
        <source>reading this database's role</source>
        <translation>skaitant šios duomenų bazės vaidmenį</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Veiklų ataskaita</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Dalyvavimo lentelė</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Veiklų kalendorius</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Praktikų leidinys</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Praktikos aprašų sąrašas</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Laikotarpio pagrindiniai rodikliai ir veiklos pagal miestus ir temas.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Dalyviai pagal veiklas ir miestus, be jokių asmens duomenų.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Laikotarpio veiklos kaip įvykiai bet kuriai kalendoriaus programai.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Patvirtinti vieši praktikos aprašai pagal temas, viena kalba.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Visi praktikos aprašai su miestu, kalba, būsena ir temomis.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF dokumentas</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Tinklalapis (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Skaičiuoklė (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Kalendoriaus failas (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Tinklalapiai (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar failai (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>vienas praktikos aprašas</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>laikotarpio veiklos pagal miestus ir temas</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>dalyvavimas pagal veiklas ir miestus, be asmens duomenų</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>veiklos iCalendar faile kalendoriaus programoms</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>patvirtintų viešų praktikos aprašų leidinys pagal temas</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>praktikos aprašų sąrašas</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 reikalauja datos formatu MMMM-MM-DD, o ne „%2“.</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Ataskaita %1 neapima laikotarpio: nenurodykite --from ir --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Laikotarpis baigiasi (%1) anksčiau, nei prasideda (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Kalbos „%1“ nėra; galimos kalbos: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Nežinoma ataskaita „%1“; galimos ataskaitos: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Ataskaita %1 rašoma formatu %2, o ne „%3“.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Ataskaita įrašyta į %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Bendrai finansuoja Europos Sąjunga</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Tačiau išreiškiamos nuomonės ir požiūriai yra tik autoriaus (-ių) ir nebūtinai atspindi Europos Sąjungos ar Europos Komisijos nuomonę. Nei Europos Sąjunga, nei paramą teikianti institucija negali būti laikomos už juos atsakingomis.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Nepavyksta įrašyti ataskaitos į %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Nepavyksta įrašyti ataskaitos į %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Nepavyksta įsitikinti, kad ataskaita %1 išsaugota.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Ataskaitos rengimas atšauktas; joks failas neįrašytas.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Ši ataskaita rašoma formatu %1, o ne „%2“.</translation>
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
        <translation>Nuo %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Iki %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Visos datos</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Įrašyti ataskaitą</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ataskaitos</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Ataskaita</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formatas:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Nuo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Iki:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatas</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Pirmoji laikotarpio diena</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Paskutinė laikotarpio diena</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Ataskaitos rengimo eiga</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Į&amp;rašyti kaip…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Rodyti aplanke</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Pasirinkite ataskaitą, tada įrašykite ją į failą.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Rašoma ataskaita… Mygtukas „Atšaukti“ ją sustabdo; joks failas nepaliekamas.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Ataskaita įrašyta kaip:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Ataskaitos kalba</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Šis konfliktas tuo metu jau buvo išspręstas.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Šio konflikto įrašo nebėra.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Ištrynimas</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Konflikto sprendimas: „%1“ įraše „%2“</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (jau išsiųsta)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Šis konflikto sprendimas jau išsiųstas pakete, todėl jo nebegalima atšaukti. Norėdami vėl pakeisti reikšmę, redaguokite įrašą.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Konfliktas jau buvo išsiųstas pakete toks, koks buvo, todėl šio sprendimo negalima pakartoti. Išspręskite jį iš naujo konfliktų sąraše.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>Įrašas pasikeitė po konflikto išsprendimo (dėl importo arba redagavimo), todėl šio veiksmo negalima pakartoti.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Atsarginės kopijos atkūrimas: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Įterpti nuorodą</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Žiniatinklio arba el. pašto adresas (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Nuorodos galimos tik į žiniatinklio (http, https) ir el. pašto (mailto) adresus.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Antraštė</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Pusjuodis (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Kursyvas (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Ženklinimo sąrašas</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numeruotas sąrašas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Paversti pažymėtą tekstą nuoroda į žiniatinklio arba el. pašto adresą (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Paveikslėlis</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Rodyti prie šio aprašo pridėtą paveikslėlį tekste</translation>
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
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ši duomenų bazė dar neturi vaidmens. Pirmiausia jį pasirinkite: koordinatorius arba miesto ryšių palaikymo pareigūnas.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Tai pačios šios duomenų bazės kortelė.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Miesto ryšių palaikymo pareigūnas registruoja tik koordinatoriaus kortelę; kiti miestai atkeliauja su koordinatoriaus registru.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>Kortelėje nurodytas miestas, kurio ši duomenų bazė nežino.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Šios replikos raktai atšaukti; jų negalima užregistruoti iš naujo.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Šioje kortelėje yra kiti raktai nei užregistruoti tai pačiai replikai: pakeistu raktu niekada nepasitikima. Jei raktai tikrai pasikeitė, atšaukite senuosius ir sukurkite naują duomenų bazę.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Pagal šią kortelę jos replika rašo kito asmens vardu, nei žino ši duomenų bazė.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>Kortelės kontrolinis kodas yra %1, o ne tas, kurį jums pateikė: kortelė neužregistruota.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Raktus atšaukia tik koordinatorius.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Jokia užregistruota replika vienareikšmiškai neatitinka „%1“.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>Koordinatorius negali atšaukti savo raktų.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Pakete esantis registras netinkamas.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Koordinatoriaus registras replikai %1 priskiria kitus raktus nei čia užregistruoti; niekas nepakeista.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Paketo nepavyksta įrašyti į %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Paketas turi per daug gavėjų.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Paketas %1 atmestas: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>jis sugadintas arba pakeistas po pasirašymo.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Paketo %1 nepavyksta perskaityti.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>jis didesnis, nei gali būti paketas.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>tai ne Pactesur paketas.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>jis sukurtas kitu paketo formatu (%1; ši versija skaito formatą %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>jį pasirašė replika, kurios ši duomenų bazė neužregistravo (replika %1, raktas %2). Užregistruokite jos kortelę palyginę kontrolinį kodą.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>jis pasirašytas atšauktais raktais (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>jis skirtas ne šiai duomenų bazei.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Paketo %1 čia atidaryti nepavyksta.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Paieška</translation>
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
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Ieškoti miestų, organizacijų, darbo grupių, veiklų, aprašų, išteklių ir kontaktų</translation>
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
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Paveikslėliai (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Pridėti paveikslėlį</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Pridėti priedą</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Nepavyko nuskaityti failo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 nėra paveikslėlis; jis pridėtas prie priedų.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Nepavyko iš naujo nuskaityti priedo %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Pridėti paveikslėlį iš failo…</translation>
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
        <translation>Šio aprašo priedai</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Priedų dar nėra. Nuotraukos, ataskaitos ar lankstinukai padeda kitiems miestams įsivaizduoti praktiką.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Pridėti failą…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Pridėti failą prie šio aprašo</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Rodyti tekste</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Rodyti pažymėtą paveikslėlį teksto laukelyje, kuriame rašėte paskutinį kartą</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Pašalinti pažymėtą priedą iš šio aprašo</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Šis praktikos aprašas ištrintas; jo pakeitimų negalima išsaugoti.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Pakeitimas: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Nė vienas praktikos aprašas neatitinka „%1“.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Laikotarpis</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Šis praktikos aprašas ištrintas. Uždarykite šį langą; pagrindiniame lange komanda Taisa &gt; Atšaukti jį grąžina.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Kai kurie pakeitimai neišsaugoti: žr. raudonai pažymėtus laukus</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redaguojama…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Visi pakeitimai išsaugoti · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Tik skaityti</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Pakeitimai išsaugomi rašant</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Praktikos aprašas be pavadinimo</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — praktikos aprašas</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Kai kurių pakeitimų nepavyko išsaugoti; pirmiausia ištaisykite raudonai pažymėtus laukus.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Prieš pateikdami užpildykite: %1. Kairėje esantis kontrolinis sąrašas nuves prie kiekvieno iš jų.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Paskelbti „%1“? Paskelbti aprašai tampa projekto praktikų rinkinio dalimi, kurią gali skaityti visi partneriai.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Paskelbti</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Šių laukų nepavyko išsaugoti: %1. Vis tiek uždaryti ir prarasti juose įvestą tekstą?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Vis tiek uždaryti</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Aprašo pavadinimas</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Aprašo miestas, kalba ir jautrumas</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Kas buvo atkurta</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Kodėl šis aprašas skirtas tik skaityti</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Peržiūros eigos pranešimas</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Peržiūros pastabos</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Pastaba dėl aprašo…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Parašyti miestui peržiūros pastabą dėl viso aprašo</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Ši duomenų bazė atverta tik skaityti: aprašą galima skaityti ir eksportuoti, bet ne keisti.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Prieš rašydami praktikos aprašus, pasirinkite savo vaidmenį (koordinatorius arba miesto ryšių palaikymo pareigūnas).</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Šis aprašas priklauso miestui %1. Jį keisti gali tik miesto %1 ryšių palaikymo pareigūnas ir koordinatorius; jūs galite jį skaityti ir eksportuoti.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Pateiktas peržiūrai: koordinatorius jį skaito. Norėdami ką nors pakeisti, pirmiausia jį atsiimkite; jis vėl taps juodraščiu.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Šis aprašas yra %1: dabar jį keisti gali tik koordinatorius. Jei reikia ką nors pataisyti, paprašykite jo pasirinkti „Prašyti pakeitimų“.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>pakeista %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>Koordinatorius paprašė pakeitimų; jo pastaba rodoma virš formos.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>Koordinatorius paprašė pakeitimų. Jo pastabos rodomos prie atitinkamų laukų: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Atšaukti: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Atšaukti paskutinį išsaugotą šio aprašo pakeitimą</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Pakartoti</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Pakartoti: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Pakartoti paskutinį atšauktą pakeitimą</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Versti…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Sukurti susietą šio aprašo kopiją kita kalba, rodomą greta originalo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuoti</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Eksportuoti šį aprašą PDF arba HTML formatu arba jį išspausdinti</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Eksportuoti kaip &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Eksportuoti kaip &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Aprašas</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikos aprašas</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Eksportuoti praktikos aprašą PDF formatu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Eksportuoti praktikos aprašą HTML formatu</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Tinklalapiai (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Spausdinti praktikos aprašą</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Dar nieko neįrašyta.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Vis dar tęsiama</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Privaloma pateikiant</translation>
    </message>
    <message>
        <source>required</source>
        <translation>privaloma</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Pastaba…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Parašyti miestui peržiūros pastabą dėl šio lauko</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Peržiūros pastaba: %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Originalas (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Vertimas (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 originaliame apraše</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>Originale šis laukas pakeistas nuo tada, kai vertimas buvo paskutinį kartą atnaujintas.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Praktikos aprašo forma</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Pagrindiniai duomenys</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Kaip praktika vadinama, kam ji priklauso, kada ji vykdyta ir kas gali ją skaityti.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Kontekstas ir tikslai</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Kodėl praktika buvo reikalinga ir ko ja siekta.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Priemonės ir partneriai</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Kas buvo padaryta, su kuo ir kiek tai kainavo.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Rezultatai ir vertinimas</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Kas pasikeitė ir iš kur tai žinote.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Perkeliamumas ir pamokos</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Ką kitam miestui reikia žinoti, kad padarytų tą patį, įskaitant nesėkmes.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>Asmuo, kurio partneriai gali klausti apie šią praktiką.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Nuotraukos, ataskaitos ir kiti failai; paveikslėlius galima rodyti ir tekste.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Trumpas pavadinimas, nusakantis, ką praktika daro, pvz., „Naktinė mediacija senamiestyje“</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Trys ar keturi sakiniai užimtam skaitytojui: kas padaryta, kur, kam ir kokiu rezultatu.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>Vietos padėtis, dėl kurios prireikė šios praktikos: problema, kur ir kada ji kyla, ką ji paliečia. Skaičiai praverčia.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Ką praktika siekė pakeisti. Kiekviename sąrašo punkte – vienas tikslas, kiek įmanoma išmatuojamas.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Kam praktika skirta ir ką ji pasiekia: gyventojai, jaunimas, naktinės ekonomikos darbuotojai, pareigūnai…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Kas buvo padaryta žingsnis po žingsnio: veiksmai, dalyvavę darbuotojai, laikas, priemonės ir metodai.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Kas dalyvavo ir kuo kiekvienas prisidėjo: policijos tarnybos, savivaldybės padaliniai, asociacijos, įmonės, gyventojai.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Apytikslės išlaidos ir kas mokėjo: savivaldybės biudžetas, nacionalinis ar ES finansavimas, įnašai natūra.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Kas pasikeitė, su rodikliais: skaičiai prieš ir po, rezultatai, gyventojų ar partnerių atsiliepimai.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Kaip rezultatai buvo įvertinti, kas juos vertino ir kokios vertinimo išvados.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Ko kitam miestui reikėtų, kad padarytų tą patį: sėkmės sąlygos, ištekliai, ką galima pritaikyti.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Ką darytumėte kitaip, kas jus nustebino, patarimai pradedančiam miestui. Nesėkmės taip pat laukiamos.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Pažymėkite projekto temas, kurioms praktika prisideda.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Darbo grupės, kurios turėtų perskaityti šį aprašą.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Vieši aprašai gali būti įtraukti į projekto leidinį; „Tik partneriams“ lieka partnerystės viduje; „Tik policijai“ bendrinama tik su policijos tarnybomis.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Pasirinkite savo miesto kontaktą; jei jo nėra, pirmiausia pridėkite jį skyriuje „Kontaktai“.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>Kalba, kuria parašytas šis aprašas.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dubliuoti</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Pradėti naują aprašo juodraštį iš pažymėto aprašo kopijos</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Versti…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Sukurti susietą pažymėto aprašo vertimą</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n žodis</numerusform>
            <numerusform>%n žodžiai</numerusform>
            <numerusform>%n žodžių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n pastaba</numerusform>
            <numerusform>%n pastabos</numerusform>
            <numerusform>%n pastabų</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Skyriai</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Aprašo skyriai</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Užpildyti privalomi laukai</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Dar neužpildyti privalomi laukai</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Privaloma pateikiant: %1 iš %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Pateikiant privalomi laukai</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Būsenos istorija</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Aprašo būsenos istorija</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatorius</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Dar nepateiktas</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Koordinatoriaus pastaba dėl viso aprašo</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Koordinatoriaus pastaba</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Į ką miestas turėtų atkreipti dėmesį pirmiausia arba kodėl aprašas dar neparengtas</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Ką šiame lauke pakeisti ar papildyti</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Praktikos aprašas be pavadinimo</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Tik partneriams</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Ribotos prieigos — tik policijai</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · praktikos aprašas išspausdintas %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikos aprašas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Atverti originalą</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Atverti originalų aprašą</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Pažymėti kaip atnaujintą</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Nurodyti, kad šis vertimas dabar atitinka dabartinį originalą</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>Šio vertimo originalas nebepasiekiamas.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Aprašo „%1“ vertimas (%2). Originalas rodomas greta kiekvieno lauko.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Nuo to laiko originale pasikeitė: %2 (paryškinta žemiau).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Šio aprašo vertimai:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (pasenęs)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Atverti vertimą (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Nėra praktikos aprašo su ID %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Šis aprašas pats yra vertimas: verskite jo originalą.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>Aprašas jau parašytas šia kalba.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Vertimas į šią kalbą jau yra.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Praktikos aprašas be pavadinimo</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Pactesur netikėtai nustojo veikti, kai buvo atvertas aprašas „%1“. Nuo atvėrimo jame niekas nebuvo pakeista, išskyrus galbūt paskutines kelias sekundes prieš sustojimą. Aprašas vėl atvertas.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Pactesur netikėtai nustojo veikti, kai buvo atvertas aprašas „%1“. Viskas iki %2 išsaugota (%3); gali trūkti daugiausia per paskutinę %n sekundę prieš Pactesur sustojimą įvesto teksto. Aprašas vėl atvertas, kad galėtumėte jį patikrinti.</numerusform>
            <numerusform>Pactesur netikėtai nustojo veikti, kai buvo atvertas aprašas „%1“. Viskas iki %2 išsaugota (%3); gali trūkti daugiausia per paskutines %n sekundes prieš Pactesur sustojimą įvesto teksto. Aprašas vėl atvertas, kad galėtumėte jį patikrinti.</numerusform>
            <numerusform>Pactesur netikėtai nustojo veikti, kai buvo atvertas aprašas „%1“. Viskas iki %2 išsaugota (%3); gali trūkti daugiausia per paskutines %n sekundžių prieš Pactesur sustojimą įvesto teksto. Aprašas vėl atvertas, kad galėtumėte jį patikrinti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Peržiūros pastabas rašo tik koordinatorius.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Tik koordinatorius gali praktikos aprašui nustatyti būseną „%1“.</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Šis praktikos aprašas laukia peržiūros. Prieš keisdami atsiimkite jį, kad jis vėl taptų juodraščiu.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Šis praktikos aprašas yra %1: dabar jį keisti gali tik koordinatorius. Paprašykite jo pasirinkti „Prašyti pakeitimų“.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Šio praktikos aprašo dar negalima pateikti: pirmiausia užpildykite %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Pateikti dar kartą</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Pateikti peržiūrai</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Atsiimti</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Prašyti pakeitimų</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Atšaukti paskelbimą</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Paskelbti…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Būsena: %1</translation>
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
        <translation>Paskutinis pakeitimas</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>skaitant praktikos aprašus</translation>
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
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Spartieji klavišai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Spartusis klavišas</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Diagramose, žemėlapyje ir kalendoriuje rodyklių klavišais pereinama nuo elemento prie elemento, o Enter atveria pasirinktą.</translation>
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
    <message>
        <source>package</source>
        <translation>paketas</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Mainų paketas (.pactesur), kurį peržiūrėti ir importuoti.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[paketas]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Kalba:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Versti praktikos aprašą</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Aprašo „%1“ (%2) vertimas yra atskiras aprašas, susietas su originalu. Rengyklėje greta kiekvieno lauko rodomas originalas ir pažymimi laukai, kurie vėliau pakeičiami originale.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Jau išversta į šias kalbas: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Vertimo kalba</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Sukurti vertimą</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
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
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nepavyksta perskaityti %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nepavyksta įrašyti %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>ryšys nutrūko anksčiau, nei buvo gautas visas failas</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>failas didesnis, nei gali būti paketas</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sinchronizavimas atšauktas.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>Pašto dėžutė %1 atmetė naudotojo vardą arba slaptažodį.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>Pašto dėžutė neleidžia to atlikti adresu %1 (403 Forbidden): patikrinkite aplanko bendrinimo teises.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Serveryje adresu %1 nėra aplanko: sukurkite jį arba patikrinkite pašto dėžutės adresą.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>Pašto dėžutę serveryje užrakino kita programa (423 Locked); kito sinchronizavimo metu bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>Serveris prašo siųsti užklausas rečiau (429 Too Many Requests); kito sinchronizavimo metu bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>Pašto dėžutė pilna: pasiekta serverio saugyklos kvota (507). Atlaisvinkite joje vietos arba paprašykite serverio administratoriaus didesnės kvotos.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Serveryje įvyko klaida (%1) adresu %2; kito sinchronizavimo metu bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>Serveris adresu %2 atsakė kodu %1.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>Pašto dėžutės %1 sertifikatu šis kompiuteris nepasitiki: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>Nepavyksta pasiekti pašto dėžutės %1: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Nepavyko perskaityti serverio pateikto %1 turinio sąrašo.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>Failas %1 pašto dėžutėje didesnis, nei gali būti paketas.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Pakete nurodyta, kad replika %1 rašo kito vardu, nei žino ši duomenų bazė; niekas nepakeista.</translation>
    </message>
</context>
</TS>
