import { type Document, LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';

/** A YAML file parsed with positions, so that a data path can be turned back into `line:col`. */
export interface YamlSource {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** Parses `text` as YAML 1.2 (core schema: `2025-07-01` stays a string) keeping positions. */
export function parseYaml(file: string, text: string): YamlSource {
  const lines = new LineCounter();
  // logLevel 'error': the library's warnings would go to the process's stderr; what matters is reported as issues.
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  return { file, doc, lines };
}

/** 1-based line and column of a character offset. */
export function positionOf(source: YamlSource, offset: number): { line: number; col: number } {
  return source.lines.linePos(offset);
}

/**
 * The position of the node at `path`, or of its nearest existing ancestor. With `key` set, the
 * position of that key inside the mapping at `path` (used for unknown keys).
 */
export function locate(source: YamlSource, path: readonly PropertyKey[], key?: string): { line: number; col: number } {
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const step of path) {
    const next = child(node, step);
    if (next === undefined) break;
    node = next.value;
    offset = rangeStart(next.value) ?? next.keyStart ?? offset;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    const start = pair ? rangeStart(pair.key) : undefined;
    if (start !== undefined) offset = start;
  }
  return positionOf(source, offset);
}

function child(node: unknown, step: PropertyKey): { value: unknown; keyStart?: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
    if (!pair) return undefined;
    const keyStart = rangeStart(pair.key);
    return keyStart === undefined ? { value: pair.value } : { value: pair.value, keyStart };
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}
