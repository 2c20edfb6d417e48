<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Pokaż działania w postaci listy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Pokaż działania w kalendarzu</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n działanie</numerusform>
            <numerusform>%1: %n działania</numerusform>
            <numerusform>%1: %n działań</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Pokaż miesiąc</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Okres projektu</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Pokaż cały okres projektu</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Poprzedni miesiąc (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Następny miesiąc (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Pokaż dzisiejszy dzień</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Wyświetlany okres</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Działania w miesiącu</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Działania w okresie projektu</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln działanie w okresie projektu</numerusform>
            <numerusform>%Ln działania w okresie projektu</numerusform>
            <numerusform>%Ln działań w okresie projektu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n dalsze działanie niewymienione</numerusform>
            <numerusform>%n dalsze działania niewymienione</numerusform>
            <numerusform>%n dalszych działań niewymienionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln działanie tego dnia: kliknij, aby je wyświetlić</numerusform>
            <numerusform>%Ln działania tego dnia: kliknij, aby je wyświetlić</numerusform>
            <numerusform>%Ln działań tego dnia: kliknij, aby je wyświetlić</numerusform>
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
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Zbyt wiele działań, aby pokazać je pojedynczo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln działanie</numerusform>
            <numerusform>%Ln działania</numerusform>
            <numerusform>%Ln działań</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>odczytywania działań</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>odczytywania danych o udziale</translation>
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
        <translation>Sprawozdanie z działań</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · sprawozdanie sporządzone %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kluczowe dane</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Działania według miast</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Działania według tematów</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Działania według rodzaju</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Zaangażowane miasta</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Funkcjonariusze policji</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Zrealizowane: %1 · planowane: %2 · odwołane: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Liczba uczestników to dane podane przez miasta dla każdego działania; jeśli żadne miasto nie podało danych, liczy się łączna liczba zgłoszona dla danego działania.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Jako gospodarz</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Jako uczestnik</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Wszystkie miasta</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Działanie jest liczone w temacie swojej grupy roboczej. Karty praktyk to wszystkie dotychczasowe karty na dany temat, niezależnie od statusu; tłumaczenia nie są liczone.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Karty praktyk</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Zatwierdzone lub opublikowane</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Bez tematu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Brak działań w tym okresie.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Miasta</translation>
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
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Data sporządzenia</translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Dołącz plik</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Nie można zapisać kopii pliku %1: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Żadna aplikacja nie może otworzyć pliku %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Dołączony plik</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Nazwa dołączonego pliku</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Typ i rozmiar dołączonego pliku</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Dołącz plik do tego zasobu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Otwórz dołączony plik</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Zapisz kopię dołączonego pliku</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Brak dołączonego pliku</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Zastąp plik…</translation>
    </message>
</context>
<context>
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>autorem jest replika, której ta baza danych nie zna</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>łącznik miasta może zmieniać tylko rekordy własnego miasta</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>łącznik miasta nie może przekazać rekordu innemu miastu</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>tylko koordynator weryfikuje karty praktyki</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>właściciel rekordu nigdy się nie zmienia</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>jego właściciel nie może być właścicielem rekordu tego typu</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Nie można odczytać kopii zapasowej %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Kopia zapasowa %1 już nie istnieje.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>Kopia zapasowa %1 należy do innej bazy danych; nie można jej tu przywrócić.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>przywracania kopii zapasowej</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Nie udało się usunąć danych osobowych wymazanych kontaktów z kopii zapasowej %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Przed każdym importem i każdym przywróceniem tworzona jest kopia zapasowa całej bazy danych; po imporcie zachowywanych jest dziesięć najnowszych kopii. Znajdują się w folderze %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, godz. %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Przywrócić kopię zapasową (%1)?
Baza danych wróci do ówczesnego stanu. Jej bieżący stan zostanie najpierw zapisany w nowej kopii zapasowej, a polecenie Edycja ▸ Cofnij pozwoli go przywrócić.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Przywracanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Pokaż folder</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Nie ma jeszcze kopii zapasowych.

Pierwsza powstanie, gdy zaimportujesz pakiet.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>Działania – %1</translation>
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
        <translation>Ta baza danych nie ma jeszcze przypisanej roli. Najpierw wybierz rolę: koordynator lub łącznik miasta.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Ten plik nie jest kartą identyfikacyjną Pactesur albo jest uszkodzony.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>Nie można odczytać karty %1.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Nie można zapisać karty w %1.</translation>
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
        <translation>Nie zapisano okresu projektu</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Dzisiaj, %1: projekt jeszcze się nie rozpoczął</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Dzisiaj, %1: projekt się zakończył</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Dzisiaj, %1</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Plik jest uszkodzony: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n rekord odwołuje się do nieistniejących rekordów.</numerusform>
            <numerusform>%n rekordy odwołują się do nieistniejących rekordów.</numerusform>
            <numerusform>%n rekordów odwołuje się do nieistniejących rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>Wersja schematu to %1; ta wersja programu Pactesur oczekuje wersji %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>nieoczekiwane: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>brak: %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>Struktura bazy danych różni się od oczekiwanej przez Pactesur: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Miasto wiodące</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Miasto partnerskie</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Miasto stowarzyszone</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Stowarzyszenie</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Firma prywatna</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Społeczeństwo obywatelskie</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policja</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Uczelnia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Zadanie publiczne</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Prawnie uzasadniony interes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obowiązek prawny</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Obserwator</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Wymiana funkcjonariuszy policji</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akademia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Wizyta studyjna</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinarium</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Komitet sterujący</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Przewodnik</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Materiał szkoleniowy</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publikacja</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Wytyczne UE</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Zbiór danych</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Przesłane</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Do poprawy</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Zatwierdzone</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Opublikowane</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczne</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Tylko dla partnerów</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Tylko dla policji</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Uruchom pactesur-cli --help, aby wyświetlić listę poleceń.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Opcja %1 wymaga wartości.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set przyjmuje FIELD=VALUE, a nie „%1”.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Nieznana opcja %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Użycie: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Nieznany typ „%1”; dostępne typy: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init wymaga opcji --coordinator albo --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>Baza danych %1 jest gotowa; rola tej repliki: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replika: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Użycie: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Nie można odczytać pliku %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add wymaga co najmniej jednej opcji --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit wymaga co najmniej jednej opcji --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>Baza danych jest w dobrym stanie.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>W bazie danych wykryto problemy.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Skrót stanu: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Wygenerowano %n rekord.</numerusform>
            <numerusform>Wygenerowano %n rekordy.</numerusform>
            <numerusform>Wygenerowano %n rekordów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Zapisano %n rekord w pliku %1.</numerusform>
            <numerusform>Zapisano %n rekordy w pliku %1.</numerusform>
            <numerusform>Zapisano %n rekordów w pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nowe: %1, zaktualizowane: %2, bez zmian: %3, konflikty: %4, odrzucone: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Przebieg próbny: nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Wszystkie zmiany z pakietu zostały odrzucone: %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Dalsze polecenia:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ta baza danych nie ma jeszcze przypisanej roli. Najpierw wybierz rolę: koordynator lub łącznik miasta.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Odcisk klucza: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Zarejestrowano %1, odcisk klucza %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Już zarejestrowano: %1, odcisk klucza %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Nie można odczytać pliku z hasłem %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Nie ustawiono skrzynki wymiany. Ustaw ją poleceniem: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Skrzynka wymiany: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Użytkownik: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Opublikowane pakiety: %1; nadal czekające na wszystkich odbiorców: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nigdy nie synchronizowano.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Ustawiono skrzynkę wymiany: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Pakiety wysłane: %1, odebrane: %2, zaimportowane: %3; nowe konflikty: %4; odrzucone: %5.</translation>
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
        <translation>Użycie: pactesur-cli [--db FILE] COMMAND [options]

Polecenia:
  init [--coordinator | --city SLUG]   tworzy bazę danych i wybiera rolę
  whoami [--json]                      pokazuje rolę tej repliki
  list KIND [--json]                   wyświetla rekordy danego typu
  show KIND ID [--json]                pokazuje jeden rekord
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integralność, schemat i skrót stanu
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       zapisuje podpisany i zapieczętowany pakiet wymiany
  import FILE [--dry-run] [--json]     scala pakiet (najpierw tworzy kopię zapasową)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              odcisk klucza tej repliki; rejestr
  keys export --out FILE               zapisuje kartę identyfikacyjną tej repliki
  keys trust CARD [--fingerprint FP]   rejestruje kartę po porównaniu odcisków kluczy
  keys revoke REPLICA                  cofa zaufanie do kluczy repliki
  mailbox set URL [--user USER]        ustawia skrzynkę wymiany WebDAV lub folder do synchronizacji
  mailbox show [--json]                pokazuje skrzynkę wymiany i to, co na nas w niej czeka
  sync [--password-file FILE] [--json] wykonuje jeden cykl automatycznej wymiany
                                       (lub hasło w PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       dodaje rekordy syntetyczne

Typy: %1
Baza danych: %2, chyba że --db lub PACTESUR_DB wskazuje inną.
Kody wyjścia: 0 – wykonano, 1 – błąd (dla sync: nie udało się połączyć ze skrzynką wymiany
lub cykl się nie zakończył), 2 – błąd użycia, 3 – odrzucono dane wejściowe (nic nie zmieniono;
dla sync: odrzucono pakiety).</translation>
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
        <translation>Usunięcie lub zachowanie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Otwarte konflikty</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Brak otwartych konfliktów.
Gdy pakiet przyniesie inną wartość pola, które zmieniono również u ciebie, obie wartości będą tu czekać na twój wybór.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n otwarty konflikt; wyświetlono %1 najnowszych.</numerusform>
            <numerusform>%n otwarte konflikty; wyświetlono %1 najnowszych.</numerusform>
            <numerusform>%n otwartych konfliktów; wyświetlono %1 najnowszych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n otwarty konflikt. Wybierz wartość do zachowania; możesz to cofnąć aż do następnego eksportu pakietu.</numerusform>
            <numerusform>%n otwarte konflikty. Wybierz wartości do zachowania; możesz to cofnąć aż do następnego eksportu pakietu.</numerusform>
            <numerusform>%n otwartych konfliktów. Wybierz wartości do zachowania; możesz to cofnąć aż do następnego eksportu pakietu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Pokaż rekord</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Zachowaj moją wersję</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Nie wybrano konfliktu</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Wybierz konflikt z listy, aby zobaczyć jego wartości obok siebie.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 „%2”: usunięty po jednej stronie, edytowany po drugiej</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>Rekord pozostaje zachowany do czasu twojej decyzji. Zachowaj go albo usuń, jak chciała jedna ze stron.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2”: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>To pole zostało zmienione w dwóch miejscach, zanim wymieniono pakiety. Obie wartości są przechowywane, dopóki nie wybierzesz jednej z nich lub nie wpiszesz wartości, która je łączy.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Wartość do zachowania</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Albo wpisz wartość do zachowania, na przykład łączącą obie:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Wartość %1 (obecnie wyświetlana)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Wartość %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Zapisane przez: %1, %2, godz. %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Usuń rekord</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Zachowaj rekord</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Zachowaj tę wartość</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Zachowany, ze zmianami drugiej strony</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Usunąć dane osobowe kontaktu (%1)?

Usunięcie jest ostateczne: nie można go cofnąć, a przy następnej wymianie zostanie przekazane wszystkim partnerom.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Eksportuj dane osobowe</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Usuń dane osobowe…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
        <translation>Trwale usuń dane osobowe tego kontaktu</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Eksportuj dane osobowe…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Eksportuj wszystkie dane przechowywane o tym kontakcie</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Termin przeglądu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Przegląd zaległy od %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Kliknij liczbę, aby zobaczyć stojące za nią rekordy, miasto – aby je otworzyć, datę – aby otworzyć to działanie. Kliknij nagłówek kolumny, aby posortować.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Liczby dla poszczególnych miast partnerskich</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: kliknij, aby otworzyć</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Brak działań do dnia dzisiejszego</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Kliknij, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>Najnowsze działanie, którego miasto było gospodarzem lub uczestnikiem, do dnia dzisiejszego.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Funkcjonariusze w wymianach</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Działania jako gospodarz</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Jako gospodarz</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Działania, których miasto jest lub było gospodarzem; odwołane nie są liczone.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Działania, których gospodarzem jest miasto %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Działania jako uczestnik</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Jako uczestnik</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Działania, których gospodarzem było inne miasto lub prowadzone online, w których zapisano udział miasta.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Działania z udziałem miasta %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Funkcjonariusze wysłani</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłani</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Funkcjonariusze miasta zapisani w wymianach funkcjonariuszy policji, których gospodarzem było inne miasto.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Funkcjonariusze wysłani przez miasto %1 na wymiany funkcjonariuszy policji</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Funkcjonariusze przyjęci</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Przyjęci</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Funkcjonariusze innych miast zapisani w wymianach funkcjonariuszy policji, których gospodarzem było to miasto.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Funkcjonariusze przyjęci przez miasto %1 w ramach wymian funkcjonariuszy policji</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Karty praktyk miasta, niezależnie od statusu; tłumaczenie nie jest liczone jako osobna karta.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Karty praktyk miasta %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Karty praktyk: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Karty praktyk miasta o statusie „%1”; tłumaczenie nie jest liczone jako osobna karta.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Karty praktyk miasta %1: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupy robocze</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Grupy robocze, do których należy miasto.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Grupy robocze miasta %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Kontakty do przeglądu</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Kontakty miasta, których termin przeglądu minął: sprawdź, czy są nadal potrzebne i aktualne.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Kontakty miasta %1 wymagające przeglądu</translation>
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
        <translation>Ostatnie działanie: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Kliknij, aby zobaczyć rekordy stojące za wybraną liczbą.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Koloruj miasta według:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Liczba pokazywana na mapie</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Wskaż miasto, aby zobaczyć jego liczby; kliknij je, aby zobaczyć rekordy stojące za wybraną liczbą.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Dane mapy: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Mapa miast partnerskich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n miasto bez współrzędnych nie może zostać umieszczone na mapie.</numerusform>
            <numerusform>%n miasta bez współrzędnych nie mogą zostać umieszczone na mapie.</numerusform>
            <numerusform>%n miast bez współrzędnych nie może zostać umieszczonych na mapie.</numerusform>
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
        <translation>Działania rozpoczęte przed %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Działania rozpoczęte w %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Działania rozpoczęte po %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Karty praktyk o statusie „%1”</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Karty praktyk na temat „%1”</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Działania w poszczególnych kwartałach</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Uczestnicy według rodzaju działania</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Karty praktyk według statusu</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Karty praktyk według tematu</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Okres projektu, dzień dzisiejszy i kamienie milowe</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Nie zapisano jeszcze projektu</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Rozpoczyna się za %n dzień</numerusform>
            <numerusform>Rozpoczyna się za %n dni</numerusform>
            <numerusform>Rozpoczyna się za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Zakończono %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>Dzień %1 z %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Kliknij, aby otworzyć to działanie.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Na tej linii pojawiają się kamienie milowe: działania, których uczestników lub miasta zgłoszono dla całego partnerstwa.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Kamienie milowe: działania, których uczestników lub miasta zgłoszono dla całego partnerstwa. Kliknij jeden z nich, aby go otworzyć.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Miasta partnerskie</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Planowane lub zrealizowane; odwołane nie są liczone.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Zapisani przez miasta</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Z publicznych sprawozdań</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Kobiety wśród uczestników</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Spośród %1 uczestników, dla których zapisano liczbę kobiet.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Żaden zapis udziału nie podaje jeszcze liczby kobiet.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Funkcjonariusze w wymianach</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Wysłani przez swoje miasto na wymiany funkcjonariuszy policji, których gospodarzem było inne miasto.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Działania planowane lub zrealizowane</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Działania z uczestnikami</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Zapisy udziału podające liczbę kobiet</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Funkcjonariusze wysłani na wymiany funkcjonariuszy policji, których gospodarzem było inne miasto</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n działanie</numerusform>
            <numerusform>%1: %n działania</numerusform>
            <numerusform>%1: %n działań</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Brak działań.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: liczba uczestników %2 (zapisani przez miasta: %3, z publicznych sprawozdań: %4)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Nie zapisano ani nie zgłoszono jeszcze żadnych uczestników.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Publiczne sprawozdania podają niektóre sumy bez informacji, ile osób przybyło z poszczególnych miast. Taka suma jest tu liczona dla swojego działania, gdy żadne miasto nie zapisało udziału, i nigdy nie wlicza się do danych miasta.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Uczestnicy zapisani przez miasta w działaniach rodzaju „%1”</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Uczestnicy z publicznych sprawozdań w działaniach rodzaju „%1”</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Brak kart praktyk. Będą tu liczone, gdy miasta je opracują.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n karta praktyki</numerusform>
            <numerusform>%1: %n karty praktyk</numerusform>
            <numerusform>%1: %n kart praktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestnicy</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n karta praktyki</numerusform>
            <numerusform>%n karty praktyk</numerusform>
            <numerusform>%n kart praktyk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n rekord z listy „%1”.</numerusform>
            <numerusform>%n rekordy z listy „%1”.</numerusform>
            <numerusform>%n rekordów z listy „%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, suma z %n rekordu listy „%3”.</numerusform>
            <numerusform>%1: %2, suma z %n rekordów listy „%3”.</numerusform>
            <numerusform>%1: %2, suma z %n rekordów listy „%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Rekordy stojące za liczbą</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Otwiera zaznaczony rekord w jego sekcji</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Kliknij dwukrotnie wiersz, aby otworzyć jego działanie, w którym wymieniony jest ten udział.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Kliknij dwukrotnie rekord, aby otworzyć go w jego sekcji.</translation>
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
        <translation>%1 kw. %2</translation>
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
        <translation>Miasta</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Wczytywanie liczb…</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>Baza danych %1 jest już otwarta w innym oknie programu Pactesur lub w innym programie. Zamknij ją tam i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Nie można zablokować bazy danych %1: brak uprawnień do zapisu w jej folderze.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Baza danych %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>aktualizacji struktury bazy danych</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Dysk jest pełny: nic nie zostało zmienione. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Baza danych jest zajęta przez inny program: nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Błąd bazy danych podczas %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>Plik %1 nie jest bazą danych Pactesur lub jest uszkodzony.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>Plik %1 nie jest bazą danych Pactesur.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>otwierania bazy danych</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Ta baza danych została utworzona w nowszej wersji programu Pactesur (wersja schematu %1; ta wersja obsługuje wersje do %2). Zaktualizuj program Pactesur, aby ją otworzyć.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Baza danych %1 wymaga aktualizacji, której nie można wykonać przy otwarciu tylko do odczytu.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>rozpoczynania transakcji</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>zapisywania zmian</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>zapisywania rekordu</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>budowania indeksu wyszukiwania</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Rejestracja karty</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Porównaj odcisk klucza, zanim zaufasz tej karcie</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Według tej karty jej właścicielem jest: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replika %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Odcisk klucza karty:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Odcisk klucza karty</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Zadzwoń do właściciela karty lub spotkaj się z nim i poproś, aby odczytał na głos swój odcisk klucza (Wymiany ▸ Klucze w jego Pactesur). Zarejestruj kartę tylko wtedy, gdy każda grupa cyfr się zgadza: każdy może utworzyć kartę, która podaje się za kogoś innego.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Odczytany ci odcisk klucza (opcjonalnie: jeśli go wpiszesz, Pactesur go porówna):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Odczytany ci odcisk klucza</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>np. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Zarejestruj: odciski się zgadzają</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Zarejestruj kartę</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Importuj pakiet</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pakiety Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Eksportuj pakiet…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Zapisuje plik pakietu do wysłania partnerom</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importuj pakiet…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Otwiera plik pakietu otrzymany od partnera: pokazuje, co zmienia, a następnie go stosuje</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Pakiety odebrane i wysłane</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klucze</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Zapisz pakiet</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pakiety Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksport został anulowany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Eksportuj pakiet</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Pakiet to plik, który wysyłasz partnerom (e-mailem lub na pendrivie); otwierają go poleceniem Plik ▸ Importuj pakiet.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>To, czego jeden z partnerów jeszcze nie otrzymał (zalecane):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Mniejszy: tylko zmiany od chwili, gdy dotarł do ciebie ostatni pakiet od tego partnera.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Żaden partner nie przysłał ci jeszcze pakietu: za pierwszym razem wyślij pełną kopię.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>To, czego koordynator jeszcze nie otrzymał (zalecane)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Mniejszy: tylko zmiany od chwili, gdy dotarł do ciebie ostatni pakiet od koordynatora.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Od koordynatora nie dotarł jeszcze żaden pakiet: za pierwszym razem wyślij pełną kopię.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Pełna kopia całej zawartości tej bazy danych</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Typ rekordu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Zawartość pakietu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Postęp eksportu</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Liczenie zawartości pakietu…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Zawartość pakietu: %n rekord.</numerusform>
            <numerusform>Zawartość pakietu: %n rekordy.</numerusform>
            <numerusform>Zawartość pakietu: %n rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Zapisywanie pakietu… Przycisk Anuluj przerywa zapis; nie pozostaje żaden plik.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Pakiet został zapisany jako:
%1
Wyślij ten plik partnerowi.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>W Pactesur karty rejestruje się w sekcji Wymiany ▸ Klucze ▸ Zarejestruj kartę…, po porównaniu ich odcisków klucza z właścicielami.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Nie otrzymano jeszcze żadnego pakietu od „%1”, więc nie ma podstawy do utworzenia pakietu przyrostowego; zamiast tego wyeksportuj pełny pakiet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>liczenia rekordów do eksportu</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ta baza danych nie ma jeszcze przypisanej roli. Najpierw wybierz rolę: koordynator lub łącznik miasta.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Nie otrzymano jeszcze żadnego pakietu od „%1”, więc nie ma podstawy do utworzenia pakietu przyrostowego; zamiast tego wyeksportuj pełny pakiet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Nie można zapisać pakietu %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Anulowano eksport; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>dysk może być pełny</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Żadna zarejestrowana replika nie może odebrać tego pakietu: najpierw zarejestruj karty miast (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Najpierw zarejestruj kartę koordynatora (keys trust FILE): pakiety są dla niego pieczętowane.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Nie można utworzyć prywatnego folderu tymczasowego dla pakietu.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>zapisywania eksportu</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nazwa lokalna</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Przedstawiciel</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Formacja policyjna</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Tematy priorytetowe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Służbowy e-mail</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Służbowy telefon</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Termin przeglądu</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Tłumaczenia nazwy</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Miasto wiodące</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupa robocza</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Miasto goszczące</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Zgłoszona liczba uczestników</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Zgłoszona liczba miast</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Funkcjonariusze</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupy robocze</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Oryginał</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Poufność</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Początek okresu</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Koniec okresu</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Kontekst i problem</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupy docelowe</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Działania i wdrożenie</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Budżet i finansowanie</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Wyniki i wskaźniki</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Ewaluacja</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Możliwość przeniesienia</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Wyciągnięte wnioski</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Uwagi z weryfikacji</translation>
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
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Druga strona</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Liczby rekordów</translation>
    </message>
    <message>
        <source>Source revision</source>
        <translation>Wersja oryginału</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Karta praktyki</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Poprzedni status</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Nowy status</translation>
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
        <translation>Nieprawidłowa wartość „%1” w polu %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Pole %1 jest za długie: maksymalnie %2 znaków.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>znaki sterujące są niedozwolone</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>oczekiwano liczby całkowitej równej 0 lub większej</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>oczekiwano liczby</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>oczekiwano liczby od %1 do %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>oczekiwano daty w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>oczekiwano wartości true lub false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>oczekiwano jednej z wartości: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>oczekiwano dwuliterowego kodu kraju, np. PL</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>oczekiwano dwuliterowego kodu języka, np. pl</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>oczekiwano dwuliterowych kodów języków oddzielonych przecinkami</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>oczekiwano adresu internetowego zaczynającego się od https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>oczekiwano adresu e-mail</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>oczekiwano numeru telefonu</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>oczekiwano identyfikatora lub nazwy skróconej (slug)</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>oczekiwano obiektu JSON, np. {"pl": "…"}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>oczekiwano małych liter, cyfr i łączników</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>oczekiwano skrótu SHA-256</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>zawartości pliku nie można wpisać ręcznie</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>pole %1 ma nieprawidłowy typ</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>wartość pola %1 jest poza zakresem</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>pole %1 jest za długie</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>pole %1 nie zawiera identyfikatora</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>pole %1 nie zawiera listy</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>pole %1 nie ma postaci, w jakiej jest przechowywane</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>oczekiwano obiektu JSON, np. {"summary": "…"}</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Ustaw</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 – ustawiono</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Kody języków, np. pl, fr</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Bazy danych Pactesur (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nowa baza danych</translation>
    </message>
</context>
<context>
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>Folder skrzynki wymiany %1 jest pełny: zwolnij miejsce na jego dysku.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>Folder skrzynki wymiany %1 nie istnieje (niepodłączony dysk lub folder jeszcze niezsynchronizowany?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Nie można utworzyć folderu %1 w skrzynce wymiany: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronizację anulowano.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Nie można zapisać %1 w skrzynce wymiany: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Nie można zmienić nazwy %1 w skrzynce wymiany: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Nie można odczytać %1 ze skrzynki wymiany: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Nie można usunąć %1 ze skrzynki wymiany: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Rekordy może generować tylko baza danych koordynatora.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowane</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Rekordy, których jeszcze nie masz.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Rekordy, które masz, a które pakiet zmienia.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Rekordy, które już masz w tej samej postaci.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Rekordy edytowane po obu stronach: obie wartości są przechowywane, dopóki ktoś nie dokona wyboru w sekcji Konflikty.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Zmiany, których nadawca nie może wprowadzać; zostają pominięte, a reszta jest importowana.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importuj pakiet</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Przejrzyj konflikty</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Co zmienia pakiet</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otwieranie pliku %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Pakiet od: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Utworzony %1, godz. %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Pełna kopia danych nadawcy: %n rekord.</numerusform>
            <numerusform>Pełna kopia danych nadawcy: %n rekordy.</numerusform>
            <numerusform>Pełna kopia danych nadawcy: %n rekordów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Zmiany od ostatniej wymiany: %n rekord.</numerusform>
            <numerusform>Zmiany od ostatniej wymiany: %n rekordy.</numerusform>
            <numerusform>Zmiany od ostatniej wymiany: %n rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Porównywanie pakietu z bazą danych…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Nic nowego: baza danych zawiera już całą zawartość tego pakietu. Przycisk Zastosuj odnotuje, że go otrzymano.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Nic się nie zmieni, dopóki nie klikniesz Zastosuj. Najpierw zostanie utworzona kopia zapasowa bazy danych.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Anulowanie… baza danych pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importowanie… Przycisk Anuluj przerywa import i pozostawia bazę danych bez zmian.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Zaimportowano. Nowe: %1, zaktualizowane: %2, konflikty do przejrzenia: %3, odrzucone: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Poprzedni stan bazy danych zachowano w pliku %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Pakiet zaimportowany</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import anulowany</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Pakiet nie został zaimportowany</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Import nie powiódł się</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Zapisywanie zmian… Przycisk Anuluj przerywa zapis i pozostawia bazę danych bez zmian.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Sprawdzanie pakietu… Przycisk Anuluj przerywa sprawdzanie i pozostawia bazę danych bez zmian.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Przyczyna: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>W bazie danych nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Wszystkie zmiany z tego pakietu zostały odrzucone: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>Import został anulowany; baza danych pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Podpisano przez: %1 (zweryfikowano)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>Podpis nadawcy nie został zweryfikowany.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Odcisk klucza: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Jeszcze %n nowy lub zmieniony rekord jest policzony powyżej, ale nie ma go na liście.</numerusform>
            <numerusform>Jeszcze %n nowe lub zmienione rekordy są policzone powyżej, ale nie ma ich na liście.</numerusform>
            <numerusform>Jeszcze %n nowych lub zmienionych rekordów jest policzonych powyżej, ale nie ma ich na liście.</numerusform>
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
        <translation>Co się zmienia</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Nowe rekordy (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Zaktualizowane rekordy (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Konflikty do przejrzenia (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Odrzucone (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Bez tytułu (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Usunięcie</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Nie można utworzyć folderu kopii zapasowych %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>tworzenia kopii zapasowej</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ta baza danych nie ma jeszcze przypisanej roli. Najpierw wybierz rolę: koordynator lub łącznik miasta.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Ten pakiet został wyeksportowany z tej bazy danych; nie zawiera nic nowego.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Anulowano import; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Pominięto zmianę pola %1 w usuniętym kontakcie: usunięcie ma pierwszeństwo.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importowania pakietu</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Pakiet odwołuje się do rekordów, których nie zawiera; nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>Nie można uruchomić biblioteki kryptograficznej.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Nie można odczytać kluczy tej bazy danych (%1).</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Klucze tej bazy danych (%1) są uszkodzone.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Nie można zapisać kluczy tej bazy danych w %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Skopiowano odcisk klucza.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (ta baza danych)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Unieważniona</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Rejestracja karty</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Karty identyfikacyjne Pactesur (*.card);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Zarejestrowano: %1. Jej pakiety są przyjmowane, a twoje mogą być dla niej pieczętowane.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Już zarejestrowano: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Eksport mojej karty</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Twoja karta została zapisana jako %1. Wyślij ją partnerowi, a potem odczytaj mu przez telefon swój odcisk klucza.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Unieważnić klucze: %1?
Od teraz jej pakiety są odrzucane, a twoje kolejne pakiety przekażą to wszystkim miastom. Unieważniony klucz nigdy nie zostanie ponownie uznany: ta osoba tworzy nową bazę danych, a ty rejestrujesz jej kartę.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Unieważniono klucze: %1.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Każdy pakiet jest podpisany przez nadawcę i zapieczętowany dla replik, które mogą go odczytać. Karta zawiera klucze publiczne jednej repliki; zanim zarejestrujesz czyjąś kartę, porównaj jej odcisk klucza z tym, który odczyta ci właściciel, przez telefon lub osobiście.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Ta baza danych</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replika %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Ta baza danych nie ma jeszcze roli.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Twój odcisk klucza: odczytaj go partnerowi, który rejestruje twoją kartę.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Twój odcisk klucza</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Kopiuj odcisk klucza</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>&amp;Eksportuj moją kartę…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Eksportuj moją kartę</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Repliki, którym ufa ta baza danych</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Rejestrujesz kartę każdego miasta po porównaniu jej odcisku klucza; każdy wysyłany przez ciebie pakiet zawiera tę listę, dzięki czemu miasta ufają sobie nawzajem za twoim pośrednictwem.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Jako łącznik miasta rejestrujesz jeden raz kartę koordynatora; pozostałe miasta przychodzą z pakietami koordynatora.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replika</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Zarejestruj kartę…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Zarejestruj kartę</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Unieważnij…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Unieważnij wybrane klucze</translation>
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
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Miasta</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
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
        <translation>Temat</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupa robocza</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupy robocze</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Członkostwo</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Członkostwa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Zasoby</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Karta praktyki</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Karty praktyk</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
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
        <translation>Wymiana</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Zmiana statusu</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Zmiany statusu</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Odebrany</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłany</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Dowolny odbiorca (pełna kopia)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Nowe: %1, zaktualizowane: %2, bez zmian: %3, konflikty: %4, odrzucone: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
            <numerusform>%n rekordy</numerusform>
            <numerusform>%n rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Wszystkie pakiety odebrane lub wysłane przez tę bazę danych, od najnowszych.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Pakiety odebrane i wysłane</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Druga strona</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Nie wysłano ani nie odebrano jeszcze żadnego pakietu.

Pakiet przenosi zmiany z tej bazy danych do koordynatora lub miast i przynosi ich zmiany. Wyeksportuj pakiet, aby wysłać swoją pracę; zaimportuj pakiet, który otrzymano. Każda wymiana pojawi się potem tutaj.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>Skrzynka wymiany wymaga hasła użytkownika %1: poprosi o nie polecenie Plik ▸ Synchronizuj teraz.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Brak systemowego magazynu haseł: Pactesur przechowuje hasło do chwili zamknięcia.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur przechowuje je w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Hasło do skrzynki wymiany</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Hasło użytkownika %1 na serwerze %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Nie zsynchronizowano: skrzynka wymiany wymaga hasła użytkownika %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n pakiet nieprzyjęty: zostanie zaproponowany ponownie przy następnej synchronizacji.</numerusform>
            <numerusform>%n pakiety nieprzyjęte: zostaną zaproponowane ponownie przy następnej synchronizacji.</numerusform>
            <numerusform>%n pakietów nieprzyjętych: zostaną zaproponowane ponownie przy następnej synchronizacji.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Wymień teraz pakiety z partnerami przez skrzynkę wymiany</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Skrzynka wymiany…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Gdzie i jak często pakiety są wymieniane automatycznie</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Skrzynka wymiany</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Za pośrednictwem skrzynki wymiany Pactesur sam wysyła twoje zmiany partnerom i importuje ich zmiany. Skrzynka wymiany to folder na serwerze WebDAV, takim jak Nextcloud, albo folder na tym komputerze, który klient synchronizacji udostępnia partnerom. Pozostaw adres pusty, aby wymieniać pakiety tylko ręcznie.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Adres skrzynki wymiany</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Folder: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nazwa użytkownika na serwerze</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Hasło na serwerze</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Synchronizuj co:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Tylko ręcznie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Liczba minut między automatycznymi synchronizacjami</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Gdy Pactesur jest otwarty; 0: tylko po wybraniu polecenia Plik ▸ Synchronizuj teraz</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Przeglądaj każdy przychodzący pakiet przed jego zaimportowaniem</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Wynik testu połączenia</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Zapisz ustawienia skrzynki wymiany</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Brak systemowego magazynu haseł: o hasło program pyta raz na sesję.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Hasło jest przechowywane w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testowanie połączenia…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Połączenie działa.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Skrzynka wymiany</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Zatrzymaj synchronizację; następna będzie kontynuowana od miejsca przerwania</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Trwa synchronizacja</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Nie ustawiono skrzynki wymiany</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Pakiety są wymieniane ręcznie. Ustaw skrzynkę wymiany (Ustawienia ▸ Skrzynka wymiany…), aby wymieniać je z partnerami automatycznie.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizowanie…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Synchronizowanie · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Wymiana pakietów ze skrzynką wymiany. Przycisk Anuluj ją przerywa; następna synchronizacja będzie kontynuowana od tego miejsca.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>Nie udało się zsynchronizować skrzynki wymiany</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Skrzynka wymiany ustawiona · jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Zsynchronizowano %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>odebrano %n pakiet</numerusform>
            <numerusform>odebrano %n pakiety</numerusform>
            <numerusform>odebrano %n pakietów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>wysłano %n</numerusform>
            <numerusform>wysłano %n</numerusform>
            <numerusform>wysłano %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nowy konflikt</numerusform>
            <numerusform>%n nowe konflikty</numerusform>
            <numerusform>%n nowych konfliktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n odrzucony</numerusform>
            <numerusform>%n odrzucone</numerusform>
            <numerusform>%n odrzuconych</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>Skrzynka wymiany nie była jeszcze synchronizowana z tej bazy danych.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Pakiety zaimportowane: %1 (pobrane: %2), wysłane: %3; usunięte ze skrzynki wymiany, gdy otrzymali je wszyscy odbiorcy: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Nowe konflikty: %1; odrzucone pakiety: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>w nieznanym momencie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n godzinę temu</numerusform>
            <numerusform>%n godziny temu</numerusform>
            <numerusform>%n godzin temu</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>dnia %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>Przygotowywanie pakietu…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Nie można zachować pakietu %1 obok bazy danych.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Pakietu %1 nie ma już obok bazy danych i nie można go wysłać ponownie.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Wysyłanie %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Nie można zapisać potwierdzenia odbioru tej repliki.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ta baza danych nie ma jeszcze przypisanej roli. Najpierw wybierz rolę: koordynator lub łącznik miasta.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Nie można utworzyć obok bazy danych prywatnego folderu na pakiety ze skrzynki wymiany.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Odczytywanie skrzynki wymiany…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Synchronizację anulowano; następna będzie kontynuowana od tego miejsca.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>koordynator</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replika %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Pakietu nr %1 (nadawca: %2) nie ma jeszcze w skrzynce wymiany; kolejne czekają na niego.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Pakiet nr %1 (nadawca: %2) został odrzucony; kolejne czekają, aż w skrzynce wymiany pojawi się jego prawidłowa kopia.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Pobieranie %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (nadawca: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>jego zawartość nie odpowiada nazwie (plik ucięty lub zmieniony).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>nie został opublikowany przez tego nadawcę jako pakiet nr %1 jego skrzynki wymiany.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (nadawca: %2): odrzucono rekord %3: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>„%1” nie jest adresem skrzynki wymiany: podaj https://server/folder/ (dla Nextcloud https://server/remote.php/dav/files/USER/folder/) lub file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>Połączenie ze skrzynką wymiany pod adresem %1 nie byłoby szyfrowane: użyj https:// (http:// tylko dla serwera na tym komputerze).</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Dla tej bazy danych nie ustawiono skrzynki wymiany: najpierw ją ustaw (mailbox set URL lub Ustawienia ▸ Skrzynka wymiany).</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <source>Create an empty database with the project's founding data</source>
        <translation>Tworzy pustą bazę danych z danymi początkowymi projektu</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Otwiera inny plik bazy danych Pactesur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtruje rekordy bieżącej listy</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;O programie Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Bieżąca sekcja</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Plik bazy danych</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Twoja rola</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Plik „%1” już istnieje. Wybierz inną nazwę lub otwórz go poleceniem Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Plik „%1” nie istnieje.</translation>
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
        <translation>Pactesur pomaga miastom partnerskim unijnego projektu PACTESUR 2 koordynować wspólną pracę: kto jest kim, grupy robocze, działania i udostępniane karty praktyk.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencja: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Wersja Qt: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>O programie Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Znajdź na liście…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Wyszukaj wszędzie…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Przeszukuje wszystkie rekordy wszystkich typów</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Nowy rekord…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Dodaje rekord do bieżącej listy</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Edytuj rekord…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Edytuje rekord zaznaczony na bieżącej liście</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Usuń rekord…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Usuwa rekord zaznaczony na bieżącej liście</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>%n karta praktyki została ponownie otwarta po nieoczekiwanym zamknięciu programu Pactesur: informuje, co zostało zachowane.</numerusform>
            <numerusform>%n karty praktyk zostały ponownie otwarte po nieoczekiwanym zamknięciu programu Pactesur: każda informuje, co zostało zachowane.</numerusform>
            <numerusform>%n kart praktyk zostało ponownie otwartych po nieoczekiwanym zamknięciu programu Pactesur: każda informuje, co zostało zachowane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
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
        <translation>&amp;Sprawozdania…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Tworzy sprawozdanie z działań, kalendarz, broszurę praktyk lub listę</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Wysoki &amp;kontrast</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Skróty klawiszowe…</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Miasta członkowskie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Miasto do dodania</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Dodaj miasto</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Dodaj wybrane miasto jako członka</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Usuń zaznaczone miasto członkowskie</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Usuwa zaznaczone miasto członkowskie (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Usuń członka</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rola: %1</translation>
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
        <translation>Kopia: %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Nowa karta praktyki</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Opisz praktykę swojego miasta na potrzeby partnerstwa. Zacznij od pustej karty albo od kopii karty podobnej do twojej. Wszystko, co piszesz, jest zapisywane na bieżąco.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>&amp;Pusta karta</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>&amp;Kopia karty:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Karta do skopiowania</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Język karty:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Miasto:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Utwórz i otwórz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Usuń to powiadomienie</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Odrzucone zmiany (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n zmiana nie została zastosowana, ponieważ zasady własności ją odrzucają; wyświetlono %1 najnowszych.</numerusform>
            <numerusform>%n zmiany nie zostały zastosowane, ponieważ zasady własności je odrzucają; wyświetlono %1 najnowszych.</numerusform>
            <numerusform>%n zmian nie zostało zastosowanych, ponieważ zasady własności je odrzucają; wyświetlono %1 najnowszych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Usuń wszystkie</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Usuń wszystkie wyświetlone powiadomienia</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Odrzucone zmiany</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n zmiana nie została zastosowana, ponieważ zasady własności ją odrzucają. Usuń powiadomienie, gdy je przeczytasz.</numerusform>
            <numerusform>%n zmiany nie zostały zastosowane, ponieważ zasady własności je odrzucają. Usuń powiadomienie, gdy je przeczytasz.</numerusform>
            <numerusform>%n zmian nie zostało zastosowanych, ponieważ zasady własności je odrzucają. Usuń powiadomienie, gdy je przeczytasz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Twoja zmiana pola „%1” w rekordzie „%3” (%2) została wprowadzona w starszej wersji programu Pactesur i zasady własności ją odrzucają: %4. Inne bazy danych ją pomijają; zmień rekord ponownie, jeśli to Ty możesz go zmieniać.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Zmiana pola „%1” w rekordzie „%3” (%2), zapisana przez: %4, została odrzucona: %5.</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>Plik %1 nie jest prawidłowym pakietem Pactesur: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Pakiet %1 nie istnieje.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>plik jest pusty.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>plik jest większy, niż może być jakikolwiek pakiet.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Nie można odczytać pakietu %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>nie jest to plik pakietu.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>nie można go otworzyć.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>jest uszkodzony.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>nie został utworzony w programie Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Pakiet %1 został utworzony w nowszej wersji programu Pactesur (format pakietu %2; ta wersja odczytuje format %3). Zaktualizuj program Pactesur, aby go zaimportować.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>ma nieznaną wersję formatu.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>zawiera tabele lub kod, których pakiet nie może zawierać.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>nie można odczytać jego manifestu.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>jego manifest nie opisuje pakietu Pactesur.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>jego manifest jest niekompletny lub błędny.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>pole deleted ma wartość inną niż 0 i 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>zawiera nieznane pole „%1”</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>pole %1 ma nieprawidłowy typ</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>jeden z jego konfliktów ma nieprawidłową postać.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>jest uszkodzony lub jego odczyt trwa zbyt długo.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>nie można odczytać jego rekordów.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>rekord %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>ma nieprawidłowy identyfikator</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>ma nieprawidłowego właściciela</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>ma nieprawidłową datę</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>ma nieprawidłową wersję</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>nie można odczytać jego historii</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>historia pola „%1” jest nieprawidłowa</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>załącznik nie zgadza się ze swoim skrótem.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Pakiet %1 został utworzony w starszej wersji programu Pactesur (format pakietu %2; ta wersja odczytuje format %3). Poproś nadawcę o zaktualizowanie programu Pactesur i ponowny eksport.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Pakiet %1 nie jest podpisany ani zapieczętowany (format pakietu 2 lub starszy); ta wersja odczytuje tylko podpisane pakiety (format 3). Poproś nadawcę o aktualizację Pactesur i ponowny eksport.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Nie można utworzyć prywatnego folderu tymczasowego dla pakietu.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>jego manifest wskazuje innego nadawcę niż klucz, którym go podpisano.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>jego manifest zawiera więcej wpisów, niż może mieć pakiet.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>jego manifest zawiera klucz dłuższy, niż to dozwolone.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>jego manifest zawiera wartość dłuższą, niż to dozwolone (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Nie udało się odczytać pakietu %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Miasta uczestniczące</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Funkcjonariusze</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Miasto do dodania</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Dodaj miasto</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Dodaj wybrane miasto do uczestników</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected city's participation</source>
        <translation>Usuń udział zaznaczonego miasta</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
        <translation>Usuwa udział zaznaczonego miasta (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Usuń udział</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
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
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Ty (ta baza danych)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Dane początkowe</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Inny partner (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Łącznik nieznanego miasta</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Łącznik miasta %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>odczytywania kart praktyk</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Inne praktyki</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, w toku</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Od %1, w toku</translation>
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
        <translation>W toku</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Praktyki na rzecz bezpieczniejszych przestrzeni publicznych</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n karta praktyki</numerusform>
            <numerusform>%n karty praktyk</numerusform>
            <numerusform>%n kart praktyk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · broszura sporządzona %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Karty praktyk miast partnerskich</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Karty praktyk</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Data sporządzenia</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Ta broszura zawiera karty praktyk, które miasta partnerskie projektu %1 opracowały, a koordynator zatwierdził do publikacji. Każda jest podana po angielsku, jeśli gotowe jest tłumaczenie, a w przeciwnym razie w języku oryginału.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Ta broszura zawiera karty praktyk, które miasta partnerskie projektu %1 opracowały, a koordynator zatwierdził do publikacji. Każda jest podana w języku broszury (%2), jeśli gotowe jest tłumaczenie, a w przeciwnym razie po angielsku lub w języku oryginału.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Żadna karta praktyki nie jest jeszcze zatwierdzona i publiczna.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Ta praktyka nie jest jeszcze dostępna w języku broszury (%1); podano wersję: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Dostępne języki</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Szczegóły wybranego rekordu</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Ostatnia zmiana: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Wybierz rekord, aby zobaczyć wszystkie jego szczegóły.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Goszczone działania: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Karty praktyk: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Członkostwo w grupach roboczych: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Kontakty: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Powiązane</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Nowy rekord: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Edycja rekordu: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Wymagane</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Wszystkie miasta</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Dowolny termin</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Zaległy przegląd</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Wszystkie miasta wiodące</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Kontakty, których termin przeglądu już minął</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtr: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 kw. %2</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Wszystkie role</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Brak miast. Tutaj są wyświetlane miasta partnerskie projektu.</translation>
    </message>
    <message>
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Brak grup roboczych. Grupy robocze projektu wraz z tematem i miastem wiodącym pojawią się tutaj po ich zapisaniu.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
        <translation>Brak działań. Spotkania, szkolenia, wymiany i inne działania projektu pojawią się tutaj po ich zapisaniu.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Brak kart praktyk. Praktyki opisane przez miasta na potrzeby partnerstwa pojawią się tutaj po ich opracowaniu.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Brak zasobów. Przewodniki, materiały szkoleniowe i inne dokumenty projektu pojawią się tutaj po ich zapisaniu.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Brak kontaktów. Służbowe kontakty miast partnerskich pojawią się tutaj po ich zapisaniu.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtruj…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtruj: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n pasujący rekord</numerusform>
            <numerusform>%n pasujące rekordy</numerusform>
            <numerusform>%n pasujących rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
            <numerusform>%n rekordy</numerusform>
            <numerusform>%n rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Żaden rekord nie pasuje do filtru.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Brak rekordów.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Brak organizacji. Sieci, stowarzyszenia, formacje policji i inne organizacje, z którymi współpracuje projekt, pojawią się tutaj po ich zapisaniu.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Dodaje rekord do tej listy (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;dytuj…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Edytuje zaznaczony rekord (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>U&amp;suń dane…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Erase the selected contact's personal data</source>
        <translation>Usuwa dane osobowe zaznaczonego kontaktu</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Usuwa zaznaczony rekord (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Usunąć dane kontaktu „%1”? Dane osobowe zostaną trwale usunięte – tutaj i u wszystkich partnerów; tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Usunąć „%1”? Można to cofnąć poleceniem Edycja &gt; Cofnij.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Wyczyść filtry</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Pokaż ponownie wszystkie rekordy tej listy</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Rekordów typu %1 nie można tworzyć ani edytować bezpośrednio.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Taki rekord (%1) już istnieje (identyfikator: %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Nie ma rekordu (%1) o identyfikatorze %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Plik %1 jest za duży: załączniki mogą mieć maksymalnie %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ta baza danych nie ma jeszcze przypisanej roli. Najpierw wybierz rolę: koordynator lub łącznik miasta.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Jako łącznik miasta %1 możesz zmieniać tylko rekordy miasta %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>„%1” nie jest polem typu %2; dostępne pola: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Nieznany temat „%1”.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Pola %1 nie można zmienić po utworzeniu rekordu; zamiast tego utwórz nowy rekord.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Data zakończenia %1 jest wcześniejsza niż data rozpoczęcia %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Liczba kobiet (%1) nie może być większa niż liczba uczestników (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Liczba funkcjonariuszy policji (%1) nie może być większa niż liczba uczestników (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Nie znaleziono rekordu (%1) pasującego do „%2”.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>„%1” pasuje do więcej niż jednego rekordu (%2); podaj dłuższy fragment identyfikatora.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Nie znaleziono konfliktu pasującego do „%1”.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Rekord, którego dotyczy ten konflikt, już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>„%1” pasuje do więcej niż jednej wartości; podaj dłuższy fragment.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Żadna wartość tego konfliktu nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Nie można przywrócić kontaktu, którego dane zostały usunięte: jego dane osobowe już nie istnieją.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Pactesur nie przechowuje plików tego typu (%2): %1. Dołączaj dokumenty, arkusze kalkulacyjne, prezentacje, pliki PDF, obrazy lub pliki tekstowe.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>Pole „%1” jest wymagane (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Ta karta praktyki ma status „%1”: teraz może ją usunąć tylko koordynator.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Jako łącznik miasta %1 nie możesz przekazać tego rekordu innemu miastu.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Tylko koordynator weryfikuje karty praktyki.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>odczytu rekordu</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Nie wybrano roli</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Łącznik miasta %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Nieznana rola „%1”: oczekiwano „coordinator” lub „liaison”.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Nieznane miasto „%1”.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Ta baza danych jest już skonfigurowana dla roli „%1”; jej rekordy są oznaczone tą rolą, więc nie można jej zmienić. Aby użyć innej roli, utwórz nową bazę danych.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Nieprawidłowy identyfikator repliki „%1”.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>zapisywania roli</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>oznaczania zmiany</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>odczytu roli tej bazy danych</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Sprawozdanie z działań</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Tabela udziału</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Kalendarz działań</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Broszura praktyk</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Lista kart praktyk</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Najważniejsze dane i działania z danego okresu, według miast i tematów.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Uczestnicy według działań i miast, bez żadnych danych osobowych.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Działania z danego okresu jako wydarzenia dla dowolnej aplikacji kalendarza.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Zatwierdzone publiczne karty praktyk według tematów, w jednym języku.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Wszystkie karty praktyk z miastem, językiem, statusem i tematami.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Strona internetowa (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Arkusz kalkulacyjny (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Plik kalendarza (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Strony internetowe (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>jedna karta praktyki</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>działania w danym okresie, według miast i tematów</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>udział według działań i miast, bez danych osobowych</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>działania jako plik iCalendar dla aplikacji kalendarza</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>broszura zatwierdzonych publicznych kart praktyk, według tematów</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>lista kart praktyk</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 przyjmuje datę w formacie RRRR-MM-DD, a nie „%2”.</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Sprawozdanie %1 nie obejmuje okresu: pomiń --from i --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Okres kończy się (%1) przed swoim początkiem (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Nie ma języka „%1”; dostępne języki: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Nieznane sprawozdanie „%1”; dostępne sprawozdania: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Sprawozdanie %1 jest zapisywane w formacie %2, a nie „%3”.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Zapisano sprawozdanie w pliku %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Współfinansowane przez Unię Europejską</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Wyrażone poglądy i opinie są jedynie opiniami autora lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub Komisji Europejskiej. Unia Europejska ani organ przyznający finansowanie nie ponoszą za nie odpowiedzialności.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Nie można zapisać sprawozdania w pliku %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Nie można zapisać sprawozdania w pliku %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Nie można się upewnić, że sprawozdanie %1 zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Sprawozdanie zostało anulowane; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>To sprawozdanie jest zapisywane w formacie %1, a nie „%2”.</translation>
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
        <translation>Wszystkie daty</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Zapisz sprawozdanie</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Sprawozdania</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Sprawozdanie</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
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
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Pierwszy dzień okresu</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ostatni dzień okresu</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Postęp sprawozdania</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Zapi&amp;sz jako…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Wybierz sprawozdanie, a następnie zapisz je w pliku.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Zapisywanie sprawozdania… Przycisk Anuluj przerywa zapis; nie pozostaje żaden plik.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Sprawozdanie zostało zapisane jako:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Język sprawozdania</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Ten konflikt został w międzyczasie rozwiązany.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Rekord, którego dotyczy ten konflikt, już nie istnieje.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Usunięcie</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>rozwiązanie konfliktu w polu „%1” rekordu „%2”</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (już wysłane)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>To rozwiązanie konfliktu zostało już wysłane w pakiecie, więc nie można go cofnąć. Aby ponownie zmienić wartość, edytuj rekord.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Konflikt w pierwotnej postaci został już wysłany w pakiecie, więc tego rozwiązania nie można ponowić. Rozwiąż go ponownie w sekcji Konflikty.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>Rekord zmienił się od rozwiązania konfliktu (w wyniku importu lub edycji), więc tego kroku nie można powtórzyć.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>przywrócenie kopii zapasowej (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Wstaw link</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Adres internetowy lub e-mail (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Link można utworzyć tylko do adresów internetowych (http, https) i e-mail (mailto).</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Pogrubienie (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Kursywa (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista punktowana</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerowana</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Zamienia zaznaczenie w link do adresu internetowego lub e-mail (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Wyświetla w tekście obraz dołączony do tej karty</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Witamy w programie Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Kim jesteś w projekcie?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>To pytanie pojawia się tylko raz dla tej bazy danych: tworzone przez ciebie rekordy są oznaczane twoją rolą, więc nie można jej później zmienić.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordynator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>Łącznik &amp;miasta</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Łącznik miasta</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>M&amp;iasto:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Twoje miasto</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Potwierdź rolę</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Ta baza danych nie ma jeszcze przypisanej roli. Najpierw wybierz rolę: koordynator lub łącznik miasta.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>To jest karta tej samej bazy danych.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Łącznik miasta rejestruje tylko kartę koordynatora; pozostałe miasta przychodzą z rejestrem koordynatora.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>Karta wskazuje miasto, którego ta baza danych nie zna.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Klucze tej repliki zostały unieważnione; nie można ich ponownie zarejestrować.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Ta karta zawiera inne klucze niż zarejestrowane dla tej samej repliki: zmieniony klucz nigdy nie jest uznawany. Jeśli klucze naprawdę się zmieniły, unieważnij stare i utwórz nową bazę danych.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Według tej karty jej replika zapisuje dane w imieniu kogoś innego, niż zna ta baza danych.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>Odcisk klucza karty to %1, a nie ten, który otrzymałeś: karty nie zarejestrowano.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Tylko koordynator unieważnia klucze.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Żadna pojedyncza zarejestrowana replika nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>Koordynator nie może unieważnić własnych kluczy.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Rejestr w pakiecie jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Rejestr koordynatora przypisuje replice %1 inne klucze niż zarejestrowane tutaj; nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Nie można zapisać pakietu w %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Pakiet ma zbyt wielu odbiorców.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Pakiet %1 został odrzucony: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>jest uszkodzony lub został zmieniony po podpisaniu.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Nie można odczytać pakietu %1.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>jest większy, niż może być pakiet.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>nie jest pakietem Pactesur.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>został utworzony w innym formacie pakietu (%1; ta wersja odczytuje format %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>jest podpisany przez replikę, której ta baza danych nie zarejestrowała (replika %1, klucz %2). Zarejestruj jej kartę po porównaniu odcisku klucza.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>jest podpisany unieważnionymi kluczami (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>nie jest przeznaczony dla tej bazy danych.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Nie można tu otworzyć pakietu %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Szukany tekst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stan wyszukiwania</translation>
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
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Wpisz słowo lub jego początek; dopasowane muszą zostać wszystkie słowa.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Brak wyników dla „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n wynik dla „%1”.</numerusform>
            <numerusform>%n wyniki dla „%1”.</numerusform>
            <numerusform>%n wyników dla „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Szukaj miast, organizacji, grup roboczych, działań, kart praktyk, zasobów i kontaktów</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Nie udało się wczytać wbudowanych danych (%1 „%2”): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Nie udało się wczytać wbudowanych danych.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>dodanie: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>zmianę: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>usunięcie: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Dodaj obraz</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Dodaj załącznik</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 nie jest obrazem; dodano go do załączników.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Nie można ponownie odczytać załącznika %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Dodaj obraz z pliku…</translation>
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
        <translation>Załączniki tej karty</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Brak załączników. Zdjęcia, sprawozdania lub ulotki pomagają innym miastom wyobrazić sobie praktykę.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Dodaj plik…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Dodaje plik do tej karty</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Pokaż w tekście</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Wyświetla zaznaczony obraz w polu tekstowym, w którym ostatnio pisano</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Usuwa zaznaczony załącznik z tej karty</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Ta karta praktyki została usunięta; jej zmian nie można zapisać.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>zmianę: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Żadna karta praktyki nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Ta karta praktyki została usunięta. Zamknij to okno; polecenie Edycja &gt; Cofnij w oknie głównym ją przywróci.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Niektóre zmiany nie zostały zapisane: zobacz pola oznaczone na czerwono</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Edytowanie…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Wszystkie zmiany zapisane · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Tylko do odczytu</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Zmiany są zapisywane na bieżąco</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Karta praktyki bez tytułu</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Karta praktyki</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Nie udało się zapisać niektórych zmian; najpierw popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Przed przesłaniem wypełnij: %1. Lista kontrolna po lewej stronie prowadzi do każdego z tych pól.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Opublikować „%1”? Opublikowane karty wchodzą w skład zbioru praktyk projektu, dostępnego do odczytu dla wszystkich partnerów.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Nie udało się zapisać tych pól: %1. Zamknąć mimo to i utracić wpisany w nich tekst?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Zamknij mimo to</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Tytuł karty</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Miasto, język i poufność karty</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Co odzyskano</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Dlaczego ta karta jest tylko do odczytu</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Komunikat procesu weryfikacji</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Uwagi z weryfikacji</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Uwaga do karty…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Dodaje dla miasta uwagę z weryfikacji dotyczącą całej karty</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Ta baza danych jest otwarta tylko do odczytu: kartę można czytać i eksportować, ale nie zmieniać.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Przed pisaniem kart praktyk wybierz swoją rolę (koordynator lub łącznik miasta).</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Ta karta należy do miasta %1. Zmieniać ją mogą tylko łącznik miasta %1 i koordynator; możesz ją czytać i eksportować.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Przesłana do weryfikacji: koordynator ją czyta. Aby coś zmienić, najpierw ją wycofaj; wróci do wersji roboczej.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Ta karta ma status „%1”: teraz może ją zmieniać tylko koordynator. Jeśli trzeba coś poprawić, poproś go o odesłanie karty do poprawy.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>zmieniono %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>Koordynator poprosił o poprawki; jego uwaga jest wyświetlana nad formularzem.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>Koordynator poprosił o poprawki. Jego uwagi znajdują się obok pól, których dotyczą: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Cofnij %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Cofa ostatnią zapisaną zmianę tej karty</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ponów %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Ponawia ostatnio cofniętą zmianę</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Przetłumacz…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Tworzy powiązaną kopię tej karty w innym języku, wyświetlaną obok oryginału</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Eksportuje tę kartę do formatu PDF lub HTML albo ją drukuje</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Eksportuj jako &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Eksportuj jako &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
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
        <translation>Karta praktyki</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Eksportuj kartę praktyki jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Eksportuj kartę praktyki jako HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Strony internetowe (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Drukuj kartę praktyki</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Jeszcze nic nie zapisano.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Nadal trwa</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Wymagane do przesłania</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Uwaga…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Dodaje dla miasta uwagę z weryfikacji dotyczącą tego pola</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Uwaga z weryfikacji: %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Oryginał (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Tłumaczenie (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 w karcie oryginalnej</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>Oryginał zmienił to pole od ostatniej aktualizacji tłumaczenia.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Formularz karty praktyki</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identyfikacja</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Nazwa praktyki, do kogo należy, kiedy była realizowana i kto może ją czytać.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Kontekst i cele</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Dlaczego praktyka była potrzebna i co miała osiągnąć.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Działania i partnerzy</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Co zrobiono, z kim i jakim kosztem.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Wyniki i ewaluacja</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Co się zmieniło i skąd to wiadomo.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Możliwość przeniesienia i wnioski</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Co musi wiedzieć inne miasto, aby zrobić to samo – łącznie z niepowodzeniami.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>Osoba, do której partnerzy mogą się zwracać w sprawie tej praktyki.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Zdjęcia, sprawozdania i inne pliki; obrazy można też wyświetlać w tekście.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Krótka nazwa mówiąca, na czym polega praktyka, np. „Mediacja nocna na starym mieście”</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Trzy lub cztery zdania dla zabieganego czytelnika: co zrobiono, gdzie, dla kogo i z jakim skutkiem.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>Lokalna sytuacja, która wymagała tej praktyki: problem, gdzie i kiedy występuje, kogo dotyczy. Liczby są pomocne.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Co praktyka miała zmienić. Jeden cel na punkt listy, w miarę możliwości mierzalny.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Do kogo praktyka jest skierowana i do kogo dociera: mieszkańcy, młodzież, pracownicy branży nocnej, funkcjonariusze…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Co zrobiono, krok po kroku: działania, zaangażowany personel, harmonogram, narzędzia i metody.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Kto brał udział i jaki był wkład każdego z nich: służby policyjne, wydziały urzędu miasta, stowarzyszenia, firmy, mieszkańcy.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Przybliżony koszt i kto go pokrył: budżet miasta, finansowanie krajowe lub unijne, wkład niepieniężny.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Co się zmieniło, ze wskaźnikami: liczby przed i po, produkty, opinie mieszkańców lub partnerów.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Jak oceniono wyniki, kto to zrobił i jakie były wnioski z ewaluacji.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Czego potrzebowałoby inne miasto, aby zrobić to samo: warunki powodzenia, zasoby, co można dostosować.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Co zrobilibyście inaczej, co was zaskoczyło, rady dla miasta, które dopiero zaczyna. Niepowodzenia są mile widziane.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Zaznacz tematy projektu, do których przyczynia się praktyka.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Grupy robocze, które powinny przeczytać tę kartę.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Karty publiczne mogą trafić do publikacji projektu; karty „Tylko dla partnerów” pozostają w obrębie partnerstwa; karty „Tylko dla policji” są udostępniane wyłącznie służbom policyjnym.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Wybierz kontakt ze swojego miasta; jeśli go brakuje, najpierw dodaj go w sekcji Kontakty.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>Język, w którym napisano tę kartę.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikuj</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Tworzy nową kartę w wersji roboczej jako kopię zaznaczonej karty</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Przetłumacz…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Tworzy powiązane tłumaczenie zaznaczonej karty</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n słowo</numerusform>
            <numerusform>%n słowa</numerusform>
            <numerusform>%n słów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n uwaga</numerusform>
            <numerusform>%n uwagi</numerusform>
            <numerusform>%n uwag</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Sekcje karty</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Wymagane pola wypełnione</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Wymagane pola nadal puste</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Wymagane do przesłania: %1 z %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Pola wymagane do przesłania</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historia statusów</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Historia statusów karty</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Jeszcze nie przesłano</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Uwaga koordynatora do całej karty</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Uwaga koordynatora</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Na co miasto powinno najpierw zwrócić uwagę lub dlaczego karta nie jest jeszcze gotowa</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Co należy zmienić lub uzupełnić w tym polu</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Karta praktyki bez tytułu</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Tylko dla partnerów</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Zastrzeżone — tylko dla policji</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · karta praktyki wydrukowana %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Karta praktyki</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Otwórz oryginał</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Otwórz kartę oryginalną</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Oznacz jako aktualne</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Potwierdza, że to tłumaczenie odpowiada obecnej wersji oryginału</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>Oryginał tego tłumaczenia nie jest już dostępny.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Tłumaczenie karty „%1” (%2). Oryginał jest wyświetlany obok każdego pola.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Od tego czasu oryginał zmienił się w polach: %2 (wyróżnione poniżej).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Tłumaczenia tej karty:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (nieaktualne)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Otwórz tłumaczenie: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Żadna karta praktyki nie ma identyfikatora %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Ta karta sama jest tłumaczeniem: przetłumacz jej oryginał.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>Karta jest już napisana w tym języku.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Tłumaczenie na ten język już istnieje.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Karta praktyki bez tytułu</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Program Pactesur został nieoczekiwanie zamknięty, gdy karta „%1” była otwarta. Od jej otwarcia nic w niej nie zmieniono, z wyjątkiem ewentualnie kilku ostatnich sekund przed zamknięciem. Karta jest ponownie otwarta.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Program Pactesur został nieoczekiwanie zamknięty, gdy karta „%1” była otwarta. Wszystko do %2 zostało zachowane (%3); może brakować najwyżej ostatniej %n sekundy pisania przed zamknięciem programu. Karta jest ponownie otwarta, aby można było ją sprawdzić.</numerusform>
            <numerusform>Program Pactesur został nieoczekiwanie zamknięty, gdy karta „%1” była otwarta. Wszystko do %2 zostało zachowane (%3); może brakować najwyżej ostatnich %n sekund pisania przed zamknięciem programu. Karta jest ponownie otwarta, aby można było ją sprawdzić.</numerusform>
            <numerusform>Program Pactesur został nieoczekiwanie zamknięty, gdy karta „%1” była otwarta. Wszystko do %2 zostało zachowane (%3); może brakować najwyżej ostatnich %n sekund pisania przed zamknięciem programu. Karta jest ponownie otwarta, aby można było ją sprawdzić.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Uwagi z weryfikacji może dodawać tylko koordynator.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Tylko koordynator może nadać karcie praktyki status „%1”.</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Ta karta praktyki czeka na weryfikację. Przed zmianą wycofaj ją do wersji roboczej.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Ta karta praktyki ma status „%1”: teraz może ją zmieniać tylko koordynator. Poproś go o odesłanie karty do poprawy.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Tej karty praktyki nie można jeszcze przesłać – najpierw wypełnij: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Prześlij ponownie</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Prześlij do weryfikacji</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Poproś o poprawki</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Cofnij publikację</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Opublikuj…</translation>
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
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>odczytywania kart praktyk</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
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
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Na wykresach, na mapie i w kalendarzu klawisze strzałek przechodzą od elementu do elementu, a Enter otwiera wybrany.</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Aplikacja do koordynacji współpracy miast partnerskich projektu PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Używa bazy danych PLIK zamiast domyślnej.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Ustawia język interfejsu o kodzie KOD (en, fr, pl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pakiet</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Pakiet wymiany (.pactesur) do podglądu i zaimportowania.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[pakiet]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Przetłumacz kartę praktyki</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Tłumaczenie karty „%1” (%2) to osobna karta, powiązana z oryginałem. Edytor wyświetla oryginał obok każdego pola i oznacza pola, które później zmienią się w oryginale.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Już przetłumaczono na: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Język tłumaczenia</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Utwórz tłumaczenie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
            <numerusform>%n rekordy</numerusform>
            <numerusform>%n rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
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
        <translation>Nie można odczytać %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>połączenie zostało zamknięte, zanim pobrano cały plik</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>plik przekracza maksymalny rozmiar pakietu</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronizację anulowano.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>Skrzynka wymiany pod adresem %1 odrzuciła nazwę użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>Skrzynka wymiany nie zezwala na tę operację pod adresem %1 (403 Forbidden): sprawdź uprawnienia udostępniania folderu.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Na serwerze nie ma folderu %1: utwórz go lub sprawdź adres skrzynki wymiany.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>Skrzynka wymiany jest zablokowana przez inny program na serwerze (423 Locked); następna synchronizacja spróbuje ponownie.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>Serwer prosi o zmniejszenie liczby żądań (429 Too Many Requests); następna synchronizacja spróbuje ponownie.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>Skrzynka wymiany jest pełna: wyczerpano limit miejsca na serwerze (507). Zwolnij tam miejsce lub poproś administratora serwera o zwiększenie limitu.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Błąd serwera (%1) pod adresem %2; następna synchronizacja spróbuje ponownie.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>Serwer zwrócił kod %1 pod adresem %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>Skrzynka wymiany pod adresem %1 ma certyfikat, któremu ten komputer nie ufa: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>Nie można połączyć się ze skrzynką wymiany pod adresem %1: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Nie można odczytać listy zawartości %1 zwróconej przez serwer.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>Plik %1 w skrzynce wymiany przekracza maksymalny rozmiar pakietu.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Według pakietu replika %1 zapisuje w imieniu kogoś innego, niż wie o niej ta baza danych; niczego nie zmieniono.</translation>
    </message>
</context>
</TS>
