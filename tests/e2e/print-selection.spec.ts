import type { Incident } from '../../shared';
import { expect, test } from './fixtures';
import { compact, flowed, pdfText } from './pdf';
import { sampleCase } from './sample';

const caseId = sampleCase.case.id;

/** The first and last year an EDTF date of the sample can mean ("2022/.." runs on); undefined when undated. */
function years(date: string): { first: number; last: number } | undefined {
  const [start = '', end = start] = date.split('/');
  if (start === '') return undefined;
  const first = Number(start.slice(0, 4));
  return { first, last: end === '..' ? Number.POSITIVE_INFINITY : Number(end.slice(0, 4)) };
}

const selections: { name: string; query: string; chosen: (incident: Incident) => boolean }[] = [
  { name: 'by tag', query: 'tag=assassination', chosen: (incident) => incident.tags.includes('assassination') },
  { name: 'by two statuses', query: 'status=confirmed&status=disputed', chosen: (incident) => ['confirmed', 'disputed'].includes(incident.status) },
  {
    name: 'by date range (an undated incident is left out)',
    query: 'from=2016&to=2018',
    chosen: (incident) => {
      const span = years(incident.date);
      return span !== undefined && span.first <= 2018 && span.last >= 2016;
    },
  },
];

test('printing incidents by tag, by status or by date range prints those and no other', async ({ host, page }, testInfo) => {
  for (const { name, query, chosen } of selections) {
    const included = sampleCase.incidents.filter(chosen);
    const excluded = sampleCase.incidents.filter((incident) => !chosen(incident));
    // The selection must split the sample, or the test could not tell a filter from none.
    expect(included.length, name).toBeGreaterThan(0);
    expect(excluded.length, name).toBeGreaterThan(0);
    await page.goto(host.route(`/cases/${caseId}/print?sections=contents,chronology,incidents&${query}`));
    await page.reload();
    await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
    const pdf = testInfo.outputPath(`selection-${query}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const whole = await pdfText(pdf);
    await testInfo.attach(`${name}.txt`, { body: flowed(whole), contentType: 'text/plain' });
    const text = compact(whole);
    for (const incident of included) expect(text, `${name}: ${incident.title}`).toContain(compact(incident.title));
    for (const incident of excluded) expect(text, `${name}: ${incident.title}`).not.toContain(compact(incident.title));
    expect(/incidents 1 to (\d+)/.exec(flowed(whole))?.[1], `${name}: the contents' count`).toBe(String(included.length));
  }
});
