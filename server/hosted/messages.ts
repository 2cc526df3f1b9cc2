/**
 * The hosted page's own words (the lookup form, the not-found pages). Everything about the shipment itself
 * (status, categories, dates) comes from the widget's messages, so page and element never disagree.
 */

export const PAGE_LOCALES = ['en', 'da', 'sv', 'nb', 'fi', 'is', 'de', 'nl', 'fr', 'es', 'it', 'pl'] as const;
export type PageLocale = (typeof PAGE_LOCALES)[number];

export interface PageMessages {
  title: string;
  lookupIntro: string;
  trackingNumber: string;
  postalCode: string;
  submit: string;
  notFoundTitle: string;
  notFoundBody: string;
  badLinkTitle: string;
  badLinkBody: string;
  invalidNumber: string;
  trackAnother: string;
  busyTitle: string;
  busyBody: string;
}

export const PAGE_MESSAGES: Record<PageLocale, PageMessages> = {
  en: {
    title: 'Track your parcel',
    lookupIntro: 'Enter the tracking number from your order or shipping confirmation.',
    trackingNumber: 'Tracking number',
    postalCode: 'Postal code (optional)',
    submit: 'Track parcel',
    notFoundTitle: 'We could not find that parcel',
    notFoundBody:
      'Check the tracking number in your shipping confirmation. A new parcel can take a few hours to appear.',
    badLinkTitle: 'This tracking link does not work',
    badLinkBody: 'The link may be incomplete or too old. You can still look the parcel up by its tracking number.',
    invalidNumber: 'A tracking number has 3 to 64 letters and digits.',
    trackAnother: 'Track another parcel',
    busyTitle: 'Too many requests',
    busyBody: 'You have looked this up many times in a short while. Please wait a minute and try again.',
  },
  da: {
    title: 'Følg din pakke',
    lookupIntro: 'Indtast trackingnummeret fra din ordre- eller forsendelsesbekræftelse.',
    trackingNumber: 'Trackingnummer',
    postalCode: 'Postnummer (valgfrit)',
    submit: 'Følg pakken',
    notFoundTitle: 'Vi kunne ikke finde pakken',
    notFoundBody:
      'Tjek trackingnummeret i din forsendelsesbekræftelse. Der kan gå et par timer, før en ny pakke dukker op.',
    badLinkTitle: 'Dette trackinglink virker ikke',
    badLinkBody: 'Linket er måske ufuldstændigt eller for gammelt. Du kan stadig finde pakken med trackingnummeret.',
    invalidNumber: 'Et trackingnummer består af 3 til 64 bogstaver og tal.',
    trackAnother: 'Følg en anden pakke',
    busyTitle: 'For mange forespørgsler',
    busyBody: 'Du har slået op mange gange på kort tid. Vent et minut, og prøv igen.',
  },
  sv: {
    title: 'Spåra ditt paket',
    lookupIntro: 'Ange kollinumret från din order- eller leveransbekräftelse.',
    trackingNumber: 'Kollinummer',
    postalCode: 'Postnummer (valfritt)',
    submit: 'Spåra paketet',
    notFoundTitle: 'Vi hittade inte paketet',
    notFoundBody:
      'Kontrollera kollinumret i din leveransbekräftelse. Det kan ta några timmar innan ett nytt paket syns.',
    badLinkTitle: 'Den här spårningslänken fungerar inte',
    badLinkBody:
      'Länken kan vara ofullständig eller för gammal. Du kan fortfarande söka efter paketet med kollinumret.',
    invalidNumber: 'Ett kollinummer har 3 till 64 bokstäver och siffror.',
    trackAnother: 'Spåra ett annat paket',
    busyTitle: 'För många förfrågningar',
    busyBody: 'Du har sökt många gånger på kort tid. Vänta en minut och försök igen.',
  },
  nb: {
    title: 'Spor pakken din',
    lookupIntro: 'Skriv inn sporingsnummeret fra ordre- eller forsendelsesbekreftelsen.',
    trackingNumber: 'Sporingsnummer',
    postalCode: 'Postnummer (valgfritt)',
    submit: 'Spor pakken',
    notFoundTitle: 'Vi fant ikke pakken',
    notFoundBody:
      'Sjekk sporingsnummeret i forsendelsesbekreftelsen. Det kan ta noen timer før en ny pakke dukker opp.',
    badLinkTitle: 'Denne sporingslenken virker ikke',
    badLinkBody: 'Lenken kan være ufullstendig eller for gammel. Du kan fortsatt søke opp pakken med sporingsnummeret.',
    invalidNumber: 'Et sporingsnummer har 3 til 64 bokstaver og tall.',
    trackAnother: 'Spor en annen pakke',
    busyTitle: 'For mange forespørsler',
    busyBody: 'Du har søkt mange ganger på kort tid. Vent et minutt og prøv igjen.',
  },
  fi: {
    title: 'Seuraa pakettiasi',
    lookupIntro: 'Anna seurantanumero tilaus- tai toimitusvahvistuksestasi.',
    trackingNumber: 'Seurantanumero',
    postalCode: 'Postinumero (valinnainen)',
    submit: 'Seuraa pakettia',
    notFoundTitle: 'Pakettia ei löytynyt',
    notFoundBody:
      'Tarkista seurantanumero toimitusvahvistuksesta. Uuden paketin tietojen näkyminen voi kestää muutaman tunnin.',
    badLinkTitle: 'Tämä seurantalinkki ei toimi',
    badLinkBody: 'Linkki voi olla puutteellinen tai liian vanha. Voit silti hakea paketin seurantanumerolla.',
    invalidNumber: 'Seurantanumerossa on 3–64 kirjainta ja numeroa.',
    trackAnother: 'Seuraa toista pakettia',
    busyTitle: 'Liian monta pyyntöä',
    busyBody: 'Olet hakenut monta kertaa lyhyessä ajassa. Odota hetki ja yritä uudelleen.',
  },
  is: {
    title: 'Fylgstu með pakkanum þínum',
    lookupIntro: 'Sláðu inn rakningarnúmerið úr pöntunar- eða sendingarstaðfestingunni.',
    trackingNumber: 'Rakningarnúmer',
    postalCode: 'Póstnúmer (valfrjálst)',
    submit: 'Rekja pakka',
    notFoundTitle: 'Við fundum ekki pakkann',
    notFoundBody:
      'Athugaðu rakningarnúmerið í sendingarstaðfestingunni. Það getur tekið nokkrar klukkustundir fyrir nýjan pakka að birtast.',
    badLinkTitle: 'Þessi rakningartengill virkar ekki',
    badLinkBody:
      'Tengillinn gæti verið ófullgerður eða of gamall. Þú getur samt flett pakkanum upp eftir rakningarnúmerinu.',
    invalidNumber: 'Rakningarnúmer er 3 til 64 bókstafir og tölustafir.',
    trackAnother: 'Rekja annan pakka',
    busyTitle: 'Of margar fyrirspurnir',
    busyBody: 'Þú hefur flett upp mörgum sinnum á stuttum tíma. Bíddu í mínútu og reyndu aftur.',
  },
  de: {
    title: 'Verfolgen Sie Ihr Paket',
    lookupIntro: 'Geben Sie die Sendungsnummer aus Ihrer Bestell- oder Versandbestätigung ein.',
    trackingNumber: 'Sendungsnummer',
    postalCode: 'Postleitzahl (optional)',
    submit: 'Paket verfolgen',
    notFoundTitle: 'Wir konnten das Paket nicht finden',
    notFoundBody:
      'Prüfen Sie die Sendungsnummer in Ihrer Versandbestätigung. Bei einem neuen Paket kann es einige Stunden dauern, bis es erscheint.',
    badLinkTitle: 'Dieser Sendungslink funktioniert nicht',
    badLinkBody:
      'Der Link ist vielleicht unvollständig oder zu alt. Sie können das Paket weiterhin über die Sendungsnummer finden.',
    invalidNumber: 'Eine Sendungsnummer hat 3 bis 64 Buchstaben und Ziffern.',
    trackAnother: 'Ein anderes Paket verfolgen',
    busyTitle: 'Zu viele Anfragen',
    busyBody:
      'Sie haben in kurzer Zeit sehr oft nachgesehen. Bitte warten Sie eine Minute und versuchen Sie es erneut.',
  },
  nl: {
    title: 'Volg je pakket',
    lookupIntro: 'Vul het trackingnummer uit je bestel- of verzendbevestiging in.',
    trackingNumber: 'Trackingnummer',
    postalCode: 'Postcode (optioneel)',
    submit: 'Pakket volgen',
    notFoundTitle: 'We konden dit pakket niet vinden',
    notFoundBody:
      'Controleer het trackingnummer in je verzendbevestiging. Het kan een paar uur duren voordat een nieuw pakket zichtbaar is.',
    badLinkTitle: 'Deze trackinglink werkt niet',
    badLinkBody:
      'De link is mogelijk onvolledig of te oud. Je kunt het pakket nog steeds opzoeken met het trackingnummer.',
    invalidNumber: 'Een trackingnummer heeft 3 tot 64 letters en cijfers.',
    trackAnother: 'Een ander pakket volgen',
    busyTitle: 'Te veel verzoeken',
    busyBody: 'Je hebt in korte tijd vaak gezocht. Wacht een minuut en probeer het opnieuw.',
  },
  fr: {
    title: 'Suivez votre colis',
    lookupIntro: 'Saisissez le numéro de suivi figurant dans votre confirmation de commande ou d’expédition.',
    trackingNumber: 'Numéro de suivi',
    postalCode: 'Code postal (facultatif)',
    submit: 'Suivre le colis',
    notFoundTitle: 'Nous n’avons pas trouvé ce colis',
    notFoundBody:
      'Vérifiez le numéro de suivi dans votre confirmation d’expédition. Un nouveau colis peut mettre quelques heures à apparaître.',
    badLinkTitle: 'Ce lien de suivi ne fonctionne pas',
    badLinkBody:
      'Le lien est peut-être incomplet ou trop ancien. Vous pouvez toujours rechercher le colis avec son numéro de suivi.',
    invalidNumber: 'Un numéro de suivi comporte de 3 à 64 lettres et chiffres.',
    trackAnother: 'Suivre un autre colis',
    busyTitle: 'Trop de requêtes',
    busyBody: 'Vous avez fait de nombreuses recherches en peu de temps. Veuillez patienter une minute et réessayer.',
  },
  es: {
    title: 'Sigue tu paquete',
    lookupIntro: 'Introduce el número de seguimiento de tu confirmación de pedido o de envío.',
    trackingNumber: 'Número de seguimiento',
    postalCode: 'Código postal (opcional)',
    submit: 'Seguir paquete',
    notFoundTitle: 'No hemos encontrado ese paquete',
    notFoundBody:
      'Comprueba el número de seguimiento en tu confirmación de envío. Un paquete nuevo puede tardar unas horas en aparecer.',
    badLinkTitle: 'Este enlace de seguimiento no funciona',
    badLinkBody:
      'Puede que el enlace esté incompleto o sea demasiado antiguo. Aún puedes buscar el paquete por su número de seguimiento.',
    invalidNumber: 'Un número de seguimiento tiene de 3 a 64 letras y cifras.',
    trackAnother: 'Seguir otro paquete',
    busyTitle: 'Demasiadas solicitudes',
    busyBody: 'Has consultado muchas veces en poco tiempo. Espera un minuto y vuelve a intentarlo.',
  },
  it: {
    title: 'Traccia il tuo pacco',
    lookupIntro: 'Inserisci il numero di tracciamento della conferma d’ordine o di spedizione.',
    trackingNumber: 'Numero di tracciamento',
    postalCode: 'CAP (facoltativo)',
    submit: 'Traccia il pacco',
    notFoundTitle: 'Non abbiamo trovato questo pacco',
    notFoundBody:
      'Controlla il numero di tracciamento nella conferma di spedizione. Un nuovo pacco può impiegare alcune ore per comparire.',
    badLinkTitle: 'Questo link di tracciamento non funziona',
    badLinkBody:
      'Il link potrebbe essere incompleto o troppo vecchio. Puoi comunque cercare il pacco con il numero di tracciamento.',
    invalidNumber: 'Un numero di tracciamento ha da 3 a 64 lettere e cifre.',
    trackAnother: 'Traccia un altro pacco',
    busyTitle: 'Troppe richieste',
    busyBody: 'Hai effettuato molte ricerche in poco tempo. Attendi un minuto e riprova.',
  },
  pl: {
    title: 'Śledź swoją paczkę',
    lookupIntro: 'Wpisz numer przesyłki z potwierdzenia zamówienia lub wysyłki.',
    trackingNumber: 'Numer przesyłki',
    postalCode: 'Kod pocztowy (opcjonalnie)',
    submit: 'Śledź paczkę',
    notFoundTitle: 'Nie znaleźliśmy tej paczki',
    notFoundBody:
      'Sprawdź numer przesyłki w potwierdzeniu wysyłki. Nowa paczka może pojawić się dopiero po kilku godzinach.',
    badLinkTitle: 'Ten link do śledzenia nie działa',
    badLinkBody: 'Link może być niepełny lub zbyt stary. Nadal możesz wyszukać paczkę po numerze przesyłki.',
    invalidNumber: 'Numer przesyłki ma od 3 do 64 liter i cyfr.',
    trackAnother: 'Śledź inną paczkę',
    busyTitle: 'Zbyt wiele zapytań',
    busyBody: 'Sprawdzasz bardzo często w krótkim czasie. Odczekaj minutę i spróbuj ponownie.',
  },
};

const ALIASES: Record<string, PageLocale> = { no: 'nb', nn: 'nb' };

function supported(tag: string): PageLocale | undefined {
  const language = tag.trim().split(/[-_]/)[0]!.toLowerCase();
  // Own keys only: a tag like `constructor` must not find Object's.
  if (Object.hasOwn(ALIASES, language)) return ALIASES[language];
  return (PAGE_LOCALES as readonly string[]).find((l) => l === language) as PageLocale | undefined;
}

/** `?lang=` first, else the best `Accept-Language` entry we speak (by q), else English. */
export function negotiateLocale(query: string | undefined, acceptLanguage: string | undefined): PageLocale {
  const fromQuery = query ? supported(query) : undefined;
  if (fromQuery) return fromQuery;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((x) => x.tag && x.tag !== '*' && x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = supported(tag);
    if (locale) return locale;
  }
  return 'en';
}
