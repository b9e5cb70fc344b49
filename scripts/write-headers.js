// After `vite build`: writes build/_headers with the Content-Security-Policy the page's <meta> tag carries
// (the hash of SvelteKit's start-up script changes with every build, so it cannot be written by hand), plus
// frame-ancestors 'none', which a <meta> policy cannot carry (CSP3 §6.4.2). Hosts that read _headers then send
// the same policy as a header, and the header also covers the worker's script, which a <meta> tag cannot.
import { readFileSync, writeFileSync } from 'node:fs';

const html = readFileSync('build/index.html', 'utf8');
const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
if (!meta) throw new Error('build/index.html has no Content-Security-Policy <meta> tag');
const policy = `${meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').trim().replace(/;$/, '')}; frame-ancestors 'none'`;

const headers = readFileSync('static/_headers', 'utf8').replace(
	/^(\s*Content-Security-Policy:).*$/m,
	(_, name) => `${name} ${policy}`
);
writeFileSync('build/_headers', headers);
console.log(`build/_headers: Content-Security-Policy: ${policy}`);
