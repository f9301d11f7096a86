/** Written by the prongsai integration (src/integrations/prongsai.ts) for the pages. */
declare module 'virtual:prongsai/config' {
  export const config: import('./config.ts').ProngsaiConfig;
}
