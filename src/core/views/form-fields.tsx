import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../http/validation';
import { exampleDay, longDate, writtenDate } from '../i18n/dates';
import type { ViewContext } from './context';

/** The NL Design System modifier that marks a field as invalid, when it has an error. */
const invalid = (error: unknown, block: string) => (error ? ` ${block}--invalid` : '');

/** Form fields in the NL Design System way: label, hint and error in one frame, the error summary above. */

/** Error summary at the top of a form, linking to each field (GOV.UK / NL Design System pattern). */
export function ErrorSummary({ ctx, errors }: { ctx: ViewContext; errors: FieldErrors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      class="utrecht-alert utrecht-alert--error samen-error-summary"
      role="alert"
      tabindex={-1}
      aria-labelledby="foutoverzicht-titel"
      data-module="error-summary"
    >
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2" id="foutoverzicht-titel">
          {ctx.t('form.errorSummary')}
        </h2>
        <ul class="utrecht-unordered-list">
          {entries.map(([field, message]) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href={`#${fieldId(field)}`}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A submitted value: one string, or several for repeated fields. */
export type FieldValue = string | string[] | null | undefined;
export const single = (value: FieldValue): string | undefined =>
  Array.isArray(value) ? value[0] : (value ?? undefined);

export const fieldId = (name: string) => `veld-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/**
 * The frame every form field shares: label, optional hint, error message, then the control.
 * `describedBy` links the control to the hint and the error for screen readers.
 */
function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children?: Child;
}) {
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      {hint && (
        <div class="utrecht-form-field__description utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface FieldProps {
  name: string;
  label: string;
  errors?: FieldErrors | undefined;
  value?: FieldValue;
  hint?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'search';
  autocomplete?: string;
  inputmode?: 'numeric' | 'text' | 'email';
  required?: boolean;
  maxlength?: number;
  width?: 'short' | 'medium' | 'full';
}

export function TextField({
  name,
  label,
  errors,
  value,
  hint,
  type = 'text',
  autocomplete,
  inputmode,
  required,
  maxlength,
  width = 'full',
}: FieldProps) {
  const id = fieldId(name);
  const error = errors?.[name];
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input samen-input--${width}${invalid(error, 'utrecht-textbox')}`}
        id={id}
        name={name}
        type={type}
        value={type === 'password' ? undefined : single(value)}
        autocomplete={autocomplete}
        inputmode={inputmode}
        required={required}
        maxlength={maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}

/**
 * A day, typed the way people write it (8-12-2026, "8 december"; read by typedDay in core/http/fields).
 * The hint shows an example two weeks from today by the app's clock, so it is never in the past.
 */
export function DateField({
  ctx,
  name,
  label,
  value,
  errors,
}: {
  ctx: ViewContext;
  name: string;
  label: string;
  value?: FieldValue;
  errors?: FieldErrors | undefined;
}) {
  const example = exampleDay(ctx.today);
  const hint = ctx.t('form.dateHint', {
    example: writtenDate(example),
    written: longDate(ctx.locale, example, false),
  });
  return (
    <TextField name={name} label={label} hint={hint} value={value} errors={errors} width="medium" autocomplete="off" />
  );
}

/** A file to upload; the form around it needs `upload`. */
export function FileField({
  name,
  label,
  hint,
  accept,
  errors,
}: {
  name: string;
  label: string;
  hint?: string;
  accept: string;
  errors?: FieldErrors | undefined;
}) {
  const id = fieldId(name);
  const error = errors?.[name];
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        class="samen-file"
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}

interface SelectProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: FieldValue;
  errors?: FieldErrors | undefined;
}

export function SelectField({ name, label, options, value, errors }: SelectProps) {
  const id = fieldId(name);
  const error = errors?.[name];
  return (
    <FieldFrame id={id} label={label} error={error}>
      <select
        class="utrecht-select utrecht-select--html-select"
        id={id}
        name={name}
        aria-describedby={describedBy(id, undefined, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {options.map((option) => (
          <option value={option.value} selected={option.value === single(value)}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A POST form with its CSRF token; `novalidate` so our own clear messages show, not the browser's. */
export function Form({
  ctx,
  action,
  children,
  label,
  upload,
}: {
  ctx: ViewContext;
  action: string;
  children?: Child;
  label?: string;
  upload?: boolean;
}) {
  return (
    <form
      method="post"
      action={action}
      novalidate
      aria-label={label}
      class="samen-form"
      enctype={upload ? 'multipart/form-data' : undefined}
    >
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      {children}
    </form>
  );
}

/** A submit button; `name` and `value` tell the server which of several buttons was pressed. */
export function SubmitButton({
  children,
  variant = 'primary',
  name,
  value,
}: {
  children?: Child;
  variant?: 'primary' | 'secondary' | 'danger';
  name?: string;
  value?: string;
}) {
  const variantClass =
    variant === 'danger'
      ? 'utrecht-button--primary-action utrecht-button--danger'
      : `utrecht-button--${variant}-action`;
  return (
    <button type="submit" class={`utrecht-button utrecht-button--submit ${variantClass}`} name={name} value={value}>
      {children}
    </button>
  );
}

interface TextAreaProps {
  name: string;
  /** only when the same field appears more than once on a page (e.g. one form per item); defaults to fieldId(name) */
  id?: string;
  label: string;
  errors?: FieldErrors | undefined;
  value?: FieldValue;
  hint?: string | undefined;
  rows?: number;
  maxlength?: number;
}

export function TextArea({ name, id = fieldId(name), label, errors, value, hint, rows = 4, maxlength }: TextAreaProps) {
  const error = errors?.[name];
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        class={[
          'utrecht-textarea utrecht-textarea--html-textarea samen-input--full',
          invalid(error, 'utrecht-textarea'),
        ].join('')}
        id={id}
        name={name}
        rows={rows}
        maxlength={maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {single(value) ?? ''}
      </textarea>
    </FieldFrame>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  /** checkboxes allow several answers, radios one */
  kind: 'checkbox' | 'radio';
  value?: FieldValue;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
}

/** A fieldset of checkboxes or radio buttons; the error links to the first option. */
export function ChoiceGroup({ name, legend, options, kind, value, errors, hint }: ChoiceGroupProps) {
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const error = errors?.[name];
  const id = fieldId(name);
  return (
    <fieldset
      class={[
        'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset samen-choices',
        invalid(error, 'utrecht-form-fieldset'),
      ].join('')}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {hint && (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div class="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div class={`utrecht-form-field utrecht-form-field--${kind} samen-choice`}>
            <input
              class={
                kind === 'checkbox'
                  ? 'utrecht-checkbox utrecht-checkbox--html-input'
                  : 'utrecht-radio-button utrecht-radio-button--html-input'
              }
              type={kind}
              id={optionId}
              name={name}
              value={option.value}
              checked={chosen.has(option.value)}
            />
            <label class={`utrecht-form-label utrecht-form-label--${kind}`} for={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
