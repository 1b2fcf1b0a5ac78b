import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

interface FieldProps {
  readonly label: string;
  readonly hint?: ReactNode;
  /** Shown next to the field and announced with it. */
  readonly error?: string | undefined;
  readonly required?: boolean;
}

interface FieldIds {
  readonly id: string;
  readonly describedBy: string | undefined;
}

function FieldFrame({ label, hint, error, required, ids, children }: FieldProps & { ids: FieldIds; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={ids.id} className="block text-sm font-medium text-stone-800">
        {label}
        {required && <span className="ml-1 font-normal text-stone-500">(required)</span>}
      </label>
      {children}
      {hint && (
        <p id={`${ids.id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${ids.id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function useFieldIds({ hint, error }: FieldProps): FieldIds {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, describedBy: describedBy || undefined };
}

function controlProps(field: FieldProps, ids: FieldIds) {
  return {
    id: ids.id,
    'aria-describedby': ids.describedBy,
    'aria-invalid': field.error ? true : undefined,
    required: field.required,
  };
}

type TextFieldProps = FieldProps & Omit<ComponentPropsWithRef<'input'>, 'required'>;

export function TextField({ label, hint, error, required, ...input }: TextFieldProps) {
  const field = { label, hint, error, required };
  const ids = useFieldIds(field);
  return (
    <FieldFrame {...field} ids={ids}>
      <input type="text" className="input" {...input} {...controlProps(field, ids)} />
    </FieldFrame>
  );
}

type TextAreaFieldProps = FieldProps & Omit<ComponentPropsWithRef<'textarea'>, 'required'>;

export function TextAreaField({ label, hint, error, required, ...textarea }: TextAreaFieldProps) {
  const field = { label, hint, error, required };
  const ids = useFieldIds(field);
  return (
    <FieldFrame {...field} ids={ids}>
      <textarea className="input min-h-24" {...textarea} {...controlProps(field, ids)} />
    </FieldFrame>
  );
}

type SelectFieldProps = FieldProps & Omit<ComponentPropsWithRef<'select'>, 'required'>;

export function SelectField({ label, hint, error, required, children, ...select }: SelectFieldProps) {
  const field = { label, hint, error, required };
  const ids = useFieldIds(field);
  return (
    <FieldFrame {...field} ids={ids}>
      <select className="input" {...select} {...controlProps(field, ids)}>
        {children}
      </select>
    </FieldFrame>
  );
}
