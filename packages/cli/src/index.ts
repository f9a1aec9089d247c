/**
 * @packageDocumentation
 * The `motcua` command line as a library: {@link run} executes it with any arguments and output
 * sinks, which is how the binary, the tests and embedding hosts use it.
 */
export { branchResolver, describeKpi } from './commands/kpi.js';
export { describeNetwork, networkJson } from './commands/phases.js';
export { EXIT, exitCodeFor, type Io } from './io.js';
export { run } from './run.js';
