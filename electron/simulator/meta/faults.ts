// Faults a test or a demo injects into Graph requests, matched by method and path: added latency,
// a 5xx with Graph's code 1/2 envelope, throttling with the usage headers at 100%, "accept then
// drop" (the request takes effect, the connection dies before the answer — the case an outbox must
// reconcile instead of resending), and "hang" (no answer at all, for timeouts). Each fault lasts for
// N matching requests, or until cleared.

import { throttleCodes, type ThrottleCode } from './graph-errors';

export type FaultKind = 'latency' | 'server-error' | 'throttle' | 'drop-after-commit' | 'hang';

export interface FaultSpec {
  kind: FaultKind;
  /** HTTP method to match; any method when omitted. */
  method?: string;
  /**
   * Path to match, without the version prefix: "/12345/messages", "/*\/messages" ("*" is one path
   * segment or part of one), "/**" (any number of segments). Defaults to every path.
   */
  path?: string;
  /** How many matching requests the fault affects; until cleared when omitted. */
  times?: number;
  /** latency: milliseconds added before the request is handled. */
  latencyMs?: number;
  /** server-error: 500 or 503; throttle: 400 or 429. */
  status?: number;
  /** server-error: Graph code 1 or 2; throttle: 4, 17, 32, 613, 80001, 80002 or 80006. */
  code?: number;
  /** throttle: estimated_time_to_regain_access, in minutes. */
  regainAccessMinutes?: number;
}

export interface Fault extends Required<Pick<FaultSpec, 'kind' | 'path'>> {
  id: string;
  method?: string;
  remaining?: number;
  hits: number;
  latencyMs: number;
  status: number;
  code: number;
  regainAccessMinutes: number;
}

export class FaultSpecError extends Error {}

export class FaultRegistry {
  private faults: Fault[] = [];
  private counter = 0;

  add(spec: FaultSpec): Fault {
    this.counter += 1;
    const fault: Fault = {
      id: `fault-${this.counter}`,
      kind: spec.kind,
      path: normalisePattern(spec.path ?? '/**'),
      ...(spec.method ? { method: spec.method.toUpperCase() } : {}),
      ...(spec.times === undefined ? {} : { remaining: spec.times }),
      hits: 0,
      latencyMs: spec.latencyMs ?? 0,
      status: spec.status ?? defaultStatus(spec.kind),
      code: spec.code ?? defaultCode(spec.kind),
      regainAccessMinutes: spec.regainAccessMinutes ?? 5,
    };
    validate(fault);
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** Clears one fault by id (returns whether it existed), or all of them. */
  clear(id?: string): boolean {
    const before = this.faults.length;
    this.faults = id === undefined ? [] : this.faults.filter((fault) => fault.id !== id);
    return this.faults.length < before;
  }

  /** The faults that apply to this request, each counted as used once. */
  take(method: string, path: string): Fault[] {
    const matched = this.faults.filter((fault) => (fault.method === undefined || fault.method === method) && matchesPath(fault.path, path));
    for (const fault of matched) {
      fault.hits += 1;
      if (fault.remaining !== undefined) fault.remaining -= 1;
    }
    this.faults = this.faults.filter((fault) => fault.remaining === undefined || fault.remaining > 0);
    return matched.map((fault) => ({ ...fault }));
  }
}

function defaultStatus(kind: FaultKind): number {
  if (kind === 'server-error') return 500;
  if (kind === 'throttle') return 400;
  return 200;
}

function defaultCode(kind: FaultKind): number {
  if (kind === 'server-error') return 2;
  if (kind === 'throttle') return 613;
  return 0;
}

function validate(fault: Fault): void {
  if (fault.remaining !== undefined && (!Number.isInteger(fault.remaining) || fault.remaining < 1)) throw new FaultSpecError('times must be a positive integer');
  if (fault.kind === 'latency' && !(fault.latencyMs > 0)) throw new FaultSpecError('a latency fault needs latencyMs > 0');
  if (fault.kind === 'server-error') {
    if (fault.status !== 500 && fault.status !== 503) throw new FaultSpecError('a server-error fault answers 500 or 503');
    if (fault.code !== 1 && fault.code !== 2) throw new FaultSpecError('a server-error fault uses Graph code 1 or 2');
  }
  if (fault.kind === 'throttle') {
    if (fault.status !== 400 && fault.status !== 429) throw new FaultSpecError('a throttle fault answers 400 or 429');
    if (!throttleCodes.includes(fault.code as ThrottleCode)) throw new FaultSpecError(`a throttle fault uses one of the codes ${throttleCodes.join(', ')}`);
  }
}

/** Patterns may be written with a version prefix; requests are matched without one. */
function normalisePattern(pattern: string): string {
  const withSlash = pattern.startsWith('/') ? pattern : `/${pattern}`;
  return withSlash.replace(/^\/v\d+\.\d+(?=\/|$)/, '') || '/';
}

function matchesPath(pattern: string, path: string): boolean {
  return globToRegExp(pattern).test(path);
}

function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] ?? '';
    if (char === '*' && pattern[index + 1] === '*') {
      source += '.*';
      index += 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else {
      source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}
