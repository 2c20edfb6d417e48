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
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
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
        <translation>Per l&apos;elenco dei comandi, eseguire pactesur-cli --help.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;opzione %1 richiede un valore.</translation>
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
  export --out FILE [--full | --for PEER]   scrive un pacchetto di scambio
  import FILE [--dry-run] [--json]     unisce un pacchetto (dopo un backup)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  aggiunge record fittizi

Tipi: %1
Il database è %2, salvo diversa indicazione di --db o PACTESUR_DB.
Codici di uscita: 0 completato, 1 errore, 2 errore di utilizzo, 3 input rifiutato (nessuna modifica).</translation>
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
        <source>Erase this contact&apos;s personal data for good</source>
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
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Attività in ordine cronologico</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Descrizione del progetto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Nessun progetto ancora registrato</translation>
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
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Giorno %1 di %2 (%3%)</translation>
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
        <translation>Il database %1 è già aperto in un&apos;altra finestra o in un altro programma di Pactesur. Chiuderlo lì, quindi riprovare.</translation>
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
        <translation>l&apos;aggiornamento della struttura del database</translation>
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
        <translation>l&apos;apertura del database</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Questo database è stato creato con una versione più recente di Pactesur (versione dello schema %1; questa versione supporta fino alla versione %2). Aggiornare Pactesur per aprirlo.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>Il database %1 richiede un aggiornamento che non è possibile eseguire con un&apos;apertura in sola lettura.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>l&apos;avvio di una transazione</translation>
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
        <source>reading records</source>
        <translation>la lettura dei record</translation>
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
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>deve essere un oggetto JSON, ad esempio {&quot;it&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>sono ammessi solo lettere minuscole, cifre e trattini</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>deve essere un&apos;impronta SHA-256</translation>
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
        <translation>%1 è fuori dall&apos;intervallo consentito</translation>
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
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Solo il database del coordinatore può generare record.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>un referente della città può modificare solo i record della propria città</translation>
    </message>
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
        <translation>l&apos;importazione di un pacchetto</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Il pacchetto fa riferimento a record che non contiene; non è stato modificato nulla.</translation>
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
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
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
        <source>Create an empty database with the project&apos;s founding data</source>
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
        <translation>Filtra i record dell&apos;elenco corrente</translation>
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
        <translation>l&apos;id non è valido</translation>
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
        <source>Remove the selected city&apos;s participation</source>
        <translation>Rimuovere la partecipazione della città selezionata</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
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
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Ancora nessun gruppo di lavoro. I gruppi di lavoro del progetto, con il loro tema e la città capofila, vengono elencati qui una volta registrati.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact&apos;s personal data</source>
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
        <translation>Nessun record di tipo “%1” ha l&apos;id %2.</translation>
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
        <translation>“%1” corrisponde a più record di tipo “%2”; specificare una parte più lunga dell&apos;id.</translation>
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
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Cercare città, attività, schede, risorse e contatti</translation>
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
        <translation>Utilizzare la lingua dell&apos;interfaccia CODICE (en, fr, nl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
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
</TS>
