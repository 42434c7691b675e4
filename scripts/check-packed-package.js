#!/usr/bin/env node
/*
 * Checks one packed package (the directory a `yarn pack` tarball was extracted into, holding
 * package/): what a user installs must not name workspace: ranges, must declare every package its
 * dist/ files import, must not reach outside itself, and must hold the files its manifest names.
 * Usage: node scripts/check-packed-package.js <extracted-dir>
 * Prints one line of figures; exits 1 and lists the problems when there are any.
 */
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');

const root = path.resolve(process.argv[2], 'package');
const manifestText = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const problems = [];

if (manifestText.includes('workspace:')) {
  problems.push('package.json still has workspace: ranges');
}

const declared = new Set([
  manifest.name,
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
  ...Object.keys(manifest.optionalDependencies ?? {}),
]);
const builtins = new Set(builtinModules.map(m => m.replace(/^node:/, '')));

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
const files = walk(root);

// Files the manifest points at, wherever exports, main, module or types name them.
const named = new Set();
for (const key of ['main', 'module', 'types', 'typings']) {
  if (typeof manifest[key] === 'string') named.add(manifest[key]);
}
(function collect(value) {
  if (typeof value === 'string') named.add(value);
  else if (value && typeof value === 'object') {
    // The "backstage" condition names the kind of feature an entry point holds, not a file.
    Object.entries(value)
      .filter(([condition]) => condition !== 'backstage')
      .forEach(([, target]) => collect(target));
  }
})(manifest.exports);
for (const target of named) {
  if (!fs.existsSync(path.join(root, target))) {
    problems.push(`package.json names ${target}, which is not in the tarball`);
  }
}
if (!files.some(f => f.startsWith(path.join(root, 'dist') + path.sep))) {
  problems.push('no dist/ in the tarball');
}
if (
  !files.some(
    f => f.endsWith('.d.ts') && f.includes(`${path.sep}dist${path.sep}`),
  )
) {
  problems.push('no type declarations in dist/');
}

// import … from 'x', export … from 'x', import 'x', import('x'), require('x')
const specifierPattern =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;
// Strings in code can look like the patterns above ("… from ':'"): take only what is a module name.
const moduleName =
  /^(?:\.{1,2}(?:\/|$)|(?:@[\w.-]+\/)?[\w][\w.-]*(?:\/|$)|node:)/;
const bareName = spec =>
  spec.startsWith('@')
    ? spec.split('/').slice(0, 2).join('/')
    : spec.split('/')[0];

const undeclared = new Map();
for (const file of files) {
  if (!/\.(c|m)?js$|\.d\.(c|m)?ts$/.test(file)) continue;
  const source = fs.readFileSync(file, 'utf8');
  for (const match of source.matchAll(specifierPattern)) {
    const spec = match[2];
    if (!moduleName.test(spec)) continue;
    const where = path.relative(root, file);
    if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec);
      if (target !== root && !target.startsWith(root + path.sep)) {
        problems.push(`${where} imports ${spec}, outside the package`);
      }
      continue;
    }
    if (spec.startsWith('node:') || builtins.has(spec.split('/')[0])) continue;
    const name = bareName(spec);
    if (!declared.has(name) && !declared.has(`@types/${name}`)) {
      if (!undeclared.has(name)) undeclared.set(name, where);
    }
  }
}
for (const [name, where] of undeclared) {
  problems.push(`${where} imports ${name}, which is not a dependency or peer`);
}

const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
console.log(
  `${manifest.name}@${manifest.version}: ${files.length} files, ${(
    bytes / 1024
  ).toFixed(1)} kB unpacked`,
);
for (const problem of problems) console.log(`  ✗ ${problem}`);
process.exit(problems.length ? 1 : 0);
