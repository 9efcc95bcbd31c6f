#!/usr/bin/env node
// Writes dist/config.json from `aws cloudformation describe-stacks --stack-name <stack>` output:
//   aws cloudformation describe-stacks --stack-name sikerja-dev > stack.json && node scripts/config-from-stack.mjs stack.json
//   aws cloudformation describe-stacks --stack-name sikerja-dev | node scripts/config-from-stack.mjs -
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { configFromStack } from './stack-config.mjs';

const source = process.argv[2] ?? '-';
const out = process.argv[3] ?? 'dist/config.json';
const text = readFileSync(source === '-' ? 0 : source, 'utf8');
const config = configFromStack(JSON.parse(text));
mkdirSync(out.replace(/\/[^/]*$/, '') || '.', { recursive: true });
writeFileSync(out, `${JSON.stringify(config, null, 2)}\n`);
console.log(`${out}: ${JSON.stringify(config)}`);
