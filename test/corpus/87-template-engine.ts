// A tiny template engine: {{ name | filter }} placeholders replaced through a regex callback.
type Filter = (s: string, arg?: string) => string;
const filters: Record<string, Filter> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  pad: (s, n) => s.padStart(Number(n ?? "0"), "."),
  fixed: (s, n) => Number(s).toFixed(Number(n ?? "2")),
  trim: (s) => s.trim(),
};
class TemplateError extends Error {}
function render(tpl: string, data: Record<string, string | number | undefined>): string {
  return tpl.replace(/\{\{\s*(\w+)((?:\s*\|\s*\w+(?::\w+)?)*)\s*\}\}/g, (whole, key: string, chain: string, offset: number) => {
    if (!(key in data)) throw new TemplateError(`unknown key '${key}' at ${offset}`);
    let value = String(data[key]);
    for (const part of chain.split("|").slice(1)) {
      const [name, arg] = part.trim().split(":");
      const f = filters[name];
      if (!f) throw new TemplateError(`unknown filter '${name}' in ${whole}`);
      value = f(value, arg);
    }
    return value;
  });
}
const data = { name: "  Ada ", score: 97.456, rank: 3, missing: undefined };
const templates = [
  "Hello {{ name | trim | upper }}!",
  "Score: {{score|fixed:1}} rank {{ rank | pad:4 }}",
  "Raw {{name}}/{{ missing }}/{{score}}",
  "{{ nope }}",
  "{{ name | shout }}",
  "$& and $1 stay literal: {{rank}}",
];
for (const t of templates) {
  try {
    console.log(JSON.stringify(render(t, data)));
  } catch (e) {
    if (e instanceof TemplateError) console.log("template error:", e.message);
    else throw e;
  }
}
const count = (s: string) => (s.match(/\{\{/g) || []).length;
console.log(templates.map(count), templates.join("").split(/\{\{|\}\}/).length);
console.log("a-b_c d".replace(/[-_ ]/g, (c) => ({ "-": "minus", _: "under", " ": "space" } as Record<string, string>)[c]));
