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
            <numerusform>%1 : %n activité</numerusform>
            <numerusform>%1 : %n activités</numerusform>
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
            <numerusform>%Ln activité ce jour-là : cliquer pour l’afficher</numerusform>
            <numerusform>%Ln activités ce jour-là : cliquer pour les afficher</numerusform>
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
        <translation>%1 : %2</translation>
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
    <name>pactesur::ActivityData</name>
    <message>
        <source>reading the activities</source>
        <translation>lecture des activités</translation>
    </message>
    <message>
        <source>reading the participation</source>
        <translation>lecture des participations</translation>
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
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · report prepared on %1</source>
        <translation>Pactesur · rapport établi le %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Activity by city</source>
        <translation>Activité par ville</translation>
    </message>
    <message>
        <source>Activity by theme</source>
        <translation>Activité par thème</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Activités par type</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Cities involved</source>
        <translation>Villes impliquées</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Police officers</source>
        <translation>Policiers</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Done: %1 · planned: %2 · cancelled: %3.</source>
        <translation>Réalisées : %1 · à venir : %2 · annulées : %3.</translation>
    </message>
    <message>
        <source>Participants are the figures the cities gave for each activity; where no city gave figures, the total reported for the activity counts.</source>
        <translation>Les participants correspondent aux chiffres indiqués par les villes pour chaque activité ; lorsqu’aucune ville n’a indiqué de chiffres, c’est le total déclaré pour l’activité qui est pris en compte.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Accueillies</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <source>An activity counts under the theme of its working group. Practice sheets are all the sheets on the theme to date, whatever their status; translations are not counted.</source>
        <translation>Une activité est comptée sous le thème de son groupe de travail. Les fiches de pratique sont toutes les fiches consacrées au thème à ce jour, quel que soit leur statut ; les traductions ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fiches de pratique</translation>
    </message>
    <message>
        <source>Validated or published</source>
        <translation>Validées ou publiées</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Aucune activité sur cette période.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Établi le</translation>
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
        <translation>Impossible de lire le fichier %1 : %2</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written: %2</source>
        <translation>Impossible d’écrire une copie de %1 : %2</translation>
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
        <translation>Impossible d’enregistrer le fichier %1 : %2</translation>
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
        <extracomment>The type of a file and its size: "PDF document, 12.3 KB"</extracomment>
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
    <name>pactesur::Authority</name>
    <message>
        <source>it was written by a replica this database does not know</source>
        <translation>son auteur est une réplique que cette base de données ne connaît pas</translation>
    </message>
    <message>
        <source>a city liaison may only change records of their own city</source>
        <translation>un référent de ville ne peut modifier que les enregistrements de sa propre ville</translation>
    </message>
    <message>
        <source>a city liaison may not hand a record over to another city</source>
        <translation>un référent de ville ne peut pas céder un enregistrement à une autre ville</translation>
    </message>
    <message>
        <source>only the coordinator reviews practice sheets</source>
        <translation>seul le coordinateur relit les fiches de pratique</translation>
    </message>
    <message>
        <source>the owner of a record never changes</source>
        <translation>le propriétaire d’un enregistrement ne change jamais</translation>
    </message>
    <message>
        <source>its owner cannot own a record of this kind</source>
        <translation>son propriétaire ne peut pas posséder un enregistrement de ce type</translation>
    </message>
</context>
<context>
    <name>pactesur::Backups</name>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Impossible de lire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>La sauvegarde %1 n’existe plus.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another database; it cannot be restored here.</source>
        <translation>La sauvegarde %1 appartient à une autre base de données ; elle ne peut pas être restaurée ici.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restauration d’une sauvegarde</translation>
    </message>
    <message>
        <source>The personal data of erased contacts could not be removed from the backup %1: %2</source>
        <translation>Les données personnelles des contacts effacés n’ont pas pu être retirées de la sauvegarde %1 : %2</translation>
    </message>
</context>
<context>
    <name>pactesur::BackupsView</name>
    <message>
        <source>A backup of the whole database is made before every import and every restore; after an import, the ten newest are kept. They are in %1.</source>
        <translation>Une sauvegarde de toute la base de données est effectuée avant chaque importation et chaque restauration ; après une importation, les dix plus récentes sont conservées. Elles se trouvent dans %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Restore the backup of %1?
Your database goes back to how it was then. Its current state is saved in a new backup first, and Edit ▸ Undo brings it back.</source>
        <translation>Restaurer la sauvegarde du %1 ?
Votre base de données revient à son état de ce moment-là. Son état actuel est d’abord enregistré dans une nouvelle sauvegarde, et Édition ▸ Annuler permet de le rétablir.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Show the Folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>No backups yet.

The first one is made when you import a package.</source>
        <translation>Aucune sauvegarde pour l’instant.

La première est faite lorsque vous importez un paquet.</translation>
    </message>
</context>
<context>
    <name>pactesur::CalendarReport</name>
    <message>
        <source>%1 activities</source>
        <translation>Activités de %1</translation>
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
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle : coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>This file is not a Pactesur identity card, or it is damaged.</source>
        <translation>Ce fichier n’est pas une carte d’identité Pactesur, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The card %1 cannot be read.</source>
        <translation>La carte %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Cannot write the card to %1.</source>
        <translation>Impossible d’écrire la carte dans %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ChartBars</name>
    <message>
        <source>%1: %2</source>
        <comment>bar label, value</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pactesur::ChartTimeline</name>
    <message>
        <source>No project period recorded</source>
        <translation>Aucune période de projet enregistrée</translation>
    </message>
    <message>
        <source>Today, %1: the project has not started yet</source>
        <translation>Aujourd’hui, %1 : le projet n’a pas encore commencé</translation>
    </message>
    <message>
        <source>Today, %1: the project has ended</source>
        <translation>Aujourd’hui, %1 : le projet est terminé</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
</context>
<context>
    <name>pactesur::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Le fichier est endommagé : %1</translation>
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
        <translation>La version du schéma est %1 ; cette version de Pactesur attend la version %2.</translation>
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
        <translation>La structure de la base de données ne correspond pas à celle qu’attend Pactesur : %1.</translation>
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
        <translation>--set attend FIELD=VALUE, et non « %1 ».</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue : %1.</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli %1</source>
        <translation>Utilisation : pactesur-cli %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Type « %1 » inconnu ; les types disponibles sont : %2.</translation>
    </message>
    <message>
        <source>init needs either --coordinator or --city SLUG.</source>
        <translation>init nécessite --coordinator ou --city SLUG.</translation>
    </message>
    <message>
        <source>The database %1 is ready; this replica acts as: %2.</source>
        <translation>La base de données %1 est prête ; rôle de cette réplique : %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Réplique : %1</translation>
    </message>
    <message>
        <source>Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</source>
        <translation>Utilisation : pactesur-cli add attachments --set file=PATH [--set file_name=NAME]</translation>
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
        <translation>Empreinte de l’état : %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n record(s).</source>
        <translation>
            <numerusform>%n enregistrement généré.</numerusform>
            <numerusform>%n enregistrements générés.</numerusform>
        </translation>
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
        <translation>Nouveaux : %1, mis à jour : %2, inchangés : %3, conflits : %4, refusés : %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : aucune modification n’a été effectuée.</translation>
    </message>
    <message>
        <source>Every change in the package was refused: %1</source>
        <translation>Toutes les modifications du paquet ont été refusées : %1</translation>
    </message>
    <message>
        <source>Further commands:</source>
        <translation>Autres commandes :</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle : coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte : %1</translation>
    </message>
    <message>
        <source>Enrolled %1, fingerprint %2.</source>
        <translation>Réplique %1 inscrite, empreinte %2.</translation>
    </message>
    <message>
        <source>Already enrolled: %1, fingerprint %2.</source>
        <translation>Déjà inscrite : réplique %1, empreinte %2.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Impossible de lire le fichier de mot de passe %1.</translation>
    </message>
    <message>
        <source>No mailbox is set. Set one with: pactesur-cli mailbox set URL [--user USER]</source>
        <translation>Aucune boîte d’échange n’est définie. Définissez-en une avec : pactesur-cli mailbox set URL [--user USER]</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Boîte d’échange : %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Packages published: %1; still waiting for every recipient: %2</source>
        <translation>Paquets publiés : %1 ; pas encore reçus par tous les destinataires : %2</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Aucune synchronisation effectuée.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Mailbox set: %1</source>
        <translation>Boîte d’échange définie : %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, imported %3 package(s); %4 new conflict(s); %5 refused.</source>
        <translation>Paquets envoyés : %1, reçus : %2, importés : %3 ; nouveaux conflits : %4 ; refusés : %5.</translation>
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
        <translation>Utilisation : pactesur-cli [--db FILE] COMMAND [options]

Commandes :
  init [--coordinator | --city SLUG]   créer la base de données et choisir le rôle
  whoami [--json]                      afficher le rôle de cette réplique
  list KIND [--json]                   lister les enregistrements d’un type
  show KIND ID [--json]                afficher un enregistrement
  add KIND --set FIELD=VALUE... [--json]
  edit KIND ID --set FIELD=VALUE...
  rm KIND ID
  search TEXT [--json]
  check [--json]                       intégrité, schéma et empreinte de l’état
  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]
                                       écrire un paquet d’échange signé et scellé
  import FILE [--dry-run] [--json]     fusionner un paquet (sauvegarde préalable)
  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)
  keys show|list [--json]              empreinte de cette réplique ; le registre
  keys export --out FILE               écrire la carte d’identité de cette réplique
  keys trust CARD [--fingerprint FP]   inscrire une carte après comparaison des empreintes
  keys revoke REPLICA                  retirer la confiance accordée aux clés d’une réplique
  mailbox set URL [--user USER]        définir la boîte d’échange (WebDAV ou dossier) pour synchroniser
  mailbox show [--json]                afficher la boîte d’échange et ce qu’elle contient pour nous
  sync [--password-file FILE] [--json] effectuer un cycle d’échange automatique
                                       (ou le mot de passe dans PACTESUR_MAILBOX_PASSWORD)
  generate --scale small|network|network4 [--seed N]
                                       ajouter des enregistrements fictifs

Types : %1
La base de données utilisée est %2, sauf indication contraire de --db ou de PACTESUR_DB.
Codes de sortie : 0 terminé, 1 échec (pour sync : boîte d’échange injoignable ou cycle
inachevé), 2 erreur d’utilisation, 3 saisie refusée (aucune modification ; pour sync :
paquets refusés).</translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictInbox</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Supprimé ou conservé</translation>
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
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>No open conflicts.
When a package brings a different value for a field you also changed, both values wait here for you to choose.</source>
        <translation>Aucun conflit ouvert.
Lorsqu’un paquet apporte une valeur différente pour un champ que vous avez également modifié, les deux valeurs attendent ici votre choix.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s); the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n conflit ouvert ; les %1 plus récents sont affichés.</numerusform>
            <numerusform>%n conflits ouverts ; les %1 plus récents sont affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Choose the value to keep; you can undo it until you next export a package.</source>
        <translation>
            <numerusform>%n conflit ouvert. Choisissez la valeur à conserver ; vous pourrez annuler ce choix jusqu’à votre prochaine exportation de paquet.</numerusform>
            <numerusform>%n conflits ouverts. Choisissez la valeur à conserver ; vous pourrez annuler ce choix jusqu’à votre prochaine exportation de paquet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::ConflictPanel</name>
    <message>
        <source>Show the Record</source>
        <translation>Afficher l’enregistrement</translation>
    </message>
    <message>
        <source>Keep What I Wrote</source>
        <translation>Conserver ma saisie</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Aucun conflit sélectionné</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to see its values side by side.</source>
        <translation>Choisissez un conflit dans la liste pour voir ses valeurs côte à côte.</translation>
    </message>
    <message>
        <source>%1 “%2”: deleted on one side, edited on the other</source>
        <translation>%1 « %2 » : supprimé d’un côté, modifié de l’autre</translation>
    </message>
    <message>
        <source>The record is kept until you choose. Keep it, or delete it as one side asked.</source>
        <translation>L’enregistrement est conservé jusqu’à votre choix. Conservez-le, ou supprimez-le comme l’a demandé l’une des parties.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>This field was changed in two places before they exchanged packages. Both values are kept until you choose one, or write one that combines them.</source>
        <translation>Ce champ a été modifié à deux endroits avant qu’ils n’échangent leurs paquets. Les deux valeurs sont conservées jusqu’à ce que vous en choisissiez une, ou que vous en saisissiez une qui les combine.</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valeur à conserver</translation>
    </message>
    <message>
        <source>Or write the value to keep, for example one that combines both:</source>
        <translation>Ou saisissez la valeur à conserver, par exemple une valeur qui combine les deux :</translation>
    </message>
    <message>
        <source>Value %1 (shown now)</source>
        <translation>Valeur %1 (affichée actuellement)</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Valeur %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3</source>
        <translation>Saisie par %1 le %2 à %3</translation>
    </message>
    <message>
        <source>Delete the Record</source>
        <translation>Supprimer l’enregistrement</translation>
    </message>
    <message>
        <source>Keep the Record</source>
        <translation>Conserver l’enregistrement</translation>
    </message>
    <message>
        <source>Keep This Value</source>
        <translation>Conserver cette valeur</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Kept, with the other side's edits</source>
        <translation>Conservé, avec les modifications de l’autre partie</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>pactesur::ContactActions</name>
    <message>
        <source>Erase the personal data of %1?

Erasure is final: it cannot be undone, and it travels to every partner with the next exchange.</source>
        <translation>Effacer les données personnelles de %1 ?

L’effacement est définitif : il ne peut pas être annulé et il sera transmis à tous les partenaires lors du prochain échange.</translation>
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
        <translation>Impossible d’enregistrer le fichier %1 : %2</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Erase this contact's personal data for good</source>
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
    <name>pactesur::DashboardCitiesPage</name>
    <message>
        <source>Click a number to see the records behind it, a city to open it, a date to open that activity. Click a column title to sort.</source>
        <translation>Cliquez sur un nombre pour voir les enregistrements correspondants, sur une ville pour l’ouvrir, sur une date pour ouvrir l’activité concernée. Cliquez sur un titre de colonne pour trier.</translation>
    </message>
    <message>
        <source>Numbers of each partner city</source>
        <translation>Chiffres de chaque ville partenaire</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardCityModel</name>
    <message>
        <source>%1, %2: click to open it</source>
        <translation>%1, %2 : cliquer pour l’ouvrir</translation>
    </message>
    <message>
        <source>No activity up to today</source>
        <translation>Aucune activité à ce jour</translation>
    </message>
    <message>
        <source>%1: %2. Click to see them.</source>
        <comment>figure title, value</comment>
        <translation>%1 : %2. Cliquer pour les afficher.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>The most recent activity the city hosted or took part in, up to today.</source>
        <translation>L’activité la plus récente que la ville a accueillie ou à laquelle elle a participé, jusqu’à aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardIndicators</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Policiers échangés</translation>
    </message>
    <message>
        <source>Activities hosted</source>
        <translation>Activités accueillies</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Accueillies</translation>
    </message>
    <message>
        <source>Activities the city hosts or hosted; cancelled ones are not counted.</source>
        <translation>Activités que la ville accueille ou a accueillies ; les activités annulées ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Activities hosted by %1</source>
        <translation>Activités accueillies par %1</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Activités suivies</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Suivies</translation>
    </message>
    <message>
        <source>Activities hosted by another city, or online, in which the city's participation is recorded.</source>
        <translation>Activités accueillies par une autre ville, ou en ligne, pour lesquelles la participation de la ville est enregistrée.</translation>
    </message>
    <message>
        <source>Activities attended by %1</source>
        <translation>Activités suivies par %1</translation>
    </message>
    <message>
        <source>Officers sent</source>
        <translation>Policiers envoyés</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Officers of the city recorded in police staff exchanges hosted by another city.</source>
        <translation>Policiers de la ville enregistrés dans des échanges de personnels de police accueillis par une autre ville.</translation>
    </message>
    <message>
        <source>Officers sent by %1 to police staff exchanges</source>
        <translation>Policiers envoyés par %1 à des échanges de personnels de police</translation>
    </message>
    <message>
        <source>Officers received</source>
        <translation>Policiers accueillis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Accueillis</translation>
    </message>
    <message>
        <source>Officers of other cities recorded in police staff exchanges that the city hosted.</source>
        <translation>Policiers d’autres villes enregistrés dans des échanges de personnels de police accueillis par la ville.</translation>
    </message>
    <message>
        <source>Officers received by %1 in police staff exchanges</source>
        <translation>Policiers accueillis par %1 lors d’échanges de personnels de police</translation>
    </message>
    <message>
        <source>Practice sheets of the city, whatever their status; a translation is not counted as another sheet.</source>
        <translation>Fiches de pratique de la ville, quel que soit leur statut ; une traduction n’est pas comptée comme une fiche supplémentaire.</translation>
    </message>
    <message>
        <source>Practice sheets of %1</source>
        <translation>Fiches de pratique de %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fiches de pratique : %1</translation>
    </message>
    <message>
        <source>Practice sheets of the city with the status “%1”; a translation is not counted as another sheet.</source>
        <translation>Fiches de pratique de la ville ayant le statut « %1 » ; une traduction n’est pas comptée comme une fiche supplémentaire.</translation>
    </message>
    <message>
        <source>Practice sheets of %1: %2</source>
        <translation>Fiches de pratique de %1 : %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Working groups the city is a member of.</source>
        <translation>Groupes de travail dont la ville est membre.</translation>
    </message>
    <message>
        <source>Working groups of %1</source>
        <translation>Groupes de travail de %1</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contacts à réexaminer</translation>
    </message>
    <message>
        <source>Contacts of the city whose review date has passed: check that they are still needed and correct.</source>
        <translation>Contacts de la ville dont la date de réexamen est dépassée : vérifiez qu’ils sont toujours nécessaires et exacts.</translation>
    </message>
    <message>
        <source>Contacts of %1 due for review</source>
        <translation>Contacts de %1 à réexaminer</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <comment>city name, country code, role</comment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>indicator, value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Latest activity: %1, %2</source>
        <translation>Dernière activité : %1, %2</translation>
    </message>
    <message>
        <source>Click to see the records behind the chosen number.</source>
        <translation>Cliquer pour voir les enregistrements correspondant au nombre choisi.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardMapPage</name>
    <message>
        <source>&amp;Colour the cities by:</source>
        <translation>&amp;Colorer les villes selon :</translation>
    </message>
    <message>
        <source>Number the map shows</source>
        <translation>Nombre affiché sur la carte</translation>
    </message>
    <message>
        <source>Point at a city for its numbers; click it to see the records behind the chosen number.</source>
        <translation>Pointez une ville pour afficher ses chiffres ; cliquez dessus pour voir les enregistrements correspondant au nombre choisi.</translation>
    </message>
    <message>
        <source>Map data: %1</source>
        <translation>Données cartographiques : %1</translation>
    </message>
    <message>
        <source>Map of the partner cities: %1</source>
        <translation>Carte des villes partenaires : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies) without coordinates cannot be placed on the map.</source>
        <translation>
            <numerusform>%n ville sans coordonnées ne peut pas être placée sur la carte.</numerusform>
            <numerusform>%n villes sans coordonnées ne peuvent pas être placées sur la carte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardProjectPage</name>
    <message>
        <source>%1: %2</source>
        <comment>label, number</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Activities that started before %1</source>
        <translation>Activités commencées avant le %1</translation>
    </message>
    <message>
        <source>Activities that started in %1</source>
        <translation>Activités commencées au %1</translation>
    </message>
    <message>
        <source>Activities that started after %1</source>
        <translation>Activités commencées après le %1</translation>
    </message>
    <message>
        <source>Practice sheets with the status “%1”</source>
        <translation>Fiches de pratique ayant le statut « %1 »</translation>
    </message>
    <message>
        <source>Practice sheets on the theme “%1”</source>
        <translation>Fiches de pratique sur le thème « %1 »</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Activités par trimestre</translation>
    </message>
    <message>
        <source>Participants by kind of activity</source>
        <translation>Participants par type d’activité</translation>
    </message>
    <message>
        <source>Practice sheets by status</source>
        <translation>Fiches de pratique par statut</translation>
    </message>
    <message>
        <source>Practice sheets by theme</source>
        <translation>Fiches de pratique par thème</translation>
    </message>
    <message>
        <source>Project period, today and milestones</source>
        <translation>Période du projet, aujourd’hui et jalons</translation>
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
        <source>Day %1 of %2 (%3)</source>
        <translation>Jour %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2, %3
Click to open this activity.</source>
        <translation>%1
%2, %3
Cliquer pour ouvrir cette activité.</translation>
    </message>
    <message>
        <source>Milestones appear on this line: the activities whose participants or cities are reported for the whole partnership.</source>
        <translation>Les jalons apparaissent sur cette ligne : ce sont les activités dont les participants ou les villes sont déclarés pour l’ensemble du partenariat.</translation>
    </message>
    <message>
        <source>◆ Milestones: the activities whose participants or cities are reported for the whole partnership. Click one to open it.</source>
        <translation>◆ Jalons : les activités dont les participants ou les villes sont déclarés pour l’ensemble du partenariat. Cliquez sur l’un d’eux pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Villes partenaires</translation>
    </message>
    <message>
        <source>Planned or done; cancelled ones are not counted.</source>
        <translation>À venir ou réalisées ; les activités annulées ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recorded by the cities</source>
        <translation>Enregistrés par les villes</translation>
    </message>
    <message>
        <source>From public reports</source>
        <translation>Issus de rapports publics</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Femmes parmi les participants</translation>
    </message>
    <message>
        <source>Of the %1 participants whose number of women is recorded.</source>
        <translation>Sur les %1 participants pour lesquels le nombre de femmes est enregistré.</translation>
    </message>
    <message>
        <source>No participation record gives the number of women yet.</source>
        <translation>Aucun enregistrement de participation n’indique encore le nombre de femmes.</translation>
    </message>
    <message>
        <source>Officers exchanged</source>
        <translation>Policiers échangés</translation>
    </message>
    <message>
        <source>Sent by their city to police staff exchanges hosted by another city.</source>
        <translation>Envoyés par leur ville à des échanges de personnels de police accueillis par une autre ville.</translation>
    </message>
    <message>
        <source>Activities, planned or done</source>
        <translation>Activités à venir ou réalisées</translation>
    </message>
    <message>
        <source>Activities with participants</source>
        <translation>Activités avec participants</translation>
    </message>
    <message>
        <source>Participation records that give the number of women</source>
        <translation>Enregistrements de participation indiquant le nombre de femmes</translation>
    </message>
    <message>
        <source>Officers sent to police staff exchanges hosted by another city</source>
        <translation>Policiers envoyés à des échanges de personnels de police accueillis par une autre ville</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1 : %n activité</numerusform>
            <numerusform>%1 : %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Aucune activité pour l’instant.</translation>
    </message>
    <message>
        <source>%1: %2 participants (%3 recorded by the cities, %4 from public reports)</source>
        <translation>%1 : %2 participants (%3 enregistrés par les villes, %4 issus de rapports publics)</translation>
    </message>
    <message>
        <source>No participants recorded or reported yet.</source>
        <translation>Aucun participant enregistré ni déclaré pour l’instant.</translation>
    </message>
    <message>
        <source>Public reports give some totals without saying how many people came from each city. Such a total counts here for its activity when no city has recorded its participation, and never in a city's figures.</source>
        <translation>Les rapports publics donnent certains totaux sans préciser combien de personnes venaient de chaque ville. Un tel total est compté ici pour son activité lorsqu’aucune ville n’a enregistré sa participation, et jamais dans les chiffres d’une ville.</translation>
    </message>
    <message>
        <source>Participants recorded by the cities in activities of the kind “%1”</source>
        <translation>Participants enregistrés par les villes aux activités de type « %1 »</translation>
    </message>
    <message>
        <source>Participants from public reports in activities of the kind “%1”</source>
        <translation>Participants issus de rapports publics aux activités de type « %1 »</translation>
    </message>
    <message>
        <source>No practice sheets yet. They are counted here once the cities write them.</source>
        <translation>Aucune fiche de pratique pour l’instant. Elles sont comptées ici dès que les villes les rédigent.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n practice sheet(s)</source>
        <translation>
            <numerusform>%1 : %n fiche de pratique</numerusform>
            <numerusform>%1 : %n fiches de pratique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
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
            <numerusform>%n fiche de pratique</numerusform>
            <numerusform>%n fiches de pratique</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardRecordsDialog</name>
    <message numerus="yes">
        <source>%n record(s) of the list “%1”.</source>
        <translation>
            <numerusform>%n enregistrement de la liste « %1 ».</numerusform>
            <numerusform>%n enregistrements de la liste « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, the sum over %n record(s) of the list “%3”.</source>
        <translation>
            <numerusform>%1 : %2, somme sur %n enregistrement de la liste « %3 ».</numerusform>
            <numerusform>%1 : %2, somme sur %n enregistrements de la liste « %3 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Records behind a number</source>
        <translation>Enregistrements correspondant à un nombre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected record in its section</source>
        <translation>Ouvrir l’enregistrement sélectionné dans sa section</translation>
    </message>
    <message>
        <source>Double-click a row to open its activity, where this participation is listed.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir son activité, où figure cette participation.</translation>
    </message>
    <message>
        <source>Double-click a record to open it in its section.</source>
        <translation>Double-cliquez sur un enregistrement pour l’ouvrir dans sa section.</translation>
    </message>
</context>
<context>
    <name>pactesur::DashboardTile</name>
    <message>
        <source>%1: %2</source>
        <comment>figure caption, value</comment>
        <translation>%1 : %2</translation>
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
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Lecture des chiffres…</translation>
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
        <translation>Impossible de verrouiller la base de données %1 : son dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>updating the database structure</source>
        <translation>mise à jour de la structure de la base de données</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space, then try again.</source>
        <translation>Le disque est plein : aucune modification n’a été effectuée. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was changed.</source>
        <translation>La base de données est occupée par un autre programme : aucune modification n’a été effectuée.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données (%1) : %2</translation>
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
        <translation>Cette base de données a été créée par une version plus récente de Pactesur (version de schéma %1 ; cette version prend en charge les versions jusqu’à %2). Mettez à jour Pactesur pour l’ouvrir.</translation>
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
        <source>building the search index</source>
        <translation>construction de l’index de recherche</translation>
    </message>
</context>
<context>
    <name>pactesur::EnrolCardDialog</name>
    <message>
        <source>Enrol a Card</source>
        <translation>Inscrire une carte</translation>
    </message>
    <message>
        <source>Compare the fingerprint before you trust this card</source>
        <translation>Comparez l’empreinte avant de faire confiance à cette carte</translation>
    </message>
    <message>
        <source>This card says it belongs to: %1</source>
        <translation>Cette carte dit appartenir à : %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Réplique %1</translation>
    </message>
    <message>
        <source>Fingerprint of the card:</source>
        <translation>Empreinte de la carte :</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Empreinte de la carte</translation>
    </message>
    <message>
        <source>Call the person it belongs to, or meet them, and ask them to read their fingerprint aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of digits is the same: anyone can make a card that claims to be someone else.</source>
        <translation>Appelez la personne à qui elle appartient, ou rencontrez-la, et demandez-lui de lire son empreinte à voix haute (Échanges ▸ Clés dans son Pactesur). N’inscrivez la carte que si chaque groupe de chiffres est identique : n’importe qui peut fabriquer une carte qui prétend appartenir à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read to you (optional: if you type it, Pactesur compares it):</source>
        <translation>&amp;Empreinte qu’on vous a lue (facultatif : si vous la saisissez, Pactesur la compare) :</translation>
    </message>
    <message>
        <source>Fingerprint they read to you</source>
        <translation>Empreinte qu’on vous a lue</translation>
    </message>
    <message>
        <source>e.g. 12345 67890 …</source>
        <translation>p. ex. 12345 67890 …</translation>
    </message>
    <message>
        <source>&amp;Enrol: the Fingerprints Match</source>
        <translation>&amp;Inscrire : les empreintes concordent</translation>
    </message>
    <message>
        <source>Enrol the card</source>
        <translation>Inscrire la carte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeActions</name>
    <message>
        <source>Import a Package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Paquets Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>Save a package file to send to your partners</source>
        <translation>Enregistrer un fichier de paquet à envoyer à vos partenaires</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Open a package file a partner sent you: see what it changes, then apply it</source>
        <translation>Ouvrir un fichier de paquet envoyé par un partenaire : voir ce qu’il modifie, puis l’appliquer</translation>
    </message>
</context>
<context>
    <name>pactesur::ExchangeHistoryView</name>
    <message>
        <source>Packages Received and Sent</source>
        <translation>Paquets reçus et envoyés</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportDialog</name>
    <message>
        <source>Save the Package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Pactesur packages (*.pactesur)</source>
        <translation>Paquets Pactesur (*.pactesur)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export a Package</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>A package is a file you send to your partners (by e-mail or on a USB stick); they open it with File ▸ Import Package.</source>
        <translation>Un paquet est un fichier que vous envoyez à vos partenaires (par e-mail ou sur une clé USB) ; ils l’ouvrent avec Fichier ▸ Importer un paquet.</translation>
    </message>
    <message>
        <source>What one partner has not received yet (recommended):</source>
        <translation>Ce qu’un partenaire n’a pas encore reçu (recommandé) :</translation>
    </message>
    <message>
        <source>Smaller: only the changes since their last package reached you.</source>
        <translation>Plus léger : uniquement les modifications depuis que son dernier paquet vous est parvenu.</translation>
    </message>
    <message>
        <source>No partner has sent you a package yet: send a full copy the first time.</source>
        <translation>Aucun partenaire ne vous a encore envoyé de paquet : envoyez une copie complète la première fois.</translation>
    </message>
    <message>
        <source>What the coordinator has not received yet (recommended)</source>
        <translation>Ce que le coordinateur n’a pas encore reçu (recommandé)</translation>
    </message>
    <message>
        <source>Smaller: only the changes since the coordinator's last package reached you.</source>
        <translation>Plus léger : uniquement les modifications depuis que le dernier paquet du coordinateur vous est parvenu.</translation>
    </message>
    <message>
        <source>No package has come from the coordinator yet: send a full copy the first time.</source>
        <translation>Aucun paquet n’est encore arrivé du coordinateur : envoyez une copie complète la première fois.</translation>
    </message>
    <message>
        <source>A full copy of everything in this database</source>
        <translation>Une copie complète de tout le contenu de cette base de données</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Contenu du paquet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>Counting what goes in…</source>
        <translation>Décompte du contenu…</translation>
    </message>
    <message numerus="yes">
        <source>What goes in: %n record(s).</source>
        <translation>
            <numerusform>Contenu du paquet : %n enregistrement.</numerusform>
            <numerusform>Contenu du paquet : %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Writing the package… Cancel stops it; no file is left behind.</source>
        <translation>Écriture du paquet… Annuler l’interrompt ; aucun fichier n’est laissé sur le disque.</translation>
    </message>
    <message>
        <source>The package is saved as:
%1
Send this file to your partner.</source>
        <translation>Le paquet est enregistré sous :
%1
Envoyez ce fichier à votre partenaire.</translation>
    </message>
    <message>
        <source>In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, after comparing their fingerprints with their owners.</source>
        <translation>Dans Pactesur, les cartes s’inscrivent dans Échanges ▸ Clés ▸ Inscrire une carte…, après avoir comparé leur empreinte avec leur propriétaire.</translation>
    </message>
</context>
<context>
    <name>pactesur::ExportPlan</name>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Aucun paquet n’a encore été reçu de « %1 », il n’y a donc aucune base pour un paquet différentiel ; exportez plutôt un paquet complet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>counting the records to export</source>
        <translation>décompte des enregistrements à exporter</translation>
    </message>
</context>
<context>
    <name>pactesur::Exporter</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle : coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>No package has come from “%1” yet, so there is nothing to cut a delta from; export a full package instead.</source>
        <translation>Aucun paquet n’a encore été reçu de « %1 », il n’y a donc aucune base pour un paquet différentiel ; exportez plutôt un paquet complet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Impossible d’écrire le paquet %1 : %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>le disque est peut-être plein</translation>
    </message>
    <message>
        <source>No enrolled replica can receive this package: enrol the cities' cards first (keys trust FILE).</source>
        <translation>Aucune réplique inscrite ne peut recevoir ce paquet : inscrivez d’abord les cartes des villes (keys trust FILE).</translation>
    </message>
    <message>
        <source>Enrol the coordinator's card first (keys trust FILE): packages are sealed to it.</source>
        <translation>Inscrivez d’abord la carte du coordinateur (keys trust FILE) : les paquets sont scellés pour lui.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Impossible de créer un dossier temporaire privé pour le paquet.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>enregistrement de l’exportation</translation>
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
    <message>
        <source>Source revision</source>
        <translation>Révision de la source</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Fiche de pratique</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Statut précédent</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
</context>
<context>
    <name>pactesur::FieldCodec</name>
    <message>
        <source>Invalid value “%1” for %2: %3.</source>
        <translation>Valeur « %1 » non valide pour %2 : %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Le champ %1 est trop long : %2 caractères au maximum.</translation>
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
        <source>expected a JSON object such as {"fr": "…"}</source>
        <translation>objet JSON attendu, par exemple {"fr": "…"}</translation>
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
    <message>
        <source>expected a JSON object such as {"summary": "…"}</source>
        <translation>objet JSON attendu, par exemple {"summary": "…"}</translation>
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
        <translation>%1 : date renseignée</translation>
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
    <name>pactesur::FolderTransport</name>
    <message>
        <source>The mailbox folder %1 is full: free space on its disk.</source>
        <translation>Le dossier de la boîte d’échange %1 est plein : libérez de l’espace sur son disque.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 does not exist (a drive not mounted, or a folder not yet synced?).</source>
        <translation>Le dossier de la boîte d’échange %1 n’existe pas (lecteur non monté, ou dossier pas encore synchronisé ?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the mailbox: %2.</source>
        <translation>Impossible de créer le dossier %1 dans la boîte d’échange : %2.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the mailbox: %2.</source>
        <translation>Impossible d’écrire %1 dans la boîte d’échange : %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 in the mailbox: %2.</source>
        <translation>Impossible de renommer %1 dans la boîte d’échange : %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the mailbox: %2.</source>
        <translation>Impossible de lire %1 dans la boîte d’échange : %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the mailbox: %2.</source>
        <translation>Impossible de supprimer %1 de la boîte d’échange : %2.</translation>
    </message>
</context>
<context>
    <name>pactesur::Generator</name>
    <message>
        <source>Only the coordinator's database can generate records.</source>
        <translation>Seule la base de données du coordinateur peut générer des enregistrements.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportCountsBar</name>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Records you do not have yet.</source>
        <translation>Enregistrements que vous n’avez pas encore.</translation>
    </message>
    <message>
        <source>Records you have that the package changes.</source>
        <translation>Enregistrements que vous avez et que le paquet modifie.</translation>
    </message>
    <message>
        <source>Records you already have as they are.</source>
        <translation>Enregistrements que vous avez déjà tels quels.</translation>
    </message>
    <message>
        <source>Records edited on both sides: both values are kept until someone chooses, in the Conflicts inbox.</source>
        <translation>Enregistrements modifiés des deux côtés : les deux valeurs sont conservées jusqu’à ce que quelqu’un choisisse, dans la liste des conflits.</translation>
    </message>
    <message>
        <source>Changes the sender may not make; they are left out, the rest is imported.</source>
        <translation>Modifications que l’expéditeur n’est pas autorisé à faire ; elles sont écartées, le reste est importé.</translation>
    </message>
</context>
<context>
    <name>pactesur::ImportDialog</name>
    <message>
        <source>Import a Package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>Examiner les &amp;conflits</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What the package changes</source>
        <translation>Ce que le paquet modifie</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Package from %1</source>
        <translation>Paquet envoyé par : %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation>Créé le %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>A full copy of the sender's data: %n record(s).</source>
        <translation>
            <numerusform>Une copie complète des données de l’expéditeur : %n enregistrement.</numerusform>
            <numerusform>Une copie complète des données de l’expéditeur : %n enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes since your last exchange: %n record(s).</source>
        <translation>
            <numerusform>Les modifications depuis votre dernier échange : %n enregistrement.</numerusform>
            <numerusform>Les modifications depuis votre dernier échange : %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Comparing the package with your database…</source>
        <translation>Comparaison du paquet avec votre base de données…</translation>
    </message>
    <message>
        <source>Nothing new: your database already holds everything in this package. Apply records that you received it.</source>
        <translation>Rien de nouveau : votre base de données contient déjà tout le contenu de ce paquet. Appliquer enregistre simplement que vous l’avez reçu.</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. A backup of your database is made first.</source>
        <translation>Rien ne change tant que vous n’avez pas cliqué sur Appliquer. Une sauvegarde de votre base de données est d’abord effectuée.</translation>
    </message>
    <message>
        <source>Cancelling… your database stays as it was.</source>
        <translation>Annulation… votre base de données reste inchangée.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your database as it was.</source>
        <translation>Importation… Annuler l’interrompt et laisse votre base de données inchangée.</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.</source>
        <translation>Importé. Nouveaux : %1, mis à jour : %2, conflits à examiner : %3, refusés : %4.</translation>
    </message>
    <message>
        <source>Your database as it was before is kept in %1.</source>
        <translation>Votre base de données, dans son état antérieur, est conservée dans %1.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Paquet non importé</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L’importation a échoué</translation>
    </message>
    <message>
        <source>Saving the changes… Cancel stops it and leaves your database as it was.</source>
        <translation>Enregistrement des modifications… Annuler l’interrompt et laisse votre base de données inchangée.</translation>
    </message>
    <message>
        <source>Checking the package… Cancel stops it and leaves your database as it was.</source>
        <translation>Vérification du paquet… Annuler l’interrompt et laisse votre base de données inchangée.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Nothing in your database was changed.</source>
        <translation>Aucune modification n’a été apportée à votre base de données.</translation>
    </message>
    <message>
        <source>Every change in this package was refused: %1</source>
        <translation>Toutes les modifications de ce paquet ont été refusées : %1</translation>
    </message>
    <message>
        <source>The import was cancelled; your database is as it was.</source>
        <translation>L’importation a été annulée ; votre base de données est inchangée.</translation>
    </message>
    <message>
        <source>Signed by %1 (verified)</source>
        <translation>Signé par %1 (vérifié)</translation>
    </message>
    <message>
        <source>The sender's signature was not verified.</source>
        <translation>La signature de l’expéditeur n’a pas été vérifiée.</translation>
    </message>
    <message>
        <source>Fingerprint of the key: %1</source>
        <translation>Empreinte de la clé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more new or updated record(s) are counted above but not listed.</source>
        <translation>
            <numerusform>%n autre enregistrement nouveau ou modifié est compté ci-dessus mais n’est pas listé.</numerusform>
            <numerusform>%n autres enregistrements nouveaux ou modifiés sont comptés ci-dessus mais ne sont pas listés.</numerusform>
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
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>New records (%1)</source>
        <translation>Nouveaux enregistrements (%1)</translation>
    </message>
    <message>
        <source>Updated records (%1)</source>
        <translation>Enregistrements mis à jour (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflits à examiner (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Refusés (%1)</translation>
    </message>
    <message>
        <source>Untitled (%1)</source>
        <translation>Sans titre (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
</context>
<context>
    <name>pactesur::Importer</name>
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
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle : coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>This package was exported from this database; it holds nothing new.</source>
        <translation>Ce paquet a été exporté depuis cette base de données ; il ne contient rien de nouveau.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée ; aucune modification n’a été effectuée.</translation>
    </message>
    <message>
        <source>An edit of %1 in an erased contact was dropped: erasure wins.</source>
        <translation>Une modification du champ %1 d’un contact effacé a été ignorée : l’effacement l’emporte.</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importation d’un paquet</translation>
    </message>
    <message>
        <source>The package refers to records it does not hold; nothing was changed.</source>
        <translation>Le paquet fait référence à des enregistrements qu’il ne contient pas ; aucune modification n’a été effectuée.</translation>
    </message>
</context>
<context>
    <name>pactesur::Keyring</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>La bibliothèque de cryptographie ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) cannot be read.</source>
        <translation>Les clés de cette base de données (%1) ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The keys of this database (%1) are damaged.</source>
        <translation>Les clés de cette base de données (%1) sont endommagées.</translation>
    </message>
    <message>
        <source>The keys of this database cannot be saved in %1.</source>
        <translation>Les clés de cette base de données ne peuvent pas être enregistrées dans %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::KeysView</name>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>L’empreinte est copiée.</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1 (cette base de données)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Enrol a Card</source>
        <translation>Inscrire une carte</translation>
    </message>
    <message>
        <source>Pactesur identity cards (*.card);;All files (*)</source>
        <translation>Cartes d’identité Pactesur (*.card);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enrolled: %1. Its packages are accepted, and yours can be sealed to it.</source>
        <translation>Carte inscrite : %1. Ses paquets sont acceptés, et les vôtres peuvent lui être destinés.</translation>
    </message>
    <message>
        <source>Already enrolled: %1.</source>
        <translation>Carte déjà inscrite : %1.</translation>
    </message>
    <message>
        <source>Export My Card</source>
        <translation>Exporter ma carte</translation>
    </message>
    <message>
        <source>Your card is saved as %1. Send it to your partner, then read them your fingerprint by phone.</source>
        <translation>Votre carte est enregistrée sous %1. Envoyez-la à votre partenaire, puis lisez-lui votre empreinte par téléphone.</translation>
    </message>
    <message>
        <source>Revoke the keys of %1?
Their packages are refused from now on, and your next packages tell every city. A revoked key is never trusted again: the person sets up a new database and you enrol its card.</source>
        <translation>Révoquer les clés de « %1 » ?
Ses paquets sont refusés dès maintenant, et vos prochains paquets le signalent à toutes les villes. Une clé révoquée n’est plus jamais acceptée : la personne crée une nouvelle base de données et vous inscrivez sa carte.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked.</source>
        <translation>Les clés de « %1 » sont révoquées.</translation>
    </message>
    <message>
        <source>Every package is signed by its sender and sealed to the replicas that may read it. A card holds the public keys of one replica; before you enrol someone's card, compare its fingerprint with theirs, by phone or in person.</source>
        <translation>Chaque paquet est signé par son expéditeur et scellé pour les répliques qui peuvent le lire. Une carte contient les clés publiques d’une réplique ; avant d’inscrire la carte de quelqu’un, comparez son empreinte avec celle que cette personne vous lit, par téléphone ou de vive voix.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Cette base de données</translation>
    </message>
    <message>
        <source>%1, replica %2</source>
        <translation>%1, réplique %2</translation>
    </message>
    <message>
        <source>This database has no role yet.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données.</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to a partner who enrols your card.</source>
        <translation>Votre empreinte : lisez-la au partenaire qui inscrit votre carte.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <source>E&amp;xport My Card…</source>
        <translation>E&amp;xporter ma carte…</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Exporter ma carte</translation>
    </message>
    <message>
        <source>Replicas this database trusts</source>
        <translation>Répliques auxquelles cette base de données fait confiance</translation>
    </message>
    <message>
        <source>You enrol each city's card after comparing its fingerprint; every package you send carries this list, so the cities trust each other through you.</source>
        <translation>Vous inscrivez la carte de chaque ville après avoir comparé son empreinte ; chaque paquet que vous envoyez contient cette liste, si bien que les villes se font confiance par votre intermédiaire.</translation>
    </message>
    <message>
        <source>As a city liaison, you enrol the coordinator's card once; the other cities come with the coordinator's packages.</source>
        <translation>En tant que référent de ville, vous inscrivez une seule fois la carte du coordinateur ; les autres villes arrivent avec les paquets du coordinateur.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplique</translation>
    </message>
    <message>
        <source>&amp;Enrol a Card…</source>
        <translation>&amp;Inscrire une carte…</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Inscrire une carte</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected keys</source>
        <translation>Révoquer les clés sélectionnées</translation>
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
    <message>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
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
    <name>pactesur::LedgerView</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Anyone (full copy)</source>
        <translation>Tout destinataire (copie complète)</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5</source>
        <translation>Nouveaux : %1, mis à jour : %2, inchangés : %3, conflits : %4, refusés : %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package this database received or sent, newest first.</source>
        <translation>Tous les paquets reçus ou envoyés par cette base de données, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Packages received and sent</source>
        <translation>Paquets reçus et envoyés</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>No package sent or received yet.

A package carries this database's changes to the coordinator or the cities, and brings theirs back. Export one to send your work; import one you received. Every exchange is then listed here.</source>
        <translation>Aucun paquet envoyé ni reçu pour l’instant.

Un paquet transmet les modifications de cette base au coordinateur ou aux villes, et rapporte les leurs. Exportez-en un pour envoyer votre travail ; importez celui que vous avez reçu. Chaque échange est ensuite listé ici.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxActions</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The mailbox needs the password of %1: File ▸ Sync Now asks for it.</source>
        <translation>La boîte d’échange a besoin du mot de passe de %1 : Fichier ▸ Synchroniser maintenant vous le demandera.</translation>
    </message>
    <message>
        <source>There is no desktop keyring: Pactesur keeps the password until it closes.</source>
        <translation>Aucun trousseau de clés n’est disponible sur ce bureau : Pactesur conserve le mot de passe jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <source>Pactesur keeps it in the desktop keyring.</source>
        <translation>Pactesur le conserve dans le trousseau de clés du bureau.</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Mot de passe de la boîte d’échange</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>Not synced: the mailbox needs the password of %1.</source>
        <translation>Non synchronisé : la boîte d’échange a besoin du mot de passe de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) declined: offered again at the next sync.</source>
        <translation>
            <numerusform>%n paquet écarté : il sera proposé à nouveau lors de la prochaine synchronisation.</numerusform>
            <numerusform>%n paquets écartés : ils seront proposés à nouveau lors de la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Exchange packages with your partners through the mailbox now</source>
        <translation>Échanger maintenant les paquets avec vos partenaires par la boîte d’échange</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Boîte d’échange…</translation>
    </message>
    <message>
        <source>Where packages are exchanged automatically, and how often</source>
        <translation>Où les paquets sont échangés automatiquement, et à quelle fréquence</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Boîte d’échange</translation>
    </message>
    <message>
        <source>Through a mailbox, Pactesur sends your changes to your partners and imports theirs by itself. The mailbox is a folder on a WebDAV server such as Nextcloud, or a folder on this computer that a sync client shares with them. Leave the address empty to exchange by hand only.</source>
        <translation>Grâce à une boîte d’échange, Pactesur envoie vos modifications à vos partenaires et importe automatiquement les leurs. La boîte d’échange est un dossier sur un serveur WebDAV, tel que Nextcloud, ou un dossier de cet ordinateur qu’un client de synchronisation partage avec eux. Laissez l’adresse vide pour échanger uniquement manuellement.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Adresse de la boîte d’échange</translation>
    </message>
    <message>
        <source>Nextcloud: %1
A folder: %2path/to/folder</source>
        <translation>Nextcloud : %1
Un dossier : %2chemin/du/dossier</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nom d’utilisateur sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Mot de passe sur le serveur</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les :</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Manuellement uniquement</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutes entre deux synchronisations automatiques</translation>
    </message>
    <message>
        <source>While Pactesur is open; 0: only when you choose File ▸ Sync Now</source>
        <translation>Tant que Pactesur est ouvert ; 0 : uniquement lorsque vous choisissez Fichier ▸ Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Review every incoming package before importing it</source>
        <translation>&amp;Vérifier chaque paquet entrant avant de l’importer</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Save the mailbox settings</source>
        <translation>Enregistrer les paramètres de la boîte d’échange</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is asked once per session.</source>
        <translation>Aucun trousseau de clés sur ce bureau : le mot de passe est demandé une fois par session.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>Le mot de passe est conservé dans le trousseau de clés du bureau.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxStatusLine</name>
    <message>
        <source>Mailbox</source>
        <translation>Boîte d’échange</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Arrêter la synchronisation ; la suivante reprendra là où elle s’est arrêtée</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>Mailbox not set</source>
        <translation>Boîte d’échange non définie</translation>
    </message>
    <message>
        <source>Packages are exchanged by hand. Set a mailbox (Settings ▸ Mailbox…) to exchange them with your partners automatically.</source>
        <translation>Les paquets sont échangés manuellement. Définissez une boîte d’échange (Paramètres ▸ Boîte d’échange…) pour les échanger automatiquement avec vos partenaires.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing · %1</source>
        <translation>Synchronisation · %1</translation>
    </message>
    <message>
        <source>Exchanging packages with the mailbox. Cancel stops it; the next sync goes on from there.</source>
        <translation>Échange des paquets avec la boîte d’échange. Annuler l’interrompt ; la synchronisation suivante reprendra à partir de là.</translation>
    </message>
    <message>
        <source>The mailbox could not be synced</source>
        <translation>La boîte d’échange n’a pas pu être synchronisée</translation>
    </message>
    <message>
        <source>Mailbox set · not synced yet</source>
        <translation>Boîte d’échange définie · pas encore synchronisée</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in</source>
        <translation>
            <numerusform>%n paquet reçu</numerusform>
            <numerusform>%n paquets reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nouveau conflit</numerusform>
            <numerusform>%n nouveaux conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox has not been synced yet from this database.</source>
        <translation>La boîte d’échange n’a pas encore été synchronisée depuis cette base de données.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox once every recipient had them: %4.</source>
        <translation>Paquets importés : %1 (téléchargés : %2), envoyés : %3 ; retirés de la boîte d’échange une fois reçus par tous leurs destinataires : %4.</translation>
    </message>
    <message>
        <source>New conflicts: %1; packages refused: %2.</source>
        <translation>Nouveaux conflits : %1 ; paquets refusés : %2.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une heure inconnue</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
</context>
<context>
    <name>pactesur::MailboxSync</name>
    <message>
        <source>Preparing a package…</source>
        <translation>Préparation d’un paquet…</translation>
    </message>
    <message>
        <source>Cannot keep the package %1 beside the database.</source>
        <translation>Impossible de conserver le paquet %1 à côté de la base de données.</translation>
    </message>
    <message>
        <source>The package %1 is no longer beside the database and cannot be sent again.</source>
        <translation>Le paquet %1 ne se trouve plus à côté de la base de données et ne peut pas être renvoyé.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
    <message>
        <source>Cannot write this replica's acknowledgement.</source>
        <translation>Impossible d’écrire l’accusé de réception de cette réplique.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle : coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the mailbox's packages beside the database.</source>
        <translation>Impossible de créer, à côté de la base de données, un dossier privé pour les paquets de la boîte d’échange.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Lecture de la boîte d’échange…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from here.</source>
        <translation>Synchronisation annulée ; la suivante reprendra à partir d’ici.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>le coordinateur</translation>
    </message>
    <message>
        <source>%1 (replica %2)</source>
        <translation>%1 (réplique %2)</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not in the mailbox yet; the later ones wait for it.</source>
        <translation>Le paquet %1 envoyé par %2 n’est pas encore dans la boîte d’échange ; les suivants l’attendent.</translation>
    </message>
    <message>
        <source>Package %1 from %2 was refused; the later ones wait until a valid copy is in the mailbox.</source>
        <translation>Le paquet %1 envoyé par %2 a été refusé ; les suivants attendent qu’une copie valide soit déposée dans la boîte d’échange.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 envoyé par %2 : %3</translation>
    </message>
    <message>
        <source>its content does not match its name (cut or changed).</source>
        <translation>son contenu ne correspond pas à son nom (tronqué ou modifié).</translation>
    </message>
    <message>
        <source>it was not published by this sender as package %1 of its mailbox.</source>
        <translation>il n’a pas été publié par cet expéditeur comme paquet %1 de sa boîte d’échange.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>%1 from %2: record %3 refused: %4</source>
        <translation>%1 envoyé par %2 : enregistrement %3 refusé : %4</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.</source>
        <translation>« %1 » n’est pas une adresse de boîte d’échange : indiquez https://server/folder/ (pour Nextcloud, https://server/remote.php/dav/files/USER/folder/) ou file:///path/to/folder.</translation>
    </message>
    <message>
        <source>The mailbox at %1 would be reached without encryption: use https://, or http:// only for a server on this computer.</source>
        <translation>La boîte d’échange de %1 serait jointe sans chiffrement : utilisez https://, ou http:// uniquement pour un serveur situé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No mailbox is set for this database: set one first (mailbox set URL, or Settings ▸ Mailbox).</source>
        <translation>Aucune boîte d’échange n’est définie pour cette base de données : définissez-en une d’abord (mailbox set URL, ou Paramètres ▸ Boîte d’échange).</translation>
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
        <source>Create an empty database with the project's founding data</source>
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
        <translation>Le fichier « %1 » existe déjà. Choisissez un autre nom, ou utilisez Ouvrir une base de données pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n’existe pas.</translation>
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
        <translation>Pactesur aide les villes partenaires du projet européen PACTESUR 2 à coordonner leur travail : qui est qui, groupes de travail, activités et fiches de pratique qu’elles partagent.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Version de Qt : %1</translation>
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
    <message numerus="yes">
        <source>%n practice sheet(s) reopened after Pactesur stopped unexpectedly: each says what was kept.</source>
        <translation>
            <numerusform>%n fiche de pratique rouverte après un arrêt inattendu de Pactesur : elle indique ce qui a été conservé.</numerusform>
            <numerusform>%n fiches de pratique rouvertes après un arrêt inattendu de Pactesur : chacune indique ce qui a été conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapports…</translation>
    </message>
    <message>
        <source>Write an activity report, a calendar, the booklet of practices or a list</source>
        <translation>Produire un rapport d’activité, un calendrier, le livret des pratiques ou une liste</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
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
    <name>pactesur::NewSheetDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>New Practice Sheet</source>
        <translation>Nouvelle fiche de pratique</translation>
    </message>
    <message>
        <source>Describe a practice of your city for the partnership. Start from a blank sheet, or from a copy of a sheet that already looks like yours. Everything you write is saved as you type.</source>
        <translation>Décrivez une pratique de votre ville pour le partenariat. Partez d’une fiche vierge, ou de la copie d’une fiche qui ressemble déjà à la vôtre. Tout ce que vous écrivez est enregistré au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <source>&amp;Blank sheet</source>
        <translation>Fiche &amp;vierge</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>Une &amp;copie de :</translation>
    </message>
    <message>
        <source>Sheet to copy</source>
        <translation>Fiche à copier</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Langue de rédaction :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>Create and Open</source>
        <translation>Créer et ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>pactesur::NoticeList</name>
    <message>
        <source>Dismiss</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Retirer cet avis</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Modifications refusées (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them; the %1 most recent are listed.</source>
        <translation>
            <numerusform>%n modification n’a pas été appliquée, car les règles de propriété la refusent ; les %1 plus récentes sont affichées.</numerusform>
            <numerusform>%n modifications n’ont pas été appliquées, car les règles de propriété les refusent ; les %1 plus récentes sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <source>Dismiss all the listed notices</source>
        <translation>Retirer tous les avis affichés</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not applied because the ownership rules refuse them. Dismiss a notice once you have read it.</source>
        <translation>
            <numerusform>%n modification n’a pas été appliquée, car les règles de propriété la refusent. Retirez un avis une fois que vous l’avez lu.</numerusform>
            <numerusform>%n modifications n’ont pas été appliquées, car les règles de propriété les refusent. Retirez un avis une fois que vous l’avez lu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::Notices</name>
    <message>
        <source>Your change of “%1” in the %2 “%3” was made by an older version of Pactesur and the ownership rules refuse it: %4. Other databases ignore it; change the record again if it is yours to change.</source>
        <translation>Votre modification de « %1 » dans l’enregistrement « %3 » (%2) a été faite par une version plus ancienne de Pactesur et les règles de propriété la refusent : %4. Les autres bases de données l’ignorent ; modifiez à nouveau l’enregistrement si c’est à vous de le modifier.</translation>
    </message>
    <message>
        <source>A change of “%1” in the %2 “%3” by %4 was refused: %5.</source>
        <translation>Une modification de « %1 » dans l’enregistrement « %3 » (%2) par %4 a été refusée : %5.</translation>
    </message>
</context>
<context>
    <name>pactesur::PackageReader</name>
    <message>
        <source>%1 is not a valid Pactesur package: %2</source>
        <translation>%1 n’est pas un paquet Pactesur valide : %2</translation>
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
        <translation>Le paquet %1 a été créé par une version plus récente de Pactesur (format de paquet %2 ; cette version lit le format %3). Mettez à jour Pactesur pour l’importer.</translation>
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
        <translation>il contient un champ inconnu « %1 »</translation>
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
        <translation>enregistrement %1 (%2) : %3.</translation>
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
        <translation>l’historique de « %1 » n’est pas valide</translation>
    </message>
    <message>
        <source>an attachment does not match its hash.</source>
        <translation>une pièce jointe ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>The package %1 was made by an older version of Pactesur (package format %2; this version reads format %3). Ask the sender to update Pactesur and export again.</source>
        <translation>Le paquet %1 a été créé par une version plus ancienne de Pactesur (format de paquet %2 ; cette version lit le format %3). Demandez à l’expéditeur de mettre à jour Pactesur et d’exporter à nouveau.</translation>
    </message>
    <message>
        <source>The package %1 is not signed and sealed (package format 2 or older); this version reads signed packages only (format 3). Ask the sender to update Pactesur and export again.</source>
        <translation>Le paquet %1 n’est ni signé ni scellé (format de paquet 2 ou antérieur) ; cette version ne lit que les paquets signés (format 3). Demandez à l’expéditeur de mettre Pactesur à jour et d’exporter à nouveau.</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder for the package.</source>
        <translation>Impossible de créer un dossier temporaire privé pour le paquet.</translation>
    </message>
    <message>
        <source>its manifest names another sender than the key that signed it.</source>
        <translation>son manifeste nomme un autre expéditeur que la clé qui l’a signé.</translation>
    </message>
    <message>
        <source>its manifest holds more entries than a package can.</source>
        <translation>son manifeste contient plus d’entrées qu’un paquet ne peut en avoir.</translation>
    </message>
    <message>
        <source>its manifest has a key longer than allowed.</source>
        <translation>son manifeste contient une clé plus longue que permis.</translation>
    </message>
    <message>
        <source>its manifest holds a value longer than allowed (%1).</source>
        <translation>son manifeste contient une valeur plus longue que permis (%1).</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Le paquet %1 n’a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>pactesur::PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <source>Remove the selected city's participation</source>
        <translation>Retirer la participation de la ville sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected city's participation (Del)</source>
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
    <name>pactesur::ParticipationReport</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>pactesur::PeerDirectory</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>You (this database)</source>
        <translation>Vous (cette base de données)</translation>
    </message>
    <message>
        <source>Founding data</source>
        <translation>Données de base</translation>
    </message>
    <message>
        <source>Another partner (%1)</source>
        <translation>Autre partenaire (%1)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Liaison of an unknown city</source>
        <translation>Référent d’une ville inconnue</translation>
    </message>
    <message>
        <source>Liaison of %1</source>
        <translation>Référent pour %1</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationContent</name>
    <message>
        <source>reading the practice sheets</source>
        <translation>lecture des fiches de pratique</translation>
    </message>
    <message>
        <source>Other practices</source>
        <translation>Autres pratiques</translation>
    </message>
    <message>
        <source>%1 – %2, ongoing</source>
        <translation>%1 – %2, en cours</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1, ongoing</source>
        <translation>Depuis le %1, en cours</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>pactesur::PublicationReport</name>
    <message>
        <source>Practices for safer public spaces</source>
        <translation>Pratiques pour des espaces publics plus sûrs</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n practice sheet(s)</source>
        <translation>
            <numerusform>%n fiche de pratique</numerusform>
            <numerusform>%n fiches de pratique</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pactesur · booklet prepared on %1</source>
        <translation>Pactesur · livret établi le %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Practice sheets of the partner cities</source>
        <translation>Fiches de pratique des villes partenaires</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Practice sheets</source>
        <translation>Fiches de pratique</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in English where a translation is ready, otherwise in its original language.</source>
        <translation>Ce livret rassemble les fiches de pratique que les villes partenaires de %1 ont rédigées et que le coordinateur a validées pour publication. Chacune est donnée en anglais si une traduction est prête, sinon dans sa langue d’origine.</translation>
    </message>
    <message>
        <source>This booklet gathers the practice sheets that the partner cities of %1 wrote and the coordinator validated for publication. Each is given in %2 where a translation is ready, otherwise in English or in its original language.</source>
        <translation>Ce livret rassemble les fiches de pratique que les villes partenaires de %1 ont rédigées et que le coordinateur a validées pour publication. Chacune est donnée dans la langue du livret (%2) si une traduction est prête, sinon en anglais ou dans sa langue d’origine.</translation>
    </message>
    <message>
        <source>No practice sheet is validated and public yet.</source>
        <translation>Aucune fiche de pratique n’est encore validée et publique.</translation>
    </message>
    <message>
        <source>This practice is not yet available in %1; it is given in %2.</source>
        <translation>Cette pratique n’est pas encore disponible dans la langue du livret (%1) ; elle est présentée dans sa version : %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Available in</source>
        <translation>Langues disponibles</translation>
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
        <translation>Dernière modification : %1</translation>
    </message>
    <message>
        <source>Select a record to see all its details.</source>
        <translation>Sélectionnez un enregistrement pour afficher tous ses détails.</translation>
    </message>
    <message>
        <source>Activities hosted: %1</source>
        <translation>Activités accueillies : %1</translation>
    </message>
    <message>
        <source>Practice sheets: %1</source>
        <translation>Fiches de pratique : %1</translation>
    </message>
    <message>
        <source>Working groups as member: %1</source>
        <translation>Groupes de travail (membre) : %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contacts : %1</translation>
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
        <translation>Nouvel enregistrement : %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Modifier l’enregistrement : %1</translation>
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
        <source>No working groups yet. The project's working groups, with their theme and lead city, are listed here once they are recorded.</source>
        <translation>Aucun groupe de travail pour l’instant. Les groupes de travail du projet, avec leur thème et leur ville chef de file, apparaissent ici dès qu’ils sont enregistrés.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>No activities yet. Meetings, trainings, exchanges and the project's other activities are listed here once they are recorded.</source>
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
        <translation>Filtrer : %1</translation>
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
        <source>Erase the selected contact's personal data</source>
        <translation>Effacer les données personnelles du contact sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Supprimer l’enregistrement sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Erase the contact “%1”? Erasing removes the personal data for good, here and at every partner; it cannot be undone.</source>
        <translation>Effacer le contact « %1 » ? L’effacement supprime définitivement les données personnelles, ici et chez tous les partenaires ; il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit &gt; Undo.</source>
        <translation>Supprimer « %1 » ? Vous pourrez le rétablir avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every record of this list again</source>
        <translation>Afficher à nouveau tous les enregistrements de cette liste</translation>
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
        <translation>Aucun enregistrement de type « %1 » n’a l’identifiant %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large: attachments are limited to %2 MB.</source>
        <translation>Le fichier %1 est trop volumineux : les pièces jointes sont limitées à %2 Mo.</translation>
    </message>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle : coordinateur ou référent d’une ville.</translation>
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
        <translation>« %1 » n’est pas un champ du type %2 ; les champs disponibles sont : %3.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Thème « %1 » inconnu.</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record exists; create a new record instead.</source>
        <translation>Le champ %1 ne peut plus être modifié une fois l’enregistrement créé ; créez plutôt un nouvel enregistrement.</translation>
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
        <translation>Aucun enregistrement de type « %1 » ne correspond à « %2 ».</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2; give more of the id.</source>
        <translation>« %1 » correspond à plusieurs enregistrements de type « %2 » ; saisissez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <source>No conflict matches “%1”.</source>
        <translation>Aucun conflit ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>L’enregistrement concerné par ce conflit n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” matches more than one value; give more of it.</source>
        <translation>« %1 » correspond à plusieurs valeurs ; saisissez-en une plus grande partie.</translation>
    </message>
    <message>
        <source>No value of this conflict matches “%1”.</source>
        <translation>Aucune valeur de ce conflit ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>An erased contact cannot be brought back: its personal data is gone.</source>
        <translation>Un contact effacé ne peut pas être rétabli : ses données personnelles ont disparu.</translation>
    </message>
    <message>
        <source>The file %1 is of a type Pactesur does not keep (%2). Attach documents, spreadsheets, presentations, PDF files, images or text.</source>
        <translation>Le fichier %1 est d’un type que Pactesur ne conserve pas (%2). Joignez des documents, feuilles de calcul, présentations, fichiers PDF, images ou textes.</translation>
    </message>
    <message>
        <source>“%1” is required (%2).</source>
        <translation>« %1 » est obligatoire (%2).</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can delete it now.</source>
        <translation>Cette fiche de pratique est %1 : seul le coordinateur peut désormais la supprimer.</translation>
    </message>
    <message>
        <source>As the liaison of %1 you cannot hand this record over to another city.</source>
        <translation>En tant que référent pour %1, vous ne pouvez pas céder cet enregistrement à une autre ville.</translation>
    </message>
    <message>
        <source>Only the coordinator reviews practice sheets.</source>
        <translation>Seul le coordinateur relit les fiches de pratique.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>lecture d’un enregistrement</translation>
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
        <translation>Rôle « %1 » inconnu : les rôles possibles sont coordinator et liaison.</translation>
    </message>
    <message>
        <source>Unknown city “%1”.</source>
        <translation>Ville « %1 » inconnue.</translation>
    </message>
    <message>
        <source>This database is already set up for the role “%1”; its records carry that stamp, so the role cannot change. Create a new database for another role.</source>
        <translation>Cette base de données est déjà configurée pour le rôle « %1 » ; ses enregistrements portent cette marque, le rôle ne peut donc plus changer. Créez une nouvelle base de données pour un autre rôle.</translation>
    </message>
    <message>
        <source>Invalid replica id “%1”.</source>
        <translation>Identifiant de réplique « %1 » non valide.</translation>
    </message>
    <message>
        <source>saving the role</source>
        <translation>enregistrement du rôle</translation>
    </message>
    <message>
        <source>stamping a change</source>
        <translation>marquage d’une modification</translation>
    </message>
    <message>
        <source>reading this database's role</source>
        <translation>lecture du rôle de cette base de données</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCatalog</name>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Participation table</source>
        <translation>Tableau de participation</translation>
    </message>
    <message>
        <source>Calendar of activities</source>
        <translation>Calendrier des activités</translation>
    </message>
    <message>
        <source>Booklet of practices</source>
        <translation>Livret des pratiques</translation>
    </message>
    <message>
        <source>List of practice sheets</source>
        <translation>Liste des fiches de pratique</translation>
    </message>
    <message>
        <source>Key figures and the activities of a period, per city and per theme.</source>
        <translation>Chiffres clés et activités d’une période, par ville et par thème.</translation>
    </message>
    <message>
        <source>Participants per activity and city, without any personal data.</source>
        <translation>Participants par activité et par ville, sans aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>The activities of a period as events for any calendar app.</source>
        <translation>Les activités d’une période sous forme d’événements pour toute application d’agenda.</translation>
    </message>
    <message>
        <source>The validated public practice sheets by theme, in one language.</source>
        <translation>Les fiches de pratique publiques validées, par thème, dans une langue.</translation>
    </message>
    <message>
        <source>Every practice sheet with its city, language, status and themes.</source>
        <translation>Chaque fiche de pratique avec sa ville, sa langue, son statut et ses thèmes.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Fichier d’agenda (iCalendar)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCommands</name>
    <message>
        <source>one practice sheet</source>
        <translation>une fiche de pratique</translation>
    </message>
    <message>
        <source>activities of a period, per city and per theme</source>
        <translation>activités d’une période, par ville et par thème</translation>
    </message>
    <message>
        <source>participation per activity and city, without personal data</source>
        <translation>participation par activité et par ville, sans données personnelles</translation>
    </message>
    <message>
        <source>activities as an iCalendar file for calendar apps</source>
        <translation>activités sous forme de fichier iCalendar pour les applications d’agenda</translation>
    </message>
    <message>
        <source>booklet of the validated public practice sheets, by theme</source>
        <translation>livret des fiches de pratique publiques validées, par thème</translation>
    </message>
    <message>
        <source>list of the practice sheets</source>
        <translation>liste des fiches de pratique</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 attend une date au format AAAA-MM-JJ, et non « %2 ».</translation>
    </message>
    <message>
        <source>The %1 report covers no period: leave out --from and --to.</source>
        <translation>Le rapport %1 ne porte sur aucune période : omettez --from et --to.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>There is no language “%1”; the languages are: %2.</source>
        <translation>La langue « %1 » n’existe pas ; les langues disponibles sont : %2.</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Rapport « %1 » inconnu ; les rapports disponibles sont : %2.</translation>
    </message>
    <message>
        <source>The %1 report is written as %2, not “%3”.</source>
        <translation>Le rapport %1 s’écrit au format %2, et non « %3 ».</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportCover</name>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Cofinancé par l’Union européenne</translation>
    </message>
    <message>
        <source>Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Commission. Neither the European Union nor the granting authority can be held responsible for them.</source>
        <translation>Les points de vue et avis exprimés n’engagent toutefois que leur(s) auteur(s) et ne reflètent pas nécessairement ceux de l’Union européenne ou de la Commission européenne. Ni l’Union européenne ni l’autorité chargée de l’octroi ne peuvent en être tenues pour responsables.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Impossible d’écrire le rapport dans %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Impossible d’écrire le rapport dans %1.</translation>
    </message>
    <message>
        <source>Cannot make sure the report %1 was saved.</source>
        <translation>Impossible de vérifier que le rapport %1 a bien été enregistré.</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>This report is written as %1, not “%2”.</source>
        <translation>Ce rapport s’écrit au format %1, et non « %2 ».</translation>
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
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
</context>
<context>
    <name>pactesur::ReportsDialog</name>
    <message>
        <source>Save the Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Choose a report, then save it to a file.</source>
        <translation>Choisissez un rapport, puis enregistrez-le dans un fichier.</translation>
    </message>
    <message>
        <source>Writing the report… Cancel stops it; no file is left behind.</source>
        <translation>Écriture du rapport… Annuler l’interrompt ; aucun fichier n’est laissé sur le disque.</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Le rapport est enregistré sous :
%1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
</context>
<context>
    <name>pactesur::ResolveConflictCommand</name>
    <message>
        <source>This conflict was resolved in the meantime.</source>
        <translation>Ce conflit a été résolu entre-temps.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists.</source>
        <translation>L’enregistrement concerné par ce conflit n’existe plus.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1” of “%2”</source>
        <translation>Résolution du conflit sur « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>%1 (already sent)</source>
        <translation>%1 (déjà envoyée)</translation>
    </message>
    <message>
        <source>This conflict resolution was already sent in a package, so it can no longer be undone. To change the value again, edit the record.</source>
        <translation>Cette résolution de conflit a déjà été envoyée dans un paquet ; elle ne peut donc plus être annulée. Pour modifier à nouveau la valeur, modifiez l’enregistrement.</translation>
    </message>
    <message>
        <source>The conflict was already sent in a package as it was, so this resolution cannot be redone. Resolve it again in the Conflicts inbox.</source>
        <translation>Le conflit a déjà été envoyé tel quel dans un paquet ; cette résolution ne peut donc pas être rétablie. Résolvez-le à nouveau dans la liste des conflits.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was resolved (by an import or an edit), so this step cannot be replayed.</source>
        <translation>L’enregistrement a changé depuis la résolution du conflit (par une importation ou une modification) ; cette étape ne peut donc pas être rejouée.</translation>
    </message>
</context>
<context>
    <name>pactesur::RestoreBackupCommand</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restauration de la sauvegarde du %1</translation>
    </message>
</context>
<context>
    <name>pactesur::RichTextField</name>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Adresse web ou e-mail (https://…, mailto:…) :</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail (mailto) addresses can be linked.</source>
        <translation>Seules les adresses web (http, https) et e-mail (mailto) peuvent servir de lien.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Gras (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Italique (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Make the selection a link to a web or e-mail address (%1)</source>
        <translation>Transformer la sélection en lien vers une adresse web ou e-mail (%1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Show an image attached to this sheet inside the text</source>
        <translation>Afficher dans le texte une image jointe à cette fiche</translation>
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
        <translation>Quel est votre rôle dans le projet ?</translation>
    </message>
    <message>
        <source>This is asked once for this database: the records you write are stamped with your role, so it cannot be changed later.</source>
        <translation>Cette question n’est posée qu’une fois pour cette base de données : les enregistrements que vous créez portent la marque de votre rôle, qui ne pourra donc plus être modifié.</translation>
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
        <translation>&amp;Ville :</translation>
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
    <name>pactesur::Roster</name>
    <message>
        <source>This database has no role yet. Choose one first: coordinator, or liaison of a city.</source>
        <translation>Aucun rôle n’est encore attribué à cette base de données. Choisissez d’abord un rôle : coordinateur ou référent d’une ville.</translation>
    </message>
    <message>
        <source>This is this database's own card.</source>
        <translation>C’est la carte de cette base de données elle-même.</translation>
    </message>
    <message>
        <source>A city liaison enrols the coordinator's card only; the other cities come with the coordinator's roster.</source>
        <translation>Un référent de ville n’inscrit que la carte du coordinateur ; les autres villes arrivent avec le registre du coordinateur.</translation>
    </message>
    <message>
        <source>The card names a city this database does not know.</source>
        <translation>La carte nomme une ville que cette base de données ne connaît pas.</translation>
    </message>
    <message>
        <source>The keys of this replica were revoked; they cannot be enrolled again.</source>
        <translation>Les clés de cette réplique ont été révoquées ; elles ne peuvent plus être inscrites.</translation>
    </message>
    <message>
        <source>This card carries other keys than the ones enrolled for the same replica: a changed key is never trusted. If the keys really changed, revoke the old ones and set up a new database.</source>
        <translation>Cette carte porte d’autres clés que celles inscrites pour la même réplique : une clé modifiée n’est jamais acceptée. Si les clés ont vraiment changé, révoquez les anciennes et créez une nouvelle base de données.</translation>
    </message>
    <message>
        <source>This card says its replica writes for someone else than this database knows.</source>
        <translation>Cette carte affirme que sa réplique écrit pour un autre titulaire que celui que connaît cette base de données.</translation>
    </message>
    <message>
        <source>The card's fingerprint is %1, not the one you were given: it was not enrolled.</source>
        <translation>L’empreinte de la carte est %1, et non celle qu’on vous a donnée : la carte n’a pas été inscrite.</translation>
    </message>
    <message>
        <source>Only the coordinator revokes keys.</source>
        <translation>Seul le coordinateur révoque des clés.</translation>
    </message>
    <message>
        <source>No single enrolled replica matches “%1”.</source>
        <translation>Aucune réplique inscrite ne correspond de façon unique à « %1 ».</translation>
    </message>
    <message>
        <source>The coordinator cannot revoke its own keys.</source>
        <translation>Le coordinateur ne peut pas révoquer ses propres clés.</translation>
    </message>
    <message>
        <source>The roster in the package is malformed.</source>
        <translation>Le registre contenu dans le paquet est mal formé.</translation>
    </message>
    <message>
        <source>The coordinator's roster gives replica %1 other keys than the ones enrolled here; nothing was changed.</source>
        <translation>Le registre du coordinateur attribue à la réplique %1 d’autres clés que celles inscrites ici ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>pactesur::SealedPackage</name>
    <message>
        <source>The package cannot be written to %1.</source>
        <translation>Le paquet ne peut pas être écrit dans %1.</translation>
    </message>
    <message>
        <source>The package has too many recipients.</source>
        <translation>Le paquet a trop de destinataires.</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Le paquet %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>it is damaged or was changed after it was signed.</source>
        <translation>il est endommagé ou a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read.</source>
        <translation>Le paquet %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>it is larger than a package can be.</source>
        <translation>il est plus volumineux qu’un paquet ne peut l’être.</translation>
    </message>
    <message>
        <source>it is not a Pactesur package.</source>
        <translation>ce n’est pas un paquet Pactesur.</translation>
    </message>
    <message>
        <source>it was made in another package format (%1; this version reads format %2).</source>
        <translation>il a été créé dans un autre format de paquet (%1 ; cette version lit le format %2).</translation>
    </message>
    <message>
        <source>it is signed by a replica this database has not enrolled (replica %1, key %2). Enrol its card after comparing the fingerprint.</source>
        <translation>il est signé par une réplique que cette base de données n’a pas inscrite (réplique %1, clé %2). Inscrivez sa carte après avoir comparé l’empreinte.</translation>
    </message>
    <message>
        <source>it is signed by revoked keys (%1).</source>
        <translation>il est signé par des clés révoquées (%1).</translation>
    </message>
    <message>
        <source>it is not addressed to this database.</source>
        <translation>il n’est pas destiné à cette base de données.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened here.</source>
        <translation>Le paquet %1 ne peut pas être ouvert ici.</translation>
    </message>
</context>
<context>
    <name>pactesur::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
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
        <translation>Saisissez un mot ou son début ; tous les mots doivent correspondre.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”.</source>
        <translation>
            <numerusform>%n résultat pour « %1 ».</numerusform>
            <numerusform>%n résultats pour « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cities, organisations, working groups, activities, sheets, resources and contacts</source>
        <translation>Rechercher des villes, organisations, groupes de travail, activités, fiches, ressources et contacts</translation>
    </message>
</context>
<context>
    <name>pactesur::Seeder</name>
    <message>
        <source>The built-in data could not be loaded (%1 “%2”): %3</source>
        <translation>Impossible de charger les données intégrées (%1 « %2 ») : %3</translation>
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
        <translation>Ajout : %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification : %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression : %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAttachments</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Impossible de lire le fichier %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an image; it was added to the attachments.</source>
        <translation>%1 n’est pas une image ; le fichier a été ajouté aux pièces jointes.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read back.</source>
        <translation>Impossible de relire la pièce jointe %1.</translation>
    </message>
    <message>
        <source>Add an Image from a File…</source>
        <translation>Ajouter une image à partir d’un fichier…</translation>
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
        <translation>Pièces jointes de cette fiche</translation>
    </message>
    <message>
        <source>No attachments yet. Photos, reports or leaflets help other cities picture the practice.</source>
        <translation>Aucune pièce jointe pour l’instant. Des photos, rapports ou dépliants aident les autres villes à se représenter la pratique.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Add a file to this sheet</source>
        <translation>Ajouter un fichier à cette fiche</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Afficher dans le texte</translation>
    </message>
    <message>
        <source>Show the selected image inside the text box you last wrote in</source>
        <translation>Afficher l’image sélectionnée dans la dernière zone de texte où vous avez écrit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this sheet</source>
        <translation>Retirer la pièce jointe sélectionnée de cette fiche</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetAutosaver</name>
    <message>
        <source>This practice sheet was deleted; its changes cannot be stored.</source>
        <translation>Cette fiche de pratique a été supprimée ; ses modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification : %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetContent</name>
    <message>
        <source>No practice sheet matches “%1”.</source>
        <translation>Aucune fiche de pratique ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditor</name>
    <message>
        <source>This practice sheet was deleted. Close this window; Edit &gt; Undo in the main window brings it back.</source>
        <translation>Cette fiche de pratique a été supprimée. Fermez cette fenêtre ; Édition &gt; Annuler dans la fenêtre principale permet de la rétablir.</translation>
    </message>
    <message>
        <source>Some changes are not saved: see the fields marked in red</source>
        <translation>Certaines modifications ne sont pas enregistrées : voir les champs signalés en rouge</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>All changes saved · %1</source>
        <translation>Toutes les modifications sont enregistrées · %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Les modifications sont enregistrées au fur et à mesure de la saisie</translation>
    </message>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Fiche de pratique sans titre</translation>
    </message>
    <message>
        <source>%1 — Practice sheet</source>
        <translation>%1 — Fiche de pratique</translation>
    </message>
    <message>
        <source>Some changes could not be saved; correct the fields marked in red first.</source>
        <translation>Certaines modifications n’ont pas pu être enregistrées ; corrigez d’abord les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Before submitting, fill in: %1. The checklist on the left takes you to each of them.</source>
        <translation>Avant de soumettre la fiche, remplissez : %1. La liste de contrôle à gauche vous mène à chacun de ces champs.</translation>
    </message>
    <message>
        <source>Publish “%1”? Published sheets are part of the project's practice collection for every partner to read.</source>
        <translation>Publier « %1 » ? Les fiches publiées font partie de la collection de pratiques du projet, que tous les partenaires peuvent lire.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>These fields could not be saved: %1. Close anyway and lose what was typed in them?</source>
        <translation>Ces champs n’ont pas pu être enregistrés : %1. Fermer quand même et perdre ce qui y a été saisi ?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Fermer quand même</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorHeader</name>
    <message>
        <source>Sheet title</source>
        <translation>Titre de la fiche</translation>
    </message>
    <message>
        <source>City, language and sensitivity of the sheet</source>
        <translation>Ville, langue et sensibilité de la fiche</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Ce qui a été récupéré</translation>
    </message>
    <message>
        <source>Why this sheet is read-only</source>
        <translation>Pourquoi cette fiche est en lecture seule</translation>
    </message>
    <message>
        <source>Review workflow message</source>
        <translation>Message du circuit de relecture</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de relecture</translation>
    </message>
    <message>
        <source>Note on the Sheet…</source>
        <translation>Note sur la fiche…</translation>
    </message>
    <message>
        <source>Write the city a review note on the sheet as a whole</source>
        <translation>Écrire à la ville une note de relecture sur l’ensemble de la fiche</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorState</name>
    <message>
        <source>This database is open read-only: the sheet can be read and exported, not changed.</source>
        <translation>Cette base de données est ouverte en lecture seule : la fiche peut être lue et exportée, mais pas modifiée.</translation>
    </message>
    <message>
        <source>Choose your role (coordinator or city liaison) before writing practice sheets.</source>
        <translation>Choisissez votre rôle (coordinateur ou référent de la ville) avant de rédiger des fiches de pratique.</translation>
    </message>
    <message>
        <source>This sheet belongs to %1. Only the liaison of %1 and the coordinator can change it; you can read and export it.</source>
        <translation>Cette fiche appartient à %1. Seuls le référent pour %1 et le coordinateur peuvent la modifier ; vous pouvez la lire et l’exporter.</translation>
    </message>
    <message>
        <source>Submitted for review: the coordinator is reading it. To change something, withdraw it first; it goes back to draft.</source>
        <translation>Soumise pour relecture : le coordinateur est en train de la lire. Pour la modifier, retirez d’abord la soumission ; la fiche repasse en brouillon.</translation>
    </message>
    <message>
        <source>This sheet is %1: only the coordinator can change it now. Ask them to request changes if something must be corrected.</source>
        <translation>Cette fiche est %1 : seul le coordinateur peut désormais la modifier. Si une correction est nécessaire, demandez-lui de vous la renvoyer avec une demande de modifications.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modifiée le %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the facts under a sheet's title: city, language, sensitivity, date.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>The coordinator asked for changes; their note is shown above the form.</source>
        <translation>Le coordinateur a demandé des modifications ; sa note est affichée au-dessus du formulaire.</translation>
    </message>
    <message>
        <source>The coordinator asked for changes. Their notes are beside the fields concerned: %1.</source>
        <translation>Le coordinateur a demandé des modifications. Ses notes figurent à côté des champs concernés : %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetEditorToolbar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Undo the last stored change of this sheet</source>
        <translation>Annuler la dernière modification enregistrée de cette fiche</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Refaire (%1)</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Refaire la dernière modification annulée</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Traduire…</translation>
    </message>
    <message>
        <source>Make a linked copy of this sheet in another language, shown beside its source</source>
        <translation>Créer une copie liée de cette fiche dans une autre langue, affichée à côté de sa source</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export this sheet as PDF or HTML, or print it</source>
        <translation>Exporter cette fiche au format PDF ou HTML, ou l’imprimer</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporter au format &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter au format &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetExport</name>
    <message>
        <source>Practice sheet</source>
        <translation>Fiche de pratique</translation>
    </message>
    <message>
        <source>Export Practice Sheet as PDF</source>
        <translation>Exporter la fiche de pratique au format PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Practice Sheet as HTML</source>
        <translation>Exporter la fiche de pratique au format HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Print Practice Sheet</source>
        <translation>Imprimer la fiche de pratique</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldInput</name>
    <message>
        <source>None recorded yet.</source>
        <translation>Aucun élément enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours en cours</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFieldRow</name>
    <message>
        <source>Required to submit</source>
        <translation>Obligatoire pour soumettre la fiche</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Write a review note on this field for the city</source>
        <translation>Écrire à la ville une note de relecture sur ce champ</translation>
    </message>
    <message>
        <source>Review note on %1</source>
        <translation>Note de relecture : %1</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>Caption of the source text shown beside a translated field; %1 is a language.</extracomment>
        <translation>Source (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <extracomment>Caption of a translated field, beside its source; %1 is a language.</extracomment>
        <translation>Traduction (%1)</translation>
    </message>
    <message>
        <source>%1 in the source sheet</source>
        <translation>%1 dans la fiche source</translation>
    </message>
    <message>
        <source>The source changed this field since the translation was last brought up to date.</source>
        <translation>La source a modifié ce champ depuis la dernière mise à jour de la traduction.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetForm</name>
    <message>
        <source>Practice sheet form</source>
        <translation>Formulaire de la fiche de pratique</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetFormSpec</name>
    <message>
        <source>Identity</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>What the practice is called, whose it is, when it ran and who may read it.</source>
        <translation>Le nom de la pratique, la ville dont elle relève, sa période de mise en œuvre et qui peut la lire.</translation>
    </message>
    <message>
        <source>Context and objectives</source>
        <translation>Contexte et objectifs</translation>
    </message>
    <message>
        <source>Why the practice was needed and what it set out to achieve.</source>
        <translation>Pourquoi la pratique était nécessaire et ce qu’elle visait à accomplir.</translation>
    </message>
    <message>
        <source>Actions and partners</source>
        <translation>Actions et partenaires</translation>
    </message>
    <message>
        <source>What was done, with whom, and what it cost.</source>
        <translation>Ce qui a été fait, avec qui, et pour quel coût.</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Résultats et évaluation</translation>
    </message>
    <message>
        <source>What changed, and how you know.</source>
        <translation>Ce qui a changé, et comment vous le savez.</translation>
    </message>
    <message>
        <source>Transferability and lessons</source>
        <translation>Transférabilité et enseignements</translation>
    </message>
    <message>
        <source>What another city needs to know to do the same, failures included.</source>
        <translation>Ce qu’une autre ville doit savoir pour faire de même, échecs compris.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>The person partners can ask about this practice.</source>
        <translation>La personne que les partenaires peuvent interroger sur cette pratique.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Photos, reports and other files; images can also be shown inside a text.</source>
        <translation>Photos, rapports et autres fichiers ; les images peuvent aussi être affichées dans un texte.</translation>
    </message>
    <message>
        <source>A short name that says what the practice does, e.g. “Night-time mediation in the old town”</source>
        <translation>Un nom court qui dit ce que fait la pratique, par ex. « Médiation nocturne dans la vieille ville »</translation>
    </message>
    <message>
        <source>Three or four sentences for a busy reader: what was done, where, for whom, and with what result.</source>
        <translation>Trois ou quatre phrases pour un lecteur pressé : ce qui a été fait, où, pour qui, et avec quel résultat.</translation>
    </message>
    <message>
        <source>The local situation that called for this practice: the problem, where and when it occurs, who is affected. Figures help.</source>
        <translation>La situation locale qui a rendu cette pratique nécessaire : le problème, où et quand il se pose, qui est concerné. Des chiffres sont utiles.</translation>
    </message>
    <message>
        <source>What the practice set out to change. One objective per list item, measurable where possible.</source>
        <translation>Ce que la pratique visait à changer. Un objectif par élément de liste, mesurable si possible.</translation>
    </message>
    <message>
        <source>Who the practice is for and who it reaches: residents, young people, night-time economy staff, officers…</source>
        <translation>À qui s’adresse la pratique et qui elle touche : habitants, jeunes, personnel de l’économie nocturne, policiers…</translation>
    </message>
    <message>
        <source>What was done, step by step: activities, staff involved, timing, tools and methods.</source>
        <translation>Ce qui a été fait, étape par étape : activités, personnel impliqué, calendrier, outils et méthodes.</translation>
    </message>
    <message>
        <source>Who took part and what each contributed: police services, city departments, associations, businesses, residents.</source>
        <translation>Qui a participé et quel a été l’apport de chacun : services de police, services municipaux, associations, entreprises, habitants.</translation>
    </message>
    <message>
        <source>Approximate cost and who paid: city budget, national or EU funding, in-kind contributions.</source>
        <translation>Coût approximatif et qui l’a financé : budget municipal, financement national ou européen, contributions en nature.</translation>
    </message>
    <message>
        <source>What changed, with indicators: figures before and after, outputs, feedback from residents or partners.</source>
        <translation>Ce qui a changé, avec des indicateurs : chiffres avant et après, réalisations, retours des habitants ou des partenaires.</translation>
    </message>
    <message>
        <source>How the results were assessed, by whom, and what the evaluation concluded.</source>
        <translation>Comment les résultats ont été évalués, par qui, et quelles ont été les conclusions de l’évaluation.</translation>
    </message>
    <message>
        <source>What another city would need to do the same: conditions for success, resources, what can be adapted.</source>
        <translation>Ce dont une autre ville aurait besoin pour faire de même : conditions de réussite, ressources, éléments adaptables.</translation>
    </message>
    <message>
        <source>What you would do differently, what surprised you, advice for a city starting out. Failures are welcome.</source>
        <translation>Ce que vous feriez différemment, ce qui vous a surpris, des conseils pour une ville qui se lance. Les échecs sont les bienvenus.</translation>
    </message>
    <message>
        <source>Tick the project themes the practice contributes to.</source>
        <translation>Cochez les thèmes du projet auxquels la pratique contribue.</translation>
    </message>
    <message>
        <source>The working groups that should read this sheet.</source>
        <translation>Les groupes de travail qui devraient lire cette fiche.</translation>
    </message>
    <message>
        <source>Public sheets may appear in the project's publication; “Partners only” stays within the partnership; “Police restricted” is shared with police services only.</source>
        <translation>Les fiches publiques peuvent figurer dans la publication du projet ; « Partenaires uniquement » reste au sein du partenariat ; « Réservé à la police » n’est partagé qu’avec les services de police.</translation>
    </message>
    <message>
        <source>Choose a contact of your city; add them under Contacts first if they are missing.</source>
        <translation>Choisissez un contact de votre ville ; s’il n’y figure pas, ajoutez-le d’abord dans Contacts.</translation>
    </message>
    <message>
        <source>The language this sheet is written in.</source>
        <translation>La langue dans laquelle cette fiche est rédigée.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetListActions</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Start a new draft sheet from a copy of the selected one</source>
        <translation>Créer un nouveau brouillon de fiche à partir d’une copie de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Traduire…</translation>
    </message>
    <message>
        <source>Make a linked translation of the selected sheet</source>
        <translation>Créer une traduction liée de la fiche sélectionnée</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNavigator</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sections of the sheet</source>
        <translation>Sections de la fiche</translation>
    </message>
    <message>
        <source>Required fields filled</source>
        <translation>Champs obligatoires remplis</translation>
    </message>
    <message>
        <source>Required fields still empty</source>
        <translation>Champs obligatoires encore vides</translation>
    </message>
    <message>
        <source>Required to submit: %1 of %2</source>
        <translation>Obligatoires pour soumettre : %1 sur %2</translation>
    </message>
    <message>
        <source>Fields required to submit</source>
        <translation>Champs obligatoires pour soumettre la fiche</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Status history of the sheet</source>
        <translation>Historique des statuts de la fiche</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status change: when, then who (a city's name or "Coordinator").</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Pas encore soumise</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetNoteBox</name>
    <message>
        <source>Coordinator's note on the whole sheet</source>
        <translation>Note du coordinateur sur l’ensemble de la fiche</translation>
    </message>
    <message>
        <source>Coordinator's note</source>
        <translation>Note du coordinateur</translation>
    </message>
    <message>
        <source>What the city should look at first, or why the sheet is not ready yet</source>
        <translation>Ce que la ville doit examiner en priorité, ou pourquoi la fiche n’est pas encore prête</translation>
    </message>
    <message>
        <source>What to change or complete in this field</source>
        <translation>Ce qu’il faut modifier ou compléter dans ce champ</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetRenderer</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Fiche de pratique sans titre</translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation>Partenaires uniquement</translation>
    </message>
    <message>
        <source>Restricted — police only</source>
        <translation>Diffusion restreinte — réservé à la police</translation>
    </message>
    <message>
        <source>Pactesur · practice sheet printed on %1</source>
        <translation>Pactesur · fiche de pratique imprimée le %1</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Fiche de pratique</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslationPane</name>
    <message>
        <source>Open Source</source>
        <translation>Ouvrir la source</translation>
    </message>
    <message>
        <source>Open the source sheet</source>
        <translation>Ouvrir la fiche source</translation>
    </message>
    <message>
        <source>Mark as Up to Date</source>
        <translation>Marquer comme à jour</translation>
    </message>
    <message>
        <source>Say that this translation now follows the source as it is</source>
        <translation>Indiquer que cette traduction correspond désormais à la source dans son état actuel</translation>
    </message>
    <message>
        <source>The source of this translation is no longer available.</source>
        <translation>La source de cette traduction n’est plus disponible.</translation>
    </message>
    <message>
        <source>Translation of “%1” (%2). The source is shown beside each field.</source>
        <translation>Traduction de « %1 » (%2). La source est affichée à côté de chaque champ.</translation>
    </message>
    <message>
        <source>%1 The source has changed since: %2 (highlighted below).</source>
        <translation>%1 Depuis, la source a changé : %2 (mis en évidence ci-dessous).</translation>
    </message>
    <message>
        <source>Translations of this sheet:</source>
        <translation>Traductions de cette fiche :</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (pas à jour)</translation>
    </message>
    <message>
        <source>Open the %1 translation</source>
        <translation>Ouvrir la traduction (%1)</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetTranslations</name>
    <message>
        <source>No practice sheet has the id %1.</source>
        <translation>Aucune fiche de pratique n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>This sheet is itself a translation: translate its original instead.</source>
        <translation>Cette fiche est elle-même une traduction : traduisez plutôt l’original.</translation>
    </message>
    <message>
        <source>The sheet is already written in this language.</source>
        <translation>La fiche est déjà rédigée dans cette langue.</translation>
    </message>
    <message>
        <source>A translation into this language already exists.</source>
        <translation>Une traduction dans cette langue existe déjà.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWindows</name>
    <message>
        <source>Untitled practice sheet</source>
        <translation>Fiche de pratique sans titre</translation>
    </message>
    <message>
        <source>Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed in it since it was opened, except perhaps in the last few seconds before it stopped. The sheet is open again.</source>
        <translation>Pactesur s’est arrêté de manière inattendue alors que la fiche « %1 » était ouverte. Rien n’y avait été modifié depuis son ouverture, sauf peut-être dans les dernières secondes avant l’arrêt. La fiche est de nouveau ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is kept (%3); at most the last %n second(s) of typing before Pactesur stopped may be missing. The sheet is open again so you can check it.</source>
        <translation>
            <numerusform>Pactesur s’est arrêté de manière inattendue alors que la fiche « %1 » était ouverte. Tout ce qui a été saisi jusqu’à %2 est conservé (%3) ; seule la dernière %n seconde de saisie avant l’arrêt de Pactesur peut manquer. La fiche est de nouveau ouverte pour que vous puissiez la vérifier.</numerusform>
            <numerusform>Pactesur s’est arrêté de manière inattendue alors que la fiche « %1 » était ouverte. Tout ce qui a été saisi jusqu’à %2 est conservé (%3) ; au plus les %n dernières secondes de saisie avant l’arrêt de Pactesur peuvent manquer. La fiche est de nouveau ouverte pour que vous puissiez la vérifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflow</name>
    <message>
        <source>Only the coordinator writes review notes.</source>
        <translation>Seul le coordinateur rédige des notes de relecture.</translation>
    </message>
    <message>
        <source>Only the coordinator can set a practice sheet to “%1”.</source>
        <translation>Seul le coordinateur peut faire passer une fiche de pratique au statut « %1 ».</translation>
    </message>
    <message>
        <source>This practice sheet is waiting for review. Withdraw it to draft before changing it.</source>
        <translation>Cette fiche de pratique est en attente de relecture. Retirez la soumission pour la repasser en brouillon avant de la modifier.</translation>
    </message>
    <message>
        <source>This practice sheet is %1: only the coordinator can change it now. Ask them to request changes.</source>
        <translation>Cette fiche de pratique est %1 : seul le coordinateur peut désormais la modifier. Demandez-lui de vous la renvoyer avec une demande de modifications.</translation>
    </message>
    <message>
        <source>This practice sheet cannot be submitted yet: fill in %1 first.</source>
        <translation>Cette fiche de pratique ne peut pas encore être soumise : remplissez d’abord %1.</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetWorkflowBar</name>
    <message>
        <source>Submit Again</source>
        <translation>Soumettre à nouveau</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Soumettre pour relecture</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer la soumission</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Retirer la publication</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
</context>
<context>
    <name>pactesur::SheetsReport</name>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>reading the practice sheets</source>
        <translation>lecture des fiches de pratique</translation>
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
<context>
    <name>pactesur::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>In the charts, the map and the calendar, the arrow keys move from item to item and Enter opens the chosen one.</source>
        <translation>Dans les graphiques, la carte et le calendrier, les touches fléchées passent d’un élément à l’autre et Entrée ouvre celui qui est choisi.</translation>
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
    <message>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>An exchange package (.pactesur) to preview and import.</source>
        <translation>Un paquet d’échange (.pactesur) à prévisualiser puis importer.</translation>
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
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Translate Practice Sheet</source>
        <translation>Traduire la fiche de pratique</translation>
    </message>
    <message>
        <source>A translation of “%1” (%2) is a sheet of its own, linked to it. The editor shows the original beside each field and marks the fields the original changes later.</source>
        <translation>Une traduction de « %1 » (%2) est une fiche à part entière, liée à l’original. L’éditeur affiche l’original à côté de chaque champ et signale les champs que l’original modifie par la suite.</translation>
    </message>
    <message>
        <source>Already translated into %1.</source>
        <translation>Traductions existantes : %1.</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Langue de la traduction</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Créer la traduction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
<context>
    <name>pactesur::WebDavTransport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>the connection closed before the file was whole</source>
        <translation>la connexion a été interrompue avant que le fichier soit complet</translation>
    </message>
    <message>
        <source>the file is larger than a package can be</source>
        <translation>le fichier dépasse la taille maximale d’un paquet</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>The mailbox at %1 refused the user name or password.</source>
        <translation>La boîte d’échange à l’adresse %1 a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The mailbox does not allow this at %1 (403 Forbidden): check the folder's sharing rights.</source>
        <translation>La boîte d’échange n’autorise pas cette opération à l’adresse %1 (403 Forbidden) : vérifiez les droits de partage du dossier.</translation>
    </message>
    <message>
        <source>There is no folder at %1 on the server: create it, or check the mailbox address.</source>
        <translation>Il n’y a pas de dossier à l’adresse %1 sur le serveur : créez-le, ou vérifiez l’adresse de la boîte d’échange.</translation>
    </message>
    <message>
        <source>The mailbox is locked by another program on the server (423 Locked); the next sync will try again.</source>
        <translation>La boîte d’échange est verrouillée par un autre programme sur le serveur (423 Locked) ; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>The server asks to slow down (429 Too Many Requests); the next sync will try again.</source>
        <translation>Le serveur demande de ralentir (429 Too Many Requests) ; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>The mailbox is full: the server's storage quota is reached (507). Free space there, or ask its administrator for more.</source>
        <translation>La boîte d’échange est pleine : le quota de stockage du serveur est atteint (507). Libérez de l’espace sur le serveur, ou demandez-en davantage à son administrateur.</translation>
    </message>
    <message>
        <source>The server had an error (%1) at %2; the next sync will try again.</source>
        <translation>Le serveur a rencontré une erreur (%1) à l’adresse %2 ; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>The server answered %1 at %2.</source>
        <translation>Le serveur a répondu %1 à l’adresse %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 has a certificate this computer does not trust: %2.</source>
        <translation>La boîte d’échange à l’adresse %1 présente un certificat auquel cet ordinateur ne fait pas confiance : %2.</translation>
    </message>
    <message>
        <source>The mailbox at %1 cannot be reached: %2.</source>
        <translation>La boîte d’échange à l’adresse %1 est injoignable : %2.</translation>
    </message>
    <message>
        <source>The server's listing of %1 could not be read.</source>
        <translation>La liste du contenu de %1 renvoyée par le serveur est illisible.</translation>
    </message>
    <message>
        <source>%1 in the mailbox is larger than a package can be.</source>
        <translation>%1 dans la boîte d’échange dépasse la taille maximale d’un paquet.</translation>
    </message>
</context>
<context>
    <name>pactesur::Writers</name>
    <message>
        <source>The package says that replica %1 writes for someone else than this database knows it does; nothing was changed.</source>
        <translation>Selon le paquet, la réplique %1 écrit pour quelqu’un d’autre que ce que cette base de données sait d’elle ; rien n’a été modifié.</translation>
    </message>
</context>
</TS>
