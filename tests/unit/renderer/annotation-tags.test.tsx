import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared';
import { AnnotationBlock } from '../../../renderer/features/print/AnnotationBlock';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

afterEach(cleanup);

// The first screen of a test can take over a second to appear on a busy machine: wait longer than the default.
const loading = { timeout: 5000 };
const incidentPath = '/cases/case-harbour/incidents/incident-signing';

describe('annotation tags', () => {
  // Many keystrokes: on a loaded machine this takes longer than Vitest's default 5 s.
  it('become chips at a comma or Enter (Enter does not save), can be removed, and are saved with the note', { timeout: 20_000 }, async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, incidentPath);
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }, loading));
    const form = screen.getByRole('form', { name: 'New annotation' });
    await user.type(within(form).getByRole('textbox', { name: /Annotation/ }), 'Ask the port authority.');
    const tagBox = within(form).getByRole('textbox', { name: 'Tags' });
    await user.type(tagBox, 'minutes, budget,{Enter}');
    await user.type(tagBox, 'follow up{Enter}');
    expect(host.callsTo('annotation.create')).toHaveLength(0);
    const chips = () => within(within(form).getByRole('list', { name: 'Tags' })).getAllByRole('listitem').map((chip) => chip.firstChild?.textContent);
    expect(chips()).toEqual(['minutes', 'budget', 'follow up']);
    await user.click(within(form).getByRole('button', { name: 'Remove tag budget' }));
    await user.type(tagBox, '{Backspace}');
    expect(chips()).toEqual(['minutes']);
    // A tag still being typed is kept when the note is saved.
    await user.type(tagBox, 'minutes, harbour');
    await user.click(within(form).getByRole('button', { name: 'Save annotation' }));

    await waitFor(() => expect(host.callsTo('annotation.create')).toHaveLength(1));
    expect(host.callsTo('annotation.create')[0]!.input).toMatchObject({ annotation: { body: 'Ask the port authority.', tags: ['minutes', 'harbour'] } });
    const saved = await screen.findByRole('article', { name: /Unnamed author/ }, loading);
    expect(within(within(saved).getByRole('list', { name: 'Tags' })).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['minutes', 'harbour']);
  });

  it('are kept when the note is edited, and a tag too long is refused next to the field', async () => {
    const file = sampleCase();
    const tagged = { ...file, annotations: file.annotations.map((note) => ({ ...note, tags: ['dates'] })) };
    const host = fakeHost({ cases: [tagged] });
    const { user } = renderApp(host, incidentPath);
    await user.click(await screen.findByRole('button', { name: 'Edit' }, loading));
    const tagBox = screen.getByRole('textbox', { name: 'Tags' });
    await user.type(tagBox, `${'x'.repeat(65)},`);
    await user.click(screen.getByRole('button', { name: 'Save annotation' }));
    expect(tagBox.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Must be at most 64 characters.')).toBeTruthy();
    expect(host.callsTo('annotation.update')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: `Remove tag ${'x'.repeat(65)}` }));
    await user.click(screen.getByRole('button', { name: 'Save annotation' }));
    await waitFor(() => expect(host.callsTo('annotation.update')).toHaveLength(1));
    expect(host.caseFile('case-harbour')!.annotations[0]!.tags).toEqual(['dates']);
  });
});

describe('the annotation preview', () => {
  it('shows the markdown as it will read while typing, sanitized like the saved note', async () => {
    const { user } = renderApp(fakeHost({ cases: [sampleCase()] }), incidentPath);
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }, loading));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.textContent).toContain('The note appears here as you type.');
    // user-event reads "[" as the start of a key name: "[[" types one.
    await user.type(screen.getByRole('textbox', { name: /Annotation/ }), 'Check **twice** ![[x](http://tracker.example/p.png)');
    await waitFor(() => expect(within(preview).getByText('twice').tagName).toBe('STRONG'));
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('[remote image not shown]');
  });

  it('sets a judgement apart while it is written', async () => {
    const { user } = renderApp(fakeHost({ cases: [sampleCase()] }), incidentPath);
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }, loading));
    const form = screen.getByRole('form', { name: 'New annotation' });
    expect(within(form).queryByText('Analyst’s judgement')).toBeNull();
    await user.click(within(form).getByRole('checkbox', { name: /my own judgement/ }));
    expect(within(form).getByText('Analyst’s judgement')).toBeTruthy();
    expect(form.textContent).toContain('Shown and printed apart from sourced fact.');
  });
});

describe('a printed annotation', () => {
  const note: Annotation = {
    id: 'note',
    target: { kind: 'case', id: 'case-harbour' },
    body: 'The dates do not match.',
    analystJudgement: true,
    tags: ['dates', 'minutes'],
    author: 'Sam',
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
  };

  it('labels a judgement as the analyst’s and prints its tags in small type after the note', () => {
    render(<AnnotationBlock annotation={note} />);
    const block = screen.getByRole('complementary', { name: "Analyst's judgement" });
    expect(block.className).toContain('border-double');
    const tags = within(block).getByText('Tags: dates, minutes');
    expect(tags.className).toContain('text-stone-500');
    expect(block.lastElementChild).toBe(tags);
  });

  it('prints a plain note as a note, without a tags line when it has none', () => {
    render(<AnnotationBlock annotation={{ ...note, analystJudgement: false, tags: [] }} />);
    const block = screen.getByRole('complementary', { name: 'Note' });
    expect(block.className).not.toContain('border-double');
    expect(block.textContent).not.toContain('Tags:');
  });
});
