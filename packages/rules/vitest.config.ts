import { project } from '../../vitest.shared.ts';

export default project('rules', ['src/**/*.test.ts', 'test/**/*.test.ts']);
