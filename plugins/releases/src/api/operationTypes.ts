import type { operations } from './generated/openapi';

/**
 * Shapes of one operation of the spec, by its operationId, as openapi-typescript generated them.
 * The client's request types are these, so a field changed in openapi.yaml reaches the client
 * with `yarn generate:api-types` and nothing else.
 */
export type OperationId = keyof operations;

/** The JSON body an operation takes. */
export type RequestBodyOf<Id extends OperationId> = NonNullable<
  operations[Id]['requestBody']
>['content']['application/json'];

/** The query parameters an operation takes. */
export type QueryOf<Id extends OperationId> = NonNullable<
  operations[Id]['parameters']['query']
>;

/** The JSON an operation answers with, on success by default. */
export type AnswerOf<
  Id extends OperationId,
  Status extends PropertyKey = 200,
> = operations[Id]['responses'] extends Record<
  Status,
  { content: { 'application/json': infer Answer } }
>
  ? Answer
  : never;
