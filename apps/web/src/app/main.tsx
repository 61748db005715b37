// The care team's web app: the shared plan and each discipline's daily work, over the API's GraphQL.
import './app.css';
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { Redirect, Route, Switch } from 'wouter';
import { createApiClient } from './client.js';
import { Layout } from './layout.js';
import { Groups } from './pages/groups.js';
import { Home } from './pages/home.js';
import { NotFound } from './pages/not-found.js';
import { PlanPage } from './plan/plan-page.js';
import { currentStaff, type Staff } from './session.js';
import { SignIn } from './pages/sign-in.js';

function App() {
  const [staff, setStaff] = useState<Staff | null | undefined>(undefined);
  // The session ended while a page was open: sign-in shows over the page, which keeps what was typed.
  const [expired, setExpired] = useState(false);
  const onSessionEnded = useCallback(() => setExpired(true), []);
  const client = useMemo(() => createApiClient(onSessionEnded), [onSessionEnded]);

  useEffect(() => {
    void currentStaff().then(setStaff);
  }, []);

  const signedIn = async () => {
    setStaff(await currentStaff());
    setExpired(false);
  };

  if (staff === undefined) return <p className="loading">Loading…</p>;
  if (staff === null) return <SignIn onSignedIn={signedIn} />;
  return (
    <Provider value={client}>
      <Layout staff={staff} onSignedOut={() => setStaff(null)}>
        <Switch>
          <Route path="/">
            <Home staff={staff} />
          </Route>
          <Route path="/sign-in">
            <Redirect to="/" />
          </Route>
          <Route path="/groups">
            <Groups staff={staff} />
          </Route>
          <Route path="/patients/:patientId">{(params) => <PlanPage patientId={params.patientId} staff={staff} />}</Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Layout>
      {expired && <SignIn onSignedIn={signedIn} overlay />}
    </Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
