/**
 * A value shared by every copy of a module in this process. The build script, Astro's config and integrations, and
 * Astro's bundled pages each load their own copy of our modules, so module-level state is not shared between them;
 * a registered symbol on globalThis is.
 */
export function processWide<Value>(name: string): { get(): Value | undefined; set(value: Value): Value } {
  const key = Symbol.for(`prongsai.${name}`);
  const slots = globalThis as Record<symbol, unknown>;
  return {
    get: () => slots[key] as Value | undefined,
    set: (value) => (slots[key] = value) as Value,
  };
}
