
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Registrert`,
's1101aa03bc30396b': `Pakken din er levert.`,
's13accecd33e38c60': `Ute for levering`,
's1486c9c324477f5d': `Levering endret`,
's1eaccbf2d6af8ab5': `Informasjon`,
's1f164d2326f66369': `Transportøren har ikke skannet pakken ennå.`,
's26f55ad32da5d49c': `Krever oppmerksomhet`,
's27b7a06351821a44': `Sjekk at sporingsnummeret er riktig. Det kan ta noen timer før en ny pakke dukker opp.`,
's2bfae2c6fbd841a5': `Transportøren har sendt et varsel om pakken din.`,
's2e64d87b1fa7dab1': `Klar til henting`,
's3430dd1892d1d113': `Transportøren prøvde å levere pakken din, men det lyktes ikke.`,
's445eddae4cd98581': `Denne sporingslenken er ugyldig eller utløpt. Bruk heller sporingsnummeret fra ordrebekreftelsen din.`,
's4982d8c0a2d3b037': `Sporingsinformasjonen kunne ikke oppdateres.`,
's58aaa3a0a4d09a84': `Prøv igjen om litt.`,
's5f8f055edb45fecc': `Leveringen er endret.`,
's61ca30842f432c55': `Sporing utløpt`,
's68addf02d00bfa49': `Leveringsforsøk mislyktes`,
's6ebf144faaa70254': `Sporingshistorikk`,
's7b678b585086d0c3': `Pakken din er på vei.`,
's7ec179948c381f8e': `Hentet`,
's81fa26ccde47d6b4': `(åpnes i en ny fane)`,
's867ae6f7a84d07d7': `Transportør`,
's883d1806af7a7d4e': `Transportørens siste sporingsinformasjon kunne ikke hentes.`,
's8b0432eecbd8b034': `Oppdatering`,
's8ca3b021833cbf6f': `Levert`,
's99ab6435a74e51ec': `Sporingsinformasjonen kunne ikke hentes`,
'sa4d7896193bd5d4f': str`Ny status: ${0}.`,
'sa557ae6bee9148a6': `Fremdrift`,
'sa7982dfbed19ef05': `Sporingsnummer`,
'sa82c130c9f2d1931': str`Åpne sporingen hos ${0}`,
'sb3b525b11692db2c': `Pakken din er ute for levering.`,
'sbf48c255bd5d3739': `Underveis`,
'sc293269e015e34e8': str`Pakken din er klar til henting hos ${0}.`,
'scaa68db6c7607f07': `Pakken din er klar til henting.`,
'scca08717bd5af62b': `Sporingen av denne pakken er utløpt og blir ikke lenger oppdatert.`,
'sccdd38f013b683d5': `Vi fant ikke denne pakken`,
'scd1dd6ff53d0d01a': `Prøv igjen`,
'scf50897a407de199': `Forsinket`,
'sd2095bc863a82fdc': `nåværende trinn`,
'sddfeaac2efea83b6': `Sporing utilgjengelig`,
'sde603f6654a51641': `Pakken din er forsinket, men den er fortsatt på vei.`,
'se4ca01fb1fa563c9': `Sjekk internettilkoblingen din og prøv igjen.`,
'se5979f678ce5354b': `Det er nytt om pakken din.`,
'see8fd25c8e7147ba': str`Sist oppdatert ${0}.`,
'sf2e6add1c684664d': `Noe uvanlig har skjedd. Pakken kan bli sendt i retur, eller transportøren kan ta kontakt med deg.`,
'sfb8a5d742b20b870': `Varsel sendt`,
'sfc0906748446ac5c': `Henter sporingsinformasjon…`,
'sfdde30c24ce38292': `fullført`,
    };
  