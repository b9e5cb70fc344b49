// The signer's Header (JSON) and Payload (JSON) editors: CodeMirror with the JSON language and its parse linter
// (@codemirror/lang-json's jsonParseLinter through @codemirror/lint), so a missing comma is underlined where it
// is, with the parser's message on hover. Loaded with the signer, never on the first screen.
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { linter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { fieldContent, fieldEditing, fieldTheme } from './field-theme';
import { replaceSelectionOnInput } from './token-editor';

const theme = EditorView.theme({
	...fieldTheme({ min: '6rem', max: '18rem' }),
	'.cm-tooltip-lint': { color: 'var(--ink)' },
	'.cm-lintRange-error': { textDecoration: 'underline wavy var(--bad)', backgroundImage: 'none' }
});

export interface MountedJsonEditor {
	/** Replaces the whole text (a helper button, a copy of a token). */
	setText(text: string): void;
	destroy(): void;
}

/**
 * Mounts a JSON editor in `host`'s shadow root (for the reason token-editor.ts gives: CodeMirror's styles go
 * into a constructed stylesheet there, which the page's CSP allows), telling `onchange` of every edit.
 */
export function mountJsonEditor(options: {
	host: HTMLElement;
	text: string;
	label: string;
	onchange: (text: string) => void;
}): MountedJsonEditor {
	const root = options.host.shadowRoot ?? options.host.attachShadow({ mode: 'open' });
	const view = new EditorView({
		root,
		parent: root,
		state: EditorState.create({
			doc: options.text,
			extensions: [
				fieldEditing(options.onchange),
				json(),
				// The parser linter reports only the syntax error it expects (CodeMirror's own shape).
				linter(jsonParseLinter(), { delay: 250 }),
				EditorView.lineWrapping,
				fieldContent(options.label),
				replaceSelectionOnInput,
				theme
			]
		})
	});
	return {
		setText: (text) =>
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
		destroy: () => view.destroy()
	};
}
