
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Skráð`,
's1101aa03bc30396b': `Sendingin þín hefur verið afhent.`,
's13accecd33e38c60': `Í útkeyrslu`,
's1486c9c324477f5d': `Afhendingu breytt`,
's1eaccbf2d6af8ab5': `Upplýsingar`,
's1f164d2326f66369': `Flutningsaðilinn hefur ekki enn skannað sendinguna.`,
's26f55ad32da5d49c': `Þarfnast athygli`,
's27b7a06351821a44': `Athugaðu hvort rakningarnúmerið sé rétt. Það getur tekið nokkrar klukkustundir þar til ný sending birtist.`,
's2bfae2c6fbd841a5': `Flutningsaðilinn hefur sent tilkynningu um sendinguna þína.`,
's2e64d87b1fa7dab1': `Tilbúin til afhendingar`,
's3430dd1892d1d113': `Flutningsaðilinn reyndi að afhenda sendinguna þína en það tókst ekki.`,
's445eddae4cd98581': `Þessi rakningartengill er ógildur eða útrunninn. Notaðu frekar rakningarnúmerið úr pöntunarstaðfestingunni.`,
's4982d8c0a2d3b037': `Ekki tókst að uppfæra rakningarupplýsingarnar.`,
's58aaa3a0a4d09a84': `Reyndu aftur eftir smástund.`,
's5f8f055edb45fecc': `Afhendingunni hefur verið breytt.`,
's61ca30842f432c55': `Rakning útrunnin`,
's68addf02d00bfa49': `Afhending tókst ekki`,
's6ebf144faaa70254': `Rakningarsaga`,
's7b678b585086d0c3': `Sendingin þín er á leiðinni.`,
's7ec179948c381f8e': `Sótt`,
's81fa26ccde47d6b4': `(opnast í nýjum flipa)`,
's867ae6f7a84d07d7': `Flutningsaðili`,
's883d1806af7a7d4e': `Ekki tókst að sækja nýjustu rakningarupplýsingar frá flutningsaðilanum.`,
's8b0432eecbd8b034': `Uppfærsla`,
's8ca3b021833cbf6f': `Afhent`,
's99ab6435a74e51ec': `Ekki tókst að sækja rakningarupplýsingar`,
'sa4d7896193bd5d4f': str`Ný staða: ${0}.`,
'sa557ae6bee9148a6': `Framvinda`,
'sa7982dfbed19ef05': `Rakningarnúmer`,
'sa82c130c9f2d1931': str`Opna rakningu hjá ${0}`,
'sb3b525b11692db2c': `Sendingin þín er í útkeyrslu.`,
'sbf48c255bd5d3739': `Á leiðinni`,
'sc293269e015e34e8': str`Sendingin þín er tilbúin til afhendingar hjá ${0}.`,
'scaa68db6c7607f07': `Sendingin þín er tilbúin til afhendingar.`,
'scca08717bd5af62b': `Rakning þessarar sendingar er útrunnin og verður ekki uppfærð frekar.`,
'sccdd38f013b683d5': `Við fundum ekki þessa sendingu`,
'scd1dd6ff53d0d01a': `Reyna aftur`,
'scf50897a407de199': `Seinkað`,
'sd2095bc863a82fdc': `núverandi skref`,
'sddfeaac2efea83b6': `Rakning ekki tiltæk`,
'sde603f6654a51641': `Sendingin þín hefur tafist en er enn á leiðinni.`,
'se4ca01fb1fa563c9': `Athugaðu nettenginguna og reyndu aftur.`,
'se5979f678ce5354b': `Það eru fréttir af sendingunni þinni.`,
'see8fd25c8e7147ba': str`Síðast uppfært ${0}.`,
'sf2e6add1c684664d': `Eitthvað óvenjulegt kom upp. Sendingin gæti verið send til baka eða flutningsaðilinn haft samband við þig.`,
'sfb8a5d742b20b870': `Tilkynning send`,
'sfc0906748446ac5c': `Sæki rakningarupplýsingar…`,
'sfdde30c24ce38292': `lokið`,
    };
  