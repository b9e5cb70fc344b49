// Object identifiers the key reader knows, as hex of their DER content bytes.

export const OID = {
	rsaEncryption: '2a864886f70d010101', // 1.2.840.113549.1.1.1 (RFC 8017)
	rsassaPss: '2a864886f70d01010a', // 1.2.840.113549.1.1.10 (RFC 4055)
	ecPublicKey: '2a8648ce3d0201', // 1.2.840.10045.2.1 (RFC 5480)
	p256: '2a8648ce3d030107', // 1.2.840.10045.3.1.7
	p384: '2b81040022', // 1.3.132.0.34
	p521: '2b81040023', // 1.3.132.0.35
	secp256k1: '2b8104000a', // 1.3.132.0.10
	x25519: '2b656e', // 1.3.101.110 (RFC 8410)
	ed25519: '2b6570', // 1.3.101.112
	ed448: '2b6571', // 1.3.101.113
	commonName: '550403', // 2.5.4.3
	organization: '55040a', // 2.5.4.10
	organizationalUnit: '55040b', // 2.5.4.11
	country: '550406' // 2.5.4.6
} as const;

/** The JWK curve name and coordinate size of each named curve the reader knows. */
export const CURVES: Record<string, { crv: string; size: number }> = {
	[OID.p256]: { crv: 'P-256', size: 32 },
	[OID.p384]: { crv: 'P-384', size: 48 },
	[OID.p521]: { crv: 'P-521', size: 66 },
	[OID.secp256k1]: { crv: 'secp256k1', size: 32 }
};
