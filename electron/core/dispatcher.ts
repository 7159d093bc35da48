// One dispatcher serves every transport. It looks the call up in the contract, validates the
// params, runs the handler, validates the result, and turns every failure into data.
import {
  calls,
  isCallName,
  type CallName,
  type CallParams,
  type CallResult,
} from '../../shared/contract';
import { failure, success, type Outcome } from '../../shared/outcome';
import { CoreError } from './core-error';
import type { Logger } from './logger';

export type Handlers = {
  [N in CallName]: (params: CallParams<N>) => Promise<CallResult<N>> | CallResult<N>;
};

export type Dispatch = (name: unknown, params: unknown) => Promise<Outcome<unknown>>;

export function createDispatcher(handlers: Handlers, logger: Logger): Dispatch {
  return async (name, params) => {
    if (!isCallName(name)) {
      return failure('unknown-call', `Unknown call: ${String(name).slice(0, 80)}`);
    }
    const contract = calls[name];
    const parsed = contract.params.safeParse(params ?? {});
    if (!parsed.success) {
      return failure('invalid-request', `Invalid parameters for ${name}: ${parsed.error.message}`);
    }
    try {
      const handler = handlers[name] as (params: unknown) => unknown;
      const result = await handler(parsed.data);
      return success(contract.result.parse(result));
    } catch (error) {
      if (error instanceof CoreError) return failure(error.kind, error.message);
      logger.error(`call ${name} failed`, { error: String(error) });
      return failure('internal', 'Something went wrong inside Sportello; the details are in the log.');
    }
  };
}
