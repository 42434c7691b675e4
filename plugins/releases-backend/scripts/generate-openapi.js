#!/usr/bin/env node
/*
 * Turns src/schema/openapi.yaml (the API contract, written by hand) into src/schema/openapi.generated.ts,
 * a typed constant that createValidatedOpenApiRouter validates requests against and derives handler
 * types from. Run `yarn generate:openapi` after editing the YAML; CI (`--check`) fails while the two disagree.
 */
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('yaml');
const prettier = require('prettier');

const schemaDir = path.resolve(__dirname, '../src/schema');

function render() {
  const spec = yaml.parse(
    fs.readFileSync(path.join(schemaDir, 'openapi.yaml'), 'utf8'),
  );
  const target = path.join(schemaDir, 'openapi.generated.ts');
  const source = [
    '// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit it by hand.',
    '',
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;`,
    '',
  ].join('\n');
  const options = prettier.resolveConfig.sync(target) ?? {};
  return prettier.format(source, { ...options, parser: 'typescript' });
}

if (require.main === module) {
  const target = path.join(schemaDir, 'openapi.generated.ts');
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(target, 'utf8') !== render()) {
      console.error(
        'src/schema/openapi.generated.ts is out of date: run `yarn generate:openapi` in plugins/releases-backend',
      );
      process.exit(1);
    }
  } else {
    fs.writeFileSync(target, render());
  }
}
