#!/usr/bin/env node
/*
 * Turns the API contract, plugins/releases-backend/src/schema/openapi.yaml, into the client's
 * request and answer types, src/api/generated/openapi.ts, with openapi-typescript (pure npm:
 * Backstage's own client generator needs a Java jar this project cannot download). Run
 * `yarn generate:api-types` in plugins/releases after editing the YAML; CI runs it with `--check`,
 * which fails while the spec and the generated file disagree.
 */
const fs = require('node:fs');
const path = require('node:path');
const { default: openapiTS, astToString } = require('openapi-typescript');
const prettier = require('prettier');

const specPath = path.resolve(
  __dirname,
  '../../releases-backend/src/schema/openapi.yaml',
);
const target = path.resolve(__dirname, '../src/api/generated/openapi.ts');

async function render() {
  const ast = await openapiTS(new URL(`file://${specPath}`), { silent: true });
  const source = [
    '// This file is generated from plugins/releases-backend/src/schema/openapi.yaml by',
    '// scripts/generate-api-types.js (openapi-typescript). Do not edit it by hand.',
    '',
    astToString(ast),
  ].join('\n');
  const options = prettier.resolveConfig.sync(target) ?? {};
  return prettier.format(source, { ...options, parser: 'typescript' });
}

async function main() {
  const generated = await render();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target)
      ? fs.readFileSync(target, 'utf8')
      : '';
    if (current !== generated) {
      process.stderr.write(
        'plugins/releases/src/api/generated/openapi.ts does not match openapi.yaml: run `yarn generate:api-types` in plugins/releases\n',
      );
      process.exit(1);
    }
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, generated);
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
