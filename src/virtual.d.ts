// Modules the build makes (see vite.config.ts).
declare module 'virtual:empty-report' {
	const report: import('$lib/core').Report;
	export default report;
}
