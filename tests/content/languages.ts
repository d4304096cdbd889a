/**
 * The only language-specific part of the content tests: wording rules per language, in one table. Everything else
 * (structure, sources per point, ledger, freshness) is checked the same way for every bundled language.
 */
export interface LanguageRules {
  /** How a point that rests on practice blogs alone says so ("how practices describe it", "one practice", "practices differ"). */
  framing: RegExp;
  /** The dose-depth row is labelled as how practices describe it. */
  practicesDescribe: RegExp;
  /** Where sources disagree, the cell says practices differ. */
  differ: RegExp;
  /** Words that sell rather than inform. */
  promotional: RegExp;
  /** The disclaimers: education only, not medical advice, talk to a licensed clinician, not right for everyone. */
  disclaimers: RegExp[];
  /** Words that must not appear anywhere in the dataset, with why. */
  forbidden: Array<[RegExp, string]>;
  /** Words that must appear somewhere in the cells, with why. */
  required: Array<[RegExp, string]>;
  /** English left in the sources list (for languages other than English); journal names and proper names are allowed. */
  englishInCitations?: RegExp;
}

export const LANGUAGES: Record<string, LanguageRules> = {
  en: {
    framing: /\bhow practices describe it\b|\bas practices describe it\b|\bpractices describe\b|\bone (integration )?practice\b|\bpractices differ\b/i,
    practicesDescribe: /how practices describe it/i,
    differ: /practices differ/i,
    // "Better" alone is not here: "of those who got better" reports a result. It is caught when it ranks ("is better").
    promotional: /\b(best|(is|are) better|better (choice|option|approach|results)|proven|cures?|cured|miracle|breakthrough|guarantee[sd]?|revolutionary|superior|life-changing|safest|most effective)\b/i,
    disclaimers: [/education/i, /not medical advice/i, /licensed clinician/i, /not right for everyone/i],
    forbidden: [
      [/\bfree to go\b/i, 'driving after ketamine is the label’s rule, not a practice difference'],
      [/\blight(er)? (dose|dosing)\b/i, 'at-home doses are raised to make up for lower absorption: never call them lighter'],
      [/\babout 30 ?%/i, 'absorption varies: give a range'],
      // Plain language (review of 2026-11-23): say what the design means instead.
      [/\bopen-label\b/i, 'say "no comparison group; everyone knew they got ketamine"'],
      [/\brandomi[sz]ed\b/i, 'say "chance decided who got which"'],
      [/\bnot significant\b/i, 'say "no clear difference"'],
      [/\brelapsed?\b/i, 'say "depression came back"'],
      [/\bwithdrawal\b/i, 'no label passage supports ketamine withdrawal'],
    ],
    required: [
      [/\bat least 24 hours\b/, 'the 24-hour driving rule'],
      [/not been shown to prevent suicide/, 'the limitation of use of the 2020 approval'],
      [/was extended only through December 31, 2026/, 'the end of the telehealth prescribing flexibilities, true now and after it (US date; blind read 2, item 13)'],
    ],
  },
  es: {
    framing: /según describen (los consultorios|las clínicas)|\bun consultorio( de integración)?\b|(los consultorios|las clínicas) difieren/i,
    practicesDescribe: /según describen (los consultorios|las clínicas)/i,
    differ: /(los consultorios|las clínicas) difieren/i,
    promotional: /\b((es|son) mejor(es)?|(el|la|los|las) mejor(es)?|comprobad[oa]s?|cura[rs]?|milagro|milagros[oa]|revolucionari[oa]|garantizad[oa]|superior|el más eficaz)\b/i,
    disclaimers: [/educativ/i, /no es consejo médico/i, /profesional de la salud con licencia/i, /no es adecuada para todas/i],
    forbidden: [
      [/\bprácticas?\b/i, '“práctica” is a false friend for a clinic: use consultorio or clínica'],
      [/\bpastillas?\b/i, 'lozenges are not pills: use trocisco (tableta que se disuelve en la boca)'],
      [/\bmagistral(es)?\b/i, 'US Spanish media say “ketamina compuesta” for compounded ketamine'],
      [/\bpuede irse\b/i, 'driving after ketamine is the label’s rule, not a practice difference'],
      // Plain language and respect (review of 2026-11-23).
      [/\bestudio abierto\b/i, 'diga "sin grupo de comparación"'],
      [/\baleatorizad[oa]s?\b/i, 'diga "el azar decidió quién recibía qué"'],
      [/\bno fue significativ[oa]\b/i, 'diga "no mostró una diferencia clara"'],
      [/\brecay(ó|eron)\b/i, 'diga "la depresión volvió"'],
      [/\bcoach\b/i, 'use "guía de integración"'],
      [/\babusado de drogas\b/i, 'stigmatizing: "haber tenido problemas con drogas"'],
      [/advertencia de recuadro(?! negro)/i, '"advertencia de recuadro negro"'],
      [/\babstinencia\b/i, 'no label passage supports ketamine withdrawal'],
    ],
    required: [
      [/\btrocisco/i, 'lozenges are trociscos'],
      [/\bketamina compuesta\b/i, 'compounded ketamine'],
      [/\bal menos 24 horas\b/, 'the 24-hour driving rule'],
      [/No se ha demostrado que prevenga el suicidio/, 'the limitation of use of the 2020 approval'],
      [/se prorrogó solo hasta el 31 de diciembre de 2026/, 'the end of the telehealth prescribing flexibilities, true now and after it'],
    ],
    englishInCitations: /\b(the|and|of|with|for|from|what|how|between|difference|treatment|patients|risks?|warns?|news|release|prescribing information|blog post)\b/i,
  },
};
