<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Llista</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Mostra les activitats en una llista</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Mostra les activitats en un calendari</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n activitat</numerusform>
            <numerusform>%1: %n activitats</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Mostra un mes</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Període del projecte</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Mostra el període del projecte</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Re Pàg)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mes següent (Av Pàg)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes següent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Avui</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostra el dia d&apos;avui</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Període mostrat</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Activitats del mes</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Activitats durant el període del projecte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln activitat en el període del projecte</numerusform>
            <numerusform>%Ln activitats en el període del projecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n més</numerusform>
            <numerusform>+%n més</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n activitat més no mostrada</numerusform>
            <numerusform>%n activitats més no mostrades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln activitat aquest dia: feu clic per veure-la</numerusform>
            <numerusform>%Ln activitats aquest dia: feu clic per veure-les</numerusform>
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
        <translation>(sense títol)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Hi ha massa activitats per mostrar-les una per una</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activitat</numerusform>
            <numerusform>%Ln activitats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Adjunta un fitxer</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No s&apos;ha pogut llegir el fitxer %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>No s&apos;ha pogut escriure una còpia de %1: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Cap aplicació no ha pogut obrir %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Desa el fitxer adjunt</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>No s&apos;ha pogut desar el fitxer %1: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Fitxer adjunt</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Nom del fitxer adjunt</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Tipus i mida del fitxer adjunt</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjunta un fitxer…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Adjunta un fitxer a aquest recurs</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Obre</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Obre el fitxer adjunt</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Desa com a…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Desa una còpia del fitxer adjunt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Cap fitxer adjunt</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Substitueix el fitxer…</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>El fitxer està malmès: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n registre fa referència a registres que no existeixen.</numerusform>
            <numerusform>%n registres fan referència a registres que no existeixen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>La versió de l&apos;esquema és %1; aquesta versió del Pactesur espera la %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>sobra %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>L&apos;estructura de la base de dades no és la que espera el Pactesur: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Soci</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associat</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Xarxa</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associació</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Empresa privada</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Societat civil</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policia</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Missió d&apos;interès públic</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interès legítim</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentiment</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contracte</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligació legal</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previst</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tancat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunió</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Intercanvi de personal policial</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Acadèmia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formació</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita d&apos;estudi</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Seminari web</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comitè de direcció</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicació</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realitzat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancel·lat</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Material formatiu</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicació</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Orientacions de la UE</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunt de dades</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enllaç web</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Esborrany</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviat</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Canvis sol·licitats</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validat</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Públic</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Només socis</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Restringit a la policia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Obert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolt</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Executeu pactesur-cli --help per veure les ordres.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;opció %1 necessita un valor.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set espera FIELD=VALUE, no «%1».</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opció desconeguda: %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Ús: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Tipus desconegut «%1»; els tipus són: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init necessita --coordinator o --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>La base de dades %1 està a punt; aquesta rèplica actua com a: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de dades: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Rèplica: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Ús: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>No es pot llegir el fitxer %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add necessita almenys un --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit necessita almenys un --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>La base de dades està en bon estat.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>La base de dades té problemes.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Resum de l&apos;estat: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No s&apos;ha indicat cap ordre.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ordre desconeguda «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>S&apos;ha generat %n registre.</numerusform>
            <numerusform>S&apos;han generat %n registres.</numerusform>
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
        <translation>Ús: pactesur-cli [--db FILE] COMMAND [opcions]

Ordres:
  init [--coordinator | --city SLUG]   crear la base de dades i triar el rol
  whoami [--json]                      mostrar el rol d&apos;aquesta rèplica
  list KIND [--json]                   llistar els registres d&apos;un tipus
  show KIND ID [--json]                mostrar un registre
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integritat, esquema i resum de l&apos;estat
  export --out FILE [--full | --for PEER]   escriure un paquet d&apos;intercanvi
  import FILE [--dry-run] [--json]     fusionar un paquet (després d&apos;una còpia de seguretat)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  afegir registres sintètics

Tipus: %1
La base de dades és %2, tret que --db o PACTESUR_DB n&apos;indiquin una altra.
Codis de sortida: 0 fet, 1 fallada, 2 error d&apos;ús, 3 entrada rebutjada (sense canvis).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>S&apos;ha escrit %n registre a %1.</numerusform>
            <numerusform>S&apos;han escrit %n registres a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nous: %1, actualitzats: %2, sense canvis: %3, conflictes: %4, rebutjats: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulació: no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>S&apos;han rebutjat tots els canvis del paquet: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Voleu suprimir les dades personals del contacte %1?

La supressió és definitiva: no es pot desfer i es transmet a tots els socis amb el proper intercanvi.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimeix</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exporta les dades personals</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fitxers JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>No s&apos;ha pogut desar el fitxer %1: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Suprimeix les dades personals…</translation>
    </message>
    <message>
        <source>Erase this contact&apos;s personal data for good</source>
        <translation>Suprimeix definitivament les dades personals d&apos;aquest contacte</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporta les dades personals…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Exporta les dades que es conserven sobre aquest contacte</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data de revisió</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Revisió pendent des de: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Activitats per ordre cronològic</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Descripció del projecte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Encara no hi ha cap projecte registrat</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Comença d&apos;aquí a %n dia</numerusform>
            <numerusform>Comença d&apos;aquí a %n dies</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Va acabar el %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Dia %1 de %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No es pot crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>La base de dades %1 ja està oberta en una altra finestra o programa del Pactesur. Tanqueu-la allà i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>No es pot blocar la base de dades %1: no es pot escriure a la seva carpeta.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de dades %1 no existeix.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No es pot obrir la base de dades %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>actualitzar l&apos;estructura de la base de dades</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>El disc és ple: no s&apos;ha canviat res. Allibereu espai i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Un altre programa està utilitzant la base de dades: no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Error de la base de dades en %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>%1 no és una base de dades del Pactesur o està malmesa.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>%1 no és una base de dades del Pactesur.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>obrir la base de dades</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Aquesta base de dades s&apos;ha creat amb una versió més recent del Pactesur (versió de l&apos;esquema %1; aquesta versió admet fins a la %2). Actualitzeu el Pactesur per obrir-la.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>La base de dades %1 necessita una actualització que no es pot fer si s&apos;obre en mode només de lectura.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacció</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>desar els canvis</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>desar un registre</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>llegir els registres</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d&apos;una ciutat.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Encara no ha arribat cap paquet de «%1», de manera que no hi ha cap base per generar un paquet incremental; exporteu un paquet complet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existeix.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>No es pot escriure el paquet %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>S&apos;ha cancel·lat l&apos;exportació; no s&apos;ha escrit cap fitxer.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>potser el disc és ple</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inici</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finançament</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nom local</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Representada per</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomes</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Cos de policia</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Temes prioritaris</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organització</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Correu electrònic professional</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telèfon professional</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Data límit de revisió</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Etiquetes traduïdes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Ciutat líder</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectius</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grup de treball</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Ciutat amfitriona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lloc</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultats</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Participants declarats</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Ciutats declarades</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Dones</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enllaç web</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Fitxer adjunt</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grups de treball</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traducció de</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilitat</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inici del període</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fi del període</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curs</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resum</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Context i problema</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grups destinataris</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Accions i aplicació</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socis</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Pressupost i finançament</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Resultats i indicadors</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Avaluació</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transferibilitat</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lliçons apreses</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Fitxers adjunts</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revisió</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus de fitxer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mida</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom del fitxer</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contingut</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valors</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data i hora</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Contrapart</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recomptes</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Valor no vàlid «%1» al camp %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>El camp %1 és massa llarg: com a màxim %2 caràcters.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>no s&apos;admeten caràcters de control</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>s&apos;esperava un nombre enter igual o superior a 0</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>s&apos;esperava un nombre</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>s&apos;esperava un nombre entre %1 i %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>s&apos;esperava una data amb el format AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>s&apos;esperava true o false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>s&apos;esperava un d&apos;aquests valors: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>s&apos;esperava un codi de país de dues lletres, com ara FR</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>s&apos;esperava un codi d&apos;idioma de dues lletres, com ara fr</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>s&apos;esperaven codis d&apos;idioma de dues lletres separats per comes</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>s&apos;esperava una adreça web que comenci per https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>s&apos;esperava una adreça electrònica</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>s&apos;esperava un número de telèfon</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>s&apos;esperava un id o un slug</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>s&apos;esperava un objecte JSON com ara {&quot;fr&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>s&apos;esperaven lletres minúscules, xifres i guions</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>s&apos;esperava un resum SHA-256</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>el contingut d&apos;un fitxer no es pot escriure a mà</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>el camp %1 té un tipus incorrecte</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>el camp %1 és fora de l&apos;interval admès</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>el camp %1 és massa llarg</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>el camp %1 no és un id</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>el camp %1 no és una llista</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>el camp %1 no és en la seva forma emmagatzemada</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Amb data</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: amb data</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Codis d&apos;idioma, p. ex., fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Bases de dades del Pactesur (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Obre una base de dades</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nova base de dades</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Només la base de dades del coordinador pot generar registres.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>l&apos;enllaç d&apos;una ciutat només pot modificar els registres de la seva ciutat</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No es pot crear la carpeta de còpies de seguretat %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>fer una còpia de seguretat</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d&apos;una ciutat.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Aquest paquet es va exportar des d&apos;aquesta base de dades; no conté res de nou.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>S&apos;ha cancel·lat la importació; no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>S&apos;ha descartat una modificació del camp %1 en un contacte suprimit: preval la supressió.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importar un paquet</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>El paquet fa referència a registres que no conté; no s&apos;ha canviat res.</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Projecte</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projectes</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciutats</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organització</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organitzacions</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temes</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grup de treball</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grups de treball</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Pertinença a grup</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Pertinences a grups</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitat</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activitats</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participació</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Fitxa de pràctica</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fitxes de pràctica</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Fitxer adjunt</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Fitxers adjunts</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicte</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictes</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercanvi</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercanvis</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edita</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nova base de dades…</translation>
    </message>
    <message>
        <source>Create an empty database with the project&apos;s founding data</source>
        <translation>Crea una base de dades buida amb les dades inicials del projecte</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Obre una base de dades…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Obre un altre fitxer de base de dades del Pactesur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtra els registres de la llista actual</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Quant al Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Quant a Q&amp;t</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seccions</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Secció actual</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tauler</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fitxer de base de dades</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>El vostre rol</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>El fitxer «%1» ja existeix. Trieu un altre nom o utilitzeu Obre una base de dades per obrir-lo.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>El fitxer «%1» no existeix.</translation>
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
        <translation>El Pactesur ajuda les ciutats sòcies del projecte europeu PACTESUR 2 a coordinar la seva feina: qui és qui, grups de treball, activitats i les fitxes de pràctica que comparteixen.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Llicència: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Versió de Qt: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Quant al Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Cerca a la llista…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Cerca a &amp;tot arreu…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Cerca en tots els registres de tots els tipus</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Nou registre…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Afegeix un registre a la llista actual</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Edita el registre…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Edita el registre seleccionat a la llista actual</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>E&amp;limina el registre…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Elimina el registre seleccionat a la llista actual</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Ciutats membres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Ciutat que s&apos;afegirà</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Afegeix una ciutat</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Afegeix la ciutat triada com a membre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Treu</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Treu la ciutat membre seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Treu la ciutat membre seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Treu el membre</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>%1 no és un paquet vàlid del Pactesur: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>El paquet %1 no existeix.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el fitxer és buit.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>el fitxer és més gran del que pot ser cap paquet.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>No es pot llegir el paquet %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>no és un fitxer de paquet.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>no es pot obrir.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>està malmès.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>no s&apos;ha creat amb el Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>El paquet %1 s&apos;ha creat amb una versió més recent del Pactesur (format de paquet %2; aquesta versió llegeix el format %3). Actualitzeu el Pactesur per importar-lo.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>la seva versió de format és desconeguda.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>conté taules o codi que un paquet no pot incloure.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>el seu manifest no es pot llegir.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>el seu manifest no descriu un paquet del Pactesur.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>el seu manifest és incomplet o incorrecte.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>el valor de deleted no és 0 ni 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>té un camp desconegut «%1»</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>el camp %1 té un tipus incorrecte</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>un dels seus conflictes està mal format.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>està malmès o és massa lent de llegir.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>els seus registres no es poden llegir.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>registre %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>el seu id no és vàlid</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>el seu propietari no és vàlid</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>la seva data no és vàlida</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>la seva versió no és vàlida</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>el seu historial no es pot llegir</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>l&apos;historial de «%1» no és vàlid</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>un fitxer adjunt no coincideix amb el seu hash.</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Ciutats participants</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Dones</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Ciutat que s&apos;afegirà</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Afegeix una ciutat</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Afegeix la ciutat triada a les ciutats participants</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Treu</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation</source>
        <translation>Treu la participació de la ciutat seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
        <translation>Treu la participació de la ciutat seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Treu la participació</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Detalls del registre seleccionat</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Darrera modificació: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Seleccioneu un registre per veure&apos;n tots els detalls.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Activitats organitzades: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fitxes de pràctica: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Grups de treball dels quals és membre: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contactes: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionats</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Registre nou: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Edita el registre: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatori</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Obligatori</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Afegeix</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Tots els tipus</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Totes les ciutats</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualsevol data</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tots els idiomes</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tots els temes</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisió pendent</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Totes les ciutats líders</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tots els països</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Contactes amb la data de revisió vençuda</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtra per: %1</translation>
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
        <translation>Tots els rols</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Encara no hi ha ciutats. Aquí apareixen les ciutats sòcies del projecte.</translation>
    </message>
    <message>
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Encara no hi ha grups de treball. Aquí apareixeran els grups de treball del projecte, amb el seu tema i la seva ciutat líder, un cop registrats.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tots els estats</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
        <translation>Encara no hi ha activitats. Aquí apareixeran les reunions, formacions, intercanvis i altres activitats del projecte un cop registrades.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Encara no hi ha fitxes de pràctica. Aquí apareixeran les pràctiques que les ciutats descriuen per al partenariat un cop redactades.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Encara no hi ha recursos. Aquí apareixeran les guies, el material formatiu i altres documents del projecte un cop registrats.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Encara no hi ha contactes. Aquí apareixeran els contactes professionals de les ciutats sòcies un cop registrats.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtra…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtre: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n registre coincident</numerusform>
            <numerusform>%n registres coincidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registre</numerusform>
            <numerusform>%n registres</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Cap registre no coincideix amb el filtre.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Encara no hi ha registres.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tots els tipus</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Encara no hi ha cap organització. Aquí es mostraran, un cop registrades, les xarxes, associacions, cossos de policia i altres organitzacions amb què treballa el projecte.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nou…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Afegeix un registre a aquesta llista (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Edita el registre seleccionat (Retorn)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Suprimeix…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;limina</translation>
    </message>
    <message>
        <source>Erase the selected contact&apos;s personal data</source>
        <translation>Suprimeix les dades personals del contacte seleccionat</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Elimina el registre seleccionat (Supr)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Voleu suprimir el contacte «%1»? La supressió elimina definitivament les dades personals, aquí i a tots els socis; no es pot desfer.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Voleu eliminar «%1»? Podeu recuperar-lo amb Edita &gt; Desfés.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimeix</translation>
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
        <translation>Els registres de tipus %1 no es poden crear ni editar directament.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Aquest registre de tipus %1 ja existeix (id %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>No hi ha cap registre de tipus %1 amb l&apos;id %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>El fitxer %1 és massa gran: els fitxers adjunts estan limitats a %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d&apos;una ciutat.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Com a enllaç de la ciutat %1, només podeu modificar els registres d&apos;aquesta ciutat.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>«%1» no és un camp del tipus %2; els camps són: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Tema desconegut «%1».</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>El camp %1 no es pot canviar un cop creat el registre; creeu un registre nou.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La data de fi %1 és anterior a la data d&apos;inici %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>No hi pot haver més dones (%1) que participants (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>No hi pot haver més agents (%1) que participants (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Cap registre de tipus %1 no coincideix amb «%2».</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>«%1» coincideix amb més d&apos;un registre de tipus %2; indiqueu més caràcters de l&apos;id.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Cap conflicte no coincideix amb «%1».</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>El registre d&apos;aquest conflicte ja no existeix.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>«%1» coincideix amb més d&apos;un valor; indiqueu-ne més caràcters.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Cap valor d&apos;aquest conflicte no coincideix amb «%1».</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Un contacte suprimit no es pot recuperar: les seves dades personals ja no existeixen.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>El fitxer %1 és d&apos;un tipus que el Pactesur no admet (%2). Adjunteu documents, fulls de càlcul, presentacions, fitxers PDF, imatges o text.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>«%1» és obligatori (%2).</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Sense rol triat</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Enllaç (%1)</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Rol desconegut «%1»: s&apos;esperava «coordinator» o «liaison».</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Ciutat desconeguda «%1».</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Aquesta base de dades ja està configurada per al rol «%1»; els seus registres porten aquest segell, així que el rol no pot canviar. Creeu una base de dades nova per a un altre rol.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>L&apos;id de rèplica «%1» no és vàlid.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>desar el rol</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>segellar un canvi</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Us donem la benvinguda al Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Quin és el vostre paper en el projecte?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Això es pregunta una sola vegada per a aquesta base de dades: els registres que escriviu porten el segell del vostre rol, de manera que no es podrà canviar més endavant.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinador</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>&amp;Enllaç de la ciutat</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Enllaç de la ciutat</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iutat:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>La vostra ciutat</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Confirma el rol</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
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
        <translation>Cerqueu ciutats, activitats, fitxes, recursos i contactes</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Text de cerca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultats de la cerca</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estat de la cerca</translation>
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
        <translation>(sense títol)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Escriviu una paraula o el començament d&apos;una; han de coincidir totes les paraules.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>No hi ha resultats per a «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n resultat per a «%1».</numerusform>
            <numerusform>%n resultats per a «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>No s&apos;han pogut carregar les dades integrades (%1 «%2»): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>No s&apos;han pogut carregar les dades integrades.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Afegeix %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edita %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Aplicació de coordinació per a les ciutats sòcies de PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Utilitzar la base de dades FITXER en lloc de la predeterminada.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Utilitzar l&apos;idioma d&apos;interfície CODI (en, fr, nl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODI</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registre</numerusform>
            <numerusform>%n registres</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
