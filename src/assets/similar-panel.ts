/**
 * "Lijkt op:" while typing: after a pause in the title or summary, asks the server for the
 * panel's contents and swaps them in. A request still on its way when the text changes again is
 * cancelled, so typing never floods the server. Without JavaScript the "Controleer" button does
 * the same with a full page.
 */
const DEBOUNCE_MS = 400;

export function enhanceSimilarPanel(panel: HTMLElement): void {
  // The form to submit an initiative, or to change one (then the initiative itself is left out).
  const form = document.querySelector<HTMLFormElement>(
    'form[action="/innovatie/nieuw"], form[action^="/innovatie/"][action$="/bewerken"]',
  );
  const exclude = panel.dataset.exclude;
  const results = panel.querySelector<HTMLElement>('[data-similar-results]');
  const title = form?.querySelector<HTMLInputElement>('[name="title"]');
  const summary = form?.querySelector<HTMLTextAreaElement>('[name="summary"]');
  if (!form || !results || !title || !summary) return;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  let lastQuery = '';

  const refresh = async () => {
    const params = new URLSearchParams({ title: title.value.trim(), summary: summary.value.trim() });
    if (exclude) params.set('zonder', exclude);
    for (const theme of form.querySelectorAll<HTMLInputElement>('[name="themes"]:checked'))
      params.append('themes', theme.value);
    const query = params.toString();
    if (query === lastQuery) return;
    lastQuery = query;
    inFlight?.abort();
    inFlight = new AbortController();
    try {
      const response = await fetch(`/innovatie/lijkt-op?${query}`, {
        signal: inFlight.signal,
        headers: { Accept: 'text/html' },
      });
      if (response.ok) results.innerHTML = await response.text();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') lastQuery = '';
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  };
  title.addEventListener('input', schedule);
  summary.addEventListener('input', schedule);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'themes') schedule();
  });
}
