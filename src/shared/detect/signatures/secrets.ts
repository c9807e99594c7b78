/**
 * Secrets: credentials in provider formats (fixed prefixes, so precise), private key
 * blocks, JWTs, and generic `password=`/`api_key:` assignments whose value looks
 * random. Matched on raw text (case matters) and on decoded text.
 */
import type { BuiltinSignature } from "./types";
import { looksRandom } from "./validators";

/** The random tail of a provider key must itself look random (not "XXXXXXXX…"). */
function tailLooksRandom(m: RegExpExecArray): boolean {
  return looksRandom(m[1] ?? m[0]);
}

/**
 * `tokenizer = AutoTokenizer.from_pretrained` or `tokens = nltk.word_tokenize(raw)`: the
 * value is code (a dotted name or a call), not a literal.
 */
function isCodeExpression(m: RegExpExecArray): boolean {
  const value = m[1] ?? "";
  const next = m.input[m.index + m[0].length] ?? "";
  return next === "(" || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value);
}

/** Words that mark a value as a placeholder, in the languages example files are written in. */
const PLACEHOLDER_VALUE = /(?:example|exemplo|ejemplo|esempio|exemple|beispiel|voorbeeld|przyklad|placeholder|change[_-]?me|replace[_-]?me|your[_-]|dummy|sample|not[_-]?a[_-]?real)/i;

/**
 * A JWT whose signature decodes to printable text ("dGVzdHNpZ25hdHVyZQ" is "testsignature") is
 * a fixture: a real signature is an HMAC or RSA/ECDSA output, random bytes, and 32 of them are
 * all printable with odds of about (95/256)^32, below 1e-13.
 */
function fixtureSignature(m: RegExpExecArray): boolean {
  const signature = m[0].slice(m[0].lastIndexOf(".") + 1).replace(/-/g, "+").replace(/_/g, "/");
  const bytes = atob(signature.slice(0, signature.length - (signature.length % 4)));
  return /^[\x20-\x7e]+$/.test(bytes);
}

/**
 * Provider-prefixed API tokens (sec.provider-token.v1), named so the cheaper test its
 * matches imply (implied-patterns.ts) is keyed to this exact pattern. Prefix digits also
 * accept the letter the cased-leet view folds them into ("fo1_" → "foi_"), and "AIza" its
 * lower case: leetspeak ("41z4") hides the case of both letters. Neither spelling occurs
 * in ordinary text in front of a random tail.
 */
export const PROVIDER_TOKEN = new RegExp(
  [
    String.raw`\b(?:gh[pousr]_|github_pat_|glpat-|hf_|api_org_|npm_|shp(?:at|ss|ca|pa)_|do[po]_v[1i]_|sq[apu]_|fo[1i]_|ico-|rk_(?:live|test)_|sk_(?:live|test)_|sk-ant-(?:api|admin)[0-9a-z]{2}-|sk-proj-|sk-svcacct-|sk-admin-|[Aa][Ii]za|ya2[9g]\.|xox[abposre]-|xapp-|xoxe\.xox[bp]-|dapi|pypi-AgE|SG\.|glsa_|lin_api_|ops_ey|tk-us-|EAA[A-Za-z0-9]{4}|r8_|gsk_|pplx-|sbp_|xai-|sk-or-v1-|tskey-(?:auth|api|client|webhook)-|sq0(?:atp|csp)-|nfp_)([A-Za-z0-9_\-.~]{16,256})`,
    // Twilio account and API key SIDs (AC / SK and 32 lowercase hex), Discord bot tokens, age secret keys.
    String.raw`\b(?:AC|SK)([0-9a-f]{32})\b`,
    String.raw`\b[MN][A-Za-z0-9]{23,25}\.[\w-]{6}\.([\w-]{27,38})\b`,
    String.raw`\bAGE-SECRET-KEY-1([QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b`,
    String.raw`\bsk-([A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})`,
    String.raw`\bsk-([A-Za-z0-9]{48})\b`,
    String.raw`\bhttps://hooks\.slack\.com/(?:services|workflows)/([A-Za-z0-9/]{20,300})`,
  ].join("|"),
);

export const SECRETS: readonly BuiltinSignature[] = [
  {
    id: "sec.aws-access-key.v1",
    version: 1,
    category: "secret",
    severity: "high",
    description: "AWS access key id (AKIA/ASIA… + 16 base-32 characters).",
    target: "raw",
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}\b/,
    literals: ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"],
    // AKIAIOSFODNN7EXAMPLE is the key AWS's own documentation uses; "AKIAXXXXXXXXXXXXXXXX" masks one.
    validate: (m) => !m[0].endsWith("EXAMPLE") && looksRandom(m[0].slice(4)),
    redactAs: "aws_key",
    cases: { positive: ["aws_access_key_id = AKIAQ3EGRTYU7PLMNB2K"], negative: ["The AKIA prefix marks AWS keys.", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX"] },
  },
  {
    id: "sec.provider-token.v1",
    version: 2,
    category: "secret",
    severity: "high",
    description: "API tokens with a provider prefix: GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, Google, Hugging Face, npm, PyPI, Shopify, DigitalOcean, SendGrid, Fly.io, Sonar, Replicate, Groq, Perplexity, Supabase, xAI, OpenRouter, Tailscale, Twilio, Discord, age and others, Square, Netlify.",
    target: "raw",
    pattern: PROVIDER_TOKEN,
    validate: (m) => looksRandom(m.slice(1).find((g) => g !== undefined) ?? m[0]),
    redactAs: "api_key",
    cases: {
      positive: [
        "export GITHUB_TOKEN=ghp_8fKq2LmZ0pXv7RtY4sWc9HnB3jDe6AuQ1oTi",
        "slack bot: xoxb-1234567890-0987654321-Zx8Qw2Er4Ty6Ui",
        "STRIPE_KEY=sk_live_51HxQ2rTy8uIo3pLk9mNb7vC",
        "my key is AIzaSyD7f3k9Lm2Qp8Rt5Vw1Xy4Zb6Nc0Hj2Kg",
        "GROQ key 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",
        "Use key SK4f1b2c3d4e5f60718293a4b5c6d7e8f9 for the Twilio API.",
        "DISCORD_TOKEN=MTA4NTk2NzQ0NjI4NzQ0NTg3Mg.I0b3jR.1twdTKWTddB_XhkAS1voQG6yyzyN9zHYIa4UOr",
        "AGE-SECRET-KEY-1RXQFXHPYDCFSKH788LA77N9FX4S72PDHFPN9SH2KW4WV0EWVLKPP37SVKU",
        "export PPLX=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",
        "my openrouter key 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",
        "SQUARE_ACCESS_TOKEN=sq0atp-Hk3Lm9Qp2Rt5Vw8Xy1Zb4N",
        "NETLIFY_AUTH_TOKEN=nfp_Zk8Qw2Er4Ty6Ui1Op3As5Df7Gh9Jk0Lx2Cv4B",
      ],
      negative: ["Tokens look like ghp_XXXXXXXXXXXXXXXXXXXX in the docs.", "The sk-learn package is popular.", "Commit AC00000000000000000000000000000000 is empty."],
    },
  },
  {
    id: "sec.private-key.v1",
    version: 1,
    category: "secret",
    severity: "critical",
    description: "PEM/OpenSSH/PGP private key block header.",
    target: "raw",
    // "PRIVATEKEY": the view that rejoins words split by spaces ("PRIVA TE KEY") reads the
    // two words as the compound its vocabulary also holds.
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE ?KEY(?: BLOCK)?-----/,
    literals: ["PRIVATE"],
    redactAs: "private_key",
    cases: {
      positive: ["-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA", "-----BEG IN OPENSSH PRIVA TE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA"],
      negative: ["-----BEGIN PUBLIC KEY-----\nMIIBIjANBg"],
    },
  },
  {
    id: "sec.jwt.v1",
    version: 1,
    category: "secret",
    severity: "medium",
    description: "JSON Web Token (base64url header.payload.signature, header starting {\"…).",
    target: "raw",
    pattern: /\beyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,1000}\.[A-Za-z0-9_-]{8,1000}/,
    literals: ["eyJ"],
    validate: (m) => !fixtureSignature(m),
    redactAs: "jwt",
    cases: {
      positive: ["Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
      negative: [
        "A JWT has three parts separated by dots, e.g. header.payload.signature.",
        'FAKE_VALID = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.dGVzdHNpZ25hdHVyZQ"',
      ],
    },
  },
  {
    id: "sec.credential-assignment.v1",
    version: 1,
    category: "secret",
    severity: "medium",
    description: "A password, token, secret or API key assigned a random-looking literal value.",
    target: "raw",
    pattern: new RegExp(
      String.raw`(?:password|passwd|pwd|passphrase|secret|token|api[_.-]?key|apikey|access[_.-]?key|access[_.-]?id|auth[_.-]?key|(?:basic|user|http|proxy)[_.-]?auth|credentials?|client[_.-]?secret|private[_.-]?key|accesskey|secret[_.-]?key|PASSWORD|PASSWD|SECRET|TOKEN|API[_.-]?KEY|APIKEY|ACCESS[_.-]?KEY|ACCESS[_.-]?ID|CREDENTIALS?|Secret|Token|Password|ApiKey|AccessKey)[A-Za-z0-9_]{0,20}["']?[ \t]{0,8}(?::=|=>|[:=])[ \t]{0,8}["'\x60]?([A-Za-z0-9+/=_~.@$!%*#?&-]{8,200})`,
    ),
    literals: ["=", ":"],
    // "tokens: prompt=1822 completion=141": a value that opens with a word and "=" is a
    // nested key and its value (a usage log), not a secret (base64 pads only at its end).
    // A path ("NOPASSWD: /usr/bin/systemctl" in sudoers) names a file, not a secret.
    // "DB_PASSWORD=senha-de-exemplo", "API_KEY=your-key-here": a placeholder an example file leaves to fill in.
    validate: (m) =>
      tailLooksRandom(m) && !isCodeExpression(m) && !/^[a-z_]{2,20}=/.test(m[1] ?? "") && !/^(?:\/|\.{1,2}\/|~\/)/.test(m[1] ?? "") && !PLACEHOLDER_VALUE.test(m[1] ?? ""),
    redactAs: "credential",
    cases: {
      positive: ["sumo_access_id = \"suq7HvbnRteXoW\"", "\"basic_auth\": \"dXNlcjpwQHNzdzByZC0xMjM0NTY=\"", "db_password = \"h7Gk2p9QzL4x\"", "\"client_secret\": \"dO29Qx5F-VwnW1lZdd11xFF\"", "API_KEY: 4f9a8c2e71b34d6f9e0a"],
      negative: [
        "DB_USER=admin\nDB_PASSWORD=senha-de-exemplo\nDB_HOST=localhost",
        "password = \"<your password here>\"",
        "token: string",
        "Set PASSWORD=changeme for local runs.",
        "OPENAI_API_KEY=sk-your-key-here",
        "API_KEY=sk-placeholder",
        "JWT_SECRET=replace-with-32-random-bytes",
        "deploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app",
        "tokenizer = AutoTokenizer.from_pretrained(model_name)",
        "[run 4c2] tokens: prompt=2417 completion=96 latency_ms=812",
      ],
    },
  },
  {
    id: "sec.url-credentials.v1",
    version: 1,
    category: "secret",
    severity: "medium",
    description: "Credentials embedded in a URL (scheme://user:password@host) or passed to curl -u.",
    target: "raw",
    pattern: /\b[a-z][a-z0-9+.-]{1,15}:\/\/[A-Za-z0-9._%-]{1,64}:([^\s:@/]{4,128})@[A-Za-z0-9.-]{1,253}|\bcurl\b[^\n]{0,200}?\s-u\s{1,8}[A-Za-z0-9._-]{1,64}:([^\s]{6,128})/,
    literals: ["://", "curl"],
    // Placeholders an example .env or README leaves to fill in ("postgres://app_user:CHANGE_ME@localhost").
    validate: (m) => !/^(?:password|pass|pwd|change[_-]?me|change[_-]?it|replace[_-]?me|your[_-]?pass(?:word)?|placeholder|dummy|redacted|secret|example|\$\{?\w+\}?|<[^>]*>|x+|\*+)$/i.test(m[1] ?? m[2] ?? ""),
    redactAs: "credential",
    cases: {
      positive: ["postgres://admin:Pa55w0rd-prod@db.internal:5432/app", "curl -u elastic:Xy7pQ2w9 https://localhost:9200"],
      negative: ["postgres://user:${DB_PASSWORD}@localhost/app", "https://example.com/path", "DATABASE_URL=postgres://app:changeme@localhost:5432/app_dev", "DATABASE_URL=postgres://app_user:CHANGE_ME@localhost:5432/app_dev"],
    },
  },
  {
    id: "sec.password-in-prose.v1",
    version: 1,
    category: "secret",
    severity: "medium",
    description: "A password written out in a sentence ('root password hunter2', 'my wifi password is Tr0ub4dor'): a value of letters and digits right after the word, with no assignment sign.",
    target: "raw",
    pattern: new RegExp(
      String.raw`\b(?:[Pp]assword|PASSWORD|[Pp]asscode|[Pp]assphrase|[Pp]asswort|[Cc]ontraseña|[Mm]ot de passe|[Ss]enha)(?: (?:is|was|ist|es|est|é|=|:|of|for \w{1,20} is))? {1,3}["'\x60“]?` +
        // Letters and a digit in one token: "hunter2", "Tr0ub4dor", not "policy" or "8 characters".
        String.raw`((?=[^\s"'\x60”,;.]{0,63}\d)(?=[^\s"'\x60”,;.]{0,63}[A-Za-z])[^\s"'\x60”,;.]{6,64})`,
    ),
    literals: ["assword", "ASSWORD", "asscode", "assphrase", "asswort", "ontraseña", "ot de passe", "enha"],
    // "password123" as a bad example and "password1" placeholders are not secrets.
    validate: (m) => !/^(?:password|passw0rd|changeme|example|your|admin|letmein|qwerty|abc|123)\w{0,4}$/i.test(m[1] ?? ""),
    redactAs: "credential",
    cases: {
      positive: ["Server at 192.168.10.24 with root password hunter2.", "My wifi password is Tr0ub4dor&3", "Das Passwort ist Sommer2024!"],
      negative: ["The password policy v2 requires 12 characters.", "Never use password123 or qwerty1.", "Your password must have 8 characters and 1 digit."],
    },
  },
];
