
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Registrato`,
's1101aa03bc30396b': `Il tuo pacco è stato consegnato.`,
's13accecd33e38c60': `In consegna`,
's1486c9c324477f5d': `Consegna modificata`,
's1eaccbf2d6af8ab5': `Informazione`,
's1f164d2326f66369': `Il corriere non ha ancora scansionato il pacco.`,
's26f55ad32da5d49c': `Richiede attenzione`,
's27b7a06351821a44': `Verifica che il numero di tracciamento sia corretto. Un nuovo pacco può impiegare qualche ora prima di comparire.`,
's2bfae2c6fbd841a5': `Il corriere ha inviato una notifica sul tuo pacco.`,
's2e64d87b1fa7dab1': `Pronto per il ritiro`,
's3430dd1892d1d113': `Il corriere ha provato a consegnare il tuo pacco, ma non ci è riuscito.`,
's445eddae4cd98581': `Questo link di tracciamento non è valido o è scaduto. Usa invece il numero di tracciamento indicato nella conferma d’ordine.`,
's4982d8c0a2d3b037': `Non è stato possibile aggiornare le informazioni di tracciamento.`,
's58aaa3a0a4d09a84': `Riprova tra qualche istante.`,
's5f8f055edb45fecc': `La consegna è stata modificata.`,
's61ca30842f432c55': `Tracciamento scaduto`,
's68addf02d00bfa49': `Tentativo di consegna non riuscito`,
's6ebf144faaa70254': `Cronologia del tracciamento`,
's7b678b585086d0c3': `Il tuo pacco è in viaggio.`,
's7ec179948c381f8e': `Ritirato`,
's81fa26ccde47d6b4': `(si apre in una nuova scheda)`,
's867ae6f7a84d07d7': `Corriere`,
's883d1806af7a7d4e': `Non è stato possibile recuperare le ultime informazioni di tracciamento del corriere.`,
's8b0432eecbd8b034': `Aggiornamento`,
's8ca3b021833cbf6f': `Consegnato`,
's99ab6435a74e51ec': `Impossibile caricare le informazioni di tracciamento`,
'sa4d7896193bd5d4f': str`Nuovo stato: ${0}.`,
'sa557ae6bee9148a6': `Avanzamento`,
'sa7982dfbed19ef05': `Numero di tracciamento`,
'sa82c130c9f2d1931': str`Vedi il tracciamento su ${0}`,
'sb3b525b11692db2c': `Il tuo pacco è in consegna.`,
'sbf48c255bd5d3739': `In transito`,
'sc293269e015e34e8': str`Il tuo pacco è pronto per il ritiro presso ${0}.`,
'scaa68db6c7607f07': `Il tuo pacco è pronto per il ritiro.`,
'scca08717bd5af62b': `Il tracciamento di questo pacco è scaduto e non verrà più aggiornato.`,
'sccdd38f013b683d5': `Non abbiamo trovato questo pacco`,
'scd1dd6ff53d0d01a': `Riprova`,
'scf50897a407de199': `In ritardo`,
'sd2095bc863a82fdc': `passaggio attuale`,
'sddfeaac2efea83b6': `Tracciamento non disponibile`,
'sde603f6654a51641': `Il tuo pacco è in ritardo, ma è ancora in viaggio.`,
'se4ca01fb1fa563c9': `Controlla la connessione a Internet e riprova.`,
'se5979f678ce5354b': `Ci sono novità sul tuo pacco.`,
'see8fd25c8e7147ba': str`Ultimo aggiornamento ${0}.`,
'sf2e6add1c684664d': `Si è verificato un imprevisto. Il pacco potrebbe essere rispedito al mittente, oppure il corriere potrebbe contattarti.`,
'sfb8a5d742b20b870': `Notifica inviata`,
'sfc0906748446ac5c': `Caricamento delle informazioni di tracciamento…`,
'sfdde30c24ce38292': `completato`,
    };
  