// What the demo workspace's customers say: two brands, each a Facebook Page with a linked
// Instagram account. Pizzeria Da Gino's customers write Italian (bookings, allergies, late
// deliveries, "perché…", accented text); Alpine Outdoor's write English (orders, returns, sizes).
// Times are hours before the moment the seed runs, chosen so that some threads sit inside the
// 24-hour window, some between 24 hours and 7 days (HUMAN_AGENT only) and some beyond.

export interface ScriptLine {
  from: 'customer' | 'page';
  hoursAgo: number;
  text: string;
}

export interface ConversationScript {
  platform: 'messenger' | 'instagram';
  customer: string;
  /** Instagram handle, for Instagram customers. */
  username?: string;
  lines: ScriptLine[];
}

export interface CommentScript {
  author: string;
  username?: string;
  hoursAgo: number;
  text: string;
  /** The Page already answered in public. */
  pageReply?: { hoursAgo: number; text: string };
  /** The Page already answered privately (the one private reply is used). */
  privateReply?: { hoursAgo: number; text: string };
}

export interface PostScript {
  hoursAgo: number;
  text: string;
  mediaType?: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  comments: CommentScript[];
}

export interface BrandScript {
  key: 'da-gino' | 'alpine';
  page: { name: string; username: string; category: string; about: string; fanCount: number };
  instagram: { username: string; name: string; biography: string; followersCount: number };
  conversations: ConversationScript[];
  posts: PostScript[];
  media: PostScript[];
  /** Lines for chatter: new customer messages and comments, in the brand's language. */
  chatter: { messages: string[]; comments: string[]; newCustomers: { name: string; username: string }[] };
}

const c = (hoursAgo: number, text: string): ScriptLine => ({ from: 'customer', hoursAgo, text });
const p = (hoursAgo: number, text: string): ScriptLine => ({ from: 'page', hoursAgo, text });

export const daGino: BrandScript = {
  key: 'da-gino',
  page: {
    name: 'Pizzeria Da Gino',
    username: 'pizzeriadagino',
    category: 'Pizza Place',
    about: 'Pizza napoletana a lievitazione naturale dal 1987. Consegne a domicilio ogni sera.',
    fanCount: 4820,
  },
  instagram: { username: 'pizzeria.dagino', name: 'Pizzeria Da Gino', biography: 'Pizza napoletana 🍕 Prenotazioni in DM', followersCount: 6310 },
  conversations: [
    {
      platform: 'messenger',
      customer: 'Giulia Romano',
      lines: [
        c(3, 'Buongiorno! Vorrei prenotare un tavolo per 4 persone sabato sera alle 20:30.'),
        p(2.5, 'Ciao Giulia! Sabato alle 20:30 abbiamo posto. A che nome prenotiamo?'),
        c(0.4, 'Romano. Si può avere un tavolo all’aperto? Verrà anche il cane 🐶'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Marco Bianchi',
      lines: [
        c(2.2, 'Salve, mio figlio è celiaco. Avete l’impasto senza glutine?'),
        c(2.1, 'E il forno è separato? Non vorrei contaminazioni.'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Francesca Esposito',
      lines: [
        c(1.4, 'Ho ordinato alle 19:45 una margherita e una diavola, ordine n. 5812.'),
        p(1.2, 'Grazie Francesca, il rider è partito adesso: 20 minuti al massimo.'),
        c(0.2, 'Perché il mio ordine non è ancora arrivato? È passata più di un’ora… 😡'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Luca Ferrari',
      lines: [
        c(31, 'Ciao, la mozzarella senza lattosio costa di più?'),
        p(30, 'Ciao Luca, sì: 1,50 € in più a pizza.'),
        c(29.5, 'Perché così tanto? Da altre parti è gratis.'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Chiara Colombo',
      lines: [
        c(52, 'Sabato prossimo festeggiamo i 40 anni di mio marito, siamo in 12. Posso portare la torta?'),
        c(51.8, 'E c’è un supplemento per il servizio torta?'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Alessandro Ricci',
      lines: [
        c(101, 'Mi è arrivata una capricciosa invece della quattro formaggi. Ordine n. 5620.'),
        p(100, 'Ci scusi Alessandro! Le mandiamo subito quella giusta.'),
        c(99, 'Arrivata, grazie. Però era tiepida… si può avere uno sconto la prossima volta?'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Sofia Marino',
      lines: [
        c(245, 'Siete aperti a Pasquetta? E a che ora chiude la cucina?'),
        p(244, 'Sì Sofia, aperti a pranzo e cena, cucina fino alle 23.'),
      ],
    },
    {
      platform: 'instagram',
      customer: 'Martina Greco',
      username: 'martina.greco',
      lines: [c(1.1, 'Fate consegne a domicilio in zona Navigli? 🛵'), c(1, 'Quanto costa la consegna?')],
    },
    {
      platform: 'instagram',
      customer: 'Davide Conti',
      username: 'davide_conti',
      lines: [
        c(62, 'La pizza di ieri sera era fredda e la pasta bruciata sotto. Perché?'),
        p(61, 'Ci dispiace molto Davide, ci manda il numero dell’ordine in privato?'),
        c(60, 'Ordine 5733. Non è la prima volta però…'),
      ],
    },
    {
      platform: 'instagram',
      customer: 'Elena Gallo',
      username: 'elena.gallo',
      lines: [c(220, 'Il vostro tiramisù è il più buono della città! Lo fate anche da asporto?'), p(219, 'Grazie Elena! Sì, anche in vaschetta da 6 porzioni.')],
    },
    {
      platform: 'instagram',
      customer: 'Paolo Rinaldi',
      username: 'paolo.rinaldi',
      lines: [c(5.5, 'Ho un’allergia alla frutta a guscio: la pizza al pistacchio posso evitarla, ma il pesto ha pinoli?'), p(5, 'Ciao Paolo, sì, il nostro pesto contiene pinoli.'), c(4.8, 'E l’olio per friggere è lo stesso delle arachidi?')],
    },
  ],
  posts: [
    {
      hoursAgo: 20,
      text: 'Questa settimana torna la pizza con friarielli e salsiccia! 🍕 Solo fino a domenica.',
      comments: [
        { author: 'Roberta Fontana', hoursAgo: 18, text: 'Finalmente!! Si può avere anche senza salsiccia?', pageReply: { hoursAgo: 17, text: 'Certo Roberta, la facciamo anche vegetariana 🌱' } },
        { author: 'Giorgio Lombardi', hoursAgo: 6, text: 'Perché non la fate tutto l’anno?' },
        { author: 'Marco Bianchi', hoursAgo: 2, text: 'C’è anche in versione senza glutine?' },
      ],
    },
    {
      hoursAgo: 90,
      text: 'Stasera siamo al completo, ma le consegne funzionano fino alle 23:30. Grazie a tutti! ❤️',
      comments: [
        { author: 'Valentina Moretti', hoursAgo: 88, text: 'Ho aspettato 90 minuti la consegna ieri, non è accettabile.', privateReply: { hoursAgo: 87, text: 'Ciao Valentina, ci scrive il numero dell’ordine? Vogliamo rimediare.' } },
        { author: 'Simone Barbieri', hoursAgo: 80, text: 'Bravi ragazzi, la margherita è sempre perfetta.' },
      ],
    },
    {
      hoursAgo: 240,
      text: 'Siamo aperti anche a Pasqua e Pasquetta, prenotate per tempo!',
      comments: [{ author: 'Sofia Marino', hoursAgo: 230, text: 'Si può prenotare per 8 persone il lunedì a pranzo?' }],
    },
  ],
  media: [
    {
      hoursAgo: 26,
      text: 'La nostra margherita, come la faceva nonno Gino. #pizzanapoletana #milano',
      mediaType: 'IMAGE',
      comments: [
        { author: 'Martina Greco', username: 'martina.greco', hoursAgo: 25, text: 'Che meraviglia 😍 Ma il cornicione è sempre così alto?' },
        { author: 'Luca Ferrari', username: 'luca.ferrari88', hoursAgo: 3, text: 'Perché il sabato non si riesce mai a prenotare? 😅', pageReply: { hoursAgo: 2, text: 'Scrivici in DM, ti teniamo un tavolo!' } },
      ],
    },
    {
      hoursAgo: 75,
      text: 'Dietro le quinte: 48 ore di lievitazione 🕰️',
      mediaType: 'VIDEO',
      comments: [{ author: 'Chiara Colombo', username: 'chiara.colombo', hoursAgo: 70, text: 'Avete anche l’impasto integrale?' }],
    },
    {
      hoursAgo: 200,
      text: 'Il tiramisù della casa ☕',
      mediaType: 'CAROUSEL_ALBUM',
      comments: [{ author: 'Elena Gallo', username: 'elena.gallo', hoursAgo: 190, text: 'Il migliore di Milano, senza dubbio!' }],
    },
  ],
  chatter: {
    messages: [
      'Buonasera, avete ancora posto per due stasera?',
      'Perché la consegna costa 3 € oggi? Ieri era gratis.',
      'Posso cambiare la prenotazione da sabato a domenica?',
      'La pizza è arrivata, buonissima come sempre! 😋',
      'Avete opzioni vegane? Mia sorella non mangia formaggi.',
      'Il rider non trova il citofono, può richiamarmi? Sono al 3° piano.',
      'È possibile avere la fattura per l’ordine di ieri?',
      'Quanto tempo ci vuole per una consegna in via Tortona?',
    ],
    comments: [
      'Quando tornate con la pizza al tartufo? 🤤',
      'Perché il forno è chiuso il martedì?',
      'Che buona! Ci vediamo sabato 🍕',
      'Fate anche pizze per feste di compleanno?',
      'Più buona di così non si può 😍',
    ],
    newCustomers: [
      { name: 'Beatrice Santoro', username: 'bea.santoro' },
      { name: 'Tommaso Galli', username: 'tommy.galli' },
      { name: 'Alice Ferri', username: 'alice_ferri' },
    ],
  },
};

export const alpine: BrandScript = {
  key: 'alpine',
  page: {
    name: 'Alpine Outdoor',
    username: 'alpineoutdoorgear',
    category: 'Sporting Goods Store',
    about: 'Technical gear for hiking, climbing and camping. Free returns within 30 days.',
    fanCount: 18250,
  },
  instagram: { username: 'alpine.outdoor', name: 'Alpine Outdoor', biography: 'Gear for the long way up ⛰️ Support via DM', followersCount: 24100 },
  conversations: [
    {
      platform: 'messenger',
      customer: 'Emily Carter',
      lines: [c(1.5, 'Hi, my order #AO-10482 still says "processing" after 4 days. Has it shipped?'), c(1.2, 'I need the tent for a trip on Friday.')],
    },
    {
      platform: 'messenger',
      customer: 'James Walker',
      lines: [
        c(4, 'The Ridge GTX boots are too small, I normally wear a 44. Can I return them?'),
        p(3.5, 'Hi James! Yes, returns are free within 30 days. Would you like to exchange for a 45?'),
        c(3, 'Exchange please. Do I need the original box?'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Sarah Mitchell',
      lines: [c(20, "What size should I get in the women's Summit shell jacket? I'm 168 cm and usually wear a medium.")],
    },
    {
      platform: 'messenger',
      customer: 'Michael Brown',
      lines: [
        c(40, 'I returned a sleeping pad two weeks ago and still no refund.'),
        p(39, 'Sorry Michael, could you send us the return number?'),
        c(36, 'RMA-55810. The tracking shows it was delivered to you on the 3rd.'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Olivia Davis',
      lines: [c(73, 'Can I exchange the -5°C sleeping bag for the -10°C one? Happy to pay the difference.')],
    },
    {
      platform: 'messenger',
      customer: 'Daniel Wilson',
      lines: [
        c(131, 'My Basecamp 3 tent arrived without one of the poles.'),
        p(130, 'So sorry Daniel! We are sending a replacement pole today.'),
        c(128, 'Thanks. Will it arrive before the weekend?'),
      ],
    },
    {
      platform: 'messenger',
      customer: 'Jessica Taylor',
      lines: [c(290, 'Does the student discount work on sale items?'), p(288, 'Hi Jessica, the student discount applies to full-price items only.')],
    },
    {
      platform: 'instagram',
      customer: 'Kate Summers',
      username: 'trailrunner_kate',
      lines: [c(0.6, 'Does the Summit 45 pack fit a 15" laptop? 🎒')],
    },
    {
      platform: 'instagram',
      customer: 'Mike Holden',
      username: 'mountain.mike',
      lines: [
        c(29, 'My headlamp arrived with a cracked lens. Order AO-10391.'),
        p(28.5, 'Hi Mike, sorry about that! Could you send a photo of the lens?'),
        c(28, 'Sent it by email yesterday, no answer yet.'),
      ],
    },
    {
      platform: 'instagram',
      customer: 'Anna Lindqvist',
      username: 'alpine.anna',
      lines: [c(195, 'Do the kids rain jackets run small? My son is 8 and tall for his age.'), p(194, 'Hi Anna, they run true to size: for a tall 8-year-old we suggest the 10Y.')],
    },
    {
      platform: 'instagram',
      customer: 'Ben Foster',
      username: 'ben.outdoors',
      lines: [c(6.5, 'Can I return boots I wore once on a short hike? They gave me blisters.'), c(6, 'They look basically new.')],
    },
  ],
  posts: [
    {
      hoursAgo: 14,
      text: 'New in: the Summit shell jacket, 3-layer and only 320 g. Which colour would you pick?',
      comments: [
        { author: 'Laura Bennett', hoursAgo: 12, text: 'The green one! Does it come in XS?', pageReply: { hoursAgo: 11, text: 'Hi Laura, yes, XS to XXL in every colour.' } },
        { author: 'Tom Harris', hoursAgo: 5, text: 'Ordered one last week and it still has not shipped. Order AO-10455.' },
        { author: 'Sarah Mitchell', hoursAgo: 1.5, text: 'Is the hood helmet compatible?' },
      ],
    },
    {
      hoursAgo: 70,
      text: 'Free returns are now 30 days on everything, including sale items.',
      comments: [
        { author: 'Chris Evans', hoursAgo: 66, text: 'Do you also pay the return shipping from Norway?', privateReply: { hoursAgo: 65, text: 'Hi Chris, yes — we have sent you the return label privately.' } },
        { author: 'Megan Clark', hoursAgo: 60, text: 'Great policy, thanks!' },
      ],
    },
    {
      hoursAgo: 260,
      text: 'Spring sale: 20% off tents and sleeping bags this weekend only.',
      comments: [{ author: 'Olivia Davis', hoursAgo: 250, text: 'Does the sale include the -10°C bag?' }],
    },
  ],
  media: [
    {
      hoursAgo: 30,
      text: 'Sunrise on the ridge, shot on a Basecamp 3 weekend ⛺ #alpineoutdoor',
      mediaType: 'IMAGE',
      comments: [
        { author: 'Kate Summers', username: 'trailrunner_kate', hoursAgo: 29, text: 'Where is this?! 😍' },
        { author: 'Ben Foster', username: 'ben.outdoors', hoursAgo: 4, text: 'Is the Basecamp 3 ok for winter camping?', pageReply: { hoursAgo: 3.5, text: 'It is a 3-season tent: great until the first snow!' } },
      ],
    },
    {
      hoursAgo: 96,
      text: 'How to lace boots for steep descents 👇',
      mediaType: 'VIDEO',
      comments: [{ author: 'Mike Holden', username: 'mountain.mike', hoursAgo: 90, text: 'Game changer, my toes thank you.' }],
    },
    {
      hoursAgo: 210,
      text: 'Packing list for a 3-day hut trip',
      mediaType: 'CAROUSEL_ALBUM',
      comments: [{ author: 'Anna Lindqvist', username: 'alpine.anna', hoursAgo: 200, text: 'Would you bring microspikes in June?' }],
    },
  ],
  chatter: {
    messages: [
      'Hi, is the Summit jacket waterproof enough for Scotland?',
      'Where is my order? Tracking has not updated in 3 days.',
      'Can I change the delivery address on order AO-10512?',
      'Do you price match other retailers?',
      'What is the difference between the Ridge and the Ridge GTX?',
      'My return was delivered but I have no refund yet.',
      "Which size for the kids' fleece, 7 years old?",
      'Do you ship to Switzerland?',
    ],
    comments: [
      'Is this on sale on Black Friday?',
      'Love mine, used it for three seasons already!',
      'Does it come in a wide fit?',
      'What is the weight of the large size?',
      'Please restock the blue one 🙏',
    ],
    newCustomers: [
      { name: 'Hannah Price', username: 'hannah.hikes' },
      { name: 'Oliver Grant', username: 'ollie_grant' },
      { name: 'Grace Turner', username: 'grace.on.trails' },
    ],
  },
};

export const brandScripts: readonly BrandScript[] = [daGino, alpine];
