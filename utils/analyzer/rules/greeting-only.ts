import { clauses, isPresenceClause, looksBack } from '../clauses';
import { trieSource } from '../lexicon';
import { defineMessageRule } from '../rule';

// Greetings in the most used languages: a bare "hola" starts the same reply-loop as "hi".
const GREETINGS = [
  "(hope|i hope) (you are|you're|you all are|you're all|all is|everyone is|everyone's) (all |)(well|good|doing well|doing good|keeping well|great)",
  '👋',
  'salam',
  'salam alaykum',
  'salam aleikum',
  'assalamu alaikum',
  'as-salamu alaykum',
  'ẹ káàárọ̀',
  'ẹ kaaro',
  'bawo',
  'sannu',
  'habari',
  'jambo',
  'kamusta',
  'magandang umaga',
  'vanakkam',
  'namaskar',
  'shalom',
  'marhaba',
  'hallå',
  'moikka',
  'hei',
  'zdravo',
  'dobrý den',
  'bună ziua',
  'god morgen',
  'goedendag',
  'buen día',
  'buen dia',
  'hi all',
  'hello all',
  'hey all',
  'ciao a tutti',
  'hola a todos',
  'bonjour à tous',
  'hallo zusammen',
  'olá a todos',
  'oi pessoal',
  'hola equipo',
  'salut tout le monde',
  'hi',
  'hii',
  'hiii',
  'hi there',
  'hello',
  'helloo',
  'hey',
  'heya',
  'hey there',
  'heyy',
  'hiya',
  'howdy',
  'yo',
  'ahoy',
  'hy',
  'ey',
  'hai',
  'heyo',
  'hey hey',
  "g'day",
  'gday',
  'aloha',
  'hellos',
  'sup',
  "what's up",
  'whats up',
  'wassup',
  'good morning',
  'morning',
  'mornin',
  '(good|gud) (mrng|mornin|morn)',
  'welcome',
  'wb',
  'welcome (aboard|back|to the team)',
  'gud morning',
  'mrng',
  '(warm|warmest|best|kind) wishes to (you|all|everyone|the team)',
  'gm',
  'good afternoon',
  'afternoon',
  'good evening',
  'evening',
  'good day',
  'greetings',
  'dear',
  'how are you',
  'how r u',
  'how are you doing',
  "how's it going",
  'hows it going',
  'how is it going',
  "how's everyone",
  'hope you are well',
  "hope you're well",
  'hope you are doing well',
  "hope you're doing well",
  'hope all is well',
  '(i |)hope (this|this email|this message|the email) finds you (well|all well)',
  '(i |)hope (you|everyone|you all|all of you) (had|have had|are having|is having) a (good|great|lovely|nice|relaxing|restful) (weekend|week|break|holiday)',
  'just saying (hi|hello|hey)',
  'just wanted to say (hi|hello|hey)',
  'alguien por aquí',
  'alguien por aqui',
  'hay alguien',
  'hope you had a great weekend',
  'hope you had a good weekend',
  'happy monday',
  'happy friday',
  'hola',
  'buenos días',
  'buenos dias',
  'buenas',
  'buenas tardes',
  'buenas noches',
  'qué tal',
  'que tal',
  'hallo',
  'guten morgen',
  'guten tag',
  'moin',
  'servus',
  'grüß dich',
  'grüezi',
  'bonjour',
  'salut',
  'coucou',
  'bonsoir',
  'ça va',
  'ca va',
  'olá',
  'ola',
  'oi',
  'bom dia',
  'boa tarde',
  'boa noite',
  'ciao',
  'buongiorno',
  'buonasera',
  'salve',
  'привет',
  'привіт',
  'вітаю',
  'добрий день',
  'здравствуйте',
  'добрый день',
  'доброе утро',
  'добрый вечер',
  '你好',
  '您好',
  '大家好',
  '早上好',
  '早',
  '哈喽',
  'こんにちは',
  'おはよう',
  'おはようございます',
  'こんばんは',
  'お疲れ様です',
  'お疲れさまです',
  'مرحبا',
  'السلام عليكم',
  'أهلا',
  'اهلا',
  'صباح الخير',
  'नमस्ते',
  'नमस्कार',
  'হ্যালো',
  'নমস্কার',
  '안녕하세요',
  '안녕',
  'merhaba',
  'selam',
  'hej',
  'hoi',
  'goedemorgen',
  'cześć',
  'dzień dobry',
  'halo',
  'selamat pagi',
  'xin chào',
  'สวัสดี',
  'שלום',
  'γεια σας',
  'γεια',
  'ahoj',
  'szia',
  'namaste',
];
// Presence checks: "are you there?" asks for a reply before saying anything.
const PRESENCE = [
  'are you there',
  'you there',
  'r u there',
  'u there',
  'are you around',
  'you around',
  'anyone around',
  'anybody around',
  'anyone there',
  'anybody there',
  'anyone here',
  'anybody here',
  'are you online',
  'you online',
  'anyone online',
  'are you awake',
  'you awake',
  'ping',
  'pinging',
  'pinging you',
  '(is anyone|is anybody|anyone|anybody|someone) (on shift|on call|online|around|here|there|awake|available)',
  'just pinging',
  'knock knock',
  'hello?',
  'anyone',
  'anybody',
  'still there',
  'estás',
  'bist du da',
  'tu es là',
  'ты тут',
  'ты здесь',
  '在吗',
  '在嗎',
  'いますか',
];
const ADDRESSEES = new Set([
  'team',
  'all',
  'everyone',
  'everybody',
  'guys',
  'folks',
  'people',
  "y'all",
  'yall',
  'there',
  'friends',
  'gang',
  'both',
  'again',
  'sir',
  'madam',
  "ma'am",
  'maam',
  'mam',
  'po',
  'bro',
  'brother',
  'sister',
  'boss',
  'chief',
  'dear',
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'mate',
  'buddy',
  'todos',
  'zusammen',
  'alle',
  'tout',
  'le',
  'monde',
  'à',
  'tous',
  'ragazzi',
  'pessoal',
  'gente',
  'всем',
  'коллеги',
]);
// Words that make a short message more than a greeting: a name is fine, "deploy" is not.
const PROSE = new Set(
  'the a an to is are was be i we it and of for on in at can could would will this that please with my me your our what how when why not if so do does have has just but or about from by as any need here done ok okay yes no sure thanks thank sent see check update fix send review deploy build doc file call meeting question done ready fixed merged lgtm thx ty np know use used help need got get want think query queries doubt problem problems issue issues experts expert wizards gurus people ppl folks users'.split(
    ' ',
  ),
);

// The lexicon's phrase syntax (`(a|b|)` groups), compiled the lexicon's way, with Unicode word edges.
let greetingRe: RegExp | null = null;
/** Every greeting and presence phrase as one word-bounded trie, compiled on first use, not at load. */
export function greetingPattern(): RegExp {
  greetingRe ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${trieSource([...GREETINGS, ...PRESENCE])})(?![\\p{L}\\p{N}])`, 'gu');
  return greetingRe;
}
const NON_WORD = /(?:[\p{P}\p{S}\p{Extended_Pictographic}\s]|\u200d|\ufe0f)+/gu;
const SHORTCODE = /:[a-z0-9_+-]+:/g;
const MENTION = /<[@#!][^>\s]+>|@[\p{L}\p{N}._-]+/gu;
const NICK_PREFIX = /^\s*[\p{L}\p{N}_|`^-]{2,20}:(?=\s)/u;
// Waves typed as text: "o/", "\o", "\o/".
const WAVE = /(?<![\p{L}\p{N}])(?:\\o\/?|o\/)(?![\p{L}\p{N}])/gu;
// Up to two greeting or name words before a presence check.
const LEADING_WORDS = /^\s*(?:[\p{L}\p{N}'-]+\s+){1,2}(?=\S)/u;
// …when they are a greeting and a name, not the start of a question ("any k8s folks around?").
const NAME_LEAD = /^\s*(?:yo|hey|hi|hello|ey|hy|oi|sup|morning)\s/;

const NICK = /^\p{L}[\p{L}_-]*\d{1,4}$/u;
// ":p", ";-)", "=D": emoticons typed as text.
const EMOTICON = /(?<![\p{L}\p{N}])[:;=8]-?[pdo3)(\][/\\|*]+(?![\p{L}\p{N}])/giu;
// "you're welcome" answers thanks; it greets nobody.
const OH_DEAR = /(?<![a-z])oh,?\s+dear(?![a-z])/;
const THANKS_REPLY = /(?:you're|you are|youre|ur|u r|your|u're) welcome/;

/** Does the text consist of greetings, presence checks, names, emoji and punctuation only? */
export function isGreetingOnly(text: string, extraWords = 2): boolean {
  let greeted = false;
  // "you're welcome" answers thanks; "oh dear" is dismay.
  if (THANKS_REPLY.test(text) || OH_DEAR.test(text)) return false;
  // "heyyy", "hiii", "hellooo": drawn-out greetings are still greetings.
  let cleaned = text
    .replace(EMOTICON, ' ')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(SHORTCODE, ' ')
    // IRC addressing ("est31: ping?") names the reader, like an @mention.
    .replace(NICK_PREFIX, ' ');
  const mentioned = MENTION.test(cleaned);
  MENTION.lastIndex = 0;
  cleaned = cleaned.replace(MENTION, ' ').replace(WAVE, () => {
    greeted = true;
    return ' ';
  });
  // "@ana ?", "@dev-oncall ??": a bare mention asked is a presence check.
  if (mentioned && /^[\s?!.…]*\?[\s?!.…]*$/.test(cleaned)) return true;
  // Presence checks in any wording ("is anyone from infra on?", "in yet?") count as greeting.
  let unasked = '';
  let from = 0;
  for (const c of clauses(cleaned)) {
    const clause = cleaned.slice(c.start, c.end);
    // "yo dj are u up": a greeting and a name before the check.
    if (!isPresenceClause(clause) && !(NAME_LEAD.test(clause) && isPresenceClause(clause.replace(LEADING_WORDS, '')))) continue;
    unasked += cleaned.slice(from, c.start) + ' ';
    from = c.end;
    greeted = true;
  }
  unasked += cleaned.slice(from);
  const rest = unasked.replace(greetingPattern(), () => {
    greeted = true;
    return ' ';
  });
  if (!greeted) return false;
  const words = rest
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .replace(NON_WORD, ' ')
    .trim();
  if (words === '') return true;
  const parts = words.split(' ');
  if (parts.filter((w) => !ADDRESSEES.has(w)).length > extraWords) return false;
  for (const w of parts) {
    if (ADDRESSEES.has(w)) continue;
    if (PROSE.has(w)) return false;
    // Non-Latin scripts have no spaces: allow a short name only.
    // "man213", "tux3": an IRC nick may end in digits; a number alone is not a name.
    if (/[^\p{Script=Latin}\p{N}'-]/u.test(w) ? w.length > 4 : w.length > 14 || (/\d/.test(w) && !NICK.test(w))) return false;
  }
  return true;
}

/*
 * Hit: "hi", "Hey Anna, are you there?", "good morning :)", "ping", "привет!"
 * Not: "hi! the EU build has been red since 10:02, can you check job 1234?"
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'greeting-only',
    severity: 'warn',
    english: false,
    example: 'Hey Anna, are you there?',
    passes: 'hi! the EU build has been red since 10:02, can you check job 1234?',
    messages: ['greetingOnly'],
    sensitivity: true,
    suggestion: { template: true, templateKind: 'context-ask-deadline' },
  },
  check({ draft, sensitivity, report }) {
    const { start, end } = draft.authored;
    // Greetings are short; anything long is more than a greeting.
    if (end - start > 120) return;
    const extra = sensitivity === 'strict' ? 3 : sensitivity === 'relaxed' ? 1 : 2;
    const text = draft.lower.slice(start, end);
    // "Heyyy, great retro everyone!!": a recap, not a greeting.
    if (isGreetingOnly(text, extra) && !clauses(text).some((c) => looksBack(text.slice(c.start, c.end)))) report({ messageId: 'greetingOnly', start, end });
  },
});
