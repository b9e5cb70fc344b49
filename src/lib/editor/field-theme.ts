// What the page's CodeMirror fields share: a field's box and focus ring, the monospace text and the tooltip
// frame, in the palette's CSS variables (app.css, light and dark, both AA), which inherit into the shadow root
// each editor mounts in. The Token field and the signer's JSON fields add their own rules to it.
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
