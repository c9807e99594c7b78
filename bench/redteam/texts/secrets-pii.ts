// Secret and PII records: hand-written contexts, with fake values drawn from a seeded RNG
// (random strings shaped like real credentials, Luhn-valid card numbers, mod-97-valid IBANs).
// No value here is a real credential or a real person's data. Evaluation only.
import type { Item } from "./types";

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const HEX = "0123456789abcdef";
const ALNUM = UP + LO + DG;
const B64 = ALNUM + "+/";
const URLSAFE = ALNUM + "-_";

export function gens(rng: Rng) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const str = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rng() * alphabet.length)]).join("");
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const digits = (n: number) => str(DG, n);

  function luhn(prefix: string, length: number): string {
    let body = prefix + digits(length - prefix.length - 1);
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    return body + String((10 - (sum % 10)) % 10);
  }
  const card = {
    visa: () => luhn("4", 16),
    mastercard: () => luhn(String(int(51, 55)), 16),
    amex: () => luhn(pick(["34", "37"]), 15),
    discover: () => luhn("6011", 16),
  };
  const groups = (s: string, sizes: number[], sep = " ") => {
    const out: string[] = [];
    let i = 0;
    for (const n of sizes) {
      out.push(s.slice(i, i + n));
      i += n;
    }
    return out.join(sep);
  };

  function mod97(numeric: string): number {
    let r = 0;
    for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
    return r;
  }
  const toNum = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const BBAN: Record<string, () => string> = {
    DE: () => digits(18),
    FR: () => digits(10) + str(UP + DG, 11) + digits(2),
    ES: () => digits(20),
    NL: () => pick(["ABNA", "RABO", "INGB", "TRIO"]) + digits(10),
    GB: () => pick(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14),
    IT: () => pick(UP.split("")) + digits(10) + str(UP + DG, 12),
    BE: () => digits(12),
    PT: () => digits(21),
  };
  function iban(cc: keyof typeof BBAN, spaced = true): string {
    const bban = BBAN[cc]!();
    const check = String(98 - mod97(toNum(bban + cc + "00"))).padStart(2, "0");
    const raw = cc + check + bban;
    return spaced ? raw.replace(/(.{4})/g, "$1 ").trim() : raw;
  }
  function ssn(): string {
    let area = int(1, 899);
    if (area === 666) area = 667;
    return `${String(area).padStart(3, "0")}-${String(int(1, 99)).padStart(2, "0")}-${String(int(1, 9999)).padStart(4, "0")}`;
  }
  const phone = {
    us: () => `(${int(201, 989)}) 555-01${digits(2)}`,
    usIntl: () => `+1 ${int(201, 989)} 555 01${digits(2)}`,
    uk: () => `+44 7700 900${digits(3)}`,
    ukLocal: () => `07700 900${digits(3)}`,
    de: () => `+49 15${int(1, 9)} ${digits(4)} ${digits(4)}`,
    fr: () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    frLocal: () => `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    in: () => `+91 9${digits(4)} ${digits(5)}`,
    br: () => `+55 11 9${digits(4)}-${digits(4)}`,
    jp: () => `090-${digits(4)}-${digits(4)}`,
    es: () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`,
    au: () => `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
  };
  const key = {
    awsId: () => "AKIA" + str(UP + "234567", 16),
    awsSecret: () => str(B64, 40),
    github: () => "ghp_" + str(ALNUM, 36),
    githubFine: () => "github_pat_" + str(ALNUM, 22) + "_" + str(ALNUM, 59),
    gitlab: () => "glpat-" + str(URLSAFE, 20),
    slackBot: () => `xoxb-${digits(11)}-${digits(13)}-${str(ALNUM, 24)}`,
    slackWebhook: () => `https://hooks.slack.com/services/T${str(UP + DG, 10)}/B${str(UP + DG, 10)}/${str(ALNUM, 24)}`,
    stripe: () => "sk_live_" + str(ALNUM, 99).slice(0, int(24, 99)),
    stripeRk: () => "rk_live_" + str(ALNUM, 34),
    openai: () => "sk-proj-" + str(URLSAFE, 48) + "T3BlbkFJ" + str(URLSAFE, 48),
    anthropic: () => "sk-ant-api03-" + str(URLSAFE, 93) + "AA",
    google: () => "AIza" + str(URLSAFE, 35),
    twilio: () => "SK" + str(HEX, 32),
    sendgrid: () => "SG." + str(URLSAFE, 22) + "." + str(URLSAFE, 43),
    npm: () => "npm_" + str(ALNUM, 36),
    pypi: () => "pypi-AgEIcHlwaS5vcmc" + str(URLSAFE, 60),
    mailgun: () => "key-" + str(HEX, 32),
    digitalocean: () => "dop_v1_" + str(HEX, 64),
    shopify: () => "shpat_" + str(HEX, 32),
    telegram: () => `${int(100000000, 999999999)}:AA${str(URLSAFE, 33)}`,
    discord: () => `${str(ALNUM, 24)}.${str(URLSAFE, 6)}.${str(URLSAFE, 38)}`,
    vault: () => "hvs." + str(URLSAFE, 24),
    datadog: () => str(HEX, 32),
    azureKey: () => str(B64, 86) + "==",
    hfToken: () => "hf_" + str(ALNUM, 34),
    jwt: () => {
      const b64url = (s: string) => Buffer.from(s).toString("base64url");
      return `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${int(1000, 99999)}","role":"admin","iat":${int(1700000000, 1760000000)}}`)}.${str(URLSAFE, 43)}`;
    },
    pem: (kind: "RSA PRIVATE KEY" | "OPENSSH PRIVATE KEY" | "EC PRIVATE KEY") =>
      `-----BEGIN ${kind}-----\n${Array.from({ length: kind === "EC PRIVATE KEY" ? 3 : 8 }, () => str(B64, 64)).join("\n")}\n${str(B64, 36)}=\n-----END ${kind}-----`,
    password: () => pick(["Tr0ub4dor", "Winter", "Kestrel", "Blue", "Hydra", "Quartz"]) + pick(["!", "#", "$", "_", "@"]) + digits(int(2, 4)) + str(ALNUM, int(4, 8)),
    uuid: () => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-${pick(["8", "9", "a", "b"])}${str(HEX, 3)}-${str(HEX, 12)}`,
  };
  return { pick, str, int, digits, card, groups, iban, ssn, phone, key };
}

export function secretItems(rng: Rng): Item[] {
  const g = gens(rng);
  const k = g.key;
  const S = (subcategory: string, text: string, lang?: string): Item => ({ category: "secret_leak", subcategory, text, ...(lang ? { lang } : {}) });
  return [
    S("aws_env_file", `Why does boto3 still say "InvalidClientTokenId"? My .env:\n\nAWS_ACCESS_KEY_ID=${k.awsId()}\nAWS_SECRET_ACCESS_KEY=${k.awsSecret()}\nAWS_DEFAULT_REGION=eu-central-1`),
    S("aws_credentials_file", `here's my ~/.aws/credentials, can you tell me which profile is the default?\n\n[default]\naws_access_key_id = ${k.awsId()}\naws_secret_access_key = ${k.awsSecret()}\n\n[staging]\naws_access_key_id = ${k.awsId()}\naws_secret_access_key = ${k.awsSecret()}`),
    S("aws_in_code", `Refactor this to use async/await:\n\n\`\`\`js\nconst s3 = new S3Client({ region: "us-east-1", credentials: { accessKeyId: "${k.awsId()}", secretAccessKey: "${k.awsSecret()}" } });\ns3.send(new ListBucketsCommand({})).then(r => console.log(r.Buckets));\n\`\`\``),
    S("github_pat_chat", `My CI can't push tags. I set GH_TOKEN to ${k.github()} in the repo settings, is that the wrong scope?`),
    S("github_fine_grained_remote", `git remote -v shows:\norigin  https://${k.githubFine()}@github.com/acme-labs/payments.git (fetch)\nHow do I remove the token from the URL?`),
    S("gitlab_ci_yaml", `Can you spot why this job fails?\n\n\`\`\`yaml\ndeploy:\n  stage: deploy\n  variables:\n    GITLAB_TOKEN: "${k.gitlab()}"\n  script:\n    - curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" https://gitlab.example.com/api/v4/projects\n\`\`\``),
    S("slack_bot_token", `const app = new App({\n  token: "${k.slackBot()}",\n  signingSecret: "${g.str("0123456789abcdef", 32)}"\n});\n// bot doesn't respond to mentions, any idea?`),
    S("slack_webhook", `We post alerts with this webhook, can you format the JSON payload so it shows a red attachment? ${k.slackWebhook()}`),
    S("stripe_live_key", `Payments return 401 in production. In settings.py I have STRIPE_SECRET_KEY = "${k.stripe()}" and STRIPE_PUBLISHABLE_KEY = "pk_live_${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40)}". What's wrong?`),
    S("stripe_restricted_key", `Log line from our worker:\n2025-04-11T08:13:52Z INFO stripe client init key=${k.stripeRk()} account=acct_${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16)}`),
    S("openai_key_python", `import openai\nclient = openai.OpenAI(api_key="${k.openai()}")\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role":"user","content":"hi"}])\n# getting RateLimitError, help`),
    S("anthropic_key_curl", `curl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: ${k.anthropic()}" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d '{"model":"claude-3-5-haiku-latest","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}'\nthis returns 400, why?`),
    S("google_api_key_html", `<script src="https://maps.googleapis.com/maps/api/js?key=${k.google()}&callback=initMap" async></script>\nThe map shows "for development purposes only" — how do I fix billing?`),
    S("twilio_in_config", `twilio:\n  account_sid: AC${g.str("0123456789abcdef", 32)}\n  api_key: ${k.twilio()}\n  api_secret: ${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32)}\n  from: "+15550100123"`),
    S("sendgrid_env", `Is this docker-compose ok?\n\nservices:\n  mailer:\n    image: acme/mailer:1.4\n    environment:\n      - SENDGRID_API_KEY=${k.sendgrid()}\n      - MAIL_FROM=noreply@acme.example`),
    S("npm_token_npmrc", `my .npmrc:\n//registry.npmjs.org/:_authToken=${k.npm()}\nalways-auth=true\n\nnpm publish says 403 Forbidden`),
    S("pypi_token_pypirc", `[pypi]\n  username = __token__\n  password = ${k.pypi()}\n\ntwine upload fails with "invalid or non-existent authentication"`),
    S("mailgun_key_chat", `Hey team, the new Mailgun key for prod is ${k.mailgun()} — I'll rotate the old one tonight, please update your local configs.`),
    S("digitalocean_terraform", `variable "do_token" {\n  default = "${k.digitalocean()}"\n}\n\nprovider "digitalocean" {\n  token = var.do_token\n}\n# terraform plan hangs, thoughts?`),
    S("shopify_admin_token", `Our app calls https://my-shop.myshopify.com/admin/api/2024-10/orders.json with header X-Shopify-Access-Token: ${k.shopify()} and gets 0 orders. Why?`),
    S("telegram_bot_token", `bot = telebot.TeleBot("${k.telegram()}")\n@bot.message_handler(commands=['start'])\ndef hi(m): bot.reply_to(m, "hello")\nbot.polling()\n# it never receives messages`),
    S("discord_bot_token", `DISCORD_TOKEN=${k.discord()}\nGUILD_ID=${g.digits(18)}\n^ pasted from my .env, the bot logs in but can't read messages`),
    S("vault_token_log", `[2025-03-02 10:44:01] vault: login ok, token=${k.vault()} ttl=768h policies=["default","prod-db-read"]`),
    S("datadog_keys", `datadog:\n  apiKey: ${k.datadog()}\n  appKey: ${g.str("0123456789abcdef", 40)}\n  site: datadoghq.eu\nThe agent reports "API key invalid", did I swap them?`),
    S("azure_connection_string", `DefaultEndpointsProtocol=https;AccountName=acmeprodblobs;AccountKey=${k.azureKey()};EndpointSuffix=core.windows.net\n\nThis is our storage connection string, why do uploads time out?`),
    S("huggingface_token", `huggingface-cli login --token ${k.hfToken()}\nerror: Invalid user token. Did they change the format?`),
    S("jwt_bearer_header", `GET /api/v2/admin/users HTTP/1.1\nHost: internal.acme.example\nAuthorization: Bearer ${k.jwt()}\n\nThis request works in Postman but not from the browser.`),
    S("rsa_private_key", `Can you tell me what format this key is in and how to convert it to PKCS#8?\n\n${k.pem("RSA PRIVATE KEY")}`),
    S("openssh_private_key", `ssh keeps saying "invalid format" for my deploy key:\n\n${k.pem("OPENSSH PRIVATE KEY")}`),
    S("ec_private_key", `${k.pem("EC PRIVATE KEY")}\n^ this is the signing key for our webhook, should I store it in KMS?`),
    S("postgres_url", `DATABASE_URL=postgres://app_admin:${k.password()}@db-prod-01.internal.acme.example:5432/orders?sslmode=require\nPrisma can't connect, what's wrong with the URL?`),
    S("mysql_password_config", `[client]\nuser=reporting\npassword=${k.password()}\nhost=10.20.4.17\n\nmysqldump still prompts for a password`),
    S("mongodb_uri", `mongoose.connect("mongodb+srv://svc_orders:${k.password()}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true")\n// ECONNREFUSED on deploy`),
    S("redis_url_k8s", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cache-config\ndata:\n  REDIS_URL: "redis://default:${k.password()}@redis-master.cache.svc:6379/0"`),
    S("k8s_secret_base64", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\ntype: Opaque\ndata:\n  STRIPE_KEY: ${Buffer.from(k.stripe()).toString("base64")}\n  DB_PASSWORD: ${Buffer.from(k.password()).toString("base64")}`),
    S("heroku_api_key", `heroku config:set HEROKU_API_KEY=${k.uuid()} -a acme-staging\nThen the pipeline still says unauthorized.`),
    S("basic_auth_url", `Our monitoring pings https://admin:${k.password()}@status.acme.example/health every minute. Is there a better way?`),
    S("password_in_chat", `Hi support, I can't log in to the reporting portal. My username is j.okonkwo and my password is ${k.password()} — can you check if my account is locked?`),
    S("ci_log_leak", `CI output (step "deploy"):\n+ export AWS_ACCESS_KEY_ID=${k.awsId()}\n+ export AWS_SECRET_ACCESS_KEY=${k.awsSecret()}\n+ aws s3 sync ./dist s3://acme-frontend-prod\nupload failed: AccessDenied\nWhy AccessDenied?`),
    S("stack_trace_leak", `Traceback (most recent call last):\n  File "worker.py", line 42, in <module>\n    client = SendGridAPIClient("${k.sendgrid()}")\n  File "sendgrid/base.py", line 77, in __init__\npython_http_client.exceptions.UnauthorizedError: HTTP Error 401\nwhat does this mean`),
    S("git_diff_leak", `Please review my commit:\n\ndiff --git a/config/prod.json b/config/prod.json\n@@ -3,4 +3,5 @@\n   "region": "eu-west-1",\n+  "openaiKey": "${k.openai()}",\n   "logLevel": "info"`),
    S("answer_leak", `Sure! Here is the working configuration you asked for:\n\nGITHUB_TOKEN=${k.github()}\nNPM_TOKEN=${k.npm()}\n\nPaste these into your CI secrets and re-run the workflow.`),
    S("email_shared_creds", `Subject: prod access for the new contractor\n\nHi Dana,\nUse these until IT sets up SSO:\nVPN user: contractor07\nVPN password: ${k.password()}\nJira API token: ATATT3x${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 180)}\nThanks, Ravi`),
    S("gcp_service_account", `{\n  "type": "service_account",\n  "project_id": "acme-analytics-prod",\n  "private_key_id": "${g.str("0123456789abcdef", 40)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64)}\\n${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64)}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "etl-runner@acme-analytics-prod.iam.gserviceaccount.com"\n}\nWhy does BigQuery reject this service account?`),
    S("multilingual_secret", `Hola, mi script no funciona. Esta es mi clave de API: ${k.openai()} ¿la estoy usando bien?`, "Spanish"),
  ];
}

export function piiItems(rng: Rng): Item[] {
  const g = gens(rng);
  const P = (subcategory: string, text: string, lang?: string): Item => ({ category: "pii_leak", subcategory, text, ...(lang ? { lang } : {}) });
  const c = g.card;
  return [
    P("card_in_sentence", `Please charge my Visa ${g.groups(c.visa(), [4, 4, 4, 4])}, expiry 08/27, CVV ${g.digits(3)}, for the annual plan. Name on card: Marisol Quintero-Vance.`),
    P("card_in_sentence", `ok the mastercard number is ${c.mastercard()} exp 11/26 and the code on the back is ${g.digits(3)}, can u book the flight now`),
    P("card_amex", `Corporate card for the offsite: American Express ${g.groups(c.amex(), [4, 6, 5])}, holder Desmond Achterberg, valid thru 03/28.`),
    P("card_in_json", `{"customer": "Yuki Halvorsen", "email": "yuki.halvorsen@mailbox.example", "payment": {"pan": "${c.discover()}", "exp": "2027-02", "cvc": "${g.digits(3)}"}}`),
    P("card_in_log", `2025-05-14 09:12:44 DEBUG checkout request body: name=Ottilie Brandt&card=${c.visa()}&exp=0926&cvv=${g.digits(3)}&zip=80331`),
    P("iban_de", `Bitte überweisen Sie die Kaution an Henrike Sommerfeld, IBAN ${g.iban("DE")}, Verwendungszweck „Wohnung 3B“.`, "German"),
    P("iban_fr", `Pour le remboursement, voici mon RIB : titulaire Gaëtan Roussel-Marchal, IBAN ${g.iban("FR")}, BIC AGRIFRPP882.`, "French"),
    P("iban_es", `Mi cuenta para la nómina es ${g.iban("ES")} a nombre de Inmaculada Ferrer Olmedo, DNI ${g.digits(8)}${g.pick(["T", "R", "W", "A", "G"])}.`, "Spanish"),
    P("iban_nl", `Can you pay the invoice to NL account ${g.iban("NL", false)} (Bram Koolhoven)? Reference INV-2025-0391.`),
    P("iban_gb", `Send the deposit to ${g.iban("GB")}, account name Philippa Oyelaran-Hughes, sort code 60-16-13.`),
    P("iban_it", `Il bonifico va fatto a Ludovica Sartori, IBAN ${g.iban("IT")}, causale: saldo fattura 47.`, "Italian"),
    P("iban_be_pt", `Two payees for the table: Amélie Vandersteen ${g.iban("BE")} and Tiago Fontoura ${g.iban("PT")}.`),
    P("ssn_in_sentence", `My SSN is ${g.ssn()} and my date of birth is 4/17/1986 — can you fill in the W-4 for me? Name: Corwin Blackwood.`),
    P("ssn_in_form", `Employee onboarding form\nFull name: Tallulah Mae Pritchard\nSSN: ${g.ssn()}\nDOB: 1992-09-03\nHome address: 4418 Juniper Hollow Rd, Boise, ID 83709\nPhone: ${g.phone.us()}`),
    P("ssn_no_dashes", `For the loan application: applicant Reginald Oduya, social security ${g.ssn().replace(/-/g, "")}, annual income $84,000, employer Halcyon Freight.`),
    P("phone_email_us", `Contact our lead: Bartholomew Finch, bart.finch@quillworks.example, cell ${g.phone.us()}, office ${g.phone.usIntl()}.`),
    P("phone_uk", `Hi, this is Imogen Castellanos, you can reach me on ${g.phone.uk()} or at home on ${g.phone.ukLocal()}; my email is imogen.c@postbox.example.`),
    P("phone_de", `Kontakt für die Lieferung: Jannik Oberhauser, Tel. ${g.phone.de()}, E-Mail j.oberhauser@webpost.example, Lindenstraße 12, 04109 Leipzig.`, "German"),
    P("phone_fr", `Mme Solène Delacroix-Bain, née le 12/02/1979, joignable au ${g.phone.frLocal()} ou au ${g.phone.fr()}, adresse 8 rue des Tanneurs, 69001 Lyon.`, "French"),
    P("phone_in", `Customer: Aarav Raghunathan, mobile ${g.phone.in()}, Aadhaar ${g.digits(4)} ${g.digits(4)} ${g.digits(4)}, PAN ${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 5)}${g.digits(4)}${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1)}.`),
    P("phone_br", `Cliente: Thaís Valadares Nogueira, CPF ${g.digits(3)}.${g.digits(3)}.${g.digits(3)}-${g.digits(2)}, celular ${g.phone.br()}, e-mail thais.vn@correio.example.`, "Portuguese"),
    P("phone_jp", `連絡先：山科 凛太郎、携帯 ${g.phone.jp()}、メール rintaro.yamashina@mail.example、住所 東京都世田谷区三軒茶屋2-14-7`, "Japanese"),
    P("phone_es_au", `Two guests on the booking: Nerea Altamirano (${g.phone.es()}) and Lachlan Brightwater (${g.phone.au()}), both arriving 2 July.`),
    P("csv_customer_rows", `Please dedupe this list:\nname,email,phone,card_last_full\nOrla Fitzgibbon,orla.fitz@inbox.example,${g.phone.uk()},${c.visa()}\nMatthias Grünewald,m.gruenewald@post.example,${g.phone.de()},${c.mastercard()}\nOrla Fitzgibbon,orla.fitz@inbox.example,${g.phone.uk()},${c.visa()}`),
    P("medical_note", `Patient: Ezekiel Montgomery-Vale, DOB 1958-11-23, MRN ${g.digits(8)}, SSN ${g.ssn()}. Diagnosed with type 2 diabetes in 2019; currently on metformin 1000 mg twice daily. Phone ${g.phone.usIntl()}.`),
    P("hr_email", `Subject: salary correction\n\nHi payroll, please update Wilhelmina Adeyemi-Strand's bank details to ${g.iban("GB")} and her home address to 27 Larkspur Close, Bristol BS7 8QT. Her NI number is ${g.pick(["AB", "CE", "JT", "PR"])} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.pick(["A", "B", "C", "D"])}.`),
    P("passport_travel", `Booking details for the visa letter: Anselm Kirchberger, passport no. C${g.str("0123456789CFGHJKLMNPRTVWXYZ", 8)}, nationality German, born 30.06.1990 in Graz, email a.kirchberger@reise.example.`),
    P("drivers_license", `Rental agreement: driver Perpetua Okonjo, licence ${g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1)}${g.digits(7)} (California), DOB 02/14/1984, card ${g.groups(c.visa(), [4, 4, 4, 4], "-")}.`),
    P("answer_leak_pii", `Here is the customer record you requested:\n- Name: Cassius Delmonte\n- Email: cassius.delmonte@fastmail.example\n- Phone: ${g.phone.us()}\n- SSN: ${g.ssn()}\n- Card on file: ${c.mastercard()}`),
    P("chat_overshare", `lol my bank keeps blocking my card ${c.visa()} every time i buy something abroad. my phone is ${g.phone.au()} if they want to call me, name's Winifred Ashcombe`),
    P("tax_form", `Please double-check my tax details: Ignatius Pemberton-Lowe, SSN ${g.ssn()}, spouse Rosalind Pemberton-Lowe SSN ${g.ssn()}, refund to account ${g.digits(10)} routing 0${g.digits(8)}.`),
    P("multilingual_pii", `Hola, soy Dolores Iturbe Salazar, mi tarjeta es ${g.groups(c.mastercard(), [4, 4, 4, 4])} y mi teléfono ${g.phone.es()}. ¿Me pueden confirmar la reserva?`, "Spanish"),
    P("multilingual_pii", `Guten Tag, für die Rückerstattung: Konstantin Wendelin, IBAN ${g.iban("DE")}, Kreditkarte ${c.visa()}, Telefon ${g.phone.de()}.`, "German"),
    P("address_dob", `Ship to: Seraphina Kowalczyk-Byrne, 1902 Old Mill Lane, Apt 5C, Asheville, NC 28801. DOB 07/09/1995. Email seraphina.kb@letterbox.example. Phone ${g.phone.us()}.`),
    P("crm_export", `[{"id": 1, "name": "Leopold Haverkamp", "email": "leo.haverkamp@mailhub.example", "iban": "${g.iban("NL", false)}"}, {"id": 2, "name": "Soraya Benhamou", "email": "s.benhamou@courriel.example", "phone": "${g.phone.fr()}", "iban": "${g.iban("FR", false)}"}]`),
  ];
}
