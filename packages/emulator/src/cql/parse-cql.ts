/**
 * A small CQL parser for what the emulator supports: `space`, `label`, `type` (and `id`) with `=`, `!=`,
 * `in (…)`, `not in (…)`, joined by `AND` (case-insensitive). Values are quoted ("…" or '…') or bare words.
 * Anything else (OR, ORDER BY, other fields) is refused with a clear message rather than half-understood.
 * Hand-written: no maintained npm package parses Atlassian CQL, and this subset is a few dozen lines.
 */

/** A CQL field the emulator can filter on. */
export type CqlField = 'space' | 'label' | 'type' | 'id';

/** One condition: the field's value must (not) be one of `values`. */
export interface CqlCondition {
  field: CqlField;
  negated: boolean;
  values: string[];
}

/** Why a CQL query was refused. */
export class CqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CqlError';
  }
}

const FIELDS: Record<string, CqlField> = { space: 'space', 'space.key': 'space', label: 'label', type: 'type', id: 'id', 'content.id': 'id' };

function tokenize(cql: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(!=|=|\(|\)|,)|([^\s=!(),"']+))/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(cql)) !== null) {
    last = re.lastIndex;
    const quoted = m[1] ?? m[2];
    if (quoted !== undefined) tokens.push(`\u0000${quoted.replace(/\\(.)/g, '$1')}`);
    else tokens.push((m[3] ?? m[4]) as string);
  }
  if (cql.slice(last).trim() !== '') throw new CqlError(`Could not parse cql : ${cql}`);
  return tokens;
}

const isValue = (t: string | undefined): t is string => t !== undefined && (t.startsWith('\u0000') || !['(', ')', ',', '=', '!='].includes(t));
const valueOf = (t: string): string => (t.startsWith('\u0000') ? t.slice(1) : t);

/** Parses a CQL query into AND-ed conditions. */
export function parseCql(cql: string): CqlCondition[] {
  const tokens = tokenize(cql);
  if (tokens.length === 0) throw new CqlError('CQL query is empty');
  const out: CqlCondition[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new CqlError(`Could not parse cql : ${cql} (${why})`);
  };
  for (;;) {
    const fieldToken = tokens[i++];
    const field = fieldToken && !fieldToken.startsWith('\u0000') ? FIELDS[fieldToken.toLowerCase()] : undefined;
    if (!field) fail(`unsupported field ${JSON.stringify(fieldToken ? valueOf(fieldToken) : '')}`);
    let op = tokens[i++]?.toLowerCase();
    let negated = false;
    if (op === 'not') {
      negated = true;
      op = tokens[i++]?.toLowerCase() === 'in' ? 'in' : fail('expected IN after NOT');
    }
    const values: string[] = [];
    if (op === '=' || op === '!=') {
      negated = op === '!=';
      const v = tokens[i++];
      if (!isValue(v)) fail('expected a value');
      values.push(valueOf(v as string));
    } else if (op === 'in') {
      if (tokens[i++] !== '(') fail('expected ( after IN');
      for (;;) {
        const v = tokens[i++];
        if (!isValue(v)) fail('expected a value');
        values.push(valueOf(v as string));
        const sep = tokens[i++];
        if (sep === ')') break;
        if (sep !== ',') fail('expected , or )');
      }
    } else fail(`unsupported operator ${JSON.stringify(op ?? '')}`);
    out.push({ field: field as CqlField, negated, values });
    if (i >= tokens.length) return out;
    if (tokens[i++]?.toLowerCase() !== 'and') fail('only AND combinations are supported');
  }
}
