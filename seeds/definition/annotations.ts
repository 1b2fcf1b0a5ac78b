import type { AnnotationDefinition } from './types';

export const annotations: readonly AnnotationDefinition[] = [
  {
    id: 'annotation-case-method',
    target: { kind: 'case', id: 'sample-iran-criminal-proxies' },
    analystJudgement: false,
    body: [
      '**How this sample was built.** Everything in it comes from one article, saved as the seed document.',
      '',
      'The statements the article reports — Bruno Retailleau’s LCI interview, Ken McCallum’s disclosure, the joint German-French investigation and Dutch intelligence’s attribution — are sources of their own, but their snapshots hold only the article’s passages about them, because the originals were not at hand.',
      '',
      'Dates, places, names and addresses the article does not give are left empty rather than guessed.',
    ].join('\n'),
  },
  {
    id: 'annotation-case-statuses',
    target: { kind: 'case', id: 'sample-iran-criminal-proxies' },
    analystJudgement: true,
    body: [
      '**Statuses.** What the article reports as established fact — the 2018 plot and the sentences it led to, and the 2023 release — is *confirmed*. Attributions by officials and intelligence services are *alleged*.',
      '',
      'Iran’s denial, as reported, is a blanket one: “any involvement in subversive or violent activities in Europe”. It is recorded against the broadest claim, Iranian operations through drug-trafficking networks, which is *disputed*; the other attributions stay *alleged* rather than each being marked disputed on the strength of one general sentence.',
    ].join('\n'),
  },
  {
    id: 'annotation-article-reliability',
    target: { kind: 'source', id: 'source-article' },
    analystJudgement: true,
    body: 'Graded **F** (reliability cannot be judged): the saved text names no outlet, author, date or address, so there is no record to judge it by. Its claims are graded one by one on the quotes instead; several repeat what named officials said.',
  },
  {
    id: 'annotation-interview-reliability',
    target: { kind: 'source', id: 'source-lci-interview' },
    analystJudgement: true,
    body: 'Graded **C**: a serving interior minister speaking on the record is a fair source for his government’s assessment, but this was a warning given on television amid fears of Iranian retaliation, and the article reports no evidence for it beyond the 2018 case.',
  },
  {
    id: 'annotation-plot-method',
    target: { kind: 'incident', id: 'incident-2018-paris-rally-plot' },
    analystJudgement: true,
    body: 'Retailleau cites this plot as a clear example of proxies linked to drug traffickers, yet the article’s own account of it names a diplomat and a Belgian-Iranian couple, not a drug-trafficking network. It illustrates deniable proxies, not necessarily criminal ones.',
  },
  {
    id: 'annotation-dutch-killings-split',
    target: { kind: 'incident', id: 'incident-2015-dutch-iranian-killing' },
    analystJudgement: false,
    body: 'The article reports both killings in one sentence. They are kept as two incidents, backed by the same quote, so that each sits at its own year in the chronology.',
  },
  {
    id: 'annotation-vidal-quadras-link',
    target: { kind: 'quote', id: 'quote-article-vidal-quadras-link' },
    analystJudgement: true,
    body: '“Has been linked” carries the whole connection: the article says neither who linked the suspect to the Madrid shooting nor on what evidence. Treat the link between the two incidents as a lead to check, not a finding.',
  },
  {
    id: 'annotation-couple-entity',
    target: { kind: 'entity', id: 'entity-belgian-iranian-couple' },
    analystJudgement: false,
    body: 'One entity, because the article never names or separates the two people. The sentencing mentions *three* accomplices without saying whether the couple were among them, so the couple is not linked to that incident.',
  },
];
