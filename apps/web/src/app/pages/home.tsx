import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../gql/index.js';
import type { CaseloadOrder } from '../../gql/graphql.js';
import type { Staff } from '../session.js';
import { formatDate, formatTime, LEVEL_LABELS, PHASE_LABELS } from '../labels.js';

const PAGE_SIZE = 20;

const CaseloadQuery = graphql(`
  query Caseload($orderBy: CaseloadOrder!, $first: Int!, $after: String, $lastNameStartsWith: String) {
    caseload(orderBy: $orderBy, first: $first, after: $after, lastNameStartsWith: $lastNameStartsWith) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        phase
        levelOfCare
        nextReviewDate
        patient {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

const NotificationsQuery = graphql(`
  query MyNotifications {
    unreadNotificationCount
    myNotifications(first: 10) {
      nodes {
        id
        kind
        message
        urgent
        createdAt
        readAt
        patientId
      }
    }
  }
`);

const TasksQuery = graphql(`
  query MyTasks {
    myTasks(first: 20) {
      totalCount
      nodes {
        id
        title
        dueDate
        status
        planId
        patient {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

const AgendaQuery = graphql(`
  query MyAgenda {
    myAgenda {
      kind
      id
      title
      startsAt
      endsAt
      patientId
    }
  }
`);

const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);

/** Home: the signed-in staff member's notifications and open tasks (both live) and caseload. */
export function Home({ staff }: { staff: Staff }) {
  // A new notification (a reminder may open a task with it) refreshes both: the subscription carries ids only.
  const [refreshed, setRefreshed] = useState(0);
  useSubscription({ query: NotificationAdded }, () => {
    setRefreshed((count) => count + 1);
    return null;
  });
  return (
    <div className="home">
      <h1>Good to see you, {staff.name.split(' ')[0]}</h1>
      {staff.discipline === 'GROUP_FACILITATOR' && (
        <p>
          <Link href="/groups">My groups this week</Link>
        </p>
      )}
      <div className="columns">
        {staff.programId && <Agenda timeZone={staff.timeZone} />}
        <Notifications refreshed={refreshed} />
        {staff.programId && <Tasks refreshed={refreshed} />}
      </div>
      {staff.programId && <Caseload />}
    </div>
  );
}

/** Reads a query again, from the network, each time `refreshed` changes after the first render. */
function useRefresh(refreshed: number, reexecute: (options: { requestPolicy: 'network-only' }) => void) {
  useEffect(() => {
    if (refreshed > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshed, reexecute]);
}

function Agenda({ timeZone }: { timeZone: string | null }) {
  const [{ data, error }] = useQuery({ query: AgendaQuery });
  return (
    <section aria-labelledby="agenda-title" className="panel">
      <h2 id="agenda-title">Today</h2>
      {error && <p role="alert">Today's agenda could not be loaded.</p>}
      <ul className="agenda">
        {data?.myAgenda.map((item) => (
          <li key={item.id}>
            {formatTime(item.startsAt, timeZone)}–{formatTime(item.endsAt, timeZone)} ·{' '}
            {item.patientId ? <Link href={`/patients/${item.patientId}`}>{`${item.title.toLowerCase().replace(/_/g, ' ')} session`}</Link> : `Group: ${item.title}`}
          </li>
        ))}
        {data && data.myAgenda.length === 0 && <li className="muted">Nothing scheduled today.</li>}
      </ul>
    </section>
  );
}

function Tasks({ refreshed }: { refreshed: number }) {
  const [{ data, error }, reexecute] = useQuery({ query: TasksQuery });
  useRefresh(refreshed, reexecute);
  return (
    <section aria-labelledby="tasks-title" className="panel">
      <h2 id="tasks-title">My open tasks {data && <span className="badge">{data.myTasks.totalCount}</span>}</h2>
      {error && <p role="alert">Tasks could not be loaded.</p>}
      <ul className="my-tasks">
        {data?.myTasks.nodes.map((task) => (
          <li key={task.id}>
            {task.title} · due {formatDate(task.dueDate)} · {/* Before admission there is no plan to open: the task names the person. */}
            {task.planId ? (
              <Link href={`/patients/${task.patient.id}`}>
                {task.patient.lastName}, {task.patient.firstName}
              </Link>
            ) : (
              `${task.patient.lastName}, ${task.patient.firstName} · before admission`
            )}
          </li>
        ))}
        {data && data.myTasks.nodes.length === 0 && <li className="muted">No open tasks.</li>}
      </ul>
    </section>
  );
}

function Notifications({ refreshed }: { refreshed: number }) {
  const [{ data, error }, reexecute] = useQuery({ query: NotificationsQuery });
  useRefresh(refreshed, reexecute);
  return (
    <section aria-labelledby="notifications-title" className="panel">
      <h2 id="notifications-title">Notifications {data && <span className="badge">{data.unreadNotificationCount} unread</span>}</h2>
      {error && <p role="alert">Notifications could not be loaded.</p>}
      <ul className="notifications" aria-live="polite">
        {data?.myNotifications.nodes.map((notification) => (
          <li key={notification.id} className={notification.readAt ? 'read' : 'unread'}>
            {notification.urgent && <strong className="urgent">Urgent: </strong>}
            {notification.message}
            <span className="muted"> · {formatDate(notification.createdAt)}</span>
          </li>
        ))}
        {data && data.myNotifications.nodes.length === 0 && <li className="muted">Nothing new.</li>}
      </ul>
    </section>
  );
}

function Caseload() {
  const [orderBy, setOrderBy] = useState<CaseloadOrder>('NEXT_REVIEW_DATE');
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const lastNameStartsWith = search.trim() || null;
  const [{ data, fetching, error }] = useQuery({ query: CaseloadQuery, variables: { orderBy, first: PAGE_SIZE, after: cursors.at(-1), lastNameStartsWith } });
  const page = data?.caseload;
  return (
    <section aria-labelledby="caseload-title" className="panel">
      <h2 id="caseload-title">My caseload {page && <span className="badge">{page.totalCount}</span>}</h2>
      <label>
        Last name starts with{' '}
        <input
          type="search"
          maxLength={100}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setCursors([null]);
          }}
        />
      </label>
      <label>
        Sort by{' '}
        <select
          value={orderBy}
          onChange={(event) => {
            setOrderBy(event.target.value as CaseloadOrder);
            setCursors([null]);
          }}
        >
          <option value="NEXT_REVIEW_DATE">Next review date</option>
          <option value="PATIENT_NAME">Name</option>
        </select>
      </label>
      {error && <p role="alert">The caseload could not be loaded.</p>}
      <table className="caseload">
        <thead>
          <tr>
            <th scope="col">Patient</th>
            <th scope="col">Phase</th>
            <th scope="col">Level of care</th>
            <th scope="col">Next review</th>
          </tr>
        </thead>
        <tbody>
          {page?.nodes.map((plan) => (
            <tr key={plan.id}>
              <td>
                <Link href={`/patients/${plan.patient.id}`}>
                  {plan.patient.lastName}, {plan.patient.firstName}
                </Link>
              </td>
              <td>{PHASE_LABELS[plan.phase]}</td>
              <td>{LEVEL_LABELS[plan.levelOfCare]}</td>
              <td>{formatDate(plan.nextReviewDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {fetching && !page && <p>Loading…</p>}
      <div className="pager">
        <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous page
        </button>
        <button type="button" disabled={!page?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page!.pageInfo.endCursor ?? null])}>
          Next page
        </button>
      </div>
    </section>
  );
}
