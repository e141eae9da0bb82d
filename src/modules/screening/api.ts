import { z } from '@hono/zod-openapi';
import { type ApiApp, apiRoute, jsonResponse } from '../../core/http/api';
import { clientIp } from '../../core/http/client-ip';
import { optionalText } from '../../core/http/fields';
import { tooManyRequests } from '../../core/errors';
import { hitRateLimit } from '../../core/rate-limit';
import { municipalityCode, TEXT_LIMITS } from '../../core/vocabulary';
import { OUTCOMES, TEXT_KINDS, type TextKind, type TextParts } from './screen';
import { screenText } from './service';

const tags = ['Screening'];

/** Typing sends a check after each pause: a minute of steady typing stays well within this. */
export const CHECKS_PER_MINUTE = 60;

const ScreeningCheckSchema = z
  .object({
    kind: z.enum(TEXT_KINDS, { error: 'validation.screeningKind' }).openapi({
      description:
        'Wat voor tekst: een hulpvraag (request), hulpaanbod (offer), vacature (vacancy), reactie (response), ' +
        'bericht (message), voornaam (profile-name), organisatienaam (organisation-name), initiatief ' +
        '(initiative) of advies (advice).',
      example: 'request',
    }),
    title: optionalText({ max: TEXT_LIMITS.title }).openapi({ example: 'Hulp bij boodschappen op dinsdag' }),
    description: optionalText({ max: TEXT_LIMITS.description }).openapi({
      description: 'De tekst zelf: de beschrijving, het bericht, of de naam.',
      example: 'Wie helpt mij? Ik betaal €10 per uur.',
    }),
    municipality: municipalityCode()
      .optional()
      .openapi({ description: 'De marktplaats van een plaatsing: dezelfde tekst daar nog eens wordt geweigerd.' }),
  })
  .openapi('ScreeningCheck');

const ScreeningVerdictSchema = z
  .object({
    outcome: z.enum(OUTCOMES).openapi({
      description: 'publish: kan zo geplaatst worden; review: een beheerder kijkt eerst; refuse: zo kan het niet.',
    }),
    reasons: z.array(
      z.object({
        code: z.string().openapi({ example: 'paid-rate' }),
        rule: z.string().openapi({ example: 'paid-work' }),
        field: z.enum(['title', 'description']),
        message: z.string().openapi({
          example:
            'Er staat een bedrag per uur, per keer of per rit in: "€10 per uur". Samen is alleen voor vrijwillige ' +
            'hulp. Haal het bedrag weg.',
        }),
      }),
    ),
  })
  .openapi('ScreeningVerdict');

/** The fields a kind of text has, from the check's title and description. */
function partsOf(kind: TextKind, title: string | undefined, description: string | undefined): TextParts {
  if (kind === 'request' || kind === 'offer' || kind === 'vacancy' || kind === 'initiative')
    return { title, description };
  return { description: [title, description].filter(Boolean).join('\n') };
}

/** POST /screening-checks: the verdict a text would get, for feedback while typing (API.md, "Screening"). */
export function registerScreeningApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'post',
      path: '/screening-checks',
      tags,
      summary: 'Controleer een tekst vóór het plaatsen: dezelfde screening als een plaatsing krijgt',
      description:
        'Zonder token alleen de tekst; met een token ook wat het account eerder plaatste (herhaling, veel ' +
        `in korte tijd), zoals bij plaatsen. Hoogstens ${CHECKS_PER_MINUTE} controles per minuut per adres.`,
      problems: [429],
      request: { body: { required: true, content: { 'application/json': { schema: ScreeningCheckSchema } } } },
      responses: { 200: jsonResponse(ScreeningVerdictSchema, 'Het oordeel met de redenen') },
    }),
    async (c) => {
      const limited = await hitRateLimit(c.var.deps.db, `screening-check:ip:${clientIp(c)}`, {
        limit: CHECKS_PER_MINUTE,
        windowSeconds: 60,
      });
      if (!limited.allowed) throw tooManyRequests(limited.retryAfterSeconds);
      const { kind, title, description, municipality } = c.req.valid('json');
      const actor = c.var.actor;
      const verdict = await screenText(c.var.deps, {
        kind,
        parts: partsOf(kind, title, description),
        accountId: actor.kind === 'account' ? actor.accountId : undefined,
        marketplace: municipality,
        locale: c.var.locale,
      });
      const reasons = verdict.reasons.map((r) => ({
        code: r.code,
        rule: r.rule,
        field: r.field === 'title' ? ('title' as const) : ('description' as const),
        message: r.message,
      }));
      return c.json({ outcome: verdict.outcome, reasons }, 200);
    },
  );
}
