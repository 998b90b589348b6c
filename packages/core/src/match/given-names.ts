/**
 * Common given names of three and five letters: the lengths of a 4-letter mark with a letter
 * dropped or doubled. A near miss that is such a name (`Sonny`, `Leo`) is a person, not a misspelt
 * mark. Names that are also English words (`Bob`, `Penny`) are already left alone by the dictionary.
 */
const NAMES = `
abe abi ada adi ali amy ana ann art ava avi bea bev cal cam dan deb dee del des dom don dot dov eda eli ema eva eve fay fin flo gus hal
ian ida ike ira isa ivy jad jan jay jed jen jim jon joy kai kat kay ken kim kit lee len leo lew liv liz lou luc lyn mae mai max meg
mel mia moe nan ned nia nik noa ole ola pam pat peg pia raj ray rex rob ron roy sal sam sky sol sue taj ted tia tim tom val vic
viv wes zac zoe zak
aaron abbey abbie aditi adele agnes aidan alana alice alina aliya allan allen amber amina amira andre angel angie anita annie
april arjun asher ashok avery barry becky bella benny betty billy bobby brian bruce bryan caleb carla carly carol casey cathy chloe
chris cindy clare colin corey craig daisy danny darcy david dolly donna dylan eddie edgar elena eliza ellen ellie elsie emily emmet
ethan faith fiona frank freya gabby garry gerry ginny grace greta hanna harry hazel heidi helen henry holly irene isaac jacob james
jamie janet jason jenny jerry jesse jimmy josie joyce julia julie karen karin kathy katie keith kelly kenny kerry kevin kylie laura
lenny leona lewis libby linda lizzy logan lorna lucas lucia lucky luigi mandy maria marie mario marta molly nancy naomi nikki nikko
nolan norma oscar paola patty paula pedro peggy penny perry peter polly priya rahul ramon randy rebel renee ricky riley robin rocky
rohan rosie sally sammy sandy sarah scott shawn sonia sonja sonny sonya steve susan tammy tanya terry tessa tommy tony tracy vicky
vijay wendy willy
`;

let names: Set<string> | undefined;

/** True when `word` (lower case) is a common given name of three or five letters. */
export function isGivenName(word: string): boolean {
  names ??= new Set(NAMES.split(/\s+/).filter((name) => name.length === 3 || name.length === 5));
  return names.has(word);
}
