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
        <translation>Mostra el dia d'avui</translation>
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
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>llegir les activitats</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>llegir la participació</translation>
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
        <translation>Informe d'activitat</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · informe preparat el %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Xifres clau</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Activitat per ciutat</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Activitat per tema</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Activitats per tipus</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activitats</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Ciutats implicades</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Agents de policia</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Dones</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Realitzades: %1 · previstes: %2 · cancel·lades: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Els participants són les xifres que les ciutats han donat per a cada activitat; quan cap ciutat no n'ha donat, es compta el total declarat per a l'activitat.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Organitzades</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Amb participació</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Totes les ciutats</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Cada activitat es compta en el tema del seu grup de treball. Les fitxes de pràctica són totes les fitxes sobre el tema fins avui, sigui quin sigui el seu estat; no es compten les traduccions.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fitxes de pràctica</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Validades o publicades</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sense tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>No hi ha cap activitat en aquest període.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciutats</translation>
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
        <translation>Pàgina %1 de %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Període</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Data de preparació</translation>
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
        <translation>No s'ha pogut llegir el fitxer %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>No s'ha pogut escriure una còpia de %1: %2</translation>
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
        <translation>No s'ha pogut desar el fitxer %1: %2</translation>
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
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
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
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>el seu autor és una rèplica que aquesta base de dades no coneix</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>l'enllaç d'una ciutat només pot modificar els registres de la seva ciutat</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>l'enllaç d'una ciutat no pot cedir un registre a una altra ciutat</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>només el coordinador revisa les fitxes de pràctica</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>el propietari d'un registre no canvia mai</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>el seu propietari no pot ser propietari d'un registre d'aquest tipus</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>No es pot llegir la còpia de seguretat %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>La còpia de seguretat %1 ja no existeix.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>La còpia de seguretat %1 pertany a una altra base de dades; no es pot restaurar aquí.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restaurar una còpia de seguretat</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>No s’han pogut treure les dades personals dels contactes esborrats de la còpia de seguretat %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Abans de cada importació i de cada restauració es fa una còpia de seguretat de tota la base de dades; després d'una importació, es conserven les deu més recents. Són a %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Voleu restaurar la còpia de seguretat del %1?
La vostra base de dades tornarà a l'estat que tenia aleshores. Abans, el seu estat actual es desa en una còpia de seguretat nova, i Edita ▸ Desfés el recupera.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaura</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>S'està restaurant la còpia de seguretat…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Data de creació</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mida</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Còpies de seguretat</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaura…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Mostra la carpeta</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Encara no hi ha cap còpia de seguretat.

La primera es fa quan importeu un paquet.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>%1: activitats</translation>
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
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d'una ciutat.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Aquest fitxer no és una targeta d'identitat de Pactesur, o està malmès.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>No es pot llegir la targeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>No es pot escriure la targeta a %1.</translation>
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
        <translation>No s'ha registrat el període del projecte</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Avui, %1: el projecte encara no ha començat</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Avui, %1: el projecte ja ha acabat</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Avui, %1</translation>
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
        <translation>La versió de l'esquema és %1; aquesta versió del Pactesur espera la %2.</translation>
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
        <translation>L'estructura de la base de dades no és la que espera el Pactesur: %1.</translation>
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
        <translation>Missió d'interès públic</translation>
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
        <translation>Visita d'estudi</translation>
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
        <translation>L'opció %1 necessita un valor.</translation>
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
        <translation>Resum de l'estat: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No s'ha indicat cap ordre.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ordre desconeguda «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>S'ha generat %n registre.</numerusform>
            <numerusform>S'han generat %n registres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>S'ha escrit %n registre a %1.</numerusform>
            <numerusform>S'han escrit %n registres a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nous: %1, actualitzats: %2, sense canvis: %3, conflictes: %4, rebutjats: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulació: no s'ha canviat res.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>S'han rebutjat tots els canvis del paquet: %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Altres ordres:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d'una ciutat.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empremta: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>S'ha inscrit %1, empremta %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Ja està inscrita: %1, empremta %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>No es pot llegir el fitxer de contrasenya %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>No hi ha cap bústia definida. Definiu-ne una amb: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Bústia: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuari: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Paquets publicats: %1; encara no rebuts per tots els destinataris: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>No s'ha sincronitzat mai.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Darrera sincronització: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Bústia definida: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Paquets enviats: %1, rebuts: %2, importats: %3; conflictes nous: %4; rebutjats: %5.</translation>
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
        <translation>Ús: pactesur-cli [--db FILE] COMMAND [opcions]

Ordres:
  init [--coordinator | --city SLUG]   crear la base de dades i triar el rol
  whoami [--json]                      mostrar el rol d'aquesta rèplica
  list KIND [--json]                   llistar els registres d'un tipus
  show KIND ID [--json]                mostrar un registre
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integritat, esquema i resum de l'estat
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       escriure un paquet d'intercanvi signat i segellat
  import FILE [--dry-run] [--json]     fusionar un paquet (després d'una còpia de seguretat)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              empremta d'aquesta rèplica; el registre
  keys export --out FILE               escriure la targeta d'identitat d'aquesta rèplica
  keys trust CARD [--fingerprint FP]   inscriure una targeta després de comparar les empremtes
  keys revoke REPLICA                  retirar la confiança en les claus d'una rèplica
  mailbox set URL [--user USER]        definir la bústia (WebDAV o carpeta) per on sincronitzar
  mailbox show [--json]                mostrar la bústia i el que conté per a nosaltres
  sync [--password-file FILE] [--json] executar un cicle d'intercanvi automàtic
                                       (o la contrasenya a PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       afegir registres sintètics

Tipus: %1
La base de dades és %2, tret que --db o PACTESUR_DB n'indiquin una altra.
Codis de sortida: 0 fet, 1 fallada (per a sync: no s'ha pogut accedir a la bústia o el cicle
no ha acabat), 2 error d'ús, 3 entrada rebutjada (sense canvis; per a sync: paquets
rebutjats).</translation>
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
        <translation>Eliminat o conservat</translation>
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
        <source>Last change</source>
        <translation>Darrer canvi</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictes oberts</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>No hi ha conflictes oberts.
Quan un paquet porta un valor diferent per a un camp que també heu modificat, tots dos valors esperen aquí que en trieu un.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n conflicte obert; es mostren els %1 més recents.</numerusform>
            <numerusform>%n conflictes oberts; es mostren els %1 més recents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n conflicte obert. Trieu el valor que voleu conservar; podeu desfer-ho fins que torneu a exportar un paquet.</numerusform>
            <numerusform>%n conflictes oberts. Trieu el valor que voleu conservar; podeu desfer-ho fins que torneu a exportar un paquet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Mostra el registre</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Conserva el que he escrit</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Cap conflicte seleccionat</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Trieu un conflicte de la llista per veure'n els valors l'un al costat de l'altre.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 «%2»: eliminat en una banda i modificat en l'altra</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>El registre es conserva fins que trieu. Conserveu-lo o elimineu-lo, tal com ha demanat una de les bandes.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Aquest camp s'ha modificat en dos llocs abans que s'intercanviessin paquets. Es conserven tots dos valors fins que en trieu un o n'escriviu un que els combini.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valor que es conservarà</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>O escriviu el valor que voleu conservar, per exemple un que combini tots dos:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Valor %1 (el que es mostra ara)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Valor %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Escrit per: %1, el %2 a les %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Elimina el registre</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Conserva el registre</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Conserva aquest valor</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminat</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Conservat, amb les modificacions de l'altra banda</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(buit)</translation>
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
        <translation>No s'ha pogut desar el fitxer %1: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Suprimeix les dades personals…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
        <translation>Suprimeix definitivament les dades personals d'aquest contacte</translation>
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
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Feu clic en una xifra per veure els registres que la componen, en una ciutat per obrir-la o en una data per obrir l'activitat corresponent. Feu clic en el títol d'una columna per ordenar.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Xifres de cada ciutat sòcia</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: feu clic per obrir-la</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Cap activitat fins avui</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Feu clic per veure'ls.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Més recent</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>L'activitat més recent que la ciutat ha organitzat o en què ha participat, fins avui.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Activitats</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Agents intercanviats</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Activitats organitzades</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Organitzades</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Activitats que la ciutat organitza o ha organitzat; no es compten les cancel·lades.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Activitats organitzades per %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Activitats amb participació</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Amb participació</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Activitats organitzades per una altra ciutat, o en línia, en què hi ha registrada la participació de la ciutat.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Activitats en què ha participat %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Agents enviats</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviats</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Agents de la ciutat registrats en intercanvis de personal policial organitzats per una altra ciutat.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Agents enviats per %1 a intercanvis de personal policial</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Agents rebuts</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Rebuts</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Agents d'altres ciutats registrats en intercanvis de personal policial que la ciutat ha organitzat.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Agents rebuts per %1 en intercanvis de personal policial</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Fitxes de pràctica de la ciutat, sigui quin sigui el seu estat; una traducció no es compta com una altra fitxa.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Fitxes de pràctica (%1)</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fitxes de pràctica: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Fitxes de pràctica de la ciutat amb l'estat «%1»; una traducció no es compta com una altra fitxa.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Fitxes de pràctica (%1): %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grups de treball</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Grups de treball dels quals la ciutat és membre.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Grups de treball (%1)</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contactes per revisar</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Contactes de la ciutat amb la data de revisió vençuda: comproveu que encara siguin necessaris i correctes.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Contactes amb revisió pendent (%1)</translation>
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
        <translation>Darrera activitat: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Feu clic per veure els registres que componen la xifra triada.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Acoloreix les ciutats per:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Xifra que mostra el mapa</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Assenyaleu una ciutat per veure'n les xifres; feu-hi clic per veure els registres que componen la xifra triada.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Dades del mapa: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Mapa de les ciutats sòcies: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n ciutat sense coordenades no es pot situar al mapa.</numerusform>
            <numerusform>%n ciutats sense coordenades no es poden situar al mapa.</numerusform>
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
        <translation>Activitats iniciades abans del %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Activitats iniciades al %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Activitats iniciades després del %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Fitxes de pràctica amb l'estat «%1»</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Fitxes de pràctica sobre el tema «%1»</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Activitats per trimestre</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Participants per tipus d'activitat</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Fitxes de pràctica per estat</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Fitxes de pràctica per tema</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Període del projecte, avui i fites</translation>
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
            <numerusform>Comença d'aquí a %n dia</numerusform>
            <numerusform>Comença d'aquí a %n dies</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Va acabar el %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>Dia %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Feu clic per obrir aquesta activitat.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Les fites apareixen en aquesta línia: són les activitats amb participants o ciutats declarats per a tot el partenariat.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Fites: activitats amb participants o ciutats declarats per a tot el partenariat. Feu clic en una fita per obrir-la.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Ciutats sòcies</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Previstes o realitzades; no es compten les cancel·lades.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Registrats per les ciutats</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Segons informes públics</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Dones entre els participants</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Dels %1 participants amb el nombre de dones registrat.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Encara cap registre de participació no indica el nombre de dones.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Agents intercanviats</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Enviats per la seva ciutat a intercanvis de personal policial organitzats per una altra ciutat.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Activitats, previstes o realitzades</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Activitats amb participants</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Registres de participació que indiquen el nombre de dones</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Agents enviats a intercanvis de personal policial organitzats per una altra ciutat</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n activitat</numerusform>
            <numerusform>%1: %n activitats</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anteriors</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Posteriors</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Encara no hi ha activitats.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: %2 participants (%3 registrats per les ciutats, %4 segons informes públics)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Encara no s'ha registrat ni declarat cap participant.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Els informes públics donen alguns totals sense indicar quantes persones venien de cada ciutat. Aquí, un total d'aquest tipus es compta per a la seva activitat quan cap ciutat no n'ha registrat la participació, i mai no es compta en les xifres d'una ciutat.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Participants registrats per les ciutats en activitats del tipus «%1»</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Participants segons informes públics en activitats del tipus «%1»</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Encara no hi ha fitxes de pràctica. Es comptaran aquí quan les ciutats les redactin.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n fitxa de pràctica</numerusform>
            <numerusform>%1: %n fitxes de pràctica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activitat</numerusform>
            <numerusform>%n activitats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n fitxa de pràctica</numerusform>
            <numerusform>%n fitxes de pràctica</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n registre de la llista «%1».</numerusform>
            <numerusform>%n registres de la llista «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, la suma de %n registre de la llista «%3».</numerusform>
            <numerusform>%1: %2, la suma de %n registres de la llista «%3».</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Registres que componen una xifra</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Obre</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Obre el registre seleccionat a la seva secció</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Feu doble clic en una fila per obrir-ne l'activitat, on figura aquesta participació.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Feu doble clic en un registre per obrir-lo a la seva secció.</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projecte</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciutats</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tauler</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>S’estan llegint les xifres…</translation>
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
        <translation>actualitzar l'estructura de la base de dades</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>El disc és ple: no s'ha canviat res. Allibereu espai i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Un altre programa està utilitzant la base de dades: no s'ha canviat res.</translation>
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
        <translation>Aquesta base de dades s'ha creat amb una versió més recent del Pactesur (versió de l'esquema %1; aquesta versió admet fins a la %2). Actualitzeu el Pactesur per obrir-la.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>La base de dades %1 necessita una actualització que no es pot fer si s'obre en mode només de lectura.</translation>
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
        <source>building the search index</source>
        <translation>crear l’índex de cerca</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Inscriu una targeta</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Compareu l'empremta abans de confiar en aquesta targeta</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Segons aquesta targeta, pertany a: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Rèplica %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Empremta de la targeta:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Empremta de la targeta</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Truqueu a la persona a qui pertany, o trobeu-vos-hi, i demaneu-li que llegeixi la seva empremta en veu alta (Intercanvis ▸ Claus al seu Pactesur). Inscriviu la targeta només si tots els grups de xifres coincideixen: qualsevol pot fer una targeta que diu que pertany a una altra persona.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Empremta que us han llegit (opcional: si l'escriviu, Pactesur la compara):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Empremta que us han llegit</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>p. ex. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Inscriu: les empremtes coincideixen</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Inscriu la targeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Importa un paquet</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Paquets del Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Exporta un paquet…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Desa un fitxer de paquet per enviar-lo als vostres socis</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importa un paquet…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Obre un fitxer de paquet que us ha enviat un soci: vegeu què canvia i després apliqueu-lo</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Paquets rebuts i enviats</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Còpies de seguretat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claus</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Desa el paquet</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Paquets del Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>S'ha cancel·lat l'exportació; no s'ha escrit cap fitxer.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Exporta un paquet</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Un paquet és un fitxer que envieu als vostres socis (per correu electrònic o en una memòria USB); l'obren amb Fitxer ▸ Importa un paquet.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>El que un soci encara no ha rebut (recomanat):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Més petit: només els canvis des que us va arribar el seu darrer paquet.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Encara cap soci no us ha enviat cap paquet: la primera vegada, envieu una còpia completa.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>El que el coordinador encara no ha rebut (recomanat)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Més petit: només els canvis des que us va arribar el darrer paquet del coordinador.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Encara no ha arribat cap paquet del coordinador: la primera vegada, envieu una còpia completa.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Una còpia completa de tot el que conté aquesta base de dades</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipus de registre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Què s'hi inclou</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Soci</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progrés de l'exportació</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>S'està comptant què s'hi inclou…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>S'hi inclou %n registre.</numerusform>
            <numerusform>S'hi inclouen %n registres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tanca</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostra a la carpeta</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>S'està escrivint el paquet… Si el cancel·leu, no quedarà cap fitxer.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>El paquet s'ha desat com a:
%1
Envieu aquest fitxer al vostre soci.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>A Pactesur, les targetes s'inscriuen a Intercanvis ▸ Claus ▸ Inscriu una targeta…, després de comparar-ne l'empremta amb el titular.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Encara no ha arribat cap paquet de «%1», de manera que no hi ha cap base per generar un paquet incremental; exporteu un paquet complet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancel·lat.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>comptar els registres que s'exportaran</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d'una ciutat.</translation>
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
        <translation>S'ha cancel·lat l'exportació; no s'ha escrit cap fitxer.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>potser el disc és ple</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Cap rèplica inscrita no pot rebre aquest paquet: inscriviu primer les targetes de les ciutats (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Inscriviu primer la targeta del coordinador (keys trust FILE): els paquets se segellen per a ell.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>No es pot crear una carpeta temporal privada per al paquet.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>registrar l’exportació</translation>
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
    <message>
        <source>Source revision</source>
        <translation>Versió de l'original</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Fitxa de pràctica</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Estat anterior</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Estat nou</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
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
        <translation>no s'admeten caràcters de control</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>s'esperava un nombre enter igual o superior a 0</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>s'esperava un nombre</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>s'esperava un nombre entre %1 i %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>s'esperava una data amb el format AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>s'esperava true o false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>s'esperava un d'aquests valors: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>s'esperava un codi de país de dues lletres, com ara FR</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>s'esperava un codi d'idioma de dues lletres, com ara fr</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>s'esperaven codis d'idioma de dues lletres separats per comes</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>s'esperava una adreça web que comenci per https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>s'esperava una adreça electrònica</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>s'esperava un número de telèfon</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>s'esperava un id o un slug</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>s'esperava un objecte JSON com ara {"fr": "…"}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>s'esperaven lletres minúscules, xifres i guions</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>s'esperava un resum SHA-256</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>el contingut d'un fitxer no es pot escriure a mà</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>el camp %1 té un tipus incorrecte</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>el camp %1 és fora de l'interval admès</translation>
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
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>s'esperava un objecte JSON com ara {"summary": "…"}</translation>
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
        <translation>Codis d'idioma, p. ex., fr, nl</translation>
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
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>La carpeta de la bústia %1 és plena: allibereu espai al disc.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>La carpeta de la bústia %1 no existeix (una unitat no muntada o una carpeta encara no sincronitzada?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>No es pot crear la carpeta %1 a la bústia: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronització cancel·lada.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>No es pot escriure %1 a la bústia: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>No es pot canviar el nom de %1 a la bústia: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>No es pot llegir %1 de la bústia: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>No es pot eliminar %1 de la bústia: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Només la base de dades del coordinador pot generar registres.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Nous</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualitzats</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sense canvis</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictes</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rebutjats</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Registres que encara no teniu.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Registres que teniu i que el paquet modifica.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Registres que ja teniu tal com són.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Registres modificats a totes dues bandes: es conserven tots dos valors fins que algú triï, a la secció Conflictes.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Canvis que el remitent no pot fer; es descarten i s'importa la resta.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importa un paquet</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplica</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Revisa els conflictes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tanca</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalls</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Què canvia el paquet</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progrés de la importació</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>S'està obrint %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Remitent del paquet: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Creat el %1 a les %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Una còpia completa de les dades del remitent: %n registre.</numerusform>
            <numerusform>Una còpia completa de les dades del remitent: %n registres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Els canvis des del vostre darrer intercanvi: %n registre.</numerusform>
            <numerusform>Els canvis des del vostre darrer intercanvi: %n registres.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fitxer: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>S'està comparant el paquet amb la vostra base de dades…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Res de nou: la vostra base de dades ja conté tot el que hi ha en aquest paquet. Si feu clic a Aplica, quedarà registrat que l'heu rebut.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>No canvia res fins que feu clic a Aplica. Abans es fa una còpia de seguretat de la vostra base de dades.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>S'està cancel·lant… la vostra base de dades es queda com estava.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>S'està important… Si cancel·leu, s'atura i la vostra base de dades es queda com estava.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importat. Nous: %1, actualitzats: %2, conflictes per revisar: %3, rebutjats: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>La vostra base de dades tal com era abans es conserva a %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Paquet importat</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importació cancel·lada</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Paquet no importat</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importació ha fallat</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>S'estan desant els canvis… Si cancel·leu, s'atura i la vostra base de dades es queda com estava.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>S'està comprovant el paquet… Si cancel·leu, s'atura i la vostra base de dades es queda com estava.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motiu: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>No s'ha canviat res de la vostra base de dades.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>S'han rebutjat tots els canvis d'aquest paquet: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>S'ha cancel·lat la importació; la vostra base de dades és com era.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Signat per %1 (verificat)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>La signatura del remitent no s'ha verificat.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Empremta de la clau: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>%n registre nou o actualitzat més es compta a dalt però no es llista.</numerusform>
            <numerusform>%n registres nous o actualitzats més es compten a dalt però no es llisten.</numerusform>
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
        <translation>Registre</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Què canvia</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Registres nous (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Registres actualitzats (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflictes per revisar (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Rebutjats (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Sense títol (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminació</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
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
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d'una ciutat.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Aquest paquet es va exportar des d'aquesta base de dades; no conté res de nou.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>S'ha cancel·lat la importació; no s'ha canviat res.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>S'ha descartat una modificació del camp %1 en un contacte suprimit: preval la supressió.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importar un paquet</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>El paquet fa referència a registres que no conté; no s'ha canviat res.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>No es pot iniciar la biblioteca criptogràfica.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>No es poden llegir les claus d'aquesta base de dades (%1).</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Les claus d'aquesta base de dades (%1) estan malmeses.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>No es poden desar les claus d'aquesta base de dades a %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>S'ha copiat l'empremta.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (aquesta base de dades)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Inscriu una targeta</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Targetes d'identitat de Pactesur (*.card);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Inscrita: %1. S'accepten els seus paquets, i els vostres es poden segellar per a aquesta rèplica.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Ja està inscrita: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Exporta la meva targeta</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>La vostra targeta s'ha desat com a %1. Envieu-la al vostre soci i després llegiu-li la vostra empremta per telèfon.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Voleu revocar les claus de %1?
A partir d'ara es rebutgen els seus paquets, i els vostres propers paquets ho comuniquen a totes les ciutats. Una clau revocada no s'accepta mai més: la persona crea una base de dades nova i vós n'inscriviu la targeta.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>S'han revocat les claus de %1.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Cada paquet el signa el remitent i se segella per a les rèpliques que el poden llegir. Una targeta conté les claus públiques d'una rèplica; abans d'inscriure la targeta d'algú, compareu-ne l'empremta amb la que us llegeixi el titular, per telèfon o en persona.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Aquesta base de dades</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, rèplica %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Aquesta base de dades encara no té cap rol.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>La vostra empremta: llegiu-la al soci que inscriu la vostra targeta.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>La vostra empremta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copia l'empremta</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>E&amp;xporta la meva targeta…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Exporta la meva targeta</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Rèpliques en què confia aquesta base de dades</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Inscriviu la targeta de cada ciutat després de comparar-ne l'empremta; cada paquet que envieu porta aquesta llista, de manera que les ciutats confien les unes en les altres a través vostre.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Com a enllaç d'una ciutat, inscriviu una sola vegada la targeta del coordinador; les altres ciutats arriben amb els paquets del coordinador.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empremta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Rèplica</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Inscriu una targeta…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Inscriu una targeta</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoca…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Revoca les claus seleccionades</translation>
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
    <message>
        <source>Status change</source>
        <translation>Canvi d'estat</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Canvis d'estat</translation>
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
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconegut</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Qualsevol (còpia completa)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Nous: %1, actualitzats: %2, sense canvis: %3, conflictes: %4, rebutjats: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registre</numerusform>
            <numerusform>%n registres</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Tots els paquets que aquesta base de dades ha rebut o enviat, del més recent al més antic.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Paquets rebuts i enviats</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentit</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Amb</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Contingut</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Encara no s’ha enviat ni rebut cap paquet.

Un paquet porta els canvis d’aquesta base de dades al coordinador o a les ciutats, i en retorna els seus. Exporteu-ne un per enviar la vostra feina; importeu el que hàgiu rebut. Cada intercanvi es llista després aquí.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>S'està cancel·lant…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>La bústia necessita la contrasenya de %1: Fitxer ▸ Sincronitza ara us la demanarà.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>No hi ha cap clauer a l'escriptori: Pactesur conserva la contrasenya fins que es tanqui.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur la conserva al clauer de l'escriptori.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Contrasenya de la bústia</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>La contrasenya de %1 a %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>No s'ha sincronitzat: la bústia necessita la contrasenya de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n paquet no acceptat: es tornarà a oferir a la propera sincronització.</numerusform>
            <numerusform>%n paquets no acceptats: es tornaran a oferir a la propera sincronització.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Sin&amp;cronitza ara</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Intercanvia ara paquets amb els vostres socis a través de la bústia</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Bústia…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>On s'intercanvien automàticament els paquets, i amb quina freqüència</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Bústia</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Mitjançant una bústia, Pactesur envia els vostres canvis als socis i importa automàticament els seus. La bústia és una carpeta en un servidor WebDAV com ara Nextcloud, o una carpeta d'aquest ordinador que un client de sincronització comparteix amb ells. Deixeu l'adreça buida per intercanviar només manualment.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adreça:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Adreça de la bústia</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Una carpeta: %2camí/a/la/carpeta</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuari:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nom d'usuari al servidor</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasenya:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Contrasenya al servidor</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Sincronitza cada:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Només manualment</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minuts entre sincronitzacions automàtiques</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Mentre Pactesur és obert; 0: només quan trieu Fitxer ▸ Sincronitza ara</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Revisa cada paquet entrant abans d'importar-lo</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Prova la connexió</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Resultat de la prova de connexió</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Desa la configuració de la bústia</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>No hi ha cap clauer a l'escriptori: la contrasenya es demana una vegada per sessió.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>La contrasenya es conserva al clauer de l'escriptori.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>S'està provant la connexió…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>La connexió funciona.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Bústia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Atura la sincronització; la següent continuarà des d'on s'ha aturat</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronització en curs</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Bústia no definida</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Els paquets s'intercanvien manualment. Definiu una bústia (Configuració ▸ Bústia…) per intercanviar-los automàticament amb els vostres socis.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>S'està sincronitzant…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>S'està sincronitzant · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>S'estan intercanviant paquets amb la bústia. Cancel·la ho atura; la sincronització següent continuarà des d'aquí.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>No s'ha pogut sincronitzar la bústia</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Bústia definida · encara no sincronitzada</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronitzada %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>%n paquet rebut</numerusform>
            <numerusform>%n paquets rebuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>%n enviat</numerusform>
            <numerusform>%n enviats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n conflicte nou</numerusform>
            <numerusform>%n conflictes nous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rebutjat</numerusform>
            <numerusform>%n rebutjats</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>La bústia encara no s'ha sincronitzat des d'aquesta base de dades.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Darrera sincronització: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Paquets importats: %1 (baixats: %2), enviats: %3; retirats de la bústia un cop rebuts per tots els destinataris: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Conflictes nous: %1; paquets rebutjats: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemes</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rebutjats</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>en un moment desconegut</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ara mateix</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>fa %n min</numerusform>
            <numerusform>fa %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>fa %n hora</numerusform>
            <numerusform>fa %n hores</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>S'està preparant un paquet…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>No es pot conservar el paquet %1 al costat de la base de dades.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>El paquet %1 ja no és al costat de la base de dades i no es pot tornar a enviar.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>S'està pujant %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>No es pot escriure l'acusament de recepció d'aquesta rèplica.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d'una ciutat.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>No es pot crear al costat de la base de dades una carpeta privada per als paquets de la bústia.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>S'està llegint la bústia…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Sincronització cancel·lada; la següent continuarà des d'aquí.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>el coordinador</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (rèplica %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>El paquet %1 (remitent: %2) encara no és a la bústia; els següents l'esperen.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>El paquet %1 (remitent: %2) s'ha rebutjat; els següents esperen que hi hagi una còpia vàlida a la bústia.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>S'està baixant %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (remitent: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>el contingut no coincideix amb el nom (tallat o modificat).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>aquest remitent no l'ha publicat com a paquet %1 de la seva bústia.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>S'està important %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (remitent: %2): registre %3 rebutjat: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>«%1» no és una adreça de bústia: indiqueu https://server/folder/ (per a Nextcloud, https://server/remote.php/dav/files/USER/folder/) o file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>S'accediria a la bústia de %1 sense xifratge: utilitzeu https://, o http:// només per a un servidor d'aquest ordinador.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>No hi ha cap bústia definida per a aquesta base de dades: definiu-ne una primer (mailbox set URL, o Configuració ▸ Bústia).</translation>
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
        <source>Create an empty database with the project's founding data</source>
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
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>S'ha tornat a obrir %n fitxa de pràctica després que el Pactesur s'aturés inesperadament: s'hi indica què s'ha conservat.</numerusform>
            <numerusform>S'han tornat a obrir %n fitxes de pràctica després que el Pactesur s'aturés inesperadament: cada una indica què s'ha conservat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercanvis</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictes (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictes</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Info&amp;rmes…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Genera un informe d'activitat, un calendari, el recull de pràctiques o una llista</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuració</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>&amp;Contrast alt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Dreceres de teclat…</translation>
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
        <translation>Ciutat que s'afegirà</translation>
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
    <name>pactesur::NewSheetDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 (còpia)</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Nova fitxa de pràctica</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Descriviu una pràctica de la vostra ciutat per al partenariat. Comenceu amb una fitxa en blanc o amb una còpia d'una fitxa semblant a la vostra. Tot el que escriviu es desa a mesura que escriviu.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>Fitxa en &amp;blanc</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>Una &amp;còpia de:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Fitxa que es copiarà</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Títol:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Escrita en:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iutat:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Crea i obre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Descarta</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Descarta aquest avís</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Canvis rebutjats (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n canvi no s'ha aplicat perquè les regles de propietat el rebutgen; es mostren els %1 més recents.</numerusform>
            <numerusform>%n canvis no s'han aplicat perquè les regles de propietat els rebutgen; es mostren els %1 més recents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Descarta-ho tot</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Descarta tots els avisos de la llista</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Canvis rebutjats</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n canvi no s'ha aplicat perquè les regles de propietat el rebutgen. Descarteu un avís quan l'hàgiu llegit.</numerusform>
            <numerusform>%n canvis no s'han aplicat perquè les regles de propietat els rebutgen. Descarteu un avís quan l'hàgiu llegit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>El vostre canvi de «%1» al registre «%3» (%2) el va fer una versió més antiga del Pactesur i les regles de propietat el rebutgen: %4. Les altres bases de dades l'ignoren; torneu a modificar el registre si us correspon modificar-lo.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Un canvi de «%1» al registre «%3» (%2), escrit per: %4, s'ha rebutjat: %5.</translation>
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
        <translation>no s'ha creat amb el Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>El paquet %1 s'ha creat amb una versió més recent del Pactesur (format de paquet %2; aquesta versió llegeix el format %3). Actualitzeu el Pactesur per importar-lo.</translation>
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
        <translation>l'historial de «%1» no és vàlid</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>un fitxer adjunt no coincideix amb el seu hash.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>El paquet %1 s'ha creat amb una versió més antiga del Pactesur (format de paquet %2; aquesta versió llegeix el format %3). Demaneu al remitent que actualitzi el Pactesur i torni a exportar.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>El paquet %1 no està signat ni segellat (format de paquet 2 o anterior); aquesta versió només llegeix paquets signats (format 3). Demaneu al remitent que actualitzi Pactesur i torni a exportar.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>No es pot crear una carpeta temporal privada per al paquet.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>el seu manifest indica un remitent diferent de la clau que l'ha signat.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>el seu manifest conté més entrades de les que pot tenir un paquet.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>el seu manifest conté una clau més llarga del que es permet.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>el seu manifest conté un valor més llarg del que es permet (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>No s’ha pogut llegir el paquet %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pàgina %1 de %2</translation>
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
        <translation>Ciutat que s'afegirà</translation>
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
        <source>Remove the selected city's participation</source>
        <translation>Treu la participació de la ciutat seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
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
        <translation>Desconegut</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>La vostra base de dades</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Dades inicials</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Un altre soci (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Enllaç d'una ciutat desconeguda</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Enllaç (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>llegir les fitxes de pràctica</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Altres pràctiques</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, en curs</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Des del %1, en curs</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>A partir del %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Fins al %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curs</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Pràctiques per a uns espais públics més segurs</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pàgina %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n fitxa de pràctica</numerusform>
            <numerusform>%n fitxes de pràctica</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · recull preparat el %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índex</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Fitxes de pràctica de les ciutats sòcies</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fitxes de pràctica</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temes</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Data de preparació</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Aquest recull aplega les fitxes de pràctica que les ciutats sòcies de %1 han redactat i que el coordinador ha validat per publicar-les. Cada una apareix en anglès quan hi ha una traducció a punt; si no, en la llengua original.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Aquest recull aplega les fitxes de pràctica que les ciutats sòcies de %1 han redactat i que el coordinador ha validat per publicar-les. Cada una apareix en l'idioma del recull (%2) quan hi ha una traducció a punt; si no, en anglès o en la llengua original.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Encara no hi ha cap fitxa de pràctica validada i pública.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Aquesta pràctica encara no està disponible en l'idioma del recull (%1); es presenta la versió: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Període</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Idiomes disponibles</translation>
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
        <translation>Seleccioneu un registre per veure'n tots els detalls.</translation>
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
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Encara no hi ha grups de treball. Aquí apareixeran els grups de treball del projecte, amb el seu tema i la seva ciutat líder, un cop registrats.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tots els estats</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact's personal data</source>
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
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Esborra els filtres</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Torna a mostrar tots els registres d’aquesta llista</translation>
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
        <translation>No hi ha cap registre de tipus %1 amb l'id %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>El fitxer %1 és massa gran: els fitxers adjunts estan limitats a %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d'una ciutat.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Com a enllaç de la ciutat %1, només podeu modificar els registres d'aquesta ciutat.</translation>
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
        <translation>La data de fi %1 és anterior a la data d'inici %2.</translation>
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
        <translation>«%1» coincideix amb més d'un registre de tipus %2; indiqueu més caràcters de l'id.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Cap conflicte no coincideix amb «%1».</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>El registre d'aquest conflicte ja no existeix.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>«%1» coincideix amb més d'un valor; indiqueu-ne més caràcters.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Cap valor d'aquest conflicte no coincideix amb «%1».</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Un contacte suprimit no es pot recuperar: les seves dades personals ja no existeixen.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>El fitxer %1 és d'un tipus que el Pactesur no admet (%2). Adjunteu documents, fulls de càlcul, presentacions, fitxers PDF, imatges o text.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>«%1» és obligatori (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Aquesta fitxa de pràctica té l'estat «%1»: ara només la pot eliminar el coordinador.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Com a enllaç de la ciutat %1, no podeu cedir aquest registre a una altra ciutat.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Només el coordinador revisa les fitxes de pràctica.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>llegir un registre</translation>
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
        <translation>Rol desconegut «%1»: s'esperava «coordinator» o «liaison».</translation>
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
        <translation>L'id de rèplica «%1» no és vàlid.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>desar el rol</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>segellar un canvi</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>llegir el rol d’aquesta base de dades</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Informe d'activitat</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Taula de participació</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Calendari d'activitats</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Recull de pràctiques</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Llista de fitxes de pràctica</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Xifres clau i activitats d'un període, per ciutat i per tema.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Participants per activitat i ciutat, sense cap dada personal.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Les activitats d'un període com a esdeveniments per a qualsevol aplicació de calendari.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Les fitxes de pràctica públiques validades, per tema, en un idioma.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Cada fitxa de pràctica amb la ciutat, l'idioma, l'estat i els temes.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Pàgina web (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Full de càlcul (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Fitxer de calendari (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pàgines web (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fitxers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>una fitxa de pràctica</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>activitats d'un període, per ciutat i per tema</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>participació per activitat i ciutat, sense dades personals</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>activitats en un fitxer iCalendar per a aplicacions de calendari</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>recull de les fitxes de pràctica públiques validades, per tema</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>llista de les fitxes de pràctica</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 espera una data en format AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>L'informe %1 no cobreix cap període: ometeu --from i --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El període acaba (%1) abans de començar (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>No hi ha cap idioma «%1»; els idiomes són: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Informe desconegut «%1»; els informes són: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>L'informe %1 es genera en format %2, no «%3».</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>S'ha escrit l'informe a %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Cofinançat per la Unió Europea</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Les opinions i els punts de vista expressats són, però, exclusivament dels autors i no reflecteixen necessàriament els de la Unió Europea o de la Comissió Europea. Ni la Unió Europea ni l'autoritat que concedeix la subvenció no se'n poden fer responsables.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>No es pot escriure l'informe a %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>No es pot escriure l'informe a %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>No es pot garantir que l'informe %1 s'hagi desat.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>S'ha cancel·lat l'informe; no s'ha escrit cap fitxer.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Aquest informe es genera en format %1, no «%2».</translation>
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
        <translation>Des del %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Fins al %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Totes les dates</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Desa l'informe</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Des de:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fins a:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer dia del període</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Darrer dia del període</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progrés de l'informe</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>De&amp;sa com a…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tanca</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostra a la carpeta</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Trieu un informe i deseu-lo en un fitxer.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>S'està escrivint l'informe… Si el cancel·leu, no quedarà cap fitxer.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>L'informe s'ha desat com a:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma de l'informe</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Aquest conflicte s'ha resolt mentrestant.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>El registre d'aquest conflicte ja no existeix.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminació</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Resol el conflicte sobre «%1» de «%2»</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (ja enviat)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Aquesta resolució del conflicte ja s'ha enviat en un paquet, de manera que ja no es pot desfer. Per tornar a canviar el valor, editeu el registre.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>El conflicte ja s'ha enviat en un paquet tal com era, de manera que aquesta resolució no es pot refer. Torneu-lo a resoldre a la secció Conflictes.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>El registre ha canviat des que es va resoldre el conflicte (per una importació o una edició), de manera que aquest pas no es pot tornar a aplicar.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaura la còpia de seguretat del %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Insereix un enllaç</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Adreça web o de correu electrònic (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Només es poden enllaçar adreces web (http, https) i de correu electrònic (mailto).</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encapçalament</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Negreta (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Cursiva (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Llista de pics</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Llista numerada</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enllaç</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Converteix la selecció en un enllaç a una adreça web o de correu electrònic (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imatge</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Mostra dins del text una imatge adjunta a aquesta fitxa</translation>
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
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aquesta base de dades encara no té rol. Primer trieu-ne un: coordinador o enllaç d'una ciutat.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Aquesta és la targeta d'aquesta mateixa base de dades.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Un enllaç de ciutat només inscriu la targeta del coordinador; les altres ciutats arriben amb el registre del coordinador.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>La targeta indica una ciutat que aquesta base de dades no coneix.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Les claus d'aquesta rèplica s'han revocat; no es poden tornar a inscriure.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Aquesta targeta porta unes claus diferents de les inscrites per a la mateixa rèplica: una clau canviada no s'accepta mai. Si les claus han canviat de debò, revoqueu les antigues i creeu una base de dades nova.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Segons aquesta targeta, la seva rèplica escriu en nom d'algú diferent del que coneix aquesta base de dades.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>L'empremta de la targeta és %1, no la que us van donar: la targeta no s'ha inscrit.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Només el coordinador revoca claus.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Cap rèplica inscrita no coincideix de manera única amb «%1».</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>El coordinador no pot revocar les seves pròpies claus.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>El registre del paquet està mal format.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>El registre del coordinador assigna a la rèplica %1 unes claus diferents de les inscrites aquí; no s'ha canviat res.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>No es pot escriure el paquet a %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>El paquet té massa destinataris.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>S'ha rebutjat el paquet %1: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>està malmès o s'ha modificat després de signar-lo.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>No es pot llegir el paquet %1.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>és més gran del que pot ser un paquet.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>no és un paquet de Pactesur.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>s'ha creat en un altre format de paquet (%1; aquesta versió llegeix el format %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>el signa una rèplica que aquesta base de dades no ha inscrit (rèplica %1, clau %2). Inscriviu-ne la targeta després de comparar l'empremta.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>està signat amb claus revocades (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>no està adreçat a aquesta base de dades.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>No es pot obrir aquí el paquet %1.</translation>
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
        <translation>Escriviu una paraula o el començament d'una; han de coincidir totes les paraules.</translation>
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
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Cerqueu ciutats, organitzacions, grups de treball, activitats, fitxes, recursos i contactes</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>No s'han pogut carregar les dades integrades (%1 «%2»): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>No s'han pogut carregar les dades integrades.</translation>
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
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Imatges (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Afegeix una imatge</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Afegeix un fitxer adjunt</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No s'ha pogut llegir el fitxer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 no és una imatge; s'ha afegit als fitxers adjunts.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>No s'ha pogut tornar a llegir el fitxer adjunt %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Afegeix una imatge des d'un fitxer…</translation>
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
        <translation>Fitxers adjunts d'aquesta fitxa</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Encara no hi ha fitxers adjunts. Les fotos, els informes o els fullets ajuden les altres ciutats a fer-se una idea de la pràctica.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Afegeix un fitxer…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Afegeix un fitxer a aquesta fitxa</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Mostra al text</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Mostra la imatge seleccionada dins del darrer quadre de text on heu escrit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Treu</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Treu el fitxer adjunt seleccionat d'aquesta fitxa</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Aquesta fitxa de pràctica s'ha eliminat; els seus canvis no es poden desar.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifica %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Cap fitxa de pràctica no coincideix amb «%1».</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Període</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Aquesta fitxa de pràctica s'ha eliminat. Tanqueu aquesta finestra; Edita &gt; Desfés a la finestra principal la recupera.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Alguns canvis no s'han desat: vegeu els camps marcats en vermell</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>S'està editant…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Tots els canvis desats · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Només lectura</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Els canvis es desen a mesura que escriviu</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Fitxa de pràctica sense títol</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Fitxa de pràctica</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>No s'han pogut desar alguns canvis; primer corregiu els camps marcats en vermell.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Abans d'enviar-la, empleneu: %1. La llista de comprovació de l'esquerra us porta a cada camp.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Voleu publicar «%1»? Les fitxes publicades formen part del recull de pràctiques del projecte, perquè les puguin llegir tots els socis.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publica</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>No s'han pogut desar aquests camps: %1. Voleu tancar igualment i perdre el que s'hi ha escrit?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Tanca igualment</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Títol de la fitxa</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Ciutat, idioma i sensibilitat de la fitxa</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Què s'ha recuperat</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Per què aquesta fitxa és només de lectura</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Missatge del flux de revisió</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revisió</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Nota sobre la fitxa…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Escriu a la ciutat una nota de revisió sobre tota la fitxa</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Aquesta base de dades està oberta en mode només de lectura: la fitxa es pot llegir i exportar, però no modificar.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Trieu el vostre rol (coordinador o enllaç de la ciutat) abans de redactar fitxes de pràctica.</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Aquesta fitxa pertany a la ciutat %1. Només l'enllaç de la ciutat %1 i el coordinador la poden modificar; podeu llegir-la i exportar-la.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Enviada a revisió: el coordinador l'està llegint. Per canviar alguna cosa, primer retireu-la; tornarà a l'estat d'esborrany.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Aquesta fitxa té l'estat «%1»: ara només la pot modificar el coordinador. Demaneu-li que sol·liciti canvis si cal corregir alguna cosa.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modificada el %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>El coordinador ha sol·licitat canvis; la seva nota es mostra a sobre del formulari.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>El coordinador ha sol·licitat canvis. Les seves notes són al costat dels camps afectats: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Desfés</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Desfés: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Desfà el darrer canvi desat d'aquesta fitxa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refés</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Refés: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Refà el darrer canvi desfet</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Tradueix…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Crea una còpia vinculada d'aquesta fitxa en un altre idioma, que es mostra al costat de l'original</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Exporta aquesta fitxa en PDF o HTML, o la imprimeix</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporta en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporta en &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimeix…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fitxa</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Fitxa de pràctica</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Exporta la fitxa de pràctica en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Exporta la fitxa de pràctica en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pàgines web (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Imprimeix la fitxa de pràctica</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Encara no se n'ha registrat cap.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Encara en curs</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Obligatori per enviar-la</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatori</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Escriu una nota de revisió sobre aquest camp per a la ciutat</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Nota de revisió sobre el camp %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Traducció (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 a la fitxa original</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>L'original ha modificat aquest camp des de la darrera actualització de la traducció.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Formulari de la fitxa de pràctica</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identificació</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Com es diu la pràctica, de qui és, quan es va dur a terme i qui la pot llegir.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Context i objectius</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Per què calia la pràctica i què es proposava aconseguir.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Accions i socis</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Què es va fer, amb qui i quant va costar.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Resultats i avaluació</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Què ha canviat i com ho sabeu.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Transferibilitat i lliçons</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>El que una altra ciutat ha de saber per fer el mateix, inclosos els fracassos.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>La persona a qui els socis poden consultar sobre aquesta pràctica.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Fitxers adjunts</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Fotos, informes i altres fitxers; les imatges també es poden mostrar dins d'un text.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Un nom breu que digui què fa la pràctica, p. ex., «Mediació nocturna al nucli antic»</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Tres o quatre frases per a un lector amb poc temps: què es va fer, on, per a qui i amb quin resultat.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>La situació local que va motivar aquesta pràctica: el problema, on i quan es produeix, a qui afecta. Les xifres hi ajuden.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Què volia canviar la pràctica. Un objectiu per element de la llista, mesurable sempre que sigui possible.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>A qui s'adreça la pràctica i a qui arriba: veïns, joves, personal de l'oci nocturn, agents…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Què es va fer, pas a pas: activitats, personal implicat, calendari, eines i mètodes.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Qui hi va participar i què va aportar cadascú: serveis policials, departaments municipals, associacions, empreses, veïns.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Cost aproximat i qui el va pagar: pressupost municipal, finançament nacional o de la UE, aportacions en espècie.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Què ha canviat, amb indicadors: xifres d'abans i de després, productes obtinguts, opinions de veïns o socis.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Com es van avaluar els resultats, qui ho va fer i a quines conclusions va arribar l'avaluació.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Què necessitaria una altra ciutat per fer el mateix: condicions d'èxit, recursos, què es pot adaptar.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Què faríeu de manera diferent, què us va sorprendre, consells per a una ciutat que comença. Els fracassos també són benvinguts.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Marqueu els temes del projecte als quals contribueix la pràctica.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Els grups de treball que haurien de llegir aquesta fitxa.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Les fitxes públiques poden aparèixer en la publicació del projecte; «Només socis» queda dins del partenariat; «Restringit a la policia» només es comparteix amb els serveis policials.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Trieu un contacte de la vostra ciutat; si no hi és, afegiu-lo primer a Contactes.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>L'idioma en què està escrita aquesta fitxa.</translation>
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
        <translation>Crea una fitxa nova en esborrany a partir d'una còpia de la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Tradueix…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Crea una traducció vinculada de la fitxa seleccionada</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n paraula</numerusform>
            <numerusform>%n paraules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seccions</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Seccions de la fitxa</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Camps obligatoris emplenats</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Camps obligatoris encara buits</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Obligatoris per enviar-la: %1 de %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Camps obligatoris per enviar la fitxa</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial d'estats</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Historial d'estats de la fitxa</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Encara no s'ha enviat</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Nota del coordinador sobre tota la fitxa</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Nota del coordinador</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Què hauria de revisar primer la ciutat, o per què la fitxa encara no està a punt</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Què cal canviar o completar en aquest camp</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Fitxa de pràctica sense títol</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Només socis</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Restringit — només policia</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · fitxa de pràctica impresa el %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Fitxa de pràctica</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Fitxers adjunts</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Obre l'original</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Obre la fitxa original</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Marca com a actualitzada</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Indica que aquesta traducció ja segueix l'original tal com és ara</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>L'original d'aquesta traducció ja no està disponible.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Traducció de «%1» (%2). L'original es mostra al costat de cada camp.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Des de llavors, l'original ha canviat: %2 (ressaltats a continuació).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Traduccions d'aquesta fitxa:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (desactualitzada)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Obre la traducció (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>No hi ha cap fitxa de pràctica amb l'id %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Aquesta fitxa ja és una traducció: traduïu-ne l'original.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>La fitxa ja està escrita en aquest idioma.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Ja existeix una traducció a aquest idioma.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Fitxa de pràctica sense títol</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>El Pactesur s'ha aturat inesperadament mentre la fitxa «%1» estava oberta. No s'hi havia canviat res des que es va obrir, tret potser en els darrers segons abans de l'aturada. La fitxa torna a estar oberta.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>El Pactesur s'ha aturat inesperadament mentre la fitxa «%1» estava oberta. Es conserva tot fins a %2 (%3); com a màxim, pot faltar el darrer %n segon d'escriptura abans de l'aturada. La fitxa torna a estar oberta perquè la pugueu comprovar.</numerusform>
            <numerusform>El Pactesur s'ha aturat inesperadament mentre la fitxa «%1» estava oberta. Es conserva tot fins a %2 (%3); com a màxim, poden faltar els darrers %n segons d'escriptura abans de l'aturada. La fitxa torna a estar oberta perquè la pugueu comprovar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Només el coordinador escriu notes de revisió.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Només el coordinador pot posar una fitxa de pràctica en l'estat «%1».</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Aquesta fitxa de pràctica està pendent de revisió. Retireu-la perquè torni a esborrany abans de modificar-la.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Aquesta fitxa de pràctica té l'estat «%1»: ara només la pot modificar el coordinador. Demaneu-li que sol·liciti canvis.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Aquesta fitxa de pràctica encara no es pot enviar: primer empleneu aquests camps: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Torna a enviar</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Envia a revisió</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retira</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Sol·licita canvis</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Anul·la la publicació</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valida</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publica…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estat: %1</translation>
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
        <translation>Darrera modificació</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>llegir les fitxes de pràctica</translation>
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
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Dreceres de teclat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Drecera</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Als gràfics, al mapa i al calendari, les tecles de fletxa passen d’un element a l’altre i Retorn obre el triat.</translation>
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
        <translation>Utilitzar l'idioma d'interfície CODI (en, fr, nl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODI</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Un paquet d'intercanvi (.pactesur) per previsualitzar i importar.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[paquet]</translation>
    </message>
</context>
<context>
    <name>pactesur::TranslateSheetDialog</name>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Tradueix la fitxa de pràctica</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Una traducció de «%1» (%2) és una fitxa pròpia, vinculada a l'original. L'editor mostra l'original al costat de cada camp i marca els camps que l'original modifiqui més endavant.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Ja s'ha traduït a: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Idioma de la traducció</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Crea la traducció</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
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
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>No es pot llegir %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No es pot escriure %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>la connexió s'ha tancat abans que el fitxer fos complet</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>el fitxer és més gran del que pot ser un paquet</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronització cancel·lada.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>La bústia de %1 ha rebutjat el nom d'usuari o la contrasenya.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>La bústia no permet aquesta operació a %1 (403 Forbidden): comproveu els permisos de compartició de la carpeta.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>No hi ha cap carpeta a %1 al servidor: creeu-la o comproveu l'adreça de la bústia.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>Un altre programa del servidor ha bloquejat la bústia (423 Locked); la propera sincronització ho tornarà a provar.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>El servidor demana que s'alenteixi el ritme (429 Too Many Requests); la propera sincronització ho tornarà a provar.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>La bústia és plena: s'ha arribat a la quota d'emmagatzematge del servidor (507). Allibereu-hi espai o demaneu-ne més a l'administrador.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>El servidor ha tingut un error (%1) a %2; la propera sincronització ho tornarà a provar.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>El servidor ha respost %1 a %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>La bústia de %1 té un certificat en què aquest ordinador no confia: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>No es pot accedir a la bústia de %1: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>No s'ha pogut llegir la llista de %1 que ha enviat el servidor.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>%1 a la bústia és més gran del que pot ser un paquet.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>El paquet indica que la rèplica %1 escriu en nom d'algú diferent del que coneix aquesta base de dades; no s'ha canviat res.</translation>
    </message>
</context>
</TS>
