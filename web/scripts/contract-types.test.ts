// The web's types come from the contract: a change of functions/api/openapi.yaml that the web does not follow must
// fail the build's type check. This renames a property the web reads (the tracking code of a submitted proposal,
// shown by the application form) in a copy of the contract, generates the types from the copy the way `npm run
// gen:api` does, and runs the build's type check (vue-tsc) on a copy of the sources: it must fail, naming the
// property where the view reads it, while an unchanged copy checked in the same run passes (the failure is the rename's).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';

const web = resolve(__dirname, '..');
const contract = readFileSync(resolve(web, '../functions/api/openapi.yaml'), 'utf8');
// inside web/node_modules, so that the copy resolves vue, vite's types and the rest as the real sources do
const work = mkdtempSync(join(web, 'node_modules', '.contract-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The contract with one property of one schema renamed (in its `required` list too). */
function renamed(yaml: string, schema: string, from: string, to: string): string {
  const start = yaml.indexOf(`\n    ${schema}:\n`);
  expect(start, `schema ${schema} in openapi.yaml`).toBeGreaterThan(0);
  const next = yaml.slice(start + 1).search(/\n {4}\w+:\n/);
  const end = next < 0 ? yaml.length : start + 1 + next;
  const block = yaml.slice(start, end);
  const changed = block.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  expect(changed).not.toBe(block);
  return yaml.slice(0, start) + changed + yaml.slice(end);
}

/** Generates the types from `yaml` into a copy of the sources named `name`, as `npm run gen:api` does. */
async function copy(name: string, yaml: string): Promise<void> {
  const dir = join(work, name);
  cpSync(join(web, 'src'), join(dir, 'src'), { recursive: true, filter: (f) => !f.endsWith('api.gen.ts') });
  const file = join(dir, 'openapi.yaml');
  writeFileSync(file, yaml);
  writeFileSync(join(dir, 'src/lib/api.gen.ts'), astToString(await openapiTS(new URL(`file://${file}`))));
}

/** The build's type check (vue-tsc) of the files given: its diagnostics, one a line, empty when it passes. */
async function typecheck(files: string[]): Promise<string> {
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({ extends: join(web, 'tsconfig.json'), include: files }));
  try {
    await promisify(execFile)(process.execPath, [join(web, 'node_modules/vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', work], { cwd: work });
    return '';
  } catch (e) {
    const { stdout = '', stderr = '', message } = e as { stdout?: string; stderr?: string; message: string };
    return stdout + stderr || message;
  }
}

describe('the web follows the contract', () => {
  it('fails the type check when the contract renames a property the web reads, and passes on the contract as it is', async () => {
    // one vue-tsc run checks both copies (it is the slow part): the renamed contract's and the contract's as it is
    await copy('renamed', renamed(contract, 'Submission', 'trackingCode', 'trackingNumber'));
    await copy('as-is', contract);
    // (the declarations of src/*.d.ts once: both copies share them, and twice would be a redeclaration)
    const output = await typecheck(['renamed/src/views/ApplyView.vue', 'as-is/src/views/ApplyView.vue', 'as-is/src/*.d.ts']);
    const errors = output.split('\n').filter((line) => line.includes('error TS'));
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) {
      expect(line).toMatch(/^renamed\/src\/views\/ApplyView\.vue\(\d+,\d+\): error TS\d+: Property 'trackingCode' does not exist/);
    }
    expect(output).not.toContain('as-is/');
  }, 120_000);
});
