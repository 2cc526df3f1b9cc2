
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Registriert`,
's1101aa03bc30396b': `Ihre Sendung wurde zugestellt.`,
's13accecd33e38c60': `In Zustellung`,
's1486c9c324477f5d': `Zustellung geändert`,
's1eaccbf2d6af8ab5': `Hinweis`,
's1f164d2326f66369': `Der Versanddienstleister hat die Sendung noch nicht erfasst.`,
's26f55ad32da5d49c': `Erfordert Aufmerksamkeit`,
's27b7a06351821a44': `Prüfen Sie, ob die Sendungsnummer stimmt. Bei einer neuen Sendung kann es einige Stunden dauern, bis sie angezeigt wird.`,
's2bfae2c6fbd841a5': `Der Versanddienstleister hat eine Benachrichtigung zu Ihrer Sendung verschickt.`,
's2e64d87b1fa7dab1': `Zur Abholung bereit`,
's3430dd1892d1d113': `Der Zusteller hat versucht, Ihre Sendung zuzustellen, konnte sie aber nicht übergeben.`,
's445eddae4cd98581': `Dieser Tracking-Link ist ungültig oder abgelaufen. Verwenden Sie stattdessen die Sendungsnummer aus Ihrer Bestellbestätigung.`,
's4982d8c0a2d3b037': `Die Sendungsverfolgung konnte nicht aktualisiert werden.`,
's58aaa3a0a4d09a84': `Bitte versuchen Sie es gleich noch einmal.`,
's5f8f055edb45fecc': `Die Zustellung wurde geändert.`,
's61ca30842f432c55': `Sendungsverfolgung abgelaufen`,
's68addf02d00bfa49': `Zustellversuch fehlgeschlagen`,
's6ebf144faaa70254': `Sendungsverlauf`,
's7b678b585086d0c3': `Ihre Sendung ist unterwegs.`,
's7ec179948c381f8e': `Abgeholt`,
's81fa26ccde47d6b4': `(öffnet in einem neuen Tab)`,
's867ae6f7a84d07d7': `Versanddienstleister`,
's883d1806af7a7d4e': `Die neuesten Sendungsdaten des Versanddienstleisters konnten nicht abgerufen werden.`,
's8b0432eecbd8b034': `Aktualisierung`,
's8ca3b021833cbf6f': `Zugestellt`,
's99ab6435a74e51ec': `Die Sendungsverfolgung konnte nicht geladen werden`,
'sa4d7896193bd5d4f': str`Neuer Status: ${0}.`,
'sa557ae6bee9148a6': `Fortschritt`,
'sa7982dfbed19ef05': `Sendungsnummer`,
'sa82c130c9f2d1931': str`Sendungsverfolgung bei ${0} öffnen`,
'sb3b525b11692db2c': `Ihre Sendung ist in Zustellung.`,
'sbf48c255bd5d3739': `Unterwegs`,
'sc293269e015e34e8': str`Ihre Sendung liegt zur Abholung bereit: ${0}.`,
'scaa68db6c7607f07': `Ihre Sendung liegt zur Abholung bereit.`,
'scca08717bd5af62b': `Die Sendungsverfolgung für diese Sendung ist abgelaufen und wird nicht mehr aktualisiert.`,
'sccdd38f013b683d5': `Wir konnten diese Sendung nicht finden`,
'scd1dd6ff53d0d01a': `Erneut versuchen`,
'scf50897a407de199': `Verspätet`,
'sd2095bc863a82fdc': `aktueller Schritt`,
'sddfeaac2efea83b6': `Sendungsverfolgung nicht verfügbar`,
'sde603f6654a51641': `Ihre Sendung verspätet sich, ist aber weiterhin unterwegs.`,
'se4ca01fb1fa563c9': `Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.`,
'se5979f678ce5354b': `Es gibt Neuigkeiten zu Ihrer Sendung.`,
'see8fd25c8e7147ba': str`Zuletzt aktualisiert ${0}.`,
'sf2e6add1c684664d': `Es ist etwas Unerwartetes passiert. Die Sendung wird möglicherweise zurückgeschickt, oder der Versanddienstleister meldet sich bei Ihnen.`,
'sfb8a5d742b20b870': `Benachrichtigung gesendet`,
'sfc0906748446ac5c': `Sendungsverfolgung wird geladen…`,
'sfdde30c24ce38292': `abgeschlossen`,
    };
  