// The server's side of the API contract, generated from ../openapi.yaml (yarn generate:openapi).
export * from './generated';
