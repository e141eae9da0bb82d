/**
 * The screening's verdict while typing in the post form: after a pause in the title or the
 * description (and when leaving either), asks POST /api/v1/screening-checks and writes what it says
 * into the form's aria-live region, each reason with the field it is about. A request still on its
 * way when the text changes is cancelled. Without JavaScript the server says the same after
 * submitting, in the error summary.
 */
const DEBOUNCE_MS = 600;

interface Verdict {
  outcome: 'publish' | 'review' | 'refuse';
  reasons: { code: string; field: 'title' | 'description'; message: string }[];
}

export function enhanceScreeningFeedback(region: HTMLElement): void {
  const form = region.closest('form');
  const title = form?.querySelector<HTMLInputElement>('[name="title"]');
  const description = form?.querySelector<HTMLTextAreaElement>('[name="description"]');
  const result = region.querySelector<HTMLElement>('[data-screening-result]');
  if (!form || !title || !description || !result) return;
  const data = region.dataset;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  let lastBody = '';
  let showing = false;

  const show = (verdict: Verdict | undefined) => {
    result.replaceChildren();
    result.className = '';
    if (!verdict || verdict.reasons.length === 0) {
      // Say once that the problem is gone; say nothing while there never was one.
      if (showing && verdict) {
        const ok = document.createElement('p');
        ok.className = 'utrecht-paragraph';
        ok.textContent = data.ok ?? '';
        result.append(ok);
      }
      showing = false;
      return;
    }
    showing = true;
    result.className = `utrecht-alert utrecht-alert--${verdict.outcome === 'refuse' ? 'error' : 'warning'}`;
    const lead = document.createElement('p');
    lead.className = 'utrecht-paragraph';
    lead.textContent = (verdict.outcome === 'refuse' ? data.refuse : data.review) ?? '';
    const list = document.createElement('ul');
    list.className = 'utrecht-unordered-list';
    for (const reason of verdict.reasons) {
      const item = document.createElement('li');
      item.className = 'utrecht-unordered-list__item';
      const label = reason.field === 'title' ? data.labelTitle : data.labelDescription;
      item.textContent = label ? `${label}: ${reason.message}` : reason.message;
      list.append(item);
    }
    result.append(lead, list);
  };

  const check = async () => {
    clearTimeout(timer);
    const text = { title: title.value.trim(), description: description.value.trim() };
    const body = JSON.stringify({
      kind: data.kind,
      ...(text.title ? { title: text.title } : {}),
      ...(text.description ? { description: text.description } : {}),
      ...(data.municipality ? { municipality: data.municipality } : {}),
    });
    if (body === lastBody) return;
    lastBody = body;
    inFlight?.abort();
    if (!text.title && !text.description) {
      show(undefined);
      return;
    }
    inFlight = new AbortController();
    try {
      const response = await fetch('/api/v1/screening-checks', {
        method: 'POST',
        // in the page's language (the API would otherwise follow the browser's)
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Accept-Language': document.documentElement.lang || 'nl',
        },
        body,
        signal: inFlight.signal,
      });
      if (response.ok) show((await response.json()) as Verdict);
      else lastBody = ''; // too long, too many checks: the server says it on submitting
    } catch (error) {
      if ((error as Error).name !== 'AbortError') lastBody = '';
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  };
  for (const field of [title, description]) {
    field.addEventListener('input', schedule);
    field.addEventListener('blur', () => void check());
  }
}
