import { project } from '../vitest.shared.ts';

export default project('acceptance', ['**/*.test.ts']);
