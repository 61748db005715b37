import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { NotFound } from '../pages/not-found.js';
import { CATEGORY_LABELS, CHANGE_LABELS, formatDate, LEVEL_LABELS, PHASE_LABELS } from '../labels.js';
import type { Staff } from '../session.js';
import { CrisisLines } from './crisis-lines.js';
import { AmendForm, EditPanel, HeaderForm, ObjectiveForm, PhaseForm, ProblemForm, ReadinessNoteForm, SafetyPlanForm } from './edits.js';
import { GoalEditor, ObjectiveEditor, ProblemEditor } from './versioned-text-editor.js';
import { LineChart } from './line-chart.js';
import { MedicationForm } from './medication-form.js';
import { PlanChanged, PlanQuery } from './plan-query.js';

const MEASURE_LABELS: Record<string, string> = { PHQ9: 'PHQ-9', GAD7: 'GAD-7', PCL5: 'PCL-5', AUDIT_C: 'AUDIT-C', CRAVING: 'Craving' };

/**
 * The patient's whole shared plan on one page. A change anyone makes reaches it from the planChanged
 * subscription alone (the plan is read again), within a second. A patient the staff member may not see
 * is a not-found page: the API answers NOT_FOUND, and nothing of the patient is rendered.
 */
export function PlanPage({ patientId, staff }: { patientId: string; staff: Staff }) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PlanQuery, variables: { patientId } });
  const plan = data?.patientPlan;
  const [filter, setFilter] = useState<string>('ALL');
  useSubscription({ query: PlanChanged, variables: { planId: plan?.id ?? '' }, pause: !plan }, () => {
    reexecute({ requestPolicy: 'network-only' });
    return null;
  });
  // Page titles stay free of patient data.
  useEffect(() => {
    document.title = 'Treatment plan · OnePlan';
    return () => {
      document.title = 'OnePlan';
    };
  }, []);

  if (error?.graphQLErrors.some((entry) => entry.extensions?.code === 'NOT_FOUND')) return <NotFound />;
  if (error && !plan) return <p role="alert">The plan could not be loaded.</p>;
  if (!plan) return <p>{fetching ? 'Loading…' : 'No plan.'}</p>;

  const may = new Set(plan.allowedOperations);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const problems = plan.problems.filter((problem) => filter === 'ALL' || problem.category === filter);
  const measuresByType = new Map<string, Array<{ label: string; value: number }>>();
  const itemNine: Array<{ label: string; value: number }> = [];
  for (const measure of plan.outcomeMeasures.nodes) {
    const points = measuresByType.get(measure.type) ?? [];
    points.push({ label: formatDate(measure.administeredAt), value: measure.score });
    measuresByType.set(measure.type, points);
    if (measure.type === 'PHQ9' && measure.selfHarmItem !== null && measure.selfHarmItem !== undefined) itemNine.push({ label: formatDate(measure.administeredAt), value: measure.selfHarmItem });
  }
  const targets = new Map(plan.goals.flatMap((goal) => goal.objectives.filter((objective) => objective.measureType).map((objective) => [objective.measureType!, objective.target])));

  return (
    <article className="plan" aria-labelledby="plan-title">
      <header className="plan-header">
        <h1 id="plan-title">
          {plan.patient.lastName}, {plan.patient.firstName} <span className="muted">· {plan.patient.recordNumber}</span>
        </h1>
        <dl className="facts">
          <dt>Phase</dt>
          <dd>{PHASE_LABELS[plan.phase]}</dd>
          <dt>Level of care</dt>
          <dd>{LEVEL_LABELS[plan.levelOfCare]}</dd>
          <dt>Status</dt>
          <dd>{plan.status.toLowerCase().replace('_', ' ')}</dd>
          <dt>Next review</dt>
          <dd>{formatDate(plan.nextReviewDate)}</dd>
        </dl>
        <CrisisLines lines={plan.safetyPlan?.crisisLines ?? []} />
      </header>
      {(may.has('updateTreatmentPlan') || may.has('changePhase') || may.has('addClinicalNote')) && (
        <div className="plan-actions">
          {may.has('updateTreatmentPlan') && <EditPanel label="Edit header">{(close) => <HeaderForm plan={plan} close={close} />}</EditPanel>}
          {may.has('changePhase') && <EditPanel label="Change phase">{(close) => <PhaseForm planId={plan.id} version={plan.version} phase={plan.phase} close={close} />}</EditPanel>}
          {may.has('addClinicalNote') && <EditPanel label="Add a readiness note">{(close) => <ReadinessNoteForm planId={plan.id} close={close} />}</EditPanel>}
        </div>
      )}

      <section aria-labelledby="safety-title" className="panel">
        <h2 id="safety-title">Safety plan</h2>
        {!plan.safetyPlan && <p>No safety plan yet.</p>}
        {plan.safetyPlan && !plan.safetyPlan.isComplete && <p className="warning">Missing: {plan.safetyPlan.missingSections.join(', ')}</p>}
        {plan.safetyPlan && may.has('updateSafetyPlan') && (
          <EditPanel label="Edit the safety plan">{(close) => <SafetyPlanForm planId={plan.id} safetyPlan={plan.safetyPlan!} close={close} />}</EditPanel>
        )}
        {plan.safetyPlan && (
          <div className="columns">
            <List title="Warning signs" items={plan.safetyPlan.warningSigns} />
            <List title="Coping strategies" items={plan.safetyPlan.copingStrategies} />
            <List title="People and places that help" items={plan.safetyPlan.peopleAndPlaces} />
            <List title="Contacts" items={plan.safetyPlan.contacts.map((contact) => `${contact.name} (${contact.phone})`)} />
          </div>
        )}
      </section>

      <section aria-labelledby="problems-title" className="panel">
        <h2 id="problems-title">Problems</h2>
        {may.has('addProblem') && <EditPanel label="Add a problem">{(close) => <ProblemForm planId={plan.id} close={close} />}</EditPanel>}
        <label>
          Show{' '}
          <select value={filter} onChange={(event) => setFilter(event.target.value)}>
            <option value="ALL">All</option>
            <option value="TRAUMA">Trauma</option>
            <option value="SUBSTANCE_USE">Substance use</option>
            <option value="CO_OCCURRING">Co-occurring</option>
          </select>
        </label>
        <ul>
          {problems.map((problem) => (
            <li key={problem.id}>
              <span className={`tag tag-${problem.category.toLowerCase()}`}>{CATEGORY_LABELS[problem.category]}</span> {problem.title}
              {problem.part2 && <span className="muted"> · 42 CFR Part 2</span>}
              {may.has('updateProblem') && (
                <EditPanel label="Edit problem">{(close) => <ProblemEditor current={{ id: problem.id, text: problem.title, version: problem.version }} close={close} refresh={refresh} />}</EditPanel>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="goals-title" className="panel">
        <h2 id="goals-title">Goals</h2>
        {plan.goals.map((goal) => (
          <div key={goal.id} className="goal">
            <h3>{goal.statement}</h3>
            {may.has('reviseGoal') && (
              <EditPanel label="Edit goal">{(close) => <GoalEditor current={{ id: goal.id, text: goal.statement, version: goal.version }} close={close} refresh={refresh} />}</EditPanel>
            )}
            <p className="muted">
              {goal.status.toLowerCase().replace('_', ' ')} · {goal.owner.name}
            </p>
            <h4>Objectives</h4>
            <ul>
              {goal.objectives.map((objective) => (
                <li key={objective.id}>
                  {objective.description} (target {objective.target} by {formatDate(objective.targetDate)})
                  {may.has('updateObjective') && (
                    <EditPanel label="Edit objective">
                      {(close) => <ObjectiveEditor current={{ id: objective.id, text: objective.description, version: objective.version }} close={close} refresh={refresh} />}
                    </EditPanel>
                  )}
                </li>
              ))}
              {goal.objectives.length === 0 && <li className="muted">None recorded.</li>}
            </ul>
            {may.has('addObjective') && <EditPanel label="Add an objective">{(close) => <ObjectiveForm goalId={goal.id} close={close} />}</EditPanel>}
            <List title="Interventions" items={goal.interventions.map((intervention) => intervention.name)} />
            {goal.progressNotes.nodes.length > 0 && (
              <>
                <h4>Progress notes</h4>
                <ul>
                  {goal.progressNotes.nodes.map((note) => (
                    <li key={note.id}>
                      <p>{note.text}</p>
                      <p className="muted">{note.author.name}</p>
                      {may.has('amendClinicalNote') && note.author.id === staff.id && (
                        <EditPanel label="Amend">{(close) => <AmendForm noteId={note.id} original={note.text} close={close} />}</EditPanel>
                      )}
                      {note.amendments.map((amendment) => (
                        <p key={amendment.id} className="amendment">
                          Amended ({amendment.amendmentReason}): {amendment.text}
                        </p>
                      ))}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="measures-title" className="panel">
        <h2 id="measures-title">Outcome measures</h2>
        <div className="charts">
          {[...measuresByType].map(([type, points]) => (
            <LineChart key={type} title={MEASURE_LABELS[type] ?? type} points={points} target={targets.get(type as never)} />
          ))}
          {itemNine.length > 0 && <LineChart title="PHQ-9 item 9 (thoughts of self-harm)" points={itemNine} />}
          <LineChart
            title="Weekly hours of care"
            unit=" h"
            points={plan.weeklyCareHours.map((week) => ({ label: formatDate(week.weekStart), value: week.totalHours }))}
            target={plan.weeklyCareHours.at(-1)?.requiredMinimum}
            ceiling={plan.weeklyCareHours.at(-1)?.requiredMaximum ?? undefined}
          />
        </div>
      </section>

      <section aria-labelledby="medications-title" className="panel">
        <h2 id="medications-title">Medications</h2>
        <h3>Current</h3>
        <ul className="current-medications">
          {plan.currentMedications.map((medication) => (
            <li key={medication.medicationName}>
              {medication.medicationName} {medication.dose}, {medication.frequency}
              {medication.onHold && <strong> (on hold)</strong>}
            </li>
          ))}
          {plan.currentMedications.length === 0 && <li className="muted">None.</li>}
        </ul>
        <h3>Changes</h3>
        <ul>
          {plan.medicationChanges.nodes.map((change) => (
            <li key={change.id}>
              {formatDate(change.effectiveAt)}: {CHANGE_LABELS[change.changeType]} {change.medicationName} {change.dose} · {change.prescriber.name}
            </li>
          ))}
        </ul>
        {may.has('recordMedicationChange') && <MedicationForm planId={plan.id} goals={plan.goals} />}
      </section>

      <div className="columns">
        <RecordList
          title="Groups"
          items={plan.groupEnrollments.map((entry) => ({
            id: entry.id,
            text: `${entry.schedule.topic} · ${entry.schedule.weekdays.map((day) => WEEKDAYS[day - 1]).join(', ')} ${entry.schedule.startTime} · from ${formatDate(entry.fromDate)}${entry.untilDate ? ` to ${formatDate(entry.untilDate)}` : ''}`,
          }))}
        />
        <RecordList
          title="Supports"
          items={plan.patient.supports.map((support) => ({ id: support.id, text: `${support.name} (${support.relation}) · ${words(support.role)}${support.endedAt ? ' · no longer named' : ''}` }))}
        />
        <RecordList
          title="Filled in by the patient"
          items={plan.outcomeMeasures.nodes
            .filter((measure) => measure.source === 'PATIENT')
            .map((measure) => ({ id: measure.id, text: `${formatDate(measure.administeredAt)} ${MEASURE_LABELS[measure.type] ?? measure.type}: ${measure.score}` }))}
        />
        <RecordList
          title="Group attendance"
          items={plan.attendance.nodes.map((entry) => ({ id: entry.id, text: `${formatDate(entry.groupSession.startsAt)} ${entry.groupSession.topic}: ${words(entry.status)}` }))}
        />
        <RecordList
          title="Individual sessions"
          items={plan.individualSessions.nodes.map((session) => ({
            id: session.id,
            text: `${formatDate(session.scheduledStart)} ${words(session.type)} · ${words(session.status)} · ${session.therapist.name}`,
          }))}
        />
        <RecordList title="Tasks" items={plan.tasks.nodes.map((task) => ({ id: task.id, text: `${task.title} · due ${formatDate(task.dueDate)} · ${words(task.status)}` }))} />
      </div>
      <RecordList
        title="History"
        items={plan.history.nodes.map((revision) => ({
          id: revision.id,
          text: `${formatDate(revision.createdAt)}: ${words(revision.entityType)} ${words(revision.action)} · ${revision.author?.name ?? (revision.authorRule === 'self-report' ? 'the patient' : 'reminder')}`,
        }))}
      />
    </article>
  );
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** An enum value in words (TRAUMA_PROCESSING: trauma processing). */
const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/** A section of the plan listing records, one line each. */
function RecordList({ title, items }: { title: string; items: Array<{ id: string; text: string }> }) {
  const id = `${title.toLowerCase().replace(/\W+/g, '-')}-title`;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
        {items.length === 0 && <li className="muted">None yet.</li>}
      </ul>
    </section>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <h4>{title}</h4>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
        {items.length === 0 && <li className="muted">None recorded.</li>}
      </ul>
    </div>
  );
}
