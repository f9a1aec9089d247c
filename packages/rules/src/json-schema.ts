import { z } from 'zod';
import { PackFileSchema } from './file-schema.js';

/**
 * The JSON Schema (draft 2020-12) of a pack file, generated from the same zod schemas the loader
 * uses. Point an editor at it (`# yaml-language-server: $schema=…`) for completion and checks.
 * Cross-field rules (dates in order, references) are the linter's, not the schema's.
 */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
