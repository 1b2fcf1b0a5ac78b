import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceSchema } from '../../../shared';
import { ExportCslButton } from '../../../renderer/features/print/citations/ExportCslButton';
import { cslExport } from '../../../renderer/features/print/citations/csl-export';
import sample from '../../../seeds/sample-case.json';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const sources = sample.sources.map((entry) => sourceSchema.parse(entry));

describe('exporting the sources as CSL-JSON', () => {
  it('downloads every source as a CSL-JSON file named after the case, through a local object address', async () => {
    const blobs: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:dossier/1';
    });
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    render(<ExportCslButton sources={sources} caseName="Iran's criminal proxies" />);
    fireEvent.click(screen.getByRole('button', { name: 'Export sources (CSL-JSON)' }));

    expect(created).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe("Iran's criminal proxies - sources.csl.json");
    expect(clicked[0]!.href).toBe('blob:dossier/1');
    expect(blobs[0]!.type).toBe('application/vnd.citationstyles.csl+json');
    const items = JSON.parse(await blobs[0]!.text()) as { id: string; title: string; custom: { reliability: string } }[];
    expect(items.map((item) => item.id)).toEqual(sources.map((entry) => entry.id));
    expect(items.map((item) => item.title)).toEqual(sources.map((entry) => entry.title));
    expect(items.map((item) => item.custom.reliability)).toEqual(sources.map((entry) => entry.reliability));
    await vi.waitFor(() => expect(revoked).toHaveBeenCalledWith('blob:dossier/1'));
  });

  it('cannot be pressed when the case has no sources', () => {
    render(<ExportCslButton sources={[]} caseName="Empty" />);
    expect(screen.getByRole('button', { name: 'Export sources (CSL-JSON)' })).toHaveProperty('disabled', true);
  });

  it('makes a file name that is safe on every system from any case name', () => {
    expect(cslExport([], 'Smith / Jones: "harbour"').fileName).toBe('Smith - Jones_ _harbour_ - sources.csl.json');
    expect(cslExport([], '   ').fileName).toBe('Case - sources.csl.json');
    expect(cslExport([], 'قضية الميناء').fileName).toBe('قضية الميناء - sources.csl.json');
    expect(cslExport([], 'CON').fileName).toBe('CON - sources.csl.json');
  });
});
