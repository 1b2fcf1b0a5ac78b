import type { APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { expect, test, type Host } from './fixtures';
import { flowed, pdfText } from './pdf';

/**
 * pdftotext gives Arabic back as presentation forms wrapped in direction marks: NFKC folds the forms back and the
 * marks are dropped, so the text compares as it was typed.
 */
const readable = (text: string) => flowed(text.normalize('NFKC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ''));

const names = {
  arabic: 'أحمد الحسن',
  persian: 'محمدرضا کاظمی',
  cyrillic: 'Мария Иванова',
  chinese: '王小明',
};
// No lam-alef (لا): pdftotext reads that ligature back with its two letters swapped, which is its fault, not the print's.
const rightToLeft = 'التقى الشاهد بالمشتبه به في فيينا قبل يومين من الهجوم.';
const hostile = {
  script: '<script>globalThis.pwned = "script"</script>',
  image: '<img src="http://127.0.0.1:9/pixel.png" onerror="globalThis.pwned = \'onerror\'">',
  markdownImage: '![tracker](http://127.0.0.1:9/tracker.png)',
};

async function caseWithAwkwardText(request: APIRequestContext, host: Host) {
  const created = await callApi(request, host, 'case.create', { name: `${names.arabic} / ${names.chinese}`, summary: `**bold?** ${hostile.script}` });
  const caseId = created.id;
  const people = await Promise.all(
    Object.values(names).map((name) => callApi(request, host, 'entity.create', { caseId, entity: { kind: 'person', name } })),
  );
  const incident = await callApi(request, host, 'incident.create', {
    caseId,
    incident: {
      title: `Meeting in Vienna ${hostile.image}`,
      date: '2019-03?',
      summary: rightToLeft,
      participants: people.map((person) => ({ entityId: person.id, role: 'other' })),
    },
  });
  await callApi(request, host, 'annotation.create', {
    caseId,
    target: { kind: 'incident', id: incident.id },
    annotation: { body: `**Checked** twice ${hostile.markdownImage} ${hostile.image}`, analystJudgement: true },
  });
  return caseId;
}

test('names in any script and right-to-left text print; markup prints as text and runs or fetches nothing', async ({ host, page, request }, testInfo) => {
  const caseId = await caseWithAwkwardText(request, host);
  const foreign: string[] = [];
  page.on('request', (sent) => {
    if (!sent.url().startsWith(host.origin)) foreign.push(sent.url());
  });
  await page.goto(host.route(`/cases/${caseId}/print`));
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const pdf = testInfo.outputPath('awkward.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = readable(await pdfText(pdf));
  await testInfo.attach('awkward.txt', { body: text, contentType: 'text/plain' });

  for (const name of Object.values(names)) expect(text, name).toContain(name);
  expect(text).toContain(rightToLeft.slice(0, -1));
  expect(text).toContain('Meeting in Vienna <img src="http://127.0.0.1:9/pixel.png"');
  expect(text).toContain(hostile.script);
  expect(text).toContain('Checked twice');
  expect(text).toMatch(/March 2019.{0,40}\?|2019-03\?/);
  expect(await page.evaluate(() => (globalThis as { pwned?: string }).pwned)).toBeUndefined();
  expect(foreign).toEqual([]);
});
