import { type ArgumentMetadata, type ExecutionContext, type Type, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { GqlExecutionContext } from '@nestjs/graphql';
import { BadUserInputError, type InvalidField } from '@oneplan/errors';

/** Every invalid field, nested ones by their path (`input.entries.2.note`), with the first reason each. */
function failures(errors: ValidationError[], prefix = ''): InvalidField[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, message: Object.values(error.constraints)[0] }] : [];
    return [...own, ...failures(error.children ?? [], field)];
  });
}

/** The instants PostgreSQL is asked to store or compare: years 1900 to 2200 (a birth date to a far review). */
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2201, 0, 1);

/**
 * Values no column can hold, wherever they sit in an argument: text with a NUL character (PostgreSQL
 * refuses it) and dates outside the range above. Linear in the argument's size.
 */
function unstorable(value: unknown, field: string, found: InvalidField[] = []): InvalidField[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ field, message: `${field} contains a NUL character` });
  } else if (value instanceof Date) {
    const time = value.getTime();
    if (!(time >= EARLIEST && time < LATEST)) found.push({ field, message: `${field} must be a date between the years 1900 and 2200` });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorable(item, `${field}.${index}`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) unstorable(item, field ? `${field}.${key}` : key, found);
  }
  return found;
}

/** Longest flat argument (as JSON) whose passing is remembered, and how many are remembered per type. */
const REMEMBERED_LENGTH = 256;
const REMEMBERED_PER_TYPE = 1000;

/**
 * An argument object of scalars only (a page of a nested list: `{ last: 10 }`), as the key it is
 * remembered by, or undefined for anything else.
 */
function flatKey(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  for (const item of Object.values(value)) if (item !== null && typeof item === 'object') return undefined;
  const key = JSON.stringify(value);
  return key.length <= REMEMBERED_LENGTH ? key : undefined;
}

/** The class-validator pipe, which also refuses values no column can hold (see unstorable). */
class InputValidationPipe extends ValidationPipe {
  /**
   * Flat arguments that passed, by type, with what they became: the same value passes again without
   * class-validator (a whole plan validates a page argument on each of its goals' lists).
   */
  private readonly passed = new WeakMap<object, Map<string, object>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.type === 'body' ? metadata.metatype : undefined;
    const key = type ? flatKey(value) : undefined;
    if (!type || key === undefined) return this.check(value, metadata);
    let passed = this.passed.get(type);
    if (!passed) this.passed.set(type, (passed = new Map()));
    const known = passed.get(key);
    if (known) return Object.assign(new (type as new () => object)(), known);
    const transformed = await this.check(value, metadata);
    if (passed.size >= REMEMBERED_PER_TYPE) passed.clear();
    if (transformed instanceof type) passed.set(key, { ...transformed });
    return transformed;
  }

  private async check(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Arguments only (GraphQL's are 'body'; parents, contexts and infos are 'custom'). Fields of an input
    // object are named as class-validator names them, without the argument's name.
    const isObject = value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value);
    const found = metadata.type === 'body' ? unstorable(value, isObject ? '' : (metadata.data ?? '')) : [];
    try {
      const transformed = await super.transform(value, metadata);
      if (found.length) throw new BadUserInputError(found[0].field, found[0].message, found.slice(1));
      return transformed;
    } catch (error) {
      if (!found.length || !(error instanceof BadUserInputError)) throw error;
      const invalid = (error.details.invalid as InvalidField[] | undefined) ?? [{ field: error.field, message: error.message }];
      const all = [...found, ...invalid.filter((other) => !found.some((known) => known.field === other.field))];
      throw new BadUserInputError(all[0].field, all[0].message, all.slice(1));
    }
  }
}

/** Validates every resolver argument; each invalid field becomes a BAD_USER_INPUT naming it, all in one response. */
export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const [first, ...others] = failures(errors);
      return new BadUserInputError(first.field, first.message, others);
    },
  });
}

const PIPE = inputValidationPipe();

/**
 * Validates a resolver's arguments as the pipe will, for callers that run before pipes do (the access
 * guard, which reads ids from the input): throws the BAD_USER_INPUT naming every invalid field.
 */
export async function validateArguments(context: ExecutionContext): Promise<void> {
  const [type, handler] = [context.getClass(), context.getHandler()];
  const params: Record<string, { index: number; data?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, type, handler.name) ?? {};
  const metatypes: Array<Type | undefined> = Reflect.getMetadata('design:paramtypes', type.prototype, handler.name) ?? [];
  const args = GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
  for (const { index, data } of Object.values(params)) {
    if (typeof data === 'string' && data in args) await PIPE.transform(args[data], { type: 'body', metatype: metatypes[index], data });
  }
}
