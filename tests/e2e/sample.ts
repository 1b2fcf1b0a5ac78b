import { sampleCase } from '../../seeds';

export { sampleCase };

/** The sample's incident titles by date (2022/.. sorts by its start), the undated ones after them by title. */
export const sampleChronology = [
  'Killing of a Dutch-Iranian national (2015)',
  'Killing of a Dutch-Iranian national (2017)',
  'Attempted bombing of an opposition rally near Paris',
  'At least 20 Iranian-sponsored plots against British citizens disrupted',
  'Assadi released in a prisoner exchange for four Europeans detained in Iran',
  'Failed shooting of Alejo Vidal-Quadras in Madrid',
  'Assadi sentenced to 20 years, his three accomplices to 15 to 18 years',
  'Iranian operations on French soil through drug-trafficking networks',
  'Surveillance of Jewish homes and businesses in Paris, Berlin and Munich',
  'Two suspects arrested in Haarlem after an attempt on an Iranian dissident’s life',
] as const;
