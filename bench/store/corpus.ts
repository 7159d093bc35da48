// What customers and brands write, in Italian and English: templates filled with products, order
// numbers, cities and amounts. The word frequencies are controlled on purpose, because search cost
// depends on them: the order topic puts "ordine"/"order" in ~10% of messages, the rare word in
// ~0.01%, and Italian text is full of accented words (perché, città, più) that search must fold.
import { chance, integerBetween, pick, type Random, weightedIndexPicker, zipfWeights } from './random';

export type Language = 'it' | 'en';

/** The words the search benchmark looks for, and how often the generator uses them. */
export const searchVocabulary = {
  /** In every order-topic message: "ordine" in Italian, "order" in English. */
  commonWord: 'ordine',
  orderTopicShare: 0.1,
  /** In ~0.01% of messages, in both languages, and nowhere else. */
  rareWord: 'zanzariera',
  rareWordShare: 0.0001,
  /** "perché" typed without its accent. */
  accentFreeQuery: 'perche',
  /** Matches spedizione, spedito, spesa…: served by the 3-character prefix index. */
  threeLetterPrefix: 'spe',
  /** Maria, Marco, Martina, Marino, Marchetti, Martini…: a large share of contacts. */
  contactNamePrefix: 'mar',
} as const;

const products = [
  'Zaino Cervino 35L', 'Scarpone Dolomiti GTX', 'Giacca Antivento Levante', 'Moka Espresso Duo',
  'Bici Elettrica Ardesia', 'Pizza Margherita DOP', 'Occhiali Aurora Polarizzati', 'Crema Viso Idra+',
  'Sneaker Navigli Bianche', 'Smartphone Nova X2', 'Cuffie Bluetooth Eco', 'Tenda Monviso 2P',
  'Borraccia Termica 750ml', 'Cuccia Fido Comfort', 'Lampada Arco Mini', 'Divano Modulare Tevere',
  'Abbonamento Palestra Annuale', 'Chianti Classico Riserva 2019', 'Gelato Pistacchio di Bronte',
  'Camera Doppia Vista Lago', 'Set Pentole Inox 5pz', 'Trolley Cabina Roma 55', 'Tapis Roulant T500',
  'Felpa Hoodie Urban Grey', 'Caffè in grani Miscela Oro',
] as const;
const pickProduct = weightedIndexPicker(zipfWeights(products.length, 0.9));

const cities = ['Milano', 'Roma', 'Torino', 'Napoli', 'Bologna', 'Firenze', 'Bari', 'Palermo', 'Genova', 'Verona', 'Cagliari', 'Trieste', 'London', 'Manchester'] as const;
const sizes = ['S', 'M', 'L', 'XL', '38', '40', '42', '44'] as const;
const weekdaysIt = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'] as const;
const weekdaysEn = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const italianFirstNames = [
  'Maria', 'Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Anna', 'Alessandra', 'Valentina', 'Elena',
  'Federica', 'Silvia', 'Laura', 'Marta', 'Sofia', 'Marco', 'Luca', 'Giuseppe', 'Francesco', 'Alessandro',
  'Andrea', 'Matteo', 'Lorenzo', 'Davide', 'Stefano', 'Giovanni', 'Antonio', 'Roberto', 'Paolo', 'Nicolò',
  'Mattia', 'Gabriele', 'Riccardo', 'Tommaso', 'Simone', 'Fabio', 'Mario', 'Marina', 'Ilaria', 'Noemi',
] as const;
const italianSurnames = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti',
  'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone',
  'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Serra', 'Coppola', 'De Santis', "D'Angelo", 'Marchetti', 'Parisi',
  'Villa', 'Conte', 'Fabbri', 'Grasso', 'Valentini', 'Sala', 'Gatti', 'Pellegrini', 'Sanna', 'Cattaneo',
  'Brambilla', 'Fumagalli', 'Sorrentino', "D'Amico", 'Piras', 'Bellini', 'Basile', 'Riva', 'Donati', 'Nicolosi',
] as const;
const englishFirstNames = [
  'James', 'Oliver', 'Emily', 'Sophie', 'Jack', 'Charlotte', 'Harry', 'Amelia', 'George', 'Olivia',
  'Thomas', 'Grace', 'William', 'Lucy', 'Daniel', 'Hannah', 'Michael', 'Sarah', 'David', 'Emma',
] as const;
const englishSurnames = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke',
] as const;
// Real name frequencies are skewed: many Rossi, few Piras.
const pickItalianFirst = weightedIndexPicker(zipfWeights(italianFirstNames.length, 0.6));
const pickItalianSurname = weightedIndexPicker(zipfWeights(italianSurnames.length, 0.8));
const pickEnglishFirst = weightedIndexPicker(zipfWeights(englishFirstNames.length, 0.6));
const pickEnglishSurname = weightedIndexPicker(zipfWeights(englishSurnames.length, 0.8));

export interface CustomerProfile {
  externalId: string;
  name: string;
  /** What a brand's reply greets them by. */
  firstName: string;
  handle: string;
  language: Language;
}

export function customerProfile(random: Random, index: number): CustomerProfile {
  const language: Language = chance(random, 0.65) ? 'it' : 'en';
  const first = (language === 'it' ? italianFirstNames[pickItalianFirst(random)] : englishFirstNames[pickEnglishFirst(random)]) ?? 'Anna';
  const last = (language === 'it' ? italianSurnames[pickItalianSurname(random)] : englishSurnames[pickEnglishSurname(random)]) ?? 'Rossi';
  const handle = `${handleWord(first)}.${handleWord(last)}${integerBetween(random, 1, 99)}`;
  // Most people show their full name; some only a first name, some only their handle.
  const style = random();
  const name = style < 0.85 ? `${first} ${last}` : style < 0.95 ? first : handle;
  return { externalId: `cust-${index}`, name, firstName: first, handle, language };
}

function handleWord(word: string): string {
  return word.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** Everything a message's text depends on besides its own random stream. */
export interface MessageTopic {
  language: Language;
  inbound: boolean;
  customerFirstName: string;
}

type Template = (random: Random, firstName: string) => string;

const product = (random: Random) => products[pickProduct(random)] ?? products[0];
const orderNumber = (random: Random) =>
  pick(random, [`#IT${integerBetween(random, 1_000_000, 9_999_999)}`, `IT-2025-${integerBetween(random, 10_000, 99_999)}`, `#${integerBetween(random, 100_000, 999_999)}`]);
const amount = (random: Random) => `${integerBetween(random, 9, 249)},${pick(random, ['00', '90', '99', '50'])}`;
const days = (random: Random) => integerBetween(random, 2, 21);

const italianInbound: Template[] = [
  (r) => `Il pacco con ${product(r)} non è ancora arrivato a ${pick(r, cities)}, perché?`,
  (r) => `Avete ancora ${product(r)} in taglia ${pick(r, sizes)}? Quando torna disponibile?`,
  (r) => `${product(r)} si è rotto dopo ${days(r)} giorni, la qualità non è più quella di una volta.`,
  (r) => `A che ora aprite ${pick(r, weekdaysIt)}? Siete aperti anche a ${pick(r, cities)}?`,
  (r) => `Servizio fantastico, grazie mille! ${product(r)} è perfetto.`,
  (r) => `Vorrei il rimborso per ${product(r)}, mi avete addebitato ${amount(r)} € due volte.`,
  (r) => `Posso prenotare un tavolo per ${integerBetween(r, 2, 12)} persone ${pick(r, weekdaysIt)} sera?`,
  (r) => `Quanto costa la spedizione per ${pick(r, cities)}? E quanti giorni ci vogliono?`,
  () => 'Ho scritto già tre volte e nessuno mi risponde, perché?',
  (r) => `Il codice sconto ESTATE${integerBetween(r, 10, 50)} non funziona più, mi aiutate?`,
  (r) => `Fate consegne anche fuori città? Abito vicino a ${pick(r, cities)}.`,
  () => 'Il link del vostro sito non si apre da ieri sera.',
  (r) => `Che differenza c'è tra ${product(r)} e ${product(r)}?`,
  () => 'Il corriere dice che ero assente ma ero in casa tutto il giorno!',
  (r) => `Potete fare la fattura a nome della mia azienda? P.IVA ${integerBetween(r, 10_000_000, 99_999_999)}${integerBetween(r, 100, 999)}`,
];
const italianOrderInbound: Template[] = [
  (r) => `Ho fatto l'ordine ${orderNumber(r)} ${days(r)} giorni fa e non è ancora arrivato, perché?`,
  (r) => `Il mio ordine ${orderNumber(r)} risulta consegnato ma non ho ricevuto niente.`,
  (r) => `Posso cambiare l'indirizzo di consegna dell'ordine ${orderNumber(r)}? Mi sono trasferito a ${pick(r, cities)}.`,
  (r) => `Vorrei annullare l'ordine ${orderNumber(r)}, ho sbagliato taglia di ${product(r)}.`,
  (r) => `Nell'ordine ${orderNumber(r)} manca ${product(r)}, potete controllare?`,
];
const italianOutbound: Template[] = [
  (_r, first) => `Ciao ${first}, grazie per averci scritto! Ti rispondiamo al più presto 😊`,
  (_r, first) => `Ciao ${first}, ci dispiace molto. Abbiamo già segnalato il problema al reparto qualità.`,
  (_r, first) => `Buongiorno ${first}, siamo aperti dal lunedì al sabato dalle 9 alle 19.`,
  (r, first) => `Ciao ${first}, ${product(r)} tornerà disponibile entro ${days(r)} giorni.`,
  (r, first) => `Ciao ${first}, la spedizione per ${pick(r, cities)} è gratuita sopra i 49 €.`,
  (_r, first) => `Ciao ${first}, ti abbiamo scritto in privato con le istruzioni per il reso.`,
];
const italianOrderOutbound: Template[] = [
  (_r, first) => `Ciao ${first}, ci scrivi il numero dell'ordine in privato? Così controlliamo subito.`,
  (r, first) => `Ciao ${first}, abbiamo verificato l'ordine ${orderNumber(r)}: partirà domani con il corriere.`,
  (r, first) => `Ciao ${first}, l'ordine ${orderNumber(r)} è stato annullato e il rimborso arriverà in 5 giorni lavorativi.`,
];
const englishInbound: Template[] = [
  (r) => `My parcel with the ${product(r)} still hasn't arrived in ${pick(r, cities)}, why?`,
  (r) => `Do you still have the ${product(r)} in size ${pick(r, sizes)}? When will it be back in stock?`,
  (r) => `The ${product(r)} broke after ${days(r)} days, quality is not what it used to be.`,
  (r) => `What time do you open on ${pick(r, weekdaysEn)}? Is the ${pick(r, cities)} store open too?`,
  (r) => `Amazing service, thank you so much! The ${product(r)} is perfect.`,
  (r) => `I'd like a refund for the ${product(r)}, you charged me ${amount(r)} € twice.`,
  (r) => `Can I book a table for ${integerBetween(r, 2, 12)} people on ${pick(r, weekdaysEn)} evening?`,
  (r) => `How much is shipping to ${pick(r, cities)}? And how long does it take?`,
  () => "I've written three times already and nobody answers me.",
  (r) => `The discount code SUMMER${integerBetween(r, 10, 50)} doesn't work anymore, can you help?`,
  () => 'Your website link has been broken since last night.',
  (r) => `What's the difference between the ${product(r)} and the ${product(r)}?`,
  () => 'The courier says I was not at home but I was in all day!',
];
const englishOrderInbound: Template[] = [
  (r) => `I placed order ${orderNumber(r)} ${days(r)} days ago and it still hasn't arrived.`,
  (r) => `My order ${orderNumber(r)} shows as delivered but I received nothing.`,
  (r) => `Can I change the delivery address for order ${orderNumber(r)}? I moved to ${pick(r, cities)}.`,
  (r) => `I want to cancel order ${orderNumber(r)}, I picked the wrong size of ${product(r)}.`,
  (r) => `The ${product(r)} is missing from order ${orderNumber(r)}, can you check?`,
];
const englishOutbound: Template[] = [
  (_r, first) => `Hi ${first}, thanks for reaching out! We'll get back to you shortly 😊`,
  (_r, first) => `Hi ${first}, we're so sorry. We've passed this on to our quality team.`,
  (_r, first) => `Hi ${first}, we're open Monday to Saturday, 9am to 7pm.`,
  (r, first) => `Hi ${first}, the ${product(r)} will be back in stock within ${days(r)} days.`,
  (r, first) => `Hi ${first}, shipping to ${pick(r, cities)} is free over 49 €.`,
  (_r, first) => `Hi ${first}, we've sent you a DM with the return instructions.`,
];
const englishOrderOutbound: Template[] = [
  (_r, first) => `Hi ${first}, could you DM us your order number? We'll look into it right away.`,
  (r, first) => `Hi ${first}, we checked order ${orderNumber(r)}: it ships tomorrow.`,
  (r, first) => `Hi ${first}, order ${orderNumber(r)} has been cancelled and your refund will arrive within 5 working days.`,
];

// Extra sentences with Zipf frequencies: a few very common ("Grazie in anticipo."), a long tail.
const italianExtras: Template[] = [
  () => 'Grazie in anticipo.', () => 'Aspetto una risposta.', () => 'È la seconda volta che succede.',
  () => 'Sono un cliente da anni.', () => 'Vi allego una foto.', () => 'Non è accettabile.',
  (r) => `Ho bisogno di una risposta entro ${pick(r, weekdaysIt)}.`, () => 'Mio figlio è molto deluso.',
  () => 'Lo avevo regalato a mia madre.', (r) => `Il mio numero è +39 3${integerBetween(r, 10_000_000, 99_999_999)}.`,
  (r) => `Sono a ${pick(r, cities)} fino a ${pick(r, weekdaysIt)}.`, () => "Anche l'imballaggio era danneggiato.",
  () => 'Per me va bene anche un buono.', () => 'Vi seguo da quando avete aperto il negozio in centro città.',
  () => 'Però il personale in negozio è sempre gentilissimo.', () => 'Non so più cosa fare.',
];
const englishExtras: Template[] = [
  () => 'Thanks in advance.', () => 'Waiting for your reply.', () => 'This is the second time it happens.',
  () => "I've been a customer for years.", () => 'Photo attached.', () => 'This is not acceptable.',
  (r) => `I need an answer by ${pick(r, weekdaysEn)}.`, () => 'My son is very disappointed.',
  () => 'It was a gift for my mum.', (r) => `My phone number is +44 7${integerBetween(r, 100_000_000, 999_999_999)}.`,
  () => 'The packaging was damaged too.', () => 'A voucher would be fine as well.',
];
const pickItalianExtra = weightedIndexPicker(zipfWeights(italianExtras.length, 1.1));
const pickEnglishExtra = weightedIndexPicker(zipfWeights(englishExtras.length, 1.1));
// Topics are skewed too: "where is my parcel" is far more common than an invoice request.
const pickItalianInbound = weightedIndexPicker(zipfWeights(italianInbound.length, 0.7));
const pickEnglishInbound = weightedIndexPicker(zipfWeights(englishInbound.length, 0.7));

const greetings: Record<Language, readonly string[]> = { it: ['Ciao', 'Buongiorno', 'Salve', 'Buonasera'], en: ['Hi', 'Hello', 'Hey', 'Good morning'] };
const closings: Record<Language, readonly string[]> = { it: ['Grazie', 'Grazie mille!', 'Saluti', 'Cordiali saluti', '🙏'], en: ['Thanks', 'Thank you!', 'Cheers', 'Best regards'] };
const rareSentence: Record<Language, string> = {
  it: 'Anche la zanzariera è arrivata rotta.',
  en: 'The zanzariera mosquito net arrived broken as well.',
};

export function messageText(random: Random, topic: MessageTopic): string {
  const { language, inbound } = topic;
  const aboutAnOrder = chance(random, searchVocabulary.orderTopicShare);
  const parts: string[] = [];
  if (inbound && chance(random, 0.45)) parts.push(`${pick(random, greetings[language])}!`);
  parts.push(mainSentence(random, topic, aboutAnOrder));
  if (inbound && chance(random, 0.35)) parts.push(extraSentence(random, language));
  if (chance(random, searchVocabulary.rareWordShare)) parts.push(rareSentence[language]);
  if (inbound && chance(random, 0.3)) parts.push(pick(random, closings[language]));
  return parts.join(' ');
}

function mainSentence(random: Random, topic: MessageTopic, aboutAnOrder: boolean): string {
  const { language, inbound, customerFirstName } = topic;
  if (language === 'it') {
    if (inbound) return aboutAnOrder ? pick(random, italianOrderInbound)(random, customerFirstName) : fromPicker(italianInbound, pickItalianInbound, random, customerFirstName);
    return pick(random, aboutAnOrder ? italianOrderOutbound : italianOutbound)(random, customerFirstName);
  }
  if (inbound) return aboutAnOrder ? pick(random, englishOrderInbound)(random, customerFirstName) : fromPicker(englishInbound, pickEnglishInbound, random, customerFirstName);
  return pick(random, aboutAnOrder ? englishOrderOutbound : englishOutbound)(random, customerFirstName);
}

function extraSentence(random: Random, language: Language): string {
  return language === 'it' ? fromPicker(italianExtras, pickItalianExtra, random, '') : fromPicker(englishExtras, pickEnglishExtra, random, '');
}

function fromPicker(templates: readonly Template[], picker: (random: Random) => number, random: Random, firstName: string): string {
  const template = templates[picker(random)];
  if (!template) throw new RangeError('template index out of range');
  return template(random, firstName);
}
