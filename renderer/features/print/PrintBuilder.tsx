import { markings, paperSizes, printSectionNames, printSections, type PrintOptions } from '../../../shared/print';
import { BuilderIncidentFilter } from './BuilderIncidentFilter';

interface BuilderProps {
  readonly options: PrintOptions;
  readonly tags: readonly string[];
  readonly profiles: readonly { readonly id: string; readonly name: string }[];
  /** Sentences about settings from the address that could not be used and fell back to their defaults. */
  readonly problems: readonly string[];
  readonly onChange: (options: PrintOptions) => void;
}

/** On screen only: what to print. Every change re-renders the preview beside it. */
export function PrintBuilder({ options, tags, profiles, problems, onChange }: BuilderProps) {
  const set = <K extends keyof PrintOptions>(key: K, value: PrintOptions[K]) => onChange({ ...options, [key]: value });
  return (
    <form aria-label="Print settings" className="space-y-4 font-sans text-sm print:hidden" onSubmit={(event) => event.preventDefault()}>
      <h2 className="text-base font-bold">What to print</h2>
      {problems.length > 0 && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <fieldset>
        <legend className="font-semibold">Sections</legend>
        {printSections.map((section) => (
          <label key={section} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={options.sections.includes(section)}
              disabled={options.sections.length === 1 && options.sections.includes(section)}
              onChange={(event) =>
                set('sections', printSections.filter((known) => (known === section ? event.target.checked : options.sections.includes(known))))
              }
            />
            {printSectionNames[section]}
          </label>
        ))}
      </fieldset>
      <BuilderIncidentFilter selection={options.selection} tags={tags} onChange={(selection) => set('selection', selection)} />
      <label className="block">
        Marking
        <select className="input" value={options.marking} onChange={(event) => set('marking', event.target.value as PrintOptions['marking'])}>
          {markings.map((marking) => (
            <option key={marking}>{marking}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend className="font-semibold">Paper</legend>
        {paperSizes.map((paper) => (
          <label key={paper} className="mr-4 inline-flex items-center gap-1">
            <input type="radio" name="paper" checked={options.paper === paper} onChange={() => set('paper', paper)} />
            {paper}
          </label>
        ))}
      </fieldset>
      <label className="block">
        Prepared by
        {/* Uncontrolled: the address trims what it keeps, which would eat a space as it is typed. */}
        <input className="input" dir="auto" defaultValue={options.author} maxLength={200} onChange={(event) => set('author', event.target.value)} />
      </label>
      <label className="block">
        Redaction profile
        <select
          className="input"
          value={options.profileId ?? ''}
          onChange={(event) => set('profileId', event.target.value === '' ? undefined : event.target.value)}
        >
          <option value="">None: print everything</option>
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
