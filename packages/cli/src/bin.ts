#!/usr/bin/env node
import { run } from './run.js';

// A closed pipe (`motcua units list | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = run(process.argv.slice(2));
