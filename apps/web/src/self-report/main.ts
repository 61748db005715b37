// The patient's self-report page: no sign-in, the link's token (in the URL's fragment, which never
// reaches a server) is the credential. Plain DOM, no framework: it must load fast on any phone.
import './self-report.css';

interface Measure {
  type: string;
  title: string;
  prompt: string;
  options: Array<{ value: number; label: string }>;
  items: string[];
}

/** PHQ-9's item 9 (thoughts of self-harm): any answer above 0 shows the crisis lines at once. */
const SELF_HARM = { type: 'PHQ9', item: 8 };

const MESSAGES: Record<string, string> = {
  NOT_FOUND: 'This link is not valid. Please open the link from your email again, or ask your care team for a new one.',
  LINK_USED: 'This link was used already. Thank you; ask your care team if you need a new one.',
  LINK_EXPIRED: 'This link has expired. Please ask your care team for a new one.',
  RATE_LIMITED: 'Too many tries just now. Please wait a minute and try again.',
};

const status = document.getElementById('status')!;
const crisis = document.getElementById('crisis')!;
const form = document.getElementById('questions') as HTMLFormElement;

// Kept in memory only: the address bar (and history) lose the token once it is read.
const token = location.hash.slice(1);
history.replaceState(null, '', location.pathname);

/** What the page's two routes answer: the questionnaires, or whether the answers call for the crisis lines; or a refusal's code. */
interface Answer {
  measures?: Measure[];
  crisis?: boolean;
  error?: { code?: string };
}

async function call(path: string, body: object): Promise<{ ok: boolean; data: Answer }> {
  try {
    const response = await fetch(`/self-report/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, ...body }) });
    return { ok: response.ok, data: await response.json() };
  } catch {
    return { ok: false, data: { error: { code: 'NETWORK' } } };
  }
}

function say(text: string, isError = false): void {
  status.textContent = text;
  status.className = isError ? 'error' : '';
}

function showCrisis(focus: boolean): void {
  crisis.hidden = false;
  if (focus) crisis.focus();
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function render(measures: Measure[]): void {
  for (const measure of measures) {
    const group = element('fieldset', {}, element('legend', {}, measure.title), element('p', {}, measure.prompt));
    measure.items.forEach((item, index) => {
      const name = `${measure.type}-${index}`;
      const question = element('fieldset', { id: `q-${name}` }, element('legend', {}, `${index + 1}. ${item}`));
      for (const option of measure.options) {
        const input = element('input', { type: 'radio', name, value: String(option.value), required: true });
        if (measure.type === SELF_HARM.type && index === SELF_HARM.item) input.addEventListener('change', () => option.value > 0 && showCrisis(false));
        question.append(element('label', { className: 'choice' }, input, option.label));
      }
      group.append(question);
    });
    form.append(group);
  }
  form.append(element('button', { type: 'submit' }, 'Send my answers'));
  form.hidden = false;
  say(`Please answer each question (${measures.reduce((sum, measure) => sum + measure.items.length, 0)} in all). There are no right or wrong answers.`);
}

function answers(measures: Measure[]): { values: Record<string, number[]>; missing: HTMLElement | null } {
  const values: Record<string, number[]> = {};
  let missing: HTMLElement | null = null;
  for (const measure of measures) {
    values[measure.type] = measure.items.map((_, index) => {
      const name = `${measure.type}-${index}`;
      const chosen = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
      const question = document.getElementById(`q-${name}`)!;
      question.classList.toggle('missing', !chosen);
      if (!chosen) missing ??= question;
      return chosen ? Number(chosen.value) : -1;
    });
  }
  return { values, missing };
}

async function start(): Promise<void> {
  if (!token) return say(MESSAGES.NOT_FOUND, true);
  const { ok, data } = await call('form', {});
  if (!ok || !data.measures) return say(MESSAGES[data.error?.code ?? ''] ?? 'The questions could not be loaded. Please try again later.', true);
  const measures = data.measures;
  render(measures);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { values, missing } = answers(measures);
    if (missing) {
      say('Some questions are not answered yet: they are outlined.', true);
      missing.querySelector('input')?.focus();
      return;
    }
    const button = form.querySelector('button')!;
    button.disabled = true;
    say('Sending…');
    const sent = await call('answers', { answers: values });
    if (!sent.ok) {
      button.disabled = false;
      return say(MESSAGES[sent.data.error?.code ?? ''] ?? 'Your answers could not be sent. Please try again.', true);
    }
    form.hidden = true;
    say('Thank you. Your answers were sent to your care team.');
    if (sent.data.crisis) showCrisis(true);
  });
}

void start();
