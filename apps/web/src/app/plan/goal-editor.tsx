import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Refusal } from './edits.js';
import { ReviseGoal } from './plan-query.js';

interface GoalVersion {
  id: string;
  statement: string;
  version: number;
}

/**
 * Edits a goal's statement. When someone else changed the goal meanwhile (CONFLICT), their version is
 * shown beside one's own, and the user keeps theirs, takes the other, or merges the two in a box that
 * starts with both: nothing typed is lost. `current` is the goal as the page now shows it (the plan is
 * read again on every change, so after a conflict it holds the other person's version).
 */
export function GoalEditor({ current, close, refresh }: { current: GoalVersion; close: () => void; refresh: () => void }) {
  const [mine, setMine] = useState(current.statement);
  // The version the edit started from: saving against it is what detects someone else's change.
  const [basedOn] = useState(current.version);
  const [conflict, setConflict] = useState<GoalVersion | null>(null);
  const [merged, setMerged] = useState('');
  const [{ fetching, error }, revise] = useMutation(ReviseGoal);

  const save = async (statement: string, expectedVersion: number) => {
    const result = await revise({ input: { goalId: current.id, expectedVersion, statement, reason: 'Goal revised' } });
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
    if (!theirs) return <p role="status">Someone else changed this goal: loading their version…</p>;
    return (
      <div className="conflict" role="group" aria-labelledby={`conflict-${current.id}`}>
        <h4 id={`conflict-${current.id}`}>Someone else changed this goal while you were editing</h4>
        <div className="columns">
          <div>
            <h5>Their version</h5>
            <p className="their-version">{theirs.statement}</p>
          </div>
          <div>
            <h5>Your version</h5>
            <p className="your-version">{mine}</p>
          </div>
        </div>
        <label>
          Merged statement (starts as yours; take from theirs what you need)
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
    <form onSubmit={submit} aria-label="Edit goal">
      <label>
        Goal statement
        <textarea rows={3} maxLength={2000} value={mine} onChange={(event) => setMine(event.target.value)} />
      </label>
      <button type="submit" disabled={fetching}>
        Save goal
      </button>{' '}
      <button type="button" onClick={close}>
        Cancel
      </button>
      {error?.graphQLErrors[0]?.extensions?.code !== 'CONFLICT' && <Refusal error={error} />}
    </form>
  );
}
