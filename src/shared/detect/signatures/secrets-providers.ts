/**
 * Credential formats with a distinctive shape but no simple `prefix_` (those live in
 * secrets.ts): Azure AD client secrets ("Q~" in fourth place), 1Password secret keys,
 * Mailchimp keys with their data-centre suffix, OpenShift and Sentry tokens, Notion,
 * Heroku and 42 Intra keys, Fly.io macaroons, Sidekiq licence credentials, Facebook app
 * tokens, restricted Stripe keys, Slack workflow webhooks, and user:password pairs given
 * to curl. Formats are the providers' published ones; each tail must look random.
 */
import type { BuiltinSignature } from "./types";
import { looksRandom } from "./validators";

function tailLooksRandom(m: RegExpExecArray): boolean {
  return looksRandom(m.slice(1).find((g) => g !== undefined) ?? m[0]);
}

export const PROVIDER_SECRETS: readonly BuiltinSignature[] = [
  {
    id: "sec.shaped-token.v1",
    version: 1,
    category: "secret",
    severity: "high",
    description: "Provider tokens recognised by their shape: Azure AD client secret, 1Password secret key, Mailchimp, OpenShift, Sentry, Notion, Heroku, 42 Intra, Fly.io, Stripe restricted keys, Slack workflow hooks, Vault, Figma, Pulumi, Doppler, Postman, New Relic, Atlassian, Telegram bots, Azure Storage account keys, Mailgun, Airtable.",
    target: "raw",
    literals: ["Q~", "A3-", "-us", "sha256~", "sntry", "ntn_", "HRKU-", "s-s4t2", "FlyV1", "fm1", "fm2", "_prod_", "hooks.slack.com", "hvs.", "hvb.", "figd_", "pul-", "dp.", "PMAK-", "NRAK-", "ATATT3", ":AA", "AccountKey=", "key-", "pat"],
    pattern: new RegExp(
      [
        // Azure AD: three characters, a digit, "Q~", then 31-34 more.
        // The secret may open with "~" or ".", where \b finds no word edge: the edge is any character outside its alphabet.
        String.raw`(?:^|[^\w~.-])[A-Za-z0-9_~.]{3}\dQ~([A-Za-z0-9_~.-]{31,34})(?![\w~.-])`,
        String.raw`\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-([A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b`,
        String.raw`\b([0-9a-f]{32})-us\d{1,2}\b`,
        String.raw`\bsha256~([A-Za-z0-9_-]{43})(?![\w-])`,
        String.raw`\bsntry[su]_([A-Za-z0-9+/=_]{40,400})`,
        String.raw`\bntn_(\d{11}[A-Za-z0-9]{35})\b`,
        String.raw`\bHRKU-(AA[A-Za-z0-9_-]{58})\b`,
        String.raw`\bs-s4t2(?:ud|af)-([a-f0-9]{64})\b`,
        String.raw`\bFlyV1 fm\d[a-z]?_([A-Za-z0-9+/=]{40,400})`,
        String.raw`\b(?:rk|sk)_prod_([A-Za-z0-9]{24,247})\b`,
        String.raw`hooks\.slack\.com/(?:workflows|triggers)/([A-Za-z0-9/]{20,300})`,
        // HashiCorp Vault, Figma, Pulumi, Doppler, Postman, New Relic and Atlassian tokens by their published prefixes.
        String.raw`\b(?:hv[sb]\.|figd_|pul-|dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,20}\.)?|PMAK-|NRAK-|ATATT3)([A-Za-z0-9_=-]{24,200})`,
        // Telegram bot tokens: the bot id, a colon, "AA" and 33 more.
        String.raw`\b\d{8,10}:(AA[A-Za-z0-9_-]{33})\b`,
        // Azure Storage connection strings: AccountKey is 64 random bytes in base64.
        String.raw`AccountKey=([A-Za-z0-9+/]{86}==)`,
        // Mailgun private keys ("key-" and 32 hex) and Airtable personal access tokens ("pat", 14, ".", 64 hex).
        String.raw`\bkey-([0-9a-f]{32})\b`,
        String.raw`\bpat[A-Za-z0-9]{14}\.([0-9a-f]{64})\b`,
      ].join("|"),
    ),
    validate: tailLooksRandom,
    redactAs: "api_key",
    cases: {
      positive: [
        "export VAULT_TOKEN=hvs.CAESIJk3Lm9Qp2Rt5Vw8Xy1Zb4Nc7Df0Gh3Jk6LsAbCdEf",
        "bot token 7312459876:AAHk3Lm9Qp2Rt5Vw8Xy1Zb4Nc7Df0Gh3Jk6",
        "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=pTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa/2o76umfXfKm/r5kJP1VrT+1FJors/6ILi8IHn5kxsC7tVO==",
        "<secret>~Xk7Q~pL9vR3tY8uI1oP5aS6dF4gH0jK2lZxC</secret>",
        "AZURE_CLIENT_SECRET='xYz8Q~w1Zr7.Hn2Vd5Lq_Xc9Tb4Me6Jy0Fg8Rs'",
        "mailchimp: 3f9c1a7e5b2d8046c9e1f3a5b7d9c2e4-us21",
        "oc login --token=sha256~Qm3xT9vL2kP8wR5nZ1cY7hB4jF6dS0aGtE2uI9oKlXq",
        "NOTION_TOKEN=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",
        "MAILGUN_API_KEY=key-7c1e9a3f5b2d8e4a6c0f1b3d5e7a9c2f",
        "AIRTABLE_PAT=patK3mQ9xL2vR8tY5.74bf20f876ffc474c0251908fcdce4b314f68d9dcbd7a085a368932ff2b2d409",
        "JIRA_TOKEN=ATATT3xFfGF0Lq8Vz2Rk5Tn7Wb3Ym9Pd4Hs6Jc1Gx0Ke8Na2Fu5Mw7Qt3Zr9Bv4Ly6Dp1Sh8Cj0=4E2A9C1F",
        "DOPPLER_TOKEN=dp.pt.Kq7Lm2Vx9Rt4Zb8Nc3Hd6Jf1Gs5Pw0Ya7Ue2Ik9Mo4Tr",
      ],
      negative: [
        "Azure secrets look like abc1Q~ followed by random text.",
        "The build hash was sha256~ plus the digest.",
        "Our region code is eu-us1 for the mirror.",
        "The lookup key-00000000000000000000000000000000 is a placeholder.",
      ],
    },
  },
  {
    id: "sec.keyword-token.v1",
    version: 1,
    category: "secret",
    severity: "high",
    description: "Tokens whose shape is only telling next to their provider's name: Sidekiq licence pairs, Facebook app tokens, HubSpot keys, Sourcegraph tokens.",
    target: "raw",
    literals: ["CONTRIBSYS", "acebook", "ubspot", "UBSPOT", "ourcegraph", "sgp_"],
    pattern: new RegExp(
      [
        String.raw`BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?\s{0,4}[:=]\s{0,4}["']?([a-f0-9]{8}:[a-f0-9]{8})\b`,
        String.raw`[Ff]acebook[^\n]{0,40}?\b(\d{15,16}(?:\||%7[Cc])[0-9A-Za-z_-]{27})\b`,
        String.raw`(?:[Hh]ub[Ss]pot|HUBSPOT)[^\n]{0,40}?\b([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\b`,
        String.raw`\bsgp_(?:[a-f0-9]{16}|local)_([a-f0-9]{40})\b`,
        String.raw`[Ss]ourcegraph[^\n]{0,40}?\b([a-fA-F0-9]{40})\b`,
      ].join("|"),
    ),
    // A Sidekiq pair is hex on both sides and often a placeholder like "cafebabe:deadbeef",
    // which still is the credential's shape in a config; the others must look random.
    validate: (m) => m[1] !== undefined || tailLooksRandom(m),
    redactAs: "api_key",
    cases: {
      positive: [
        "export BUNDLE_GEMS__CONTRIBSYS__COM=1a2b3c4d:9f8e7d6c",
        "facebook token 1029384756102938|aZ3kP9qL2mN8xR5tV1wY7cB4dF6",
        "const hubspotKey = \"4A7C9E1B-3D5F-4A8B-9C2E-7F1D3B5A9C8E\"",
      ],
      negative: ["Sidekiq Enterprise needs BUNDLE_GEMS__CONTRIBSYS__COM set.", "Our facebook page has 1029384756 likes."],
    },
  },
  {
    id: "sec.curl-user.v1",
    version: 1,
    category: "secret",
    severity: "medium",
    description: "A user:password pair passed to curl with --user or -u (quoted or not, also on a continued line).",
    target: "raw",
    literals: ["curl"],
    // A backslash before a newline continues the shell command on the next line.
    pattern: /\bcurl\b(?:[^\n\\]|\\[\s\S]){0,200}?(?:\s-u|\s--user)[\s=]{1,8}['"]?[A-Za-z0-9._@-]{1,64}:['"]?([^\s'"]{6,128})/,
    validate: (m) => !/^(?:password|pass|pwd|\$\{?\w+\}?|<[^>]*>|x+|\*+)$/i.test(m[1] ?? "") && looksRandom(m[1] ?? ""),
    redactAs: "credential",
    cases: {
      positive: ["curl --user dana:'q8Lm2Vx7Tz4R' -X GET https://api.example.com/v1", "curl https://api.example.com/token --user k2j4h6g8f0:z9x8c7v6b5n4", "curl https://api.example.com/oauth2/token \\\n  --user k38vgsqpl2:mq8zt0wrx91 -d grant_type=client_credentials"],
      negative: ["curl --user $USER:$PASSWORD https://api.example.com", "curl -u admin:password http://localhost"],
    },
  },
];
