import type { Tpl } from './ctx';

/** Walk-through steps a provider gives after pointing to a source (kind of resource). */
export type StepKind = 'database' | 'account' | 'form' | 'app' | 'catalog' | 'web';

export interface Referral {
  /** who the patron is sent to ("the District Court Self-Help Center") */
  who: string;
  /** how to reach them ("410-555-0172 or mdcourts.gov/selfhelp") */
  contact: string;
}

export interface TopicContent {
  /** the patron's opening question */
  ask: Tpl[];
  /** clarifying questions or restatements ("So you need…?") about the need, each with patron answers */
  clarify: [Tpl, Tpl[]][];
  /** an answer that gives a source: a URL or domain, a named database, catalogue, guide or book */
  answer: Tpl[];
  /** an answer from the provider's own knowledge, naming no source */
  bare: Tpl[];
  /** further patron questions with the provider's answers */
  more?: [Tpl, Tpl][];
  referral?: Referral[];
}

export interface Topic {
  id: string;
  /** descriptive code */
  tag: string;
  /** LibChat department */
  dept: string;
  /** how providers name the subject ("genealogy", "tax forms") */
  label: string;
  for: 'county' | 'university' | 'both';
  weight: number;
  steps: StepKind;
  /** what a recorded follow-up says was sent */
  followNote: string;
  vars?: Record<string, string>[];
  en: TopicContent;
  es?: TopicContent;
}

export const TOPICS: Topic[] = [
  {
    id: 'articles', tag: 'Databases', dept: 'Research Help', label: 'article databases', for: 'both', weight: 9, steps: 'database',
    followNote: 'e-mailed a list of peer-reviewed articles',
    vars: [
      { subj: 'nursing burnout', db: 'CINAHL Complete', kw: 'burnout AND nurs*' },
      { subj: 'climate migration', db: 'Academic Search Complete', kw: '"climate change" AND migration' },
      { subj: 'social media and teen anxiety', db: 'APA PsycInfo', kw: '"social media" AND adolescen* AND anxiety' },
      { subj: 'oyster restoration in the Chesapeake Bay', db: 'Environment Complete', kw: 'oyster* AND restoration AND Chesapeake' },
      { subj: 'the minimum wage and small businesses', db: 'Business Source Complete', kw: '"minimum wage" AND "small business*"' },
      { subj: 'police body cameras', db: 'Criminal Justice Database', kw: '"body-worn camera*" OR "body camera*"' },
      { subj: 'school lunch programs', db: 'ERIC', kw: '"school lunch" AND nutrition' },
      { subj: 'the Harlem Renaissance', db: 'JSTOR', kw: '"Harlem Renaissance" AND poetry' },
      { subj: 'microplastics in drinking water', db: 'Academic Search Complete', kw: 'microplastic* AND "drinking water"' },
    ],
    en: {
      ask: [
        (c) => `I need scholarly articles about ${c.v.subj} for my research paper`,
        (c) => `hi, where can I find peer reviewed sources on ${c.v.subj}?`,
        (c) => `My professor wants 5 academic journal articles on ${c.v.subj} and google scholar keeps asking me to pay`,
        (c) => `looking for research on ${c.v.subj}, do you have any databases for that`,
      ],
      clarify: [
        ['Is this for a class, and does it need to be peer reviewed?', ['yes its for english 102, has to be peer reviewed', 'yes, scholarly only', 'its for my capstone, peer reviewed yes']],
        ['Do the articles need to be from a certain time period, like the last five years?', ['yes last 5 years', 'anything since 2018 is fine', 'no date limit i think']],
        [(c) => `So you need peer-reviewed journal articles about ${c.v.subj}, is that right?`, ["yes that's right. 5 articles", 'yes exactly', 'yep, at least 3']],
        ['Which angle are you most interested in, causes, effects or solutions?', ['mostly the causes', 'effects on people', 'solutions, its a proposal paper']],
        ['How many sources do you need, and when is it due?', ['5 sources, due friday', 'at least 8. due next week', '3 scholarly ones by monday']],
      ],
      answer: [
        (c) => `Try ${c.v.db}: from ${c.plib.domain}, go to Research, then Databases A-Z, and pick ${c.v.db}. Search ${c.v.kw} and check the Peer Reviewed box on the left.`,
        (c) => `A good place to start is ${c.v.db}. Here's the link: https://${c.plib.domain}/databases. Log in with your library card (or campus ID) and search ${c.v.kw}.`,
        (c) => `I ran a search in ${c.v.db} for ${c.v.kw}, limited to scholarly journals since 2020, and got about 60 results. You'll find it under Research > Databases at ${c.plib.domain}.`,
      ],
      bare: [
        (c) => `For ${c.v.subj}, you'll want to search with a couple of different keywords and combine them with AND. Limiting to peer-reviewed journals will cut out news and opinion pieces.`,
        "Scholarly articles usually have an abstract, a list of references at the end and authors with university affiliations, so look for those when you're picking sources.",
      ],
      more: [
        ['how do i know if its peer reviewed', "In the results list there's a Peer Reviewed checkbox on the left; anything you get with it checked has been reviewed. You can also check the journal in Ulrichsweb from the same database list."],
        ['can i get the full text?', 'Look for the PDF Full Text link under each result. If there is none, click Find It and request the article through interlibrary loan; it usually arrives by e-mail in two or three days.'],
        ['is there a way to save them all', 'Click the folder icon next to each article, then open the folder at the top of the page and choose E-mail. You can even pick APA or MLA so the citations come with it.'],
      ],
      referral: [{ who: 'your subject librarian', contact: 'research@example.org' }],
    },
  },
  {
    id: 'citation', tag: 'Citation', dept: 'Research Help', label: 'citation styles', for: 'both', weight: 5, steps: 'web',
    followNote: 'sent corrected citations',
    vars: [
      { style: 'APA', src: 'a YouTube video' },
      { style: 'MLA', src: 'a chapter in an edited book' },
      { style: 'APA 7', src: 'a government report' },
      { style: 'Chicago', src: 'a newspaper article from a database' },
      { style: 'MLA 9', src: 'a TED talk' },
    ],
    en: {
      ask: [
        (c) => `how do I cite ${c.v.src} in ${c.v.style}?`,
        (c) => `I need help with my works cited, not sure how to do ${c.v.src} in ${c.v.style}`,
        (c) => `quick question about ${c.v.style} citations for ${c.v.src}`,
      ],
      clarify: [
        ['Do you have the author, the date and the title handy?', ['yes I have the author and date', 'no author, just the title', 'i have everything']],
        ['Is this for the reference list at the end, or for the citation in the text?', ['the reference list at the end', 'both i guess', 'in text']],
        [(c) => `So you need the ${c.v.style} format for ${c.v.src}, right?`, ['yes', 'yes exactly', 'right']],
        ['Which edition of the style guide does your instructor want you to use?', ['the latest one', 'not sure, probably the newest', '7th edition']],
      ],
      answer: [
        (c) => `The Purdue OWL has examples for exactly that: https://owl.purdue.edu/owl/research_and_citation/ (choose ${c.v.style}, then the source type).`,
        (c) => `Our citation guide has ${c.v.style} examples for ${c.v.src}: ${c.plib.domain}/citing. Scroll to the section for your source type.`,
        (c) => `The official ${c.v.style} style blog has a page on this at apastyle.apa.org/style-grammar-guidelines/references/examples, and the Purdue OWL covers it too.`,
      ],
      bare: [
        'Start with the author, then the date in parentheses, then the title in italics, then where it came from. The exact punctuation depends on the source type.',
        'You list the creator first, then the title, then the publisher or site and the date. If there is no author, start with the title instead.',
      ],
      more: [
        ['what if there is no date', 'Use (n.d.) in place of the date in APA; in MLA you can leave the date out and add the date you accessed it at the end.'],
        ['does the works cited page need to be double spaced', 'Yes, double spaced with a hanging indent of half an inch. The OWL page has a sample page you can compare with.'],
      ],
    },
  },
  {
    id: 'card', tag: 'Library Card', dept: 'Circulation', label: 'library accounts', for: 'county', weight: 7, steps: 'account',
    followNote: 'confirmed card renewal with the patron',
    en: {
      ask: [
        'I forgot my PIN and cant log into my account',
        'how do i get a library card? i just moved here',
        'my card says expired when I try to log in',
        'Can I get a library card online or do I have to come in?',
        'it keeps saying my card number is invalid',
      ],
      clarify: [
        ['Do you already have a card, or are you signing up for the first time?', ['I have one, just forgot the pin', 'first time, i live in the county', 'i had one years ago']],
        [(c) => `Is your card from ${c.plib.name}, or from another library?`, ['yes that one', 'from there yes', 'i think so']],
        ['Where are you trying to log in: the website, the Libby app, or somewhere else?', ['the website', 'the libby app', 'the catalog on my phone']],
        ['Do you live in Maryland? That affects which card you can get.', ['yes I live in Maryland', 'yes, moved here last month', 'I work here but live in PA']],
      ],
      answer: [
        (c) => `You can reset it yourself: go to ${c.plib.domain}, click My Account, then Forgot PIN, and enter the e-mail on your account.`,
        (c) => `You can sign up online at ${c.plib.domain}/get-a-card. You'll get a digital card number right away, and you can pick up the plastic card at any branch with a photo ID.`,
        (c) => `Cards expire every three years. You can renew it online under My Account at ${c.plib.domain}, or at any branch desk.`,
      ],
      bare: [
        'Your PIN is usually the last four digits of the phone number on your account, unless you changed it. If that does not work, staff at any branch can reset it.',
        'Any Maryland resident can get a card for free. Bring a photo ID with your current address to any branch.',
      ],
      more: [
        ['how many books can i check out', 'Up to 50 items at a time, and e-books count separately, so you can borrow as much as you like in Libby too.'],
        ['are there late fees', 'No, the library stopped charging late fines on most items a few years ago. You only pay if something is lost or damaged.'],
        ['can my kids get a card too', 'Yes, children of any age can have their own card; a parent just needs to sign the application with them.'],
      ],
      referral: [{ who: 'the circulation desk at your branch', contact: '410-555-0123' }],
    },
    es: {
      ask: ['hola, como puedo sacar una tarjeta de la biblioteca?', 'olvidé mi PIN y no puedo entrar a mi cuenta', 'necesito una tarjeta de biblioteca para mi hijo'],
      clarify: [
        ['¿Ya tiene tarjeta o es la primera vez?', ['es la primera vez', 'ya tengo pero no me acuerdo del pin']],
        ['¿Vive usted en Maryland?', ['sí, vivo en el condado', 'si']],
      ],
      answer: [
        (c) => `Puede solicitarla en línea en ${c.plib.domain}/get-a-card. Recibirá un número de tarjeta digital de inmediato.`,
        (c) => `Puede cambiar su PIN en ${c.plib.domain}: haga clic en My Account y luego en Forgot PIN.`,
      ],
      bare: ['Cualquier residente de Maryland puede tener una tarjeta gratis. Solo traiga una identificación con su dirección a cualquier sucursal.'],
      more: [['mi hijo también puede tener tarjeta?', 'Sí, los niños de cualquier edad pueden tener su propia tarjeta; solo necesitan la firma de un padre o madre.']],
    },
  },
  {
    id: 'ebooks', tag: 'E-books', dept: 'Circulation', label: 'e-books and Libby', for: 'county', weight: 7, steps: 'app',
    followNote: 'sent Libby setup instructions',
    vars: [{ dev: 'Kindle' }, { dev: 'iPhone' }, { dev: 'Android tablet' }, { dev: 'Kindle Fire' }, { dev: 'laptop' }],
    en: {
      ask: [
        (c) => `how do i get ebooks on my ${c.v.dev}`,
        'the libby app says my card is invalid??',
        'Can I borrow audiobooks for free? My friend said something about an app',
        (c) => `I borrowed a book in libby but it wont go to my ${c.v.dev}`,
      ],
      clarify: [
        ['Which device are you reading on?', [(c) => `on my ${c.v.dev}`, (c) => `${c.v.dev}`]],
        ['Have you already installed Libby, or are you starting from scratch?', ['i have the app already', 'starting from scratch', 'installed it but cant log in']],
        ['Do you want e-books, audiobooks, or both?', ['audiobooks mostly', 'both', 'ebooks']],
        [(c) => `So you'd like to read library e-books on your ${c.v.dev}?`, ['yes exactly', 'yes', 'yes please']],
      ],
      answer: [
        (c) => `Download the free Libby app (libbyapp.com), tap Add Library, search for ${c.plib.name}, then sign in with your card number and PIN.`,
        (c) => `Library e-books and audiobooks are in Libby. Go to libbyapp.com on your ${c.v.dev}, add ${c.plib.short} as your library, and sign in with your card.`,
        (c) => `We also have Hoopla for instant borrows with no waitlist: hoopladigital.com, and pick ${c.plib.name} when you sign up.`,
      ],
      bare: [
        'You can borrow e-books and audiobooks for free with your library card through an app. You sign in once with your card number and PIN and then borrow just like print books.',
        'That error usually means the card has expired. Once it is renewed, the app will let you borrow again.',
      ],
      more: [
        ['how long do i get to keep it', 'Most e-books are 14 or 21 days, and they return themselves automatically, so there are never late fees.'],
        ['the book i want has a waitlist', 'Tap Place Hold and Libby will borrow it for you automatically when it is your turn. It shows your place in line under Shelf > Holds.'],
        ['can i send it to my kindle', 'Yes, in Libby tap Read With and choose Kindle; it opens Amazon, where you tap Get Library Book.'],
      ],
    },
    es: {
      ask: ['¿cómo puedo leer libros electrónicos gratis?', 'quiero audiolibros en español, se puede?'],
      clarify: [
        ['¿Qué aparato usa: celular, tableta o computadora?', ['un celular android', 'una tableta']],
        ['¿Ya tiene la aplicación Libby?', ['no la tengo', 'sí pero no funciona']],
      ],
      answer: [(c) => `Descargue la aplicación gratuita Libby (libbyapp.com), busque ${c.plib.name} y entre con su número de tarjeta y PIN. Hay una sección de libros en español.`],
      bare: ['Con su tarjeta de la biblioteca puede pedir prestados libros electrónicos y audiolibros gratis desde el celular.'],
      more: [['cuantos dias me lo puedo quedar?', 'Normalmente 14 o 21 días, y se devuelven solos, así que no hay multas.']],
    },
  },
  {
    id: 'hours', tag: 'Hours & Locations', dept: 'Circulation', label: 'branch hours', for: 'county', weight: 4, steps: 'web',
    followNote: 'confirmed holiday hours',
    en: {
      ask: [
        (c) => `what time does the ${c.branch} branch close today`,
        'are you open on the holiday monday?',
        (c) => `is the ${c.branch} library open sunday`,
        'which branch is closest to me and is it open late',
      ],
      clarify: [
        [(c) => `Is that the ${c.branch} branch you mean?`, ['yes that one', 'yes', 'yep']],
        ['Which day are you planning to come in?', ['tomorrow', 'saturday morning', 'today after work']],
        ['Which part of the county are you in?', ['near the mall', 'north end', 'close to the high school']],
      ],
      answer: [
        (c) => `${c.branch} is open until 8 pm Monday through Thursday and until 5 on weekends. The hours for every branch are at ${c.plib.domain}/locations.`,
        (c) => `All branches are closed that day. You can check holiday closings any time on the Hours & Locations page at ${c.plib.domain}.`,
      ],
      bare: [(c) => `${c.branch} closes at 8 tonight and opens at 10 tomorrow.`, 'Yes, the branches are open 1 to 5 on Sundays.'],
      more: [['is there parking', 'Yes, there is a free lot behind the building and street parking on the side.'], ['can i return books when its closed', 'Yes, every branch has an outdoor book drop that is open around the clock.']],
    },
    es: {
      ask: [(c) => `a que hora abre la biblioteca de ${c.branch}?`],
      clarify: [['¿Qué día piensa venir?', ['el sábado', 'mañana']]],
      answer: [(c) => `La sucursal de ${c.branch} abre a las 10 los sábados. Los horarios de todas las sucursales están en ${c.plib.domain}/locations.`],
      bare: ['Abre a las 10 de la mañana y cierra a las 5 los fines de semana.'],
    },
  },
  {
    id: 'genealogy', tag: 'Genealogy', dept: 'Reference', label: 'genealogy', for: 'county', weight: 4, steps: 'database',
    followNote: 'sent obituary and census scans',
    vars: [
      { rel: 'great-grandfather', yr: '1931', what: 'death record' },
      { rel: 'grandmother', yr: '1924', what: 'birth record' },
      { rel: "great-great-grandmother's family", yr: '1880', what: 'census listing' },
      { rel: 'great-uncle', yr: '1918', what: 'draft card' },
      { rel: 'ancestors', yr: '1850', what: 'land records' },
    ],
    en: {
      ask: [
        (c) => `I'm trying to find my ${c.v.rel}'s ${c.v.what} from around ${c.v.yr}`,
        'how do I start researching my family tree? is ancestry free at the library',
        (c) => `looking for an obituary from ${c.v.yr} in baltimore`,
      ],
      clarify: [
        ['Do you know the full name and roughly where they lived?', ['James Edward Greene, east baltimore I think', 'Mary Kowalski, Fells Point', 'not the full name, just Thomas Amos']],
        ['What do you already have, like names, dates or places?', ['i have names and a couple dates from a family bible', 'just a name and a year', 'a will from 1801']],
        [(c) => `So you're looking for a ${c.v.what} from about ${c.v.yr}?`, ['yes', 'yes exactly', 'yes or anything close']],
        ['Was that in Maryland, or another state?', ['yes maryland the whole time', 'Baltimore County, near Towson', 'maryland then pennsylvania']],
      ],
      answer: [
        (c) => `Ancestry Library Edition is free inside any ${c.plib.short} branch, and HeritageQuest Online works from home with your card (${c.plib.domain} > Research > Genealogy).`,
        'The Maryland State Archives holds those records. You can search their indexes at msa.maryland.gov (Reference & Research, then Vital Records).',
        'FamilySearch (familysearch.org) is free with an account and has Maryland records for those years, including indexes you can browse by county.',
      ],
      bare: ['Start with what you know and work backwards one generation at a time. Death records often list parents, which gets you the next step back.'],
      more: [
        ['do you have old newspapers too', 'Yes, the Baltimore Sun historical archive goes back to 1837; it is in the database list under Newspapers.'],
        ['what about cemetery records', 'Find a Grave (findagrave.com) is volunteer-run but very good for Maryland, and many church cemeteries have published lists in our Maryland collection.'],
      ],
      referral: [
        { who: 'the Maryland State Archives reference desk', contact: '410-555-0168 or msa.maryland.gov' },
        { who: 'the county historical society', contact: 'history@example.org' },
      ],
    },
  },
  {
    id: 'legal', tag: 'Legal', dept: 'Reference', label: 'court forms', for: 'county', weight: 4, steps: 'form',
    followNote: 'sent links to self-help center forms',
    vars: [
      { form: 'rent escrow complaint', situation: 'my landlord wont fix the heat' },
      { form: 'small claims complaint', situation: 'my contractor took my money and never finished' },
      { form: 'name change petition', situation: 'I want to change my last name back' },
      { form: 'custody complaint', situation: 'I need to file for custody of my daughter' },
      { form: 'expungement petition', situation: 'I need to get an old charge off my record' },
    ],
    en: {
      ask: [
        (c) => `${c.v.situation}. what form do i need?`,
        (c) => `where do I get a ${c.v.form} form in maryland`,
        'do you have legal forms? I cant afford a lawyer',
      ],
      clarify: [
        ['Which county is the case in?', ['baltimore county', 'Prince Georges', 'anne arundel']],
        [(c) => `Just so I understand: you want to file a ${c.v.form} yourself, without a lawyer?`, ['yes by myself', 'yes i cant afford one', 'yes']],
        ['Has anything been filed yet, or are you starting the case?', ['nothing filed yet', 'starting it', 'they filed something already']],
      ],
      answer: [
        (c) => `The ${c.v.form} form is on mdcourts.gov under Forms; search the form name and you can fill it in online before printing.`,
        "The Maryland People's Law Library (peoples-law.org) explains the steps in plain language and links to the right court form.",
      ],
      bare: ["I can't give legal advice, but that kind of case usually starts in District Court, and many people file it without a lawyer."],
      more: [
        ['how much does it cost to file', 'Filing fees vary by case type; the fee schedule is on mdcourts.gov under Court Costs, and you can ask for a fee waiver if you cannot afford it.'],
        ['do i have to go to court in person', 'Often yes for the hearing, but many courts now allow remote hearings; the notice you receive will say which.'],
      ],
      referral: [
        { who: 'the District Court Self-Help Center', contact: '410-555-0172 or mdcourts.gov/selfhelp' },
        { who: 'Maryland Legal Aid', contact: '1-888-555-0147 or mdlab.org' },
      ],
    },
  },
  {
    id: 'tax', tag: 'Tax Forms', dept: 'Reference', label: 'tax forms', for: 'county', weight: 4, steps: 'form',
    followNote: 'mailed paper tax booklet',
    vars: [{ form: 'Maryland 502' }, { form: '1040' }, { form: 'MD 502 instructions' }, { form: '1040-SR' }, { form: 'W-4' }],
    en: {
      ask: [
        (c) => `where can I get a paper copy of the ${c.v.form} form`,
        (c) => `do you have ${c.v.form} forms at the library`,
        'I need last years tax forms, can I print them at the library?',
      ],
      clarify: [
        ["Do you need this year's form or a past year?", ['this year', 'last year actually', '2023']],
        ['Would you rather print it at home or pick up a copy at a branch?', ['pick up', 'print at home', 'either']],
        [(c) => `So you need the ${c.v.form} form on paper?`, ['yes paper please', 'yes', 'yes a paper one']],
      ],
      answer: [
        (c) => `You can download the ${c.v.form} from irs.gov/forms or, for Maryland forms, marylandtaxes.gov under Individual Taxes > Forms. Most branches also stock the common forms near the entrance.`,
        'Maryland forms are at marylandtaxes.gov (Forms > Individual Tax Forms), and federal ones at irs.gov/forms. You can print them at any branch for 10 cents a page.',
      ],
      bare: ["Most branches get the common tax forms in February; the supply runs out quickly, so it's worth going early."],
      more: [
        ['is there free tax help', 'Yes, the AARP Tax-Aide and VITA programs run free tax preparation at several branches from February to April; you can book through the library events calendar.'],
      ],
      referral: [{ who: "the Comptroller of Maryland's taxpayer service office", contact: '410-555-0150 or taxhelp@example.org' }],
    },
    es: {
      ask: ['necesito formularios de impuestos en papel', '¿dónde consigo el formulario 502 de Maryland?'],
      clarify: [['¿Necesita el formulario de este año o de un año anterior?', ['de este año', 'del año pasado']]],
      answer: ['Puede descargar los formularios de Maryland en marylandtaxes.gov (Forms) y los federales en irs.gov/forms. También hay formularios en papel en la mayoría de las sucursales.'],
      bare: ['La mayoría de las sucursales reciben los formularios en febrero.'],
    },
  },
  {
    id: 'jobs', tag: 'Job Search', dept: 'Reference', label: 'job search', for: 'county', weight: 4, steps: 'web',
    followNote: 'sent resume templates and job center info',
    vars: [{ job: 'forklift' }, { job: 'medical billing' }, { job: 'warehouse' }, { job: 'IT help desk' }, { job: 'CDL driver' }],
    en: {
      ask: [
        (c) => `I'm looking for ${c.v.job} jobs, can the library help?`,
        'do you help with resumes? I havent made one in 20 years',
        (c) => `how do i get a ${c.v.job} certification`,
      ],
      clarify: [
        ['Are you looking for job listings, help with a resume, or training?', ['listings mostly', 'resume help', 'training if possible']],
        ['Which part of the state are you looking in?', ['anything within 30 min of me', 'baltimore area', 'western maryland']],
        [(c) => `So you want to find ${c.v.job} openings near you?`, ['yes and training if possible', 'yes', 'yes exactly']],
      ],
      answer: [
        "The Maryland Workforce Exchange (mwejobs.maryland.gov) lists jobs across the state and free training programs; you can filter by county.",
        (c) => `For resumes, Brainfuse JobNow has live coaches and templates, free with your card: ${c.plib.domain} > Research > Jobs & Careers.`,
        'LinkedIn Learning is free with your library card and has short courses for most certifications; find it in the database list under Learning.',
      ],
      bare: ['A lot of employers post openings in the spring, so now is a good time. Tailoring the resume to each posting makes a big difference.'],
      more: [['do you have computers i can use to apply', 'Yes, every branch has public computers you can book for up to two hours a day, and printing is 10 cents a page.']],
      referral: [{ who: 'your local American Job Center', contact: '410-555-0139 or jobs@example.org' }],
    },
    es: {
      ask: ['busco trabajo, la biblioteca me puede ayudar?', 'necesito ayuda con mi currículum'],
      clarify: [['¿Busca ofertas de trabajo o ayuda con su currículum?', ['ofertas de trabajo', 'ayuda con el currículum']]],
      answer: ['El Maryland Workforce Exchange (mwejobs.maryland.gov) tiene ofertas de trabajo en todo el estado y puede filtrar por condado.'],
      bare: ['Le recomiendo adaptar su currículum a cada oferta.'],
    },
  },
  {
    id: 'health', tag: 'Health', dept: 'Reference', label: 'consumer health', for: 'both', weight: 3, steps: 'web',
    followNote: 'sent patient handouts',
    vars: [{ cond: 'atrial fibrillation' }, { cond: 'type 2 diabetes' }, { cond: 'long COVID' }, { cond: 'high blood pressure' }, { cond: "Parkinson's disease" }],
    en: {
      ask: [
        (c) => `my mom was just diagnosed with ${c.v.cond}, where can I read about it?`,
        (c) => `reliable info on ${c.v.cond}? not just random websites`,
      ],
      clarify: [
        ['Are you looking for a general overview, or something specific like treatment or diet?', ['general overview, easy to read', 'treatments mostly', 'diet']],
        ['Would you like information written for patients, or more technical research?', ['for patients', 'easy to read please', 'medical research is fine']],
        [(c) => `So you want trustworthy information on ${c.v.cond} for a family member?`, ['yes', 'yes exactly', 'yes for my mom']],
      ],
      answer: [
        (c) => `MedlinePlus from the National Library of Medicine is the best free place to start: medlineplus.gov, then search ${c.v.cond}. It has overviews, treatment and patient handouts.`,
        'Health & Wellness Resource Center, in our database list under Health, has articles written for patients and families, free with your card.',
      ],
      bare: ["I can't give medical advice, but writing your questions down before the next appointment helps you get the most out of it."],
      more: [['is there anything in spanish', 'Yes, MedlinePlus has a Spanish version at medlineplus.gov/spanish with most of the same topics.']],
    },
    es: {
      ask: [(c) => `necesito información sobre ${c.v.cond} en español`],
      clarify: [['¿Busca información general o algo específico, como tratamientos?', ['general por favor', 'tratamientos']]],
      answer: [(c) => `MedlinePlus en español es muy confiable: medlineplus.gov/spanish, y busque ${c.v.cond}.`],
      bare: ['No puedo dar consejos médicos, pero el consultorio de su médico le puede dar folletos informativos.'],
    },
  },
  {
    id: 'homework', tag: 'Homework', dept: 'Reference', label: 'homework help', for: 'county', weight: 5, steps: 'database',
    followNote: 'sent article links',
    vars: [
      { hw: 'weathering and erosion', grade: '5th' },
      { hw: 'the Underground Railroad in Maryland', grade: '4th' },
      { hw: 'photosynthesis', grade: '7th' },
      { hw: 'the causes of World War I', grade: '10th' },
      { hw: 'Frederick Douglass', grade: '8th' },
    ],
    en: {
      ask: [
        (c) => `i need help with my homework about ${c.v.hw}`,
        (c) => `my son has a project on ${c.v.hw} due tomorrow, where can we find info`,
        (c) => `whats a good website for ${c.v.hw}`,
      ],
      clarify: [
        ['What grade is this for?', [(c) => `${c.v.grade} grade`, (c) => `hes in ${c.v.grade}`]],
        ['Does the teacher want books, websites, or a certain number of sources?', ['websites are ok, at least 2 sources', 'one book and one website', 'not sure']],
        [(c) => `So you need sources on ${c.v.hw} for a school project?`, ['yes a poster project', 'yes', 'yes a report']],
      ],
      answer: [
        (c) => `Britannica School is great for this and free with your card: ${c.plib.domain} > Research > Homework Help > Britannica School, then search ${c.v.hw}. Pick the Middle or Elementary level.`,
        (c) => `Try Kids InfoBits, in the Homework Help section at ${c.plib.domain}. It has articles and pictures on ${c.v.hw} at different reading levels.`,
        'Brainfuse HelpNow has live tutors from 2 pm to 11 pm every day, free with your library card; it is in the Homework Help database list.',
      ],
      bare: [(c) => `For ${c.v.hw}, I'd start by looking for the main ideas and a couple of examples, then finding a picture or diagram for the poster.`],
      more: [['can we get a book about it too', 'Yes, if you search the catalog for the topic and limit it to Juvenile Nonfiction, you can place a hold and pick it up tomorrow.']],
    },
  },
  {
    id: 'localhistory', tag: 'Local History', dept: 'Reference', label: 'local history', for: 'county', weight: 3, steps: 'catalog',
    followNote: 'sent scans from the local history collection',
    vars: [{ place: 'the Catonsville streetcar line' }, { place: 'formstone rowhouses' }, { place: 'the history of my house' }, { place: 'Ellicott City flood of 1972' }, { place: 'an old school building in Towson' }],
    en: {
      ask: [(c) => `do you have old photos of ${c.v.place}?`, (c) => `I'm researching ${c.v.place}, where should I look`, 'how can i find out when my house was built and who lived there'],
      clarify: [
        ['Do you know the address or the street?', ['yes 412 Elm street', 'just the street name', 'no']],
        ['Are you looking for photos, maps, or written history?', ['photos mostly', 'maps and photos', 'anything really']],
        [(c) => `So you're researching ${c.v.place}? Roughly which years?`, ['1900s to 1940s', 'the 1920s', 'as far back as possible']],
      ],
      answer: [
        'The Maryland Center for History and Culture has a searchable photo collection at mdhistory.org, and Sanborn fire insurance maps are in our database list under History.',
        (c) => `Our digital collections have historic photos searchable by place: ${c.plib.domain}/digital-collections. The Maryland Room also has city directories you can browse.`,
        'Property records back to the 1700s are online at mdlandrec.net (free account), and the State Department of Assessments shows the year built at sdat.dat.maryland.gov.',
      ],
      bare: ['Old city directories list who lived at each address by year, and deeds show every owner. Between the two you can usually trace a house back quite far.'],
      more: [['can i see the originals', 'Yes, the Maryland Room is open by appointment Tuesday through Saturday; call 410-555-0191 to book a time and staff will pull the originals.']],
      referral: [{ who: 'the local history room staff', contact: '410-555-0191 or localhistory@example.org' }],
    },
  },
  {
    id: 'passport', tag: 'Passports', dept: 'Circulation', label: 'passports', for: 'county', weight: 3, steps: 'web',
    followNote: 'confirmed passport appointment times',
    en: {
      ask: ['Does the library do passport photos or passport applications?', 'how do I make a passport appointment', (c) => `can i get a passport at the ${c.branch} branch`],
      clarify: [
        ['Is this a first passport, or a renewal?', ['first one', 'renewal', 'first for me']],
        ['Is it for an adult or a child under 16?', ['for my daughter shes 10', 'adult, me', 'both my kids']],
        ['Do you need the photo too, or just the application?', ['both', 'just the application', 'the photo too']],
      ],
      answer: [
        (c) => `Several branches accept passport applications by appointment; you can book online at ${c.plib.domain}/passports. The checklist of what to bring is on travel.state.gov.`,
        'You can renew by mail, or now online, through travel.state.gov (Passports > Renew). First-time and child applications have to be made in person at an acceptance facility.',
      ],
      bare: ['First passports have to be done in person, with a birth certificate, a photo ID and a photo. Renewals can usually be done by mail.'],
      more: [['how long does it take', 'Routine service is currently around six weeks; you can pay for expedited service, which takes about two to three weeks.']],
      referral: [{ who: 'the passport office at the circuit court', contact: '410-555-0115' }],
    },
  },
  {
    id: 'notary', tag: 'Notary', dept: 'Circulation', label: 'notary services', for: 'county', weight: 2, steps: 'web',
    followNote: 'sent notary schedule',
    en: {
      ask: ['do any of your branches have a notary', 'I need something notarized today, can the library do it?'],
      clarify: [
        ['Which branch is most convenient for you?', [(c) => `${c.branch}`, 'the closest one', (c) => `probably ${c.branch}`]],
        ['Is it one document or several, and do you need witnesses too?', ['just one document', 'two documents, no witnesses', 'one']],
      ],
      answer: [(c) => `Notary service is free by appointment at several branches; the schedule and booking form are at ${c.plib.domain}/notary.`],
      bare: [(c) => `Yes, ${c.branch} has a notary available by appointment on weekday afternoons. Bring a photo ID, and don't sign the document until you're in front of the notary.`],
      more: [['do i need to bring witnesses', 'Library notaries cannot act as witnesses, so if your document needs them, bring them along.']],
    },
  },
  {
    id: 'printing', tag: 'Printing', dept: 'Technology', label: 'printing', for: 'both', weight: 4, steps: 'web',
    followNote: 'confirmed print job settings',
    en: {
      ask: ['can I print from my phone at the library', 'where can I print a poster for my presentation', 'how much is printing? i need like 40 pages', 'my print job isnt showing up at the release station'],
      clarify: [
        ['Are you printing from a library computer or your own device?', ['my phone', 'own laptop', 'library computer']],
        ['Black and white or color, and about how many pages?', ['color, 40 pages', 'black and white, like 12 pages', 'color poster']],
        ['Which branch will you pick it up at?', ['the main one', (c) => `${c.branch}`, 'closest to me']],
      ],
      answer: [
        (c) => `You can send jobs from your device at ${c.plib.domain}/print; upload the file, pick the branch, and release it at the print station with your card.`,
        (c) => `Mobile printing instructions are on the Technology page at ${c.plib.domain}: e-mail the file to the branch print address and release it within 24 hours.`,
      ],
      bare: ['Black and white is 10 cents a page and color is 25. You pay at the release station with a card or cash.'],
      more: [['can i pay with card', 'Yes, the print stations take debit and credit cards as well as cash.']],
    },
  },
  {
    id: 'ill', tag: 'Interlibrary Loan', dept: 'Interlibrary Loan', label: 'interlibrary loan', for: 'both', weight: 3, steps: 'account',
    followNote: 'placed interlibrary loan request and e-mailed status',
    vars: [{ title: 'Tidewater Commons' }, { title: 'an out-of-print cookbook from 1962' }, { title: 'a dissertation from 1998' }, { title: 'a Korean novel in translation' }],
    en: {
      ask: [(c) => `can you get ${c.v.title} from another library?`, 'where is my interlibrary loan book, I requested it 3 weeks ago', (c) => `how do i request ${c.v.title} if you dont own it`],
      clarify: [
        ['Do you have the title and author, or a request number?', ['request 88213', 'yes I have the title and author', 'just the title']],
        ['Have you already placed the request, or is this a new one?', ['new one', 'already placed it', 'placed it 3 weeks ago']],
        ['Do you need a print copy or would an electronic one work?', ['print please', 'electronic is fine', 'either']],
      ],
      answer: [
        (c) => `You can request it through interlibrary loan at ${c.plib.domain}/ill with your card; it usually takes one to three weeks.`,
        'The request shows under Interlibrary Loan > Outstanding Requests in your ILLiad account, with the date the lending library shipped it.',
        'WorldCat (worldcat.org) will show which libraries own it, and from there you can click Request through your library.',
      ],
      bare: ['Interlibrary loans usually take one to three weeks, and you get an e-mail when the item arrives.'],
      more: [['how long can i keep it', 'The lending library sets the date, usually three to four weeks, and some allow one renewal.']],
    },
  },
  {
    id: 'renew', tag: 'Account', dept: 'Circulation', label: 'renewals', for: 'county', weight: 4, steps: 'account',
    followNote: 'renewed items and notified patron',
    en: {
      ask: ['how do I renew my books online', 'I have a book thats overdue can I still renew it', 'it wont let me renew one of my books'],
      clarify: [
        ['Is it a book, a DVD or something else?', ['a book', 'two books and a dvd', 'an audiobook cd']],
        ['Does it say why it will not renew?', ['it says on hold for another customer', 'it says too many renewals', 'no just an error']],
        ["Is it checked out on your card or a family member's?", ['mine', 'my sons card', 'mine']],
      ],
      answer: [
        (c) => `Sign in at ${c.plib.domain} under My Account, open Checked Out, select the items and click Renew.`,
        (c) => `You can also renew in the ${c.plib.short} mobile app (download it from ${c.plib.domain}/app): open Account, then Checkouts, select the items and tap Renew.`,
      ],
      bare: ['If another patron has a hold on it, it cannot be renewed; otherwise you can renew up to three times.'],
      more: [['what if i cant bring it back on time', 'There are no late fines, so just bring it back when you can; after a few weeks it is marked lost, but that clears when you return it.']],
    },
  },
  {
    id: 'citizenship', tag: 'Citizenship', dept: 'Reference', label: 'citizenship and ESL', for: 'county', weight: 3, steps: 'web',
    followNote: 'sent civics test study materials',
    en: {
      ask: ['where can I study for the citizenship test', 'do you have free english classes for adults?', 'need practice questions for the naturalization interview'],
      clarify: [
        ['Is your interview coming up soon?', ['in two months', 'next month', 'not scheduled yet']],
        ['Would you prefer to study online or in a class?', ['online', 'a class in person', 'both']],
        ['Are you looking for English classes, civics test practice, or both?', ['both', 'civics test', 'english classes']],
      ],
      answer: [
        'USCIS has the official 100 civics questions and practice tests free at uscis.gov/citizenship (Study for the Test).',
        (c) => `The library offers free English conversation groups and citizenship classes; the schedule is under Events > Classes at ${c.plib.domain}.`,
        'Mango Languages is free with your card and has English courses for speakers of many languages; it is in the database list under Languages.',
      ],
      bare: ['The civics test has 100 possible questions and the officer asks up to 10. Practicing out loud with someone helps a lot.'],
      more: [['is there a fee for the classes', 'No, the library classes are free; you just register online or at the desk.']],
    },
    es: {
      ask: ['¿tienen clases de inglés gratis?', 'quiero estudiar para el examen de ciudadanía'],
      clarify: [
        ['¿Prefiere clases en persona o estudiar en línea?', ['en persona', 'en línea']],
        ['¿Cuándo es su entrevista?', ['en dos meses', 'todavía no sé']],
      ],
      answer: [
        'USCIS tiene las 100 preguntas de educación cívica y exámenes de práctica gratis en uscis.gov/es/ciudadania.',
        (c) => `La biblioteca ofrece clases de inglés gratuitas; el horario está en ${c.plib.domain}, en Events > Classes.`,
      ],
      bare: ['El examen de educación cívica tiene 100 preguntas posibles y le hacen hasta 10.'],
      more: [['cuesta algo?', 'No, las clases de la biblioteca son gratuitas.']],
    },
  },
  {
    id: 'business', tag: 'Business', dept: 'Reference', label: 'small business research', for: 'county', weight: 3, steps: 'database',
    followNote: 'sent list of grant sources and market data',
    vars: [{ biz: 'a bakery' }, { biz: 'a food truck' }, { biz: 'a cleaning business' }, { biz: 'a daycare' }, { biz: 'a nonprofit' }],
    en: {
      ask: [(c) => `I want to start ${c.v.biz}, where do I find info on grants?`, (c) => `need market research for ${c.v.biz} business plan`, 'how can I see another nonprofit\'s tax returns?'],
      clarify: [
        ['Are you looking for funding, market data, or help writing the plan?', ['funding mostly', 'market data', 'help with the plan']],
        ['Where in Maryland will the business be?', ['Frederick', 'Glen Burnie', 'baltimore city']],
        [(c) => `So you're planning ${c.v.biz} and need data for a business plan?`, ['yes exactly', 'yes', 'yes and funding']],
      ],
      answer: [
        'Data Axle Reference Solutions (in the Business section of the database list) lets you pull lists of competitors and consumer data by zip code.',
        "ProPublica's Nonprofit Explorer (projects.propublica.org/nonprofits) has Form 990s you can search by organization name.",
        'Candid\'s Foundation Directory Online is available free at the library and lists grants by place and purpose; search it from the Business & Nonprofits page.',
      ],
      bare: ['Grants for for-profit businesses are rare; most funding comes from small loans or local programs. Nonprofits have more grant options.'],
      more: [['is there someone who can review my plan', 'SCORE volunteers mentor small business owners for free; you can request a mentor at score.org.']],
      referral: [
        { who: 'the Maryland Small Business Development Center', contact: '301-555-0186 or sbdc@example.org' },
        { who: 'SCORE', contact: 'score.org or 410-555-0162' },
      ],
    },
  },
  {
    id: 'repair', tag: 'Consumer', dept: 'Reference', label: 'repair manuals', for: 'county', weight: 2, steps: 'database',
    followNote: 'sent repair manual pages',
    vars: [{ car: '2009 Honda Civic' }, { car: '2014 Ford Escape' }, { car: '2002 Toyota Camry' }, { car: '2017 Chevy Malibu' }],
    en: {
      ask: [(c) => `do you have a repair manual for a ${c.v.car}?`, (c) => `need to change the brakes on my ${c.v.car}, any manuals?`],
      clarify: [
        ['Which repair are you doing?', ['brakes', 'the alternator', 'timing belt']],
        ['Do you need wiring diagrams or just the procedure?', ['just the steps', 'both', 'wiring diagrams']],
      ],
      answer: [(c) => `Chilton Library has step-by-step manuals for the ${c.v.car}, free with your card: ${c.plib.domain} > Research > Home & Auto.`],
      bare: ['Most of the print repair manuals are reference only, so you can copy pages in the branch but not check them out.'],
    },
  },
  {
    id: 'records', tag: 'Government', dept: 'Reference', label: 'public records', for: 'county', weight: 3, steps: 'web',
    followNote: 'sent case search instructions',
    vars: [{ rec: 'a birth certificate' }, { rec: 'court case records' }, { rec: 'property records for my street' }, { rec: 'a marriage license from 1985' }],
    en: {
      ask: [(c) => `how do I get ${c.v.rec}?`, (c) => `where can i look up ${c.v.rec} in maryland`],
      clarify: [
        ['Was that in Maryland, and do you know the county?', ['yes Talbot county', 'yes baltimore city', 'maryland, not sure which county']],
        ["Is it your own record or someone else's?", ['my own', 'my fathers', 'mine']],
        ['Roughly what year are we talking about?', ['around 1985', '2019', 'the 70s']],
      ],
      answer: [
        'Maryland Judiciary Case Search (casesearch.courts.state.md.us) lets you search district and circuit court cases by name.',
        'Certified birth certificates come from the Division of Vital Records; you can order online at health.maryland.gov/vsa.',
        'Real property records are free at sdat.dat.maryland.gov (Real Property Search), by address or owner name.',
      ],
      bare: ['Vital records like birth certificates can only be ordered by the person or close family, and you need a photo ID.'],
      referral: [
        { who: 'the Division of Vital Records', contact: '410-555-0110 or health.maryland.gov/vsa' },
        { who: "the clerk's office at the circuit court", contact: '410-555-0131' },
      ],
    },
  },
  {
    id: 'books', tag: "Readers' Advisory", dept: 'Reference', label: 'book recommendations', for: 'county', weight: 4, steps: 'catalog',
    followNote: 'sent a reading list',
    vars: [{ like: 'Where the Crawdads Sing' }, { like: 'cozy mysteries' }, { like: 'graphic novels for a 12 year old' }, { like: 'books like The Hunger Games' }, { like: 'audiobooks for a long drive' }],
    en: {
      ask: [(c) => `can you recommend something similar to ${c.v.like}?`, 'my book club needs ideas for next month', (c) => `looking for ${c.v.like}`],
      clarify: [
        ['What did you like most about it: the characters, the setting, the pace?', ['the setting and the mystery', 'the characters', 'it was a fast read']],
        ['Do you prefer print, e-book or audiobook?', ['print', 'audiobook', 'ebook on libby']],
        ['Any topics or content you would rather avoid?', ['nothing too violent', 'no', 'no romance please']],
      ],
      answer: [
        'NoveList Plus, in the database list under Books & Reading, suggests read-alikes by tone and appeal; search the title and click Read-alikes.',
        (c) => `I found a few in our catalog with copies on the shelf at ${c.branch}: The Lost Apothecary, Remarkably Bright Creatures and The Midnight Library. You can place holds at ${c.plib.domain}.`,
      ],
      bare: ['If you liked the setting and the mystery, a lot of readers enjoy historical fiction with a secret at its center.'],
      more: [['are any of those on libby', 'Yes, all three are in Libby too, though The Midnight Library has a short waitlist.']],
    },
  },
  {
    id: 'ged', tag: 'Adult Education', dept: 'Reference', label: 'adult education', for: 'county', weight: 2, steps: 'web',
    followNote: 'sent GED class schedule',
    en: {
      ask: ['Are there free GED classes?', 'how do I practice for the GED test', 'my son wants to finish his high school diploma, where can he go'],
      clarify: [
        ['Would classes in person or online work better?', ['online if possible', 'in person', 'either']],
        ['Which county are you in?', ['PG county', 'baltimore county', 'howard']],
        ['Is this for you or for someone else?', ['for my son', 'for me', 'my sister']],
      ],
      answer: [
        'LearningExpress Library has free GED practice tests and tutorials; it is in the database list under Test Prep.',
        (c) => `The library's adult learning page lists the free GED prep programs it partners with: ${c.plib.domain} > Services > Adult Learning & GED.`,
      ],
      bare: ['The GED has four tests, and you can take them one at a time, so many people study for one subject first.'],
      referral: [{ who: 'the county adult education office', contact: '301-555-0144 or adulted@example.org' }],
    },
  },
  {
    id: 'offcampus', tag: 'Access', dept: 'Research Help', label: 'off-campus access', for: 'university', weight: 5, steps: 'database',
    followNote: 'confirmed access fixed with IT',
    vars: [{ db: 'JSTOR' }, { db: 'ProQuest' }, { db: 'Web of Science' }, { db: 'Nexis Uni' }],
    en: {
      ask: [(c) => `I can't get into ${c.v.db} from off campus, it keeps asking me to pay`, 'the library login isnt working from home', (c) => `${c.v.db} says no access??`],
      clarify: [
        ["Did you start from the library's website or from Google?", ['google', 'the library site i think', 'a link from my professor']],
        ['Are you signed in with your campus ID?', ['yes i think so', 'no', 'it never asked me']],
        ['What exactly does the error message say?', ['it says institution not recognized', 'it wants me to buy the article', 'access denied']],
      ],
      answer: [
        (c) => `Google sends you to ${c.v.db} without the campus login. Use this link instead: https://${c.plib.domain}/databases and sign in with your campus ID.`,
        (c) => `Start from the database list at ${c.plib.domain}/databases; it routes you through the proxy so ${c.v.db} recognizes you.`,
      ],
      bare: ['That usually happens when you arrive from a search engine rather than through the library login. Clearing your cookies and starting again through the library usually fixes it.'],
      referral: [{ who: 'the campus IT help desk', contact: '410-555-0177 or help@example.org' }],
    },
  },
  {
    id: 'data', tag: 'Data', dept: 'Research Help', label: 'data and statistics', for: 'university', weight: 3, steps: 'database',
    followNote: 'sent dataset links and codebooks',
    vars: [{ data: 'commute times and remote work' }, { data: 'food insecurity by county' }, { data: 'broadband access in rural Maryland' }, { data: 'opioid overdose rates' }],
    en: {
      ask: [(c) => `I need a dataset on ${c.v.data} for my thesis`, (c) => `where can I find statistics on ${c.v.data}?`],
      clarify: [
        ['Do you need individual-level data you can analyze, or are summary tables enough?', ['summary tables are fine', 'individual level, im running regressions', 'not sure yet']],
        ['Which years and which geography: state, county, tract?', ['county level, 2015-2023', 'tracts in baltimore', 'state level is ok']],
        [(c) => `So you're after data on ${c.v.data}? Is this for a class project or a thesis?`, ['thesis', 'class project', 'thesis, yes']],
      ],
      answer: [
        'data.census.gov has American Community Survey tables down to the county and tract; search the topic and filter by geography.',
        'ICPSR (icpsr.umich.edu) has individual-level survey data you can download with your campus login, with codebooks.',
        'The Maryland State Data Center (planning.maryland.gov/msdc) has county-level tables and maps.',
      ],
      bare: ['The federal surveys are the best bet for that; the county-level estimates combine five years of data, which helps with small counties.'],
      referral: [{ who: 'the data services librarian', contact: 'data@example.org' }],
    },
  },
  {
    id: 'rooms', tag: 'Facilities', dept: 'Circulation', label: 'study rooms', for: 'both', weight: 2, steps: 'web',
    followNote: 'booked a study room',
    en: {
      ask: ['do you have study rooms', 'can i reserve a room for a group meeting', 'is there a quiet place to take an online exam'],
      clarify: [
        ['For how many people, and which day?', ['4 people tomorrow', 'just me, today', '6 of us on thursday']],
        ['Which location would you like?', ['the main library', 'closest to campus', (c) => `${c.branch}`]],
      ],
      answer: [(c) => `You can book study rooms up to two weeks ahead at ${c.plib.domain}/rooms; pick the location and time slot.`],
      bare: ['Rooms are first come, first served on the day, and you can have one for up to two hours.'],
    },
  },
  {
    id: 'voting', tag: 'Government', dept: 'Reference', label: 'voter information', for: 'county', weight: 1, steps: 'web',
    followNote: 'sent early voting locations',
    en: {
      ask: ['where do i register to vote', 'is the library an early voting site?', 'how do I request a mail-in ballot'],
      clarify: [
        ['Which county do you live in?', ['howard county', 'montgomery', 'frederick']],
        ['Is this for the next election coming up?', ['yes', 'yes the primary', 'yes']],
      ],
      answer: ['You can register and request a mail-in ballot online at elections.maryland.gov (Voter Registration). The early voting sites by county are listed there too.'],
      bare: ['Several library branches are early voting sites; the polls there are open from 7 am to 8 pm during early voting.'],
      referral: [{ who: 'your county board of elections', contact: '410-555-0105 or elections@example.org' }],
    },
  },
  {
    id: 'tech', tag: 'Technology', dept: 'Technology', label: 'computer help', for: 'county', weight: 2, steps: 'web',
    followNote: 'sent tech class schedule',
    en: {
      ask: ['do you have classes on how to use email? my mom is 80', 'how do i attach a file to an email', 'can someone help me set up my new tablet'],
      clarify: [
        ['Which device or e-mail service is it?', ['gmail', 'an ipad', 'yahoo on a laptop']],
        ['Would a one-on-one appointment or a class work better?', ['one on one', 'a class', 'one on one please']],
      ],
      answer: [
        'Northstar Digital Literacy (digitalliteracyassessment.org) has free self-paced lessons on e-mail basics.',
        (c) => `You can book a free one-on-one tech help appointment at ${c.plib.domain}/techhelp; staff will sit with you and your device.`,
      ],
      bare: ['In most e-mail apps, the paperclip icon at the top of a new message lets you pick a file from your computer.'],
    },
  },
];

/** Topic ids that have a Spanish version. */
export const SPANISH_TOPICS = TOPICS.filter((t) => t.es);
