import type { ParsedArticle } from 'pressroom';
import type {
  ConvertResponse,
  CurrenciesResponse,
  ErrorResponse,
  ParseRequest,
  ParseResponse,
  SampleInfo,
} from '../../server/api-types';
import { renderArticle } from './article';
import { byId, h } from './dom';
import { currencyLabel, EVIDENCE, formatDate, formatValue, ms } from './format';
import { markedOriginal } from './original';
import './style.css';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
let current: ParseResponse | null = null;
let originalShown = false;

// --- talking to the server ------------------------------------------------------------------

class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError('DEMO_OFFLINE', 'The demo server did not answer. Is it still running?');
  }
  const data = (await res.json().catch(() => null)) as T | ErrorResponse | null;
  if (!res.ok || data === null) {
    const error = (data as ErrorResponse | null)?.error;
    throw new ApiError(
      error?.code ?? `HTTP_${res.status}`,
      error?.message ?? `The server answered HTTP ${res.status}.`,
    );
  }
  return data as T;
}

// --- status line --------------------------------------------------------------------------------

const statusEl = byId('status');
const errorEl = byId('error');

function setStatus(text: string): void {
  statusEl.textContent = text;
}

function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : null;
  errorEl.replaceChildren(
    h('strong', {}, code === 'PRESSROOM_FORBIDDEN_ADDRESS' ? 'Refused: ' : 'Could not parse the page: '),
    message,
  );
  errorEl.dataset.code = code ?? '';
  errorEl.hidden = false;
  setStatus('');
}

// --- input tabs ---------------------------------------------------------------------------------

const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

function selectTab(tab: HTMLButtonElement, focus: boolean): void {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    byId(t.getAttribute('aria-controls') ?? '').hidden = !selected;
  }
  if (focus) tab.focus();
}

tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => selectTab(tab, false));
  tab.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    selectTab(tabs[(i + step + tabs.length) % tabs.length] as HTMLButtonElement, true);
  });
});

// --- parsing ----------------------------------------------------------------------------------------

async function parse(request: ParseRequest, label: string): Promise<void> {
  errorEl.hidden = true;
  setStatus(`Parsing ${label}…`);
  document.body.setAttribute('aria-busy', 'true');
  const t0 = performance.now();
  try {
    const response = await api<ParseResponse>('/api/parse', request);
    render(response, performance.now() - t0);
    setStatus(`Parsed ${label} in ${ms(performance.now() - t0)}.`);
    const results = byId('results');
    results.focus({ preventScroll: true });
    results.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'start' });
  } catch (error) {
    showError(error);
  } finally {
    document.body.removeAttribute('aria-busy');
  }
}

async function loadSamples(): Promise<void> {
  const list = byId('samples');
  try {
    const samples = await api<SampleInfo[]>('/api/samples');
    list.replaceChildren(
      ...samples.map((s) => {
        const button = h(
          'button',
          { type: 'button', class: 'sample', 'data-sample': s.id, lang: s.language },
          h('span', { class: 'sample-title' }, s.title),
          h('span', { class: 'sample-site', lang: 'en' }, s.site),
          h('span', { class: 'sample-shows', lang: 'en' }, s.shows),
        );
        button.addEventListener('click', () => {
          for (const b of list.querySelectorAll('.sample')) b.removeAttribute('aria-current');
          button.setAttribute('aria-current', 'true');
          void parse({ sampleId: s.id }, `the sample “${s.title}”`);
        });
        return h('li', {}, button);
      }),
    );
  } catch (error) {
    showError(error);
  }
}

byId<HTMLFormElement>('panel-paste').addEventListener('submit', (event) => {
  event.preventDefault();
  const html = byId<HTMLTextAreaElement>('html-input').value;
  const pageUrl = byId<HTMLInputElement>('page-url').value.trim();
  void parse({ html, ...(pageUrl ? { pageUrl } : {}) }, 'the pasted HTML');
});

byId<HTMLFormElement>('panel-file').addEventListener('submit', (event) => {
  event.preventDefault();
  const file = byId<HTMLInputElement>('file-input').files?.[0];
  if (!file) return;
  const pageUrl = byId<HTMLInputElement>('file-url').value.trim();
  file.text().then(
    (html) => parse({ html, ...(pageUrl ? { pageUrl } : {}) }, file.name),
    (error: unknown) => showError(error),
  );
});

byId<HTMLFormElement>('panel-url').addEventListener('submit', (event) => {
  event.preventDefault();
  const url = byId<HTMLInputElement>('url-input').value.trim();
  void parse({ url }, url);
});

// --- rendering ----------------------------------------------------------------------------------

function fact(term: string, value: Node | string | null, empty = '—'): Node[] {
  return [h('dt', {}, term), h('dd', { class: value === null ? 'none' : null }, value ?? empty)];
}

function renderFacts(response: ParseResponse): void {
  const r = response.result;
  const authors = r.byline.authors.length ? r.byline.authors.map((a) => a.name).join(', ') : null;
  byId('facts').replaceChildren(
    ...fact('Title', r.title),
    ...fact('Site', r.siteName),
    ...fact('Published', formatDate(r.publishedAt)),
    ...fact('Authors', authors, 'None found on the page (nobody is invented)'),
    ...(r.byline.organizations.length ? fact('Organisations', r.byline.organizations.join(', ')) : []),
    ...fact('Language', r.language),
    ...fact('Country for money', r.country),
    ...fact('Address', response.source.url),
    ...fact('Blocks', `${r.blocks.length} (${r.text.length.toLocaleString('en-US')} characters)`),
  );
  const dd = byId('facts').querySelectorAll('dd')[3];
  dd?.setAttribute('data-fact', 'authors');
}

function renderTimings(response: ParseResponse, roundTrip: number): void {
  const t = response.result.timings;
  const rows: [string, number, string][] = [
    ['extract', t.extract, 'boilerplate: the article and its metadata'],
    ['byline', t.byline, 'byline: authors'],
    ['quotes', t.quotes, 'quotes: who said what'],
    ['money', t.money, 'currency: sums of money'],
  ];
  if (response.source.fetch) rows.unshift(['fetch', response.source.fetch.ms, 'fetching the page']);
  const max = Math.max(...rows.map((r) => r[1]), 1);
  byId('timings').replaceChildren(
    ...rows.map(([stage, value, what]) =>
      h(
        'li',
        { 'data-stage': stage },
        h('span', { class: 'stage' }, stage),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: `width:${(value / max) * 100}%` })),
        h('span', { class: 'ms' }, ms(value)),
        h('span', { class: 'visually-hidden' }, ` (${what})`),
      ),
    ),
  );
  byId('timings-note').textContent =
    `parseArticle took ${ms(t.total)} in all, stage after stage; ${ms(roundTrip)} from click to answer.`;
}

function focusMark(id: string): void {
  if (originalShown) showOriginal(false);
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
  target.focus({ preventScroll: true });
  target.classList.remove('flash');
  void target.offsetWidth;
  target.classList.add('flash');
}

function renderQuotes(r: ParsedArticle): void {
  const body = byId('quotes').querySelector('tbody') as HTMLTableSectionElement;
  byId('quotes-title').textContent = `Quotes (${r.quotes.length})`;
  if (r.quotes.length === 0) {
    body.replaceChildren(h('tr', {}, h('td', { colspan: 7, class: 'empty' }, 'No quotations found.')));
    return;
  }
  body.replaceChildren(
    ...r.quotes.map((q, i) => {
      const id = `quote-${i + 1}`;
      const found = document.getElementById(id) !== null;
      const button = h(
        'button',
        { type: 'button', class: 'link', 'aria-label': `Show quote ${i + 1} in the article`, disabled: !found },
        `Q${i + 1}`,
      );
      const row = h(
        'tr',
        { 'data-quote': i + 1, class: found ? 'clickable' : null },
        h('td', {}, button),
        h('td', { class: 'quote-text' }, q.text.length > 160 ? `${q.text.slice(0, 157)}…` : q.text),
        h('td', {}, h('span', { class: `pill ${q.type}` }, q.type)),
        h('td', { class: q.speaker ? 'speaker' : 'speaker none' }, q.speaker?.name ?? 'unknown'),
        h('td', { class: 'role' }, q.speaker?.role ?? ''),
        h('td', { class: q.cue ? 'cue' : 'cue none' }, q.cue ?? '—'),
        h('td', { class: 'num' }, q.confidence.toFixed(2)),
      );
      if (found) row.addEventListener('click', () => focusMark(id));
      return row;
    }),
  );
}

function renderMoney(r: ParsedArticle): void {
  const body = byId('money').querySelector('tbody') as HTMLTableSectionElement;
  byId('money-title').textContent = `Money (${r.money.length})`;
  if (r.money.length === 0) {
    body.replaceChildren(h('tr', {}, h('td', { colspan: 6, class: 'empty' }, 'No sums of money found.')));
    return;
  }
  body.replaceChildren(
    ...r.money.map((m, i) => {
      const evidence = [EVIDENCE[m.evidence] ?? m.evidence];
      if (m.candidates.length > 1) evidence.push(`could also be ${m.candidates.slice(1).join(', ')}`);
      if (m.equivalentOf !== undefined) evidence.push(`restates #${m.equivalentOf + 1}`);
      const row = h(
        'tr',
        { 'data-money': i + 1, class: 'clickable' },
        h(
          'td',
          {},
          h(
            'button',
            { type: 'button', class: 'link', 'aria-label': `Show money ${i + 1} in the article` },
            `${i + 1}`,
          ),
        ),
        h('td', { class: 'as-written' }, m.text),
        h('td', { class: 'currency' }, m.currency ?? 'undecided'),
        h(
          'td',
          { class: 'value num' },
          `${m.approximate ? `${m.qualifier ?? '≈'} ` : ''}${m.negative ? '−' : ''}${formatValue(m.value, null)}`,
        ),
        h('td', { class: 'converted num' }, '…'),
        h('td', { class: 'evidence' }, h('code', {}, m.evidence), ` ${evidence.join('; ')}`),
      );
      row.addEventListener('click', () => focusMark(`money-${i + 1}`));
      return row;
    }),
  );
  void convertMoney();
}

async function convertMoney(): Promise<void> {
  if (!current) return;
  const r = current.result;
  const to = byId<HTMLSelectElement>('convert-to').value;
  byId('converted-head').textContent = `In ${to}`;
  if (r.money.length === 0) return;
  const cells = byId('money').querySelectorAll<HTMLTableCellElement>('td.converted');
  try {
    const answer = await api<ConvertResponse>('/api/convert', { money: r.money, to, date: r.publishedAt });
    answer.values.forEach((v, i) => {
      const cell = cells[i];
      if (!cell) return;
      if ('value' in v) {
        cell.textContent = `≈ ${formatValue(v.value, to)}`;
        cell.removeAttribute('title');
      } else {
        cell.textContent = 'n/a';
        cell.title = v.error;
      }
    });
    byId('rates-note').replaceChildren(
      'From ',
      h('code', {}, '@pressroom/currency'),
      `: findMoney over the article text, then convert() with the bundled ${answer.rates.date ?? ''} rates (${answer.rates.source ?? 'approximate'}). Ballpark figures, not for accounting.`,
    );
  } catch (error) {
    for (const cell of cells) cell.textContent = 'n/a';
    showError(error);
  }
}

function showOriginal(show: boolean): void {
  originalShown = show;
  byId('show-article').setAttribute('aria-pressed', String(!show));
  byId('show-original').setAttribute('aria-pressed', String(show));
  byId('article').hidden = show;
  byId('article-legend').hidden = show;
  byId('original').hidden = !show;
  if (show && current) {
    const frame = byId<HTMLIFrameElement>('original-frame');
    if (frame.dataset.for !== String(currentId)) {
      const { srcdoc, counts } = markedOriginal(current.source.html, current.result);
      frame.srcdoc = srcdoc;
      frame.dataset.for = String(currentId);
      byId('original-legend').replaceChildren(
        h('span', { class: 'key kept' }, `kept in the article (${counts.kept})`),
        h('span', { class: 'key meta' }, `read as title, standfirst or byline (${counts.meta})`),
        h('span', { class: 'key removed' }, `removed as boilerplate (${counts.removed})`),
        h(
          'span',
          { class: 'note' },
          'Scripts, images and links are switched off. Pieces are matched to the article by their text.',
        ),
      );
    }
  }
}

byId('show-article').addEventListener('click', () => showOriginal(false));
byId('show-original').addEventListener('click', () => showOriginal(true));
byId('convert-to').addEventListener('change', () => void convertMoney());

let currentId = 0;

function render(response: ParseResponse, roundTrip: number): void {
  current = response;
  currentId++;
  const r = response.result;
  renderFacts(response);
  renderTimings(response, roundTrip);
  renderArticle(byId('article'), r);
  renderQuotes(r);
  renderMoney(r);
  const warnings = [...r.warnings, ...(response.source.fetch ? [] : [])];
  byId('warnings-card').hidden = warnings.length === 0;
  byId('warnings').replaceChildren(...warnings.map((w) => h('li', {}, w)));
  const { html: _html, markdown: _markdown, ...shown } = r;
  byId('raw').textContent = JSON.stringify(shown, null, 2);
  byId('results').hidden = false;
  showOriginal(false);
}

async function loadCurrencies(): Promise<void> {
  const select = byId<HTMLSelectElement>('convert-to');
  const { codes } = await api<CurrenciesResponse>('/api/currencies');
  select.replaceChildren(
    ...codes.map((code) => h('option', { value: code, selected: code === 'USD' }, currencyLabel(code))),
  );
}

void loadSamples();
loadCurrencies().catch(showError);
