// The import graph of src/, read with the TypeScript compiler's parser, for the architecture test
// (src/lib/architecture.test.ts). Node-only and never imported by the app. Each module lists what it imports
// (static, dynamic and `import type`, and `export … from`), resolved to a file where the specifier is `$lib/…`
// or relative, and the DOM globals and Svelte runes it uses, so that the layer rules (./layers.ts) can be
// checked over plain data and tested on a made-up graph.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** One import of a module: the specifier as written, the file it resolves to (repo-relative), if any. */
export interface ImportEdge {
	specifier: string;
	/** For `$lib/…` and relative specifiers; absent for packages and virtual modules, or when nothing matched. */
	target?: string;
	/** Erased when compiled (`import type`, every named import marked `type`, `import('…').T` in a type). */
	typeOnly: boolean;
}

/** One source file: its repo-relative path, its imports, and the globals it uses that tie it to a runtime. */
export interface ModuleNode {
	file: string;
	imports: ImportEdge[];
	/** DOM globals used as values or types, and not declared by the file itself (see DOM_GLOBALS). */
	domGlobals: string[];
	/** Svelte runes used ($state, $derived…): the file only compiles as Svelte. */
	runes: string[];
}

/**
 * The browser-only globals the scan catches: the document and window, storage, navigation and history, the
 * layout and observer APIs, element classes and page-level events. Node has none of them, so a pure module
 * that uses one cannot run in the core's tests or a worker. Not caught: a global reached through another
 * name (`const w = globalThis; w.document`), and names Node shares with the browser (fetch, URL, crypto,
 * TextEncoder, CompressionStream), which the pure layers may use.
 */
export const DOM_GLOBALS: ReadonlySet<string> = new Set([
	'document',
	'window',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'navigator',
	'location',
	'history',
	'screen',
	'matchMedia',
	'getComputedStyle',
	'requestAnimationFrame',
	'cancelAnimationFrame',
	'customElements',
	'MutationObserver',
	'ResizeObserver',
	'IntersectionObserver',
	'HTMLElement',
	'Element',
	'addEventListener',
	'removeEventListener',
	'alert',
	'confirm',
	'prompt'
]);

const RUNES: ReadonlySet<string> = new Set([
	'$state',
	'$derived',
	'$effect',
	'$props',
	'$bindable',
	'$inspect',
	'$host'
]);

/** The TypeScript a file holds: a .svelte file's `<script>` blocks, or the whole of a .ts file. */
function scriptOf(file: string, text: string): string {
	if (!file.endsWith('.svelte')) return text;
	return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/** The file a `$lib/…` or relative specifier names, trying the extensions Vite and SvelteKit resolve. */
export function resolveSpecifier(
	from: string,
	specifier: string,
	exists: (file: string) => boolean
): string | undefined {
	const path = specifier.split('?')[0]!;
	let base: string;
	if (path.startsWith('$lib/')) base = posix.join('src/lib', path.slice('$lib/'.length));
	else if (path === '$lib') base = 'src/lib';
	else if (path.startsWith('.')) base = posix.join(posix.dirname(from), path);
	else return undefined;
	return [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`].find(exists);
}

/** Whether a specifier names a file of this project (so one that resolves to nothing is a broken import). */
export function isLocalSpecifier(specifier: string): boolean {
	return specifier === '$lib' || specifier.startsWith('$lib/') || specifier.startsWith('.');
}

function importIsTypeOnly(node: ts.ImportDeclaration): boolean {
	const clause = node.importClause;
	if (!clause) return false; // `import './x'` runs the module
	if (clause.isTypeOnly) return true;
	const bindings = clause.namedBindings;
	return (
		!clause.name &&
		!!bindings &&
		ts.isNamedImports(bindings) &&
		bindings.elements.length > 0 &&
		bindings.elements.every((element) => element.isTypeOnly)
	);
}

function exportIsTypeOnly(node: ts.ExportDeclaration): boolean {
	if (node.isTypeOnly) return true;
	const clause = node.exportClause;
	return (
		!!clause &&
		ts.isNamedExports(clause) &&
		clause.elements.length > 0 &&
		clause.elements.every((element) => element.isTypeOnly)
	);
}

/** Whether an identifier is a name being declared or a member name, not a reference to a global. */
function isNotAReference(node: ts.Identifier): boolean {
	const parent = node.parent;
	if (
		(ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) &&
		(ts.isPropertyAccessExpression(parent) ? parent.name : parent.right) === node
	)
		return true;
	return (
		(ts.isPropertyAssignment(parent) ||
			ts.isPropertySignature(parent) ||
			ts.isPropertyDeclaration(parent) ||
			ts.isMethodDeclaration(parent) ||
			ts.isMethodSignature(parent) ||
			ts.isGetAccessor(parent) ||
			ts.isSetAccessor(parent) ||
			ts.isEnumMember(parent)) &&
		parent.name === node
	);
}

/** Reads one module's imports and globals from its text; `exists` answers for repo-relative paths. */
export function readModule(
	file: string,
	text: string,
	exists: (file: string) => boolean
): ModuleNode {
	const source = ts.createSourceFile(file, scriptOf(file, text), ts.ScriptTarget.Latest, true);
	const imports: ImportEdge[] = [];
	const declared = new Set<string>();
	const used = new Set<string>();
	const runes = new Set<string>();
	const edge = (specifier: string, typeOnly: boolean) => {
		const target = resolveSpecifier(file, specifier, exists);
		imports.push({ specifier, ...(target ? { target } : {}), typeOnly });
	};
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
			edge(node.moduleSpecifier.text, importIsTypeOnly(node));
		else if (
			ts.isExportDeclaration(node) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		)
			edge(node.moduleSpecifier.text, exportIsTypeOnly(node));
		else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteralLike(node.arguments[0])
		)
			edge(node.arguments[0].text, false);
		else if (
			ts.isImportTypeNode(node) &&
			ts.isLiteralTypeNode(node.argument) &&
			ts.isStringLiteral(node.argument.literal)
		)
			edge(node.argument.literal.text, true);
		else if (ts.isIdentifier(node)) {
			const parent = node.parent;
			const isDeclaration =
				(ts.isVariableDeclaration(parent) ||
					ts.isParameter(parent) ||
					ts.isBindingElement(parent) ||
					ts.isFunctionDeclaration(parent) ||
					ts.isClassDeclaration(parent) ||
					ts.isImportSpecifier(parent) ||
					ts.isImportClause(parent) ||
					ts.isNamespaceImport(parent)) &&
				parent.name === node;
			if (isDeclaration) declared.add(node.text);
			else if (!isNotAReference(node)) {
				if (DOM_GLOBALS.has(node.text)) used.add(node.text);
				if (RUNES.has(node.text)) runes.add(node.text);
			}
		}
		// `globalThis.document` and `self.window` reach a DOM global through the global object.
		if (
			ts.isPropertyAccessExpression(node) &&
			ts.isIdentifier(node.expression) &&
			['globalThis', 'self'].includes(node.expression.text) &&
			DOM_GLOBALS.has(node.name.text)
		)
			used.add(node.name.text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	// A name the file declares anywhere is taken for its own (`const document = response.json`): the scan is
	// not scope-exact, and errs towards missing a shadowed global rather than flagging a local.
	const domGlobals = [...used].filter((name) => !declared.has(name)).sort();
	return { file, imports, domGlobals, runes: [...runes].sort() };
}

/** Every .ts and .svelte file under `dir` (repo-relative, `/`-separated), declaration files left out. */
function sourceFiles(root: string, dir: string): string[] {
	return readdirSync(join(root, dir)).flatMap((name) => {
		const path = posix.join(dir, name);
		if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The import graph of every source file under `root`/src. */
export function readImportGraph(root: string): ModuleNode[] {
	const exists = (file: string) =>
		existsSync(join(root, file)) && statSync(join(root, file)).isFile();
	return sourceFiles(root, 'src').map((file) =>
		readModule(file, readFileSync(join(root, file), 'utf8'), exists)
	);
}

/** The repository's root, from this file's place in it (src/lib/testing/). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
