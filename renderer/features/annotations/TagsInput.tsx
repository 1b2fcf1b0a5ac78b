import { useId, type KeyboardEvent } from 'react';

interface TagsInputProps {
  readonly tags: readonly string[];
  /** What is typed and not yet a tag; the form counts it as a tag on saving, so nothing typed is dropped. */
  readonly pending: string;
  readonly error?: string | undefined;
  readonly onChange: (tags: string[], pending: string) => void;
}

/** The tags with `text` added: split at commas, trimmed, empty ones and repeats left out. */
export function withTags(tags: readonly string[], text: string): string[] {
  const added = text.split(',').map((tag) => tag.trim()).filter(Boolean);
  return [...new Set([...tags, ...added])];
}

/** Tags as chips: typed and ended with a comma or Enter, each removable with its own button or Backspace. */
export function TagsInput({ tags, pending, error, onChange }: TagsInputProps) {
  const id = useId();
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter makes a tag here; it must not also save the note half-written.
      event.preventDefault();
      onChange(withTags(tags, pending), '');
    } else if (event.key === 'Backspace' && pending === '' && tags.length > 0) {
      onChange(tags.slice(0, -1), '');
    }
  };
  // A comma ends every tag before it (a pasted "a, b, c" makes two), and what follows it is still being typed.
  const type = (text: string) => {
    const end = text.lastIndexOf(',');
    onChange(end < 0 ? [...tags] : withTags(tags, text.slice(0, end)), text.slice(end + 1).trimStart());
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        Tags
      </label>
      <div className="flex flex-wrap items-center gap-1.5 rounded border border-stone-300 bg-white px-2 py-1">
        {tags.length > 0 && (
          <ul aria-label="Tags" className="contents">
            {tags.map((tag) => (
              <li key={tag} className="inline-flex items-center gap-1 rounded bg-stone-200/70 py-px pr-0.5 pl-1.5 text-xs text-stone-800">
                {tag}
                <button type="button" className="rounded px-1 text-stone-600 hover:bg-stone-300 hover:text-stone-900" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((candidate) => candidate !== tag), pending)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          type="text"
          className="min-w-32 flex-1 border-0 bg-transparent py-0.5 text-sm"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          value={pending}
          onKeyDown={keyDown}
          onChange={(event) => type(event.target.value)}
        />
      </div>
      <p id={`${id}-hint`} className="text-xs text-stone-500">
        End each tag with a comma or Enter; Backspace in the empty box removes the last one.
      </p>
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
