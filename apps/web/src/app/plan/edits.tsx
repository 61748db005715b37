import { type FormEvent, type ReactNode, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import type { OutcomeMeasureType, PlanStatus, ProblemCategory, TreatmentPhase } from '../../gql/graphql.js';
import { CATEGORY_LABELS, PHASE_LABELS } from '../labels.js';
import { AddNote, AddObjective, AddProblem, AmendNote, ChangePhase, UpdatePlanHeader, UpdateSafetyPlan } from './plan-query.js';

/** The API's refusal in words, with what a rule of care found missing. */
export function Refusal({ error }: { error?: CombinedError }) {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  const missing = first?.extensions?.missing as string[] | undefined;
  return (
    <div role="alert" className="refusal">
      <p>Not saved: {first?.message ?? 'the API could not be reached'}. What you typed is kept.</p>
      {missing && (
        <>
          <p>Missing:</p>
          <ul>
            {missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A form's save and cancel buttons, and the API's refusal when there is one. */
function FormActions({ label, fetching, close, error }: { label: string; fetching: boolean; close: () => void; error?: CombinedError }) {
  return (
    <>
      <button type="submit" disabled={fetching}>
        {label}
      </button>{' '}
      <button type="button" onClick={close}>
        Cancel
      </button>
      <Refusal error={error} />
    </>
  );
}

/** A form that opens on demand (edits stay out of the way of reading). */
export function EditPanel({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <div className="edit-panel">{children(() => setOpen(false))}</div>
  ) : (
    <button type="button" onClick={() => setOpen(true)}>
      {label}
    </button>
  );
}

export function PhaseForm({ planId, version, phase, close }: { planId: string; version: number; phase: TreatmentPhase; close: () => void }) {
  const [next, setNext] = useState<TreatmentPhase>(phase);
  const [reason, setReason] = useState('');
  const [{ fetching, error }, change] = useMutation(ChangePhase);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await change({ input: { planId, expectedVersion: version, phase: next, reason } })).error) close();
  };
  return (
    <form onSubmit={submit} aria-label="Change phase">
      <label>
        Phase
        <select value={next} onChange={(event) => setNext(event.target.value as TreatmentPhase)}>
          {Object.entries(PHASE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Reason
        <textarea required maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <FormActions label="Change phase" fetching={fetching} close={close} error={error} />
    </form>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function SafetyPlanForm({
  planId,
  safetyPlan,
  close,
}: {
  planId: string;
  safetyPlan: { version: number; warningSigns: string[]; copingStrategies: string[]; peopleAndPlaces: string[]; contacts: Array<{ name: string; phone: string }> };
  close: () => void;
}) {
  const [fields, setFields] = useState({
    warningSigns: safetyPlan.warningSigns.join('\n'),
    copingStrategies: safetyPlan.copingStrategies.join('\n'),
    peopleAndPlaces: safetyPlan.peopleAndPlaces.join('\n'),
    contacts: safetyPlan.contacts.map((contact) => `${contact.name}: ${contact.phone}`).join('\n'),
  });
  const [{ fetching, error }, update] = useMutation(UpdateSafetyPlan);
  const area = (name: keyof typeof fields, label: string) => (
    <label>
      {label} (one per line)
      <textarea rows={3} value={fields[name]} onChange={(event) => setFields({ ...fields, [name]: event.target.value })} />
    </label>
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const contacts = lines(fields.contacts).map((line) => {
      const [name, ...phone] = line.split(':');
      return { name: name.trim(), phone: phone.join(':').trim() };
    });
    const input = {
      planId,
      expectedVersion: safetyPlan.version,
      warningSigns: lines(fields.warningSigns),
      copingStrategies: lines(fields.copingStrategies),
      peopleAndPlaces: lines(fields.peopleAndPlaces),
      contacts,
    };
    if (!(await update({ input })).error) close();
  };
  return (
    <form onSubmit={submit} aria-label="Edit the safety plan">
      {area('warningSigns', 'Warning signs')}
      {area('copingStrategies', 'Coping strategies')}
      {area('peopleAndPlaces', 'People and places that help')}
      {area('contacts', 'Contacts as "Name: phone"')}
      <FormActions label="Save safety plan" fetching={fetching} close={close} error={error} />
    </form>
  );
}

export function ReadinessNoteForm({ planId, close }: { planId: string; close: () => void }) {
  const [text, setText] = useState('');
  const [{ fetching, error }, add] = useMutation(AddNote);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const noteDate = new Date().toLocaleDateString('en-CA');
    if (!(await add({ input: { planId, kind: 'READINESS', text, noteDate } })).error) close();
  };
  return (
    <form onSubmit={submit} aria-label="Readiness note">
      <label>
        Readiness for trauma processing
        <textarea required maxLength={20000} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <FormActions label="Save readiness note" fetching={fetching} close={close} error={error} />
    </form>
  );
}

export function ProblemForm({ planId, close }: { planId: string; close: () => void }) {
  const [fields, setFields] = useState({ title: '', description: '', category: 'CO_OCCURRING' as ProblemCategory });
  const [{ fetching, error }, add] = useMutation(AddProblem);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await add({ input: { planId, ...fields } })).error) close();
  };
  return (
    <form onSubmit={submit} aria-label="Add a problem">
      <label>
        Problem
        <input required maxLength={200} value={fields.title} onChange={(event) => setFields({ ...fields, title: event.target.value })} />
      </label>
      <label>
        Category
        <select value={fields.category} onChange={(event) => setFields({ ...fields, category: event.target.value as ProblemCategory })}>
          {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Description
        <textarea required maxLength={5000} value={fields.description} onChange={(event) => setFields({ ...fields, description: event.target.value })} />
      </label>
      <FormActions label="Add problem" fetching={fetching} close={close} error={error} />
    </form>
  );
}

/** An amendment of one's own note: a new text beside the original, which stays as it was. */
export function AmendForm({ noteId, original, close }: { noteId: string; original: string; close: () => void }) {
  const [fields, setFields] = useState({ text: original, reason: '' });
  const [{ fetching, error }, amend] = useMutation(AmendNote);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await amend({ input: { noteId, ...fields } })).error) close();
  };
  return (
    <form onSubmit={submit} aria-label="Amend note">
      <label>
        Amended text
        <textarea required maxLength={20000} value={fields.text} onChange={(event) => setFields({ ...fields, text: event.target.value })} />
      </label>
      <label>
        Reason for the amendment
        <input required maxLength={500} value={fields.reason} onChange={(event) => setFields({ ...fields, reason: event.target.value })} />
      </label>
      <FormActions label="Save amendment" fetching={fetching} close={close} error={error} />
    </form>
  );
}

const STATUSES: PlanStatus[] = ['DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'CLOSED'];

export function HeaderForm({ plan, close }: { plan: { id: string; version: number; status: PlanStatus; nextReviewDate: string }; close: () => void }) {
  const [fields, setFields] = useState({ status: plan.status, nextReviewDate: plan.nextReviewDate, reason: '' });
  const [{ fetching, error }, update] = useMutation(UpdatePlanHeader);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await update({ input: { planId: plan.id, expectedVersion: plan.version, ...fields } })).error) close();
  };
  return (
    <form onSubmit={submit} aria-label="Edit the plan's header">
      <label>
        Status
        <select value={fields.status} onChange={(event) => setFields({ ...fields, status: event.target.value as PlanStatus })}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status.toLowerCase().replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Next review
        <input type="date" required value={fields.nextReviewDate} onChange={(event) => setFields({ ...fields, nextReviewDate: event.target.value })} />
      </label>
      <label>
        Reason
        <input required maxLength={500} value={fields.reason} onChange={(event) => setFields({ ...fields, reason: event.target.value })} />
      </label>
      <FormActions label="Save header" fetching={fetching} close={close} error={error} />
    </form>
  );
}

const MEASURES: Array<[OutcomeMeasureType | '', string]> = [
  ['', 'None (observed)'],
  ['PHQ9', 'PHQ-9'],
  ['GAD7', 'GAD-7'],
  ['PCL5', 'PCL-5'],
  ['AUDIT_C', 'AUDIT-C'],
  ['CRAVING', 'Craving'],
];

export function ObjectiveForm({ goalId, close }: { goalId: string; close: () => void }) {
  const [fields, setFields] = useState({ description: '', measuredBy: '', measureType: '' as OutcomeMeasureType | '', target: '', targetDate: '' });
  const [{ fetching, error }, add] = useMutation(AddObjective);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { measureType, target, ...rest } = fields;
    if (!(await add({ input: { goalId, ...rest, target: Number(target), ...(measureType ? { measureType } : {}) } })).error) close();
  };
  return (
    <form onSubmit={submit} aria-label="Add an objective">
      <label>
        Objective
        <input required maxLength={500} value={fields.description} onChange={set('description')} />
      </label>
      <label>
        Measured by
        <input required maxLength={200} value={fields.measuredBy} onChange={set('measuredBy')} />
      </label>
      <label>
        Outcome measure
        <select value={fields.measureType} onChange={set('measureType')}>
          {MEASURES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Target
        <input type="number" required step="any" value={fields.target} onChange={set('target')} />
      </label>
      <label>
        Target date
        <input type="date" required value={fields.targetDate} onChange={set('targetDate')} />
      </label>
      <FormActions label="Add objective" fetching={fetching} close={close} error={error} />
    </form>
  );
}
