import type { Context } from 'hono';
import { Heading1, Link, Paragraph } from '../views/components';
import { viewContext } from '../views/context';
import { Layout } from '../views/layout';
import type { AppEnv } from './env';
import { HTTPException } from 'hono/http-exception';
import { isDatabaseUnavailable, isUniqueViolation } from '../db-errors';
import { conflict, DomainError } from '../errors';
import { STATUS_OF_KIND } from './problem';
import { translator } from '../i18n';

const isApi = (c: Context<AppEnv>) => c.req.path.startsWith('/api/');

function ErrorPage({ c, problem }: { c: Context<AppEnv>; problem: DomainError }) {
  const ctx = viewContext(c);
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(problem.titleKey)}>
      <Heading1>{t(problem.titleKey)}</Heading1>
      <Paragraph lead>{t(problem.detailKey, problem.params)}</Paragraph>
      {problem.kind === 'unauthenticated' ? (
        <Paragraph>
          <Link href={`/inloggen?terug=${encodeURIComponent(c.req.path)}`}>{t('layout.nav.login')}</Link>
        </Paragraph>
      ) : (
        <Paragraph>
          <Link href="/">{t('error.home')}</Link> · <Link href="/gemeenten">{t('layout.nav.municipalities')}</Link>
        </Paragraph>
      )}
    </Layout>
  );
}

/** One place turns a problem into a response: problem+json for the API, a Dutch page for people. */
export function renderProblem(c: Context<AppEnv>, problem: DomainError): Response | Promise<Response> {
  const t = c.var.t ?? translator('nl');
  const status = STATUS_OF_KIND[problem.kind];
  if (problem.kind === 'rate-limited') c.header('Retry-After', String(problem.params.seconds ?? 60));
  if (isApi(c)) {
    const body = {
      type: 'about:blank',
      title: t(problem.titleKey),
      status,
      detail: t(problem.detailKey, problem.params),
      instance: c.req.path,
      ...(problem.invalidParams.length > 0
        ? { invalidParams: problem.invalidParams.map((p) => ({ name: p.name, reason: t(p.reason, p.params) })) }
        : {}),
    };
    return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json' });
  }
  return c.html(<ErrorPage c={c} problem={problem} />, status);
}

/** Seconds a client waits before trying again while the database is out of reach. */
const RETRY_AFTER_SECONDS = 5;

export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof DomainError) return renderProblem(c, error);
  // Malformed JSON bodies and a wrong Content-Type come from Hono as HTTPException.
  const status = error instanceof HTTPException ? error.status : undefined;
  if (status === 400)
    return renderProblem(c, new DomainError('invalid', 'problem.badRequest.title', 'problem.malformed.detail'));
  if (status === 415)
    return renderProblem(
      c,
      new DomainError(
        'unsupported-media-type',
        'problem.unsupportedMediaType.title',
        'problem.unsupportedMediaType.detail',
      ),
    );
  if (isDatabaseUnavailable(error)) {
    c.var.deps?.logger.warn({ err: error, path: c.req.path }, 'database unavailable');
    c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return renderProblem(c, new DomainError('unavailable', 'problem.unavailable.title', 'problem.unavailable.detail'));
  }
  // Two requests raced for one unique thing and the database chose: the loser is told, not a 500.
  if (isUniqueViolation(error)) return renderProblem(c, conflict('problem.duplicate.detail'));
  c.var.deps?.logger.error({ err: error, path: c.req.path }, 'unhandled error');
  return renderProblem(c, new DomainError('internal', 'problem.server.title', 'problem.server.detail'));
}
