// Requests for the API fuzzer, derived from the OpenAPI document: every operation's path and
// query parameters and its JSON body schema, mostly almost right (so requests reach the handlers)
// and now and then wrong in every way a client can be wrong: wrong types, missing and extra fields,
// numbers out of range, unicode, control characters, NUL, very long strings, malformed JSON, the
// wrong Content-Type.
import fc from 'fast-check';

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
export interface Operation {
  /** "POST /help-requests/{id}/responses" */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}
export interface Document {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>
  >;
  components?: { schemas?: Record<string, Schema> };
}
export type Identity = 'anonymous' | 'resident';
export interface FuzzRequest {
  identity: Identity;
  method: string;
  url: string;
  contentType: string | undefined;
  body: string | undefined;
}
/** Values that make a request reach deeper than validation: fixture ids, known codes, the resident's details. */
export interface Hints {
  ids: string[];
  byName: Record<string, string[]>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

export function operationsOf(document: Document): Operation[] {
  return Object.entries(document.paths)
    .flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, operation]) => ({
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          parameters: operation.parameters ?? [],
          body: operation.requestBody?.content?.['application/json']?.schema,
        })),
    )
    .sort((a, b) => a.key.localeCompare(b.key));
}

// --- strings that have broken servers before ---
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '3511\u0000',
  'GM0344\u0000',
  '\t\r\n',
  '\u0007\u0008\u001b[31m\u007f',
  '\u202eevil\u202c',
  '\u200b\ufeff',
  '😀👍🏽👩‍👩‍👧',
  'Ω≈ç√∫˜µ≤≥÷ ŒŠ ﷽',
  'ᚠᛇᚻ᛫ᛒᛦᚦ ไก่ 日本語 العربية',
  '\ud800',
  'x\udfffy',
  "'; DROP TABLE posts; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '%',
  '%zz',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection probe, sent as it is
  '{{7*7}}${7*7}',
  'null',
  'undefined',
  'true',
  '-1',
  '1e400',
  'NaN',
  '0x1f',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'GM9999',
  '0000',
  '9999',
];
const nasty = fc.constantFrom(...NASTY);
const long = fc
  .tuple(fc.constantFrom('x', 'é', '😀', 'a\u0000', 'word '), fc.constantFrom(201, 2_001, 5_001, 70_000))
  .map(([unit, times]) => unit.repeat(times));
export const anyString = fc.oneof(
  { weight: 4, arbitrary: nasty },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: long },
);
const anyNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, -0, 0.5, 2 ** 31, 2 ** 53 + 1, 1e21, 1e308, -1e308, Number.MIN_VALUE),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
/** A JSON value of any type: what a field gets when the client has the type wrong. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  anyNumber,
  anyString,
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

const dates = fc.oneof(
  fc
    .integer({ min: -400, max: 400 })
    .map((days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '0000-00-00', '9999-12-31', '2026-13-01', '26-1-1'),
);

export function schemaArbitraries(document: Document, hints: Hints) {
  const named = document.components?.schemas ?? {};
  const resolve = (schema: Schema): Schema => {
    let current = schema;
    for (let i = 0; current.$ref && i < 10; i++) current = named[current.$ref.split('/').pop() ?? ''] ?? {};
    return current;
  };
  const hinted = (name: string | undefined) => (name ? hints.byName[name] : undefined);

  /** A value the schema accepts, or nearly: limits are kept to, hints are preferred. */
  function conforming(raw: Schema, name: string | undefined, depth: number): fc.Arbitrary<unknown> {
    const schema = resolve(raw);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map((s) => conforming(s, name, depth)));
    if (schema.allOf) return conforming(Object.assign({}, ...schema.allOf.map(resolve)), name, depth);
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    if (Array.isArray(schema.type))
      return fc.oneof(...schema.type.map((type) => conforming({ ...schema, type }, name, depth)));
    const hint = hinted(name);
    switch (schema.type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
      case 'number':
        return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
      case 'array':
        return fc.array(fuzz(schema.items ?? {}, name, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 4, 6),
        });
      case 'object':
        return objectOf(schema, depth);
      default: {
        const base =
          schema.format === 'uuid'
            ? fc.oneof(fc.constantFrom(...hints.ids), fc.uuid())
            : schema.format === 'date'
              ? dates
              : schema.format === 'email'
                ? fc.oneof(fc.constantFrom(...(hints.byName.email ?? ['a@b.nl'])), fc.emailAddress())
                : schema.pattern
                  ? fc.stringMatching(new RegExp(schema.pattern))
                  : fc.string({
                      unit: 'grapheme',
                      minLength: schema.minLength ?? 0,
                      maxLength: Math.min(schema.maxLength ?? 40, 60),
                    });
        return hint
          ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...hint) }, { weight: 1, arbitrary: base })
          : base;
      }
    }
  }

  function objectOf(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const properties = schema.properties ?? {};
    const model = Object.fromEntries(
      Object.entries(properties).map(([key, s]) => [key, fuzz(s, key, depth + 1)]),
    ) as Record<string, fc.Arbitrary<unknown>>;
    const required = (schema.required ?? []).filter((key) => key in model);
    const complete = fc.record(model, { requiredKeys: required });
    const extra = fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), nasty), wrongType, { minKeys: 1, maxKeys: 3 });
    return fc.oneof(
      { weight: 6, arbitrary: complete },
      { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) }, // required fields missing
      { weight: 1, arbitrary: fc.tuple(complete, extra).map(([value, more]) => ({ ...more, ...(value as object) })) },
    );
  }

  /** Mostly conforming, sometimes the wrong type or a nasty string. */
  function fuzz(schema: Schema, name: string | undefined, depth = 0): fc.Arbitrary<unknown> {
    if (depth > 4) return wrongType;
    return fc.oneof(
      { weight: 8, arbitrary: conforming(schema, name, depth) },
      { weight: 1, arbitrary: wrongType },
      { weight: 1, arbitrary: anyString },
    );
  }

  return { fuzz, conforming };
}

/** Lone surrogates cannot be percent-encoded: they become U+FFFD, as a browser would send them. */
const wellFormed = (value: string) =>
  value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

const WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/problem+json',
  '*/*',
  '',
];
const MALFORMED = [
  '',
  '{',
  '{"a":',
  'null',
  '[]',
  '"x"',
  '1',
  'not json',
  '\u0000',
  '{"title":"\\u0000"}',
  '{"__proto__":{"x":1}}',
];

/** One request for an operation: path and query parameters, a body, a Content-Type and who sends it. */
export function requestArbitrary(document: Document, operation: Operation, hints: Hints): fc.Arbitrary<FuzzRequest> {
  const { fuzz, conforming } = schemaArbitraries(document, hints);
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const queryParams = operation.parameters.filter((p) => p.in === 'query');

  const path = fc
    .tuple(
      ...pathParams.map((p) =>
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...(hints.byName[p.name] ?? hints.ids)) },
          { weight: 2, arbitrary: conforming(p.schema ?? {}, p.name, 0).map(asText) },
          { weight: 1, arbitrary: anyString },
        ),
      ),
    )
    .map((values) =>
      pathParams.reduce(
        (result, p, i) => result.replace(`{${p.name}}`, encodeURIComponent(wellFormed(values[i] ?? ''))),
        operation.path,
      ),
    );

  const query = fc
    .tuple(
      fc.tuple(
        ...queryParams.map((p) =>
          fc.option(
            fc.oneof(
              { weight: 4, arbitrary: conforming(p.schema ?? {}, p.name, 0) },
              { weight: 1, arbitrary: anyString },
            ),
            { nil: undefined, freq: 3 },
          ),
        ),
      ),
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        {
          weight: 1,
          arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), nasty), anyString, { maxKeys: 2 }),
        },
      ),
    )
    .map(([values, extra]) => {
      const search = new URLSearchParams();
      queryParams.forEach((p, i) => {
        const value = values[i];
        if (value !== undefined) search.append(p.name, wellFormed(asText(value)));
      });
      for (const [name, value] of Object.entries(extra ?? {})) search.append(wellFormed(name), wellFormed(value));
      const text = search.toString();
      return text ? `?${text}` : '';
    });

  const json = (value: unknown) => JSON.stringify(value) ?? 'null';
  const body: fc.Arbitrary<{ contentType: string | undefined; body: string | undefined }> = operation.body
    ? fc.oneof(
        {
          weight: 10,
          arbitrary: fuzz(operation.body, undefined).map((v) => ({ contentType: 'application/json', body: json(v) })),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(...WRONG_TYPES), fuzz(operation.body, undefined))
            .map(([contentType, v]) => ({ contentType: contentType || undefined, body: json(v) })),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(...MALFORMED).map((text) => ({ contentType: 'application/json', body: text })),
        },
        { weight: 1, arbitrary: fc.constant({ contentType: undefined, body: undefined }) },
        { weight: 1, arbitrary: fc.constant({ contentType: 'application/json', body: 'x'.repeat(1_100_000) }) },
      )
    : operation.method === 'GET'
      ? fc.constant({ contentType: undefined, body: undefined })
      : fc.oneof(
          { weight: 6, arbitrary: fc.constant({ contentType: undefined, body: undefined }) },
          { weight: 2, arbitrary: wrongType.map((v) => ({ contentType: 'application/json', body: json(v) })) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.constantFrom(...WRONG_TYPES), anyString)
              .map(([contentType, text]) => ({ contentType: contentType || undefined, body: wellFormed(text) })),
          },
        );

  return fc
    .record({ identity: fc.constantFrom<Identity>('anonymous', 'resident'), path, query, body })
    .map(({ identity, path: p, query: q, body: b }) => ({
      identity,
      method: operation.method,
      url: `/api/v1${p}${q}`,
      contentType: b.contentType,
      body: b.body,
    }));
}
