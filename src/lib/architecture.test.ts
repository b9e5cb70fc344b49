import { describe, expect, it } from 'vitest';
import {
	readImportGraph,
	readModule,
	REPO_ROOT,
	type ImportEdge,
	type ModuleNode
} from '$lib/testing/import-graph';
import { layerViolations, type LayerRule } from '$lib/testing/layers';

// The graph is read once: parsing every file of src/ takes a few seconds.
const graph = readImportGraph(REPO_ROOT);
const moduleOf = (file: string) => graph.find((module) => module.file === file);

describe('the layers of src/lib', () => {
	it('reads the whole graph, .svelte scripts and `$lib` imports included', () => {
		// Without these, an empty or unresolved graph would pass the rules below.
		const targets = (file: string) => moduleOf(file)?.imports.map((edge) => edge.target);
		expect(targets('src/lib/core/index.ts')).toContain('src/lib/core/checks/registry.ts');
		expect(targets('src/routes/+page.svelte')).toContain('src/lib/app/inspector.svelte.ts');
	});

	it('holds every layer rule', () => {
		expect(layerViolations(graph)).toEqual([]);
	});
});

describe('reading a module', () => {
	const files = new Set([
		'src/lib/core/index.ts',
		'src/lib/core/types.ts',
		'src/lib/app/inspector.svelte.ts',
		'src/lib/worker/inspect.worker.ts',
		'src/lib/share/link.ts'
	]);
	const read = (text: string, file = 'src/lib/share/x.ts') =>
		readModule(file, text, (path) => files.has(path));
	const edges = (text: string, file?: string): ImportEdge[] => read(text, file).imports;

	it('resolves `$lib/…`, relative and `.svelte` module specifiers, and leaves packages unresolved', () => {
		expect(
			edges(
				[
					"import { inspect } from '$lib/core';",
					"import { Inspector } from '$lib/app/inspector.svelte';",
					"import url from '../worker/inspect.worker.ts?worker&url';",
					"import { decodeShareLink } from './link';",
					"import { SignJWT } from 'jose';"
				].join('\n')
			).map((edge) => edge.target)
		).toEqual([
			'src/lib/core/index.ts',
			'src/lib/app/inspector.svelte.ts',
			'src/lib/worker/inspect.worker.ts',
			'src/lib/share/link.ts',
			undefined
		]);
	});

	it('tells imports erased by the compiler from those that run', () => {
		const typeOnly = (text: string) => edges(text).map((edge) => edge.typeOnly);
		expect(typeOnly("import type { Report } from '$lib/core/types';")).toEqual([true]);
		expect(typeOnly("import { type Report, type Status } from '$lib/core/types';")).toEqual([true]);
		expect(typeOnly("import { type Report, CHECK_IDS } from '$lib/core';")).toEqual([false]);
		expect(typeOnly("import '$lib/core';")).toEqual([false]);
		expect(typeOnly("export type { Report } from '$lib/core/types';")).toEqual([true]);
		expect(typeOnly("export { inspect } from '$lib/core';")).toEqual([false]);
		expect(typeOnly("const core = await import('$lib/core');")).toEqual([false]);
		expect(typeOnly("let r: import('$lib/core/types').Report;")).toEqual([true]);
	});

	it('reads the imports of every <script> block of a .svelte file', () => {
		const svelte = [
			'<script module lang="ts">',
			"\timport type { Report } from '$lib/core/types';",
			'</script>',
			'<script lang="ts">',
			"\timport { inspect } from '$lib/core';",
			'\tlet { report }: { report: Report } = $props();',
			'</script>',
			'<p>{document}</p>'
		].join('\n');
		const module = read(svelte, 'src/lib/components/X.svelte');
		expect(module.imports.map((edge) => edge.specifier)).toEqual(['$lib/core/types', '$lib/core']);
		expect(module.runes).toEqual(['$props']);
	});

	it('finds DOM globals used as values, as types or through the global object', () => {
		expect(read('document.title = "x";').domGlobals).toEqual(['document']);
		expect(read('const el: HTMLElement | null = null;').domGlobals).toEqual(['HTMLElement']);
		expect(read('globalThis.localStorage?.clear();').domGlobals).toEqual(['localStorage']);
		expect(read("addEventListener('online', () => {});").domGlobals).toEqual(['addEventListener']);
	});

	it('does not take member names or names the file declares for DOM globals', () => {
		const text = [
			'const document = JSON.parse(text);',
			'const box = { window: 1, location: 2 };',
			'interface Timeline { window?: { from: number } }',
			'function f(history: string[]) { return history.length + box.window + document.issuer; }'
		].join('\n');
		expect(read(text).domGlobals).toEqual([]);
	});

	it('finds Svelte runes, not properties that share their name', () => {
		expect(read('class A { x = $state(0); y = $derived.by(() => 1); }').runes).toEqual([
			'$derived',
			'$state'
		]);
		expect(read('const o = { $state: 1 }; o.$state;').runes).toEqual([]);
	});
});

describe('the layer rules', () => {
	const module = (file: string, imports: ImportEdge[] = [], extra: Partial<ModuleNode> = {}) => ({
		file,
		imports,
		domGlobals: [],
		runes: [],
		...extra
	});
	const to = (specifier: string, target?: string, typeOnly = false): ImportEdge => ({
		specifier,
		...(target ? { target } : {}),
		typeOnly
	});
	const rules = (node: ModuleNode): LayerRule[] => layerViolations([node]).map((v) => v.rule);

	it.each<[string, ModuleNode, LayerRule]>([
		[
			'the core importing the page’s presentation',
			module('src/lib/core/checks/aud.ts', [
				to('$lib/present/claims', 'src/lib/present/claims.ts')
			]),
			'core-outside-core'
		],
		[
			'the core importing a package other than jose',
			module('src/lib/core/index.ts', [to('svelte')]),
			'core-outside-core'
		],
		[
			'the core importing only a type from outside',
			module('src/lib/core/types.ts', [to('$lib/share/link', 'src/lib/share/link.ts', true)]),
			'core-outside-core'
		],
		[
			'presentation importing Svelte',
			module('src/lib/present/verdict.ts', [to('svelte/store')]),
			'pure-imports-framework'
		],
		[
			'diagnosis importing SvelteKit',
			module('src/lib/diagnosis/issuer-keys.ts', [to('$app/environment')]),
			'pure-imports-framework'
		],
		[
			'share links importing CodeMirror',
			module('src/lib/share/link.ts', [to('@codemirror/state')]),
			'pure-imports-framework'
		],
		[
			'a Svelte component among the share links',
			module('src/lib/share/Preview.svelte', [], { runes: ['$props'] }),
			'pure-imports-framework'
		],
		[
			'Svelte state outside the page state’s folder',
			module('src/lib/pwa/app-status.svelte.ts'),
			'state-outside-app'
		],
		[
			'share links importing the page’s components',
			module('src/lib/share/compose.ts', [
				to('$lib/components/report-extras', 'src/lib/components/report-extras.ts')
			]),
			'pure-imports-page'
		],
		[
			'presentation using the DOM',
			module('src/lib/present/timeline.ts', [], { domGlobals: ['document'] }),
			'pure-uses-dom'
		],
		[
			'a component importing a core internal at run time',
			module('src/lib/components/DecodedView.svelte', [
				to('$lib/core/text', 'src/lib/core/text.ts')
			]),
			'component-imports-core-internal'
		],
		[
			'a route importing the core’s types past its entry point',
			module('src/routes/+page.svelte', [to('$lib/core/types', 'src/lib/core/types.ts', true)]),
			'component-imports-core-internal'
		],
		[
			'page state importing a test helper',
			module('src/lib/app/inspector.svelte.ts', [
				to('$lib/testing/fixtures', 'src/lib/testing/fixtures.ts')
			]),
			'app-imports-testing'
		],
		[
			'a relative import that names no file',
			module('src/lib/present/verdict.ts', [to('./gone')]),
			'unresolved-import'
		]
	])('flags %s', (_name, node, rule) => {
		expect(rules(node)).toEqual([rule]);
	});

	it.each<[string, ModuleNode]>([
		[
			'the core importing jose and itself',
			module('src/lib/core/index.ts', [
				to('jose'),
				to('./checks/registry', 'src/lib/core/checks/registry.ts')
			])
		],
		[
			'a core test importing the test helpers, Node and the test runner',
			module('src/lib/core/index.test.ts', [
				to('vitest'),
				to('node:crypto'),
				to('$lib/testing/fixtures', 'src/lib/testing/fixtures.ts')
			])
		],
		[
			'a component importing the core’s entry point',
			module('src/lib/components/Checklist.svelte', [
				to('$lib/core', 'src/lib/core/index.ts', true),
				to('svelte')
			])
		],
		[
			'presentation importing a core helper',
			module('src/lib/present/json-view.ts', [to('$lib/core/text', 'src/lib/core/text.ts')])
		],
		[
			'a virtual module and a package outside the pure layers',
			module('src/lib/app/empty-report.ts', [to('virtual:empty-report')])
		]
	])('allows %s', (_name, node) => {
		expect(rules(node)).toEqual([]);
	});
});
