import { printSectionNames, type PrintSection, type SummaryModel } from '../../../shared/print';
import { number } from './printed-text';

/**
 * What the summary holds, in order. Chromium cannot print the page a heading falls on without a second pass, so the
 * contents give the incidents' numbers instead, which every heading, chronology row and cast entry carries.
 */
export function ContentsSection({ sections, model }: { readonly sections: readonly PrintSection[]; readonly model: SummaryModel }) {
  const incidents = model.sections.length;
  const listed = sections.filter((section) => section !== 'cover' && section !== 'contents');
  return (
    <nav aria-labelledby="print-contents" className="print-contents mt-8">
      <h2 id="print-contents" className="font-sans text-lg font-bold">
        Contents
      </h2>
      <ol className="mt-2 ml-6 list-decimal space-y-0.5">
        {listed.map((section) => (
          <li key={section}>
            {printSectionNames[section]}
            {section === 'incidents' && incidents > 0 && ` — incidents 1 to ${number(incidents)}, in date order`}
            {section === 'incidents' && incidents === 0 && ' — none selected'}
          </li>
        ))}
      </ol>
    </nav>
  );
}
