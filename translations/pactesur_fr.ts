<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>pactesur::ActivitiesSection</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show the activities as a list</source>
        <translation>Afficher les activités sous forme de liste</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Show the activities in a calendar</source>
        <translation>Afficher les activités dans un calendrier</translation>
    </message>
</context>
<context>
    <name>pactesur::ActivityCalendarView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <comment>selected day: how many activities</comment>
        <translation>
            <numerusform>%1&#xa0;: %n activité</numerusform>
            <numerusform>%1&#xa0;: %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Afficher un mois</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Période du projet</translation>
    </message>
    <message>
        <source>Show the project period</source>
        <translation>Afficher la période du projet</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Afficher aujourd’hui</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Activities of the month</source>
        <translation>Activités du mois</translation>
    </message>
    <message>
        <source>Activities over the project period</source>
        <translation>Activités sur la période du projet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities in the project period</source>
        <translation>
            <numerusform>%Ln activité sur la période du projet</numerusform>
            <numerusform>%Ln activités sur la période du projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n autre non affichée</numerusform>
            <numerusform>%n autres non affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities on this day: click to list them</source>
        <translation>
            <numerusform>%Ln activité ce jour-là&#xa0;: cliquer pour l’afficher</numerusform>
            <numerusform>%Ln activités ce jour-là&#xa0;: cliquer pour les afficher</numerusform>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Too many activities to draw one by one</source>
        <translation>Trop d’activités pour les dessiner une à une</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::AttachmentActions</name>
    <message>
        <source>Attach File</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Impossible d’écrire une copie de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Impossible d’enregistrer le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Attached file name</source>
        <translation>Nom du fichier joint</translation>
    </message>
    <message>
        <source>Attached file type and size</source>
        <translation>Type et taille du fichier joint</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file to this resource</source>
        <translation>Joindre un fichier à cette ressource</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Ouvrir le fichier joint</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Enregistrer une copie du fichier joint</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The type of a file and its size: &quot;PDF document, 12.3 KB&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Remplacer le fichier…</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Le fichier est endommagé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n enregistrement fait référence à des enregistrements inexistants.</numerusform>
            <numerusform>%n enregistrements font référence à des enregistrements inexistants.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Pactesur expects %2.</source>
        <translation>La version du schéma est %1&#xa0;; cette version de Pactesur attend la version %2.</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 (en trop)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>The database structure differs from what Pactesur expects: %1.</source>
        <translation>La structure de la base de données ne correspond pas à celle qu’attend Pactesur&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::Choice</name>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associée</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Entreprise privée</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Mission d’intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Police staff exchange</source>
        <translation>Échange de personnels de police</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Académie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visite d’étude</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Support de formation</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>EU guidance</source>
        <translation>Orientations de l’UE</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Partenaires uniquement</translation>
    </message>
    <message>
        <source>Police restricted</source>
        <translation>Réservé à la police</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
</context>
<context>
    <name>pactesur::Cli</name>
    <message>
        <source>Run pactesur-cli --help for the commands.</source>
        <translation>Exécutez pactesur-cli --help pour afficher la liste des commandes.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L’option %1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set attend FIELD=VALUE, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Utilisation&#xa0;: pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu&#xa0;; les types disponibles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init nécessite --coordinator ou --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>La base de données %1 est prête&#xa0;; rôle de cette réplique&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Réplique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Utilisation&#xa0;: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>add needs at least one --set FIELD=VALUE.</source>
        <translation>add nécessite au moins un --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>edit needs at least one --set FIELD=VALUE.</source>
        <translation>edit nécessite au moins un --set FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>La base de données est en bon état.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>La base de données présente des problèmes.</translation>
    </message>
    <message>
        <source>State digest: %1</source>
        <translation>Empreinte de l’état&#xa0;: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>%n enregistrement généré.</numerusform>
            <numerusform>%n enregistrements générés.</numerusform>
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
        <translation>Utilisation&#xa0;: pactesur-cli [--db FILE] COMMAND [options]

Commandes&#xa0;:
  init [--coordinator | --city SLUG]   créer la base de données et choisir le rôle
  whoami [--json]                      afficher le rôle de cette réplique
  list KIND [--json]                   lister les enregistrements d’un type
  show KIND ID [--json]                afficher un enregistrement
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       intégrité, schéma et empreinte de l’état
  export --out FILE [--full | --for PEER]   écrire un paquet d’échange
  import FILE [--dry-run] [--json]     fusionner un paquet (sauvegarde préalable)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  generate --scale small|network [--seed N]  ajouter des enregistrements fictifs

Types&#xa0;: %1
La base de données utilisée est %2, sauf indication contraire de --db ou de PACTESUR_DB.
Codes de sortie&#xa0;: 0 terminé, 1 échec, 2 erreur d’utilisation, 3 saisie refusée (aucune modification).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3, conflits&#xa0;: %4, refusés&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: aucune modification n’a été effectuée.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Toutes les modifications du paquet ont été refusées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Effacer les données personnelles de %1&#xa0;?

L’effacement est définitif&#xa0;: il ne peut pas être annulé et il sera transmis à tous les partenaires lors du prochain échange.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Impossible d’enregistrer le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Erase this contact&apos;s personal data for good</source>
        <translation>Effacer définitivement les données personnelles de ce contact</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Export what is held about this contact</source>
        <translation>Exporter les données détenues sur ce contact</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réexamen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>À réexaminer depuis le %1</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardView</name>
    <message>
        <source>Activities in date order</source>
        <translation>Activités par ordre chronologique</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Description du projet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No project recorded yet</source>
        <translation>Aucun projet enregistré pour l’instant</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Commence dans %n jour</numerusform>
            <numerusform>Commence dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 (%3 %)</source>
        <translation>Jour %1 sur %2 (%3&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>pactesur::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Pactesur window or program. Close it there, then try again.</source>
        <translation>La base de données %1 est déjà ouverte dans une autre fenêtre ou un autre programme Pactesur. Fermez-la à cet endroit, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: its folder is not writable.</source>
        <translation>Impossible de verrouiller la base de données %1&#xa0;: son dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>mise à jour de la structure de la base de données</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Le disque est plein&#xa0;: aucune modification n’a été effectuée. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>La base de données est occupée par un autre programme&#xa0;: aucune modification n’a été effectuée.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database, or it is damaged.</source>
        <translation>%1 n’est pas une base de données Pactesur, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>%1 is not a Pactesur database.</source>
        <translation>%1 n’est pas une base de données Pactesur.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>ouverture de la base de données</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Pactesur (schema version %1; this version knows up to %2). Update Pactesur to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente de Pactesur (version de schéma %1&#xa0;; cette version prend en charge les versions jusqu’à %2). Mettez à jour Pactesur pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The database %1 needs an update that a read-only opening cannot make.</source>
        <translation>La base de données %1 doit être mise à jour, ce qui est impossible lorsqu’elle est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>démarrage d’une transaction</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>enregistrement des modifications</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>enregistrement d’un élément</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>lecture des enregistrements</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle&#xa0;: coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Aucun paquet n’a encore été reçu de «&#xa0;%1&#xa0;», il n’y a donc aucune base pour un paquet différentiel&#xa0;; exportez plutôt un paquet complet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Impossible d’écrire le paquet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>le disque est peut-être plein</translation>
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
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représentée par</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
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
        <translation>Service de police</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Thèmes prioritaires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Adresse e-mail professionnelle</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À réexaminer avant le</translation>
    </message>
    <message>
        <source>Translated labels</source>
        <translation>Libellés traduits</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Ville chef de file</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Ville hôte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Reported participants</source>
        <translation>Participants déclarés</translation>
    </message>
    <message>
        <source>Reported cities</source>
        <translation>Villes déclarées</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Policiers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traduction de</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Context and problem</source>
        <translation>Contexte et problématique</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Publics cibles</translation>
    </message>
    <message>
        <source>Actions and implementation</source>
        <translation>Actions et mise en œuvre</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Budget and funding</source>
        <translation>Budget et financement</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>Résultats et indicateurs</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transférabilité</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de relecture</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptages</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valide pour %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Le champ %1 est trop long&#xa0;: %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>les caractères de contrôle ne sont pas autorisés</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>nombre entier positif ou nul attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>nombre compris entre %1 et %2 attendu</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>date attendue au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>valeur true ou false attendue</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>l’une des valeurs %1 est attendue</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR</source>
        <translation>code pays à deux lettres attendu, par exemple FR</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as fr</source>
        <translation>code de langue à deux lettres attendu, par exemple fr</translation>
    </message>
    <message>
        <source>expected two-letter language codes separated by commas</source>
        <translation>codes de langue à deux lettres séparés par des virgules attendus</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>adresse web commençant par https:// attendue</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>adresse e-mail attendue</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>numéro de téléphone attendu</translation>
    </message>
    <message>
        <source>expected an id or a slug</source>
        <translation>identifiant ou slug attendu</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>objet JSON attendu, par exemple {&quot;fr&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and dashes</source>
        <translation>lettres minuscules, chiffres et tirets attendus</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest</source>
        <translation>empreinte SHA-256 attendue</translation>
    </message>
    <message>
        <source>file contents cannot be typed in</source>
        <translation>le contenu d’un fichier ne peut pas être saisi</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>%1 n’a pas le bon type</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 est trop long</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 n’est pas un identifiant</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n’est pas une liste</translation>
    </message>
    <message>
        <source>%1 is not in its stored form</source>
        <translation>%1 n’est pas sous sa forme enregistrée</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Renseignée</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1&#xa0;: date renseignée</translation>
    </message>
    <message>
        <source>Language codes, e.g. fr, nl</source>
        <translation>Codes de langue, p. ex. fr, nl</translation>
    </message>
</context>
<context>
    <name>pactesur::FileDialogs</name>
    <message>
        <source>Pactesur databases (*.db)</source>
        <translation>Bases de données Pactesur (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator&apos;s database can generate records.</source>
        <translation>Seule la base de données du coordinateur peut générer des enregistrements.</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>un référent de ville ne peut modifier que les enregistrements de sa propre ville</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>création d’une sauvegarde</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle&#xa0;: coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Ce paquet a été exporté depuis cette base de données&#xa0;; il ne contient rien de nouveau.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée&#xa0;; aucune modification n’a été effectuée.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Une modification du champ %1 d’un contact effacé a été ignorée&#xa0;: l’effacement l’emporte.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importation d’un paquet</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Le paquet fait référence à des enregistrements qu’il ne contient pas&#xa0;; aucune modification n’a été effectuée.</translation>
    </message>
</context>
<context>
    <name>pactesur::Kind</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Fiche de pratique</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fiches de pratique</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
</context>
<context>
    <name>pactesur::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>pactesur::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Re&amp;faire</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create an empty database with the project&apos;s founding data</source>
        <translation>Créer une base de données vide contenant les données de base du projet</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another Pactesur database file</source>
        <translation>Ouvrir un autre fichier de base de données Pactesur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Filter the records of the current list</source>
        <translation>Filtrer les enregistrements de la liste affichée</translation>
    </message>
    <message>
        <source>&amp;About Pactesur</source>
        <translation>À &amp;propos de Pactesur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Section affichée</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom, ou utilisez Ouvrir une base de données pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
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
        <translation>Pactesur aide les villes partenaires du projet européen PACTESUR 2 à coordonner leur travail&#xa0;: qui est qui, groupes de travail, activités et fiches de pratique qu’elles partagent.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Version de Qt&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Pactesur</source>
        <translation>À propos de Pactesur</translation>
    </message>
    <message>
        <source>&amp;Find in List…</source>
        <translation>&amp;Rechercher dans la liste…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <source>Search all the records of every kind</source>
        <translation>Rechercher dans tous les enregistrements, de tous types</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Nouvel enregistrement…</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Ajouter un enregistrement à la liste affichée</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Modifier l’enregistrement…</translation>
    </message>
    <message>
        <source>Edit the record selected in the current list</source>
        <translation>Modifier l’enregistrement sélectionné dans la liste affichée</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Supprimer l’enregistrement…</translation>
    </message>
    <message>
        <source>Delete the record selected in the current list</source>
        <translation>Supprimer l’enregistrement sélectionné dans la liste affichée</translation>
    </message>
</context>
<context>
    <name>pactesur::MembershipEditor</name>
    <message>
        <source>Member cities</source>
        <translation>Villes membres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Ville à ajouter</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Ajouter la ville</translation>
    </message>
    <message>
        <source>Add the chosen city as a member</source>
        <translation>Ajouter la ville choisie comme membre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected member city</source>
        <translation>Retirer la ville membre sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected member city (Del)</source>
        <translation>Retirer la ville membre sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>%1 n’est pas un paquet Pactesur valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Le paquet %1 n’existe pas.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file is larger than any package can be.</source>
        <translation>le fichier dépasse la taille maximale d’un paquet.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Impossible de lire le paquet %1.</translation>
    </message>
    <message>
        <source>it is not a package file.</source>
        <translation>ce n’est pas un fichier de paquet.</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>it is damaged.</source>
        <translation>il est endommagé.</translation>
    </message>
    <message>
        <source>it was not made by Pactesur.</source>
        <translation>il n’a pas été créé par Pactesur.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of Pactesur (package format %2; this version reads format %3). Update Pactesur to import it.</source>
        <translation>Le paquet %1 a été créé par une version plus récente de Pactesur (format de paquet %2&#xa0;; cette version lit le format %3). Mettez à jour Pactesur pour l’importer.</translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation>la version de son format est inconnue.</translation>
    </message>
    <message>
        <source>it contains tables or code that a package may not hold.</source>
        <translation>il contient des tables ou du code qu’un paquet ne peut pas contenir.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>son manifeste est illisible.</translation>
    </message>
    <message>
        <source>its manifest does not describe a Pactesur package.</source>
        <translation>son manifeste ne décrit pas un paquet Pactesur.</translation>
    </message>
    <message>
        <source>its manifest is incomplete or wrong.</source>
        <translation>son manifeste est incomplet ou erroné.</translation>
    </message>
    <message>
        <source>deleted is not 0 or 1</source>
        <translation>deleted ne vaut ni 0 ni 1</translation>
    </message>
    <message>
        <source>it has an unknown field “%1”</source>
        <translation>il contient un champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <translation>%1 n’a pas le bon type</translation>
    </message>
    <message>
        <source>one of its conflicts is malformed.</source>
        <translation>l’un de ses conflits est mal formé.</translation>
    </message>
    <message>
        <source>it is damaged or too slow to read.</source>
        <translation>il est endommagé ou trop lent à lire.</translation>
    </message>
    <message>
        <source>its records cannot be read.</source>
        <translation>ses enregistrements sont illisibles.</translation>
    </message>
    <message>
        <source>record %1 (%2): %3.</source>
        <translation>enregistrement %1 (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>its id is not valid</source>
        <translation>son identifiant n’est pas valide</translation>
    </message>
    <message>
        <source>its owner is not valid</source>
        <translation>son propriétaire n’est pas valide</translation>
    </message>
    <message>
        <source>its date is not valid</source>
        <translation>sa date n’est pas valide</translation>
    </message>
    <message>
        <source>its version is not valid</source>
        <translation>sa version n’est pas valide</translation>
    </message>
    <message>
        <source>its history cannot be read</source>
        <translation>son historique est illisible</translation>
    </message>
    <message>
        <source>the history of “%1” is not valid</source>
        <translation>l’historique de «&#xa0;%1&#xa0;» n’est pas valide</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>une pièce jointe ne correspond pas à son empreinte.</translation>
    </message>
</context>
<context>
    <name>pactesur::ParticipationEditor</name>
    <message>
        <source>Participating cities</source>
        <translation>Villes participantes</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Policiers</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Ville à ajouter</translation>
    </message>
    <message>
        <source>Add city</source>
        <translation>Ajouter la ville</translation>
    </message>
    <message>
        <source>Add the chosen city to the participants</source>
        <translation>Ajouter la ville choisie aux participants</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation</source>
        <translation>Retirer la participation de la ville sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected city&apos;s participation (Del)</source>
        <translation>Retirer la participation de la ville sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Remove Participation</source>
        <translation>Retirer la participation</translation>
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
        <translation>Détails de l’enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Dernière modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Sélectionnez un enregistrement pour afficher tous ses détails.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Activités accueillies&#xa0;: %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fiches de pratique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Groupes de travail (membre)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contacts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Éléments liés</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordEditorDialog</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Nouvel enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Modifier l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Obligatoire</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>À réexaminer</translation>
    </message>
    <message>
        <source>All lead cities</source>
        <translation>Toutes les villes chefs de file</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Contacts whose review date has passed</source>
        <translation>Contacts dont la date de réexamen est dépassée</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
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
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>No cities yet. The partner cities of the project are listed here.</source>
        <translation>Aucune ville pour l’instant. Les villes partenaires du projet sont répertoriées ici.</translation>
    </message>
    <message>
        <source>No working groups yet. The project&apos;s working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Aucun groupe de travail pour l’instant. Les groupes de travail du projet, avec leur thème et leur ville chef de file, apparaissent ici dès qu’ils sont enregistrés.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project&apos;s other activities are listed here once they are recorded.</source>
        <translation>Aucune activité pour l’instant. Les réunions, formations, échanges et autres activités du projet apparaissent ici dès qu’ils sont enregistrés.</translation>
    </message>
    <message>
        <source>No practice sheets yet. The practices that the cities describe for the partnership are listed here once they are written.</source>
        <translation>Aucune fiche de pratique pour l’instant. Les pratiques que les villes décrivent pour le partenariat apparaissent ici dès qu’elles sont rédigées.</translation>
    </message>
    <message>
        <source>No resources yet. Guides, training material and other documents of the project are listed here once they are recorded.</source>
        <translation>Aucune ressource pour l’instant. Les guides, supports de formation et autres documents du projet apparaissent ici dès qu’ils sont enregistrés.</translation>
    </message>
    <message>
        <source>No contacts yet. The work contacts of the partner cities are listed here once they are recorded.</source>
        <translation>Aucun contact pour l’instant. Les contacts professionnels des villes partenaires apparaissent ici dès qu’ils sont enregistrés.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)</source>
        <translation>
            <numerusform>%n enregistrement correspondant</numerusform>
            <numerusform>%n enregistrements correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Aucun enregistrement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Aucun enregistrement pour l’instant.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>No organisations yet. The networks, associations, police forces and other organisations the project works with are listed here once they are recorded.</source>
        <translation>Aucune organisation pour l’instant. Les réseaux, associations, forces de police et autres organisations avec lesquels le projet travaille apparaissent ici une fois enregistrés.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add a record to this list (%1)</source>
        <translation>Ajouter un enregistrement à cette liste (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Modifier l’enregistrement sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>Effa&amp;cer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Erase the selected contact&apos;s personal data</source>
        <translation>Effacer les données personnelles du contact sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Supprimer l’enregistrement sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Effacer le contact «&#xa0;%1&#xa0;»&#xa0;? L’effacement supprime définitivement les données personnelles, ici et chez tous les partenaires&#xa0;; il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez le rétablir avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>pactesur::RecordStore</name>
    <message>
        <source>%1 cannot be created or edited directly.</source>
        <translation>Les enregistrements de type %1 ne peuvent être ni créés ni modifiés directement.</translation>
    </message>
    <message>
        <source>This %1 already exists (id %2).</source>
        <translation>Cet enregistrement existe déjà (%1, identifiant %2).</translation>
    </message>
    <message>
        <source>No %1 has the id %2.</source>
        <translation>Aucun enregistrement de type «&#xa0;%1&#xa0;» n’a l’identifiant %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Le fichier %1 est trop volumineux&#xa0;: les pièces jointes sont limitées à %2 Mo.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle&#xa0;: coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you can change only the records of %1.</source>
        <translation>En tant que référent pour %1, vous ne pouvez modifier que les enregistrements de cette ville.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ du type %2&#xa0;; les champs disponibles sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Thème «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Le champ %1 ne peut plus être modifié une fois l’enregistrement créé&#xa0;; créez plutôt un nouvel enregistrement.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La date de fin %1 est antérieure à la date de début %2.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Il ne peut pas y avoir plus de femmes (%1) que de participants (%2).</translation>
    </message>
    <message>
        <source>There cannot be more officers (%1) than participants (%2).</source>
        <translation>Il ne peut pas y avoir plus de policiers (%1) que de participants (%2).</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Aucun enregistrement de type «&#xa0;%1&#xa0;» ne correspond à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs enregistrements de type «&#xa0;%2&#xa0;»&#xa0;; saisissez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Aucun conflit ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>L’enregistrement concerné par ce conflit n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs valeurs&#xa0;; saisissez-en une plus grande partie.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Aucune valeur de ce conflit ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Un contact effacé ne peut pas être rétabli&#xa0;: ses données personnelles ont disparu.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Le fichier %1 est d’un type que Pactesur ne conserve pas (%2). Joignez des documents, feuilles de calcul, présentations, fichiers PDF, images ou textes.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire (%2).</translation>
    </message>
</context>
<context>
    <name>pactesur::Replica</name>
    <message>
        <source>No role chosen</source>
        <translation>Aucun rôle choisi</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Référent pour %1</translation>
    </message>
    <message>
        <source>Unknown role “%1”: expected coordinator or liaison.</source>
        <translation>Rôle «&#xa0;%1&#xa0;» inconnu&#xa0;: les rôles possibles sont coordinator et liaison.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Ville «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Cette base de données est déjà configurée pour le rôle «&#xa0;%1&#xa0;»&#xa0;; ses enregistrements portent cette marque, le rôle ne peut donc plus changer. Créez une nouvelle base de données pour un autre rôle.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Identifiant de réplique «&#xa0;%1&#xa0;» non valide.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>enregistrement du rôle</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>marquage d’une modification</translation>
    </message>
</context>
<context>
    <name>pactesur::RoleDialog</name>
    <message>
        <source>Welcome to Pactesur</source>
        <translation>Bienvenue dans Pactesur</translation>
    </message>
    <message>
        <source>Who are you in the project?</source>
        <translation>Quel est votre rôle dans le projet&#xa0;?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Cette question n’est posée qu’une fois pour cette base de données&#xa0;: les enregistrements que vous créez portent la marque de votre rôle, qui ne pourra donc plus être modifié.</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinateur</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>City &amp;liaison</source>
        <translation>&amp;Référent de la ville</translation>
    </message>
    <message>
        <source>City liaison</source>
        <translation>Référent de la ville</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Votre ville</translation>
    </message>
    <message>
        <source>Confirm the role</source>
        <translation>Confirmer le rôle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search cities, activities, sheets, resources and contacts</source>
        <translation>Rechercher des villes, activités, fiches, ressources et contacts</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
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
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Type a word or the start of one; every word must match.</source>
        <translation>Saisissez un mot ou son début&#xa0;; tous les mots doivent correspondre.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n résultats pour «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Impossible de charger les données intégrées (%1 «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded.</source>
        <translation>Impossible de charger les données intégrées.</translation>
    </message>
</context>
<context>
    <name>pactesur::Session</name>
    <message>
        <source>Add %1</source>
        <translation>Ajout&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pactesur::StartupOptions</name>
    <message>
        <source>Coordination app for the partner cities of PACTESUR 2</source>
        <translation>Application de coordination pour les villes partenaires de PACTESUR 2</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Utiliser la base de données FICHIER au lieu de celle par défaut.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Use the interface language CODE (en, fr, nl, …).</source>
        <translation>Utiliser la langue d’interface CODE (en, fr, nl…).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>pactesur::ValueFormatter</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
</TS>
