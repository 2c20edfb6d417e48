<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Mostra as atividades numa lista</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Mostra as atividades num calendário</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1: %n atividade</numerusform>
            <numerusform>%1: %n atividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Mostra um mês</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Período do projeto</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Mostra o período do projeto</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mês anterior (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mês seguinte (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mês seguinte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostra o dia de hoje</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Período apresentado</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Atividades do mês</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Atividades ao longo do período do projeto</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln atividade no período do projeto</numerusform>
            <numerusform>%Ln atividades no período do projeto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n mais</numerusform>
            <numerusform>+%n mais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>Mais %n atividade não listada</numerusform>
            <numerusform>Mais %n atividades não listadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln atividade neste dia: clique para a ver</numerusform>
            <numerusform>%Ln atividades neste dia: clique para as ver</numerusform>
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
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Demasiadas atividades para as mostrar uma a uma</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln atividade</numerusform>
            <numerusform>%Ln atividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>ler as atividades</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>ler a participação</translation>
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
        <translation>Relatório de atividades</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · relatório preparado em %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Atividade por cidade</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Atividade por tema</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Atividades por tipo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Cidades envolvidas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Agentes de polícia</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Realizadas: %1 · planeadas: %2 · canceladas: %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Os participantes são os números indicados pelas cidades para cada atividade; quando nenhuma cidade indicou números, conta o total declarado para a atividade.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Organizadas</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Com participação</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Todas as cidades</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Cada atividade conta no tema do respetivo grupo de trabalho. As fichas de prática são todas as fichas sobre o tema até à data, qualquer que seja o estado; as traduções não são contadas.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fichas de prática</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Validadas ou publicadas</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sem tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Nenhuma atividade neste período.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
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
        <translation>Data de preparação</translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Anexar ficheiro</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Não foi possível ler o ficheiro %1: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Não foi possível escrever uma cópia de %1: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Nenhuma aplicação conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar anexo</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Não foi possível guardar o ficheiro %1: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Ficheiro anexado</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Nome do ficheiro anexado</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Tipo e tamanho do ficheiro anexado</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Anexar ficheiro…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Anexa um ficheiro a este recurso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Abre o ficheiro anexado</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Guarda uma cópia do ficheiro anexado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Nenhum ficheiro anexado</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Substituir ficheiro…</translation>
    </message>
</context>
<context>
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>o seu autor é uma réplica que esta base de dados não conhece</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>o interlocutor de uma cidade só pode alterar os registos da sua própria cidade</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>o interlocutor de uma cidade não pode ceder um registo a outra cidade</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>só o coordenador revê as fichas de prática</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>o proprietário de um registo nunca muda</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>o seu proprietário não pode ser proprietário de um registo deste tipo</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Não é possível ler a cópia de segurança %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>A cópia de segurança %1 já não existe.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>A cópia de segurança %1 pertence a outra base de dados; não pode ser restaurada aqui.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Não foi possível remover os dados pessoais dos contactos apagados da cópia de segurança %1: %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Antes de cada importação e de cada restauro é feita uma cópia de segurança de toda a base de dados; após uma importação, são mantidas as dez mais recentes. Estão em %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Restaurar a cópia de segurança de %1?
A sua base de dados volta ao estado em que estava nesse momento. Antes, o estado atual é guardado numa nova cópia de segurança, e Editar ▸ Anular repõe-no.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>A restaurar a cópia de segurança…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Data de criação</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Mostrar a pasta</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Ainda não há cópias de segurança.

A primeira é feita quando importar um pacote.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>%1: atividades</translation>
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
        <translation>Esta base de dados ainda não tem função. Escolha primeiro uma: coordenador ou interlocutor de uma cidade.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Este ficheiro não é um cartão de identidade do Pactesur, ou está danificado.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>Não é possível ler o cartão %1.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Não é possível escrever o cartão em %1.</translation>
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
        <translation>Período do projeto não registado</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Hoje, %1: o projeto ainda não começou</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Hoje, %1: o projeto já terminou</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoje, %1</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>O ficheiro está danificado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n registo refere-se a registos que não existem.</numerusform>
            <numerusform>%n registos referem-se a registos que não existem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>A versão do esquema é %1; esta versão do Pactesur espera a %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 em excesso</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 em falta</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>A estrutura da base de dados difere da esperada pelo Pactesur: %1.</translation>
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
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associação</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Empresa privada</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedade civil</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polícia</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidade</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Funções de interesse público</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interesse legítimo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obrigação jurídica</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Intercâmbio de pessoal policial</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formação</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita de estudo</translation>
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
        <translation>Comité diretor</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicação</translation>
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
        <translation>Guia</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Material de formação</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicação</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Orientações da UE</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submetido</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Alterações pedidas</translation>
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
        <translation>Apenas parceiros</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Restrito à polícia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Execute pactesur-cli --help para ver os comandos.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>A opção %1 precisa de um valor.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set espera FIELD=VALUE, não «%1».</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opção desconhecida: %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Utilização: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Tipo desconhecido «%1»; os tipos são: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init precisa de --coordinator ou --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>A base de dados %1 está pronta; esta réplica atua como: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de dados: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Réplica: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Utilização: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Não é possível ler o ficheiro %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add precisa de pelo menos um --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit precisa de pelo menos um --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>A base de dados está em bom estado.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>A base de dados tem problemas.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Resumo do estado: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Não foi indicado nenhum comando.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconhecido «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>Foi gerado %n registo.</numerusform>
            <numerusform>Foram gerados %n registos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Foi escrito %n registo em %1.</numerusform>
            <numerusform>Foram escritos %n registos em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Novos: %1, atualizados: %2, inalterados: %3, conflitos: %4, rejeitados: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulação: nada foi alterado.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Todas as alterações do pacote foram recusadas: %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Outros comandos:</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de dados ainda não tem função. Escolha primeiro uma: coordenador ou interlocutor de uma cidade.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Impressão digital: %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Inscrito %1, impressão digital %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Já inscrito: %1, impressão digital %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Não é possível ler o ficheiro de palavra-passe %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Não está definida nenhuma caixa de correio. Defina uma com: pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Caixa de correio: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilizador: %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Pacotes publicados: %1; ainda à espera de todos os destinatários: %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nunca sincronizado.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Caixa de correio definida: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Pacotes enviados: %1, recebidos: %2, importados: %3; novos conflitos: %4; recusados: %5.</translation>
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
        <translation>Utilização: pactesur-cli [--db FILE] COMMAND [opções]

Comandos:
  init [--coordinator | --city SLUG]   criar a base de dados e escolher a função
  whoami [--json]                      mostrar a função desta réplica
  list KIND [--json]                   listar os registos de um tipo
  show KIND ID [--json]                mostrar um registo
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       integridade, esquema e resumo do estado
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       escrever um pacote de intercâmbio assinado e selado
  import FILE [--dry-run] [--json]     integrar um pacote (após uma cópia de segurança)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              impressão digital desta réplica; o registo
  keys export --out FILE               escrever o cartão de identidade desta réplica
  keys trust CARD [--fingerprint FP]   inscrever um cartão depois de comparar as impressões digitais
  keys revoke REPLICA                  retirar a confiança nas chaves de uma réplica
  mailbox set URL [--user USER]        a caixa de correio WebDAV ou a pasta usada para sincronizar
  mailbox show [--json]                a caixa de correio e o que contém para nós
  sync [--password-file FILE] [--json] uma ronda de intercâmbio automático
                                       (ou a palavra-passe em PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       adicionar registos sintéticos

Tipos: %1
A base de dados é %2, salvo indicação em contrário de --db ou PACTESUR_DB.
Códigos de saída: 0 concluído, 1 falha (para sync: não foi possível aceder à caixa de correio
ou a ronda não terminou), 2 erro de utilização, 3 entrada rejeitada (sem alterações; para
sync: pacotes recusados).</translation>
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
        <translation>Eliminado ou mantido</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitos abertos</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Não há conflitos abertos.
Quando um pacote traz um valor diferente para um campo que também alterou, ambos os valores ficam aqui à espera da sua escolha.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n conflito aberto; são apresentados os %1 mais recentes.</numerusform>
            <numerusform>%n conflitos abertos; são apresentados os %1 mais recentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n conflito aberto. Escolha o valor a manter; pode anular a escolha até exportar o próximo pacote.</numerusform>
            <numerusform>%n conflitos abertos. Escolha o valor a manter; pode anular a escolha até exportar o próximo pacote.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Mostrar registo</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Manter o que escrevi</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Nenhum conflito selecionado</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Escolha um conflito na lista para ver os respetivos valores lado a lado.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 «%2»: eliminado de um lado, alterado do outro</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>O registo é mantido até escolher. Mantenha-o ou elimine-o, como um dos lados pediu.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Este campo foi alterado em dois sítios antes de estes trocarem pacotes. Ambos os valores são mantidos até escolher um ou escrever um que os combine.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valor a manter</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Ou escreva o valor a manter, por exemplo um que combine ambos:</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Valor %1 (apresentado agora)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Valor %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Escrito por: %1, em %2 às %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Eliminar registo</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Manter registo</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Manter este valor</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Mantido, com as alterações do outro lado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Apagar os dados pessoais de %1?

O apagamento é definitivo: não pode ser anulado e é transmitido a todos os parceiros no próximo intercâmbio.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exportar dados pessoais</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Não foi possível guardar o ficheiro %1: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Apagar dados pessoais…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
        <translation>Apaga definitivamente os dados pessoais deste contacto</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar dados pessoais…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Exporta os dados conservados sobre este contacto</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data de revisão</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Revisão pendente desde %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Clique num número para ver os registos que o compõem, numa cidade para a abrir ou numa data para abrir essa atividade. Clique no título de uma coluna para ordenar.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Números de cada cidade parceira</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2: clique para a abrir</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Nenhuma atividade até hoje</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1: %2. Clique para os ver.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Mais recente</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>A atividade mais recente que a cidade organizou ou em que participou, até hoje.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Agentes intercambiados</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Atividades organizadas</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Organizadas</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Atividades que a cidade organiza ou organizou; as canceladas não são contadas.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Atividades organizadas por %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Atividades com participação</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Com participação</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Atividades organizadas por outra cidade, ou em linha, em que está registada a participação da cidade.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Atividades em que %1 participou</translation>
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
        <translation>Agentes da cidade registados em intercâmbios de pessoal policial organizados por outra cidade.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Agentes enviados por %1 para intercâmbios de pessoal policial</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Agentes recebidos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Agentes de outras cidades registados em intercâmbios de pessoal policial organizados pela cidade.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Agentes recebidos por %1 em intercâmbios de pessoal policial</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Fichas de prática da cidade, qualquer que seja o estado; uma tradução não conta como outra ficha.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Fichas de prática de %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fichas de prática: %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Fichas de prática da cidade com o estado «%1»; uma tradução não conta como outra ficha.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Fichas de prática de %1: %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Grupos de trabalho de que a cidade é membro.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Grupos de trabalho de %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contactos a rever</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Contactos da cidade cuja data de revisão já passou: verifique se ainda são necessários e se estão corretos.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Contactos de %1 com revisão pendente</translation>
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
        <translation>Última atividade: %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Clique para ver os registos que compõem o número escolhido.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Colorir as cidades por:</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Número apresentado no mapa</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Aponte para uma cidade para ver os respetivos números; clique nela para ver os registos que compõem o número escolhido.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Dados do mapa: %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Mapa das cidades parceiras: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n cidade sem coordenadas não pode ser colocada no mapa.</numerusform>
            <numerusform>%n cidades sem coordenadas não podem ser colocadas no mapa.</numerusform>
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
        <translation>Atividades iniciadas antes de %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Atividades iniciadas no %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Atividades iniciadas depois de %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Fichas de prática com o estado «%1»</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Fichas de prática sobre o tema «%1»</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Atividades por trimestre</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Participantes por tipo de atividade</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Fichas de prática por estado</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Fichas de prática por tema</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Período do projeto, hoje e marcos</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Ainda não há nenhum projeto registado</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Começa dentro de %n dia</numerusform>
            <numerusform>Começa dentro de %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Terminou a %1</translation>
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
Clique para abrir esta atividade.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Os marcos aparecem nesta linha: são as atividades cujos participantes ou cidades são declarados para toda a parceria.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Marcos: atividades cujos participantes ou cidades são declarados para toda a parceria. Clique num marco para o abrir.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Cidades parceiras</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>Planeadas ou realizadas; as canceladas não são contadas.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Registados pelas cidades</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>De relatórios públicos</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Mulheres entre os participantes</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Dos %1 participantes cujo número de mulheres está registado.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Ainda nenhum registo de participação indica o número de mulheres.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Agentes intercambiados</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Enviados pela sua cidade para intercâmbios de pessoal policial organizados por outra cidade.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Atividades, planeadas ou realizadas</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Atividades com participantes</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Registos de participação que indicam o número de mulheres</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Agentes enviados para intercâmbios de pessoal policial organizados por outra cidade</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n atividade</numerusform>
            <numerusform>%1: %n atividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Posteriores</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Ainda não há atividades.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1: %2 participantes (%3 registados pelas cidades, %4 de relatórios públicos)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Ainda não foram registados nem declarados participantes.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Os relatórios públicos indicam alguns totais sem dizer quantas pessoas vieram de cada cidade. Aqui, um desses totais conta para a respetiva atividade quando nenhuma cidade registou a sua participação, e nunca conta nos números de uma cidade.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Participantes registados pelas cidades em atividades do tipo «%1»</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Participantes de relatórios públicos em atividades do tipo «%1»</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Ainda não há fichas de prática. Serão contadas aqui quando as cidades as redigirem.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1: %n ficha de prática</numerusform>
            <numerusform>%1: %n fichas de prática</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n atividade</numerusform>
            <numerusform>%n atividades</numerusform>
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
            <numerusform>%n ficha de prática</numerusform>
            <numerusform>%n fichas de prática</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n registo da lista «%1».</numerusform>
            <numerusform>%n registos da lista «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1: %2, a soma de %n registo da lista «%3».</numerusform>
            <numerusform>%1: %2, a soma de %n registos da lista «%3».</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Registos que compõem um número</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Abre o registo selecionado na respetiva secção</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Faça duplo clique numa linha para abrir a respetiva atividade, onde esta participação está listada.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Faça duplo clique num registo para o abrir na respetiva secção.</translation>
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
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>A ler os números…</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>A base de dados %1 já está aberta noutra janela ou programa do Pactesur. Feche-a aí e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Não é possível bloquear a base de dados %1: não é possível escrever na respetiva pasta.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>A base de dados %1 não existe.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não é possível abrir a base de dados %1: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>atualizar a estrutura da base de dados</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>O disco está cheio: nada foi alterado. Liberte algum espaço e tente novamente.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>A base de dados está ocupada por outro programa: nada foi alterado.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erro da base de dados ao %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>%1 não é uma base de dados do Pactesur ou está danificada.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>%1 não é uma base de dados do Pactesur.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>abrir a base de dados</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Esta base de dados foi criada por uma versão mais recente do Pactesur (versão do esquema %1; esta versão suporta até à %2). Atualize o Pactesur para a abrir.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>A base de dados %1 precisa de uma atualização que não pode ser feita quando é aberta só para leitura.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar uma transação</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>guardar as alterações</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>guardar um registo</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>criar o índice de pesquisa</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Inscrever um cartão</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Compare a impressão digital antes de confiar neste cartão</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Segundo este cartão, pertence a: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Réplica %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Impressão digital do cartão:</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Impressão digital do cartão</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Telefone à pessoa a quem pertence, ou encontre-se com ela, e peça-lhe que leia em voz alta a sua impressão digital (Intercâmbios ▸ Chaves no Pactesur dela). Inscreva o cartão apenas se todos os grupos de algarismos forem iguais: qualquer pessoa pode criar um cartão que diz pertencer a outra.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Impressão digital que lhe leram (opcional: se a escrever, o Pactesur compara-a):</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Impressão digital que lhe leram</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>p. ex. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>I&amp;nscrever: as impressões digitais coincidem</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Inscrever o cartão</translation>
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
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pacotes do Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Exportar pacote…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Guarda um ficheiro de pacote para enviar aos seus parceiros</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importar pacote…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Abre um ficheiro de pacote enviado por um parceiro: veja o que altera e depois aplique-o</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Pacotes recebidos e enviados</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Guardar pacote</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Pacotes do Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; não foi escrito nenhum ficheiro.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Um pacote é um ficheiro que envia aos seus parceiros (por correio eletrónico ou numa pen USB); estes abrem-no com Ficheiro ▸ Importar pacote.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>O que um parceiro ainda não recebeu (recomendado):</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Mais pequeno: apenas as alterações desde que recebeu o último pacote desse parceiro.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Ainda nenhum parceiro lhe enviou um pacote: da primeira vez, envie uma cópia completa.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>O que o coordenador ainda não recebeu (recomendado)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Mais pequeno: apenas as alterações desde que recebeu o último pacote do coordenador.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Ainda não chegou nenhum pacote do coordenador: da primeira vez, envie uma cópia completa.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Uma cópia completa de tudo o que está nesta base de dados</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>O que é incluído</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>A contar o que é incluído…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Incluído: %n registo.</numerusform>
            <numerusform>Incluídos: %n registos.</numerusform>
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
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>A escrever o pacote… Se cancelar, não fica nenhum ficheiro.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>O pacote foi guardado como:
%1
Envie este ficheiro ao seu parceiro.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>No Pactesur, os cartões inscrevem-se em Intercâmbios ▸ Chaves ▸ Inscrever um cartão…, depois de comparar a impressão digital com o respetivo titular.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Ainda não chegou nenhum pacote de «%1», pelo que não há base para gerar um pacote incremental; exporte antes um pacote completo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>contar os registos a exportar</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de dados ainda não tem função. Escolha primeiro uma: coordenador ou interlocutor de uma cidade.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Ainda não chegou nenhum pacote de «%1», pelo que não há base para gerar um pacote incremental; exporte antes um pacote completo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Não é possível escrever o pacote %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; não foi escrito nenhum ficheiro.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>o disco pode estar cheio</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Nenhuma réplica inscrita pode receber este pacote: inscreva primeiro os cartões das cidades (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Inscreva primeiro o cartão do coordenador (keys trust FILE): os pacotes são selados para ele.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Não é possível criar uma pasta temporária privada para o pacote.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>registar a exportação</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nome local</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
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
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Police force</source>
        <translation>Corpo de polícia</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Temas prioritários</translation>
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
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sítio web</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Correio eletrónico profissional</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefone profissional</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Data-limite de revisão</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Designações traduzidas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Cidade líder</translation>
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
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Cidade anfitriã</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
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
        <translation>Cidades declaradas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
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
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Tradução de</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Início do período</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Contexto e problema</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos-alvo</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Ações e implementação</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Orçamento e financiamento</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Resultados e indicadores</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transferibilidade</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de revisão</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo de ficheiro</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do ficheiro</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
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
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <source>Source revision</source>
        <translation>Versão do original</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Ficha de prática</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Estado novo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Valor inválido «%1» no campo %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>O campo %1 é demasiado longo: no máximo %2 carateres.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>não são permitidos carateres de controlo</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>esperava-se um número inteiro igual ou superior a 0</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>esperava-se um número</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>esperava-se um número entre %1 e %2</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>esperava-se uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperava-se true ou false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>esperava-se um destes valores: %1</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>esperava-se um código de país de duas letras, como FR</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>esperava-se um código de idioma de duas letras, como fr</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>esperavam-se códigos de idioma de duas letras separados por vírgulas</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>esperava-se um endereço web que comece por https://</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>esperava-se um endereço de correio eletrónico</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>esperava-se um número de telefone</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>esperava-se um id ou um slug</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>esperava-se um objeto JSON como {"fr": "…"}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>esperavam-se letras minúsculas, algarismos e hífenes</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>esperava-se um resumo SHA-256</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>o conteúdo de um ficheiro não pode ser escrito à mão</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>o campo %1 tem um tipo incorreto</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>o campo %1 está fora do intervalo permitido</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>o campo %1 é demasiado longo</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>o campo %1 não é um id</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>o campo %1 não é uma lista</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>o campo %1 não está na forma armazenada</translation>
    </message>
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>esperava-se um objeto JSON como {"summary": "…"}</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Com data</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: com data</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Códigos de idioma, p. ex., fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Bases de dados do Pactesur (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de dados</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nova base de dados</translation>
    </message>
</context>
<context>
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>A pasta da caixa de correio %1 está cheia: liberte espaço no respetivo disco.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>A pasta da caixa de correio %1 não existe (uma unidade não montada ou uma pasta ainda não sincronizada?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Não é possível criar a pasta %1 na caixa de correio: %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronização cancelada.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Não é possível escrever %1 na caixa de correio: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Não é possível mudar o nome de %1 na caixa de correio: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Não é possível ler %1 da caixa de correio: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Não é possível remover %1 da caixa de correio: %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Só a base de dados do coordenador pode gerar registos.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusados</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Registos que ainda não tem.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Registos que já tem e que o pacote altera.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Registos que já tem tal como estão.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Registos alterados dos dois lados: ambos os valores são mantidos até alguém escolher, na secção Conflitos.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Alterações que o remetente não pode fazer; são deixadas de fora e o resto é importado.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Rever conflitos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>O que o pacote altera</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>A abrir %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Remetente do pacote: %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Criado em %1 às %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Uma cópia completa dos dados do remetente: %n registo.</numerusform>
            <numerusform>Uma cópia completa dos dados do remetente: %n registos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>As alterações desde o último intercâmbio: %n registo.</numerusform>
            <numerusform>As alterações desde o último intercâmbio: %n registos.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ficheiro: %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>A comparar o pacote com a sua base de dados…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Nada de novo: a sua base de dados já contém tudo o que está neste pacote. Ao clicar em Aplicar, fica registado que o recebeu.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Nada é alterado até clicar em Aplicar. Antes, é feita uma cópia de segurança da sua base de dados.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>A cancelar… a sua base de dados fica como estava.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>A importar… Se cancelar, a operação para e a sua base de dados fica como estava.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importado. Novos: %1, atualizados: %2, conflitos a rever: %3, recusados: %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>A sua base de dados, tal como estava antes, está guardada em %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Pacote importado</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Pacote não importado</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>A guardar as alterações… Se cancelar, a operação para e a sua base de dados fica como estava.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>A verificar o pacote… Se cancelar, a operação para e a sua base de dados fica como estava.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Nada foi alterado na sua base de dados.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Todas as alterações deste pacote foram recusadas: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>A importação foi cancelada; a sua base de dados está como estava.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Assinado por %1 (verificado)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>A assinatura do remetente não foi verificada.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Impressão digital da chave: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>Mais %n registo novo ou atualizado está contado acima mas não listado.</numerusform>
            <numerusform>Mais %n registos novos ou atualizados estão contados acima mas não listados.</numerusform>
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
        <translation>Registo</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>O que muda</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Registos novos (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Registos atualizados (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflitos a rever (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Recusados (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Sem título (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminação</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Não é possível criar a pasta de cópias de segurança %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>fazer uma cópia de segurança</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de dados ainda não tem função. Escolha primeiro uma: coordenador ou interlocutor de uma cidade.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Este pacote foi exportado desta base de dados; não contém nada de novo.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importação cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Foi descartada uma alteração do campo %1 num contacto apagado: prevalece o apagamento.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importar um pacote</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>O pacote faz referência a registos que não contém; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>Não é possível iniciar a biblioteca de criptografia.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Não é possível ler as chaves desta base de dados (%1).</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>As chaves desta base de dados (%1) estão danificadas.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Não é possível guardar as chaves desta base de dados em %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>A impressão digital foi copiada.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (esta base de dados)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Inscrever um cartão</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Cartões de identidade do Pactesur (*.card);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Inscrito: %1. Os pacotes desta réplica são aceites, e os seus podem ser selados para ela.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Já inscrito: %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Exportar o meu cartão</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>O seu cartão foi guardado como %1. Envie-o ao seu parceiro e depois leia-lhe a sua impressão digital por telefone.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Revogar as chaves de %1?
A partir de agora os pacotes desta réplica são recusados, e os seus próximos pacotes comunicam-no a todas as cidades. Uma chave revogada nunca volta a ser aceite: a pessoa cria uma nova base de dados, cujo cartão terá de inscrever.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>As chaves de %1 foram revogadas.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Cada pacote é assinado pelo remetente e selado para as réplicas que o podem ler. Um cartão contém as chaves públicas de uma réplica; antes de inscrever o cartão de alguém, compare a impressão digital com a que o titular lhe ler, por telefone ou pessoalmente.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Esta base de dados</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, réplica %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Esta base de dados ainda não tem uma função.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>A sua impressão digital: leia-a ao parceiro que inscreve o seu cartão.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>A sua impressão digital</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copiar a impressão digital</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>E&amp;xportar o meu cartão…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Exportar o meu cartão</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Réplicas em que esta base de dados confia</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Inscreve o cartão de cada cidade depois de comparar a impressão digital; cada pacote que envia contém esta lista, pelo que as cidades confiam umas nas outras através de si.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>Como interlocutor de uma cidade, inscreve uma única vez o cartão do coordenador; as outras cidades chegam com os pacotes do coordenador.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
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
        <translation>&amp;Inscrever um cartão…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Inscrever um cartão</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revogar…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Revogar as chaves selecionadas</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizações</translation>
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
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Pertença a grupo</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Pertenças a grupos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participação</translation>
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
        <translation>Ficha de prática</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fichas de prática</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercâmbio</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Alteração de estado</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Alterações de estado</translation>
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
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Qualquer um (cópia completa)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Novos: %1, atualizados: %2, inalterados: %3, conflitos: %4, recusados: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Todos os pacotes que esta base de dados recebeu ou enviou, do mais recente para o mais antigo.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Pacotes recebidos e enviados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Ainda não foi enviado nem recebido nenhum pacote.

Um pacote leva as alterações desta base de dados ao coordenador ou às cidades e traz as deles. Exporte um para enviar o seu trabalho; importe o que recebeu. Cada troca fica depois listada aqui.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>A caixa de correio precisa da palavra-passe de %1: Ficheiro ▸ Sincronizar agora pede-a.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Não há porta-chaves do ambiente de trabalho: o Pactesur guarda a palavra-passe até ser fechado.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>O Pactesur guarda-a no porta-chaves do ambiente de trabalho.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Palavra-passe da caixa de correio</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>A palavra-passe de %1 em %2:</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Não sincronizado: a caixa de correio precisa da palavra-passe de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n pacote não aceite: volta a ser proposto na próxima sincronização.</numerusform>
            <numerusform>%n pacotes não aceites: voltam a ser propostos na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Sin&amp;cronizar agora</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Trocar agora pacotes com os seus parceiros através da caixa de correio</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Caixa de correio…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Onde os pacotes são trocados automaticamente, e com que frequência</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Caixa de correio</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Através de uma caixa de correio, o Pactesur envia as suas alterações aos seus parceiros e importa as deles automaticamente. A caixa de correio é uma pasta num servidor WebDAV, como o Nextcloud, ou uma pasta neste computador que um cliente de sincronização partilha com eles. Deixe o endereço vazio para fazer os intercâmbios apenas manualmente.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Endereço da caixa de correio</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud: %1
Uma pasta: %2path/to/folder</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nome de utilizador no servidor</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Palavra-passe no servidor</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Intervalo de sincronização:</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Só manualmente</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutos entre sincronizações automáticas</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Enquanto o Pactesur estiver aberto; 0: só quando escolher Ficheiro ▸ Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Rever cada pacote recebido antes de o importar</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar ligação</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Resultado do teste de ligação</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Guardar as definições da caixa de correio</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Não há porta-chaves do ambiente de trabalho: a palavra-passe é pedida uma vez por sessão.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>A palavra-passe é guardada no porta-chaves do ambiente de trabalho.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>A testar a ligação…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>A ligação funciona.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Caixa de correio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Parar a sincronização; a próxima continua a partir do ponto em que parou</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronização em curso</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Caixa de correio não definida</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Os pacotes são trocados manualmente. Defina uma caixa de correio (Definições ▸ Caixa de correio…) para os trocar automaticamente com os seus parceiros.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>A sincronizar · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>A trocar pacotes com a caixa de correio. Cancelar interrompe a operação; a próxima sincronização continua a partir desse ponto.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>Não foi possível sincronizar a caixa de correio</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Caixa de correio definida · ainda não sincronizada</translation>
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
            <numerusform>%n pacote recebido</numerusform>
            <numerusform>%n pacotes recebidos</numerusform>
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
            <numerusform>%n novo conflito</numerusform>
            <numerusform>%n novos conflitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n recusado</numerusform>
            <numerusform>%n recusados</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>A caixa de correio ainda não foi sincronizada a partir desta base de dados.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Pacotes importados: %1 (transferidos: %2), enviados: %3; removidos da caixa de correio depois de todos os destinatários os terem recebido: %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Novos conflitos: %1; pacotes recusados: %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusados</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>em momento desconhecido</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>A preparar um pacote…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Não é possível guardar o pacote %1 junto da base de dados.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>O pacote %1 já não está junto da base de dados e não pode ser enviado de novo.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>A carregar %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Não é possível escrever a confirmação de receção desta réplica.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de dados ainda não tem função. Escolha primeiro uma: coordenador ou interlocutor de uma cidade.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Não é possível criar, junto da base de dados, uma pasta privada para os pacotes da caixa de correio.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>A ler a caixa de correio…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Sincronização cancelada; a próxima continua a partir daqui.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>coordenador</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (réplica %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>O pacote n.º %1 (remetente: %2) ainda não está na caixa de correio; os seguintes aguardam por ele.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>O pacote n.º %1 (remetente: %2) foi recusado; os seguintes aguardam até haver uma cópia válida na caixa de correio.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>A transferir %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 (remetente: %2): %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>o conteúdo não corresponde ao nome (truncado ou alterado).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>não foi publicado por este remetente como pacote n.º %1 da respetiva caixa de correio.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>A importar %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 (remetente: %2): registo %3 recusado: %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>«%1» não é um endereço de caixa de correio: indique https://server/folder/ (para o Nextcloud, https://server/remote.php/dav/files/USER/folder/) ou file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>A caixa de correio em %1 seria acedida sem encriptação: utilize https://, ou http:// apenas para um servidor neste computador.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Não está definida nenhuma caixa de correio para esta base de dados: defina uma primeiro (mailbox set URL, ou Definições ▸ Caixa de correio).</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
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
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nova base de dados…</translation>
    </message>
    <message>
        <source>Create an empty database with the project's founding data</source>
        <translation>Cria uma base de dados vazia com os dados iniciais do projeto</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de dados…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Abre outro ficheiro de base de dados do Pactesur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtra os registos da lista atual</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>&amp;Acerca do Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca do &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secções</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Secção atual</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Ficheiro de base de dados</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>A sua função</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>O ficheiro «%1» já existe. Escolha outro nome ou utilize Abrir base de dados para o abrir.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>O ficheiro «%1» não existe.</translation>
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
        <translation>O Pactesur ajuda as cidades parceiras do projeto europeu PACTESUR 2 a coordenar o seu trabalho: quem é quem, grupos de trabalho, atividades e as fichas de prática que partilham.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licença: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Versão do Qt: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>Acerca do Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Procurar na lista…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Procurar em &amp;tudo…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Procura em todos os registos de todos os tipos</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Novo registo…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Adiciona um registo à lista atual</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Editar registo…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Edita o registo selecionado na lista atual</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>E&amp;liminar registo…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Elimina o registo selecionado na lista atual</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>Foi reaberta %n ficha de prática depois de o Pactesur ter parado inesperadamente: a ficha indica o que foi mantido.</numerusform>
            <numerusform>Foram reabertas %n fichas de prática depois de o Pactesur ter parado inesperadamente: cada uma indica o que foi mantido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflitos (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Relatórios…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Gera um relatório de atividades, um calendário, a coletânea de práticas ou uma lista</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Atalhos de &amp;teclado…</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Cidades-membro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Cidade a adicionar</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Adicionar cidade</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Adiciona a cidade escolhida como membro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Remove a cidade-membro selecionada</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Remove a cidade-membro selecionada (Del)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Remover membro</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Função de %1</translation>
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
        <translation>Cópia de %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Nova ficha de prática</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Descreva uma prática da sua cidade para a parceria. Comece com uma ficha em branco ou com uma cópia de uma ficha semelhante à sua. Tudo o que escrever é guardado à medida que escreve.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>Ficha em &amp;branco</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>Uma &amp;cópia de:</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Ficha a copiar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Escrita em:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Ci&amp;dade:</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Criar e abrir</translation>
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
        <translation>Alterações recusadas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n alteração não foi aplicada porque as regras de propriedade a recusam; são apresentadas as %1 mais recentes.</numerusform>
            <numerusform>%n alterações não foram aplicadas porque as regras de propriedade as recusam; são apresentadas as %1 mais recentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Descartar tudo</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Descartar todos os avisos da lista</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Alterações recusadas</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n alteração não foi aplicada porque as regras de propriedade a recusam. Descarte um aviso depois de o ler.</numerusform>
            <numerusform>%n alterações não foram aplicadas porque as regras de propriedade as recusam. Descarte um aviso depois de o ler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>A sua alteração de «%1» no registo «%3» (%2) foi feita por uma versão mais antiga do Pactesur e as regras de propriedade recusam-na: %4. As outras bases de dados ignoram-na; altere novamente o registo se lhe couber alterá-lo.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Uma alteração de «%1» no registo «%3» (%2), escrita por: %4, foi recusada: %5.</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>%1 não é um pacote do Pactesur válido: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>O pacote %1 não existe.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>o ficheiro está vazio.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>o ficheiro é maior do que qualquer pacote pode ser.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Não é possível ler o pacote %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>não é um ficheiro de pacote.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>não é possível abri-lo.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>está danificado.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>não foi criado pelo Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>O pacote %1 foi criado por uma versão mais recente do Pactesur (formato de pacote %2; esta versão lê o formato %3). Atualize o Pactesur para o importar.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>a versão do formato é desconhecida.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>contém tabelas ou código que um pacote não pode conter.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>não é possível ler o manifesto.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>o manifesto não descreve um pacote do Pactesur.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>o manifesto está incompleto ou incorreto.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>o valor de deleted não é 0 nem 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>tem um campo desconhecido «%1»</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>o campo %1 tem um tipo incorreto</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>um dos seus conflitos está mal formado.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>está danificado ou a leitura é demasiado lenta.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>não é possível ler os seus registos.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>registo %1 (%2): %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>o id não é válido</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>o proprietário não é válido</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>a data não é válida</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>a versão não é válida</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>não é possível ler o histórico</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>o histórico de «%1» não é válido</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>um anexo não corresponde ao respetivo hash.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>O pacote %1 foi criado por uma versão mais antiga do Pactesur (formato de pacote %2; esta versão lê o formato %3). Peça ao remetente que atualize o Pactesur e exporte novamente.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>O pacote %1 não está assinado nem selado (formato de pacote 2 ou anterior); esta versão só lê pacotes assinados (formato 3). Peça ao remetente que atualize o Pactesur e exporte novamente.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Não é possível criar uma pasta temporária privada para o pacote.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>o seu manifesto indica um remetente diferente da chave que o assinou.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>o manifesto contém mais entradas do que um pacote pode ter.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>o manifesto contém uma chave mais longa do que o permitido.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>o manifesto contém um valor mais longo do que o permitido (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Não foi possível ler o pacote %1: %2</translation>
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
        <translation>Cidades participantes</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Cidade a adicionar</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Adicionar cidade</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Adiciona a cidade escolhida às cidades participantes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected city's participation</source>
        <translation>Remove a participação da cidade selecionada</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
        <translation>Remove a participação da cidade selecionada (Del)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Remover participação</translation>
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
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>A sua base de dados</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Dados iniciais</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Outro parceiro (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Interlocutor de uma cidade desconhecida</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Interlocutor de %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>ler as fichas de prática</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Outras práticas</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, em curso</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Desde %1, em curso</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>A partir de %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Até %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Em curso</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Práticas para espaços públicos mais seguros</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n ficha de prática</numerusform>
            <numerusform>%n fichas de prática</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · coletânea preparada em %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Fichas de prática das cidades parceiras</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fichas de prática</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Data de preparação</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Esta coletânea reúne as fichas de prática que as cidades parceiras de %1 redigiram e que o coordenador validou para publicação. Cada uma é apresentada em inglês quando há uma tradução pronta; caso contrário, na língua original.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Esta coletânea reúne as fichas de prática que as cidades parceiras de %1 redigiram e que o coordenador validou para publicação. Cada uma é apresentada no idioma da coletânea (%2) quando há uma tradução pronta; caso contrário, em inglês ou na língua original.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Ainda não há nenhuma ficha de prática validada e pública.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Esta prática ainda não está disponível no idioma da coletânea (%1); apresenta-se a versão: %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Idiomas disponíveis</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordDetailPanel</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Detalhes do registo selecionado</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Última alteração: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Selecione um registo para ver todos os detalhes.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Atividades organizadas: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fichas de prática: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Grupos de trabalho de que é membro: %1</translation>
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
        <translation>Erro</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Novo registo: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Editar registo: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Obrigatório</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
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
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Todas as cidades</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisão pendente</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Todas as cidades líderes</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Contactos cuja data de revisão já passou</translation>
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
        <translation>Todas as funções</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Ainda não há cidades. As cidades parceiras do projeto são apresentadas aqui.</translation>
    </message>
    <message>
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Ainda não há grupos de trabalho. Os grupos de trabalho do projeto, com o respetivo tema e cidade líder, serão apresentados aqui depois de registados.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
        <translation>Ainda não há atividades. As reuniões, formações, intercâmbios e outras atividades do projeto serão apresentados aqui depois de registados.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Ainda não há fichas de prática. As práticas que as cidades descrevem para a parceria serão apresentadas aqui depois de redigidas.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Ainda não há recursos. Os guias, materiais de formação e outros documentos do projeto serão apresentados aqui depois de registados.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Ainda não há contactos. Os contactos profissionais das cidades parceiras serão apresentados aqui depois de registados.</translation>
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
            <numerusform>%n registo correspondente</numerusform>
            <numerusform>%n registos correspondentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Nenhum registo corresponde ao filtro.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Ainda não há registos.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Ainda não há organizações. As redes, associações, corpos de polícia e outras organizações com que o projeto trabalha aparecem aqui depois de registadas.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Adiciona um registo a esta lista (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Edita o registo selecionado (Enter)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Apagar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Erase the selected contact's personal data</source>
        <translation>Apaga os dados pessoais do contacto selecionado</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Elimina o registo selecionado (Del)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Apagar o contacto «%1»? O apagamento remove definitivamente os dados pessoais, aqui e em todos os parceiros; não pode ser anulado.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Eliminar «%1»? Pode recuperá-lo com Editar &gt; Anular.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Mostrar de novo todos os registos desta lista</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Os registos do tipo %1 não podem ser criados nem editados diretamente.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Este registo do tipo %1 já existe (id %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Não existe nenhum registo do tipo %1 com o id %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>O ficheiro %1 é demasiado grande: os anexos estão limitados a %2 MB.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Esta base de dados ainda não tem função. Escolha primeiro uma: coordenador ou interlocutor de uma cidade.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>Como interlocutor de %1, só pode alterar os registos de %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>«%1» não é um campo do tipo %2; os campos são: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Tema desconhecido «%1».</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>O campo %1 não pode ser alterado depois de o registo ser criado; crie um novo registo.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>A data de fim %1 é anterior à data de início %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Não pode haver mais mulheres (%1) do que participantes (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Não pode haver mais agentes (%1) do que participantes (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Nenhum registo do tipo %1 corresponde a «%2».</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>«%1» corresponde a mais do que um registo do tipo %2; indique mais carateres do id.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Nenhum conflito corresponde a «%1».</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>O registo deste conflito já não existe.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>«%1» corresponde a mais do que um valor; indique mais carateres.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Nenhum valor deste conflito corresponde a «%1».</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Um contacto apagado não pode ser recuperado: os seus dados pessoais já não existem.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>O ficheiro %1 é de um tipo que o Pactesur não aceita (%2). Anexe documentos, folhas de cálculo, apresentações, ficheiros PDF, imagens ou texto.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>«%1» é obrigatório (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Esta ficha de prática tem o estado «%1»: agora só o coordenador a pode eliminar.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>Como interlocutor de %1, não pode ceder este registo a outra cidade.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Só o coordenador revê as fichas de prática.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>ler um registo</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Sem função escolhida</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Interlocutor de %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Função desconhecida «%1»: esperava-se «coordinator» ou «liaison».</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Cidade desconhecida «%1».</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Esta base de dados já está configurada para a função «%1»; os seus registos têm esse carimbo, pelo que a função não pode mudar. Crie uma nova base de dados para outra função.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>O id de réplica «%1» não é válido.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>guardar a função</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>carimbar uma alteração</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>ler a função desta base de dados</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Relatório de atividades</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Tabela de participação</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Calendário de atividades</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Coletânea de práticas</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Lista de fichas de prática</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Números-chave e atividades de um período, por cidade e por tema.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Participantes por atividade e cidade, sem quaisquer dados pessoais.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>As atividades de um período como eventos para qualquer aplicação de calendário.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>As fichas de prática públicas validadas, por tema, num só idioma.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Cada ficha de prática com a cidade, o idioma, o estado e os temas.</translation>
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
        <translation>Folha de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Ficheiro de calendário (iCalendar)</translation>
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
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Ficheiros iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>uma ficha de prática</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>atividades de um período, por cidade e por tema</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>participação por atividade e cidade, sem dados pessoais</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>atividades num ficheiro iCalendar para aplicações de calendário</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>coletânea das fichas de prática públicas validadas, por tema</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>lista das fichas de prática</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 espera uma data no formato AAAA-MM-DD, não «%2».</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>O relatório %1 não abrange nenhum período: omita --from e --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>O período termina (%1) antes de começar (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>Não existe o idioma «%1»; os idiomas são: %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Relatório desconhecido «%1»; os relatórios são: %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>O relatório %1 é gerado no formato %2, não «%3».</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>O relatório foi escrito em %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Cofinanciado pela União Europeia</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Os pontos de vista e as opiniões expressos são, no entanto, da exclusiva responsabilidade do(s) autor(es) e não refletem necessariamente os da União Europeia ou da Comissão Europeia. Nem a União Europeia nem a entidade que concede o financiamento podem ser tidas como responsáveis por essas opiniões.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Não é possível escrever o relatório em %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Não é possível escrever o relatório em %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Não é possível garantir que o relatório %1 foi guardado.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>O relatório foi cancelado; não foi escrito nenhum ficheiro.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Este relatório é gerado no formato %1, não «%2».</translation>
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
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Até %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas as datas</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Guardar relatório</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
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
        <translation>Primeiro dia do período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último dia do período</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progresso do relatório</translation>
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
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Escolha um relatório e guarde-o num ficheiro.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>A escrever o relatório… Se cancelar, não fica nenhum ficheiro.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>O relatório foi guardado como:
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma do relatório</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Este conflito foi entretanto resolvido.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>O registo deste conflito já não existe.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminação</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Resolver o conflito em «%1» de «%2»</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (já enviado)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Esta resolução do conflito já foi enviada num pacote, pelo que já não pode ser anulada. Para alterar novamente o valor, edite o registo.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>O conflito já foi enviado num pacote tal como estava, pelo que esta resolução não pode ser refeita. Resolva-o novamente na secção Conflitos.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>O registo foi alterado desde que o conflito foi resolvido (por uma importação ou uma edição), pelo que este passo não pode ser repetido.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurar a cópia de segurança de %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Inserir ligação</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Endereço web ou de correio eletrónico (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Só é possível criar ligações para endereços web (http, https) e de correio eletrónico (mailto).</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Negrito (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Itálico (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista com marcas</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Transforma a seleção numa ligação para um endereço web ou de correio eletrónico (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Mostra no texto uma imagem anexada a esta ficha</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Boas-vindas ao Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Qual é o seu papel no projeto?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Esta pergunta é feita uma única vez para esta base de dados: os registos que escrever levam o carimbo da sua função, pelo que esta não poderá ser alterada mais tarde.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordenador</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>&amp;Interlocutor da cidade</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Interlocutor da cidade</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Ci&amp;dade:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>A sua cidade</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Confirmar a função</translation>
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
        <translation>Esta base de dados ainda não tem função. Escolha primeiro uma: coordenador ou interlocutor de uma cidade.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>Este é o cartão desta mesma base de dados.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Um interlocutor de cidade só inscreve o cartão do coordenador; as outras cidades chegam com o registo do coordenador.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>O cartão indica uma cidade que esta base de dados não conhece.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>As chaves desta réplica foram revogadas; não podem voltar a ser inscritas.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Este cartão contém chaves diferentes das inscritas para a mesma réplica: uma chave alterada nunca é aceite. Se as chaves mudaram de facto, revogue as antigas e crie uma nova base de dados.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Segundo este cartão, a sua réplica escreve em nome de alguém diferente daquele que esta base de dados conhece.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>A impressão digital do cartão é %1, não a que lhe deram: o cartão não foi inscrito.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Só o coordenador revoga chaves.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Nenhuma réplica inscrita corresponde de forma única a «%1».</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>O coordenador não pode revogar as suas próprias chaves.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>O registo contido no pacote está malformado.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>O registo do coordenador atribui à réplica %1 chaves diferentes das inscritas aqui; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Não é possível escrever o pacote em %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>O pacote tem demasiados destinatários.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>O pacote %1 foi recusado: %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>está danificado ou foi alterado depois de assinado.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Não é possível ler o pacote %1.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>é maior do que um pacote pode ser.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>não é um pacote do Pactesur.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>foi criado noutro formato de pacote (%1; esta versão lê o formato %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>está assinado por uma réplica que esta base de dados não inscreveu (réplica %1, chave %2). Inscreva o cartão dela depois de comparar a impressão digital.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>está assinado com chaves revogadas (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>não se destina a esta base de dados.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Não é possível abrir aqui o pacote %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto a procurar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado da pesquisa</translation>
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
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Escreva uma palavra ou o início de uma; todas as palavras têm de corresponder.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Sem resultados para «%1».</translation>
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
        <translation>Procurar cidades, organizações, grupos de trabalho, atividades, fichas, recursos e contactos</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Não foi possível carregar os dados integrados (%1 «%2»): %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Não foi possível carregar os dados integrados.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
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
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Adicionar imagem</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Adicionar anexo</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Não foi possível ler o ficheiro %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 não é uma imagem; foi adicionado aos anexos.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Não foi possível voltar a ler o anexo %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Adicionar imagem a partir de ficheiro…</translation>
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
        <translation>Anexos desta ficha</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Ainda não há anexos. Fotografias, relatórios ou folhetos ajudam as outras cidades a visualizar a prática.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Adicionar ficheiro…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Adiciona um ficheiro a esta ficha</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Mostrar no texto</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Mostra a imagem selecionada na última caixa de texto em que escreveu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Remove o anexo selecionado desta ficha</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Esta ficha de prática foi eliminada; as alterações não podem ser guardadas.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Alterar %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Nenhuma ficha de prática corresponde a «%1».</translation>
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
        <translation>Esta ficha de prática foi eliminada. Feche esta janela; Editar &gt; Anular na janela principal recupera-a.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Algumas alterações não foram guardadas: veja os campos assinalados a vermelho</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>A editar…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Todas as alterações guardadas · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Só de leitura</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>As alterações são guardadas à medida que escreve</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Ficha de prática sem título</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Ficha de prática</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Não foi possível guardar algumas alterações; corrija primeiro os campos assinalados a vermelho.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Antes de submeter, preencha: %1. A lista de verificação à esquerda leva-o a cada um dos campos.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Publicar «%1»? As fichas publicadas fazem parte da coletânea de práticas do projeto, para que todos os parceiros as possam ler.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Não foi possível guardar estes campos: %1. Fechar mesmo assim e perder o que foi escrito neles?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Fechar mesmo assim</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Título da ficha</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Cidade, idioma e sensibilidade da ficha</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>O que foi recuperado</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Porque é que esta ficha é só de leitura</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Mensagem do fluxo de revisão</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de revisão</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Nota sobre a ficha…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Escreve à cidade uma nota de revisão sobre a ficha no seu todo</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Esta base de dados está aberta só para leitura: a ficha pode ser lida e exportada, mas não alterada.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Escolha a sua função (coordenador ou interlocutor da cidade) antes de redigir fichas de prática.</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Esta ficha pertence a %1. Só o interlocutor de %1 e o coordenador a podem alterar; pode lê-la e exportá-la.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Submetida para revisão: o coordenador está a lê-la. Para alterar alguma coisa, retire-a primeiro; volta ao estado de rascunho.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Esta ficha tem o estado «%1»: agora só o coordenador a pode alterar. Peça-lhe que solicite alterações se for preciso corrigir alguma coisa.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>alterada em %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>O coordenador pediu alterações; a respetiva nota é apresentada acima do formulário.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>O coordenador pediu alterações. As respetivas notas estão junto dos campos em causa: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Anular: %1</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Anula a última alteração guardada desta ficha</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Refazer: %1</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Refaz a última alteração anulada</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Traduzir…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Cria uma cópia ligada desta ficha noutro idioma, apresentada ao lado do original</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Exporta esta ficha em PDF ou HTML, ou imprime-a</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exportar em &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar em &amp;HTML…</translation>
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
        <translation>Ficha de prática</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Exportar ficha de prática em PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Exportar ficha de prática em HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Imprimir ficha de prática</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Ainda não há nenhum registado.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Ainda em curso</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Obrigatório para submeter</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Escreve uma nota de revisão sobre este campo para a cidade</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Nota de revisão sobre o campo %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Tradução (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 na ficha original</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>O original alterou este campo desde a última atualização da tradução.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Formulário da ficha de prática</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identificação</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Como se chama a prática, a quem pertence, quando decorreu e quem a pode ler.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Contexto e objetivos</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Porque era necessária a prática e o que se propunha alcançar.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Ações e parceiros</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>O que foi feito, com quem e quanto custou.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Resultados e avaliação</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>O que mudou e como o sabe.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Transferibilidade e lições</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>O que outra cidade precisa de saber para fazer o mesmo, incluindo os fracassos.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>A pessoa a quem os parceiros podem perguntar sobre esta prática.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Fotografias, relatórios e outros ficheiros; as imagens também podem ser apresentadas dentro de um texto.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Um nome curto que diga o que a prática faz, p. ex., «Mediação noturna no centro histórico»</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Três ou quatro frases para um leitor com pouco tempo: o que foi feito, onde, para quem e com que resultado.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>A situação local que motivou esta prática: o problema, onde e quando ocorre, quem é afetado. Os números ajudam.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>O que a prática pretendia mudar. Um objetivo por item da lista, mensurável sempre que possível.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>A quem se destina a prática e quem alcança: moradores, jovens, trabalhadores da economia noturna, agentes…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>O que foi feito, passo a passo: atividades, pessoal envolvido, calendário, ferramentas e métodos.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Quem participou e qual foi o contributo de cada um: serviços policiais, serviços municipais, associações, empresas, moradores.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Custo aproximado e quem pagou: orçamento municipal, financiamento nacional ou da UE, contribuições em espécie.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>O que mudou, com indicadores: números antes e depois, realizações, opiniões de moradores ou parceiros.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Como foram avaliados os resultados, por quem e a que conclusões chegou a avaliação.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>O que outra cidade precisaria para fazer o mesmo: condições de sucesso, recursos, o que pode ser adaptado.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>O que faria de forma diferente, o que o surpreendeu, conselhos para uma cidade que esteja a começar. Os fracassos também são bem-vindos.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Assinale os temas do projeto para os quais a prática contribui.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Os grupos de trabalho que devem ler esta ficha.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>As fichas públicas podem aparecer na publicação do projeto; «Apenas parceiros» fica dentro da parceria; «Restrito à polícia» só é partilhado com os serviços policiais.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Escolha um contacto da sua cidade; se não existir, adicione-o primeiro em Contactos.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>O idioma em que esta ficha está escrita.</translation>
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
        <translation>Cria uma nova ficha em rascunho a partir de uma cópia da selecionada</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Traduzir…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Cria uma tradução ligada da ficha selecionada</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palavra</numerusform>
            <numerusform>%n palavras</numerusform>
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
        <translation>Secções</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Secções da ficha</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Campos obrigatórios preenchidos</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Campos obrigatórios ainda vazios</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Obrigatórios para submeter: %1 de %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Campos obrigatórios para submeter</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Histórico de estados</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Histórico de estados da ficha</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Ainda não submetida</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Nota do coordenador sobre a ficha no seu todo</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Nota do coordenador</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>O que a cidade deve ver primeiro, ou porque é que a ficha ainda não está pronta</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>O que alterar ou completar neste campo</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Ficha de prática sem título</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Apenas parceiros</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Restrito — apenas polícia</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · ficha de prática impressa em %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Ficha de prática</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Abrir original</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Abre a ficha original</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Marcar como atualizada</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Indica que esta tradução já acompanha o original tal como está</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>O original desta tradução já não está disponível.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Tradução de «%1» (%2). O original é apresentado ao lado de cada campo.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Entretanto, o original foi alterado: %2 (destacados abaixo).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Traduções desta ficha:</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (desatualizada)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Abrir a tradução em %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Nenhuma ficha de prática tem o id %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Esta ficha já é uma tradução: traduza antes o original.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>A ficha já está escrita neste idioma.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Já existe uma tradução para este idioma.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Ficha de prática sem título</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>O Pactesur parou inesperadamente enquanto a ficha «%1» estava aberta. Nada tinha sido alterado desde que foi aberta, exceto talvez nos últimos segundos antes da paragem. A ficha está novamente aberta.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>O Pactesur parou inesperadamente enquanto a ficha «%1» estava aberta. Tudo até %2 foi mantido (%3); pode faltar, no máximo, o último %n segundo de escrita antes de o Pactesur parar. A ficha está novamente aberta para que a possa verificar.</numerusform>
            <numerusform>O Pactesur parou inesperadamente enquanto a ficha «%1» estava aberta. Tudo até %2 foi mantido (%3); podem faltar, no máximo, os últimos %n segundos de escrita antes de o Pactesur parar. A ficha está novamente aberta para que a possa verificar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Só o coordenador escreve notas de revisão.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Só o coordenador pode passar uma ficha de prática para o estado «%1».</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Esta ficha de prática aguarda revisão. Retire-a para rascunho antes de a alterar.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Esta ficha de prática tem o estado «%1»: agora só o coordenador a pode alterar. Peça-lhe que solicite alterações.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Esta ficha de prática ainda não pode ser submetida: preencha primeiro estes campos: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Submeter novamente</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Submeter para revisão</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Pedir alterações</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Anular publicação</translation>
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
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>ler as fichas de prática</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Nos gráficos, no mapa e no calendário, as teclas de seta passam de um elemento para outro e Enter abre o escolhido.</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Aplicação de coordenação para as cidades parceiras do PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Utilizar a base de dados FICHEIRO em vez da predefinida.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHEIRO</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Utilizar o idioma de interface CÓDIGO (en, fr, nl, …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pacote</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Um pacote de intercâmbio (.pactesur) para pré-visualizar e importar.</translation>
    </message>
    <message>
        <source>[package]</source>
        <translation>[pacote]</translation>
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
        <translation>Traduzir ficha de prática</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Uma tradução de «%1» (%2) é uma ficha autónoma, ligada ao original. O editor apresenta o original ao lado de cada campo e assinala os campos que o original venha a alterar.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Já traduzida para: %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Idioma da tradução</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Criar tradução</translation>
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
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível escrever %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>a ligação foi fechada antes de o ficheiro estar completo</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>o ficheiro excede o tamanho máximo de um pacote</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronização cancelada.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>A caixa de correio em %1 recusou o nome de utilizador ou a palavra-passe.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>A caixa de correio não permite esta operação em %1 (403 Forbidden): verifique as permissões de partilha da pasta.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Não existe nenhuma pasta em %1 no servidor: crie-a ou verifique o endereço da caixa de correio.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>A caixa de correio está bloqueada por outro programa no servidor (423 Locked); a próxima sincronização tentará de novo.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>O servidor pede para abrandar (429 Too Many Requests); a próxima sincronização tentará de novo.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>A caixa de correio está cheia: a quota de armazenamento do servidor foi atingida (507). Liberte espaço no servidor ou peça mais espaço ao respetivo administrador.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>O servidor teve um erro (%1) em %2; a próxima sincronização tentará de novo.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>O servidor respondeu %1 em %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>A caixa de correio em %1 tem um certificado em que este computador não confia: %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>Não é possível aceder à caixa de correio em %1: %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>Não foi possível ler a listagem de %1 enviada pelo servidor.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>%1 na caixa de correio excede o tamanho máximo de um pacote.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>O pacote indica que a réplica %1 escreve em nome de alguém diferente daquele que esta base de dados conhece; nada foi alterado.</translation>
    </message>
</context>
</TS>
