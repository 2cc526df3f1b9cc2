
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Zarejestrowana`,
's1101aa03bc30396b': `Twoja przesyłka została doręczona.`,
's13accecd33e38c60': `Wydana do doręczenia`,
's1486c9c324477f5d': `Zmiana doręczenia`,
's1eaccbf2d6af8ab5': `Informacja`,
's1f164d2326f66369': `Przewoźnik nie zeskanował jeszcze przesyłki.`,
's26f55ad32da5d49c': `Wymaga uwagi`,
's27b7a06351821a44': `Sprawdź, czy numer przesyłki jest poprawny. Nowa przesyłka może pojawić się dopiero po kilku godzinach.`,
's2bfae2c6fbd841a5': `Przewoźnik wysłał powiadomienie o Twojej przesyłce.`,
's2e64d87b1fa7dab1': `Gotowa do odbioru`,
's3430dd1892d1d113': `Przewoźnik próbował doręczyć Twoją przesyłkę, ale się nie udało.`,
's445eddae4cd98581': `Ten link do śledzenia jest nieprawidłowy lub wygasł. Użyj zamiast tego numeru przesyłki z potwierdzenia zamówienia.`,
's4982d8c0a2d3b037': `Nie udało się zaktualizować informacji o przesyłce.`,
's58aaa3a0a4d09a84': `Spróbuj ponownie za chwilę.`,
's5f8f055edb45fecc': `Doręczenie zostało zmienione.`,
's61ca30842f432c55': `Śledzenie wygasło`,
's68addf02d00bfa49': `Nieudana próba doręczenia`,
's6ebf144faaa70254': `Historia przesyłki`,
's7b678b585086d0c3': `Twoja przesyłka jest w drodze.`,
's7ec179948c381f8e': `Odebrana`,
's81fa26ccde47d6b4': `(otwiera się w nowej karcie)`,
's867ae6f7a84d07d7': `Przewoźnik`,
's883d1806af7a7d4e': `Nie udało się pobrać najnowszych informacji od przewoźnika.`,
's8b0432eecbd8b034': `Aktualizacja`,
's8ca3b021833cbf6f': `Doręczona`,
's99ab6435a74e51ec': `Nie udało się wczytać informacji o przesyłce`,
'sa4d7896193bd5d4f': str`Nowy status: ${0}.`,
'sa557ae6bee9148a6': `Postęp`,
'sa7982dfbed19ef05': `Numer przesyłki`,
'sa82c130c9f2d1931': str`Śledź przesyłkę na stronie ${0}`,
'sb3b525b11692db2c': `Twoja przesyłka została wydana do doręczenia.`,
'sbf48c255bd5d3739': `W drodze`,
'sc293269e015e34e8': str`Twoja przesyłka czeka na odbiór w punkcie: ${0}.`,
'scaa68db6c7607f07': `Twoja przesyłka czeka na odbiór.`,
'scca08717bd5af62b': `Śledzenie tej przesyłki wygasło i nie będzie już aktualizowane.`,
'sccdd38f013b683d5': `Nie znaleźliśmy tej przesyłki`,
'scd1dd6ff53d0d01a': `Spróbuj ponownie`,
'scf50897a407de199': `Opóźniona`,
'sd2095bc863a82fdc': `bieżący etap`,
'sddfeaac2efea83b6': `Śledzenie niedostępne`,
'sde603f6654a51641': `Twoja przesyłka jest opóźniona, ale nadal jest w drodze.`,
'se4ca01fb1fa563c9': `Sprawdź połączenie z internetem i spróbuj ponownie.`,
'se5979f678ce5354b': `Są nowe informacje o Twojej przesyłce.`,
'see8fd25c8e7147ba': str`Ostatnia aktualizacja ${0}.`,
'sf2e6add1c684664d': `Wystąpiła nietypowa sytuacja. Przesyłka może zostać zwrócona albo przewoźnik może się z Tobą skontaktować.`,
'sfb8a5d742b20b870': `Wysłano powiadomienie`,
'sfc0906748446ac5c': `Wczytywanie informacji o przesyłce…`,
'sfdde30c24ce38292': `ukończony`,
    };
  