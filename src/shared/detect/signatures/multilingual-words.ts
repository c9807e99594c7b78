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
  "seu", "sua", "seus", "suas", "o\\W+seu", "je", "jouw", "uw", "twoj", "twoje", "twoi", "swoj", "swoje",
);
