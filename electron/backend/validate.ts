import { FactdeskError } from '../../shared/api';

type FieldType = 'string' | 'string?' | 'string|null' | 'number?' | 'object' | 'object?' | 'array' | 'array?' | 'true';

/** Checks an API call's argument object against a field spec; throws a clear `bad-request` error. */
export function args(a: unknown, spec: Record<string, FieldType>): void {
  if (!a || typeof a !== 'object' || Array.isArray(a)) throw new FactdeskError('bad-request', 'The arguments must be a JSON object.');
  const obj = a as Record<string, unknown>;
  for (const [name, type] of Object.entries(spec)) {
    const v = obj[name];
    const optional = type.endsWith('?');
    if (v === undefined && optional) continue;
    const ok =
      type.startsWith('string') ? typeof v === 'string' || (type === 'string|null' && v === null)
      : type.startsWith('number') ? typeof v === 'number' && Number.isFinite(v)
      : type.startsWith('object') ? !!v && typeof v === 'object' && !Array.isArray(v)
      : type.startsWith('array') ? Array.isArray(v)
      : v === true;
    if (!ok) throw new FactdeskError('bad-request', `Argument "${name}" must be ${describe(type)}${v === undefined ? ' (it is missing)' : ''}.`);
    if (typeof v === 'string' && v.length > 200_000_000) throw new FactdeskError('bad-request', `Argument "${name}" is too large.`);
  }
}

function describe(type: FieldType): string {
  return { string: 'a string', 'string?': 'a string', 'string|null': 'a string or null', 'number?': 'a number', object: 'an object', 'object?': 'an object', array: 'an array', 'array?': 'an array', true: 'true' }[type];
}
