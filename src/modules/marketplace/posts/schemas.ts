import { z } from '@hono/zod-openapi';
import { choice, optionalText, postcode4, text, typedDay } from '../../../core/http/fields';
import type { FormValues } from '../../../core/http/forms';
import { single } from '../../../core/views/components';
import { municipalityCode, TEXT_LIMITS } from '../../../core/vocabulary';
import { CATEGORIES, WHEN_KINDS } from '../rules';

/** A category from the list; nothing chosen asks to choose one. */
const category = () => choice(CATEGORIES, { required: 'validation.chooseCategory', invalid: 'validation.category' });

const today = () => new Date().toISOString().slice(0, 10);

/**
 * When: once (on a day), recurring or flexible. `date` is the API's YYYY-MM-DD, or in the form a
 * day typed as people write it (typedDay); either way a day before `today` is refused.
 */
const whenOf = <D extends z.ZodType<string | undefined>>(date: D, today: () => string) =>
  z
    .object({
      kind: choice(WHEN_KINDS, { required: 'validation.chooseWhen', invalid: 'validation.whenKind' }),
      date,
      text: optionalText({ max: 200 }).openapi({ example: 'elke dinsdagochtend' }),
    })
    .superRefine((when, context) => {
      const day = (when as { date?: string }).date;
      if (when.kind === 'once' && !day)
        context.addIssue({ code: 'custom', path: ['date'], message: 'validation.dateRequired' });
      if (day && day < today()) context.addIssue({ code: 'custom', path: ['date'], message: 'validation.dateInPast' });
    });

export const WhenSchema = whenOf(
  z.iso.date({ error: 'validation.date' }).optional().openapi({ format: 'date', example: '2026-12-15' }),
  today,
).openapi('When');

const hoursPerWeek = z
  .number({ error: 'validation.number' })
  .int('validation.number')
  .min(1, 'validation.min')
  .max(40, 'validation.max');

export const PostInputSchema = z
  .object({
    title: text({ max: TEXT_LIMITS.title, required: 'validation.postTitle' }).openapi({
      example: 'Hulp bij boodschappen op dinsdag',
    }),
    description: text({ max: TEXT_LIMITS.description, required: 'validation.postDescription' }),
    category: category(),
    postcode: postcode4().openapi({ description: 'Alleen de 4 cijfers worden bewaard en getoond; nooit een adres.' }),
    when: WhenSchema,
    municipality: municipalityCode().optional().openapi({ description: 'Standaard de gemeente van de postcode.' }),
    onBehalfOf: z
      .object({ clientFirstName: text({ max: 60, required: 'validation.clientFirstName' }) })
      .optional()
      .openapi({ description: 'Een professional plaatst de hulpvraag namens een cliënt.' }),
    organisation: z
      .string()
      .uuid('validation.id')
      .optional()
      .openapi({ description: 'Voor een vacature: de organisatie; namens een cliënt: uw organisatie.' }),
    hoursPerWeek: hoursPerWeek.optional(),
    concept: z.boolean({ error: 'validation.boolean' }).optional().openapi({
      description: 'Bewaren als concept: nog voor niemand anders zichtbaar; later plaatsen met …/publish.',
    }),
  })
  .openapi('NewPost');
export type PostInput = z.infer<typeof PostInputSchema>;

/** Changes by the owner; the place (postcode) and kind stay as they were. */
export const PostChangeSchema = z
  .object({
    title: text({ max: TEXT_LIMITS.title, required: 'validation.postTitle' }).optional(),
    description: text({ max: TEXT_LIMITS.description, required: 'validation.postDescription' }).optional(),
    category: category().optional(),
    when: WhenSchema.optional(),
    hoursPerWeek: hoursPerWeek.optional(),
  })
  .openapi('PostChange');
export type PostChange = z.infer<typeof PostChangeSchema>;

export const CloseInputSchema = z
  .object({
    matchedResponseId: z.string().uuid('validation.id').optional(),
    reason: text({ max: TEXT_LIMITS.reason, required: 'validation.closeReason' }),
  })
  .openapi('ClosePost');

// --- the same schemas for the pages' forms, whose fields are flat ---

/** The post form's flat fields → the API's input shape, so one schema checks both. */
function postInputFrom(values: FormValues) {
  const field = (name: string) => single(values[name]);
  const hours = field('hoursPerWeek');
  return {
    title: field('title'),
    description: field('description'),
    category: field('category'),
    postcode: field('postcode'),
    when: { kind: field('whenKind'), date: field('whenDate'), text: field('whenText') },
    organisation: field('organisation'),
    onBehalfOf: field('clientFirstName') ? { clientFirstName: field('clientFirstName') } : undefined,
    hoursPerWeek: hours === undefined ? undefined : Number(hours),
    // the form's second button, "Opslaan als concept"
    concept: field('concept') === '1' ? true : undefined,
  };
}

/** The form's "when": the day as people type it (8-12-2026, "8 december"), from `day` (today in Amsterdam) on. */
const formWhen = (day: string) =>
  whenOf(typedDay(day, { notPast: true, required: 'validation.dateRequired' }).optional(), () => day);

/** The new-post form, on `day` (today by the app's clock, in Amsterdam). */
export const postForm = (day: string) =>
  z.preprocess((values) => postInputFrom(values as FormValues), PostInputSchema.extend({ when: formWhen(day) }));

/** The edit form: the same fields but the postcode and organisation, which stay. */
export const postChangeForm = (day: string) =>
  z.preprocess(
    (values) => {
      const { title, description, category, when, hoursPerWeek } = postInputFrom(values as FormValues);
      return { title: title ?? '', description: description ?? '', category, when, hoursPerWeek };
    },
    PostChangeSchema.extend({ when: formWhen(day).optional() }),
  );

/** "Afsluiten": who helped is chosen in the field "helper". */
export const CloseForm = z.preprocess((values) => {
  const { helper, reason } = values as FormValues;
  return { matchedResponseId: single(helper) || undefined, reason: single(reason) ?? '' };
}, CloseInputSchema);

/** A schema path → the flat form field that shows its error. */
export const postFieldOf = (path: string) =>
  ({
    'when.kind': 'whenKind',
    'when.date': 'whenDate',
    'when.text': 'whenText',
    'onBehalfOf.clientFirstName': 'clientFirstName',
    matchedResponseId: 'helper',
  })[path] ?? path;
