import type { Child } from 'hono/jsx';
import type { ViewContext } from './context';

export * from './form-fields';

export function Heading1({ children }: { children?: Child }) {
  return <h1 class="utrecht-heading-1">{children}</h1>;
}

export function Paragraph({ children, lead }: { children?: Child; lead?: boolean }) {
  return <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'}>{children}</p>;
}

export function Link({ href, children }: { href: string; children?: Child }) {
  return (
    <a class="utrecht-link utrecht-link--html-a" href={href}>
      {children}
    </a>
  );
}

export function Alert({ type, children }: { type: 'info' | 'ok' | 'warning' | 'error'; children?: Child }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function DataList({ items }: { items: { key: string; value: Child }[] }) {
  return (
    <dl class="utrecht-data-list utrecht-data-list--rows">
      {items.map((item) => (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{item.key}</dt>
          <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A table in a box of its own that scrolls sideways when the table is wider than the screen, so the
 * page itself never is (WCAG 1.4.10). The box is a named region that takes focus (tabindex 0): a
 * keyboard user can scroll it with the arrow keys. `label` names it; use the table's caption.
 */
export function TableBox({ label, children }: { label: string; children?: Child }) {
  return (
    <div class="samen-table-box" role="region" aria-label={label} tabindex={0}>
      {children}
    </div>
  );
}

/** Previous / next links with "page x of y"; keeps the other query parameters. */
export function Pagination({
  ctx,
  page,
  pageSize,
  total,
  baseUrl,
}: {
  ctx: ViewContext;
  page: number;
  pageSize: number;
  total: number;
  baseUrl: URL;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const link = (target: number) => {
    const url = new URL(baseUrl);
    url.searchParams.set('pagina', String(target));
    return url.pathname + url.search;
  };
  return (
    <nav class="samen-pagination" aria-label={ctx.t('pagination.label')}>
      {page > 1 && (
        <a class="utrecht-link utrecht-link--html-a" href={link(page - 1)} rel="prev">
          {ctx.t('pagination.previous')}
        </a>
      )}
      <span>{ctx.t('pagination.status', { page, pages })}</span>
      {page < pages && (
        <a class="utrecht-link utrecht-link--html-a" href={link(page + 1)} rel="next">
          {ctx.t('pagination.next')}
        </a>
      )}
    </nav>
  );
}

/** Where this page sits: links to the pages above it, nearest last. */
export function Breadcrumbs({ ctx, trail }: { ctx: ViewContext; trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label={ctx.t('breadcrumb.label')} class="utrecht-breadcrumb-nav">
      <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {trail.map(({ href, label }) => (
          <li class="utrecht-breadcrumb-nav__item">
            <a class="utrecht-breadcrumb-nav__link" href={href}>
              {label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
