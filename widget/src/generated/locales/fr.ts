
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Enregistré`,
's1101aa03bc30396b': `Votre colis a été livré.`,
's13accecd33e38c60': `En cours de livraison`,
's1486c9c324477f5d': `Livraison modifiée`,
's1eaccbf2d6af8ab5': `Information`,
's1f164d2326f66369': `Le transporteur n’a pas encore scanné le colis.`,
's26f55ad32da5d49c': `Attention requise`,
's27b7a06351821a44': `Vérifiez que le numéro de suivi est correct. Un nouveau colis peut mettre quelques heures à apparaître.`,
's2bfae2c6fbd841a5': `Le transporteur a envoyé une notification concernant votre colis.`,
's2e64d87b1fa7dab1': `Prêt à être retiré`,
's3430dd1892d1d113': `Le transporteur a tenté de livrer votre colis, sans succès.`,
's445eddae4cd98581': `Ce lien de suivi n’est pas valide ou a expiré. Utilisez plutôt le numéro de suivi indiqué dans votre confirmation de commande.`,
's4982d8c0a2d3b037': `Les informations de suivi n’ont pas pu être mises à jour.`,
's58aaa3a0a4d09a84': `Veuillez réessayer dans un instant.`,
's5f8f055edb45fecc': `La livraison a été modifiée.`,
's61ca30842f432c55': `Suivi expiré`,
's68addf02d00bfa49': `Échec de la tentative de livraison`,
's6ebf144faaa70254': `Historique de suivi`,
's7b678b585086d0c3': `Votre colis est en route.`,
's7ec179948c381f8e': `Retiré`,
's81fa26ccde47d6b4': `(s’ouvre dans un nouvel onglet)`,
's867ae6f7a84d07d7': `Transporteur`,
's883d1806af7a7d4e': `Les dernières informations de suivi du transporteur n’ont pas pu être récupérées.`,
's8b0432eecbd8b034': `Mise à jour`,
's8ca3b021833cbf6f': `Livré`,
's99ab6435a74e51ec': `Impossible de charger les informations de suivi`,
'sa4d7896193bd5d4f': str`Nouveau statut : ${0}.`,
'sa557ae6bee9148a6': `Progression`,
'sa7982dfbed19ef05': `Numéro de suivi`,
'sa82c130c9f2d1931': str`Voir le suivi sur le site de ${0}`,
'sb3b525b11692db2c': `Votre colis est en cours de livraison.`,
'sbf48c255bd5d3739': `En cours d’acheminement`,
'sc293269e015e34e8': str`Votre colis est prêt à être retiré chez ${0}.`,
'scaa68db6c7607f07': `Votre colis est prêt à être retiré.`,
'scca08717bd5af62b': `Le suivi de ce colis a expiré et ne sera plus mis à jour.`,
'sccdd38f013b683d5': `Nous n’avons pas trouvé ce colis`,
'scd1dd6ff53d0d01a': `Réessayer`,
'scf50897a407de199': `En retard`,
'sd2095bc863a82fdc': `étape en cours`,
'sddfeaac2efea83b6': `Suivi indisponible`,
'sde603f6654a51641': `Votre colis a du retard, mais il est toujours en route.`,
'se4ca01fb1fa563c9': `Vérifiez votre connexion Internet et réessayez.`,
'se5979f678ce5354b': `Il y a du nouveau concernant votre colis.`,
'see8fd25c8e7147ba': str`Dernière mise à jour ${0}.`,
'sf2e6add1c684664d': `Un incident est survenu. Le colis pourrait être renvoyé à l’expéditeur, ou le transporteur pourrait vous contacter.`,
'sfb8a5d742b20b870': `Notification envoyée`,
'sfc0906748446ac5c': `Chargement des informations de suivi…`,
'sfdde30c24ce38292': `terminé`,
    };
  