
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Registreret`,
's1101aa03bc30396b': `Din pakke er leveret.`,
's13accecd33e38c60': `Ude til levering`,
's1486c9c324477f5d': `Levering ændret`,
's1eaccbf2d6af8ab5': `Information`,
's1f164d2326f66369': `Fragtfirmaet har endnu ikke scannet pakken.`,
's26f55ad32da5d49c': `Kræver opmærksomhed`,
's27b7a06351821a44': `Kontrollér, at sporingsnummeret er korrekt. Der kan gå et par timer, før en ny pakke dukker op.`,
's2bfae2c6fbd841a5': `Fragtfirmaet har sendt en besked om din pakke.`,
's2e64d87b1fa7dab1': `Klar til afhentning`,
's3430dd1892d1d113': `Fragtfirmaet forsøgte at levere din pakke, men det lykkedes ikke.`,
's445eddae4cd98581': `Dette sporingslink er ugyldigt eller udløbet. Brug i stedet sporingsnummeret fra din ordrebekræftelse.`,
's4982d8c0a2d3b037': `Sporingsoplysningerne kunne ikke opdateres.`,
's58aaa3a0a4d09a84': `Prøv igen om lidt.`,
's5f8f055edb45fecc': `Leveringen er blevet ændret.`,
's61ca30842f432c55': `Sporing udløbet`,
's68addf02d00bfa49': `Leveringsforsøg mislykkedes`,
's6ebf144faaa70254': `Sporingshistorik`,
's7b678b585086d0c3': `Din pakke er på vej.`,
's7ec179948c381f8e': `Afhentet`,
's81fa26ccde47d6b4': `(åbner i en ny fane)`,
's867ae6f7a84d07d7': `Fragtfirma`,
's883d1806af7a7d4e': `Fragtfirmaets seneste sporingsoplysninger kunne ikke hentes.`,
's8b0432eecbd8b034': `Opdatering`,
's8ca3b021833cbf6f': `Leveret`,
's99ab6435a74e51ec': `Sporingsoplysningerne kunne ikke hentes`,
'sa4d7896193bd5d4f': str`Ny status: ${0}.`,
'sa557ae6bee9148a6': `Forløb`,
'sa7982dfbed19ef05': `Sporingsnummer`,
'sa82c130c9f2d1931': str`Åbn sporingen hos ${0}`,
'sb3b525b11692db2c': `Din pakke er ude til levering.`,
'sbf48c255bd5d3739': `Undervejs`,
'sc293269e015e34e8': str`Din pakke er klar til afhentning hos ${0}.`,
'scaa68db6c7607f07': `Din pakke er klar til afhentning.`,
'scca08717bd5af62b': `Sporingen af denne pakke er udløbet og bliver ikke længere opdateret.`,
'sccdd38f013b683d5': `Vi kunne ikke finde denne pakke`,
'scd1dd6ff53d0d01a': `Prøv igen`,
'scf50897a407de199': `Forsinket`,
'sd2095bc863a82fdc': `nuværende trin`,
'sddfeaac2efea83b6': `Sporing utilgængelig`,
'sde603f6654a51641': `Din pakke er forsinket, men den er stadig på vej.`,
'se4ca01fb1fa563c9': `Tjek din internetforbindelse, og prøv igen.`,
'se5979f678ce5354b': `Der er nyt om din pakke.`,
'see8fd25c8e7147ba': str`Sidst opdateret ${0}.`,
'sf2e6add1c684664d': `Der er sket noget usædvanligt. Pakken kan blive sendt retur, eller fragtfirmaet kan kontakte dig.`,
'sfb8a5d742b20b870': `Besked sendt`,
'sfc0906748446ac5c': `Henter sporingsoplysninger…`,
'sfdde30c24ce38292': `gennemført`,
    };
  