import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { MedicationChangeType } from '../../gql/graphql.js';
import { RecordMedicationChange } from './plan-query.js';

/** The prescriber's log of a start, adjustment, hold or stop; the plan updates for everyone from the subscription. */
export function MedicationForm({ planId, goals }: { planId: string; goals: Array<{ id: string; statement: string }> }) {
  const [goalIds, setGoalIds] = useState<string[]>([]);
  const [fields, setFields] = useState({ medicationName: '', dose: '', route: 'oral', frequency: 'daily', changeType: 'START' as MedicationChangeType, reason: '', targetSymptoms: '' });
  const [{ fetching, error }, record] = useMutation(RecordMedicationChange);
  const [saved, setSaved] = useState(false);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { targetSymptoms, ...rest } = fields;
    const result = await record({
      input: {
        ...rest,
        planId,
        goalIds,
        effectiveAt: new Date().toISOString(),
        targetSymptoms: targetSymptoms
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      },
    });
    // What was typed stays until it is saved.
    if (!result.error) {
      setFields({ ...fields, medicationName: '', dose: '', reason: '', targetSymptoms: '' });
      setGoalIds([]);
      setSaved(true);
    }
  };

  return (
    <form className="medication-form" onSubmit={submit} aria-labelledby="medication-form-title">
      <h3 id="medication-form-title">Log a medication change</h3>
      <label>
        Change
        <select value={fields.changeType} onChange={set('changeType')}>
          <option value="START">Start</option>
          <option value="ADJUST">Adjust</option>
          <option value="HOLD">Hold</option>
          <option value="STOP">Stop</option>
        </select>
      </label>
      <TextField label="Medication" maxLength={200} required={true} value={fields.medicationName} onChange={set('medicationName')} />
      <TextField label="Dose" maxLength={100} required={true} value={fields.dose} onChange={set('dose')} />
      <TextField label="Route" maxLength={100} required={true} value={fields.route} onChange={set('route')} />
      <TextField label="Frequency" maxLength={100} required={true} value={fields.frequency} onChange={set('frequency')} />
      <TextField label="Target symptoms (comma-separated)" maxLength={500} required={false} value={fields.targetSymptoms} onChange={set('targetSymptoms')} />
      {goals.length > 0 && (
        <fieldset>
          <legend>Goals this change serves</legend>
          {goals.map((goal) => (
            <label key={goal.id} className="choice">
              <input type="checkbox" checked={goalIds.includes(goal.id)} onChange={(event) => setGoalIds(event.target.checked ? [...goalIds, goal.id] : goalIds.filter((id) => id !== goal.id))} />
              {goal.statement}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        Reason
        <textarea required maxLength={2000} value={fields.reason} onChange={set('reason')} />
      </label>
      <button type="submit" disabled={fetching}>
        Save medication change
      </button>
      {error && <p role="alert">Not saved: {error.graphQLErrors[0]?.message ?? 'the API could not be reached'}. Your entry is kept.</p>}
      {saved && <p role="status">Saved; the care team sees it now.</p>}
    </form>
  );
}

function TextField({ label, ...input }: { label: string; maxLength: number; required: boolean; value: string; onChange: (event: { target: { value: string } }) => void }) {
  return (
    <label>
      {label}
      <input {...input} />
    </label>
  );
}
