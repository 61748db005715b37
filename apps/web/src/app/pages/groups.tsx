import { type FormEvent, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql/index.js';
import type { AttendanceStatus } from '../../gql/graphql.js';
import { formatTime } from '../labels.js';
import type { Staff } from '../session.js';

const WeekQuery = graphql(`
  query FacilitatorWeek($programId: ID!, $from: DateTime!, $to: DateTime!) {
    groupSessions(programId: $programId, from: $from, to: $to, first: 50) {
      nodes {
        id
        topic
        type
        startsAt
        endsAt
        modality
        facilitatorId
        coFacilitators {
          id
        }
        cancelledAt
        roster {
          id
          patient {
            id
            firstName
            lastName
          }
        }
        attendance {
          id
          patientId
          status
        }
      }
    }
    caseload(orderBy: PATIENT_NAME, first: 100) {
      nodes {
        id
        patient {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

const RecordAttendance = graphql(`
  mutation RecordGroupAttendance($input: RecordGroupAttendanceInput!) {
    recordGroupAttendance(input: $input) {
      groupSession {
        id
        attendance {
          id
          patientId
          status
        }
      }
    }
  }
`);

const STATUSES: Array<[AttendanceStatus, string]> = [
  ['PRESENT', 'Present'],
  ['LATE', 'Late'],
  ['LEFT_EARLY', 'Left early'],
  ['ABSENT', 'Absent'],
  ['EXCUSED', 'Excused'],
];

/** The facilitator's week: the last six days (groups still to record) and the next seven, in the browser's time zone. */
function thisWeek(): { from: string; to: string } {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - 6);
  const end = new Date(start);
  end.setDate(end.getDate() + 14);
  return { from: start.toISOString(), to: end.toISOString() };
}

/** The facilitator's week: the program's groups this week, and for one of their own a roster to mark in one submit. */
export function Groups({ staff }: { staff: Staff }) {
  const week = useMemo(thisWeek, []);
  const [{ data, error }] = useQuery({ query: WeekQuery, variables: { programId: staff.programId ?? '', ...week }, pause: !staff.programId });
  const [selected, setSelected] = useState<string | null>(null);
  const groups = data?.groupSessions.nodes ?? [];
  const group = groups.find((entry) => entry.id === selected);
  return (
    <div className="groups">
      <h1>My groups this week</h1>
      {error && <p role="alert">The week could not be loaded.</p>}
      <ul className="group-list">
        {groups.map((entry) => {
          // Any of a group's facilitators records its attendance, the lead or a co-facilitator.
          const mine = entry.facilitatorId === staff.id || entry.coFacilitators.some((other) => other.id === staff.id);
          return (
            <li key={entry.id}>
              <button type="button" aria-pressed={entry.id === selected} disabled={!mine || !!entry.cancelledAt} onClick={() => setSelected(entry.id)}>
                {formatTime(entry.startsAt, staff.timeZone, true)} · {entry.topic}
                {entry.cancelledAt ? ' (cancelled)' : !mine && ' (another facilitator)'}
              </button>
            </li>
          );
        })}
        {data && groups.length === 0 && <li className="muted">No groups this week.</li>}
      </ul>
      {group && data && (
        <AttendanceForm
          key={group.id}
          groupSessionId={group.id}
          title={`${group.topic}, ${formatTime(group.startsAt, staff.timeZone, true)}`}
          enrolled={group.roster.map((entry) => entry.patient)}
          others={data.caseload.nodes.map((plan) => plan.patient).filter((patient) => !group.roster.some((entry) => entry.patient.id === patient.id))}
          recorded={new Map(group.attendance.map((entry) => [entry.patientId, entry.status]))}
        />
      )}
    </div>
  );
}

type RosterPatient = { id: string; firstName: string; lastName: string };

/** The group's attendance: the patients on its roster first (those expected), then the rest of the facilitator's caseload. */
function AttendanceForm({
  groupSessionId,
  title,
  enrolled,
  others,
  recorded,
}: {
  groupSessionId: string;
  title: string;
  enrolled: RosterPatient[];
  others: RosterPatient[];
  recorded: Map<string, AttendanceStatus>;
}) {
  const [marks, setMarks] = useState<Map<string, AttendanceStatus>>(new Map(recorded));
  const [{ fetching, error }, record] = useMutation(RecordAttendance);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const entries = [...marks].map(([patientId, status]) => ({ patientId, status }));
    const result = await record({ input: { groupSessionId, entries } });
    if (!result.error) setSaved(true);
  };

  const row = (patient: RosterPatient) => (
    <fieldset key={patient.id} className="roster-row">
      <legend>
        {patient.lastName}, {patient.firstName}
      </legend>
      {STATUSES.map(([status, label]) => (
        <label key={status} className="choice">
          <input type="radio" name={`status-${patient.id}`} value={status} checked={marks.get(patient.id) === status} onChange={() => setMarks(new Map(marks).set(patient.id, status))} />
          {label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <form onSubmit={submit} className="panel attendance-form" aria-labelledby="attendance-form-title">
      <h2 id="attendance-form-title">Attendance: {title}</h2>
      {enrolled.length > 0 && <h3>On the roster</h3>}
      {enrolled.map((patient) => row(patient))}
      {enrolled.length > 0 && others.length > 0 && <h3>Others on your care teams</h3>}
      {others.map((patient) => row(patient))}
      {enrolled.length + others.length === 0 && <p className="muted">No patients on your care teams.</p>}
      <button type="submit" disabled={fetching || marks.size === 0}>
        Save attendance
      </button>
      {error && <p role="alert">Not saved: {error.graphQLErrors[0]?.message ?? 'the API could not be reached'}. Your marks are kept.</p>}
      {saved && <p role="status">Attendance saved.</p>}
    </form>
  );
}
