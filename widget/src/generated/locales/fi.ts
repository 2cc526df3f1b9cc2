
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Rekisteröity`,
's1101aa03bc30396b': `Pakettisi on toimitettu.`,
's13accecd33e38c60': `Jakelussa`,
's1486c9c324477f5d': `Toimitusta muutettu`,
's1eaccbf2d6af8ab5': `Tiedote`,
's1f164d2326f66369': `Kuljetusyhtiö ei ole vielä skannannut pakettia.`,
's26f55ad32da5d49c': `Vaatii huomiota`,
's27b7a06351821a44': `Tarkista, että seurantanumero on oikein. Uuden paketin tietojen näkyminen voi kestää muutaman tunnin.`,
's2bfae2c6fbd841a5': `Kuljetusyhtiö on lähettänyt ilmoituksen paketistasi.`,
's2e64d87b1fa7dab1': `Noudettavissa`,
's3430dd1892d1d113': `Kuljetusyhtiö yritti toimittaa pakettisi, mutta toimitus ei onnistunut.`,
's445eddae4cd98581': `Tämä seurantalinkki on virheellinen tai vanhentunut. Käytä sen sijaan tilausvahvistuksessa olevaa seurantanumeroa.`,
's4982d8c0a2d3b037': `Seurantatietoja ei voitu päivittää.`,
's58aaa3a0a4d09a84': `Yritä hetken kuluttua uudelleen.`,
's5f8f055edb45fecc': `Toimitusta on muutettu.`,
's61ca30842f432c55': `Seuranta päättynyt`,
's68addf02d00bfa49': `Toimitusyritys epäonnistui`,
's6ebf144faaa70254': `Seurantahistoria`,
's7b678b585086d0c3': `Pakettisi on matkalla.`,
's7ec179948c381f8e': `Noudettu`,
's81fa26ccde47d6b4': `(avautuu uuteen välilehteen)`,
's867ae6f7a84d07d7': `Kuljetusyhtiö`,
's883d1806af7a7d4e': `Kuljetusyhtiön uusimpia seurantatietoja ei saatu haettua.`,
's8b0432eecbd8b034': `Päivitys`,
's8ca3b021833cbf6f': `Toimitettu`,
's99ab6435a74e51ec': `Seurantatietoja ei voitu ladata`,
'sa4d7896193bd5d4f': str`Uusi tila: ${0}.`,
'sa557ae6bee9148a6': `Eteneminen`,
'sa7982dfbed19ef05': `Seurantanumero`,
'sa82c130c9f2d1931': str`Avaa seuranta palvelussa ${0}`,
'sb3b525b11692db2c': `Pakettisi on jakelussa.`,
'sbf48c255bd5d3739': `Kuljetuksessa`,
'sc293269e015e34e8': str`Pakettisi on noudettavissa: ${0}.`,
'scaa68db6c7607f07': `Pakettisi on noudettavissa.`,
'scca08717bd5af62b': `Tämän paketin seuranta on päättynyt, eikä tietoja enää päivitetä.`,
'sccdd38f013b683d5': `Emme löytäneet tätä pakettia`,
'scd1dd6ff53d0d01a': `Yritä uudelleen`,
'scf50897a407de199': `Viivästynyt`,
'sd2095bc863a82fdc': `nykyinen vaihe`,
'sddfeaac2efea83b6': `Seuranta ei käytettävissä`,
'sde603f6654a51641': `Pakettisi on myöhässä, mutta se on yhä matkalla.`,
'se4ca01fb1fa563c9': `Tarkista internetyhteytesi ja yritä uudelleen.`,
'se5979f678ce5354b': `Paketistasi on uutta tietoa.`,
'see8fd25c8e7147ba': str`Päivitetty viimeksi ${0}.`,
'sf2e6add1c684664d': `Jotain poikkeuksellista on tapahtunut. Paketti voidaan palauttaa lähettäjälle, tai kuljetusyhtiö voi ottaa sinuun yhteyttä.`,
'sfb8a5d742b20b870': `Ilmoitus lähetetty`,
'sfc0906748446ac5c': `Ladataan seurantatietoja…`,
'sfdde30c24ce38292': `valmis`,
    };
  