import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared';
import { browserPrinting } from '../../../renderer/api/printing';
import { oneCaseHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

/** The sample case with the minister marked sensitive: every profile withholds him. */
function caseWithSecret(): CaseFile {
  const file = sampleCase();
  return {
    ...file,
    entities: file.entities.map((entity) => (entity.id === 'entity-minister' ? { ...entity, sensitivity: { releasedTo: [] } } : entity)),
  };
}

function openPrint(query: string) {
  const host = oneCaseHost(caseWithSecret());
  let prints = 0;
  const api = { ...host.api, printing: browserPrinting(() => (prints += 1)) };
  const view = renderApp({ ...host, api }, `/cases/case-harbour/print${query}`);
  return { ...view, prints: () => prints };
}

const printButton = () => screen.getByRole('button', { name: /Print/ });
const printedText = () => screen.getByRole('article', { name: 'Printed summary' }).textContent ?? '';
const blocked = () => screen.findByText(/Export blocked/, undefined, { timeout: 5000 });

describe('the leak check before printing', { timeout: 30_000 }, () => {
  it('passes a redacted summary, then blocks printing when withheld text is typed into a printed field', async () => {
    const { user, prints } = openPrint('?profile=profile-public');
    expect(await screen.findByText(/Leak check passed/, undefined, { timeout: 5000 })).toBeTruthy();
    expect(printedText()).not.toContain('Minister of Ports');
    expect(printedText()).toContain('Redacted for the “Public” profile');
    expect(printButton()).toHaveProperty('disabled', false);

    await user.type(screen.getByRole('textbox', { name: 'Prepared by' }), 'Minister of Ports');
    const report = (await blocked()).closest('[role="alert"]') as HTMLElement;
    expect(report.textContent).toContain('Minister of Ports');
    expect(printButton()).toHaveProperty('disabled', true);
    expect(prints()).toBe(0);
  });

  it('does not run a print the menu asked for while something leaks', async () => {
    const { prints } = openPrint('?profile=profile-public&author=Minister+of+Ports&action=print');
    await blocked();
    expect(prints()).toBe(0);
  });

  it("prints the analyst's own copy, with no profile, in full", async () => {
    const { user, prints } = openPrint('');
    await waitFor(() => expect(printButton()).toHaveProperty('disabled', false));
    expect(printedText()).toContain('Minister of Ports');
    expect(screen.queryByRole('region', { name: 'Leak check' })).toBeNull();
    await user.click(printButton());
    expect(prints()).toBe(1);
  });

  it('prints nothing when the profile asked for is not in the case, and says so', async () => {
    openPrint('?profile=profile-press');
    expect(await screen.findByText('The redaction profile could not be applied', undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Printed summary' })).toBeNull();
    expect(printButton()).toHaveProperty('disabled', true);
  });
});
