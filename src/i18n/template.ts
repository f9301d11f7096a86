/** The {name} placeholders of a message, read from its literal type; never when it has none. */
export type Placeholders<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** What follows a key: nothing for a message without placeholders, else one value for each placeholder. */
export type PlaceholderArgs<Template extends string> = [Placeholders<Template>] extends [never]
  ? []
  : [params: Record<Placeholders<Template>, string | number>];

/** Fills {name} placeholders; a missing value is a bug in the caller, so it throws rather than print "{name}". */
export function fillPlaceholders(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing value for {${name}} in "${template}"`);
    return String(value);
  });
}
