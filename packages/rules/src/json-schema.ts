import { z } from 'zod';
import { PackFileSchema } from './file-schema.js';

/**
 * The JSON Schema of a pack file, generated from the same zod schemas the loader uses. Draft-07,
 * the newest draft yaml-language-server (VS Code's YAML extension) documents; point an editor at it
 * with `# yaml-language-server: $schema=…` for completion and checks. Cross-field rules (dates in
 * order, references) are the linter's, not the schema's.
 */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackFileSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
