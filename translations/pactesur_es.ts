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
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
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
  export --out FILE [--full | --for PEER]   escribir un paquete de intercambio
  import FILE [--dry-run] [--json]     fusionar un paquete (tras una copia de seguridad)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  añadir registros sintéticos

Tipos: %1
La base de datos es %2, salvo que --db o PACTESUR_DB indiquen otra.
Códigos de salida: 0 hecho, 1 fallo, 2 error de uso, 3 entrada rechazada (sin cambios).</translation>
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
        <source>Erase this contact&apos;s personal data for good</source>
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
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Actividades por orden cronológico</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Descripción del proyecto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Aún no hay ningún proyecto registrado</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Empieza dentro de %n día</numerusform>
            <numerusform>Empieza dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Finalizó el %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Día %1 de %2 (%3 %)</translation>
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
        <source>reading records</source>
        <translation>leer los registros</translation>
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
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>se esperaba un objeto JSON como {&quot;fr&quot;: &quot;…&quot;}</translation>
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
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Solo la base de datos del coordinador puede generar registros.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>el enlace de una ciudad solo puede modificar los registros de su propia ciudad</translation>
    </message>
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
        <source>Create an empty database with the project&apos;s founding data</source>
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
        <source>Remove the selected city&apos;s participation</source>
        <translation>Quita la participación de la ciudad seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
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
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Aún no hay grupos de trabajo. Aquí aparecerán los grupos de trabajo del proyecto, con su tema y su ciudad líder, una vez registrados.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact&apos;s personal data</source>
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
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Buscar ciudades, actividades, fichas, recursos y contactos</translation>
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
</TS>
