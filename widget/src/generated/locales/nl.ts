
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Aangemeld`,
's1101aa03bc30396b': `Je pakket is bezorgd.`,
's13accecd33e38c60': `In bezorging`,
's1486c9c324477f5d': `Bezorging gewijzigd`,
's1eaccbf2d6af8ab5': `Informatie`,
's1f164d2326f66369': `De vervoerder heeft het pakket nog niet gescand.`,
's26f55ad32da5d49c': `Aandacht vereist`,
's27b7a06351821a44': `Controleer of het trackingnummer klopt. Het kan een paar uur duren voordat een nieuw pakket zichtbaar is.`,
's2bfae2c6fbd841a5': `De vervoerder heeft een melding over je pakket verstuurd.`,
's2e64d87b1fa7dab1': `Klaar om op te halen`,
's3430dd1892d1d113': `De vervoerder heeft geprobeerd je pakket te bezorgen, maar dat is niet gelukt.`,
's445eddae4cd98581': `Deze trackinglink is ongeldig of verlopen. Gebruik in plaats daarvan het trackingnummer uit je orderbevestiging.`,
's4982d8c0a2d3b037': `De trackinginformatie kon niet worden bijgewerkt.`,
's58aaa3a0a4d09a84': `Probeer het over een ogenblik opnieuw.`,
's5f8f055edb45fecc': `De bezorging is gewijzigd.`,
's61ca30842f432c55': `Tracking verlopen`,
's68addf02d00bfa49': `Bezorgpoging mislukt`,
's6ebf144faaa70254': `Trackinggeschiedenis`,
's7b678b585086d0c3': `Je pakket is onderweg.`,
's7ec179948c381f8e': `Opgehaald`,
's81fa26ccde47d6b4': `(opent in een nieuw tabblad)`,
's867ae6f7a84d07d7': `Vervoerder`,
's883d1806af7a7d4e': `De nieuwste trackinginformatie van de vervoerder kon niet worden opgehaald.`,
's8b0432eecbd8b034': `Update`,
's8ca3b021833cbf6f': `Bezorgd`,
's99ab6435a74e51ec': `De trackinginformatie kon niet worden geladen`,
'sa4d7896193bd5d4f': str`Nieuwe status: ${0}.`,
'sa557ae6bee9148a6': `Voortgang`,
'sa7982dfbed19ef05': `Trackingnummer`,
'sa82c130c9f2d1931': str`Bekijk de tracking bij ${0}`,
'sb3b525b11692db2c': `Je pakket wordt bezorgd.`,
'sbf48c255bd5d3739': `Onderweg`,
'sc293269e015e34e8': str`Je pakket ligt klaar om op te halen bij ${0}.`,
'scaa68db6c7607f07': `Je pakket ligt klaar om op te halen.`,
'scca08717bd5af62b': `De tracking van dit pakket is verlopen en wordt niet meer bijgewerkt.`,
'sccdd38f013b683d5': `We kunnen dit pakket niet vinden`,
'scd1dd6ff53d0d01a': `Opnieuw proberen`,
'scf50897a407de199': `Vertraagd`,
'sd2095bc863a82fdc': `huidige stap`,
'sddfeaac2efea83b6': `Tracking niet beschikbaar`,
'sde603f6654a51641': `Je pakket heeft vertraging, maar is nog steeds onderweg.`,
'se4ca01fb1fa563c9': `Controleer je internetverbinding en probeer het opnieuw.`,
'se5979f678ce5354b': `Er is nieuws over je pakket.`,
'see8fd25c8e7147ba': str`Laatst bijgewerkt ${0}.`,
'sf2e6add1c684664d': `Er is iets ongebruikelijks gebeurd. Het pakket wordt mogelijk teruggestuurd, of de vervoerder neemt contact met je op.`,
'sfb8a5d742b20b870': `Melding verstuurd`,
'sfc0906748446ac5c': `Trackinginformatie laden…`,
'sfdde30c24ce38292': `voltooid`,
    };
  