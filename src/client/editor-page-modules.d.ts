/** The editor page script's two untyped imports (no @types package is installed for them). */
declare module 'decap-cms-locales/dist/esm/th/index.js' {
  /** Decap's Thai phrases, nested by screen */
  const phrases: Record<string, unknown>;
  export default phrases;
}

declare module 'react-dom' {
  /** Only handed to Decap's bundle as the global it expects. */
  const ReactDOM: Record<string, unknown>;
  export = ReactDOM;
}
