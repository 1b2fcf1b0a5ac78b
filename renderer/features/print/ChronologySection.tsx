import type { ChronologyEntry } from '../../../shared/print';
import { statusLabel } from '../../lib/labels';
import { edtfWithRaw } from './printed-text';

/** The printed incidents at a glance: number, date in words (EDTF kept beside uncertain ones), title, status. */
export function ChronologySection({ chronology }: { readonly chronology: readonly ChronologyEntry[] }) {
  return (
    <section aria-labelledby="print-chronology" className="mt-8">
      <h2 id="print-chronology" className="font-sans text-lg font-bold">
        Chronology
      </h2>
      {chronology.length === 0 ? (
        <p className="mt-2">No incident to list.</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-left text-[0.95em]">
          <thead className="font-sans text-xs uppercase tracking-wide text-stone-600">
            <tr className="border-b border-stone-400">
              <th scope="col" className="w-[3rem] py-1 pr-2">No.</th>
              <th scope="col" className="w-[30%] py-1 pr-3">Date</th>
              <th scope="col" className="py-1 pr-3">Incident</th>
              <th scope="col" className="w-[6rem] py-1">Status</th>
            </tr>
          </thead>
          <tbody>
            {chronology.map((entry) => (
              <tr key={entry.incidentId} className="print-keep border-b border-stone-200 align-top">
                <td className="py-1 pr-2 font-sans">{entry.position}</td>
                <td className="py-1 pr-3">{edtfWithRaw(entry.date)}</td>
                <td dir="auto" className="py-1 pr-3">{entry.title}</td>
                <td className="py-1">{statusLabel(entry.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
