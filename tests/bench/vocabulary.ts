/**
 * Words the benchmark case is written from: names, places and sentence patterns of investigative reporting, so its
 * text, search terms and quote lengths resemble a real case. Accented letters stay within Latin-1, which V8 keeps
 * at one byte a character, as it does most European text.
 */

export const givenNames = [
  'Amira', 'Bruno', 'Carla', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hassan', 'Ingrid', 'Javier', 'Katarzyna', 'Leila',
  'Mehdi', 'Nadia', 'Olaf', 'Parisa', 'Quentin', 'Rania', 'Sven', 'Tomás', 'Ulrike', 'Viktor', 'Wojciech', 'Yasmin',
  'Zoltán', 'Anneke', 'Björn', 'Céline', 'Dario', 'Émile', 'Fatima', 'Gökhan', 'Hélène', 'Ibrahim', 'Jörg', 'Karim',
  'Lucía', 'Marek', 'Noor', 'Orla', 'Pieter', 'Reza', 'Saskia', 'Tariq', 'Valérie', 'Willem', 'Xavier', 'Yusuf',
];

export const familyNames = [
  'Abbasi', 'Bakker', 'Castellano', 'Dubois', 'Ekström', 'Farahani', 'García', 'Hoffmann', 'Ivanov', 'Jansen',
  'Kowalski', 'Lefèvre', 'Moradi', 'Nowak', 'Okonkwo', 'Petrovic', 'Quintero', 'Rahimi', 'Schäfer', 'Tehrani',
  'Uçar', 'Van der Berg', 'Wagner', 'Yilmaz', 'Zamani', 'Almeida', 'Brennan', 'Costa', 'De Vries', 'Esposito',
  'Fischer', 'Gallagher', 'Haddad', 'Jiménez', 'Karimi', 'Lindqvist', 'Müller', 'Nazari', "O'Sullivan", 'Pereira',
];

export const cities = [
  'Paris, France', 'Berlin, Germany', 'Munich, Germany', 'Hamburg, Germany', 'Amsterdam, Netherlands',
  'Haarlem, Netherlands', 'Rotterdam, Netherlands', 'Brussels, Belgium', 'Antwerp, Belgium', 'London, United Kingdom',
  'Manchester, United Kingdom', 'Madrid, Spain', 'Barcelona, Spain', 'Vienna, Austria', 'Stockholm, Sweden',
  'Copenhagen, Denmark', 'Oslo, Norway', 'Istanbul, Türkiye', 'Dubai, United Arab Emirates', 'Zürich, Switzerland',
  'Geneva, Switzerland', 'Milan, Italy', 'Rome, Italy', 'Marseille, France', 'Lyon, France', 'Lisbon, Portugal',
  'Athens, Greece', 'Warsaw, Poland', 'Prague, Czechia', 'Budapest, Hungary', 'Tbilisi, Georgia', 'Yerevan, Armenia',
];

export const organisationPatterns = [
  '{city} Public Prosecutor\'s Office', 'Ministry of the Interior', 'Directorate of {noun} Intelligence',
  '{family} Holdings', '{family} & {family} Logistics', '{city} Regional Police', '{noun} Security Service',
  'Foreign Ministry', '{city} Criminal Court', 'European {noun} Observatory', '{family} Trading Company',
  '{noun} Watch', 'Office of the {noun} Ombudsman', '{city} Port Authority', '{family} Freight Services',
];

export const organisationNouns = [
  'Financial', 'Maritime', 'Customs', 'Border', 'Counter-Terrorism', 'Organised Crime', 'Cyber', 'Energy',
  'Human Rights', 'Press Freedom', 'Anti-Corruption', 'Public', 'Diplomatic', 'Transport', 'Procurement',
];

/** With their article, as the sentences use them. */
export const roles = [
  'a spokesperson', 'a senior official', 'a former employee', 'an investigator', 'a defence lawyer', 'a prosecutor',
  'a diplomat', 'a businessman', 'a police officer', 'an analyst', 'a witness', 'an accountant', 'a driver',
  'an intelligence officer', 'a judge',
];

export const eventNouns = [
  'attempted bombing', 'arson attack', 'shooting', 'surveillance operation', 'money transfer', 'arrest', 'raid',
  'kidnapping attempt', 'cyber intrusion', 'shipment seizure', 'fraudulent tender', 'bribery payment', 'protest',
  'assassination plot', 'smuggling run', 'asset freeze', 'extradition request', 'court hearing', 'data leak',
];

export const objectNouns = [
  'a rented van', 'a shipment of cocaine', 'encrypted phones', 'a shell company', 'cash in several currencies',
  'forged passports', 'a handgun', 'bank records', 'a stolen car', 'a container of machine parts', 'property deeds',
  'a burner phone', 'a laptop', 'surveillance photographs', 'a cryptocurrency wallet', 'a safe deposit box',
];

export const tagWords = [
  'arrest', 'bombing', 'cyber', 'drug-trafficking', 'extradition', 'financing', 'intimidation', 'kidnapping',
  'money-laundering', 'murder', 'proxy', 'sanctions', 'smuggling', 'surveillance', 'terrorism', 'trial',
  'disinformation', 'bribery', 'diaspora', 'espionage', 'weapons', 'fraud', 'procurement', 'shipping',
];

export const analystNames = ['A. Rahimi', 'J. Brennan', 'M. Lindqvist', 'S. de Vries', 'T. Okonkwo'];

export const publishers = [
  'The Harbour Gazette', 'Northern Ledger', 'Daily Continental', 'Investigative Reporting Network', 'Le Journal du Soir',
  'Der Abendbote', 'Het Dagblad', 'Court Reporter', 'Open Records Project', 'Reuters-style Wire Service',
];

export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];

/**
 * Sentence patterns; {slot}s are filled per sentence. Each ends in a full stop, which quotes use to start and end on
 * sentence boundaries.
 */
export const sentencePatterns = [
  'According to the {organisation}, {person} travelled to {city} on {date}.',
  '{person}, {role} with the {organisation}, declined to comment when contacted.',
  'Investigators found {object} in a flat rented under a false name in {city}.',
  'The {event} took place shortly after midnight, {role} told reporters.',
  'Court documents seen by this newspaper show that {person} received {amount} in {year}.',
  'Officials in {city} said the {event} had been planned for at least {number} months.',
  '{person} denied any involvement and said the accusations were politically motivated.',
  'Phone records place {person} near the scene on the evening of {date}.',
  'The {organisation} has repeatedly rejected claims that it directed criminal networks abroad.',
  'Two people familiar with the investigation said {person} had met {person} in {city} in {month}.',
  'Payments of {amount} were routed through {object2} registered in {city}.',
  'Speaking on condition of anonymity, {role} described the operation as "{adjective} and carefully compartmentalised".',
  'Prosecutors allege that {person} recruited {number} men through contacts in the local drug trade.',
  'The suspects were arrested in {city} after a surveillance operation lasting {number} weeks.',
  'Intelligence services in {country} believe the {event} was ordered from abroad.',
  'In a statement, the {organisation} said it "does not comment on ongoing investigations".',
  'The trial of {person} is expected to open in {city} in {month} {year}.',
  'Bank statements show transfers totalling {amount} between {month} and {month} {year}.',
  'Neighbours told reporters they had seen two men carrying {object} into the building.',
  'According to {role}, the network relied on {adjective} intermediaries who rarely knew each other.',
  '{person} was sentenced to {number} years in prison for his part in the {event}.',
  'Leaked messages suggest that {person} was aware of the plan as early as {year}.',
  'A spokesperson for the {organisation} confirmed that {number} people had been questioned.',
  'The {event} in {city} was the {ordinal} such incident recorded this year.',
  'Records from the {organisation} list {person} as a director of {object2} until {year}.',
  'Surveillance footage shows two men leaving the scene with {object} shortly before the {event}.',
  'The investigation was later handed to the {organisation}, which has not announced any charges.',
  'Lawyers for {person} argued that the evidence had been obtained unlawfully.',
  '{person} left {city} for {city} on {date}, according to travel records.',
  'Several witnesses said they heard {number} shots fired near the entrance.',
];

export const adjectives = ['sophisticated', 'improvised', 'unusually well-funded', 'disciplined', 'chaotic', 'discreet'];

export const ordinals = ['second', 'third', 'fourth', 'fifth', 'sixth'];

export const markdownHeadings = ['Assessment', 'Open questions', 'Corroboration', 'Timeline notes', 'Next steps', 'Caveats'];

export const markdownBullets = [
  'Check the company registry for directors listed after {year}.',
  'Ask the {organisation} for the full charging document.',
  'Compare the phone records with the travel data from {city}.',
  'The date in the {organisation} statement conflicts with the court record.',
  'Two outlets repeat the same unnamed source; treat as one.',
  '**Unverified:** the amount of {amount} comes from a single witness.',
  'Find the original of the photograph said to show {person} in {city}.',
  'Request the transcript of the hearing of {date}.',
];
