<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Muestra las actividades en una lista</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Muestra las actividades en un calendario</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n actividad</numerusform>
            <numerusform>%1: %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Muestra un mes</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Período del proyecto</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Muestra el período del proyecto</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (RePág)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (AvPág)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Muestra el día de hoy</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Período mostrado</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Actividades del mes</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Actividades durante el período del proyecto</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln actividad en el período del proyecto</numerusform>
            <numerusform>%Ln actividades en el período del proyecto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n actividad más no mostrada</numerusform>
            <numerusform>%n actividades más no mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln actividad este día: haga clic para verla</numerusform>
            <numerusform>%Ln actividades este día: haga clic para verlas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar title: month name, year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Hay demasiadas actividades para mostrarlas una a una</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>leer las actividades</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>leer las participaciones</translation>
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
        <translation>Informe de actividades</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · informe elaborado el %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Actividad por ciudad</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Actividad por tema</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Actividades por tipo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Ciudades implicadas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Agentes de policía</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Realizadas: %1 · previstas: %2 · canceladas: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Los participantes son las cifras que dieron las ciudades para cada actividad; cuando ninguna ciudad dio cifras, se cuenta el total declarado para la actividad.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Como anfitriona</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Como participante</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Todas las ciudades</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Cada actividad se cuenta en el tema de su grupo de trabajo. Las fichas de práctica son todas las fichas sobre el tema hasta la fecha, sea cual sea su estado; las traducciones no se cuentan.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fichas de práctica</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Validadas o publicadas</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>No hay ninguna actividad en este período.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Fecha de elaboración</translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se ha podido leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>No se ha podido escribir una copia de %1: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación ha podido abrir %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar archivo adjunto</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>No se ha podido guardar el archivo %1: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Nombre del archivo adjunto</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Tipo y tamaño del archivo adjunto</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Adjunta un archivo a este recurso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Abre el archivo adjunto</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Guarda una copia del archivo adjunto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Ningún archivo adjunto</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Reemplazar archivo…</translation>
    </message>
</context>
<context>
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>su autor es una réplica que esta base de datos no conoce</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>el enlace de una ciudad solo puede modificar los registros de su propia ciudad</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>el enlace de una ciudad no puede ceder un registro a otra ciudad</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>solo el coordinador revisa las fichas de práctica</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>el propietario de un registro nunca cambia</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>su propietario no puede ser propietario de un registro de este tipo</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>No se puede leer la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>La copia de seguridad %1 ya no existe.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>La copia de seguridad %1 pertenece a otra base de datos; no se puede restaurar aquí.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>No se han podido quitar los datos personales de los contactos borrados de la copia de seguridad %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Antes de cada importación y de cada restauración se hace una copia de seguridad de toda la base de datos; tras una importación se conservan las diez más recientes. Se encuentran en %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>¿Restaurar la copia de seguridad del %1?
La base de datos volverá a estar como en ese momento. Antes se guarda su estado actual en una nueva copia de seguridad, y Editar ▸ Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Todavía no hay copias de seguridad.

La primera se hace cuando importa un paquete.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>Actividades de %1</translation>
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
        <translation>Esta base de datos aún no tiene rol. Elija uno primero: coordinador o enlace de una ciudad.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Este archivo no es una tarjeta de identidad de Pactesur, o está dañado.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>No se puede leer la tarjeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>No se puede escribir la tarjeta en %1.</translation>
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
        <translation>No se ha registrado el período del proyecto</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Hoy, %1: el proyecto aún no ha comenzado</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Hoy, %1: el proyecto ha terminado</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>El archivo está dañado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n registro hace referencia a registros que no existen.</numerusform>
            <numerusform>%n registros hacen referencia a registros que no existen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>La versión del esquema es %1; esta versión de Pactesur espera la %2.</translation>
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
        <translation>La estructura de la base de datos no es la que Pactesur espera: %1.</translation>
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
        <translation>Socio</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Empresa privada</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Misión de interés público</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interés legítimo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligación legal</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Intercambio de personal policial</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita de estudio</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Seminario web</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité directivo</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Material formativo</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Orientaciones de la UE</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace web</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validado</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Solo socios</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Restringido a la policía</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Ejecute pactesur-cli --help para ver los comandos.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>La opción %1 necesita un valor.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set espera FIELD=VALUE, no «%1».</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Uso: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Tipo desconocido «%1»; los tipos son: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init necesita --coordinator o --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>La base de datos %1 está lista; esta réplica actúa como: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Réplica: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Uso: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add necesita al menos un --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit necesita al menos un --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>La base de datos está en buen estado.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>La base de datos tiene problemas.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Resumen del estado: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Se ha generado %n registro.</numerusform>
            <numerusform>Se han generado %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n registro en %1.</numerusform>
            <numerusform>Se han escrito %n registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nuevos: %1, actualizados: %2, sin cambios: %3, conflictos: %4, rechazados: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Se han rechazado todos los cambios del paquete: %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Otros comandos:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de datos aún no tiene rol. Elija uno primero: coordinador o enlace de una ciudad.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Inscrita %1, huella %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Ya inscrita: %1, huella %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>No se puede leer el archivo de contraseña %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>No hay ningún buzón configurado. Configure uno con: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Buzón: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Paquetes publicados: %1; aún no recibidos por todos los destinatarios: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nunca sincronizado.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Buzón configurado: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Paquetes enviados: %1, recibidos: %2, importados: %3; conflictos nuevos: %4; rechazados: %5.</translation>
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
        <translation>Uso: pactesur-cli [--db FILE] COMMAND [opciones]

Comandos:
  init [--coordinator | --city SLUG]   crear la base de datos y elegir el rol
  whoami [--json]                      mostrar el rol de esta réplica
  list KIND [--json]                   listar los registros de un tipo
  show KIND ID [--json]                mostrar un registro
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integridad, esquema y resumen del estado
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       escribir un paquete de intercambio firmado y sellado
  import FILE [--dry-run] [--json]     fusionar un paquete (tras una copia de seguridad)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              huella de esta réplica; el registro
  keys export --out FILE               escribir la tarjeta de identidad de esta réplica
  keys trust CARD [--fingerprint FP]   inscribir una tarjeta tras comparar las huellas
  keys revoke REPLICA                  retirar la confianza en las claves de una réplica
  mailbox set URL [--user USER]        definir el buzón (WebDAV o carpeta) para sincronizar
  mailbox show [--json]                mostrar el buzón y lo que contiene para nosotros
  sync [--password-file FILE] [--json] ejecutar un ciclo de intercambio automático
                                       (o la contraseña en PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       añadir registros sintéticos

Tipos: %1
La base de datos es %2, salvo que --db o PACTESUR_DB indiquen otra.
Códigos de salida: 0 hecho, 1 fallo (para sync: no se pudo acceder al buzón o el ciclo no
terminó), 2 error de uso, 3 entrada rechazada (sin cambios; para sync: paquetes
rechazados).</translation>
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
        <translation>Eliminado o conservado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>No hay conflictos abiertos.
Cuando un paquete trae un valor distinto para un campo que usted también ha cambiado, ambos valores esperan aquí a que elija uno.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n conflicto abierto; se muestran los %1 más recientes.</numerusform>
            <numerusform>%n conflictos abiertos; se muestran los %1 más recientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n conflicto abierto. Elija el valor que desea conservar; puede deshacerlo hasta que vuelva a exportar un paquete.</numerusform>
            <numerusform>%n conflictos abiertos. Elija el valor que desea conservar; puede deshacerlo hasta que vuelva a exportar un paquete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Mostrar el registro</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Conservar lo que he escrito</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>No hay ningún conflicto seleccionado</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Elija un conflicto en la lista para ver sus valores uno al lado del otro.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 «%2»: eliminado en un lado, editado en el otro</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>El registro se conserva hasta que usted elija. Consérvelo o elimínelo, como pidió una de las partes.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Este campo se cambió en dos lugares antes de que se intercambiaran paquetes. Ambos valores se conservan hasta que elija uno o escriba uno que los combine.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valor que se conserva</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>O escriba el valor que desea conservar, por ejemplo uno que combine ambos:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Valor %1 (mostrado ahora)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Valor %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Escrito por %1 el %2 a las %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Eliminar el registro</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Conservar el registro</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Conservar este valor</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Conservado, con los cambios de la otra parte</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>¿Suprimir los datos personales de %1?

La supresión es definitiva: no se puede deshacer y se transmite a todos los socios con el próximo intercambio.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exportar datos personales</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>No se ha podido guardar el archivo %1: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Suprimir datos personales…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
        <translation>Suprime definitivamente los datos personales de este contacto</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar datos personales…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Exporta los datos que se conservan sobre este contacto</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Revisión pendiente desde el %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Haga clic en un número para ver los registros de los que procede, en una ciudad para abrirla o en una fecha para abrir esa actividad. Haga clic en el título de una columna para ordenar.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Cifras de cada ciudad socia</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: haga clic para abrirla</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Ninguna actividad hasta hoy</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Haga clic para ver los registros.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>La actividad más reciente que la ciudad acogió o en la que participó, hasta hoy.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Agentes intercambiados</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Actividades como anfitriona</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Como anfitriona</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Actividades que la ciudad acoge o ha acogido; las canceladas no se cuentan.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Actividades acogidas por %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Actividades como participante</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Como participante</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Actividades acogidas por otra ciudad, o en línea, en las que consta la participación de la ciudad.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Actividades en las que participó %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Agentes enviados</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Agentes de la ciudad registrados en intercambios de personal policial acogidos por otra ciudad.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Agentes enviados por %1 a intercambios de personal policial</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Agentes recibidos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Agentes de otras ciudades registrados en intercambios de personal policial acogidos por la ciudad.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Agentes recibidos por %1 en intercambios de personal policial</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Fichas de práctica de la ciudad, sea cual sea su estado; una traducción no se cuenta como otra ficha.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Fichas de práctica de %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fichas de práctica: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Fichas de práctica de la ciudad con el estado «%1»; una traducción no se cuenta como otra ficha.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Fichas de práctica de %1: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Grupos de trabajo de los que la ciudad es miembro.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Grupos de trabajo de %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contactos por revisar</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Contactos de la ciudad cuya fecha de revisión ha pasado: compruebe que siguen siendo necesarios y correctos.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Contactos de %1 pendientes de revisión</translation>
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
        <translation>Última actividad: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Haga clic para ver los registros de los que procede la cifra elegida.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Colorear las ciudades según:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Cifra que muestra el mapa</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Sitúe el puntero sobre una ciudad para ver sus cifras; haga clic en ella para ver los registros de los que procede la cifra elegida.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Datos del mapa: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Mapa de las ciudades socias: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n ciudad sin coordenadas no se puede situar en el mapa.</numerusform>
            <numerusform>%n ciudades sin coordenadas no se pueden situar en el mapa.</numerusform>
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
        <translation>Actividades iniciadas antes del %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Actividades iniciadas en el %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Actividades iniciadas después del %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Fichas de práctica con el estado «%1»</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Fichas de práctica sobre el tema «%1»</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Actividades por trimestre</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Participantes por tipo de actividad</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Fichas de práctica por estado</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Fichas de práctica por tema</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Período del proyecto, hoy e hitos</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Aún no se ha registrado ningún proyecto</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Comienza dentro de %n día</numerusform>
            <numerusform>Comienza dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Terminó el %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3)</source>
        <translation>Día %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Haga clic para abrir esta actividad.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Los hitos aparecen en esta línea: las actividades cuyos participantes o ciudades se declaran para todo el partenariado.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Hitos: las actividades cuyos participantes o ciudades se declaran para todo el partenariado. Haga clic en uno para abrirlo.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Ciudades socias</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Previstas o realizadas; las canceladas no se cuentan.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Registrados por las ciudades</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>De informes públicos</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Mujeres entre los participantes</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Sobre los %1 participantes de los que consta el número de mujeres.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Ningún registro de participación indica todavía el número de mujeres.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Agentes intercambiados</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Enviados por su ciudad a intercambios de personal policial acogidos por otra ciudad.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Actividades previstas o realizadas</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Actividades con participantes</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Registros de participación que indican el número de mujeres</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Agentes enviados a intercambios de personal policial acogidos por otra ciudad</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n actividad</numerusform>
            <numerusform>%1: %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Aún no hay actividades.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: %2 participantes (%3 registrados por las ciudades, %4 de informes públicos)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Aún no se han registrado ni declarado participantes.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Los informes públicos dan algunos totales sin indicar cuántas personas vinieron de cada ciudad. Un total de este tipo se cuenta aquí para su actividad cuando ninguna ciudad ha registrado su participación, y nunca en las cifras de una ciudad.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Participantes registrados por las ciudades en actividades del tipo «%1»</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Participantes de informes públicos en actividades del tipo «%1»</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Aún no hay fichas de práctica. Se contarán aquí en cuanto las ciudades las redacten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n ficha de práctica</numerusform>
            <numerusform>%1: %n fichas de práctica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n ficha de práctica</numerusform>
            <numerusform>%n fichas de práctica</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n registro de la lista «%1».</numerusform>
            <numerusform>%n registros de la lista «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, la suma de %n registro de la lista «%3».</numerusform>
            <numerusform>%1: %2, la suma de %n registros de la lista «%3».</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Registros de los que procede una cifra</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Abre el registro seleccionado en su sección</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Haga doble clic en una fila para abrir su actividad, donde figura esta participación.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Haga doble clic en un registro para abrirlo en su sección.</translation>
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
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>La base de datos %1 ya está abierta en otra ventana o programa de Pactesur. Ciérrela allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>No se puede bloquear la base de datos %1: no se puede escribir en su carpeta.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>actualizar la estructura de la base de datos</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>El disco está lleno: no se ha cambiado nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>Otro programa está usando la base de datos: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Error de la base de datos al %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>%1 no es una base de datos de Pactesur o está dañada.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>%1 no es una base de datos de Pactesur.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>abrir la base de datos</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Esta base de datos se creó con una versión más reciente de Pactesur (versión del esquema %1; esta versión admite hasta la %2). Actualice Pactesur para abrirla.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>La base de datos %1 necesita una actualización que no se puede hacer al abrirla en modo de solo lectura.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>guardar los cambios</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>guardar un registro</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>crear el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Inscribir una tarjeta</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Compare la huella antes de confiar en esta tarjeta</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Según esta tarjeta, pertenece a: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Réplica %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Huella de la tarjeta:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Huella de la tarjeta</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Llame a la persona a la que pertenece, o reúnase con ella, y pídale que lea su huella en voz alta (Intercambios ▸ Claves en su Pactesur). Inscriba la tarjeta solo si todos los grupos de cifras coinciden: cualquiera puede crear una tarjeta que dice pertenecer a otra persona.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Huella que le han leído (opcional: si la escribe, Pactesur la compara):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Huella que le han leído</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>p. ej. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Inscribir: las huellas coinciden</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Inscribir la tarjeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Paquetes de Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Guarda un archivo de paquete para enviarlo a sus socios</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Abre un archivo de paquete enviado por un socio para ver qué cambia y después aplicarlo</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Paquetes recibidos y enviados</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Paquetes de Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Un paquete es un archivo que usted envía a sus socios (por correo electrónico o en una memoria USB); ellos lo abren con Archivo ▸ Importar paquete.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>Lo que un socio aún no ha recibido (recomendado):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Más pequeño: solo los cambios desde que le llegó el último paquete de ese socio.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Ningún socio le ha enviado todavía un paquete: la primera vez, envíe una copia completa.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>Lo que el coordinador aún no ha recibido (recomendado)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Más pequeño: solo los cambios desde que le llegó el último paquete del coordinador.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Aún no ha llegado ningún paquete del coordinador: la primera vez, envíe una copia completa.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Una copia completa de todo el contenido de esta base de datos</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Contando el contenido…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Contenido: %n registro.</numerusform>
            <numerusform>Contenido: %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Escribiendo el paquete… Cancelar lo detiene sin dejar ningún archivo.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>El paquete se ha guardado como:
%1
Envíe este archivo a su socio.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>En Pactesur, las tarjetas se inscriben en Intercambios ▸ Claves ▸ Inscribir una tarjeta…, tras comparar su huella con la de su titular.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Aún no ha llegado ningún paquete de «%1», por lo que no hay una base a partir de la cual generar un paquete incremental; exporte un paquete completo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>contar los registros que se exportan</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de datos aún no tiene rol. Elija uno primero: coordinador o enlace de una ciudad.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Aún no ha llegado ningún paquete de «%1», por lo que no hay una base a partir de la cual generar un paquete incremental; exporte un paquete completo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>No se puede escribir el paquete %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>puede que el disco esté lleno</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Ninguna réplica inscrita puede recibir este paquete: inscriba primero las tarjetas de las ciudades (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Inscriba primero la tarjeta del coordinador (keys trust FILE): los paquetes se sellan para él.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>No se puede crear una carpeta temporal privada para el paquete.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>registrar la exportación</translation>
    </message>
</context>
<context>
    <name>pactesur::Field</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nombre local</translation>
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
        <translation>Representada por</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
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
        <translation>Cuerpo de policía</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Temas prioritarios</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Correo electrónico profesional</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Teléfono profesional</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Fecha límite de revisión</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Etiquetas traducidas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Ciudad líder</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Ciudad anfitriona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Participantes declarados</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Ciudades declaradas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace web</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traducción de</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Contexto y problema</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Acciones y aplicación</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Presupuesto y financiación</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Resultados e indicadores</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transferibilidad</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Source revision</source>
        <translation>Revisión del original</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Ficha de práctica</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Estado nuevo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Valor no válido «%1» en el campo %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>El campo %1 es demasiado largo: %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>no se admiten caracteres de control</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>se esperaba un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>se esperaba un número entre %1 y %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>se esperaba una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>se esperaba uno de estos valores: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>se esperaba un código de país de dos letras, como FR</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>se esperaba un código de idioma de dos letras, como fr</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>se esperaban códigos de idioma de dos letras separados por comas</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>se esperaba una dirección web que empiece por https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>se esperaba una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>se esperaba un número de teléfono</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>se esperaba un id o un slug</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>se esperaba un objeto JSON como {"fr": "…"}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>se esperaban letras minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>se esperaba un resumen SHA-256</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>el contenido de un archivo no se puede escribir a mano</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>el campo %1 tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>el campo %1 está fuera del intervalo admitido</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>el campo %1 es demasiado largo</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>el campo %1 no es un id</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>el campo %1 no es una lista</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>el campo %1 no está en su forma almacenada</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>se esperaba un objeto JSON como {"summary": "…"}</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: con fecha</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Códigos de idioma, p. ej., fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Bases de datos de Pactesur (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
</context>
<context>
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>La carpeta del buzón %1 está llena: libere espacio en su disco.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>La carpeta del buzón %1 no existe (¿una unidad no montada o una carpeta aún no sincronizada?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>No se puede crear la carpeta %1 en el buzón: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>No se puede escribir %1 en el buzón: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>No se puede cambiar el nombre de %1 en el buzón: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>No se puede leer %1 del buzón: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>No se puede eliminar %1 del buzón: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Solo la base de datos del coordinador puede generar registros.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Registros que usted aún no tiene.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Registros que usted ya tiene y que el paquete cambia.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Registros que usted ya tiene tal como están.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Registros editados en ambos lados: los dos valores se conservan hasta que alguien elija uno en la bandeja de conflictos.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Cambios que el remitente no puede hacer; se descartan y se importa el resto.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Revisar conflictos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Lo que cambia el paquete</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Paquete de %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Creado el %1 a las %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Una copia completa de los datos del remitente: %n registro.</numerusform>
            <numerusform>Una copia completa de los datos del remitente: %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Los cambios desde su último intercambio: %n registro.</numerusform>
            <numerusform>Los cambios desde su último intercambio: %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Comparando el paquete con su base de datos…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Nada nuevo: su base de datos ya contiene todo lo que trae este paquete. Pulse Aplicar para dejar constancia de que lo ha recibido.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>No cambia nada hasta que pulse Aplicar. Antes se hace una copia de seguridad de su base de datos.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Cancelando… su base de datos queda como estaba.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importando… Cancelar lo detiene y deja su base de datos como estaba.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importado. Nuevos: %1, actualizados: %2, conflictos por revisar: %3, rechazados: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Su base de datos tal como estaba antes se conserva en %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Paquete no importado</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Guardando los cambios… Cancelar lo detiene y deja su base de datos como estaba.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Comprobando el paquete… Cancelar lo detiene y deja su base de datos como estaba.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>No se ha cambiado nada en su base de datos.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Se han rechazado todos los cambios de este paquete: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>Se ha cancelado la importación; su base de datos está como estaba.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Firmado por %1 (verificado)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>La firma del remitente no se ha verificado.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Huella de la clave: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>%n registro nuevo o actualizado más se cuenta arriba pero no se lista.</numerusform>
            <numerusform>%n registros nuevos o actualizados más se cuentan arriba pero no se listan.</numerusform>
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
        <translation>Registro</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Registros nuevos (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Registros actualizados (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflictos por revisar (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Rechazados (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Sin título (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminación</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de datos aún no tiene rol. Elija uno primero: coordinador o enlace de una ciudad.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Este paquete se exportó desde esta base de datos; no contiene nada nuevo.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Se ha descartado una modificación del campo %1 en un contacto suprimido: prevalece la supresión.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importar un paquete</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>El paquete hace referencia a registros que no contiene; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>No se puede iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>No se pueden leer las claves de esta base de datos (%1).</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Las claves de esta base de datos (%1) están dañadas.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>No se pueden guardar las claves de esta base de datos en %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Huella copiada.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (esta base de datos)</translation>
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
        <translation>Inscribir una tarjeta</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Tarjetas de identidad de Pactesur (*.card);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Inscrita: %1. Se aceptan sus paquetes, y los suyos pueden sellarse para esta réplica.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Ya inscrita: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Exportar mi tarjeta</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Su tarjeta se ha guardado como %1. Envíela a su socio y después léale su huella por teléfono.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>¿Revocar las claves de %1?
A partir de ahora se rechazan sus paquetes, y sus próximos paquetes lo comunican a todas las ciudades. Una clave revocada nunca vuelve a aceptarse: la persona crea una nueva base de datos y usted inscribe su tarjeta.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Las claves de %1 están revocadas.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Cada paquete va firmado por su remitente y sellado para las réplicas que pueden leerlo. Una tarjeta contiene las claves públicas de una réplica; antes de inscribir la tarjeta de alguien, compare su huella con la que le lea esa persona, por teléfono o en persona.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Esta base de datos</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, réplica %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Esta base de datos aún no tiene un rol.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Su huella: léasela al socio que inscribe su tarjeta.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Su huella</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copiar la huella</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>E&amp;xportar mi tarjeta…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Exportar mi tarjeta</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Réplicas en las que confía esta base de datos</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Usted inscribe la tarjeta de cada ciudad tras comparar su huella; cada paquete que envía incluye esta lista, de modo que las ciudades confían unas en otras a través de usted.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Como enlace de una ciudad, usted inscribe una sola vez la tarjeta del coordinador; las demás ciudades llegan con los paquetes del coordinador.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Inscribir una tarjeta…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Inscribir una tarjeta</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Revocar las claves seleccionadas</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Pertenencia a grupo</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Pertenencias a grupos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Ficha de práctica</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fichas de práctica</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Cambios de estado</translation>
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
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Cualquiera (copia completa)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Nuevos: %1, actualizados: %2, sin cambios: %3, conflictos: %4, rechazados: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Todos los paquetes que esta base de datos ha recibido o enviado, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Paquetes recibidos y enviados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Todavía no se ha enviado ni recibido ningún paquete.

Un paquete lleva los cambios de esta base de datos al coordinador o a las ciudades, y trae los suyos. Exporte uno para enviar su trabajo; importe el que haya recibido. Cada intercambio aparecerá luego aquí.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>El buzón necesita la contraseña de %1: Archivo ▸ Sincronizar ahora se la pedirá.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>No hay llavero del escritorio: Pactesur guarda la contraseña hasta que se cierre.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur la guarda en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Contraseña del buzón</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>La contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Sin sincronizar: el buzón necesita la contraseña de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n paquete no aceptado: se volverá a ofrecer en la próxima sincronización.</numerusform>
            <numerusform>%n paquetes no aceptados: se volverán a ofrecer en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Sin&amp;cronizar ahora</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Intercambia ahora paquetes con sus socios a través del buzón</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Buzón…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Dónde se intercambian automáticamente los paquetes y con qué frecuencia</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Mediante un buzón, Pactesur envía sus cambios a sus socios e importa automáticamente los de ellos. El buzón es una carpeta en un servidor WebDAV, como Nextcloud, o una carpeta de este equipo que un cliente de sincronización comparte con ellos. Deje la dirección vacía para intercambiar solo manualmente.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Dirección del buzón</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Una carpeta: %2ruta/a/la/carpeta</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nombre de usuario en el servidor</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Contraseña en el servidor</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Sincronizar cada:</translation>
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
        <translation>Minutos entre sincronizaciones automáticas</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Mientras Pactesur está abierto; 0: solo cuando elija Archivo ▸ Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Revisar cada paquete entrante antes de importarlo</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Guardar la configuración del buzón</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>No hay llavero del escritorio: la contraseña se pide una vez por sesión.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>La contraseña se guarda en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Detiene la sincronización; la siguiente continúa desde donde se detuvo</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronización en curso</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Buzón sin configurar</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Los paquetes se intercambian manualmente. Configure un buzón (Configuración ▸ Buzón…) para intercambiarlos automáticamente con sus socios.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Sincronizando · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Intercambiando paquetes con el buzón. Cancelar lo detiene; la siguiente sincronización continúa desde ahí.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>No se pudo sincronizar el buzón</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Buzón configurado · aún sin sincronizar</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>%n paquete recibido</numerusform>
            <numerusform>%n paquetes recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n conflicto nuevo</numerusform>
            <numerusform>%n conflictos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>El buzón aún no se ha sincronizado desde esta base de datos.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Paquetes importados: %1 (descargados: %2), enviados: %3; retirados del buzón una vez recibidos por todos los destinatarios: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Conflictos nuevos: %1; paquetes rechazados: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>en un momento desconocido</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
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
        <translation>Preparando un paquete…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>No se puede conservar el paquete %1 junto a la base de datos.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>El paquete %1 ya no está junto a la base de datos y no se puede volver a enviar.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>No se puede escribir el acuse de recibo de esta réplica.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de datos aún no tiene rol. Elija uno primero: coordinador o enlace de una ciudad.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>No se puede crear junto a la base de datos una carpeta privada para los paquetes del buzón.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Leyendo el buzón…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Sincronización cancelada; la siguiente continuará desde aquí.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>el coordinador</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (réplica %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>El paquete %1 enviado por %2 aún no está en el buzón; los siguientes lo esperan.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>El paquete %1 enviado por %2 se ha rechazado; los siguientes esperan a que haya una copia válida en el buzón.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 enviado por %2: %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>su contenido no coincide con su nombre (cortado o modificado).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>este remitente no lo publicó como paquete %1 de su buzón.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 enviado por %2: registro %3 rechazado: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>«%1» no es una dirección de buzón: indique https://server/folder/ (para Nextcloud, https://server/remote.php/dav/files/USER/folder/) o file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>Se accedería al buzón de %1 sin cifrado: use https://, o http:// solo para un servidor de este equipo.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>No hay ningún buzón configurado para esta base de datos: configure uno primero (mailbox set URL, o Configuración ▸ Buzón).</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Create an empty database with the project's founding data</source>
        <translation>Crea una base de datos vacía con los datos iniciales del proyecto</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Abre otro archivo de base de datos de Pactesur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtra los registros de la lista actual</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Acerca de Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Sección actual</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>El archivo «%1» ya existe. Elija otro nombre o use Abrir base de datos para abrirlo.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
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
        <translation>Pactesur ayuda a las ciudades socias del proyecto europeo PACTESUR 2 a coordinar su trabajo: quién es quién, grupos de trabajo, actividades y las fichas de práctica que comparten.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Versión de Qt: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Acerca de Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Buscar en la lista…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Busca en todos los registros de todos los tipos</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Nuevo registro…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Añade un registro a la lista actual</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Editar registro…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Edita el registro seleccionado en la lista actual</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>Eli&amp;minar registro…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Elimina el registro seleccionado en la lista actual</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>Se ha vuelto a abrir %n ficha de práctica tras el cierre inesperado de Pactesur: indica qué se ha conservado.</numerusform>
            <numerusform>Se han vuelto a abrir %n fichas de práctica tras el cierre inesperado de Pactesur: cada una indica qué se ha conservado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>In&amp;formes…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Genera un informe de actividades, un calendario, el folleto de prácticas o una lista</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Ciudades miembro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Ciudad que se añadirá</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Añadir ciudad</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Añade la ciudad elegida como miembro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Quita la ciudad miembro seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Quita la ciudad miembro seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
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
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Nueva ficha de práctica</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Describa una práctica de su ciudad para el partenariado. Empiece con una ficha en blanco o con una copia de una ficha parecida a la suya. Todo lo que escriba se guarda a medida que escribe.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>Ficha en &amp;blanco</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>Una &amp;copia de:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Ficha que se copia</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Escrita en:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Crear y abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Descartar este aviso</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Cambios rechazados (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n cambio no se ha aplicado porque las reglas de propiedad lo rechazan; se muestran los %1 más recientes.</numerusform>
            <numerusform>%n cambios no se han aplicado porque las reglas de propiedad los rechazan; se muestran los %1 más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Descartar todo</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Descartar todos los avisos de la lista</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n cambio no se ha aplicado porque las reglas de propiedad lo rechazan. Descarte un aviso cuando lo haya leído.</numerusform>
            <numerusform>%n cambios no se han aplicado porque las reglas de propiedad los rechazan. Descarte un aviso cuando lo haya leído.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Su cambio de «%1» en el registro «%3» (%2) se hizo con una versión anterior de Pactesur y las reglas de propiedad lo rechazan: %4. Las demás bases de datos lo ignoran; vuelva a modificar el registro si le corresponde a usted hacerlo.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Se ha rechazado un cambio de «%1» en el registro «%3» (%2) hecho por %4: %5.</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>%1 no es un paquete de Pactesur válido: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>El paquete %1 no existe.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>el archivo es más grande de lo que puede ser un paquete.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>No se puede leer el paquete %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>no es un archivo de paquete.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>no se puede abrir.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>está dañado.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>no se ha creado con Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>El paquete %1 se creó con una versión más reciente de Pactesur (formato de paquete %2; esta versión lee el formato %3). Actualice Pactesur para importarlo.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>su versión de formato es desconocida.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>contiene tablas o código que un paquete no puede incluir.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>su manifiesto no se puede leer.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>su manifiesto no describe un paquete de Pactesur.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>su manifiesto está incompleto o es incorrecto.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>el valor de deleted no es 0 ni 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>tiene un campo desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>el campo %1 tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>uno de sus conflictos está mal formado.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>está dañado o su lectura es demasiado lenta.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>sus registros no se pueden leer.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>registro %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>su id no es válido</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>su propietario no es válido</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>su fecha no es válida</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>su versión no es válida</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>su historial no se puede leer</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>el historial de «%1» no es válido</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>un archivo adjunto no coincide con su hash.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>El paquete %1 se creó con una versión anterior de Pactesur (formato de paquete %2; esta versión lee el formato %3). Pida al remitente que actualice Pactesur y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>El paquete %1 no está firmado ni sellado (formato de paquete 2 o anterior); esta versión solo lee paquetes firmados (formato 3). Pida al remitente que actualice Pactesur y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>No se puede crear una carpeta temporal privada para el paquete.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>su manifiesto indica un remitente distinto de la clave que lo firmó.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>su manifiesto contiene más entradas de las que puede tener un paquete.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>su manifiesto contiene una clave más larga de lo permitido.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>su manifiesto contiene un valor más largo de lo permitido (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>No se ha podido leer el paquete %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Ciudades participantes</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Ciudad que se añadirá</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Añadir ciudad</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Añade la ciudad elegida a las ciudades participantes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected city's participation</source>
        <translation>Quita la participación de la ciudad seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
        <translation>Quita la participación de la ciudad seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Quitar participación</translation>
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
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Usted (esta base de datos)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Datos iniciales</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Otro socio (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Enlace de una ciudad desconocida</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Enlace de %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>leer las fichas de práctica</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Otras prácticas</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, en curso</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Desde el %1, en curso</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Prácticas para espacios públicos más seguros</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n ficha de práctica</numerusform>
            <numerusform>%n fichas de práctica</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · folleto elaborado el %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Fichas de práctica de las ciudades socias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fichas de práctica</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Fecha de elaboración</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Este folleto reúne las fichas de práctica que las ciudades socias de %1 han redactado y que el coordinador ha validado para su publicación. Cada una figura en inglés cuando hay una traducción lista; si no, en su idioma original.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Este folleto reúne las fichas de práctica que las ciudades socias de %1 han redactado y que el coordinador ha validado para su publicación. Cada una figura en el idioma del folleto (%2) cuando hay una traducción lista; si no, en inglés o en su idioma original.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Todavía no hay ninguna ficha de práctica validada y pública.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Esta práctica aún no está disponible en el idioma del folleto (%1); se presenta la versión: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Idiomas disponibles</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Detalles del registro seleccionado</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Última modificación: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Seleccione un registro para ver todos sus detalles.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Actividades organizadas: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fichas de práctica: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Grupos de trabajo de los que es miembro: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contactos: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
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
        <translation>Nuevo registro: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Editar registro: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Obligatorio</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Todas las ciudades</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión pendiente</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Todas las ciudades líderes</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Contactos cuya fecha de revisión ya ha pasado</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
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
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Aún no hay ciudades. Aquí aparecen las ciudades socias del proyecto.</translation>
    </message>
    <message>
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Aún no hay grupos de trabajo. Aquí aparecerán los grupos de trabajo del proyecto, con su tema y su ciudad líder, una vez registrados.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
        <translation>Aún no hay actividades. Aquí aparecerán las reuniones, formaciones, intercambios y demás actividades del proyecto una vez registradas.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Aún no hay fichas de práctica. Aquí aparecerán las prácticas que las ciudades describen para el partenariado una vez redactadas.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Aún no hay recursos. Aquí aparecerán las guías, el material formativo y otros documentos del proyecto una vez registrados.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Aún no hay contactos. Aquí aparecerán los contactos profesionales de las ciudades socias una vez registrados.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n registro coincidente</numerusform>
            <numerusform>%n registros coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Ningún registro coincide con el filtro.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Aún no hay registros.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Aún no hay organizaciones. Aquí aparecerán, una vez registradas, las redes, asociaciones, cuerpos de policía y demás organizaciones con las que trabaja el proyecto.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Añade un registro a esta lista (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Edita el registro seleccionado (Intro)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Suprimir…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Erase the selected contact's personal data</source>
        <translation>Suprime los datos personales del contacto seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Elimina el registro seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>¿Suprimir el contacto «%1»? La supresión elimina definitivamente los datos personales, aquí y en todos los socios; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>¿Eliminar «%1»? Puede recuperarlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Volver a mostrar todos los registros de esta lista</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Los registros de tipo %1 no se pueden crear ni editar directamente.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Este registro de tipo %1 ya existe (id %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>No hay ningún registro de tipo %1 con el id %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>El archivo %1 es demasiado grande: los archivos adjuntos tienen un límite de %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de datos aún no tiene rol. Elija uno primero: coordinador o enlace de una ciudad.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Como enlace de %1, solo puede modificar los registros de %1.</translation>
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
        <translation>«%1» no es un campo del tipo %2; los campos son: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Tema desconocido «%1».</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>El campo %1 no se puede cambiar una vez creado el registro; cree un registro nuevo.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>No puede haber más mujeres (%1) que participantes (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>No puede haber más agentes (%1) que participantes (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Ningún registro de tipo %1 coincide con «%2».</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>«%1» coincide con más de un registro de tipo %2; indique más caracteres del id.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Ningún conflicto coincide con «%1».</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>El registro de este conflicto ya no existe.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>«%1» coincide con más de un valor; indique más caracteres.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Ningún valor de este conflicto coincide con «%1».</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Un contacto suprimido no se puede recuperar: sus datos personales ya no existen.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>El archivo %1 es de un tipo que Pactesur no admite (%2). Adjunte documentos, hojas de cálculo, presentaciones, archivos PDF, imágenes o texto.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>«%1» es obligatorio (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Esta ficha de práctica está en estado «%1»: ahora solo el coordinador puede eliminarla.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Como enlace de %1, no puede ceder este registro a otra ciudad.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Solo el coordinador revisa las fichas de práctica.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>leer un registro</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Sin rol elegido</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Enlace de %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Rol desconocido «%1»: se esperaba «coordinator» o «liaison».</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Ciudad desconocida «%1».</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Esta base de datos ya está configurada para el rol «%1»; sus registros llevan ese sello, así que el rol no puede cambiar. Cree una base de datos nueva para otro rol.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>El id de réplica «%1» no es válido.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>guardar el rol</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>sellar un cambio</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>leer el rol de esta base de datos</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Informe de actividades</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Tabla de participación</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Calendario de actividades</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Folleto de prácticas</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Lista de fichas de práctica</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Cifras clave y actividades de un período, por ciudad y por tema.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Participantes por actividad y ciudad, sin ningún dato personal.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Las actividades de un período como eventos para cualquier aplicación de calendario.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Las fichas de práctica públicas validadas, por tema, en un idioma.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Cada ficha de práctica con su ciudad, idioma, estado y temas.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Archivo de calendario (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>una ficha de práctica</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>actividades de un período, por ciudad y por tema</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>participación por actividad y ciudad, sin datos personales</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>actividades en un archivo iCalendar para aplicaciones de calendario</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>folleto de las fichas de práctica públicas validadas, por tema</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>lista de las fichas de práctica</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 requiere una fecha con el formato AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>El informe %1 no abarca ningún período: omita --from y --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El período termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>No existe el idioma «%1»; los idiomas son: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Informe desconocido «%1»; los informes son: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>El informe %1 se genera en formato %2, no «%3».</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Se ha escrito el informe en %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Cofinanciado por la Unión Europea</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Sin embargo, los puntos de vista y opiniones expresados son únicamente los del autor o autores y no reflejan necesariamente los de la Unión Europea o la Comisión Europea. Ni la Unión Europea ni la autoridad otorgante pueden ser consideradas responsables de ellos.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>No se puede escribir el informe en %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>No se puede escribir el informe en %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>No se puede comprobar que el informe %1 se haya guardado.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Se ha cancelado el informe; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Este informe se genera en formato %1, no «%2».</translation>
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
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Guardar el informe</translation>
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
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Elija un informe y guárdelo en un archivo.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Escribiendo el informe… Cancelar lo detiene sin dejar ningún archivo.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>El informe se ha guardado como:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Este conflicto se ha resuelto mientras tanto.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>El registro de este conflicto ya no existe.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Resolver el conflicto sobre «%1» de «%2»</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (ya enviado)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Esta resolución del conflicto ya se envió en un paquete, por lo que ya no se puede deshacer. Para volver a cambiar el valor, edite el registro.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>El conflicto ya se envió en un paquete tal como estaba, por lo que esta resolución no se puede rehacer. Vuelva a resolverlo en la bandeja de conflictos.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>El registro ha cambiado desde que se resolvió el conflicto (por una importación o una edición), por lo que este paso no se puede repetir.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Insertar vínculo</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Dirección web o de correo electrónico (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Solo se pueden vincular direcciones web (http, https) y de correo electrónico (mailto).</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Negrita (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Cursiva (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Convierte la selección en un vínculo a una dirección web o de correo electrónico (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Muestra dentro del texto una imagen adjunta a esta ficha</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Le damos la bienvenida a Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>¿Cuál es su papel en el proyecto?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Esto se pregunta una sola vez para esta base de datos: los registros que escriba llevan el sello de su rol, por lo que no se podrá cambiar más adelante.</translation>
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
        <translation>&amp;Enlace de la ciudad</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Enlace de la ciudad</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Su ciudad</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Confirmar el rol</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de datos aún no tiene rol. Elija uno primero: coordinador o enlace de una ciudad.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Esta es la tarjeta de esta misma base de datos.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Un enlace de ciudad solo inscribe la tarjeta del coordinador; las demás ciudades llegan con el registro del coordinador.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>La tarjeta indica una ciudad que esta base de datos no conoce.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Las claves de esta réplica se revocaron; no se pueden volver a inscribir.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Esta tarjeta lleva otras claves que las inscritas para la misma réplica: una clave cambiada nunca se acepta. Si las claves cambiaron de verdad, revoque las antiguas y cree una nueva base de datos.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Según esta tarjeta, su réplica escribe en nombre de alguien distinto del que conoce esta base de datos.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>La huella de la tarjeta es %1, no la que le dieron: la tarjeta no se ha inscrito.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Solo el coordinador revoca claves.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Ninguna réplica inscrita coincide de forma única con «%1».</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>El coordinador no puede revocar sus propias claves.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>El registro del paquete está mal formado.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>El registro del coordinador asigna a la réplica %1 claves distintas de las inscritas aquí; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>No se puede escribir el paquete en %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>El paquete tiene demasiados destinatarios.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Se ha rechazado el paquete %1: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>está dañado o se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>No se puede leer el paquete %1.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>es más grande de lo que puede ser un paquete.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>no es un paquete de Pactesur.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>se creó en otro formato de paquete (%1; esta versión lee el formato %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>lo firma una réplica que esta base de datos no ha inscrito (réplica %1, clave %2). Inscriba su tarjeta tras comparar la huella.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>está firmado con claves revocadas (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>no está dirigido a esta base de datos.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>No se puede abrir aquí el paquete %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
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
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Escriba una palabra o su comienzo; deben coincidir todas las palabras.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>No hay resultados para «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n resultado para «%1».</numerusform>
            <numerusform>%n resultados para «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Buscar ciudades, organizaciones, grupos de trabajo, actividades, fichas, recursos y contactos</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>No se han podido cargar los datos integrados (%1 «%2»): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>No se han podido cargar los datos integrados.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Añadir imagen</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Añadir archivo adjunto</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se ha podido leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 no es una imagen; se ha añadido a los archivos adjuntos.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>No se ha podido volver a leer el archivo adjunto %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Añadir una imagen desde un archivo…</translation>
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
        <translation>Archivos adjuntos de esta ficha</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Aún no hay archivos adjuntos. Las fotos, los informes o los folletos ayudan a otras ciudades a hacerse una idea de la práctica.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Añade un archivo a esta ficha</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Mostrar en el texto</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Muestra la imagen seleccionada dentro del último cuadro de texto en el que ha escrito</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Quita de esta ficha el archivo adjunto seleccionado</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Esta ficha de práctica se ha eliminado; sus cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Ninguna ficha de práctica coincide con «%1».</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Esta ficha de práctica se ha eliminado. Cierre esta ventana; Editar &gt; Deshacer en la ventana principal la recupera.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Algunos cambios no se han guardado: vea los campos marcados en rojo</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Todos los cambios guardados · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Los cambios se guardan a medida que escribe</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Ficha de práctica sin título</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Ficha de práctica</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Algunos cambios no se han podido guardar; corrija primero los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Antes de enviar, rellene: %1. La lista de comprobación de la izquierda le lleva a cada uno de ellos.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>¿Publicar «%1»? Las fichas publicadas forman parte de la colección de prácticas del proyecto y todos los socios pueden leerlas.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>No se han podido guardar estos campos: %1. ¿Cerrar de todos modos y perder lo que se escribió en ellos?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Título de la ficha</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Ciudad, idioma y sensibilidad de la ficha</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Qué se ha recuperado</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Por qué esta ficha es de solo lectura</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Mensaje del proceso de revisión</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Nota sobre la ficha…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Escribe a la ciudad una nota de revisión sobre la ficha en su conjunto</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura: la ficha se puede leer y exportar, pero no modificar.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Elija su rol (coordinador o enlace de la ciudad) antes de redactar fichas de práctica.</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Esta ficha pertenece a %1. Solo el enlace de %1 y el coordinador pueden modificarla; usted puede leerla y exportarla.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Enviada para revisión: el coordinador la está leyendo. Para cambiar algo, retírela primero; volverá a ser un borrador.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Esta ficha está en estado «%1»: ahora solo el coordinador puede modificarla. Si hay que corregir algo, pídale que solicite cambios.</translation>
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
        <translation>El coordinador ha solicitado cambios; su nota se muestra encima del formulario.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>El coordinador ha solicitado cambios. Sus notas están junto a los campos afectados: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Deshace el último cambio guardado de esta ficha</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rehace el último cambio deshecho</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Traducir…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Crea una copia vinculada de esta ficha en otro idioma, que se muestra junto al original</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Exporta esta ficha en PDF o HTML, o la imprime</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exportar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ficha</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Ficha de práctica</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Exportar ficha de práctica como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Exportar ficha de práctica como HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Imprimir ficha de práctica</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Aún no hay ninguno registrado.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Todavía en curso</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Obligatorio para enviar</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Escribe para la ciudad una nota de revisión sobre este campo</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Nota de revisión sobre %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Traducción (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 en la ficha original</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>Este campo ha cambiado en el original desde la última actualización de la traducción.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Formulario de la ficha de práctica</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Cómo se llama la práctica, de quién es, cuándo se llevó a cabo y quién puede leerla.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Contexto y objetivos</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Por qué era necesaria la práctica y qué pretendía lograr.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Acciones y socios</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Qué se hizo, con quién y cuánto costó.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Resultados y evaluación</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Qué cambió y cómo se sabe.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Transferibilidad y lecciones aprendidas</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Lo que otra ciudad necesita saber para hacer lo mismo, incluidos los fracasos.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>La persona a la que los socios pueden consultar sobre esta práctica.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Fotos, informes y otros archivos; las imágenes también pueden mostrarse dentro de un texto.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Un nombre breve que diga qué hace la práctica, p. ej., «Mediación nocturna en el casco antiguo»</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Tres o cuatro frases para un lector con poco tiempo: qué se hizo, dónde, para quién y con qué resultado.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>La situación local que motivó esta práctica: el problema, dónde y cuándo se produce, a quién afecta. Las cifras ayudan.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Qué pretendía cambiar la práctica. Un objetivo por elemento de la lista, medible siempre que sea posible.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>A quién va dirigida la práctica y a quién llega: vecinos, jóvenes, personal del ocio nocturno, agentes…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Qué se hizo, paso a paso: actividades, personal implicado, calendario, herramientas y métodos.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Quién participó y qué aportó cada uno: servicios policiales, departamentos municipales, asociaciones, empresas, vecinos.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Coste aproximado y quién lo pagó: presupuesto municipal, financiación nacional o de la UE, aportaciones en especie.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Qué cambió, con indicadores: cifras de antes y después, productos, opiniones de vecinos o socios.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Cómo se evaluaron los resultados, quién lo hizo y a qué conclusiones llegó la evaluación.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Lo que otra ciudad necesitaría para hacer lo mismo: condiciones de éxito, recursos, qué se puede adaptar.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Qué haría de otra manera, qué le sorprendió, consejos para una ciudad que empieza. Los fracasos también interesan.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Marque los temas del proyecto a los que contribuye la práctica.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Los grupos de trabajo que deberían leer esta ficha.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Las fichas públicas pueden aparecer en la publicación del proyecto; «Solo socios» no sale del partenariado; «Restringido a la policía» solo se comparte con los servicios policiales.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Elija un contacto de su ciudad; si no figura, añádalo primero en Contactos.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>El idioma en el que está redactada esta ficha.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Crea un nuevo borrador de ficha a partir de una copia de la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Traducir…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Crea una traducción vinculada de la ficha seleccionada</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the word count and the number of review notes of a section.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Secciones de la ficha</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Campos obligatorios rellenados</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Campos obligatorios aún vacíos</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Obligatorios para enviar: %1 de %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Campos obligatorios para enviar</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Historial de estados de la ficha</translation>
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
        <translation>Aún no enviada</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Nota del coordinador sobre toda la ficha</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Nota del coordinador</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Lo que la ciudad debería revisar primero, o por qué la ficha aún no está lista</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Qué cambiar o completar en este campo</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Ficha de práctica sin título</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Solo socios</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Restringido: solo policía</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · ficha de práctica impresa el %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Ficha de práctica</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Abrir el original</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Abre la ficha original</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Marcar como actualizada</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Indica que esta traducción corresponde ahora al original tal como está</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>El original de esta traducción ya no está disponible.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Traducción de «%1» (%2). El original se muestra junto a cada campo.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 El original ha cambiado desde entonces: %2 (resaltados abajo).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Traducciones de esta ficha:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (desactualizada)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Abrir la traducción (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Ninguna ficha de práctica tiene el id %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Esta ficha ya es una traducción: traduzca en su lugar el original.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>La ficha ya está redactada en este idioma.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Ya existe una traducción a este idioma.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Ficha de práctica sin título</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Pactesur se cerró inesperadamente mientras «%1» estaba abierta. No se había cambiado nada en ella desde que se abrió, salvo quizá en los últimos segundos antes del cierre. La ficha vuelve a estar abierta.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Pactesur se cerró inesperadamente mientras «%1» estaba abierta. Se conserva todo hasta las %2 (%3); como mucho puede faltar el último %n segundo de escritura antes del cierre de Pactesur. La ficha vuelve a estar abierta para que pueda comprobarla.</numerusform>
            <numerusform>Pactesur se cerró inesperadamente mientras «%1» estaba abierta. Se conserva todo hasta las %2 (%3); como mucho pueden faltar los últimos %n segundos de escritura antes del cierre de Pactesur. La ficha vuelve a estar abierta para que pueda comprobarla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Solo el coordinador escribe notas de revisión.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Solo el coordinador puede pasar una ficha de práctica al estado «%1».</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Esta ficha de práctica está pendiente de revisión. Retírela para devolverla a borrador antes de modificarla.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Esta ficha de práctica está en estado «%1»: ahora solo el coordinador puede modificarla. Pídale que solicite cambios.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Esta ficha de práctica aún no se puede enviar: rellene primero %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Enviar para revisión</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Retirar la publicación</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
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
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>leer las fichas de práctica</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>En los gráficos, el mapa y el calendario, las teclas de flecha pasan de un elemento a otro e Intro abre el elegido.</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Aplicación de coordinación para las ciudades socias de PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Usar la base de datos ARCHIVO en lugar de la predeterminada.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Usar el idioma de interfaz CÓDIGO (en, fr, nl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Un paquete de intercambio (.pactesur) para previsualizar e importar.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[paquete]</translation>
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
        <translation>Traducir ficha de práctica</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Una traducción de «%1» (%2) es una ficha independiente, vinculada al original. El editor muestra el original junto a cada campo y marca los campos que el original cambie más adelante.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Ya traducida a: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Idioma de la traducción</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Crear traducción</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
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
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>la conexión se cerró antes de que el archivo estuviera completo</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>el archivo es más grande de lo que puede ser un paquete</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>El buzón de %1 rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>El buzón no permite esta operación en %1 (403 Forbidden): compruebe los permisos de uso compartido de la carpeta.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>No hay ninguna carpeta en %1 en el servidor: créela o compruebe la dirección del buzón.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>El buzón está bloqueado por otro programa en el servidor (423 Locked); la próxima sincronización lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>El servidor pide que se reduzca el ritmo (429 Too Many Requests); la próxima sincronización lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>El buzón está lleno: se ha alcanzado la cuota de almacenamiento del servidor (507). Libere espacio en él o pida más a su administrador.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Se ha producido un error en el servidor (%1) en %2; la próxima sincronización lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>El servidor respondió %1 en %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>El buzón de %1 tiene un certificado en el que este equipo no confía: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>No se puede acceder al buzón de %1: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>No se pudo leer el listado de %1 enviado por el servidor.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>%1 en el buzón es más grande de lo que puede ser un paquete.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>El paquete indica que la réplica %1 escribe en nombre de alguien distinto del que conoce esta base de datos; no se ha cambiado nada.</translation>
    </message>
</context>
</TS>
