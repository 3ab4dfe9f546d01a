// Checks seed/catalogue/*.json against the catalogue schema and the completion-time parser.
// Usage: npx tsx scripts/check-catalogue.ts [office-slug ...]
import { readdirSync, readFileSync } from 'node:fs';
import { parseCompletionTime } from '../src/domain/catalogue/completion-time';
import { ZCatalogueSeed } from '../src/domain/catalogue/schemas';

const root = new URL('../seed/', import.meta.url);
const offices = JSON.parse(readFileSync(new URL('offices.json', root), 'utf8')) as {
  slug: string;
  divisions: { code: string }[];
}[];
const wanted = process.argv.slice(2);
const files = readdirSync(new URL('catalogue/', root)).filter(
  (f) => f.endsWith('.json') && (wanted.length === 0 || wanted.includes(f.replace('.json', ''))),
);
let problems = 0;
const problem = (message: string) => {
  problems += 1;
  console.error(`  ✗ ${message}`);
};
for (const file of files) {
  const slug = file.replace('.json', '');
  console.log(`${file}`);
  const parsed = ZCatalogueSeed.safeParse(JSON.parse(readFileSync(new URL(`catalogue/${file}`, root), 'utf8')));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(`${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  const office = offices.find((o) => o.slug === slug);
  if (!office) problem(`no office with slug ${slug} in seed/offices.json`);
  const codes = new Set<string>();
  for (const service of parsed.data.services) {
    if (codes.has(service.code)) problem(`${service.code}: duplicate code`);
    codes.add(service.code);
    if (service.divisionCode && !office?.divisions.some((d) => d.code === service.divisionCode))
      problem(`${service.code}: division ${service.divisionCode} is not in seed/offices.json`);
    const time = parseCompletionTime(service.components.completionTime);
    if (!time.ok) problem(`${service.code}: completionTime: ${time.message}`);
    for (const step of service.steps) {
      for (const text of [step.timeStandard, step.startWithin]) {
        if (text === null) continue;
        const stepTime = parseCompletionTime(text);
        if (!stepTime.ok) problem(`${service.code}: step "${step.name}": ${stepTime.message}`);
      }
    }
    console.log(
      `  ${service.code}: ${service.steps.length} steps, ${service.requirementChecklist.length} requirements, ${service.branches.length} branches, completion "${service.components.completionTime}"`,
    );
  }
}
console.log(problems === 0 ? 'OK' : `${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
