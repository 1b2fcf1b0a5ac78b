import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceSchema, type Source } from '../../../shared';
import { sanitizedCitation, sanitizedCitations } from '../../../renderer/features/print/citations/citation-html';
import { formatCitations } from '../../../renderer/features/print/citations/format-citations';
import sample from '../../../seeds/sample-case.json';

// The sample case's sources on their own, so these tests do not hang on the case file's schema version.
const sampleSources = sample.sources.map((entry) => sourceSchema.parse(entry));
const stamp = '2024-06-01T08:00:00.000Z';

function source(fields: Record<string, unknown>): Source {
  return sourceSchema.parse({ id: 'source-test', title: 'Untitled', createdAt: stamp, updatedAt: stamp, ...fields });
}

/** The HTML as a page would hold it, so tests look at what is shown and at what elements it makes. */
function shown(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

const hostileTitle = 'Leak <script>alert(1)</script><img src=http://evil.example/x.png onerror=alert(2)> <i>really</i> **now**';
const dated = [
  source({ id: 'dated-day', kind: 'report', title: 'Port authority annual report', publisher: 'Port of Antwerp', published: '2023-11-05', url: 'https://example.org/report' }),
  source({ id: 'dated-uncertain', kind: 'article', title: 'Harbour deal questioned', author: 'Jane Doe', publisher: 'The Harbour Times', published: '2023-11?' }),
  source({ id: 'dated-range', kind: 'interview', title: 'Interviews with dock workers', author: 'Field team', published: '2015/2017' }),
  source({ id: 'dated-decade', kind: 'document', title: 'Shipping ledger', published: '201X' }),
  source({ id: 'dated-open', kind: 'document', title: 'Berth allocations', published: '2015/..' }),
];
const scripts = [
  source({ id: 'arabic', title: 'بيان وزارة الداخلية بشأن الهجوم', author: 'وزارة الداخلية' }),
  source({ id: 'persian', title: 'گزارش دربارهٔ شبکه', author: 'خبرگزاری' }),
  source({ id: 'chinese', title: '关于跨国犯罪网络的报告', author: '王小明', publisher: '新华社' }),
  source({ id: 'russian', title: 'Решение суда', author: 'Московский городской суд' }),
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('citations of the sample case', () => {
  const citations = formatCitations(sampleSources);

  it('names the bundled style', () => {
    expect(citations.styleName).toBe('Chicago Manual of Style 17th edition (note)');
  });

  it('gives every source a register entry with its title, author and publisher, and orders them all', () => {
    expect([...citations.registerOrder].sort()).toEqual(sampleSources.map((entry) => entry.id).sort());
    for (const entry of sampleSources) {
      const text = shown(citations.register(entry.id)).textContent ?? '';
      expect(text).toContain(entry.title);
      if (entry.author) expect(text).toContain(entry.author);
      if (entry.publisher) expect(text).toContain(entry.publisher);
      // No publication date is recorded in the sample; Chicago says so, and dates the capture as the access.
      expect(text).toContain('n.d.');
      expect(text).toContain('Accessed November 25, 2026');
    }
  });

  it('gives a short note with the position the quote records', () => {
    const interview = sampleSources.find((entry) => entry.id === 'source-lci-interview')!;
    expect(shown(citations.note(interview.id, 'para. 12')).textContent).toBe(`${interview.author}, ${interview.title}, para. 12.`);
    expect(shown(citations.note(interview.id, 'p. 3')).textContent).toBe(`${interview.author}, ${interview.title}, 3.`);
    expect(shown(citations.note(interview.id, '00:14:32')).textContent).toBe(`${interview.author}, ${interview.title}, 00:14:32.`);
    expect(shown(citations.note(interview.id)).textContent).toBe(`${interview.author}, ${interview.title}.`);
  });
});

describe('citations of awkward sources', () => {
  it('prints dates as the style renders them, uncertain ones marked', () => {
    const citations = formatCitations(dated);
    expect(shown(citations.register('dated-day')).textContent).toBe(
      '“Port authority annual report.” Port of Antwerp, November 5, 2023. https://example.org/report.',
    );
    expect(shown(citations.register('dated-uncertain')).textContent).toContain('The Harbour Times, [November 2023?]');
    expect(shown(citations.register('dated-range')).textContent).toContain('2015–2017');
    // Dates CSL cannot structure are printed in words, not as EDTF codes.
    expect(shown(citations.register('dated-decade')).textContent).toContain('the 2010s');
    expect(shown(citations.register('dated-open')).textContent).toContain('2015 onwards');
    expect(citations.register('dated-uncertain')).toContain('<i>The Harbour Times</i>');
  });

  it('prints markup in any field as text and lets nothing run, load or link', () => {
    const citations = formatCitations([source({ id: 'hostile', title: hostileTitle, author: "O'Brien <b>&</b> Sons", url: 'https://example.org/a?b=1&c=2' })]);
    for (const html of [citations.register('hostile'), citations.note('hostile', 'p. <script>x</script>')]) {
      const element = shown(html);
      expect(element.querySelector('script, img, a, [onerror], [style]')).toBeNull();
      expect(element.textContent).toContain(hostileTitle);
      expect(element.textContent).toContain("O'Brien <b>&</b> Sons");
    }
    expect(shown(citations.note('hostile', 'p. <script>x</script>')).textContent).toContain('<script>x</script>');
    expect(shown(citations.register('hostile')).textContent).toContain('https://example.org/a?b=1&c=2');
  });

  it('formats a source that has nothing but a title', () => {
    const citations = formatCitations([source({ id: 'bare', title: 'A title and nothing else' })]);
    expect(shown(citations.register('bare')).textContent).toContain('A title and nothing else');
    expect(shown(citations.note('bare', 'p. 4')).textContent).toBe('“A title and nothing else,” 4.');
  });

  it('keeps titles and names in Arabic, Persian, Chinese and Cyrillic exactly', () => {
    const citations = formatCitations(scripts);
    for (const entry of scripts) {
      for (const html of [citations.register(entry.id), citations.note(entry.id, 'p. 2')]) {
        const text = shown(html).textContent ?? '';
        expect(text).toContain(entry.title);
        expect(text).toContain(entry.author);
      }
    }
    expect(shown(citations.register('chinese')).textContent).toContain('新华社');
  });

  it('keeps a title’s case and quotes as recorded instead of restyling them', () => {
    const citations = formatCitations([source({ id: 'lower', title: `the "harbour" file of o'neill` })]);
    expect(shown(citations.register('lower')).textContent).toContain(`the "harbour" file of o'neill`);
  });

  it('gives a range its own form, and a note right even when the title holds the number notes are made with', () => {
    const citations = formatCitations([source({ id: 'numbered', title: 'Ledger 918273645', author: 'Customs' })]);
    expect(shown(citations.note('numbered', 'p. 7')).textContent).toBe('Customs, “Ledger 918273645,” 7.');
    expect(shown(citations.note('numbered', 'paras. 4–5')).textContent).toBe('Customs, “Ledger 918273645,” paras. 4–5.');
  });

  it('says so when asked for a source it was not given', () => {
    const citations = formatCitations(dated);
    expect(shown(citations.register('elsewhere')).textContent).toBe('[Source “elsewhere” is not in this case]');
    expect(shown(citations.note('elsewhere', 'p. 1')).textContent).toBe('[Source “elsewhere” is not in this case]');
  });

  it('fetches nothing and leaves the sources as they were', () => {
    const refuse = () => {
      throw new Error('citations must not use the network');
    };
    vi.stubGlobal('fetch', vi.fn(refuse));
    vi.stubGlobal('XMLHttpRequest', vi.fn(refuse));
    const sources = [...sampleSources, ...dated, ...scripts];
    const before = structuredClone(sources);
    const citations = formatCitations(sources);
    for (const entry of sources) {
      citations.register(entry.id);
      citations.note(entry.id, 'p. 1');
    }
    expect(sources).toEqual(before);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('citations formatted in batches, as a large summary has them', () => {
  it('gives the same notes prepared at once as asked one by one, and the same sanitized HTML in a batch as alone', () => {
    const hostile = source({ id: 'hostile', title: 'Report <script>alert(1)</script> <img src=http://example.org/x.png>', author: "O'Brien <b>&</b> Sons" });
    const sources = [...sampleSources, hostile];
    const cited = sources.flatMap((entry) => [{ sourceId: entry.id }, { sourceId: entry.id, locator: 'para. 4' }]);
    const alone = formatCitations(sources);
    const expected = cited.map((quote) => alone.note(quote.sourceId, quote.locator));
    const prepared = formatCitations(sources);
    prepared.prepareNotes(cited);
    expect(cited.map((quote) => prepared.note(quote.sourceId, quote.locator))).toEqual(expected);

    const raw = ['<i>Title</i> & more', '<script>alert(1)</script>kept', '<span class="x" onclick="y()">z</span>', 'plain'];
    expect(sanitizedCitations(raw)).toEqual(raw.map(sanitizedCitation));
    expect(sanitizedCitations(raw).join('')).not.toMatch(/script|onclick/);
  });
});
