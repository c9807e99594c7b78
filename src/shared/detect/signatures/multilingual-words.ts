/**
 * Words several multilingual packs share. Latin-script forms are written without accents:
 * the skeleton view the patterns match strips them.
 */
import { any } from "./pattern-kit";

/** "Your" (the model's own), in Spanish, French, German, Italian, Portuguese, Dutch and Polish. */
export const YOUR_LATIN = any(
  "tu", "tus", "su", "sus", "ton", "ta", "tes", "votre", "vos",
  "dein", "deine", "deinen", "deinem", "deiner", "ihre", "ihren",
  "il\\W+tuo", "la\\W+tua", "i\\W+tuoi", "le\\W+tue", "tuoi", "tue",
  "tua", "seu", "sua", "seus", "suas", "o\\W+seu", "je", "jouw", "uw", "twoj", "twoje", "twoi", "swoj", "swoje", "swoim",
);

/** Dismissing, in the imperative and the second-person present ("ignoras", "ignorierst"). */
export const DISMISS_LATIN = any(
  "ignora", "ignoras", "ignore", "ignores", "ignorez", "ignorar", "olvida", "olvide", "olvidas", "oublie", "oubliez", "oublies", "ignoriere", "ignorierst", "vergiss", "vergisst",
  "ignori", "dimentica", "dimentichi", "esqueca", "esquece", "esqueces", "negeer", "vergeet", "zignoruj", "ignoruj", "ignorujesz", "zapomnij", "pomin",
);

/** The model named as a thing: an AI, an assistant, a bot, a model. */
export const AI_WORD_LATIN = any(
  "ki", "ia", "ai", "assistent", "assistente", "asistente", "assistant", "chatbot", "bot", "botem", "asystent(?:em)?", "modell", "modelo", "modele", "modello",
  "intelligenza\\W+artificiale", "inteligencia\\W+artificial", "intelligence\\W+artificielle", "kunstliche\\W+intelligenz", "kunstlichen\\W+intelligenz",
);
