// The layers of src/lib, as rules over the import graph (./import-graph.ts). STYLE.md's first principle, "a
// pure core and a thin shell", held by a test instead of by review: src/lib/architecture.test.ts runs these
// rules over the real graph, and over made-up graphs to show that each rule fails when it should.
import { isLocalSpecifier, type ModuleNode } from './import-graph';

/** Which rule an import breaks; stable, so tests assert it and the wording can change. */
export type LayerRule =
	/** The core imports something outside src/lib/core/ other than jose: it must run alone in a worker and Node. */
	| 'core-outside-core'
	/** present/, diagnosis/, share/ or workbench/ depend on Svelte, SvelteKit or CodeMirror. */
	| 'pure-imports-framework'
	/** present/, diagnosis/ or share/ import the page's own layers (app/, components/, editor/, routes/). */
	| 'pure-imports-page'
	/** present/, diagnosis/ or share/ use a browser-only global. */
	| 'pure-uses-dom'
	/** A component or route imports a core file other than the entry point. */
	| 'component-imports-core-internal'
	/** Code the app ships imports a test helper from src/lib/testing/. */
	| 'app-imports-testing'
	/** Svelte state (a `.svelte.ts` module) outside src/lib/app/, the page state's one folder. */
	| 'state-outside-app'
	/** A `$lib/…` or relative import that names no file, which every other rule would then miss. */
	| 'unresolved-import';

export interface Violation {
	rule: LayerRule;
	file: string;
	/** The import or global at fault. */
	detail: string;
}

const APP = 'src/lib/app/';
const CORE = 'src/lib/core/';
const CORE_ENTRY = 'src/lib/core/index.ts';
const TESTING = 'src/lib/testing/';
// workbench/ signs test tokens (issue 20): pure too, so that it is tested in Node as the core is.
const PURE_LAYERS = [
	'src/lib/present/',
	'src/lib/diagnosis/',
	'src/lib/share/',
	'src/lib/workbench/'
];
const PAGE_LAYERS = [APP, 'src/lib/components/', 'src/lib/editor/', 'src/routes/'];
const COMPONENTS = ['src/lib/components/', 'src/routes/'];
/** The UI frameworks: a pure module that names one cannot run in Node without them. */
const FRAMEWORK = /^(svelte|@sveltejs\/kit|\$app|@codemirror\/[^/]+)(\/|$)/;

const isTest = (file: string) => file.endsWith('.test.ts');
const under = (file: string, folders: string[]) => folders.some((f) => file.startsWith(f));
const isSvelteFile = (file: string) => /\.svelte(\.ts)?$/.test(file);

/** Every import or global in the graph that crosses a layer the wrong way. */
export function layerViolations(graph: readonly ModuleNode[]): Violation[] {
	const violations: Violation[] = [];
	const flag = (rule: LayerRule, file: string, detail: string) =>
		violations.push({ rule, file, detail });
	for (const module of graph) {
		const { file } = module;
		for (const edge of module.imports) {
			const { specifier, target } = edge;
			if (isLocalSpecifier(specifier) && !target) flag('unresolved-import', file, specifier);
			// The core's own tests may use the test helpers, Node and the test runner; its sources may not.
			if (file.startsWith(CORE) && !isTest(file)) {
				const inside = target ? target.startsWith(CORE) : /^jose(\/|$)/.test(specifier);
				if (!inside) flag('core-outside-core', file, specifier);
			}
			if (under(file, PURE_LAYERS)) {
				if (FRAMEWORK.test(specifier) || (target && isSvelteFile(target)))
					flag('pure-imports-framework', file, specifier);
				if (target && under(target, PAGE_LAYERS)) flag('pure-imports-page', file, specifier);
			}
			// Type-only imports count too: the entry point re-exports every type (`export type *`), so there
			// is no reason to reach past it, and a runtime import of an internal would also pull that part of
			// the core into the page's first bundle, which loads the core only inside the worker.
			if (under(file, COMPONENTS) && target?.startsWith(CORE) && target !== CORE_ENTRY)
				flag('component-imports-core-internal', file, specifier);
			if (target?.startsWith(TESTING) && !isTest(file) && !file.startsWith(TESTING))
				flag('app-imports-testing', file, specifier);
		}
		if (file.endsWith('.svelte.ts') && !file.startsWith(APP))
			flag('state-outside-app', file, 'a .svelte.ts module');
		if (under(file, PURE_LAYERS)) {
			// A .svelte.ts module, or runes anywhere: the file compiles only as Svelte.
			if (isSvelteFile(file) || module.runes.length > 0)
				flag('pure-imports-framework', file, module.runes.join(', ') || 'a Svelte module');
			for (const global of module.domGlobals) flag('pure-uses-dom', file, global);
		}
	}
	return violations;
}
