#!/usr/bin/env node
import { run } from './run.js';

// A closed pipe (`motcua units list | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// `pnpm -s motcua …` runs from the repository root; paths given by the user are relative to where
// they typed the command, which pnpm passes as INIT_CWD.
if (process.env.npm_lifecycle_event === 'motcua' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
process.exitCode = run(process.argv.slice(2));
