import { expect, test } from './fixtures';
import { sampleCase, sampleChronology } from './sample';

const parisPlot = 'Attempted bombing of an opposition rally near Paris';

test('the library opens the sample case, its incidents, and the quotes behind one incident', async ({ host, page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
  await page.getByRole('link', { name: sampleCase.case.name }).click();

  await expect(page.getByRole('heading', { level: 1, name: sampleCase.case.name })).toBeVisible();
  const incidents = page.getByRole('navigation', { name: `Incidents (${sampleCase.incidents.length})` });
  await expect(incidents.getByRole('link')).toHaveCount(sampleCase.incidents.length + 1);
  // Every incident, in date order, after the link to the case overview.
  await expect(incidents.getByRole('link')).toContainText(['Case overview', ...sampleChronology]);

  await incidents.getByRole('link', { name: parisPlot }).click();
  await expect(page.getByRole('heading', { level: 2, name: parisPlot })).toBeVisible();
  const quotes = page.getByRole('region', { name: 'Quotes (3)' }).getByRole('listitem');
  await expect(quotes).toHaveCount(3);

  const assadi = quotes.filter({ hasText: 'smuggled half a kilogram of TATP explosives' });
  await expect(assadi).toContainText(/Credibility\s*2\s*Probably true/);
  await expect(assadi.getByRole('link', { name: /Terror, Traffickers, and Tehran/ })).toBeVisible();
  await expect(assadi).toContainText(/F\s*Reliability cannot be judged/);

  const retailleau = quotes.filter({ hasText: 'as a clear example of this method' });
  await expect(retailleau.getByRole('link', { name: 'Bruno Retailleau, interview on LCI television' })).toBeVisible();
  await expect(retailleau).toContainText(/C\s*Fairly reliable/);
});
