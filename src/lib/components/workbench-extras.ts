// The signer (issue 20): loaded on the first click of Sign a token or Edit a copy, with its CodeMirror JSON
// editors, jose's signing and key generation, so that none of it is in the page's first load.
export { default as SignerPanel } from './SignerPanel.svelte';
