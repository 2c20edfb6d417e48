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
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>την ανάγνωση των δραστηριοτήτων</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>την ανάγνωση της συμμετοχής</translation>
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
        <translation>Αναφορά δραστηριοτήτων</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · αναφορά που συντάχθηκε στις %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Βασικά στοιχεία</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Δραστηριότητα ανά πόλη</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Δραστηριότητα ανά θέμα</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Δραστηριότητες ανά τύπο</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Πόλεις που συμμετείχαν</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Συμμετέχοντες</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Αστυνομικοί</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Γυναίκες</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Ολοκληρώθηκαν: %1 · προγραμματισμένες: %2 · ακυρώθηκαν: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Οι συμμετέχοντες είναι οι αριθμοί που έδωσαν οι πόλεις για κάθε δραστηριότητα. Όπου καμία πόλη δεν έδωσε αριθμούς, μετρά το σύνολο που δηλώθηκε για τη δραστηριότητα.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Φιλοξένησε</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Συμμετείχε</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Όλες οι πόλεις</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Μια δραστηριότητα μετρά στο θέμα της ομάδας εργασίας της. Τα δελτία πρακτικής είναι όλα τα δελτία για το θέμα μέχρι σήμερα, ανεξάρτητα από την κατάστασή τους. Οι μεταφράσεις δεν μετρούν.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Δελτία πρακτικής</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Επικυρωμένα ή δημοσιευμένα</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Χωρίς θέμα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Καμία δραστηριότητα σε αυτή την περίοδο.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ημερομηνίες</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Πόλεις</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Αναγνωριστικό</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Ημερομηνία σύνταξης</translation>
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
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
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
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>γράφτηκε από αντίγραφο που δεν γνωρίζει αυτή η βάση δεδομένων</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>ο σύνδεσμος πόλης μπορεί να αλλάζει μόνο τις εγγραφές της δικής του πόλης</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>ο σύνδεσμος πόλης δεν μπορεί να παραχωρήσει μια εγγραφή σε άλλη πόλη</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>μόνο ο συντονιστής ελέγχει τα δελτία πρακτικής</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>ο κάτοχος μιας εγγραφής δεν αλλάζει ποτέ</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>ο κάτοχός της δεν μπορεί να έχει εγγραφή αυτού του είδους</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αντιγράφου ασφαλείας %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Το αντίγραφο ασφαλείας %1 δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>Το αντίγραφο ασφαλείας %1 ανήκει σε άλλη βάση δεδομένων και δεν μπορεί να επαναφερθεί εδώ.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>την επαναφορά ενός αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Δεν ήταν δυνατό να αφαιρεθούν τα προσωπικά δεδομένα των διαγραμμένων επαφών από το αντίγραφο ασφαλείας %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Πριν από κάθε εισαγωγή και κάθε επαναφορά δημιουργείται αντίγραφο ασφαλείας ολόκληρης της βάσης δεδομένων. Μετά από μια εισαγωγή διατηρούνται τα δέκα πιο πρόσφατα. Βρίσκονται στον φάκελο %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 στις %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Επαναφορά του αντιγράφου ασφαλείας (%1);
Η βάση δεδομένων σας θα επανέλθει στην κατάσταση που είχε τότε. Η τρέχουσα κατάστασή της αποθηκεύεται πρώτα σε νέο αντίγραφο ασφαλείας και μπορείτε να την επαναφέρετε με Επεξεργασία ▸ Αναίρεση.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Επαναφορά του αντιγράφου ασφαλείας…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Ημερομηνία δημιουργίας</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Επαναφορά…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Εμφάνιση του φακέλου</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Δεν υπάρχουν ακόμη αντίγραφα ασφαλείας.

Το πρώτο δημιουργείται όταν εισάγετε ένα πακέτο.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>Δραστηριότητες %1</translation>
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
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη ρόλο. Επιλέξτε πρώτα έναν: συντονιστής ή σύνδεσμος πόλης.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Αυτό το αρχείο δεν είναι κάρτα ταυτότητας του Pactesur ή είναι κατεστραμμένο.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της κάρτας %1.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Δεν είναι δυνατή η εγγραφή της κάρτας στο %1.</translation>
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
        <translation>Δεν έχει καταχωριστεί περίοδος έργου</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Σήμερα, %1: το έργο δεν έχει ξεκινήσει ακόμη</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Σήμερα, %1: το έργο έχει ολοκληρωθεί</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Σήμερα, %1</translation>
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
    <message>
        <source>Further commands:</source>
        <translation>Άλλες εντολές:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη ρόλο. Επιλέξτε πρώτα έναν: συντονιστής ή σύνδεσμος πόλης.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Αποτύπωμα: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Καταχωρίστηκε το %1, αποτύπωμα %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Έχει ήδη καταχωριστεί: %1, αποτύπωμα %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου κωδικού πρόσβασης %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Δεν έχει οριστεί θυρίδα. Ορίστε μία με: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Θυρίδα: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Χρήστης: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Πακέτα που δημοσιεύτηκαν: %1· δεν τα έχουν λάβει ακόμη όλοι οι παραλήπτες: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Δεν έχει γίνει ποτέ συγχρονισμός.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Η θυρίδα ορίστηκε: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Πακέτα που στάλθηκαν: %1, ελήφθησαν: %2, εισήχθησαν: %3· νέες διενέξεις: %4· απορρίφθηκαν: %5.</translation>
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
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       δημιουργία υπογεγραμμένου, σφραγισμένου πακέτου ανταλλαγής
  import FILE [--dry-run] [--json]     συγχώνευση πακέτου (προηγείται αντίγραφο ασφαλείας)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              αποτύπωμα αυτού του αντιγράφου· το μητρώο
  keys export --out FILE               εγγραφή της κάρτας ταυτότητας αυτού του αντιγράφου σε αρχείο
  keys trust CARD [--fingerprint FP]   καταχώριση κάρτας μετά από σύγκριση των αποτυπωμάτων
  keys revoke REPLICA                  ανάκληση της εμπιστοσύνης στα κλειδιά ενός αντιγράφου
  mailbox set URL [--user USER]        ορισμός της θυρίδας WebDAV ή του φακέλου συγχρονισμού
  mailbox show [--json]                εμφάνιση της θυρίδας και όσων περιέχει για εμάς
  sync [--password-file FILE] [--json] ένας γύρος αυτόματης ανταλλαγής
                                       (ή ο κωδικός πρόσβασης στο PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       προσθήκη συνθετικών εγγραφών

Τύποι: %1
Βάση δεδομένων: %2, εκτός αν οριστεί άλλη με --db ή PACTESUR_DB.
Κωδικοί εξόδου: 0 ολοκληρώθηκε, 1 αποτυχία (για το sync: η θυρίδα δεν ήταν προσβάσιμη ή ο γύρος
δεν ολοκληρώθηκε), 2 σφάλμα χρήσης, 3 απορρίφθηκαν τα δεδομένα εισόδου (δεν άλλαξε τίποτα· για
το sync: απορρίφθηκαν πακέτα).</translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictInbox</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Διαγραφή ή διατήρηση</translation>
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
        <source>Last change</source>
        <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Ανοιχτές διενέξεις</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Δεν υπάρχουν ανοιχτές διενέξεις.
Όταν ένα πακέτο φέρνει διαφορετική τιμή για ένα πεδίο που αλλάξατε κι εσείς, και οι δύο τιμές περιμένουν εδώ να επιλέξετε.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n ανοιχτή διένεξη. Εμφανίζονται οι %1 πιο πρόσφατες.</numerusform>
            <numerusform>%n ανοιχτές διενέξεις. Εμφανίζονται οι %1 πιο πρόσφατες.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n ανοιχτή διένεξη. Επιλέξτε την τιμή που θα διατηρηθεί. Μπορείτε να αναιρέσετε την επιλογή μέχρι την επόμενη εξαγωγή πακέτου.</numerusform>
            <numerusform>%n ανοιχτές διενέξεις. Επιλέξτε την τιμή που θα διατηρηθεί. Μπορείτε να αναιρέσετε την επιλογή μέχρι την επόμενη εξαγωγή πακέτου.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Εμφάνιση της εγγραφής</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Διατήρηση όσων έγραψα</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Δεν έχει επιλεγεί διένεξη</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Επιλέξτε μια διένεξη στη λίστα για να δείτε τις τιμές της δίπλα δίπλα.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 «%2»: διαγράφηκε στη μία πλευρά, τροποποιήθηκε στην άλλη</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>Η εγγραφή διατηρείται μέχρι να επιλέξετε. Διατηρήστε την ή διαγράψτε την, όπως ζήτησε η μία πλευρά.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Αυτό το πεδίο άλλαξε σε δύο σημεία πριν γίνει ανταλλαγή πακέτων. Διατηρούνται και οι δύο τιμές μέχρι να επιλέξετε μία ή να γράψετε μία που τις συνδυάζει.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Τιμή προς διατήρηση</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Ή γράψτε την τιμή που θα διατηρηθεί, για παράδειγμα μία που συνδυάζει και τις δύο:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Τιμή %1 (εμφανίζεται τώρα)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Τιμή %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Γράφτηκε από: %1, %2 στις %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Διαγραφή της εγγραφής</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Διατήρηση της εγγραφής</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Διατήρηση αυτής της τιμής</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγράφηκε</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Διατηρήθηκε, με τις αλλαγές της άλλης πλευράς</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
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
        <source>Erase this contact's personal data for good</source>
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
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Κάντε κλικ σε έναν αριθμό για να δείτε τις εγγραφές από τις οποίες προκύπτει, σε μια πόλη για να την ανοίξετε, σε μια ημερομηνία για να ανοίξετε τη δραστηριότητα. Κάντε κλικ στον τίτλο μιας στήλης για ταξινόμηση.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Αριθμοί κάθε πόλης-εταίρου</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: κάντε κλικ για να την ανοίξετε</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Καμία δραστηριότητα μέχρι σήμερα</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Κάντε κλικ για να τις δείτε.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Πιο πρόσφατη</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>Η πιο πρόσφατη δραστηριότητα που φιλοξένησε η πόλη ή στην οποία συμμετείχε, μέχρι σήμερα.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Αστυνομικοί σε ανταλλαγές</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Δραστηριότητες που φιλοξένησε</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Φιλοξένησε</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Δραστηριότητες που φιλοξενεί ή φιλοξένησε η πόλη. Όσες ακυρώθηκαν δεν μετρούν.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Δραστηριότητες που φιλοξένησε η πόλη %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Δραστηριότητες με συμμετοχή</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Συμμετείχε</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Δραστηριότητες που φιλοξένησε άλλη πόλη ή που έγιναν διαδικτυακά, στις οποίες έχει καταχωριστεί η συμμετοχή της πόλης.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Δραστηριότητες με συμμετοχή της πόλης %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Αστυνομικοί που στάλθηκαν</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Απέστειλε</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Αστυνομικοί της πόλης που έχουν καταχωριστεί σε ανταλλαγές αστυνομικού προσωπικού τις οποίες φιλοξένησε άλλη πόλη.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Αστυνομικοί που έστειλε η πόλη %1 σε ανταλλαγές αστυνομικού προσωπικού</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Αστυνομικοί που υποδέχθηκε</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Υποδέχθηκε</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Αστυνομικοί άλλων πόλεων που έχουν καταχωριστεί σε ανταλλαγές αστυνομικού προσωπικού τις οποίες φιλοξένησε η πόλη.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Αστυνομικοί που υποδέχθηκε η πόλη %1 σε ανταλλαγές αστυνομικού προσωπικού</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Δελτία πρακτικής της πόλης, ανεξάρτητα από την κατάστασή τους. Μια μετάφραση δεν μετρά ως άλλο δελτίο.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Δελτία πρακτικής της πόλης %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Δελτία πρακτικής: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Δελτία πρακτικής της πόλης με την κατάσταση «%1». Μια μετάφραση δεν μετρά ως άλλο δελτίο.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Δελτία πρακτικής της πόλης %1: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Ομάδες εργασίας</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Ομάδες εργασίας στις οποίες η πόλη είναι μέλος.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Ομάδες εργασίας της πόλης %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Επαφές προς επανεξέταση</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Επαφές της πόλης των οποίων η ημερομηνία επανεξέτασης έχει παρέλθει: ελέγξτε ότι εξακολουθούν να χρειάζονται και ότι είναι σωστές.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Επαφές της πόλης %1 προς επανεξέταση</translation>
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
        <translation>Πιο πρόσφατη δραστηριότητα: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Κάντε κλικ για να δείτε τις εγγραφές από τις οποίες προκύπτει ο επιλεγμένος αριθμός.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Χρωματισμός των πόλεων κατά:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Αριθμός που εμφανίζει ο χάρτης</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Τοποθετήστε τον δείκτη σε μια πόλη για να δείτε τους αριθμούς της. Κάντε κλικ σε αυτή για να δείτε τις εγγραφές από τις οποίες προκύπτει ο επιλεγμένος αριθμός.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Δεδομένα χάρτη: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Χάρτης των πόλεων-εταίρων: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n πόλη χωρίς συντεταγμένες δεν μπορεί να τοποθετηθεί στον χάρτη.</numerusform>
            <numerusform>%n πόλεις χωρίς συντεταγμένες δεν μπορούν να τοποθετηθούν στον χάρτη.</numerusform>
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
        <translation>Δραστηριότητες που ξεκίνησαν πριν από τις %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Δραστηριότητες που ξεκίνησαν στο %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Δραστηριότητες που ξεκίνησαν μετά τις %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Δελτία πρακτικής με την κατάσταση «%1»</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Δελτία πρακτικής με θέμα «%1»</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Δραστηριότητες ανά τρίμηνο</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Συμμετέχοντες ανά τύπο δραστηριότητας</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Δελτία πρακτικής ανά κατάσταση</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Δελτία πρακτικής ανά θέμα</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Περίοδος του έργου, σήμερα και ορόσημα</translation>
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
        <translation>Ολοκληρώθηκε στις %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>Ημέρα %1 από %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Κάντε κλικ για να ανοίξετε αυτή τη δραστηριότητα.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Σε αυτή τη γραμμή εμφανίζονται τα ορόσημα: οι δραστηριότητες των οποίων οι συμμετέχοντες ή οι πόλεις δηλώνονται για ολόκληρη τη σύμπραξη.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Ορόσημα: οι δραστηριότητες των οποίων οι συμμετέχοντες ή οι πόλεις δηλώνονται για ολόκληρη τη σύμπραξη. Κάντε κλικ σε ένα για να το ανοίξετε.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Πόλεις-εταίροι</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Προγραμματισμένες ή ολοκληρωμένες. Όσες ακυρώθηκαν δεν μετρούν.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Συμμετέχοντες</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Καταχωρισμένοι από τις πόλεις</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Από δημόσιες αναφορές</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Γυναίκες μεταξύ των συμμετεχόντων</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Από τους %1 συμμετέχοντες για τους οποίους έχει καταχωριστεί ο αριθμός των γυναικών.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Καμία εγγραφή συμμετοχής δεν αναφέρει ακόμη τον αριθμό των γυναικών.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Αστυνομικοί σε ανταλλαγές</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Αστυνομικοί που έστειλε η πόλη τους σε ανταλλαγές αστυνομικού προσωπικού τις οποίες φιλοξένησε άλλη πόλη.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Δραστηριότητες, προγραμματισμένες ή ολοκληρωμένες</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Δραστηριότητες με συμμετέχοντες</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Εγγραφές συμμετοχής που αναφέρουν τον αριθμό των γυναικών</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Αστυνομικοί που στάλθηκαν σε ανταλλαγές αστυνομικού προσωπικού τις οποίες φιλοξένησε άλλη πόλη</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n δραστηριότητα</numerusform>
            <numerusform>%1: %n δραστηριότητες</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Νωρίτερα</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Δεν υπάρχουν ακόμη δραστηριότητες.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: %2 συμμετέχοντες (%3 καταχωρισμένοι από τις πόλεις, %4 από δημόσιες αναφορές)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Δεν έχουν καταχωριστεί ή δηλωθεί ακόμη συμμετέχοντες.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Οι δημόσιες αναφορές δίνουν ορισμένα σύνολα χωρίς να αναφέρουν πόσα άτομα ήρθαν από κάθε πόλη. Ένα τέτοιο σύνολο μετρά εδώ για τη δραστηριότητά του όταν καμία πόλη δεν έχει καταχωρίσει τη συμμετοχή της, και ποτέ στους αριθμούς μιας πόλης.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Συμμετέχοντες καταχωρισμένοι από τις πόλεις σε δραστηριότητες του τύπου «%1»</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Συμμετέχοντες από δημόσιες αναφορές σε δραστηριότητες του τύπου «%1»</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Δεν υπάρχουν ακόμη δελτία πρακτικής. Θα μετρούν εδώ μόλις τα συντάξουν οι πόλεις.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n δελτίο πρακτικής</numerusform>
            <numerusform>%1: %n δελτία πρακτικής</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n δραστηριότητα</numerusform>
            <numerusform>%n δραστηριότητες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n συμμετέχων</numerusform>
            <numerusform>%n συμμετέχοντες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n δελτίο πρακτικής</numerusform>
            <numerusform>%n δελτία πρακτικής</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n εγγραφή της λίστας «%1».</numerusform>
            <numerusform>%n εγγραφές της λίστας «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, το άθροισμα για %n εγγραφή της λίστας «%3».</numerusform>
            <numerusform>%1: %2, το άθροισμα για %n εγγραφές της λίστας «%3».</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Εγγραφές από τις οποίες προκύπτει ένας αριθμός</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Άν&amp;οιγμα</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Άνοιγμα της επιλεγμένης εγγραφής στην ενότητά της</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Κάντε διπλό κλικ σε μια γραμμή για να ανοίξετε τη δραστηριότητά της, όπου εμφανίζεται αυτή η συμμετοχή.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Κάντε διπλό κλικ σε μια εγγραφή για να την ανοίξετε στην ενότητά της.</translation>
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
        <translation>Τ%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Έργο</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Πόλεις</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Χάρτης</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Πίνακας ελέγχου</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Ανάγνωση των αριθμών…</translation>
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
        <source>building the search index</source>
        <translation>τη δημιουργία του ευρετηρίου αναζήτησης</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Καταχώριση κάρτας</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Συγκρίνετε το αποτύπωμα πριν εμπιστευτείτε αυτή την κάρτα</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Σύμφωνα με την κάρτα, ανήκει σε: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Αντίγραφο %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Αποτύπωμα της κάρτας:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Αποτύπωμα της κάρτας</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Τηλεφωνήστε στο πρόσωπο στο οποίο ανήκει, ή συναντηθείτε μαζί του, και ζητήστε του να διαβάσει φωναχτά το αποτύπωμά του (Ανταλλαγές ▸ Κλειδιά στο δικό του Pactesur). Καταχωρίστε την κάρτα μόνο αν κάθε ομάδα ψηφίων είναι ίδια: οποιοσδήποτε μπορεί να φτιάξει μια κάρτα που ισχυρίζεται ότι ανήκει σε κάποιον άλλο.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Αποτύπωμα που σας διάβασαν (προαιρετικά: αν το πληκτρολογήσετε, το Pactesur το συγκρίνει):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Αποτύπωμα που σας διάβασαν</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>π.χ. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Καταχώριση: τα αποτυπώματα ταιριάζουν</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Καταχώριση της κάρτας</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Εισαγωγή πακέτου</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Πακέτα Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Εξαγωγή πακέτου…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Αποθήκευση αρχείου πακέτου για αποστολή στους εταίρους σας</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>Ει&amp;σαγωγή πακέτου…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Άνοιγμα αρχείου πακέτου που σας έστειλε ένας εταίρος: δείτε τι αλλάζει και, στη συνέχεια, εφαρμόστε το</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Πακέτα που ελήφθησαν και εστάλησαν</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Κλειδιά</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Αποθήκευση του πακέτου</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Πακέτα Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε. Δεν δημιουργήθηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Εξαγωγή πακέτου</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Ένα πακέτο είναι ένα αρχείο που στέλνετε στους εταίρους σας (με email ή σε μνήμη USB). Το ανοίγουν με Αρχείο ▸ Εισαγωγή πακέτου.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>Όσα δεν έχει λάβει ακόμη ένας εταίρος (συνιστάται):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Μικρότερο: μόνο οι αλλαγές από τότε που σας έφτασε το τελευταίο πακέτο του.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Κανένας εταίρος δεν σας έχει στείλει ακόμη πακέτο: την πρώτη φορά στείλτε πλήρες αντίγραφο.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>Όσα δεν έχει λάβει ακόμη ο συντονιστής (συνιστάται)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Μικρότερο: μόνο οι αλλαγές από τότε που σας έφτασε το τελευταίο πακέτο του συντονιστή.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Δεν έχει ληφθεί ακόμη πακέτο από τον συντονιστή: την πρώτη φορά στείλτε πλήρες αντίγραφο.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Πλήρες αντίγραφο όλων όσων περιέχει αυτή η βάση δεδομένων</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Τύπος εγγραφής</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Εγγραφές</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Περιεχόμενο</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Εταίρος</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Πρόοδος εξαγωγής</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Καταμέτρηση του περιεχομένου…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Περιεχόμενο: %n εγγραφή.</numerusform>
            <numerusform>Περιεχόμενο: %n εγγραφές.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Εξαγωγή…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Εμφάνιση στον φάκελο</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Δημιουργία του πακέτου… Με την «Ακύρωση» διακόπτεται χωρίς να μείνει κανένα αρχείο.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Το πακέτο αποθηκεύτηκε ως:
%1
Στείλτε αυτό το αρχείο στον εταίρο σας.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>Στο Pactesur, οι κάρτες καταχωρίζονται από Ανταλλαγές ▸ Κλειδιά ▸ Καταχώριση κάρτας…, αφού συγκρίνετε το αποτύπωμά τους με τον κάτοχό τους.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Δεν έχει ληφθεί ακόμη κανένα πακέτο από «%1», οπότε δεν υπάρχει βάση για πακέτο που να περιέχει μόνο τις αλλαγές. Εξαγάγετε αντί γι’ αυτό πλήρες πακέτο.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>την καταμέτρηση των εγγραφών προς εξαγωγή</translation>
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
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Κανένα καταχωρισμένο αντίγραφο δεν μπορεί να λάβει αυτό το πακέτο: καταχωρίστε πρώτα τις κάρτες των πόλεων (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Καταχωρίστε πρώτα την κάρτα του συντονιστή (keys trust FILE): τα πακέτα σφραγίζονται για αυτόν.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Δεν είναι δυνατή η δημιουργία ιδιωτικού προσωρινού φακέλου για το πακέτο.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>την καταγραφή της εξαγωγής</translation>
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
    <message>
        <source>Source revision</source>
        <translation>Αναθεώρηση πρωτοτύπου</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Δελτίο πρακτικής</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Από κατάσταση</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Σε κατάσταση</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Βήμα</translation>
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
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>αναμενόταν αντικείμενο JSON, π.χ. {"el": "…"}</translation>
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
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>αναμενόταν αντικείμενο JSON, π.χ. {"summary": "…"}</translation>
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
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>Ο φάκελος της θυρίδας %1 είναι πλήρης: ελευθερώστε χώρο στον δίσκο του.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>Ο φάκελος της θυρίδας %1 δεν υπάρχει (μη προσαρτημένη μονάδα δίσκου ή φάκελος που δεν έχει ακόμη συγχρονιστεί;).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1 στη θυρίδα: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Ο συγχρονισμός ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1 στη θυρίδα: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Δεν είναι δυνατή η μετονομασία του %1 στη θυρίδα: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1 από τη θυρίδα: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Δεν είναι δυνατή η αφαίρεση του %1 από τη θυρίδα: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Μόνο η βάση δεδομένων του συντονιστή μπορεί να δημιουργήσει εγγραφές.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Νέες</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερωμένες</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Αμετάβλητες</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Απορριφθείσες</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Εγγραφές που δεν έχετε ακόμη.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Εγγραφές που έχετε και τις οποίες αλλάζει το πακέτο.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Εγγραφές που έχετε ήδη ακριβώς όπως είναι.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Εγγραφές που τροποποιήθηκαν και στις δύο πλευρές: διατηρούνται και οι δύο τιμές μέχρι να επιλέξει κάποιος, στα εισερχόμενα διενέξεων.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Αλλαγές που δεν επιτρέπεται να κάνει ο αποστολέας. Παραλείπονται και τα υπόλοιπα εισάγονται.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Εισαγωγή πακέτου</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Εφαρμογή</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>Ε&amp;ξέταση διενέξεων</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Τι αλλάζει το πακέτο</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Πρόοδος εισαγωγής</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Άνοιγμα του %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Πακέτο από: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Δημιουργήθηκε: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Πλήρες αντίγραφο των δεδομένων του αποστολέα: %n εγγραφή.</numerusform>
            <numerusform>Πλήρες αντίγραφο των δεδομένων του αποστολέα: %n εγγραφές.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Οι αλλαγές από την τελευταία σας ανταλλαγή: %n εγγραφή.</numerusform>
            <numerusform>Οι αλλαγές από την τελευταία σας ανταλλαγή: %n εγγραφές.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Αρχείο: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Σύγκριση του πακέτου με τη βάση δεδομένων σας…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Τίποτα νέο: η βάση δεδομένων σας περιέχει ήδη όλο το περιεχόμενο αυτού του πακέτου. Η «Εφαρμογή» καταγράφει ότι το λάβατε.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Τίποτα δεν αλλάζει μέχρι να κάνετε κλικ στην «Εφαρμογή». Πρώτα δημιουργείται αντίγραφο ασφαλείας της βάσης δεδομένων σας.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Ακύρωση… η βάση δεδομένων σας παραμένει όπως ήταν.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Εισαγωγή… Με την «Ακύρωση» διακόπτεται και αφήνει τη βάση δεδομένων σας όπως ήταν.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Η εισαγωγή ολοκληρώθηκε. Νέες: %1, ενημερωμένες: %2, διενέξεις προς εξέταση: %3, απορριφθείσες: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Η βάση δεδομένων σας, όπως ήταν πριν, φυλάσσεται στο %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Το πακέτο εισήχθη</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Η εισαγωγή ακυρώθηκε</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Το πακέτο δεν εισήχθη</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Η εισαγωγή απέτυχε</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Αποθήκευση των αλλαγών… Με την «Ακύρωση» διακόπτεται και αφήνει τη βάση δεδομένων σας όπως ήταν.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Έλεγχος του πακέτου… Με την «Ακύρωση» διακόπτεται και αφήνει τη βάση δεδομένων σας όπως ήταν.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Αιτία: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Δεν άλλαξε τίποτα στη βάση δεδομένων σας.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Όλες οι αλλαγές αυτού του πακέτου απορρίφθηκαν: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>Η εισαγωγή ακυρώθηκε. Η βάση δεδομένων σας είναι όπως ήταν.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Υπογραφή: %1 (επαληθεύτηκε)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>Η υπογραφή του αποστολέα δεν επαληθεύτηκε.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Αποτύπωμα του κλειδιού: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Ακόμη %n νέα ή ενημερωμένη εγγραφή μετράται παραπάνω αλλά δεν εμφανίζεται στη λίστα.</numerusform>
            <numerusform>Ακόμη %n νέες ή ενημερωμένες εγγραφές μετρώνται παραπάνω αλλά δεν εμφανίζονται στη λίστα.</numerusform>
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
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Τι αλλάζει</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Νέες εγγραφές (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Ενημερωμένες εγγραφές (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Διενέξεις προς εξέταση (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Απορριφθείσες (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Χωρίς τίτλο (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέα εγγραφή</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Διαγραφή</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
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
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>Δεν είναι δυνατή η εκκίνηση της βιβλιοθήκης κρυπτογραφίας.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των κλειδιών αυτής της βάσης δεδομένων (%1).</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Τα κλειδιά αυτής της βάσης δεδομένων (%1) είναι κατεστραμμένα.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Δεν είναι δυνατή η αποθήκευση των κλειδιών αυτής της βάσης δεδομένων στο %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Το αποτύπωμα αντιγράφηκε.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (αυτή η βάση δεδομένων)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ανακλήθηκε</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Καταχώριση κάρτας</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Κάρτες ταυτότητας Pactesur (*.card);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Καταχωρίστηκε: %1. Τα πακέτα του γίνονται δεκτά και τα δικά σας μπορούν να σφραγίζονται για αυτό.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Έχει ήδη καταχωριστεί: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Εξαγωγή της κάρτας μου</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Η κάρτα σας αποθηκεύτηκε ως %1. Στείλτε τη στον εταίρο σας και έπειτα διαβάστε του το αποτύπωμά σας στο τηλέφωνο.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Ανάκληση των κλειδιών (%1);
Από τώρα τα πακέτα του απορρίπτονται και τα επόμενα πακέτα σας το γνωστοποιούν σε κάθε πόλη. Ένα κλειδί που ανακλήθηκε δεν γίνεται ποτέ ξανά δεκτό: το πρόσωπο δημιουργεί νέα βάση δεδομένων και εσείς καταχωρίζετε την κάρτα της.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Ανάκληση</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Τα κλειδιά ανακλήθηκαν (%1).</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Κάθε πακέτο υπογράφεται από τον αποστολέα του και σφραγίζεται για τα αντίγραφα που μπορούν να το διαβάσουν. Μια κάρτα περιέχει τα δημόσια κλειδιά ενός αντιγράφου· πριν καταχωρίσετε την κάρτα κάποιου, συγκρίνετε το αποτύπωμά της με αυτό που σας διαβάζει ο κάτοχος, στο τηλέφωνο ή αυτοπροσώπως.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Αυτή η βάση δεδομένων</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, αντίγραφο %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη ρόλο.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Το αποτύπωμά σας: διαβάστε το στον εταίρο που καταχωρίζει την κάρτα σας.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Το αποτύπωμά σας</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Αντιγραφή του αποτυπώματος</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>&amp;Εξαγωγή της κάρτας μου…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Εξαγωγή της κάρτας μου</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Αντίγραφα που εμπιστεύεται αυτή η βάση δεδομένων</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Καταχωρίζετε την κάρτα κάθε πόλης αφού συγκρίνετε το αποτύπωμά της· κάθε πακέτο που στέλνετε περιέχει αυτή τη λίστα, ώστε οι πόλεις να εμπιστεύονται η μία την άλλη μέσω εσάς.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Ως σύνδεσμος πόλης, καταχωρίζετε μία φορά την κάρτα του συντονιστή· οι άλλες πόλεις έρχονται με τα πακέτα του συντονιστή.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Αποτύπωμα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Αντίγραφο</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Καταχώριση κάρτας…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Καταχώριση κάρτας</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Ανάκλη&amp;ση…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Ανάκληση των επιλεγμένων κλειδιών</translation>
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
    <message>
        <source>Status change</source>
        <translation>Αλλαγή κατάστασης</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Αλλαγές κατάστασης</translation>
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
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Ελήφθη</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Εστάλη</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστος</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Οποιοσδήποτε (πλήρες αντίγραφο)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Νέες: %1, ενημερωμένες: %2, αμετάβλητες: %3, διενέξεις: %4, απορριφθείσες: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n εγγραφή</numerusform>
            <numerusform>%n εγγραφές</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Όλα τα πακέτα που έλαβε ή έστειλε αυτή η βάση δεδομένων, με τα πιο πρόσφατα πρώτα.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Πακέτα που ελήφθησαν και εστάλησαν</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Με</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Περιεχόμενο</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Δεν έχει σταλεί ούτε παραληφθεί ακόμη κανένα πακέτο.

Ένα πακέτο μεταφέρει τις αλλαγές αυτής της βάσης δεδομένων στον συντονιστή ή στις πόλεις και φέρνει πίσω τις δικές τους. Κάντε εξαγωγή ενός πακέτου για να στείλετε τη δουλειά σας· κάντε εισαγωγή ενός πακέτου που λάβατε. Κάθε ανταλλαγή εμφανίζεται στη συνέχεια εδώ.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>Η θυρίδα χρειάζεται τον κωδικό πρόσβασης του χρήστη %1: θα σας ζητηθεί από την εντολή Αρχείο ▸ Συγχρονισμός τώρα.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Δεν υπάρχει κλειδοθήκη επιφάνειας εργασίας: το Pactesur διατηρεί τον κωδικό πρόσβασης μέχρι να κλείσει.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Το Pactesur τον φυλάσσει στην κλειδοθήκη της επιφάνειας εργασίας.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Κωδικός πρόσβασης θυρίδας</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Ο κωδικός πρόσβασης του χρήστη %1 στο %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Δεν έγινε συγχρονισμός: η θυρίδα χρειάζεται τον κωδικό πρόσβασης του χρήστη %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n πακέτο δεν έγινε δεκτό: θα προταθεί ξανά στον επόμενο συγχρονισμό.</numerusform>
            <numerusform>%n πακέτα δεν έγιναν δεκτά: θα προταθούν ξανά στον επόμενο συγχρονισμό.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Συγχρονισμός &amp;τώρα</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Άμεση ανταλλαγή πακέτων με τους εταίρους σας μέσω της θυρίδας</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Θυρίδα ανταλλαγής…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Πού ανταλλάσσονται αυτόματα τα πακέτα και πόσο συχνά</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Θυρίδα ανταλλαγής</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Μέσω μιας θυρίδας ανταλλαγής, το Pactesur στέλνει αυτόματα τις αλλαγές σας στους εταίρους σας και εισάγει τις δικές τους. Η θυρίδα είναι ένας φάκελος σε διακομιστή WebDAV, όπως το Nextcloud, ή ένας φάκελος σε αυτόν τον υπολογιστή που ένα πρόγραμμα συγχρονισμού μοιράζεται μαζί τους. Αφήστε τη διεύθυνση κενή αν θέλετε να κάνετε τις ανταλλαγές μόνο χειροκίνητα.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Διεύθυνση θυρίδας</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Φάκελος: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Χρήστης:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Όνομα χρήστη στον διακομιστή</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Κωδικός πρόσβασης στον διακομιστή</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Συγχρονισμός α&amp;νά:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Μόνο χειροκίνητα</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Λεπτά μεταξύ των αυτόματων συγχρονισμών</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Όσο το Pactesur είναι ανοιχτό· 0: μόνο όταν επιλέγετε Αρχείο ▸ Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>Έ&amp;λεγχος κάθε εισερχόμενου πακέτου πριν από την εισαγωγή του</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Δοκιμή &amp;σύνδεσης</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Αποτέλεσμα της δοκιμής σύνδεσης</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Αποθήκευση των ρυθμίσεων της θυρίδας</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Δεν υπάρχει κλειδοθήκη επιφάνειας εργασίας: ο κωδικός πρόσβασης ζητείται μία φορά ανά συνεδρία.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Ο κωδικός πρόσβασης φυλάσσεται στην κλειδοθήκη της επιφάνειας εργασίας.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Δοκιμή της σύνδεσης…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Η σύνδεση λειτουργεί.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Θυρίδα ανταλλαγής</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Διακοπή του συγχρονισμού· ο επόμενος συνεχίζει από το σημείο όπου σταμάτησε</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Συγχρονισμός σε εξέλιξη</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Δεν έχει οριστεί θυρίδα</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Τα πακέτα ανταλλάσσονται χειροκίνητα. Ορίστε μια θυρίδα (Ρυθμίσεις ▸ Θυρίδα ανταλλαγής…) για να τα ανταλλάσσετε αυτόματα με τους εταίρους σας.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Συγχρονισμός · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Ανταλλαγή πακέτων με τη θυρίδα. Η «Ακύρωση» τη διακόπτει· ο επόμενος συγχρονισμός συνεχίζει από εκεί.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>Δεν ήταν δυνατός ο συγχρονισμός της θυρίδας</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Η θυρίδα ορίστηκε · δεν έχει γίνει ακόμη συγχρονισμός</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Συγχρονίστηκε %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>ελήφθη %n πακέτο</numerusform>
            <numerusform>ελήφθησαν %n πακέτα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>στάλθηκε %n</numerusform>
            <numerusform>στάλθηκαν %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n νέα διένεξη</numerusform>
            <numerusform>%n νέες διενέξεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n απορρίφθηκε</numerusform>
            <numerusform>%n απορρίφθηκαν</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>Η θυρίδα δεν έχει συγχρονιστεί ακόμη από αυτή τη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Πακέτα που εισήχθησαν: %1 (λήψεις: %2), στάλθηκαν: %3· αφαιρέθηκαν από τη θυρίδα αφού τα έλαβαν όλοι οι παραλήπτες: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Νέες διενέξεις: %1· πακέτα που απορρίφθηκαν: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Απορρίψεις</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>σε άγνωστη στιγμή</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>μόλις τώρα</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>πριν από %n λεπτό</numerusform>
            <numerusform>πριν από %n λεπτά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>πριν από %n ώρα</numerusform>
            <numerusform>πριν από %n ώρες</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>στις %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>Προετοιμασία πακέτου…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Δεν είναι δυνατή η φύλαξη του πακέτου %1 δίπλα στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Το πακέτο %1 δεν βρίσκεται πλέον δίπλα στη βάση δεδομένων και δεν μπορεί να σταλεί ξανά.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Αποστολή του %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Δεν είναι δυνατή η εγγραφή της επιβεβαίωσης λήψης αυτού του αντιγράφου.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη ρόλο. Επιλέξτε πρώτα έναν: συντονιστής ή σύνδεσμος πόλης.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Δεν είναι δυνατή η δημιουργία ιδιωτικού φακέλου για τα πακέτα της θυρίδας δίπλα στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Ανάγνωση της θυρίδας…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Ο συγχρονισμός ακυρώθηκε· ο επόμενος θα συνεχίσει από εδώ.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>συντονιστής</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (αντίγραφο %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Το πακέτο αρ. %1 (αποστολέας: %2) δεν βρίσκεται ακόμη στη θυρίδα· τα επόμενα το περιμένουν.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Το πακέτο αρ. %1 (αποστολέας: %2) απορρίφθηκε· τα επόμενα περιμένουν μέχρι να βρεθεί έγκυρο αρχείο του στη θυρίδα.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Λήψη του %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (αποστολέας: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>το περιεχόμενό του δεν αντιστοιχεί στο όνομά του (περικομμένο ή τροποποιημένο).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>δεν δημοσιεύτηκε από αυτόν τον αποστολέα ως πακέτο αρ. %1 της θυρίδας του.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Εισαγωγή του %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (αποστολέας: %2): η εγγραφή %3 απορρίφθηκε: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>Το «%1» δεν είναι διεύθυνση θυρίδας: δώστε https://server/folder/ (για το Nextcloud https://server/remote.php/dav/files/USER/folder/) ή file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>Η πρόσβαση στη θυρίδα στη διεύθυνση %1 θα γινόταν χωρίς κρυπτογράφηση: χρησιμοποιήστε https://, ή http:// μόνο για διακομιστή σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Δεν έχει οριστεί θυρίδα για αυτή τη βάση δεδομένων: ορίστε πρώτα μία (mailbox set URL ή Ρυθμίσεις ▸ Θυρίδα ανταλλαγής).</translation>
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
        <source>Create an empty database with the project's founding data</source>
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
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>%n δελτίο πρακτικής άνοιξε ξανά μετά από απρόσμενο τερματισμό του Pactesur: αναφέρει τι διατηρήθηκε.</numerusform>
            <numerusform>%n δελτία πρακτικής άνοιξαν ξανά μετά από απρόσμενο τερματισμό του Pactesur: το καθένα αναφέρει τι διατηρήθηκε.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Ανταλλαγές</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Διενέξεις (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Αναφορές…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Δημιουργία αναφοράς δραστηριοτήτων, ημερολογίου, του εντύπου πρακτικών ή λίστας</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ρυθμίσεις</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Υψηλή &amp;αντίθεση</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Συντομεύσεις πληκτρολογίου…</translation>
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
    <name>pactesur::NewSheetDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Αντίγραφο: %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Νέο δελτίο πρακτικής</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Περιγράψτε μια πρακτική της πόλης σας για τη σύμπραξη. Ξεκινήστε από ένα κενό δελτίο ή από αντίγραφο ενός δελτίου που μοιάζει ήδη με το δικό σας. Ό,τι γράφετε αποθηκεύεται καθώς πληκτρολογείτε.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>&amp;Κενό δελτίο</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>&amp;Αντίγραφο του δελτίου:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Δελτίο προς αντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Γλώσσα σύνταξης:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Πό&amp;λη:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Δημιουργία και άνοιγμα</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Αφαίρεση αυτής της ειδοποίησης</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Αλλαγές που απορρίφθηκαν (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n αλλαγή δεν εφαρμόστηκε, επειδή οι κανόνες κυριότητας την απορρίπτουν. Εμφανίζονται οι %1 πιο πρόσφατες.</numerusform>
            <numerusform>%n αλλαγές δεν εφαρμόστηκαν, επειδή οι κανόνες κυριότητας τις απορρίπτουν. Εμφανίζονται οι %1 πιο πρόσφατες.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Αφαίρεση όλων</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Αφαίρεση όλων των ειδοποιήσεων της λίστας</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Αλλαγές που απορρίφθηκαν</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n αλλαγή δεν εφαρμόστηκε, επειδή οι κανόνες κυριότητας την απορρίπτουν. Αφαιρέστε μια ειδοποίηση αφού τη διαβάσετε.</numerusform>
            <numerusform>%n αλλαγές δεν εφαρμόστηκαν, επειδή οι κανόνες κυριότητας τις απορρίπτουν. Αφαιρέστε μια ειδοποίηση αφού τη διαβάσετε.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Η αλλαγή σας στο πεδίο «%1» της εγγραφής «%3» (%2) έγινε από παλαιότερη έκδοση του Pactesur και οι κανόνες κυριότητας την απορρίπτουν: %4. Οι άλλες βάσεις δεδομένων την αγνοούν. Αλλάξτε ξανά την εγγραφή, αν σας αναλογεί να την αλλάξετε.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Μια αλλαγή στο πεδίο «%1» της εγγραφής «%3» (%2), γραμμένη από: %4, απορρίφθηκε: %5.</translation>
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
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Το πακέτο %1 δημιουργήθηκε από παλαιότερη έκδοση του Pactesur (μορφή πακέτου %2, ενώ αυτή η έκδοση διαβάζει τη μορφή %3). Ζητήστε από τον αποστολέα να ενημερώσει το Pactesur και να κάνει ξανά την εξαγωγή.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Το πακέτο %1 δεν είναι υπογεγραμμένο και σφραγισμένο (μορφή πακέτου 2 ή παλαιότερη)· αυτή η έκδοση διαβάζει μόνο υπογεγραμμένα πακέτα (μορφή 3). Ζητήστε από τον αποστολέα να ενημερώσει το Pactesur και να κάνει ξανά εξαγωγή.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Δεν είναι δυνατή η δημιουργία ιδιωτικού προσωρινού φακέλου για το πακέτο.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>το μανιφέστο του αναφέρει άλλον αποστολέα από το κλειδί που το υπέγραψε.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>το δηλωτικό του περιέχει περισσότερες εγγραφές από όσες επιτρέπεται να έχει ένα πακέτο.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>το δηλωτικό του περιέχει κλειδί μεγαλύτερο από το επιτρεπόμενο.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>το δηλωτικό του περιέχει τιμή μεγαλύτερη από την επιτρεπόμενη (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του πακέτου %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
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
        <source>Remove the selected city's participation</source>
        <translation>Αφαίρεση της συμμετοχής της επιλεγμένης πόλης</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
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
    <name>pactesur::ParticipationReport</name>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστος</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Εσείς (αυτή η βάση δεδομένων)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Βασικά δεδομένα</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Άλλος εταίρος (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Συντονιστής</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Σύνδεσμος άγνωστης πόλης</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Σύνδεσμος της πόλης %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>την ανάγνωση των δελτίων πρακτικής</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Άλλες πρακτικές</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, σε εξέλιξη</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Από τις %1, σε εξέλιξη</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Από τις %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Έως τις %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Σε εξέλιξη</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Πρακτικές για ασφαλέστερους δημόσιους χώρους</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n δελτίο πρακτικής</numerusform>
            <numerusform>%n δελτία πρακτικής</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · έντυπο που συντάχθηκε στις %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Περιεχόμενα</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Δελτία πρακτικής των πόλεων-εταίρων</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Δελτία πρακτικής</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Θέματα</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Ημερομηνία σύνταξης</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Το έντυπο αυτό συγκεντρώνει τα δελτία πρακτικής που συνέταξαν οι πόλεις-εταίροι του %1 και επικύρωσε ο συντονιστής για δημοσίευση. Κάθε δελτίο δίνεται στα αγγλικά όπου υπάρχει έτοιμη μετάφραση, αλλιώς στη γλώσσα του πρωτοτύπου.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Το έντυπο αυτό συγκεντρώνει τα δελτία πρακτικής που συνέταξαν οι πόλεις-εταίροι του %1 και επικύρωσε ο συντονιστής για δημοσίευση. Κάθε δελτίο δίνεται στη γλώσσα του εντύπου (%2) όπου υπάρχει έτοιμη μετάφραση, αλλιώς στα αγγλικά ή στη γλώσσα του πρωτοτύπου.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Δεν υπάρχει ακόμη επικυρωμένο δημόσιο δελτίο πρακτικής.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Η πρακτική αυτή δεν είναι ακόμη διαθέσιμη στη γλώσσα του εντύπου (%1)· δίνεται η έκδοση: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Διαθέσιμες γλώσσες</translation>
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
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Δεν υπάρχουν ακόμη ομάδες εργασίας. Οι ομάδες εργασίας του έργου, με το θέμα και την επικεφαλής πόλη τους, θα εμφανίζονται εδώ μόλις καταχωριστούν.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact's personal data</source>
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
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Καθαρισμός φίλτρων</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Εμφάνιση ξανά όλων των εγγραφών αυτής της λίστας</translation>
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
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Η κατάσταση αυτού του δελτίου πρακτικής είναι «%1»: μόνο ο συντονιστής μπορεί πλέον να το διαγράψει.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Ως σύνδεσμος της πόλης %1 δεν μπορείτε να παραχωρήσετε αυτή την εγγραφή σε άλλη πόλη.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Μόνο ο συντονιστής ελέγχει τα δελτία πρακτικής.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>την ανάγνωση μιας εγγραφής</translation>
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
    <message>
        <source>reading this database's role</source>
        <translation>την ανάγνωση του ρόλου αυτής της βάσης δεδομένων</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Αναφορά δραστηριοτήτων</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Πίνακας συμμετοχής</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Ημερολόγιο δραστηριοτήτων</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Έντυπο πρακτικών</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Λίστα δελτίων πρακτικής</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Βασικά στοιχεία και οι δραστηριότητες μιας περιόδου, ανά πόλη και ανά θέμα.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Συμμετέχοντες ανά δραστηριότητα και πόλη, χωρίς κανένα προσωπικό δεδομένο.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Οι δραστηριότητες μιας περιόδου ως συμβάντα για οποιαδήποτε εφαρμογή ημερολογίου.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Τα επικυρωμένα δημόσια δελτία πρακτικής ανά θέμα, σε μία γλώσσα.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Κάθε δελτίο πρακτικής με την πόλη, τη γλώσσα, την κατάσταση και τα θέματά του.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Έγγραφο PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Ιστοσελίδα (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Υπολογιστικό φύλλο (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Αρχείο ημερολογίου (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Ιστοσελίδες (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Αρχεία iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>ένα δελτίο πρακτικής</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>δραστηριότητες μιας περιόδου, ανά πόλη και ανά θέμα</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>συμμετοχή ανά δραστηριότητα και πόλη, χωρίς προσωπικά δεδομένα</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>δραστηριότητες ως αρχείο iCalendar για εφαρμογές ημερολογίου</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>έντυπο με τα επικυρωμένα δημόσια δελτία πρακτικής, ανά θέμα</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>λίστα των δελτίων πρακτικής</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>Το %1 δέχεται ημερομηνία στη μορφή ΕΕΕΕ-ΜΜ-ΗΗ, όχι «%2».</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Η αναφορά %1 δεν αφορά περίοδο: παραλείψτε τα --from και --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Η περίοδος λήγει (%1) πριν ξεκινήσει (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Δεν υπάρχει γλώσσα «%1». Οι διαθέσιμες γλώσσες είναι: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Άγνωστη αναφορά «%1». Οι διαθέσιμες αναφορές είναι: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Η αναφορά %1 δημιουργείται σε μορφή %2, όχι «%3».</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Η αναφορά γράφτηκε στο αρχείο %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Συγχρηματοδοτείται από την Ευρωπαϊκή Ένωση</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Ωστόσο, οι απόψεις και οι γνώμες που διατυπώνονται εκφράζουν αποκλειστικά τον/τους συντάκτη/-ες και δεν αντικατοπτρίζουν κατ’ ανάγκη τις απόψεις της Ευρωπαϊκής Ένωσης ή της Ευρωπαϊκής Επιτροπής. Ούτε η Ευρωπαϊκή Ένωση ούτε η χορηγούσα αρχή μπορούν να θεωρηθούν υπεύθυνες γι’ αυτές.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Δεν είναι δυνατή η εγγραφή της αναφοράς στο %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Δεν είναι δυνατή η εγγραφή της αναφοράς στο %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Δεν είναι δυνατό να επιβεβαιωθεί ότι η αναφορά %1 αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Η αναφορά ακυρώθηκε. Δεν δημιουργήθηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Αυτή η αναφορά δημιουργείται σε μορφή %1, όχι «%2».</translation>
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
        <translation>Από τις %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Έως τις %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Όλες οι ημερομηνίες</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Αποθήκευση της αναφοράς</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Αναφορές</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Μορφή:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Έ&amp;ως:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Πρώτη ημέρα της περιόδου</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Τελευταία ημέρα της περιόδου</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Πρόοδος της αναφοράς</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Απο&amp;θήκευση ως…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Εμφάνιση στον φάκελο</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Επιλέξτε μια αναφορά και αποθηκεύστε την σε αρχείο.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Δημιουργία της αναφοράς… Με την «Ακύρωση» διακόπτεται χωρίς να μείνει κανένα αρχείο.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Η αναφορά αποθηκεύτηκε ως:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Γλώσσα της αναφοράς</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Αυτή η διένεξη επιλύθηκε στο μεταξύ.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Η εγγραφή αυτής της διένεξης δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Επίλυση της διένεξης στο πεδίο «%1» της εγγραφής «%2»</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (έχει ήδη σταλεί)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Αυτή η επίλυση διένεξης έχει ήδη σταλεί σε πακέτο, επομένως δεν μπορεί πλέον να αναιρεθεί. Για να αλλάξετε ξανά την τιμή, επεξεργαστείτε την εγγραφή.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Η διένεξη έχει ήδη σταλεί σε πακέτο όπως ήταν, επομένως αυτή η επίλυση δεν μπορεί να επαναληφθεί. Επιλύστε την ξανά στα εισερχόμενα διενέξεων.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>Η εγγραφή άλλαξε μετά την επίλυση της διένεξης (από εισαγωγή ή επεξεργασία), επομένως αυτό το βήμα δεν μπορεί να επαναληφθεί.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Επαναφορά αντιγράφου ασφαλείας: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Εισαγωγή συνδέσμου</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Διεύθυνση ιστού ή email (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Μπορούν να συνδεθούν μόνο διευθύνσεις ιστού (http, https) και email (mailto).</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Επικεφαλίδα</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Έντονα (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Πλάγια (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Λίστα με κουκκίδες</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Αριθμημένη λίστα</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Σύνδεσμος</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Μετατροπή της επιλογής σε σύνδεσμο προς διεύθυνση ιστού ή email (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Εικόνα</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Εμφάνιση μέσα στο κείμενο μιας εικόνας που είναι συνημμένη σε αυτό το δελτίο</translation>
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
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη ρόλο. Επιλέξτε πρώτα έναν: συντονιστής ή σύνδεσμος πόλης.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Αυτή είναι η κάρτα της ίδιας αυτής βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Ο σύνδεσμος πόλης καταχωρίζει μόνο την κάρτα του συντονιστή· οι άλλες πόλεις έρχονται με το μητρώο του συντονιστή.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>Η κάρτα αναφέρει πόλη που δεν γνωρίζει αυτή η βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Τα κλειδιά αυτού του αντιγράφου ανακλήθηκαν· δεν μπορούν να καταχωριστούν ξανά.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Αυτή η κάρτα φέρει άλλα κλειδιά από αυτά που έχουν καταχωριστεί για το ίδιο αντίγραφο: ένα αλλαγμένο κλειδί δεν γίνεται ποτέ δεκτό. Αν τα κλειδιά άλλαξαν πράγματι, ανακαλέστε τα παλαιά και δημιουργήστε νέα βάση δεδομένων.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Σύμφωνα με αυτή την κάρτα, το αντίγραφό της γράφει για λογαριασμό άλλου από αυτόν που γνωρίζει αυτή η βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>Το αποτύπωμα της κάρτας είναι %1, όχι αυτό που σας δόθηκε: η κάρτα δεν καταχωρίστηκε.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Μόνο ο συντονιστής ανακαλεί κλειδιά.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Κανένα μεμονωμένο καταχωρισμένο αντίγραφο δεν αντιστοιχεί σε «%1».</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>Ο συντονιστής δεν μπορεί να ανακαλέσει τα δικά του κλειδιά.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Το μητρώο στο πακέτο είναι κακοσχηματισμένο.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Το μητρώο του συντονιστή δίνει στο αντίγραφο %1 άλλα κλειδιά από αυτά που έχουν καταχωριστεί εδώ· δεν άλλαξε τίποτα.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του πακέτου στο %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Το πακέτο έχει πάρα πολλούς παραλήπτες.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Το πακέτο %1 απορρίφθηκε: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>είναι κατεστραμμένο ή άλλαξε μετά την υπογραφή του.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του πακέτου %1.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>είναι μεγαλύτερο από όσο μπορεί να είναι ένα πακέτο.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>δεν είναι πακέτο του Pactesur.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>δημιουργήθηκε σε άλλη μορφή πακέτου (%1· αυτή η έκδοση διαβάζει τη μορφή %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>είναι υπογεγραμμένο από αντίγραφο που αυτή η βάση δεδομένων δεν έχει καταχωρίσει (αντίγραφο %1, κλειδί %2). Καταχωρίστε την κάρτα του αφού συγκρίνετε το αποτύπωμα.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>είναι υπογεγραμμένο με κλειδιά που ανακλήθηκαν (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>δεν απευθύνεται σε αυτή τη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του πακέτου %1 εδώ.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
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
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Αναζήτηση σε πόλεις, οργανισμούς, ομάδες εργασίας, δραστηριότητες, δελτία, πόρους και επαφές</translation>
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
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Προσθήκη εικόνας</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Προσθήκη συνημμένου</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του αρχείου %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>Το αρχείο %1 δεν είναι εικόνα. Προστέθηκε στα συνημμένα.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Δεν ήταν δυνατή η εκ νέου ανάγνωση του συνημμένου %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Προσθήκη εικόνας από αρχείο…</translation>
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
        <translation>Συνημμένα αυτού του δελτίου</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Δεν υπάρχουν ακόμη συνημμένα. Φωτογραφίες, εκθέσεις ή φυλλάδια βοηθούν τις άλλες πόλεις να αντιληφθούν την πρακτική.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Προσθήκη αρχείου…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Προσθήκη αρχείου σε αυτό το δελτίο</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Εμφάνιση στο κείμενο</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Εμφάνιση της επιλεγμένης εικόνας μέσα στο πλαίσιο κειμένου όπου γράψατε τελευταία</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Αφαίρεση του επιλεγμένου συνημμένου από αυτό το δελτίο</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Αυτό το δελτίο πρακτικής διαγράφηκε. Οι αλλαγές του δεν μπορούν να αποθηκευτούν.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Αλλαγή (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Κανένα δελτίο πρακτικής δεν αντιστοιχεί σε «%1».</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Αυτό το δελτίο πρακτικής διαγράφηκε. Κλείστε αυτό το παράθυρο. Μπορείτε να το επαναφέρετε με Επεξεργασία &gt; Αναίρεση στο κύριο παράθυρο.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Ορισμένες αλλαγές δεν αποθηκεύτηκαν: δείτε τα πεδία που επισημαίνονται με κόκκινο</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Όλες οι αλλαγές αποθηκεύτηκαν · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Οι αλλαγές αποθηκεύονται καθώς πληκτρολογείτε</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Δελτίο πρακτικής χωρίς τίτλο</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Δελτίο πρακτικής</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Ορισμένες αλλαγές δεν ήταν δυνατό να αποθηκευτούν. Διορθώστε πρώτα τα πεδία που επισημαίνονται με κόκκινο.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Πριν από την υποβολή, συμπληρώστε: %1. Η λίστα ελέγχου στα αριστερά σάς οδηγεί σε καθένα από αυτά.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Δημοσίευση του «%1»; Τα δημοσιευμένα δελτία εντάσσονται στη συλλογή πρακτικών του έργου και είναι διαθέσιμα σε όλους τους εταίρους.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Δημοσίευση</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Δεν ήταν δυνατό να αποθηκευτούν αυτά τα πεδία: %1. Κλείσιμο παρ’ όλα αυτά, με απώλεια όσων πληκτρολογήθηκαν σε αυτά;</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Κλείσιμο παρ’ όλα αυτά</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Τίτλος δελτίου</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Πόλη, γλώσσα και ευαισθησία του δελτίου</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Τι ανακτήθηκε</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Γιατί αυτό το δελτίο είναι μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Μήνυμα της διαδικασίας ελέγχου</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Σημειώσεις ελέγχου</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Σημείωση για το δελτίο…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Γράψτε στην πόλη μια σημείωση ελέγχου για το δελτίο στο σύνολό του</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Αυτή η βάση δεδομένων είναι ανοιχτή μόνο για ανάγνωση: το δελτίο μπορεί να διαβαστεί και να εξαχθεί, όχι να αλλάξει.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Επιλέξτε τον ρόλο σας (συντονιστής ή σύνδεσμος πόλης) πριν συντάξετε δελτία πρακτικής.</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Αυτό το δελτίο ανήκει στην πόλη %1. Μόνο ο σύνδεσμος της πόλης %1 και ο συντονιστής μπορούν να το αλλάξουν. Εσείς μπορείτε να το διαβάσετε και να το εξαγάγετε.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Υποβλήθηκε για έλεγχο: ο συντονιστής το εξετάζει. Για να αλλάξετε κάτι, αποσύρετέ το πρώτα, οπότε επιστρέφει σε πρόχειρο.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Η κατάσταση αυτού του δελτίου είναι «%1»: μόνο ο συντονιστής μπορεί πλέον να το αλλάξει. Αν κάτι πρέπει να διορθωθεί, ζητήστε του να ζητήσει αλλαγές.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>αλλαγή: %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>Ο συντονιστής ζήτησε αλλαγές. Η σημείωσή του εμφανίζεται πάνω από τη φόρμα.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>Ο συντονιστής ζήτησε αλλαγές. Οι σημειώσεις του βρίσκονται δίπλα στα σχετικά πεδία: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Αναίρεση: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Αναίρεση της τελευταίας αποθηκευμένης αλλαγής αυτού του δελτίου</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ακύρωση αναίρεσης</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ακύρωση αναίρεσης: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Επανάληψη της αλλαγής που αναιρέθηκε τελευταία</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Μετάφραση…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Δημιουργία συνδεδεμένου αντιγράφου αυτού του δελτίου σε άλλη γλώσσα, που εμφανίζεται δίπλα στο πρωτότυπο</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Εξαγωγή αυτού του δελτίου ως PDF ή HTML ή εκτύπωσή του</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Εξαγωγή ως &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Εξαγωγή ως &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Εκτύπωση…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Δελτίο</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Δελτίο πρακτικής</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Εξαγωγή δελτίου πρακτικής ως PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Εξαγωγή δελτίου πρακτικής ως HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Ιστοσελίδες (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Εκτύπωση δελτίου πρακτικής</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Δεν έχει καταχωριστεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Συνεχίζεται</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Υποχρεωτικό για την υποβολή</translation>
    </message>
    <message>
        <source>required</source>
        <translation>υποχρεωτικό</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Σημείωση…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Γράψτε για την πόλη μια σημείωση ελέγχου σε αυτό το πεδίο</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Σημείωση ελέγχου: %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Πρωτότυπο (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Μετάφραση (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 στο πρωτότυπο δελτίο</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>Το πρωτότυπο άλλαξε αυτό το πεδίο μετά την τελευταία ενημέρωση της μετάφρασης.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Φόρμα δελτίου πρακτικής</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Ταυτότητα</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Πώς ονομάζεται η πρακτική, σε ποιον ανήκει, πότε εφαρμόστηκε και ποιος μπορεί να τη διαβάσει.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Πλαίσιο και στόχοι</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Γιατί χρειάστηκε η πρακτική και τι επεδίωκε να επιτύχει.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Δράσεις και εταίροι</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Τι έγινε, με ποιους και πόσο κόστισε.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Αποτελέσματα και αξιολόγηση</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Τι άλλαξε και πώς το γνωρίζετε.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Δυνατότητα μεταφοράς και διδάγματα</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Τι πρέπει να γνωρίζει μια άλλη πόλη για να κάνει το ίδιο, μαζί με τις αποτυχίες.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>Το πρόσωπο στο οποίο μπορούν να απευθυνθούν οι εταίροι για αυτή την πρακτική.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Φωτογραφίες, εκθέσεις και άλλα αρχεία. Οι εικόνες μπορούν επίσης να εμφανίζονται μέσα σε ένα κείμενο.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Ένα σύντομο όνομα που λέει τι κάνει η πρακτική, π.χ. «Νυχτερινή διαμεσολάβηση στην παλιά πόλη»</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Τρεις ή τέσσερις προτάσεις για έναν βιαστικό αναγνώστη: τι έγινε, πού, για ποιους και με ποιο αποτέλεσμα.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>Η τοπική κατάσταση που οδήγησε σε αυτή την πρακτική: το πρόβλημα, πού και πότε εμφανίζεται, ποιους επηρεάζει. Οι αριθμοί βοηθούν.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Τι επεδίωκε να αλλάξει η πρακτική. Ένας στόχος ανά στοιχείο της λίστας, μετρήσιμος όπου είναι δυνατό.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>Σε ποιους απευθύνεται η πρακτική και ποιους φτάνει: κατοίκους, νέους, εργαζόμενους της νυχτερινής οικονομίας, αστυνομικούς…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Τι έγινε, βήμα προς βήμα: δραστηριότητες, προσωπικό που συμμετείχε, χρονοδιάγραμμα, εργαλεία και μέθοδοι.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Ποιοι συμμετείχαν και τι συνεισέφερε ο καθένας: αστυνομικές υπηρεσίες, δημοτικές υπηρεσίες, ενώσεις, επιχειρήσεις, κάτοικοι.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Κατά προσέγγιση κόστος και ποιος πλήρωσε: δημοτικός προϋπολογισμός, εθνική ή ενωσιακή χρηματοδότηση, συνεισφορές σε είδος.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Τι άλλαξε, με δείκτες: αριθμοί πριν και μετά, παραδοτέα, ανατροφοδότηση από κατοίκους ή εταίρους.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Πώς αξιολογήθηκαν τα αποτελέσματα, από ποιον και σε τι κατέληξε η αξιολόγηση.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Τι θα χρειαζόταν μια άλλη πόλη για να κάνει το ίδιο: προϋποθέσεις επιτυχίας, μέσα, τι μπορεί να προσαρμοστεί.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Τι θα κάνατε διαφορετικά, τι σας εξέπληξε, συμβουλές για μια πόλη που ξεκινά. Οι αποτυχίες είναι ευπρόσδεκτες.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Επιλέξτε τα θέματα του έργου στα οποία συμβάλλει η πρακτική.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Οι ομάδες εργασίας που πρέπει να διαβάσουν αυτό το δελτίο.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Τα δημόσια δελτία μπορούν να εμφανιστούν στη δημοσίευση του έργου. Το «Μόνο για εταίρους» παραμένει εντός της σύμπραξης. Το «Μόνο για την αστυνομία» κοινοποιείται μόνο σε αστυνομικές υπηρεσίες.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Επιλέξτε μια επαφή της πόλης σας. Αν λείπει, προσθέστε την πρώτα στις Επαφές.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>Η γλώσσα στην οποία είναι γραμμένο αυτό το δελτίο.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Δημιουργία νέου πρόχειρου δελτίου από αντίγραφο του επιλεγμένου</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Μετάφραση…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Δημιουργία συνδεδεμένης μετάφρασης του επιλεγμένου δελτίου</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n λέξη</numerusform>
            <numerusform>%n λέξεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n σημείωση</numerusform>
            <numerusform>%n σημειώσεις</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ενότητες</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Ενότητες του δελτίου</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Τα υποχρεωτικά πεδία συμπληρώθηκαν</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Υποχρεωτικά πεδία που είναι ακόμη κενά</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Υποχρεωτικά για την υποβολή: %1 από %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Πεδία υποχρεωτικά για την υποβολή</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Ιστορικό κατάστασης</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Ιστορικό κατάστασης του δελτίου</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Συντονιστής</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Δεν έχει υποβληθεί ακόμη</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Σημείωση του συντονιστή για ολόκληρο το δελτίο</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Σημείωση του συντονιστή</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Τι πρέπει να εξετάσει πρώτα η πόλη ή γιατί το δελτίο δεν είναι ακόμη έτοιμο</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Τι πρέπει να αλλάξει ή να συμπληρωθεί σε αυτό το πεδίο</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Δελτίο πρακτικής χωρίς τίτλο</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Μόνο για εταίρους</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Περιορισμένη πρόσβαση — μόνο για την αστυνομία</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · δελτίο πρακτικής που εκτυπώθηκε στις %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Δελτίο πρακτικής</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Άνοιγμα πρωτοτύπου</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Άνοιγμα του πρωτότυπου δελτίου</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Σήμανση ως ενημερωμένη</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Δήλωση ότι αυτή η μετάφραση ακολουθεί πλέον το πρωτότυπο όπως είναι</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>Το πρωτότυπο αυτής της μετάφρασης δεν είναι πλέον διαθέσιμο.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Μετάφραση του «%1» (%2). Το πρωτότυπο εμφανίζεται δίπλα σε κάθε πεδίο.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Το πρωτότυπο έχει αλλάξει στο μεταξύ: %2 (επισημαίνονται παρακάτω).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Μεταφράσεις αυτού του δελτίου:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (μη ενημερωμένη)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Άνοιγμα της μετάφρασης: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Δεν υπάρχει δελτίο πρακτικής με αναγνωριστικό %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Αυτό το δελτίο είναι το ίδιο μετάφραση: μεταφράστε αντί γι’ αυτό το πρωτότυπό του.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>Το δελτίο είναι ήδη γραμμένο σε αυτή τη γλώσσα.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Υπάρχει ήδη μετάφραση σε αυτή τη γλώσσα.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Δελτίο πρακτικής χωρίς τίτλο</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Το Pactesur τερματίστηκε απρόσμενα ενώ ήταν ανοιχτό το «%1». Δεν είχε αλλάξει τίποτα σε αυτό από τη στιγμή που άνοιξε, εκτός ίσως από τα τελευταία δευτερόλεπτα πριν από τον τερματισμό. Το δελτίο είναι ξανά ανοιχτό.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Το Pactesur τερματίστηκε απρόσμενα ενώ ήταν ανοιχτό το «%1». Ό,τι γράφτηκε έως τις %2 έχει διατηρηθεί (%3). Μπορεί να λείπει το πολύ το τελευταίο %n δευτερόλεπτο πληκτρολόγησης πριν από τον τερματισμό. Το δελτίο είναι ξανά ανοιχτό για να το ελέγξετε.</numerusform>
            <numerusform>Το Pactesur τερματίστηκε απρόσμενα ενώ ήταν ανοιχτό το «%1». Ό,τι γράφτηκε έως τις %2 έχει διατηρηθεί (%3). Μπορεί να λείπουν το πολύ τα τελευταία %n δευτερόλεπτα πληκτρολόγησης πριν από τον τερματισμό. Το δελτίο είναι ξανά ανοιχτό για να το ελέγξετε.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Μόνο ο συντονιστής γράφει σημειώσεις ελέγχου.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Μόνο ο συντονιστής μπορεί να ορίσει την κατάσταση ενός δελτίου πρακτικής σε «%1».</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Αυτό το δελτίο πρακτικής αναμένει έλεγχο. Αποσύρετέ το σε πρόχειρο πριν το αλλάξετε.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Η κατάσταση αυτού του δελτίου πρακτικής είναι «%1»: μόνο ο συντονιστής μπορεί πλέον να το αλλάξει. Ζητήστε του να ζητήσει αλλαγές.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Αυτό το δελτίο πρακτικής δεν μπορεί να υποβληθεί ακόμη: συμπληρώστε πρώτα τα εξής: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Εκ νέου υποβολή</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Υποβολή για έλεγχο</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Απόσυρση</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Αίτημα αλλαγών</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Κατάργηση δημοσίευσης</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Επικύρωση</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Δημοσίευση…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Κατάσταση: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetsReport</name>
    <message>
        <source>ID</source>
        <translation>Αναγνωριστικό</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>την ανάγνωση των δελτίων πρακτικής</translation>
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
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Συντόμευση</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Στα γραφήματα, στον χάρτη και στο ημερολόγιο, τα πλήκτρα βέλους μετακινούνται από στοιχείο σε στοιχείο και το Enter ανοίγει το επιλεγμένο.</translation>
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
    <message>
        <source>package</source>
        <translation>πακέτο</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Ένα πακέτο ανταλλαγής (.pactesur) για προεπισκόπηση και εισαγωγή.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[πακέτο]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Μετάφραση δελτίου πρακτικής</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Μια μετάφραση του «%1» (%2) είναι αυτοτελές δελτίο, συνδεδεμένο με αυτό. Ο επεξεργαστής εμφανίζει το πρωτότυπο δίπλα σε κάθε πεδίο και επισημαίνει τα πεδία που αλλάζουν αργότερα στο πρωτότυπο.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Έχει ήδη μεταφραστεί σε: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Γλώσσα της μετάφρασης</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Δημιουργία μετάφρασης</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
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
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>η σύνδεση έκλεισε πριν ληφθεί ολόκληρο το αρχείο</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>το αρχείο υπερβαίνει το μέγιστο μέγεθος πακέτου</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Ο συγχρονισμός ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>Η θυρίδα στη διεύθυνση %1 απέρριψε το όνομα χρήστη ή τον κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>Η θυρίδα δεν επιτρέπει αυτή την ενέργεια στη διεύθυνση %1 (403 Forbidden): ελέγξτε τα δικαιώματα κοινής χρήσης του φακέλου.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Δεν υπάρχει φάκελος στη διεύθυνση %1 στον διακομιστή: δημιουργήστε τον ή ελέγξτε τη διεύθυνση της θυρίδας.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>Η θυρίδα είναι κλειδωμένη από άλλο πρόγραμμα στον διακομιστή (423 Locked)· ο επόμενος συγχρονισμός θα προσπαθήσει ξανά.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>Ο διακομιστής ζητά να μειωθεί ο ρυθμός των αιτημάτων (429 Too Many Requests)· ο επόμενος συγχρονισμός θα προσπαθήσει ξανά.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>Η θυρίδα είναι πλήρης: εξαντλήθηκε το όριο αποθηκευτικού χώρου του διακομιστή (507). Ελευθερώστε χώρο εκεί ή ζητήστε περισσότερο από τον διαχειριστή του.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Σφάλμα του διακομιστή (%1) στη διεύθυνση %2· ο επόμενος συγχρονισμός θα προσπαθήσει ξανά.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>Ο διακομιστής απάντησε %1 στη διεύθυνση %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>Η θυρίδα στη διεύθυνση %1 έχει πιστοποιητικό που αυτός ο υπολογιστής δεν εμπιστεύεται: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>Η θυρίδα στη διεύθυνση %1 δεν είναι προσβάσιμη: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της λίστας περιεχομένων του %1 που έστειλε ο διακομιστής.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>Το %1 στη θυρίδα υπερβαίνει το μέγιστο μέγεθος πακέτου.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Σύμφωνα με το πακέτο, το αντίγραφο %1 γράφει για λογαριασμό άλλου από αυτόν που γνωρίζει αυτή η βάση δεδομένων. Δεν άλλαξε τίποτα.</translation>
    </message>
</context>
</TS>
