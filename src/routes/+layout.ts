// A static single-page app: prerendered shell, everything else happens in the browser.
export const prerender = true;
export const ssr = false;
