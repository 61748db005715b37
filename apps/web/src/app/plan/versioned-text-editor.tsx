import { type FormEvent, useState } from 'react';
import { type CombinedError, type OperationResult, useMutation } from 'urql';
import { Refusal } from './edits.js';
import { ReviseGoal, UpdateObjective, UpdateProblem } from './plan-query.js';

/** A record's text as the page shows it, with the version it is at. */
interface TextVersion {
  id: string;
  text: string;
  version: number;
}

interface EditorProps {
  current: TextVersion;
  close: () => void;
  refresh: () => void;
}

/**
 * Edits one text of a versioned record. When someone else changed the record meanwhile (CONFLICT),
 * their version is shown beside one's own, and the user keeps theirs, takes the other, or merges the two
 * in a box that starts with what they typed: nothing typed is lost. `current` is the record as the page
 * now shows it (the plan is read again on every change, so after a conflict it holds the other
 * person's version).
 */
function VersionedTextEditor({
  current,
  close,
  refresh,
  label,
  noun,
  save: send,
  fetching,
  error,
}: EditorProps & { label: string; noun: string; save: (text: string, expectedVersion: number) => Promise<OperationResult>; fetching: boolean; error?: CombinedError }) {
  const [mine, setMine] = useState(current.text);
  // The version the edit started from: saving against it is what detects someone else's change.
  const [basedOn] = useState(current.version);
  const [conflict, setConflict] = useState<TextVersion | null>(null);
  const [merged, setMerged] = useState('');

  const save = async (text: string, expectedVersion: number) => {
    const result = await send(text, expectedVersion);
    const refused = result.error?.graphQLErrors[0]?.extensions;
    if (refused?.code === 'CONFLICT') {
      setConflict({ ...current, version: Number(refused.currentVersion) });
      setMerged(mine);
      refresh();
      return;
    }
    if (!result.error) close();
  };

  // The page's goal is the other person's once the plan has been read again.
  const theirs = conflict && current.version >= conflict.version ? current : null;

  if (conflict) {
    if (!theirs) return <p role="status">Someone else changed this {noun}: loading their version…</p>;
    return (
      <div className="conflict" role="group" aria-labelledby={`conflict-${current.id}`}>
        <h4 id={`conflict-${current.id}`}>Someone else changed this {noun} while you were editing</h4>
        <div className="columns">
          <div>
            <h5>Their version</h5>
            <p className="their-version">{theirs.text}</p>
          </div>
          <div>
            <h5>Your version</h5>
            <p className="your-version">{mine}</p>
          </div>
        </div>
        <label>
          Merged {label.toLowerCase()} (starts as yours; take from theirs what you need)
          <textarea rows={4} value={merged} onChange={(event) => setMerged(event.target.value)} />
        </label>
        <button type="button" disabled={fetching} onClick={() => save(merged, theirs.version)}>
          Save merged
        </button>{' '}
        <button type="button" disabled={fetching} onClick={() => save(mine, theirs.version)}>
          Keep mine
        </button>{' '}
        <button type="button" onClick={close}>
          Keep theirs
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(mine, basedOn);
  };
  return (
    <form onSubmit={submit} aria-label={`Edit ${noun}`}>
      <label>
        {label}
        <textarea rows={3} maxLength={2000} value={mine} onChange={(event) => setMine(event.target.value)} />
      </label>
      <button type="submit" disabled={fetching}>
        Save {noun}
      </button>{' '}
      <button type="button" onClick={close}>
        Cancel
      </button>
      {error?.graphQLErrors[0]?.extensions?.code !== 'CONFLICT' && <Refusal error={error} />}
    </form>
  );
}

export function GoalEditor(props: EditorProps) {
  const [{ fetching, error }, revise] = useMutation(ReviseGoal);
  const save = (statement: string, expectedVersion: number) => revise({ input: { goalId: props.current.id, expectedVersion, statement, reason: 'Goal revised' } });
  return <VersionedTextEditor {...props} label="Goal statement" noun="goal" save={save} fetching={fetching} error={error} />;
}

export function ProblemEditor(props: EditorProps) {
  const [{ fetching, error }, update] = useMutation(UpdateProblem);
  const save = (title: string, expectedVersion: number) => update({ input: { problemId: props.current.id, expectedVersion, title, reason: 'Problem revised' } });
  return <VersionedTextEditor {...props} label="Problem" noun="problem" save={save} fetching={fetching} error={error} />;
}

export function ObjectiveEditor(props: EditorProps) {
  const [{ fetching, error }, update] = useMutation(UpdateObjective);
  const save = (description: string, expectedVersion: number) => update({ input: { objectiveId: props.current.id, expectedVersion, description } });
  return <VersionedTextEditor {...props} label="Objective" noun="objective" save={save} fetching={fetching} error={error} />;
}
