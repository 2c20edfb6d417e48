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
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
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
  export --out FILE [--full | --for PEER]   escrever um pacote de intercâmbio
  import FILE [--dry-run] [--json]     integrar um pacote (após uma cópia de segurança)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  adicionar registos sintéticos

Tipos: %1
A base de dados é %2, salvo indicação em contrário de --db ou PACTESUR_DB.
Códigos de saída: 0 concluído, 1 falha, 2 erro de utilização, 3 entrada rejeitada (sem alterações).</translation>
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
        <source>Erase this contact&apos;s personal data for good</source>
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
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Atividades por ordem cronológica</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Descrição do projeto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Dia %1 de %2 (%3%)</translation>
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
        <source>reading records</source>
        <translation>ler os registos</translation>
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
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>esperava-se um objeto JSON como {&quot;fr&quot;: &quot;…&quot;}</translation>
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
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Só a base de dados do coordenador pode gerar registos.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>o interlocutor de uma cidade só pode alterar os registos da sua própria cidade</translation>
    </message>
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
        <source>Create an empty database with the project&apos;s founding data</source>
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
        <source>Remove the selected city&apos;s participation</source>
        <translation>Remove a participação da cidade selecionada</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
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
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Ainda não há grupos de trabalho. Os grupos de trabalho do projeto, com o respetivo tema e cidade líder, serão apresentados aqui depois de registados.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
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
        <source>Erase the selected contact&apos;s personal data</source>
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
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Procurar cidades, atividades, fichas, recursos e contactos</translation>
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
</TS>
