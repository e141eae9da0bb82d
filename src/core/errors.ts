/**
 * Domain errors: what a command says when it cannot do what was asked. They know no HTTP: the API
 * turns them into problem+json and the pages into a Dutch (or English) page or form errors, by
 * their kind (core/http/problem.ts). Titles and details are message keys, translated when shown.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'gone'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'unavailable'
  | 'internal';

export interface InvalidParam {
  name: string;
  /** a message key (translated with `params` when shown), or an already translated message */
  reason: string;
  params?: Record<string, string | number>;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** message key of the short title */
    readonly titleKey: string,
    /** message key of the explanation */
    readonly detailKey: string,
    readonly params: Record<string, string | number> = {},
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(detailKey);
  }
}

export const notFound = (detailKey = 'problem.notFound.detail') =>
  new DomainError('not-found', 'problem.notFound.title', detailKey);
export const unauthorized = () =>
  new DomainError('unauthenticated', 'problem.unauthorized.title', 'problem.unauthorized.detail');
export const forbidden = (detailKey = 'problem.forbidden.detail') =>
  new DomainError('forbidden', 'problem.forbidden.title', detailKey);
export const conflict = (detailKey: string, params: Record<string, string | number> = {}) =>
  new DomainError('conflict', 'problem.conflict.title', detailKey, params);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError('rate-limited', 'problem.tooMany.title', 'problem.tooMany.detail', { seconds: retryAfterSeconds });
export const badRequest = (detailKey: string, invalidParams: InvalidParam[] = []) =>
  new DomainError('invalid', 'problem.badRequest.title', detailKey, {}, invalidParams);
/** One field is wrong: the most common refusal of a command. */
export const invalidField = (name: string, reason: string, params?: Record<string, string | number>) =>
  badRequest('problem.badRequest.detail', [{ name, reason, ...(params ? { params } : {}) }]);
