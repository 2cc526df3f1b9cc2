
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Registrerad`,
's1101aa03bc30396b': `Ditt paket har levererats.`,
's13accecd33e38c60': `Ute för leverans`,
's1486c9c324477f5d': `Leverans ändrad`,
's1eaccbf2d6af8ab5': `Information`,
's1f164d2326f66369': `Transportören har inte skannat paketet än.`,
's26f55ad32da5d49c': `Kräver uppmärksamhet`,
's27b7a06351821a44': `Kontrollera att spårningsnumret är rätt. Det kan ta några timmar innan ett nytt paket syns.`,
's2bfae2c6fbd841a5': `Transportören har skickat en avisering om ditt paket.`,
's2e64d87b1fa7dab1': `Redo att hämtas`,
's3430dd1892d1d113': `Transportören försökte leverera ditt paket, men det gick inte.`,
's445eddae4cd98581': `Den här spårningslänken är ogiltig eller har gått ut. Använd i stället spårningsnumret från din orderbekräftelse.`,
's4982d8c0a2d3b037': `Spårningsinformationen kunde inte uppdateras.`,
's58aaa3a0a4d09a84': `Försök igen om en liten stund.`,
's5f8f055edb45fecc': `Leveransen har ändrats.`,
's61ca30842f432c55': `Spårningen har gått ut`,
's68addf02d00bfa49': `Leveransförsök misslyckades`,
's6ebf144faaa70254': `Spårningshistorik`,
's7b678b585086d0c3': `Ditt paket är på väg.`,
's7ec179948c381f8e': `Hämtad`,
's81fa26ccde47d6b4': `(öppnas i en ny flik)`,
's867ae6f7a84d07d7': `Transportör`,
's883d1806af7a7d4e': `Transportörens senaste spårningsinformation kunde inte hämtas.`,
's8b0432eecbd8b034': `Uppdatering`,
's8ca3b021833cbf6f': `Levererad`,
's99ab6435a74e51ec': `Spårningsinformationen kunde inte hämtas`,
'sa4d7896193bd5d4f': str`Ny status: ${0}.`,
'sa557ae6bee9148a6': `Förlopp`,
'sa7982dfbed19ef05': `Spårningsnummer`,
'sa82c130c9f2d1931': str`Öppna spårningen hos ${0}`,
'sb3b525b11692db2c': `Ditt paket är ute för leverans.`,
'sbf48c255bd5d3739': `Under transport`,
'sc293269e015e34e8': str`Ditt paket är redo att hämtas hos ${0}.`,
'scaa68db6c7607f07': `Ditt paket är redo att hämtas.`,
'scca08717bd5af62b': `Spårningen av det här paketet har gått ut och uppdateras inte längre.`,
'sccdd38f013b683d5': `Vi kunde inte hitta det här paketet`,
'scd1dd6ff53d0d01a': `Försök igen`,
'scf50897a407de199': `Försenad`,
'sd2095bc863a82fdc': `aktuellt steg`,
'sddfeaac2efea83b6': `Spårning ej tillgänglig`,
'sde603f6654a51641': `Ditt paket är försenat, men det är fortfarande på väg.`,
'se4ca01fb1fa563c9': `Kontrollera din internetanslutning och försök igen.`,
'se5979f678ce5354b': `Det finns nyheter om ditt paket.`,
'see8fd25c8e7147ba': str`Senast uppdaterad ${0}.`,
'sf2e6add1c684664d': `Något oväntat har hänt. Paketet kan komma att skickas tillbaka, eller så kan transportören kontakta dig.`,
'sfb8a5d742b20b870': `Avisering skickad`,
'sfc0906748446ac5c': `Hämtar spårningsinformation…`,
'sfdde30c24ce38292': `klart`,
    };
  