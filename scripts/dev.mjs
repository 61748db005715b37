// npm run dev: the API and the worker (built, as npm start runs them) and the web app's Vite dev server with
// hot reload on http://127.0.0.1:5173, which proxies /graphql (WebSocket too) and /auth to the API.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit', env: process.env }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.ts', '--host', '127.0.0.1', '--port', '5173'], { stdio: 'inherit', env: process.env }),
];
const stop = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
