<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Λίστα</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Εμφάνιση των δραστηριοτήτων ως λίστα</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Ημερολόγιο</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Εμφάνιση των δραστηριοτήτων σε ημερολόγιο</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n δραστηριότητα</numerusform>
            <numerusform>%1: %n δραστηριότητες</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Εμφάνιση ενός μήνα</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Περίοδος του έργου</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Εμφάνιση της περιόδου του έργου</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Προηγούμενος μήνας (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Προηγούμενος μήνας</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Επόμενος μήνας (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Επόμενος μήνας</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Εμφάνιση της σημερινής ημέρας</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Εμφανιζόμενη περίοδος</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Δραστηριότητες του μήνα</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Δραστηριότητες κατά την περίοδο του έργου</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln δραστηριότητα στην περίοδο του έργου</numerusform>
            <numerusform>%Ln δραστηριότητες στην περίοδο του έργου</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n ακόμη</numerusform>
            <numerusform>+%n ακόμη</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n ακόμη δεν εμφανίζεται</numerusform>
            <numerusform>%n ακόμη δεν εμφανίζονται</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln δραστηριότητα αυτή την ημέρα: κάντε κλικ για να εμφανιστεί</numerusform>
            <numerusform>%Ln δραστηριότητες αυτή την ημέρα: κάντε κλικ για να εμφανιστούν</numerusform>
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
        <translation>(χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Πάρα πολλές δραστηριότητες για να σχεδιαστούν μία προς μία</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln δραστηριότητα</numerusform>
            <numerusform>%Ln δραστηριότητες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Επισύναψη αρχείου</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του αρχείου %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση αντιγράφου του %1: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Καμία εφαρμογή δεν μπόρεσε να ανοίξει το %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Αποθήκευση συνημμένου</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του αρχείου %1: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Συνημμένο αρχείο</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Όνομα συνημμένου αρχείου</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Τύπος και μέγεθος συνημμένου αρχείου</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Επισύναψη αρχείου…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Επισύναψη αρχείου σε αυτόν τον πόρο</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Άνοιγμα του συνημμένου αρχείου</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Αποθήκευση ως…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Αποθήκευση αντιγράφου του συνημμένου αρχείου</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Κανένα συνημμένο αρχείο</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Αντικατάσταση αρχείου…</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Το αρχείο είναι κατεστραμμένο: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n εγγραφή παραπέμπει σε εγγραφές που δεν υπάρχουν.</numerusform>
            <numerusform>%n εγγραφές παραπέμπουν σε εγγραφές που δεν υπάρχουν.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>Η έκδοση του σχήματος είναι %1, ενώ αυτή η έκδοση του Pactesur αναμένει την %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>μη αναμενόμενο: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>λείπει: %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>Η δομή της βάσης δεδομένων διαφέρει από αυτή που αναμένει το Pactesur: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Επικεφαλής πόλη</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Πόλη-εταίρος</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Συνδεδεμένη πόλη</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Δίκτυο</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Ένωση</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Ιδιωτική εταιρεία</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Κοινωνία των πολιτών</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Αστυνομία</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Πανεπιστήμιο</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Δημόσιο καθήκον</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Έννομο συμφέρον</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Συγκατάθεση</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Σύμβαση</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Νομική υποχρέωση</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Προγραμματισμένη</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργή</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Κλειστή</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Μέλος</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Παρατηρητής</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Συνάντηση</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Ανταλλαγή αστυνομικού προσωπικού</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Ακαδημία</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Εκπαίδευση</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Επίσκεψη μελέτης</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Εργαστήριο</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Διαδικτυακό σεμινάριο</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Επιτροπή καθοδήγησης</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Οδηγός</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Εκπαιδευτικό υλικό</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Δημοσίευση</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Κατευθυντήριες γραμμές ΕΕ</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Σύνολο δεδομένων</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Διαδικτυακός σύνδεσμος</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Υποβλήθηκε</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Ζητήθηκαν αλλαγές</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Επικυρώθηκε</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Δημοσιεύτηκε</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Δημόσιο</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Μόνο για εταίρους</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Μόνο για την αστυνομία</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Εκτελέστε pactesur-cli --help για να δείτε τις εντολές.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Η επιλογή %1 απαιτεί τιμή.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>Το --set δέχεται FIELD=VALUE, όχι «%1».</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Άγνωστη επιλογή %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Χρήση: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Άγνωστος τύπος «%1». Οι διαθέσιμοι τύποι είναι: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>Η εντολή init απαιτεί είτε --coordinator είτε --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>Η βάση δεδομένων %1 είναι έτοιμη. Ρόλος αυτού του αντιγράφου: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Βάση δεδομένων: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Αντίγραφο: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Χρήση: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>Η εντολή add απαιτεί τουλάχιστον ένα --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>Η εντολή edit απαιτεί τουλάχιστον ένα --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>Η βάση δεδομένων είναι σε καλή κατάσταση.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>Η βάση δεδομένων παρουσιάζει προβλήματα.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Σύνοψη κατάστασης: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Δεν δόθηκε εντολή.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Άγνωστη εντολή «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Δημιουργήθηκε %n εγγραφή.</numerusform>
            <numerusform>Δημιουργήθηκαν %n εγγραφές.</numerusform>
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
        <translation>Χρήση: pactesur-cli [--db FILE] COMMAND [επιλογές]

Εντολές:
  init [--coordinator | --city SLUG]   δημιουργία της βάσης δεδομένων και επιλογή ρόλου
  whoami [--json]                      εμφάνιση του ρόλου αυτού του αντιγράφου
  list KIND [--json]                   λίστα των εγγραφών ενός τύπου
  show KIND ID [--json]                εμφάνιση μίας εγγραφής
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       ακεραιότητα, σχήμα και σύνοψη κατάστασης
  export --out FILE [--full | --for PEER]   δημιουργία πακέτου ανταλλαγής
  import FILE [--dry-run] [--json]     συγχώνευση πακέτου (προηγείται αντίγραφο ασφαλείας)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  προσθήκη συνθετικών εγγραφών

Τύποι: %1
Βάση δεδομένων: %2, εκτός αν οριστεί άλλη με --db ή PACTESUR_DB.
Κωδικοί εξόδου: 0 ολοκληρώθηκε, 1 αποτυχία, 2 σφάλμα χρήσης, 3 απορρίφθηκαν τα δεδομένα εισόδου (δεν άλλαξε τίποτα).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Γράφτηκε %n εγγραφή στο αρχείο %1.</numerusform>
            <numerusform>Γράφτηκαν %n εγγραφές στο αρχείο %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Νέες: %1, ενημερωμένες: %2, αμετάβλητες: %3, διενέξεις: %4, απορριφθείσες: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Δοκιμαστική εκτέλεση: δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Όλες οι αλλαγές του πακέτου απορρίφθηκαν: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Διαγραφή των προσωπικών δεδομένων της επαφής %1;

Η διαγραφή είναι οριστική: δεν μπορεί να αναιρεθεί και θα διαβιβαστεί σε όλους τους εταίρους με την επόμενη ανταλλαγή.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Εξαγωγή προσωπικών δεδομένων</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Αρχεία JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του αρχείου %1: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Διαγραφή προσωπικών δεδομένων…</translation>
    </message>
    <message>
        <source>Erase this contact&apos;s personal data for good</source>
        <translation>Οριστική διαγραφή των προσωπικών δεδομένων αυτής της επαφής</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Εξαγωγή προσωπικών δεδομένων…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Εξαγωγή όσων δεδομένων τηρούνται για αυτή την επαφή</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Ημερομηνία επανεξέτασης</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Εκπρόθεσμη επανεξέταση (προθεσμία: %1)</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Δραστηριότητες κατά χρονολογική σειρά</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Περιγραφή του έργου</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Δεν έχει καταχωριστεί ακόμη έργο</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Ξεκινά σε %n ημέρα</numerusform>
            <numerusform>Ξεκινά σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Έληξε στις %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Ημέρα %1 από %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>Η βάση δεδομένων %1 είναι ήδη ανοιχτή σε άλλο παράθυρο ή πρόγραμμα του Pactesur. Κλείστε την εκεί και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Δεν είναι δυνατό το κλείδωμα της βάσης δεδομένων %1: δεν υπάρχει δικαίωμα εγγραφής στον φάκελό της.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Η βάση δεδομένων %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>την ενημέρωση της δομής της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Ο δίσκος είναι γεμάτος: δεν άλλαξε τίποτα. Ελευθερώστε χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Η βάση δεδομένων χρησιμοποιείται από άλλο πρόγραμμα: δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Σφάλμα βάσης δεδομένων κατά %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>Το αρχείο %1 δεν είναι βάση δεδομένων του Pactesur ή είναι κατεστραμμένο.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>Το αρχείο %1 δεν είναι βάση δεδομένων του Pactesur.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>το άνοιγμα της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Αυτή η βάση δεδομένων δημιουργήθηκε από νεότερη έκδοση του Pactesur (έκδοση σχήματος %1, ενώ αυτή η έκδοση υποστηρίζει έως την %2). Ενημερώστε το Pactesur για να την ανοίξετε.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Η βάση δεδομένων %1 χρειάζεται ενημέρωση, η οποία δεν μπορεί να γίνει όταν ανοίγει μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>την έναρξη μιας συναλλαγής</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>την αποθήκευση των αλλαγών</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>την αποθήκευση μιας εγγραφής</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>την ανάγνωση των εγγραφών</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη ρόλο. Επιλέξτε πρώτα έναν: συντονιστής ή σύνδεσμος πόλης.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Δεν έχει ληφθεί ακόμη κανένα πακέτο από «%1», οπότε δεν υπάρχει βάση για πακέτο που να περιέχει μόνο τις αλλαγές. Εξαγάγετε αντί γι’ αυτό πλήρες πακέτο.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Ο φάκελος %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Δεν είναι δυνατή η αποθήκευση του πακέτου %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε. Δεν δημιουργήθηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>ο δίσκος μπορεί να είναι γεμάτος</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Χρηματοδότηση</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Σύντομο όνομα</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Τοπική ονομασία</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Εκπρόσωπος</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Γεωγραφικό πλάτος</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Γεωγραφικό μήκος</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Αστυνομικό σώμα</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Θέματα εστίασης</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Email εργασίας</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Τηλέφωνο εργασίας</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Νομική βάση</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Επανεξέταση έως</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Μεταφρασμένες ονομασίες</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Επικεφαλής πόλη</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Στόχοι</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Ομάδα εργασίας</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Πόλη υποδοχής</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Τόπος</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Αποτελέσματα</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Δηλωμένος αριθμός συμμετεχόντων</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Δηλωμένος αριθμός πόλεων</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Συμμετέχοντες</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Γυναίκες</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Αστυνομικοί</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Θέματα</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Διαδικτυακός σύνδεσμος</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Συνημμένο</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Ομάδες εργασίας</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Πρωτότυπο δελτίο</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Ευαισθησία</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Έναρξη περιόδου</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Λήξη περιόδου</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Περίληψη</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Πλαίσιο και πρόβλημα</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Ομάδες-στόχοι</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Δράσεις και υλοποίηση</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Εταίροι</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Προϋπολογισμός και χρηματοδότηση</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Αποτελέσματα και δείκτες</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Δυνατότητα μεταφοράς</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Διδάγματα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Σημειώσεις ελέγχου</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος αρχείου</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Όνομα αρχείου</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Περιεχόμενο</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Τιμές</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Χρόνος</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Ανταποκριτής</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Αριθμοί</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Μη έγκυρη τιμή «%1» για το πεδίο %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Το πεδίο %1 είναι πολύ μεγάλο: επιτρέπονται έως %2 χαρακτήρες.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>δεν επιτρέπονται χαρακτήρες ελέγχου</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>αναμενόταν ακέραιος αριθμός, 0 ή μεγαλύτερος</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>αναμενόταν αριθμός</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>αναμενόταν αριθμός από %1 έως %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>αναμενόταν ημερομηνία στη μορφή ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>αναμενόταν true ή false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>αναμενόταν ένα από τα εξής: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>αναμενόταν κωδικός χώρας δύο γραμμάτων, π.χ. GR</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>αναμενόταν κωδικός γλώσσας δύο γραμμάτων, π.χ. el</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>αναμενόταν κωδικοί γλώσσας δύο γραμμάτων, χωρισμένοι με κόμματα</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>αναμενόταν διεύθυνση ιστού που αρχίζει με https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>αναμενόταν διεύθυνση email</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>αναμενόταν αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>αναμενόταν αναγνωριστικό ή σύντομο όνομα (slug)</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>αναμενόταν αντικείμενο JSON, π.χ. {&quot;el&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>αναμενόταν πεζά λατινικά γράμματα (a–z), ψηφία και παύλες</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>αναμενόταν σύνοψη SHA-256</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>το περιεχόμενο αρχείου δεν μπορεί να πληκτρολογηθεί</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>το πεδίο %1 έχει λάθος τύπο</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>το πεδίο %1 είναι εκτός επιτρεπτών ορίων</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>το πεδίο %1 είναι πολύ μεγάλο</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>το πεδίο %1 δεν είναι αναγνωριστικό</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>το πεδίο %1 δεν είναι λίστα</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>το πεδίο %1 δεν έχει τη μορφή αποθήκευσης</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Ορισμένη</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: ορισμένη</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Κωδικοί γλωσσών, π.χ. fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Βάσεις δεδομένων Pactesur (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Άνοιγμα βάσης δεδομένων</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Νέα βάση δεδομένων</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Μόνο η βάση δεδομένων του συντονιστή μπορεί να δημιουργήσει εγγραφές.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>ο σύνδεσμος πόλης μπορεί να αλλάζει μόνο τις εγγραφές της δικής του πόλης</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου αντιγράφων ασφαλείας %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>τη δημιουργία αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη ρόλο. Επιλέξτε πρώτα έναν: συντονιστής ή σύνδεσμος πόλης.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Αυτό το πακέτο εξήχθη από αυτή τη βάση δεδομένων. Δεν περιέχει τίποτα νέο.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Η εισαγωγή ακυρώθηκε. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Μια αλλαγή του πεδίου %1 σε διαγραμμένη επαφή απορρίφθηκε: η διαγραφή υπερισχύει.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>την εισαγωγή ενός πακέτου</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Το πακέτο παραπέμπει σε εγγραφές που δεν περιέχει. Δεν άλλαξε τίποτα.</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Έργο</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Έργα</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Πόλεις</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Οργανισμοί</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Θέματα</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Ομάδα εργασίας</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Ομάδες εργασίας</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Ιδιότητα μέλους</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Ιδιότητες μέλους</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Συμμετοχή</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Πόρος</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Πόροι</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Δελτίο πρακτικής</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Δελτία πρακτικής</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Συνημμένο</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Διένεξη</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Ανταλλαγή</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Ανταλλαγές</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Α&amp;κύρωση αναίρεσης</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Νέα βάση δεδομένων…</translation>
    </message>
    <message>
        <source>Create an empty database with the project&apos;s founding data</source>
        <translation>Δημιουργία κενής βάσης δεδομένων με τα βασικά δεδομένα του έργου</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Άν&amp;οιγμα βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Άνοιγμα άλλου αρχείου βάσης δεδομένων του Pactesur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Φιλτράρισμα των εγγραφών της τρέχουσας λίστας</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Πληροφορίες για το Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Πληροφορίες για το &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ενότητες</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Τρέχουσα ενότητα</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Πίνακας ελέγχου</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Αρχείο βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ο ρόλος σας</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Το αρχείο «%1» υπάρχει ήδη. Επιλέξτε άλλο όνομα ή ανοίξτε το με την εντολή «Άνοιγμα βάσης δεδομένων».</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Το αρχείο «%1» δεν υπάρχει.</translation>
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
        <translation>Το Pactesur βοηθά τις πόλεις-εταίρους του ευρωπαϊκού έργου PACTESUR 2 να συντονίζουν τις εργασίες τους: ποιος είναι ποιος, ομάδες εργασίας, δραστηριότητες και τα δελτία πρακτικής που μοιράζονται.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Άδεια χρήσης: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Έκδοση Qt: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Πληροφορίες για το Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>Εύρεση στη &amp;λίστα…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Γενική αναζήτηση…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Αναζήτηση σε όλες τις εγγραφές κάθε τύπου</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Νέα εγγραφή…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Προσθήκη εγγραφής στην τρέχουσα λίστα</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Επεξεργασία εγγραφής…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Επεξεργασία της επιλεγμένης εγγραφής της τρέχουσας λίστας</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Διαγραφή εγγραφής…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Διαγραφή της επιλεγμένης εγγραφής της τρέχουσας λίστας</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Πόλεις-μέλη</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Πόλη προς προσθήκη</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Προσθήκη πόλης</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Προσθήκη της επιλεγμένης πόλης ως μέλους</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Αφαίρεση της επιλεγμένης πόλης-μέλους</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Αφαίρεση της επιλεγμένης πόλης-μέλους (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Αφαίρεση μέλους</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Ρόλος: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>Το %1 δεν είναι έγκυρο πακέτο του Pactesur: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Το πακέτο %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>το αρχείο είναι κενό.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>το αρχείο υπερβαίνει το μέγιστο δυνατό μέγεθος πακέτου.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του πακέτου %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>δεν είναι αρχείο πακέτου.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>δεν είναι δυνατό να ανοιχτεί.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>είναι κατεστραμμένο.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>δεν δημιουργήθηκε από το Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Το πακέτο %1 δημιουργήθηκε από νεότερη έκδοση του Pactesur (μορφή πακέτου %2, ενώ αυτή η έκδοση διαβάζει τη μορφή %3). Ενημερώστε το Pactesur για να το εισαγάγετε.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>η έκδοση της μορφής του είναι άγνωστη.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>περιέχει πίνακες ή κώδικα που δεν επιτρέπεται να περιέχει ένα πακέτο.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>δεν είναι δυνατή η ανάγνωση του δηλωτικού του.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>το δηλωτικό του δεν περιγράφει πακέτο του Pactesur.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>το δηλωτικό του είναι ελλιπές ή εσφαλμένο.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>το πεδίο deleted δεν είναι 0 ή 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>έχει άγνωστο πεδίο «%1»</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>το πεδίο %1 έχει λάθος τύπο</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>μία από τις διενέξεις του έχει εσφαλμένη μορφή.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>είναι κατεστραμμένο ή η ανάγνωσή του είναι υπερβολικά αργή.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>δεν είναι δυνατή η ανάγνωση των εγγραφών του.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>εγγραφή %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>το αναγνωριστικό της δεν είναι έγκυρο</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>ο κάτοχός της δεν είναι έγκυρος</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>η ημερομηνία της δεν είναι έγκυρη</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>η έκδοσή της δεν είναι έγκυρη</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>δεν είναι δυνατή η ανάγνωση του ιστορικού της</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>το ιστορικό του πεδίου «%1» δεν είναι έγκυρο</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>ένα συνημμένο δεν αντιστοιχεί στην τιμή κατακερματισμού του.</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Συμμετέχουσες πόλεις</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Συμμετέχοντες</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Γυναίκες</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Αστυνομικοί</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Πόλη προς προσθήκη</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Προσθήκη πόλης</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Προσθήκη της επιλεγμένης πόλης στους συμμετέχοντες</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation</source>
        <translation>Αφαίρεση της συμμετοχής της επιλεγμένης πόλης</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
        <translation>Αφαίρεση της συμμετοχής της επιλεγμένης πόλης (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Αφαίρεση συμμετοχής</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Λεπτομέρειες της επιλεγμένης εγγραφής</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Τελευταία αλλαγή: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Επιλέξτε μια εγγραφή για να δείτε όλες τις λεπτομέρειές της.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Δραστηριότητες που φιλοξένησε: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Δελτία πρακτικής: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Ομάδες εργασίας στις οποίες είναι μέλος: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Επαφές: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Σχετικά στοιχεία</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Νέα εγγραφή: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Επεξεργασία εγγραφής: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Υποχρεωτικό</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Υποχρεωτικό</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Όλοι οι τύποι</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Όλες οι πόλεις</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Οποτεδήποτε</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Όλες οι γλώσσες</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Όλα τα θέματα</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Εκκρεμεί επανεξέταση</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Όλες οι επικεφαλής πόλεις</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Όλες οι χώρες</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Επαφές των οποίων η ημερομηνία επανεξέτασης έχει παρέλθει</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Φιλτράρισμα κατά: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Τ%1 %2</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Όλοι οι ρόλοι</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Δεν υπάρχουν ακόμη πόλεις. Εδώ εμφανίζονται οι πόλεις-εταίροι του έργου.</translation>
    </message>
    <message>
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Δεν υπάρχουν ακόμη ομάδες εργασίας. Οι ομάδες εργασίας του έργου, με το θέμα και την επικεφαλής πόλη τους, θα εμφανίζονται εδώ μόλις καταχωριστούν.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
        <translation>Δεν υπάρχουν ακόμη δραστηριότητες. Οι συναντήσεις, οι εκπαιδεύσεις, οι ανταλλαγές και οι άλλες δραστηριότητες του έργου θα εμφανίζονται εδώ μόλις καταχωριστούν.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Δεν υπάρχουν ακόμη δελτία πρακτικής. Οι πρακτικές που περιγράφουν οι πόλεις για τη σύμπραξη θα εμφανίζονται εδώ μόλις συνταχθούν.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Δεν υπάρχουν ακόμη πόροι. Οι οδηγοί, το εκπαιδευτικό υλικό και τα άλλα έγγραφα του έργου θα εμφανίζονται εδώ μόλις καταχωριστούν.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Δεν υπάρχουν ακόμη επαφές. Οι επαγγελματικές επαφές των πόλεων-εταίρων θα εμφανίζονται εδώ μόλις καταχωριστούν.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Φιλτράρισμα…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Φιλτράρισμα: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n εγγραφή που ταιριάζει</numerusform>
            <numerusform>%n εγγραφές που ταιριάζουν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n εγγραφή</numerusform>
            <numerusform>%n εγγραφές</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Καμία εγγραφή δεν ταιριάζει με το φίλτρο.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Δεν υπάρχουν ακόμη εγγραφές.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Όλοι οι τύποι</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Δεν υπάρχουν ακόμη οργανισμοί. Τα δίκτυα, οι ενώσεις, οι αστυνομικές υπηρεσίες και οι άλλοι οργανισμοί με τους οποίους συνεργάζεται το έργο εμφανίζονται εδώ μόλις καταχωριστούν.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Νέα…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Προσθήκη εγγραφής σε αυτή τη λίστα (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Επεξεργασία της επιλεγμένης εγγραφής (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Διαγραφή δεδομένων…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Erase the selected contact&apos;s personal data</source>
        <translation>Διαγραφή των προσωπικών δεδομένων της επιλεγμένης επαφής</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Διαγραφή της επιλεγμένης εγγραφής (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Διαγραφή της επαφής «%1»; Η διαγραφή αφαιρεί οριστικά τα προσωπικά δεδομένα, εδώ και σε κάθε εταίρο, και δεν μπορεί να αναιρεθεί.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Διαγραφή του στοιχείου «%1»; Μπορείτε να το επαναφέρετε με Επεξεργασία &gt; Αναίρεση.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Οι εγγραφές τύπου %1 δεν μπορούν να δημιουργηθούν ή να τροποποιηθούν απευθείας.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Η εγγραφή υπάρχει ήδη (%1, αναγνωριστικό %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Δεν υπάρχει εγγραφή (%1) με αναγνωριστικό %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Το αρχείο %1 είναι πολύ μεγάλο: τα συνημμένα περιορίζονται στα %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη ρόλο. Επιλέξτε πρώτα έναν: συντονιστής ή σύνδεσμος πόλης.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Ως σύνδεσμος της πόλης %1 μπορείτε να αλλάζετε μόνο τις εγγραφές της πόλης %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>Το «%1» δεν είναι πεδίο του τύπου %2. Τα διαθέσιμα πεδία είναι: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Άγνωστο θέμα «%1».</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Το πεδίο %1 δεν μπορεί να αλλάξει μετά τη δημιουργία της εγγραφής. Δημιουργήστε νέα εγγραφή.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Η ημερομηνία λήξης %1 είναι πριν από την ημερομηνία έναρξης %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Οι γυναίκες (%1) δεν μπορούν να είναι περισσότερες από τους συμμετέχοντες (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Οι αστυνομικοί (%1) δεν μπορούν να είναι περισσότεροι από τους συμμετέχοντες (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Δεν βρέθηκε εγγραφή (%1) που να αντιστοιχεί σε «%2».</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>Το «%1» αντιστοιχεί σε περισσότερες από μία εγγραφές (%2). Δώστε μεγαλύτερο μέρος του αναγνωριστικού.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Καμία διένεξη δεν αντιστοιχεί σε «%1».</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Η εγγραφή αυτής της διένεξης δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>Το «%1» αντιστοιχεί σε περισσότερες από μία τιμές. Δώστε μεγαλύτερο μέρος του.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Καμία τιμή αυτής της διένεξης δεν αντιστοιχεί σε «%1».</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Μια διαγραμμένη επαφή δεν μπορεί να επανέλθει: τα προσωπικά της δεδομένα έχουν διαγραφεί.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Το αρχείο %1 είναι τύπου που δεν φυλάσσει το Pactesur (%2). Επισυνάψτε έγγραφα, υπολογιστικά φύλλα, παρουσιάσεις, αρχεία PDF, εικόνες ή κείμενο.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>Το πεδίο «%1» είναι υποχρεωτικό (%2).</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Δεν έχει επιλεγεί ρόλος</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Συντονιστής</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Σύνδεσμος της πόλης %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Άγνωστος ρόλος «%1»: αναμενόταν συντονιστής ή σύνδεσμος πόλης.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Άγνωστη πόλη «%1».</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Αυτή η βάση δεδομένων έχει ήδη ρυθμιστεί για τον ρόλο «%1». Οι εγγραφές της φέρουν αυτή τη σήμανση, επομένως ο ρόλος δεν μπορεί να αλλάξει. Για άλλον ρόλο, δημιουργήστε νέα βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Μη έγκυρο αναγνωριστικό αντιγράφου «%1».</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>την αποθήκευση του ρόλου</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>τη σήμανση μιας αλλαγής</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Καλώς ήρθατε στο Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Ποιος είναι ο ρόλος σας στο έργο;</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Η ερώτηση τίθεται μία φορά για αυτή τη βάση δεδομένων: οι εγγραφές που δημιουργείτε φέρουν τη σήμανση του ρόλου σας, επομένως ο ρόλος δεν μπορεί να αλλάξει αργότερα.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Συντονιστής</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Συντονιστής</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>Σύνδεσμος &amp;πόλης</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Σύνδεσμος πόλης</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Πό&amp;λη:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Η πόλη σας</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Επιβεβαίωση του ρόλου</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Αναζήτηση σε πόλεις, δραστηριότητες, δελτία, πόρους και επαφές</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Κείμενο αναζήτησης</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Κατάσταση αναζήτησης</translation>
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
        <translation>(χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Πληκτρολογήστε μια λέξη ή την αρχή της. Πρέπει να ταιριάζουν όλες οι λέξεις.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Κανένα αποτέλεσμα για «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n αποτέλεσμα για «%1».</numerusform>
            <numerusform>%n αποτελέσματα για «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των ενσωματωμένων δεδομένων (%1 «%2»): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των ενσωματωμένων δεδομένων.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Προσθήκη: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Επεξεργασία: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Διαγραφή: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Εφαρμογή συντονισμού για τις πόλεις-εταίρους του PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Χρήση της βάσης δεδομένων ΑΡΧΕΙΟ αντί της προεπιλεγμένης.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ΑΡΧΕΙΟ</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Χρήση της γλώσσας διεπαφής ΚΩΔΙΚΟΣ (en, fr, el, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>ΚΩΔΙΚΟΣ</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n εγγραφή</numerusform>
            <numerusform>%n εγγραφές</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
</context>
</TS>
