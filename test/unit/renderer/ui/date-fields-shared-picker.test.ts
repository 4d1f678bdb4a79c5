// Every date the app takes is typed into the one en-GB picker (renderer/ui/DatePickerField.tsx), and each action
// form turns a date-and-time field into a London instant and a date field into a plain day. The end-to-end story
// dates-en-us-browser types a sample of these fields in an American browser; this test holds for all the others,
// so that a new form cannot bring in the browser's own date input or store a time as the browser's zone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve('renderer');
const PICKER = path.join(RENDERER, 'ui', 'DatePickerField.tsx');
const LOCALIZATION = path.join(RENDERER, 'ui', 'DateLocalization.tsx');

const sources = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => {
    const full = path.join(RENDERER, file);
    return { file: path.relative(process.cwd(), full), full, text: readFileSync(full, 'utf8') };
  });

interface DateFieldUse {
  file: string;
  name: string;
  withTime: boolean;
}

/** Each <DateField … /> in the renderer: the form field it fills and whether it takes a time of day. */
function dateFieldUses(): DateFieldUse[] {
  return sources.flatMap(({ file, text }) =>
    [...text.matchAll(/<DateField\b([^>]*?)\/>/gs)].map((m) => {
      const props = m[1] ?? '';
      const name = /\bname="([^"]+)"/.exec(props)?.[1];
      if (!name) throw new Error(`${file}: a DateField without a literal name="…"`);
      return { file, name, withTime: /\bwithTime\b(?!=\{false\})/.test(props) };
    }),
  );
}

/** The bodies of the zod object schemas a file declares (`z.object({ … })`, nested ones included). */
function objectSchemas(text: string): string[] {
  return [...text.matchAll(/z\.object\(\{/g)].map((m) => {
    let depth = 0;
    for (let i = (m.index ?? 0) + m[0].length - 1; i < text.length; i += 1) {
      if (text[i] === '{') depth += 1;
      if (text[i] === '}') depth -= 1;
      if (depth === 0) return text.slice(m.index, i + 1);
    }
    return text.slice(m.index);
  });
}

/** The schema entry for a field in its form's own schema: `sentAt: londonDateTime`, `on: optionalInput`, … */
function schemaEntry(text: string, name: string): string | undefined {
  const last = name.split('.').pop() ?? name;
  const entry = new RegExp(`\\b${last}: ([A-Za-z.]+(?:\\([^)]*\\))?)`);
  return objectSchemas(text).map((schema) => entry.exec(schema)?.[1]).find((found) => found !== undefined);
}

describe('date fields', () => {
  it('finds the forms it checks', () => {
    expect(dateFieldUses().length).toBeGreaterThanOrEqual(30);
  });

  it('are all the shared en-GB picker: no browser date input and no other MUI picker anywhere in the renderer', () => {
    const strays = sources.flatMap(({ file, full, text }) => {
      const found: string[] = [];
      if (/type=["'{]+(date|datetime-local|time|month|week)["'}]/.test(text) || /type:\s*['"](date|datetime-local|time)['"]/.test(text)) found.push(`${file}: a browser date input`);
      if (full !== PICKER && full !== LOCALIZATION && /@mui\/x-date-pickers/.test(text)) found.push(`${file}: imports @mui/x-date-pickers itself`);
      return found;
    });
    expect(strays).toEqual([]);
  });

  it('in action forms turn a date and time into a London instant, and a date into a plain day', () => {
    const wrong = dateFieldUses().flatMap(({ file, name, withTime }) => {
      const text = readFileSync(path.resolve(file), 'utf8');
      const entry = schemaEntry(text, name);
      if (entry !== undefined) {
        if (withTime && entry !== 'londonDateTime') return [`${file}: ${name} takes a time but its schema is ${entry}, not londonDateTime`];
        if (!withTime && entry === 'londonDateTime') return [`${file}: ${name} is a date but its schema turns it into an instant`];
        return [];
      }
      // A form whose values are turned into an action elsewhere (the letters): its folder converts the field.
      const folder = path.dirname(path.resolve(file));
      const converts = sources.some((s) => path.dirname(s.full) === folder && new RegExp(`londonInputToInstant\\([^)]*\\b${name}\\b`).test(s.text));
      if (withTime && !converts) return [`${file}: ${name} takes a time but nothing in its folder turns it into a London instant`];
      return [];
    });
    expect(wrong).toEqual([]);
  });
});
