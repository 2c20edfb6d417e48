<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Mostrare le attività in un elenco</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Mostrare le attività in un calendario</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n attività</numerusform>
            <numerusform>%1: %n attività</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Mostrare un mese</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Periodo del progetto</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Mostrare il periodo del progetto</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mese precedente (Pag su)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mese successivo (Pag giù)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostrare oggi</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periodo visualizzato</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Attività del mese</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Attività nel periodo del progetto</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln attività nel periodo del progetto</numerusform>
            <numerusform>%Ln attività nel periodo del progetto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n altra</numerusform>
            <numerusform>+%n altre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n altra non elencata</numerusform>
            <numerusform>%n altre non elencate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln attività in questo giorno: fare clic per visualizzarla</numerusform>
            <numerusform>%Ln attività in questo giorno: fare clic per elencarle</numerusform>
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
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Troppe attività per disegnarle una per una</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln attività</numerusform>
            <numerusform>%Ln attività</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>la lettura delle attività</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>la lettura delle partecipazioni</translation>
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
        <translation>Report delle attività</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · report redatto il %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Dati principali</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Attività per città</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Attività per tema</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Attività per tipo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Città coinvolte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Agenti di polizia</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Svolte: %1 · in programma: %2 · annullate: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>I partecipanti sono i dati forniti dalle città per ogni attività; se nessuna città ha fornito dati, vale il totale dichiarato per l'attività.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Come ospitante</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Come partecipante</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Tutte le città</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Ogni attività viene conteggiata nel tema del suo gruppo di lavoro. Le schede pratiche comprendono tutte le schede sul tema redatte finora, qualunque sia il loro stato; le traduzioni non vengono conteggiate.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Schede pratiche</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Convalidate o pubblicate</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Nessun tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Nessuna attività in questo periodo.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Città</translation>
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
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Data di redazione</translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Impossibile leggere il file %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Impossibile scrivere una copia di %1: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Nessuna applicazione è riuscita ad aprire %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Salva allegato</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Impossibile salvare il file %1: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>File allegato</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Nome del file allegato</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Tipo e dimensione del file allegato</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Allega file…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Allegare un file a questa risorsa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Aprire il file allegato</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Salvare una copia del file allegato</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Nessun file allegato</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Sostituisci file…</translation>
    </message>
</context>
<context>
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>l'autore è una replica che questo database non conosce</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>un referente della città può modificare solo i record della propria città</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>un referente della città non può cedere un record a un'altra città</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>solo il coordinatore revisiona le schede pratiche</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>il proprietario di un record non cambia mai</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>il suo proprietario non può possedere un record di questo tipo</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Impossibile leggere il backup %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Il backup %1 non esiste più.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>Il backup %1 appartiene a un altro database; non può essere ripristinato qui.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>il ripristino di un backup</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Non è stato possibile rimuovere i dati personali dei contatti cancellati dal backup %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Prima di ogni importazione e di ogni ripristino viene creato un backup dell'intero database; dopo un'importazione vengono conservati i dieci più recenti. Si trovano in %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Ripristinare il backup del %1?
Il database torna com'era in quel momento. Il suo stato attuale viene prima salvato in un nuovo backup e può essere recuperato con Modifica ▸ Annulla.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Ripristino del backup…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Mostra la cartella</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Ancora nessun backup.

Il primo viene creato quando importi un pacchetto.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>Attività di %1</translation>
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
        <translation>A questo database non è ancora assegnato un ruolo. Sceglierne prima uno: coordinatore o referente di una città.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Questo file non è una tessera di identità Pactesur, oppure è danneggiato.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>Impossibile leggere la tessera %1.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Impossibile scrivere la tessera in %1.</translation>
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
        <translation>Nessun periodo del progetto registrato</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Oggi, %1: il progetto non è ancora iniziato</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Oggi, %1: il progetto è terminato</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Oggi, %1</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Il file è danneggiato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n record fa riferimento a record inesistenti.</numerusform>
            <numerusform>%n record fanno riferimento a record inesistenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>La versione dello schema è %1; questa versione di Pactesur richiede la versione %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 (in più)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 (mancante)</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>La struttura del database non corrisponde a quella prevista da Pactesur: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associata</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Impresa privata</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Società civile</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polizia</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Compito di interesse pubblico</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legittimo interesse</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obbligo legale</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>In programma</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Osservatore</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Scambio di personale di polizia</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Accademia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita di studio</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comitato di pilotaggio</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Materiale formativo</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Pubblicazione</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Orientamenti UE</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifiche richieste</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Convalidata</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicata</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Solo partner</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Riservato alla polizia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Per l'elenco dei comandi, eseguire pactesur-cli --help.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L'opzione %1 richiede un valore.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set richiede FIELD=VALUE, non “%1”.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opzione sconosciuta: %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Uso: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Tipo “%1” sconosciuto; i tipi disponibili sono: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init richiede --coordinator oppure --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>Il database %1 è pronto; ruolo di questa replica: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replica: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Uso: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Impossibile leggere il file %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add richiede almeno un --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit richiede almeno un --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>Il database è integro.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>Il database presenta dei problemi.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Impronta dello stato: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando specificato.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando “%1” sconosciuto.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>%n record generato.</numerusform>
            <numerusform>%n record generati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n record scritto in %1.</numerusform>
            <numerusform>%n record scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nuovi: %1, aggiornati: %2, invariati: %3, conflitti: %4, rifiutati: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulazione: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Tutte le modifiche del pacchetto sono state rifiutate: %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Altri comandi:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>A questo database non è ancora assegnato un ruolo. Sceglierne prima uno: coordinatore o referente di una città.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Impronta: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Registrata %1, impronta %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Già registrata: %1, impronta %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Impossibile leggere il file della password %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Nessuna casella di scambio impostata. Impostarne una con: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Casella di scambio: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utente: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Pacchetti pubblicati: %1; non ancora ricevuti da tutti i destinatari: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nessuna sincronizzazione finora.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Casella di scambio impostata: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Pacchetti inviati: %1, ricevuti: %2, importati: %3; nuovi conflitti: %4; rifiutati: %5.</translation>
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
        <translation>Uso: pactesur-cli [--db FILE] COMMAND [opzioni]

Comandi:
  init [--coordinator | --city SLUG]   crea il database e sceglie il ruolo
  whoami [--json]                      mostra il ruolo di questa replica
  list KIND [--json]                   elenca i record di un tipo
  show KIND ID [--json]                mostra un record
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integrità, schema e impronta dello stato
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       scrivere un pacchetto di scambio firmato e sigillato
  import FILE [--dry-run] [--json]     unisce un pacchetto (dopo un backup)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              impronta di questa replica; il registro
  keys export --out FILE               scrivere la tessera di identità di questa replica
  keys trust CARD [--fingerprint FP]   registrare una tessera dopo aver confrontato le impronte
  keys revoke REPLICA                  revocare la fiducia nelle chiavi di una replica
  mailbox set URL [--user USER]        imposta la casella di scambio (WebDAV o cartella) per sincronizzare
  mailbox show [--json]                mostra la casella di scambio e cosa contiene per noi
  sync [--password-file FILE] [--json] esegue un ciclo di scambio automatico
                                       (oppure la password in PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       aggiunge record fittizi

Tipi: %1
Il database è %2, salvo diversa indicazione di --db o PACTESUR_DB.
Codici di uscita: 0 completato, 1 errore (per sync: casella di scambio non raggiungibile o
ciclo non completato), 2 errore di utilizzo, 3 input rifiutato (nessuna modifica; per sync:
pacchetti rifiutati).</translation>
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
        <translation>Eliminato o mantenuto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitti aperti</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Nessun conflitto aperto.
Quando un pacchetto porta un valore diverso per un campo modificato anche qui, entrambi i valori restano in attesa in questo elenco finché non se ne sceglie uno.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n conflitto aperto; sono elencati i %1 più recenti.</numerusform>
            <numerusform>%n conflitti aperti; sono elencati i %1 più recenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n conflitto aperto. Scegliere il valore da mantenere; la scelta può essere annullata fino alla prossima esportazione di un pacchetto.</numerusform>
            <numerusform>%n conflitti aperti. Scegliere il valore da mantenere; la scelta può essere annullata fino alla prossima esportazione di un pacchetto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Mostra il record</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Mantieni il testo scritto</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Nessun conflitto selezionato</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Scegliere un conflitto nell'elenco per vederne i valori affiancati.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 «%2»: eliminato da una parte, modificato dall'altra</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>Il record viene mantenuto finché non si effettua una scelta. Mantenerlo oppure eliminarlo come richiesto da una delle parti.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Questo campo è stato modificato in due posti prima che si scambiassero i pacchetti. Entrambi i valori vengono conservati finché non se ne sceglie uno o non se ne scrive uno che li combini.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valore da mantenere</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Oppure scrivere il valore da mantenere, ad esempio uno che li combini:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Valore %1 (visualizzato ora)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Valore %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Scritto da %1 il %2 alle %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Elimina il record</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Mantieni il record</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Mantieni questo valore</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Mantenuto, con le modifiche dell'altra parte</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Cancellare i dati personali di %1?

La cancellazione è definitiva: non può essere annullata e verrà trasmessa a tutti i partner con il prossimo scambio.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Esporta dati personali</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Impossibile salvare il file %1: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Cancella dati personali…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
        <translation>Cancellare definitivamente i dati personali di questo contatto</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Esporta dati personali…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Esportare i dati conservati su questo contatto</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data di revisione</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Revisione scaduta dal %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Fare clic su un numero per vedere i record da cui deriva, su una città per aprirla, su una data per aprire l'attività corrispondente. Fare clic sul titolo di una colonna per ordinare.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Dati di ogni città partner</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: fare clic per aprirla</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Nessuna attività fino a oggi</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Fare clic per vedere i record.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Più recente</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>L'attività più recente che la città ha ospitato o a cui ha partecipato, fino a oggi.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Agenti scambiati</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Attività ospitate</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Come ospitante</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Attività che la città ospita o ha ospitato; quelle annullate non vengono conteggiate.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Attività ospitate da %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Attività a cui ha partecipato</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Come partecipante</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Attività ospitate da un'altra città, oppure online, in cui è registrata la partecipazione della città.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Attività a cui ha partecipato %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Agenti inviati</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Agenti della città registrati negli scambi di personale di polizia ospitati da un'altra città.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Agenti inviati da %1 agli scambi di personale di polizia</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Agenti accolti</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Accolti</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Agenti di altre città registrati negli scambi di personale di polizia ospitati dalla città.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Agenti accolti da %1 negli scambi di personale di polizia</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Schede pratiche della città, qualunque sia il loro stato; una traduzione non viene conteggiata come scheda a sé.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Schede pratiche di %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Schede pratiche: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Schede pratiche della città con lo stato «%1»; una traduzione non viene conteggiata come scheda a sé.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Schede pratiche di %1: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Gruppi di lavoro di cui la città fa parte.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Gruppi di lavoro di %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contatti da rivedere</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Contatti della città la cui data di revisione è passata: verificare che siano ancora necessari e corretti.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Contatti di %1 da rivedere</translation>
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
        <translation>Ultima attività: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Fare clic per vedere i record da cui deriva il numero scelto.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Colora le città per:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Dato visualizzato sulla mappa</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Puntare una città per vederne i dati; fare clic su di essa per vedere i record da cui deriva il numero scelto.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Dati della mappa: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Mappa delle città partner: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n città senza coordinate non può essere collocata sulla mappa.</numerusform>
            <numerusform>%n città senza coordinate non possono essere collocate sulla mappa.</numerusform>
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
        <translation>Attività iniziate prima del %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Attività iniziate nel %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Attività iniziate dopo il %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Schede pratiche con lo stato «%1»</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Schede pratiche sul tema «%1»</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Attività per trimestre</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Partecipanti per tipo di attività</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Schede pratiche per stato</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Schede pratiche per tema</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Periodo del progetto, oggi e tappe fondamentali</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Ancora nessun progetto registrato</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Inizia tra %n giorno</numerusform>
            <numerusform>Inizia tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Terminato il %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>Giorno %1 di %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Fare clic per aprire questa attività.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Su questa linea compaiono le tappe fondamentali: le attività i cui partecipanti o le cui città sono dichiarati per l'intero partenariato.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Tappe fondamentali: le attività i cui partecipanti o le cui città sono dichiarati per l'intero partenariato. Fare clic su una tappa per aprirla.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>In programma o svolte; quelle annullate non vengono conteggiate.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Registrati dalle città</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Da rapporti pubblici</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Donne tra i partecipanti</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Sui %1 partecipanti per i quali è registrato il numero di donne.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Nessun record di partecipazione indica ancora il numero di donne.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Agenti scambiati</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Inviati dalla propria città agli scambi di personale di polizia ospitati da un'altra città.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Attività in programma o svolte</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Attività con partecipanti</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Record di partecipazione che indicano il numero di donne</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Agenti inviati agli scambi di personale di polizia ospitati da un'altra città</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n attività</numerusform>
            <numerusform>%1: %n attività</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Ancora nessuna attività.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: %2 partecipanti (%3 registrati dalle città, %4 da rapporti pubblici)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Ancora nessun partecipante registrato o dichiarato.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>I rapporti pubblici indicano alcuni totali senza specificare quante persone provenissero da ciascuna città. Un totale di questo tipo viene conteggiato qui per la sua attività quando nessuna città ha registrato la propria partecipazione, e mai nei dati di una città.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Partecipanti registrati dalle città in attività di tipo «%1»</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Partecipanti da rapporti pubblici in attività di tipo «%1»</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Ancora nessuna scheda pratica. Verranno conteggiate qui quando le città le redigeranno.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n scheda pratica</numerusform>
            <numerusform>%1: %n schede pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n attività</numerusform>
            <numerusform>%n attività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n partecipante</numerusform>
            <numerusform>%n partecipanti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n scheda pratica</numerusform>
            <numerusform>%n schede pratiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n record dell'elenco «%1».</numerusform>
            <numerusform>%n record dell'elenco «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, la somma su %n record dell'elenco «%3».</numerusform>
            <numerusform>%1: %2, la somma su %n record dell'elenco «%3».</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Record da cui deriva un numero</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Aprire il record selezionato nella sua sezione</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Fare doppio clic su una riga per aprire la relativa attività, dove è elencata questa partecipazione.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Fare doppio clic su un record per aprirlo nella sua sezione.</translation>
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
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Lettura dei dati in corso…</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>Il database %1 è già aperto in un'altra finestra o in un altro programma di Pactesur. Chiuderlo lì, quindi riprovare.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Impossibile bloccare il database %1: la cartella non è scrivibile.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Il database %1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossibile aprire il database %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>l'aggiornamento della struttura del database</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Il disco è pieno: non è stato modificato nulla. Liberare spazio, quindi riprovare.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Il database è occupato da un altro programma: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Errore del database durante %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>%1 non è un database di Pactesur oppure è danneggiato.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>%1 non è un database di Pactesur.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>l'apertura del database</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Questo database è stato creato con una versione più recente di Pactesur (versione dello schema %1; questa versione supporta fino alla versione %2). Aggiornare Pactesur per aprirlo.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Il database %1 richiede un aggiornamento che non è possibile eseguire con un'apertura in sola lettura.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>l'avvio di una transazione</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>il salvataggio delle modifiche</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>il salvataggio di un record</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>la creazione dell’indice di ricerca</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Registra una tessera</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Confrontare l'impronta prima di fidarsi di questa tessera</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Secondo questa tessera, il titolare è: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replica %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Impronta della tessera:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Impronta della tessera</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Chiamare il titolare, o incontrarlo, e chiedergli di leggere ad alta voce la propria impronta (Scambi ▸ Chiavi nel suo Pactesur). Registrare la tessera solo se ogni gruppo di cifre è identico: chiunque può creare una tessera che afferma di appartenere a qualcun altro.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Impronta letta dal titolare (facoltativa: se viene digitata, Pactesur la confronta):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Impronta letta dal titolare</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>es. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Registra: le impronte coincidono</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Registra la tessera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Importa un pacchetto</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pacchetti Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>Es&amp;porta pacchetto…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Salvare un file di pacchetto da inviare ai partner</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importa pacchetto…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Aprire un file di pacchetto inviato da un partner: vedere cosa modifica, quindi applicarlo</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Pacchetti ricevuti e inviati</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Salva il pacchetto</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pacchetti Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L'esportazione è stata annullata; non è stato scritto alcun file.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Esporta un pacchetto</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Un pacchetto è un file da inviare ai partner (via e-mail o su chiavetta USB); lo aprono con File ▸ Importa pacchetto.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>Ciò che un partner non ha ancora ricevuto (consigliato):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Più piccolo: solo le modifiche successive all'ultimo pacchetto ricevuto da quel partner.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Nessun partner ha ancora inviato un pacchetto: la prima volta inviare una copia completa.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>Ciò che il coordinatore non ha ancora ricevuto (consigliato)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Più piccolo: solo le modifiche successive all'ultimo pacchetto ricevuto dal coordinatore.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Non è ancora arrivato alcun pacchetto dal coordinatore: la prima volta inviare una copia completa.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Una copia completa di tutto il contenuto di questo database</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo di record</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avanzamento dell'esportazione</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Conteggio del contenuto…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Contenuto: %n record.</numerusform>
            <numerusform>Contenuto: %n record.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Scrittura del pacchetto… Annulla interrompe l'operazione senza lasciare alcun file.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Il pacchetto è stato salvato come:
%1
Inviare questo file al partner.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>In Pactesur le tessere si registrano in Scambi ▸ Chiavi ▸ Registra una tessera…, dopo averne confrontato l'impronta con il titolare.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Non è ancora arrivato alcun pacchetto da «%1», quindi non è possibile creare un pacchetto differenziale; esportare invece un pacchetto completo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>il conteggio dei record da esportare</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>A questo database non è ancora assegnato un ruolo. Sceglierne prima uno: coordinatore o referente di una città.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Non è ancora arrivato alcun pacchetto da “%1”, quindi non è possibile creare un pacchetto differenziale; esportare invece un pacchetto completo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Impossibile scrivere il pacchetto %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; non è stato scritto alcun file.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>il disco potrebbe essere pieno</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Nessuna replica registrata può ricevere questo pacchetto: registrare prima le tessere delle città (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Registrare prima la tessera del coordinatore (keys trust FILE): i pacchetti sono sigillati per lui.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Impossibile creare una cartella temporanea privata per il pacchetto.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>la registrazione dell’esportazione</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nome locale</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Rappresentata da</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Corpo di polizia</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Temi prioritari</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Email di lavoro</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefono di lavoro</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Da rivedere entro</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Etichette tradotte</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Città capofila</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Gruppo di lavoro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Città ospitante</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Partecipanti dichiarati</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Città dichiarate</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agenti di polizia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traduzione di</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Riservatezza</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inizio del periodo</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fine del periodo</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Contesto e problema</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Gruppi destinatari</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Azioni e attuazione</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Budget e finanziamento</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Risultati e indicatori</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Trasferibilità</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lezioni apprese</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Note di revisione</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo di file</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome del file</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Corrispondente</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggi</translation>
    </message>
    <message>
        <source>Source revision</source>
        <translation>Revisione dell'originale</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Scheda pratica</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Stato di partenza</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Nuovo stato</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Valore “%1” non valido per %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Il campo %1 è troppo lungo: al massimo %2 caratteri.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>i caratteri di controllo non sono ammessi</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>deve essere un numero intero maggiore o uguale a 0</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>deve essere un numero</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>deve essere un numero compreso tra %1 e %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>deve essere una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>deve essere uno dei valori seguenti: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>deve essere un codice paese di due lettere, ad esempio IT</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>deve essere un codice lingua di due lettere, ad esempio it</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>devono essere codici lingua di due lettere separati da virgole</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>deve essere un indirizzo web che inizia con https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>deve essere un indirizzo email</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>deve essere un numero di telefono</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>deve essere un id o uno slug</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>deve essere un oggetto JSON, ad esempio {"it": "…"}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>sono ammessi solo lettere minuscole, cifre e trattini</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>deve essere un'impronta SHA-256</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>il contenuto di un file non può essere digitato</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>%1 ha un tipo errato</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 è fuori dall'intervallo consentito</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 è troppo lungo</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 non è un id</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 non è un elenco</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>%1 non è nella forma memorizzata</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>deve essere un oggetto JSON come {"summary": "…"}</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Impostata</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: data impostata</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Codici lingua, ad es. fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Database di Pactesur (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nuovo database</translation>
    </message>
</context>
<context>
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>La cartella della casella di scambio %1 è piena: liberare spazio sul disco.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>La cartella della casella di scambio %1 non esiste (un'unità non montata o una cartella non ancora sincronizzata?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Impossibile creare la cartella %1 nella casella di scambio: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronizzazione annullata.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Impossibile scrivere %1 nella casella di scambio: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Impossibile rinominare %1 nella casella di scambio: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Impossibile leggere %1 dalla casella di scambio: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Impossibile rimuovere %1 dalla casella di scambio: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Solo il database del coordinatore può generare record.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariati</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Record non ancora presenti nel database.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Record già presenti che il pacchetto modifica.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Record già presenti così come sono.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Record modificati da entrambe le parti: entrambi i valori vengono conservati finché qualcuno non sceglie nell'elenco dei conflitti.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Modifiche che il mittente non è autorizzato a fare; vengono escluse, il resto viene importato.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importa un pacchetto</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Esamina i conflitti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Modifiche apportate dal pacchetto</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell'importazione</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Pacchetto da %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Creato il %1 alle %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Una copia completa dei dati del mittente: %n record.</numerusform>
            <numerusform>Una copia completa dei dati del mittente: %n record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Le modifiche dall'ultimo scambio: %n record.</numerusform>
            <numerusform>Le modifiche dall'ultimo scambio: %n record.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Confronto del pacchetto con il database…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Niente di nuovo: il database contiene già tutto ciò che è presente in questo pacchetto. Fare clic su Applica per registrarne la ricezione.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Non cambia nulla finché non si fa clic su Applica. Prima viene creato un backup del database.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Annullamento… il database resta com'era.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importazione… Annulla interrompe l'operazione e lascia il database com'era.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importazione completata. Nuovi: %1, aggiornati: %2, conflitti da esaminare: %3, rifiutati: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Il database com'era prima è conservato in %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Pacchetto importato</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importazione annullata</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Pacchetto non importato</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L'importazione non è riuscita</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Salvataggio delle modifiche… Annulla interrompe l'operazione e lascia il database com'era.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Verifica del pacchetto… Annulla interrompe l'operazione e lascia il database com'era.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Nel database non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Tutte le modifiche di questo pacchetto sono state rifiutate: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>L'importazione è stata annullata; il database è com'era.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Firmato da %1 (verificato)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>La firma del mittente non è stata verificata.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Impronta della chiave: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Altro %n record nuovo o aggiornato è contato sopra ma non elencato.</numerusform>
            <numerusform>Altri %n record nuovi o aggiornati sono contati sopra ma non elencati.</numerusform>
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
        <translation>Record</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Nuovi record (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Record aggiornati (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflitti da esaminare (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Rifiutati (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Senza titolo (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminazione</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossibile creare la cartella di backup %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>la creazione di un backup</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>A questo database non è ancora assegnato un ruolo. Sceglierne prima uno: coordinatore o referente di una città.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Questo pacchetto è stato esportato da questo database; non contiene nulla di nuovo.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importazione annullata; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Una modifica del campo %1 di un contatto cancellato è stata ignorata: prevale la cancellazione.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>l'importazione di un pacchetto</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Il pacchetto fa riferimento a record che non contiene; non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>Impossibile avviare la libreria crittografica.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Impossibile leggere le chiavi di questo database (%1).</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Le chiavi di questo database (%1) sono danneggiate.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Impossibile salvare le chiavi di questo database in %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Impronta copiata.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (questo database)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Registra una tessera</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Tessere di identità Pactesur (*.card);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Registrata: %1. I suoi pacchetti sono accettati e i pacchetti di questo database possono essere sigillati per lei.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Già registrata: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Esporta la mia tessera</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>La tessera è salvata come %1. Inviarla al partner, poi leggergli l'impronta al telefono.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Revocare le chiavi di %1?
Da ora i suoi pacchetti sono rifiutati e i prossimi pacchetti inviati lo comunicano a tutte le città. Una chiave revocata non è mai più accettata: il titolare crea un nuovo database, di cui si registra la tessera.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Le chiavi di %1 sono revocate.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Ogni pacchetto è firmato dal mittente e sigillato per le repliche che possono leggerlo. Una tessera contiene le chiavi pubbliche di una replica; prima di registrare la tessera di qualcuno, confrontarne l'impronta con quella letta dal titolare, al telefono o di persona.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Questo database</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, replica %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>A questo database non è ancora assegnato un ruolo.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Impronta di questo database: leggerla al partner che registra la tessera.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Impronta di questo database</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copia l'impronta</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>Esporta la mia &amp;tessera…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Esporta la mia tessera</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Repliche di cui questo database si fida</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>La tessera di ogni città si registra dopo averne confrontato l'impronta; ogni pacchetto inviato contiene questo elenco, così le città si fidano l'una dell'altra tramite il coordinatore.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Il referente di una città registra una sola volta la tessera del coordinatore; le altre città arrivano con i pacchetti del coordinatore.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replica</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Registra una tessera…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Registra una tessera</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Re&amp;voca…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Revoca le chiavi selezionate</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Gruppo di lavoro</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adesione</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adesioni</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Partecipazione</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Scheda pratica</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Schede pratiche</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Scambio</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Scambi</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Cambio di stato</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Cambi di stato</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
</context>
<context>
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Chiunque (copia completa)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Nuovi: %1, aggiornati: %2, invariati: %3, conflitti: %4, rifiutati: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n record</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Tutti i pacchetti ricevuti o inviati da questo database, dal più recente.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Pacchetti ricevuti e inviati</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Nessun pacchetto ancora inviato o ricevuto.

Un pacchetto porta le modifiche di questo database al coordinatore o alle città e riporta le loro. Esportatene uno per inviare il vostro lavoro; importate quello che avete ricevuto. Ogni scambio viene poi elencato qui.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>La casella di scambio richiede la password di %1: verrà chiesta da File ▸ Sincronizza ora.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Nessun portachiavi del desktop disponibile: Pactesur conserva la password fino alla chiusura.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur la conserva nel portachiavi del desktop.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Password della casella di scambio</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>La password di %1 su %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Sincronizzazione non eseguita: la casella di scambio richiede la password di %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n pacchetto non accettato: verrà riproposto alla prossima sincronizzazione.</numerusform>
            <numerusform>%n pacchetti non accettati: verranno riproposti alla prossima sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Scambiare ora i pacchetti con i partner tramite la casella di scambio</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Casella di scambio…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Dove i pacchetti vengono scambiati automaticamente e con quale frequenza</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Casella di scambio</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Tramite una casella di scambio, Pactesur invia le modifiche ai partner e importa automaticamente le loro. La casella di scambio è una cartella su un server WebDAV come Nextcloud, oppure una cartella su questo computer che un client di sincronizzazione condivide con i partner. Lasciare vuoto l'indirizzo per scambiare solo manualmente.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Indirizzo della casella di scambio</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Una cartella: %2percorso/della/cartella</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nome utente sul server</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Password sul server</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizza &amp;ogni:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Solo manualmente</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minuti tra una sincronizzazione automatica e l'altra</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Mentre Pactesur è aperto; 0: solo quando si sceglie File ▸ Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Esamina ogni pacchetto in arrivo prima di importarlo</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Risultato della verifica della connessione</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Salva le impostazioni della casella di scambio</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Nessun portachiavi del desktop: la password viene chiesta una volta per sessione.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>La password è conservata nel portachiavi del desktop.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>La connessione funziona.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Casella di scambio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Interrompere la sincronizzazione; la successiva riprenderà da dove si è fermata</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronizzazione in corso</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Casella di scambio non impostata</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>I pacchetti vengono scambiati manualmente. Impostare una casella di scambio (Impostazioni ▸ Casella di scambio…) per scambiarli automaticamente con i partner.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Sincronizzazione · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Scambio dei pacchetti con la casella di scambio in corso. Annulla lo interrompe; la sincronizzazione successiva riprenderà da lì.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>Impossibile sincronizzare la casella di scambio</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Casella di scambio impostata · non ancora sincronizzata</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizzata %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>%n pacchetto ricevuto</numerusform>
            <numerusform>%n pacchetti ricevuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>%n inviato</numerusform>
            <numerusform>%n inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nuovo conflitto</numerusform>
            <numerusform>%n nuovi conflitti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutato</numerusform>
            <numerusform>%n rifiutati</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>La casella di scambio non è ancora stata sincronizzata da questo database.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Pacchetti importati: %1 (scaricati: %2), inviati: %3; rimossi dalla casella di scambio dopo la ricezione da parte di tutti i destinatari: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Nuovi conflitti: %1; pacchetti rifiutati: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>in un momento sconosciuto</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>il %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>Preparazione di un pacchetto…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Impossibile conservare il pacchetto %1 accanto al database.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Il pacchetto %1 non si trova più accanto al database e non può essere inviato di nuovo.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Caricamento di %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Impossibile scrivere la conferma di ricezione di questa replica.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>A questo database non è ancora assegnato un ruolo. Sceglierne prima uno: coordinatore o referente di una città.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Impossibile creare accanto al database una cartella privata per i pacchetti della casella di scambio.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Lettura della casella di scambio…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Sincronizzazione annullata; la successiva riprenderà da qui.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>il coordinatore</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (replica %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Il pacchetto %1 (mittente: %2) non è ancora nella casella di scambio; i successivi lo attendono.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Il pacchetto %1 (mittente: %2) è stato rifiutato; i successivi attendono che nella casella di scambio arrivi una copia valida.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Download di %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (mittente: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>il suo contenuto non corrisponde al nome (troncato o modificato).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>non è stato pubblicato da questo mittente come pacchetto %1 della sua casella di scambio.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (mittente: %2): record %3 rifiutato: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>«%1» non è un indirizzo di casella di scambio: indicare https://server/folder/ (per Nextcloud https://server/remote.php/dav/files/USER/folder/) oppure file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>La casella di scambio su %1 verrebbe raggiunta senza cifratura: usare https://, oppure http:// solo per un server su questo computer.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Nessuna casella di scambio impostata per questo database: impostarne prima una (mailbox set URL, oppure Impostazioni ▸ Casella di scambio).</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <source>Create an empty database with the project's founding data</source>
        <translation>Crea un database vuoto con i dati di base del progetto</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Apre un altro file di database di Pactesur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtra i record dell'elenco corrente</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Informazioni su Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Sezione corrente</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>File di database</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Il file “%1” esiste già. Scegliere un altro nome oppure usare Apri database per aprirlo.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Il file “%1” non esiste.</translation>
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
        <translation>Pactesur aiuta le città partner del progetto UE PACTESUR 2 a coordinare il loro lavoro: chi è chi, gruppi di lavoro, attività e schede pratiche che condividono.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licenza: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Versione di Qt: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Informazioni su Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Trova nell’elenco…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Cerca ovunque…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Cercare in tutti i record di ogni tipo</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Nuovo record…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Aggiungere un record all’elenco corrente</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Modifica record…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Modificare il record selezionato nell’elenco corrente</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Elimina record…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Eliminare il record selezionato nell’elenco corrente</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>%n scheda pratica riaperta dopo l'arresto imprevisto di Pactesur: la scheda indica cosa è stato conservato.</numerusform>
            <numerusform>%n schede pratiche riaperte dopo l'arresto imprevisto di Pactesur: ciascuna indica cosa è stato conservato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Scambi</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflitti (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Creare un report delle attività, un calendario, l'opuscolo delle pratiche o un elenco</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>&amp;Contrasto elevato</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Scorciatoie da tastiera…</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Città membri</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Città da aggiungere</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Aggiungi città</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Aggiungere la città scelta come membro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Rimuovere la città membro selezionata</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Rimuovere la città membro selezionata (Canc)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Rimuovi membro</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Ruolo di %1</translation>
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
        <translation>Copia di %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Nuova scheda pratica</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Descrivere una pratica della propria città per il partenariato. Partire da una scheda vuota o dalla copia di una scheda simile alla propria. Tutto ciò che si scrive viene salvato durante la digitazione.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>Scheda &amp;vuota</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>&amp;Copia di:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Scheda da copiare</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Crea e apri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Rimuovi questo avviso</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Modifiche rifiutate (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n modifica non è stata applicata perché le regole di proprietà la rifiutano; sono elencate le %1 più recenti.</numerusform>
            <numerusform>%n modifiche non sono state applicate perché le regole di proprietà le rifiutano; sono elencate le %1 più recenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Rimuovi tutti</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Rimuovi tutti gli avvisi elencati</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifiche rifiutate</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n modifica non è stata applicata perché le regole di proprietà la rifiutano. Rimuovere un avviso dopo averlo letto.</numerusform>
            <numerusform>%n modifiche non sono state applicate perché le regole di proprietà le rifiutano. Rimuovere un avviso dopo averlo letto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>La modifica di «%1» nel record «%3» (%2) fatta qui da una versione meno recente di Pactesur è rifiutata dalle regole di proprietà: %4. Gli altri database la ignorano; se il record è di propria competenza, modificarlo di nuovo.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Una modifica di «%1» nel record «%3» (%2) da parte di %4 è stata rifiutata: %5.</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>%1 non è un pacchetto Pactesur valido: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Il pacchetto %1 non esiste.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>il file supera la dimensione massima di un pacchetto.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Impossibile leggere il pacchetto %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>non è un file di pacchetto.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>non può essere aperto.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>è danneggiato.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>non è stato creato da Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Il pacchetto %1 è stato creato con una versione più recente di Pactesur (formato del pacchetto %2; questa versione legge il formato %3). Aggiornare Pactesur per importarlo.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>la versione del formato è sconosciuta.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>contiene tabelle o codice che un pacchetto non può contenere.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>il manifesto non è leggibile.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>il manifesto non descrive un pacchetto Pactesur.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>il manifesto è incompleto o errato.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>deleted non è 0 o 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>contiene un campo sconosciuto “%1”</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>%1 ha un tipo errato</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>uno dei suoi conflitti non è ben formato.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>è danneggiato o troppo lento da leggere.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>i suoi record non sono leggibili.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>record %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>l'id non è valido</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>il proprietario non è valido</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>la data non è valida</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>la versione non è valida</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>la cronologia non è leggibile</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>la cronologia di “%1” non è valida</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>un allegato non corrisponde alla sua impronta.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Il pacchetto %1 è stato creato con una versione meno recente di Pactesur (formato del pacchetto %2; questa versione legge il formato %3). Chiedere al mittente di aggiornare Pactesur ed esportarlo di nuovo.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Il pacchetto %1 non è firmato e sigillato (formato di pacchetto 2 o precedente); questa versione legge solo pacchetti firmati (formato 3). Chiedere al mittente di aggiornare Pactesur e di esportare di nuovo.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Impossibile creare una cartella temporanea privata per il pacchetto.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>il suo manifesto indica un mittente diverso dalla chiave che lo ha firmato.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>il manifesto contiene più voci di quante un pacchetto ne possa avere.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>il manifesto contiene una chiave più lunga del consentito.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>il manifesto contiene un valore più lungo del consentito (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Non è stato possibile leggere il pacchetto %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Città partecipanti</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agenti di polizia</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Città da aggiungere</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Aggiungi città</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Aggiungere la città scelta ai partecipanti</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected city's participation</source>
        <translation>Rimuovere la partecipazione della città selezionata</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
        <translation>Rimuovere la partecipazione della città selezionata (Canc)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Rimuovi partecipazione</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
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
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Questo database</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Dati iniziali</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Un altro partner (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Referente di una città sconosciuta</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Referente di %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>la lettura delle schede pratiche</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Altre pratiche</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, in corso</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Dal %1, in corso</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Dal %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Fino al %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>In corso</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Pratiche per spazi pubblici più sicuri</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n scheda pratica</numerusform>
            <numerusform>%n schede pratiche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · opuscolo redatto il %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Schede pratiche delle città partner</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Schede pratiche</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Data di redazione</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Questo opuscolo raccoglie le schede pratiche che le città partner di %1 hanno scritto e che il coordinatore ha convalidato per la pubblicazione. Ciascuna è riportata in inglese se una traduzione è pronta, altrimenti nella lingua originale.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Questo opuscolo raccoglie le schede pratiche che le città partner di %1 hanno scritto e che il coordinatore ha convalidato per la pubblicazione. Ciascuna è riportata nella lingua dell'opuscolo (%2) se una traduzione è pronta, altrimenti in inglese o nella lingua originale.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Nessuna scheda pratica è ancora convalidata e pubblica.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Questa pratica non è ancora disponibile nella lingua dell'opuscolo (%1); è riportata nella versione: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Lingue disponibili</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Dettagli del record selezionato</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Ultima modifica: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Selezionare un record per visualizzarne tutti i dettagli.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Attività ospitate: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Schede pratiche: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Gruppi di lavoro (come membro): %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contatti: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Collegati</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Nuovo record: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Modifica record: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Obbligatorio</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Tutte le città</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tutti i temi</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisione scaduta</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Tutte le città capofila</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Contatti la cui data di revisione è passata</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtra per %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordListView</name>
    <message>
        <source>All roles</source>
        <translation>Tutti i ruoli</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Ancora nessuna città. Qui sono elencate le città partner del progetto.</translation>
    </message>
    <message>
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Ancora nessun gruppo di lavoro. I gruppi di lavoro del progetto, con il loro tema e la città capofila, vengono elencati qui una volta registrati.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
        <translation>Ancora nessuna attività. Riunioni, formazioni, scambi e le altre attività del progetto vengono elencati qui una volta registrati.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Ancora nessuna scheda pratica. Le pratiche che le città descrivono per il partenariato vengono elencate qui una volta redatte.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Ancora nessuna risorsa. Guide, materiale formativo e altri documenti del progetto vengono elencati qui una volta registrati.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Ancora nessun contatto. I contatti di lavoro delle città partner vengono elencati qui una volta registrati.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtra…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtra %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n record corrispondente</numerusform>
            <numerusform>%n record corrispondenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n record</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Nessun record corrisponde al filtro.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Ancora nessun record.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Ancora nessuna organizzazione. Le reti, le associazioni, le forze di polizia e le altre organizzazioni con cui collabora il progetto compaiono qui una volta registrate.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Aggiungere un record a questo elenco (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifica…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Modificare il record selezionato (Invio)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Cancella…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Erase the selected contact's personal data</source>
        <translation>Cancellare i dati personali del contatto selezionato</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Eliminare il record selezionato (Canc)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Cancellare il contatto «%1»? La cancellazione rimuove definitivamente i dati personali, qui e presso tutti i partner; non può essere annullata.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Eliminare «%1»? È possibile ripristinarlo con Modifica &gt; Annulla.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Cancella i filtri</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Mostra di nuovo tutti i record di questo elenco</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>I record di tipo %1 non possono essere creati né modificati direttamente.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Questo record esiste già (%1, id %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Nessun record di tipo “%1” ha l'id %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Il file %1 è troppo grande: gli allegati non possono superare %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>A questo database non è ancora assegnato un ruolo. Sceglierne prima uno: coordinatore o referente di una città.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>In qualità di referente di %1 è possibile modificare solo i record di %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>“%1” non è un campo del tipo %2; i campi disponibili sono: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Tema “%1” sconosciuto.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Il campo %1 non può essere modificato dopo la creazione del record; creare invece un nuovo record.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La data di fine %1 è precedente alla data di inizio %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Il numero di donne (%1) non può superare quello dei partecipanti (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Il numero di agenti di polizia (%1) non può superare quello dei partecipanti (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Nessun record di tipo “%1” corrisponde a “%2”.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>“%1” corrisponde a più record di tipo “%2”; specificare una parte più lunga dell'id.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Nessun conflitto corrisponde a “%1”.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Il record di questo conflitto non esiste più.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>“%1” corrisponde a più valori; specificarne una parte più lunga.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Nessun valore di questo conflitto corrisponde a “%1”.</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Un contatto cancellato non può essere ripristinato: i suoi dati personali non esistono più.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Il file %1 è di un tipo che Pactesur non conserva (%2). Allegare documenti, fogli di calcolo, presentazioni, file PDF, immagini o testo.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>«%1» è obbligatorio (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Questa scheda pratica è %1: ora solo il coordinatore può eliminarla.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>In qualità di referente di %1 non è possibile cedere questo record a un'altra città.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Solo il coordinatore revisiona le schede pratiche.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>la lettura di un record</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Nessun ruolo scelto</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Referente di %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Ruolo “%1” sconosciuto: i ruoli possibili sono coordinator e liaison.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Città “%1” sconosciuta.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Questo database è già configurato per il ruolo “%1”; i suoi record riportano questo contrassegno, quindi il ruolo non può essere cambiato. Creare un nuovo database per un altro ruolo.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Id di replica “%1” non valido.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>il salvataggio del ruolo</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>la marcatura di una modifica</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>la lettura del ruolo di questo database</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Report delle attività</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Tabella della partecipazione</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Calendario delle attività</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Opuscolo delle pratiche</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Elenco delle schede pratiche</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Dati principali e attività di un periodo, per città e per tema.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Partecipanti per attività e città, senza alcun dato personale.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Le attività di un periodo come eventi per qualsiasi app di calendario.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Le schede pratiche pubbliche convalidate per tema, in una lingua.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Ogni scheda pratica con città, lingua, stato e temi.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Pagina web (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Foglio di calcolo (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>File di calendario (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pagine web (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>File iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>una scheda pratica</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>attività di un periodo, per città e per tema</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>partecipazione per attività e città, senza dati personali</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>attività in un file iCalendar per le app di calendario</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>opuscolo delle schede pratiche pubbliche convalidate, per tema</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>elenco delle schede pratiche</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 richiede una data nel formato AAAA-MM-GG, non «%2».</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Il report %1 non riguarda un periodo: omettere --from e --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Il periodo termina (%1) prima di iniziare (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>La lingua «%1» non esiste; le lingue disponibili sono: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Report «%1» sconosciuto; i report disponibili sono: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Il report %1 viene generato in formato %2, non «%3».</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Report scritto in %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Cofinanziato dall'Unione europea</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Le opinioni espresse appartengono, tuttavia, al solo o ai soli autori e non riflettono necessariamente le opinioni dell'Unione europea o della Commissione europea. Né l'Unione europea né l'autorità concedente possono esserne ritenute responsabili.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Impossibile scrivere il report in %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Impossibile scrivere il report in %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Impossibile verificare che il report %1 sia stato salvato.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Il report è stato annullato; non è stato scritto alcun file.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Questo report viene generato in formato %1, non «%2».</translation>
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
        <translation>Dal %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Fino al %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Tutte le date</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Salva il report</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primo giorno del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ultimo giorno del periodo</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Avanzamento del report</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Salva con nome…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Scegliere un report, quindi salvarlo in un file.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Scrittura del report… Annulla interrompe l'operazione senza lasciare alcun file.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Il report è stato salvato come:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Lingua del report</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Nel frattempo questo conflitto è stato risolto.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>Il record di questo conflitto non esiste più.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Risoluzione del conflitto su «%1» di «%2»</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (già inviato)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Questa risoluzione del conflitto è già stata inviata in un pacchetto, quindi non può più essere annullata. Per cambiare di nuovo il valore, modificare il record.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Il conflitto è già stato inviato in un pacchetto nello stato in cui era, quindi questa risoluzione non può essere ripetuta. Risolverlo di nuovo nell'elenco dei conflitti.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>Il record è cambiato dopo la risoluzione del conflitto (per un'importazione o una modifica), quindi questo passaggio non può essere ripetuto.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Ripristino del backup del %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Inserisci collegamento</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Indirizzo web o e-mail (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>È possibile collegare solo indirizzi web (http, https) ed e-mail (mailto).</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Grassetto (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Corsivo (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Elenco numerato</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Trasformare la selezione in un collegamento a un indirizzo web o e-mail (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Mostrare nel testo un'immagine allegata a questa scheda</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Benvenuto in Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Quale ruolo ricopre nel progetto?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Questa domanda viene posta una sola volta per questo database: i record creati riportano il contrassegno del ruolo, che quindi non potrà essere cambiato in seguito.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinatore</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>&amp;Referente della città</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Referente della città</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Città di appartenenza</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Conferma il ruolo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>A questo database non è ancora assegnato un ruolo. Sceglierne prima uno: coordinatore o referente di una città.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Questa è la tessera di questo stesso database.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Un referente di città registra solo la tessera del coordinatore; le altre città arrivano con il registro del coordinatore.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>La tessera indica una città che questo database non conosce.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Le chiavi di questa replica sono state revocate; non possono essere registrate di nuovo.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Questa tessera contiene chiavi diverse da quelle registrate per la stessa replica: una chiave cambiata non è mai accettata. Se le chiavi sono davvero cambiate, revocare quelle vecchie e creare un nuovo database.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Secondo questa tessera, la sua replica scrive per un soggetto diverso da quello che conosce questo database.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>L'impronta della tessera è %1, non quella comunicata: la tessera non è stata registrata.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Solo il coordinatore revoca le chiavi.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Nessuna singola replica registrata corrisponde a “%1”.</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>Il coordinatore non può revocare le proprie chiavi.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Il registro contenuto nel pacchetto non è valido.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Il registro del coordinatore assegna alla replica %1 chiavi diverse da quelle registrate qui; non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Impossibile scrivere il pacchetto in %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Il pacchetto ha troppi destinatari.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Il pacchetto %1 è stato rifiutato: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>è danneggiato o è stato modificato dopo la firma.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Impossibile leggere il pacchetto %1.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>è più grande di quanto possa essere un pacchetto.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>non è un pacchetto Pactesur.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>è stato creato in un altro formato di pacchetto (%1; questa versione legge il formato %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>è firmato da una replica che questo database non ha registrato (replica %1, chiave %2). Registrarne la tessera dopo averne confrontato l'impronta.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>è firmato con chiavi revocate (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>non è destinato a questo database.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Impossibile aprire qui il pacchetto %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Testo da cercare</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stato della ricerca</translation>
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
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Digitare una parola o il suo inizio; tutte le parole devono corrispondere.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n risultato per «%1».</numerusform>
            <numerusform>%n risultati per «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Cercare città, organizzazioni, gruppi di lavoro, attività, schede, risorse e contatti</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Impossibile caricare i dati integrati (%1 “%2”): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Impossibile caricare i dati integrati.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Aggiunta: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminazione: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Aggiungi immagine</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Aggiungi allegato</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Impossibile leggere il file %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 non è un'immagine; è stato aggiunto agli allegati.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Impossibile rileggere l'allegato %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Aggiungi un'immagine da file…</translation>
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
        <translation>Allegati di questa scheda</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Ancora nessun allegato. Foto, rapporti o volantini aiutano le altre città a farsi un'idea della pratica.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Aggiungi file…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Aggiungere un file a questa scheda</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Mostra nel testo</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Mostrare l'immagine selezionata nell'ultima casella di testo in cui si è scritto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Rimuovere l'allegato selezionato da questa scheda</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Questa scheda pratica è stata eliminata; le sue modifiche non possono essere salvate.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifica: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Nessuna scheda pratica corrisponde a «%1».</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Questa scheda pratica è stata eliminata. Chiudere questa finestra; Modifica &gt; Annulla nella finestra principale la ripristina.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Alcune modifiche non sono salvate: vedere i campi evidenziati in rosso</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Tutte le modifiche salvate · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Le modifiche vengono salvate durante la digitazione</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Scheda pratica senza titolo</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Scheda pratica</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Non è stato possibile salvare alcune modifiche; correggere prima i campi evidenziati in rosso.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Prima dell'invio, compilare: %1. L'elenco di controllo a sinistra porta a ciascuno di essi.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Pubblicare «%1»? Le schede pubblicate entrano a far parte della raccolta di pratiche del progetto e possono essere lette da tutti i partner.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Non è stato possibile salvare questi campi: %1. Chiudere comunque e perdere ciò che vi è stato scritto?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Chiudi comunque</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Titolo della scheda</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Città, lingua e riservatezza della scheda</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Cosa è stato recuperato</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Perché questa scheda è in sola lettura</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Messaggio sul flusso di revisione</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Note di revisione</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Nota sulla scheda…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Scrivere alla città una nota di revisione sulla scheda nel suo complesso</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Questo database è aperto in sola lettura: la scheda può essere letta ed esportata, ma non modificata.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Scegliere il proprio ruolo (coordinatore o referente della città) prima di redigere schede pratiche.</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Questa scheda appartiene a %1. Solo il referente di %1 e il coordinatore possono modificarla; è possibile leggerla ed esportarla.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Inviata per la revisione: il coordinatore la sta leggendo. Per modificare qualcosa, ritirarla prima; tornerà allo stato di bozza.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Questa scheda è %1: ora solo il coordinatore può modificarla. Se occorre correggere qualcosa, chiedergli di richiedere modifiche.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modificata il %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>Il coordinatore ha richiesto modifiche; la sua nota è visualizzata sopra il modulo.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>Il coordinatore ha richiesto modifiche. Le sue note sono accanto ai campi interessati: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annulla: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Annullare l'ultima modifica salvata di questa scheda</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ripeti: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Ripetere l'ultima modifica annullata</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Traduci…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Creare una copia collegata di questa scheda in un'altra lingua, visualizzata accanto all'originale</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Esportare questa scheda in PDF o HTML, oppure stamparla</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Esporta in &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Esporta in &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Scheda</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Scheda pratica</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Esporta scheda pratica in PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Esporta scheda pratica in HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pagine web (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Stampa scheda pratica</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Ancora nessun elemento registrato.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Ancora in corso</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Obbligatorio per l'invio</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obbligatorio</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Scrivere per la città una nota di revisione su questo campo</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Nota di revisione su %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Originale (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Traduzione (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 nella scheda originale</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>Questo campo è stato modificato nell'originale dopo l'ultimo aggiornamento della traduzione.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Modulo della scheda pratica</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Come si chiama la pratica, a chi appartiene, quando si è svolta e chi può leggerla.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Contesto e obiettivi</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Perché la pratica era necessaria e quali risultati si proponeva di ottenere.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Azioni e partner</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Che cosa è stato fatto, con chi e quanto è costato.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Risultati e valutazione</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Che cosa è cambiato e come lo si sa.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Trasferibilità e insegnamenti</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Che cosa deve sapere un'altra città per fare lo stesso, insuccessi compresi.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>La persona a cui i partner possono rivolgersi per questa pratica.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Foto, rapporti e altri file; le immagini possono anche essere mostrate all'interno di un testo.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Un nome breve che dica cosa fa la pratica, ad es. «Mediazione notturna nel centro storico»</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Tre o quattro frasi per un lettore che ha poco tempo: che cosa è stato fatto, dove, per chi e con quale risultato.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>La situazione locale che ha reso necessaria questa pratica: il problema, dove e quando si presenta, chi ne è colpito. I dati numerici sono utili.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Che cosa la pratica si proponeva di cambiare. Un obiettivo per voce dell'elenco, misurabile quando possibile.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>A chi è destinata la pratica e chi raggiunge: residenti, giovani, addetti della vita notturna, agenti…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Che cosa è stato fatto, passo per passo: attività, personale coinvolto, tempistica, strumenti e metodi.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Chi ha partecipato e con quale contributo: servizi di polizia, uffici comunali, associazioni, imprese, residenti.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Costo approssimativo e chi lo ha sostenuto: bilancio comunale, finanziamenti nazionali o UE, contributi in natura.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Che cosa è cambiato, con indicatori: dati prima e dopo, prodotti, riscontri di residenti o partner.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Come sono stati valutati i risultati, da chi e a quali conclusioni è giunta la valutazione.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Che cosa servirebbe a un'altra città per fare lo stesso: condizioni di successo, risorse, cosa si può adattare.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Cosa si farebbe diversamente, cosa ha sorpreso, consigli per una città che inizia. Anche gli insuccessi sono utili.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Selezionare i temi del progetto a cui la pratica contribuisce.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>I gruppi di lavoro che dovrebbero leggere questa scheda.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Le schede pubbliche possono comparire nella pubblicazione del progetto; «Solo partner» resta all'interno del partenariato; «Riservato alla polizia» è condiviso solo con i servizi di polizia.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Scegliere un contatto della propria città; se manca, aggiungerlo prima in Contatti.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>La lingua in cui è redatta questa scheda.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Creare una nuova scheda in bozza a partire da una copia di quella selezionata</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Traduci…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Creare una traduzione collegata della scheda selezionata</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n parola</numerusform>
            <numerusform>%n parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Sezioni della scheda</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Campi obbligatori compilati</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Campi obbligatori ancora vuoti</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Obbligatori per l'invio: %1 di %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Campi obbligatori per l'invio</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Cronologia degli stati</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Cronologia degli stati della scheda</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Non ancora inviata</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Nota del coordinatore sull'intera scheda</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Nota del coordinatore</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Che cosa la città dovrebbe esaminare per primo, o perché la scheda non è ancora pronta</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Che cosa modificare o completare in questo campo</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Scheda pratica senza titolo</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Solo partner</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Riservato — solo polizia</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · scheda pratica stampata il %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Scheda pratica</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Apri l'originale</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Aprire la scheda originale</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Segna come aggiornata</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Indicare che questa traduzione ora corrisponde all'originale così com'è</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>L'originale di questa traduzione non è più disponibile.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Traduzione di «%1» (%2). L'originale è visualizzato accanto a ogni campo.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Da allora l'originale è cambiato: %2 (evidenziati sotto).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Traduzioni di questa scheda:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (non aggiornata)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Apri la traduzione (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Nessuna scheda pratica ha l'id %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Questa scheda è a sua volta una traduzione: tradurre invece l'originale.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>La scheda è già redatta in questa lingua.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Esiste già una traduzione in questa lingua.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Scheda pratica senza titolo</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Pactesur si è arrestato in modo imprevisto mentre «%1» era aperta. Dalla sua apertura non era stato modificato nulla, tranne forse negli ultimi secondi prima dell'arresto. La scheda è di nuovo aperta.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Pactesur si è arrestato in modo imprevisto mentre «%1» era aperta. Tutto ciò che è stato scritto fino alle %2 è conservato (%3); può mancare al massimo l'ultimo %n secondo di digitazione prima dell'arresto. La scheda è di nuovo aperta per poterla controllare.</numerusform>
            <numerusform>Pactesur si è arrestato in modo imprevisto mentre «%1» era aperta. Tutto ciò che è stato scritto fino alle %2 è conservato (%3); possono mancare al massimo gli ultimi %n secondi di digitazione prima dell'arresto. La scheda è di nuovo aperta per poterla controllare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Solo il coordinatore scrive le note di revisione.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Solo il coordinatore può portare una scheda pratica allo stato «%1».</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Questa scheda pratica è in attesa di revisione. Ritirarla riportandola in bozza prima di modificarla.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Questa scheda pratica è %1: ora solo il coordinatore può modificarla. Chiedergli di richiedere modifiche.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Questa scheda pratica non può ancora essere inviata: compilare prima %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Invia per la revisione</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Richiedi modifiche</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Annulla pubblicazione</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Convalida</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Pubblica…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
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
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>la lettura delle schede pratiche</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Nei grafici, nella mappa e nel calendario, i tasti freccia passano da un elemento all’altro e Invio apre quello scelto.</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Applicazione di coordinamento per le città partner di PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Utilizzare il database FILE anziché quello predefinito.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Utilizzare la lingua dell'interfaccia CODICE (en, fr, nl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pacchetto</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Un pacchetto di scambio (.pactesur) da visualizzare in anteprima e importare.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[pacchetto]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Traduci scheda pratica</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Una traduzione di «%1» (%2) è una scheda a sé, collegata all'originale. L'editor mostra l'originale accanto a ogni campo e segnala i campi che l'originale modifica in seguito.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Già tradotta in: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Lingua della traduzione</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Crea traduzione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n record</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>la connessione si è chiusa prima che il file fosse completo</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>il file supera la dimensione massima di un pacchetto</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronizzazione annullata.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>La casella di scambio su %1 ha rifiutato il nome utente o la password.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>La casella di scambio non consente questa operazione su %1 (403 Forbidden): verificare i diritti di condivisione della cartella.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Non esiste alcuna cartella %1 sul server: crearla o verificare l'indirizzo della casella di scambio.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>La casella di scambio è bloccata da un altro programma sul server (423 Locked); la prossima sincronizzazione riproverà.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>Il server chiede di rallentare (429 Too Many Requests); la prossima sincronizzazione riproverà.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>La casella di scambio è piena: la quota di spazio del server è esaurita (507). Liberare spazio sul server o chiederne altro all'amministratore.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Errore del server (%1) su %2; la prossima sincronizzazione riproverà.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>Il server ha risposto %1 su %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>La casella di scambio su %1 ha un certificato di cui questo computer non si fida: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>La casella di scambio su %1 non è raggiungibile: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Impossibile leggere l'elenco di %1 restituito dal server.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>%1 nella casella di scambio supera la dimensione massima di un pacchetto.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Secondo il pacchetto la replica %1 scrive per un soggetto diverso da quello noto a questo database; non è stato modificato nulla.</translation>
    </message>
</context>
</TS>
