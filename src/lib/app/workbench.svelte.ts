// The signer's state (issue 20): the Header (JSON) and Payload (JSON) texts, the algorithm, the Signing key,
// the token signed from them, a generated key, and the report on that token ("Inspect the copy"). Signing and
// every rule are in $lib/workbench (pure, tested in Node); this class only holds what is on screen and keeps a
// slow result from overwriting a newer one. The Signing key lives here and nowhere else: never in storage, a
// link or a request (SECURITY.md).
import type { KeyEncoding, Report, TokenView } from '$lib/core/types';
import { signToken, type SignResult, type SigningAlgorithm } from '$lib/workbench/sign';
import { generateSigningKey, type GeneratedKey } from '$lib/workbench/key-pair';
import {
	algorithmOf,
	copyOf,
	startingPoint,
	withAlgorithm,
	withKid,
	withTimeClaim
} from '$lib/workbench/edit';
import type { Inspector } from './inspector.svelte';
import type { InspectOutcome } from '$lib/worker/protocol';

/** Inspects the copy; the page's runs in a worker of its own, tests may pass another. */
export type CopyEngine = (input: Parameters<Inspector['run']>[0]) => Promise<InspectOutcome>;

async function workerEngine(): Promise<{ engine: CopyEngine; dispose: () => void }> {
	const [{ InspectionClient }, { createInspectWorker }] = await Promise.all([
		import('$lib/worker/client'),
		import('$lib/worker/browser-worker')
	]);
	const client = new InspectionClient(createInspectWorker);
	return { engine: (input) => client.inspect(input), dispose: () => client.dispose() };
}

export class Workbench {
	header = $state('');
	payload = $state('');
	alg = $state<SigningAlgorithm>('HS256');
	key = $state('');
	encoding = $state<KeyEncoding>('auto');
	/** The key pair (or secret) made by Generate a key pair, while the Signing key still holds it. */
	generated = $state.raw<GeneratedKey | undefined>();
	/** True when the panel was opened by Edit a copy: the token is a re-signed copy of the inspected one. */
	isCopy = $state(false);

	#result = $state.raw<SignResult | undefined>();
	#copyReport = $state.raw<Report | undefined>();
	#copyFailure = $state<string | undefined>();
	#signing = 0;
	#inspecting = 0;
	#engine: Promise<{ engine: CopyEngine; dispose: () => void }> | undefined;

	constructor(
		private readonly inspector: Inspector,
		engine?: CopyEngine
	) {
		if (engine) this.#engine = Promise.resolve({ engine, dispose: () => {} });
	}

	/** The token signed from the current texts and key, with what was said about it. */
	get result(): SignResult | undefined {
		return this.#result;
	}
	/** The report on the signed token, judged with the inspector's key and expectations. */
	get copyReport(): Report | undefined {
		return this.#copyReport;
	}
	get copyFailure(): string | undefined {
		return this.#copyFailure;
	}

	/** A fresh token to start from, an hour long from `now`. */
	start(now: Date): void {
		const start = startingPoint(now, this.alg);
		this.header = start.header;
		this.payload = start.payload;
		this.isCopy = false;
	}

	/** Edit a copy: the inspected token's header and payload; the key is the user's to give. */
	editCopy(token: Pick<TokenView, 'header' | 'claims'>): void {
		const copy = copyOf(token);
		this.header = copy.header;
		this.payload = copy.payload;
		if (copy.alg) this.alg = copy.alg;
		this.isCopy = true;
		this.#copyReport = undefined;
	}

	/** Chooses the algorithm and writes it into the header, so the two never disagree. */
	setAlgorithm(alg: SigningAlgorithm): void {
		this.alg = alg;
		this.header = withAlgorithm(this.header, alg);
		if (this.generated && this.generated.alg !== alg) this.generated = undefined;
	}

	/** An edit of the header: an algorithm typed there that the signer offers becomes the choice. */
	editHeader(text: string): void {
		this.header = text;
		const alg = algorithmOf(text);
		if (alg) this.alg = alg;
	}

	setTimeClaim(claim: 'iat' | 'exp', now: Date, offsetSeconds = 0): void {
		this.payload = withTimeClaim(this.payload, claim, now, offsetSeconds);
	}

	editKey(text: string): void {
		this.key = text;
		if (this.generated && text !== this.generated.signingKey) this.generated = undefined;
	}

	/** Generate a key pair (or a random secret) for the algorithm, and sign with it. */
	async generate(): Promise<void> {
		const alg = this.alg;
		const generated = await generateSigningKey(alg);
		if (alg !== this.alg) return;
		this.key = generated.signingKey;
		this.encoding = generated.signingEncoding;
		if (generated.kid) this.header = withKid(this.header, generated.kid);
		this.generated = generated;
	}

	/** Puts the generated public key, as a JWKS, into the Verification key. */
	useAsVerificationKey(): void {
		if (!this.generated?.jwks) return;
		this.inspector.key = this.generated.jwks;
		this.inspector.keyEncoding = 'auto';
	}

	/** Signs the texts as they are now; a result that is no longer current is dropped. */
	async sign(): Promise<void> {
		const generation = ++this.#signing;
		const result = await signToken({
			header: this.header,
			payload: this.payload,
			alg: this.alg,
			key: this.key,
			encoding: this.encoding
		});
		if (generation === this.#signing) this.#result = result;
	}

	/**
	 * Inspect the copy: the signed token judged as the Token field's is (the Verification key, the expected
	 * audience, issuer, subject, scopes, leeway and evaluation time), in a worker of its own. The original
	 * stays in the Token field and its report on screen.
	 */
	async inspectCopy(token: string): Promise<void> {
		const generation = ++this.#inspecting;
		this.#engine ??= workerEngine();
		const { engine } = await this.#engine;
		const outcome = await engine({ ...this.inspector.snapshot(), token });
		if (generation !== this.#inspecting || outcome.kind === 'superseded') return;
		this.#copyReport = outcome.kind === 'report' ? outcome.report : undefined;
		this.#copyFailure =
			outcome.kind === 'failed'
				? outcome.error
				: outcome.kind === 'too-heavy'
					? 'The copy took too long to inspect.'
					: undefined;
	}

	/** Ends the copy's worker. */
	dispose(): void {
		void this.#engine?.then(({ dispose }) => dispose());
		this.#engine = undefined;
	}
}
