// What the page's CodeMirror fields share: a field's box and focus ring, the monospace text and the tooltip
// frame, in the palette's CSS variables (app.css, light and dark, both AA), which inherit into the shadow root
// each editor mounts in; the content's attributes; undo and the standard key bindings. The Token field and the
// signer's JSON fields add their own rules and extensions to these.
import { history, historyKeymap, standardKeymap } from '@codemirror/commands';
import type { Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

/**
 * Undo history and the standard key bindings, with `onchange` told of every edit. They come with the editor,
 * not after it: a paste made before they were switched on could not be undone.
 */
export function fieldEditing(onchange: (text: string) => void): Extension[] {
	return [
		history(),
		keymap.of([...standardKeymap, ...historyKeymap]),
		EditorView.updateListener.of((update) => {
			if (update.docChanged) onchange(update.state.doc.toString());
		})
	];
}

/** A field's content: its name (and description), and no spelling, correction or translation of its text. */
export function fieldContent(label: string, description?: string): Extension {
	return EditorView.contentAttributes.of({
		'aria-label': label,
		'aria-multiline': 'true',
		spellcheck: 'false',
		autocorrect: 'off',
		autocapitalize: 'off',
		translate: 'no',
		// Already in the tab order as a contenteditable; the explicit tabindex lets checkers such as axe
		// (scrollable-region-focusable) see that a text taller than the field can be scrolled by keyboard.
		tabindex: '0',
		...(description ? { 'aria-description': description } : {})
	});
}

export function fieldTheme(height: { min: string; max: string }) {
	return {
		'&': {
			color: 'var(--ink)',
			backgroundColor: 'var(--field)',
			fontSize: '0.875rem',
			minHeight: height.min,
			maxHeight: height.max,
			border: '1px solid var(--line)',
			borderRadius: '0.375rem'
		},
		'&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '2px' },
		'.cm-scroller': {
			fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
			overflow: 'auto'
		},
		'.cm-content': { padding: '0.5rem', caretColor: 'var(--ink)' },
		'.cm-tooltip': { border: '1px solid var(--line)', backgroundColor: 'var(--panel)' }
	};
}
