import { describe, expect, it } from 'vitest';
import { checkLeaks, findLeaks, leakWarnings } from '../../../shared/print/redaction';

const quote =
  'Abu Ali carried the cash to the warehouse behind the fish market before dawn on the second day, and the guard saw him.';

describe('findLeaks', () => {
  it.each([
    ['as written', 'Paid by Ahmad Hassan in May.'],
    ['in another letter case', 'PAID BY AHMAD HASSAN IN MAY.'],
    ['broken over a line', 'Paid by Ahmad\nHassan in May.'],
    ['spaced out by the layout', 'Paid by Ahmad   \n  Hassan in May.'],
    ['with a soft hyphen inside', 'Paid by Ah\u00ADmad Has\u00ADsan.'],
    ['hyphenated over a line break', 'Paid by Ahmad Has-\nsan in May.'],
    ['with a soft hyphen at a line break', 'Paid by Ahmad Has\u00AD\nsan in May.'],
    ['with zero-width characters', 'Paid by Ahmad\u200B Hassan\u200D.'],
    ['in full-width letters', 'Paid by ＡＨＭＡＤ ＨＡＳＳＡＮ.'],
    ['joined as in a file name', 'See ahmad_hassan_passport.pdf'],
    ['before a possessive', 'Ahmad Hassan’s brother'],
  ])('finds a name %s', (_how, text) => {
    expect(findLeaks(text, ['Ahmad Hassan'])).toEqual(['Ahmad Hassan']);
  });

  it('keeps to whole words in spaced scripts: other words that contain a name are not leaks', () => {
    expect(findLeaks('Ahmad Hassanein and the reality of Alibaba.', ['Ahmad Hassan', 'Ali'])).toEqual([]);
  });

  it('finds a hyphenated name whichever way the line break is read', () => {
    expect(findLeaks('met Jean-\nLuc Martin', ['Jean-Luc Martin'])).toEqual(['Jean-Luc Martin']);
  });

  it('finds Chinese names inside a sentence and across a line break', () => {
    expect(findLeaks('据报道张伟说交易已完成', ['张伟'])).toEqual(['张伟']);
    expect(findLeaks('据报道张\n伟说', ['张伟'])).toEqual(['张伟']);
  });

  it('finds Arabic and Persian names with a prefix joined to them, and right-to-left marks inside', () => {
    expect(findLeaks('وقال ومحمد الأحمد إن', ['محمد الأحمد'])).toEqual(['محمد الأحمد']);
    expect(findLeaks('به گفته\u200F علی‌رضا', ['علیرضا'])).toEqual(['علیرضا']);
  });

  it('finds declined Russian names', () => {
    expect(findLeaks('Встреча с Ивановым прошла тихо.', ['Иванов'])).toEqual(['Иванов']);
  });

  it('finds a long withheld quote split by a page header, and a long piece of it quoted elsewhere', () => {
    const split = `${quote.slice(0, 60)}\n\nHarbour deal · TLP:AMBER   Page 3 of 9\n\n${quote.slice(60)}`;
    expect(findLeaks(split, [quote])).toEqual([quote]);
    expect(findLeaks(`As noted, “${quote.slice(20, 90)}”.`, [quote])).toEqual([quote]);
    expect(findLeaks('The guard saw him.', [quote])).toEqual([]);
  });

  it('does not let a one- or two-letter alias block the export', () => {
    expect(findLeaks('Al Jazeera reported it.', ['Al'])).toEqual([]);
  });
});

describe('leakWarnings', () => {
  it('warns about a short alias that stands as a word in the text, and names it', () => {
    expect(leakWarnings('Al Jazeera reported it.', ['Al', 'Ahmad Hassan'])).toEqual([expect.stringContaining('“Al”')]);
  });

  it('says nothing when the short alias is not in the text', () => {
    expect(leakWarnings('Also reported by Alan.', ['Al'])).toEqual([]);
  });

  it('treats one Chinese character as short but two as a name', () => {
    expect(checkLeaks('王说张伟来了', ['王', '张伟'])).toEqual({ leaks: ['张伟'], warnings: [expect.stringContaining('“王”')] });
  });
});
