/**
 * The seed document: one web article, saved as text. The page's chrome (navigation, reading time, photo credit,
 * comments widget) is not part of what the article says, so the snapshot leaves those lines out.
 */
export const pageChromeLines: readonly string[] = [
  'Skip to main content',
  '3 min read',
  'Photo: Antonin Albert / Shutterstock',
  'Loading comments...',
];

/** The saved page's text without its chrome lines; the gaps they leave collapse to one blank line. */
export function removePageChrome(page: string): string {
  return page
    .split('\n')
    .filter((line) => !pageChromeLines.includes(line.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const seedDocumentName = '000_897f06b08bd64518.txt';

export const articleTitle = 'Terror, Traffickers, and Tehran: Inside Iran’s Secret Criminal Army in Europe';

/** The article's paragraphs, verbatim; the photo caption ("France's Interior Minister Bruno Retailleau") stays. */
const paragraphs: readonly string[] = [
  "Terror, Traffickers, and Tehran: Inside Iran’s Secret Criminal Army in Europe",
  "France: Iran Using Drug Cartels to Orchestrate Terror Plots Across Europe",
  "French and European security services are uncovering a growing pattern of Iranian covert operations that exploit drug trafficking networks to carry out espionage, surveillance, and even assassination attempts on European soil. Officials warn the strategy allows Iran to strike without direct fingerprints while spreading fear and instability.",
  "France's Interior Minister Bruno Retailleau",
  "France's Interior Minister Bruno Retailleau issued a stark warning on Sunday, revealing that the Iranian regime has been systematically using European drug trafficking networks as a cover for intelligence and terror operations on French soil. The statement, made during an interview on LCI television, comes amid heightened fears that Iran may retaliate against Western powers in response to the recent U.S. and Israeli strikes on Iranian nuclear infrastructure.",
  "“Iran uses proxies that are often linked to drug traffickers,” Retailleau said, explaining how Tehran conceals its involvement. “They get a contract and don’t even know that the contract is linked to the Iranian regime... That’s the modality used by Iran on our national territory.” According to Retailleau, these operations are conducted through intermediaries, making it difficult to trace the trail back to the Iranian state.",
  "He cited the 2018 attempted bombing of an opposition rally near Paris as a clear example of this method. In that case, Iranian diplomat Assadolah Assadi, who was later unmasked as a senior intelligence officer, smuggled half a kilogram of TATP explosives and a detonator aboard a commercial flight to Austria. He then delivered the materials to a Belgian-Iranian couple, who were tasked with carrying out the attack. Assadi was sentenced to 20 years in prison, while his three accomplices received sentences ranging from 15 to 18 years.",
  "Despite Belgium’s initial insistence on holding Assadi accountable, he was controversially released in 2023 in a quiet prisoner exchange for four Europeans detained in Iran, detentions widely criticized as politically motivated.",
  "Retailleau’s concerns echo similar alarms raised by intelligence agencies across Europe. In the UK, MI5 Director General Ken McCallum has disclosed that authorities have disrupted at least 20 Iranian-sponsored plots targeting British citizens since 2022. McCallum emphasized that Iranian intelligence frequently contracts criminals, ranging from international drug smugglers to petty crooks to carry out surveillance, intimidation, and attempted assassinations.",
  "In a joint German-French investigation published in September, officials exposed how Iranian operatives hired criminals through drug networks to surveil Jewish homes and businesses in Paris, Berlin, and Munich. Dutch intelligence, too, attributes the assassinations of two Dutch-Iranian nationals in 2015 and 2017 to Iranian proxies. Most recently, two suspects were arrested in Haarlem following an attempt on the life of an Iranian dissident. One of those individuals has been linked to the failed November 2023 shooting of Spanish politician Alejo Vidal-Quadras in Madrid.",
  "Despite mounting evidence and detailed intelligence reports, Iran has repeatedly denied any involvement in subversive or violent activities in Europe. However, European security officials increasingly view Tehran’s strategy as a hybrid warfare model, outsourcing terrorism to criminal networks to maintain plausible deniability while destabilizing its adversaries from within.",
];

export const articleText = paragraphs.join('\n\n');
