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
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
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
  export --out FILE [--full | --for PEER]   zapisuje pakiet wymiany
  import FILE [--dry-run] [--json]     scala pakiet (najpierw tworzy kopię zapasową)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  dodaje rekordy syntetyczne

Typy: %1
Baza danych: %2, chyba że --db lub PACTESUR_DB wskazuje inną.
Kody wyjścia: 0 – wykonano, 1 – błąd, 2 – błąd użycia, 3 – odrzucono dane wejściowe (nic nie zmieniono).</translation>
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
        <source>Erase this contact&apos;s personal data for good</source>
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
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Działania w kolejności chronologicznej</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Opis projektu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Nie zapisano jeszcze żadnego projektu</translation>
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
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Dzień %1 z %2 (%3%)</translation>
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
        <source>reading records</source>
        <translation>odczytywania rekordów</translation>
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
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>oczekiwano obiektu JSON, np. {&quot;pl&quot;: &quot;…&quot;}</translation>
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
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Rekordy może generować tylko baza danych koordynatora.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>łącznik miasta może zmieniać tylko rekordy własnego miasta</translation>
    </message>
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
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
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
        <source>Create an empty database with the project&apos;s founding data</source>
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
        <source>Remove the selected city&apos;s participation</source>
        <translation>Usuń udział zaznaczonego miasta</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
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
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Brak grup roboczych. Grupy robocze projektu wraz z tematem i miastem wiodącym pojawią się tutaj po ich zapisaniu.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact&apos;s personal data</source>
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
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Szukaj miast, działań, kart praktyk, zasobów i kontaktów</translation>
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
</TS>
