import {
  credibilityGrades,
  incidentStatuses,
  reliabilityGrades,
  searchKinds,
  type Credibility,
  type IncidentStatus,
  type Reliability,
  type SearchKind,
} from '../../../shared';
import { SelectField, TextField } from '../../components/Fields';
import { credibilityLabel, reliabilityLabel, statusLabel } from '../../lib/labels';
import { kindLabels } from './search-labels';

/** The filters as the form holds them: tags as typed, no entity as ''. */
export interface FilterValues {
  readonly kinds: readonly SearchKind[];
  readonly tags: string;
  readonly status: readonly IncidentStatus[];
  readonly reliability: readonly Reliability[];
  readonly credibility: readonly Credibility[];
  readonly entityId: string;
  readonly dateFrom: string;
  readonly dateTo: string;
}

export const noFilters: FilterValues = { kinds: [], tags: '', status: [], reliability: [], credibility: [], entityId: '', dateFrom: '', dateTo: '' };

export type FilterErrors = Partial<Record<'tags' | 'dateFrom' | 'dateTo', string>>;

interface SearchFiltersProps {
  readonly values: FilterValues;
  readonly errors: FilterErrors;
  /** The people, organisations and places to filter by; without them there is no entity filter. */
  readonly entities?: readonly { readonly id: string; readonly name: string }[];
  readonly onChange: (values: FilterValues) => void;
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((existing) => existing !== item) : [...list, item];
}

/** A set of checkboxes, any number of which may be ticked; none ticked means no filter. */
function Choices<T extends string | number>(props: {
  readonly legend: string;
  readonly options: readonly T[];
  readonly chosen: readonly T[];
  readonly label: (option: T) => string;
  readonly onToggle: (option: T) => void;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-stone-800">{props.legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {props.options.map((option) => (
          <label key={option} className="inline-flex items-center gap-1.5 text-sm text-stone-700">
            <input type="checkbox" checked={props.chosen.includes(option)} onChange={() => props.onToggle(option)} />
            {props.label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** What to look in and what to let through: every control a plain form control, reachable with Tab. */
export function SearchFilters({ values, errors, entities, onChange }: SearchFiltersProps) {
  const change = (update: Partial<FilterValues>) => onChange({ ...values, ...update });
  const grades = Object.keys(credibilityGrades).map(Number) as Credibility[];
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Choices legend="Look in (all when none is ticked)" options={searchKinds} chosen={values.kinds} label={(kind) => kindLabels[kind]} onToggle={(kind) => change({ kinds: toggled(values.kinds, kind) })} />
      <Choices legend="Status" options={incidentStatuses} chosen={values.status} label={statusLabel} onToggle={(status) => change({ status: toggled(values.status, status) })} />
      <Choices
        legend="Source reliability"
        options={Object.keys(reliabilityGrades) as Reliability[]}
        chosen={values.reliability}
        label={reliabilityLabel}
        onToggle={(grade) => change({ reliability: toggled(values.reliability, grade) })}
      />
      <Choices legend="Quote credibility" options={grades} chosen={values.credibility} label={credibilityLabel} onToggle={(grade) => change({ credibility: toggled(values.credibility, grade) })} />
      <TextField label="Tags" hint="Separate tags with commas; all must be present." value={values.tags} error={errors.tags} onChange={(event) => change({ tags: event.target.value })} />
      {entities && (
        <SelectField label="Person, organisation or place" value={values.entityId} onChange={(event) => change({ entityId: event.target.value })}>
          <option value="">Anyone</option>
          {entities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextField label="From" hint="A date such as 2019, 2019-03 or 2019-03-14." value={values.dateFrom} error={errors.dateFrom} onChange={(event) => change({ dateFrom: event.target.value })} />
      <TextField label="To" hint="Uncertain and ranged dates count when they overlap." value={values.dateTo} error={errors.dateTo} onChange={(event) => change({ dateTo: event.target.value })} />
    </div>
  );
}
