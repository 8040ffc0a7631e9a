//! Small hand-written cue lists the tagger uses as features. They generalise past the training
//! vocabulary: a first name or a title seen here but never in CoNLL still points at a person.
//! Kept short on purpose: each entry is a cue, not a verdict; the model weighs it.

use std::sync::OnceLock;

/// Titles and roles that precede a person's name.
pub(crate) const TITLE: u8 = 1;
/// Words that end or head organisation names.
pub(crate) const ORG: u8 = 2;
/// Common given names.
pub(crate) const FIRST: u8 = 4;
/// Words that head place names or precede them ("province", "river").
pub(crate) const PLACE: u8 = 8;
/// Days, months and other capitalised words that are not names.
pub(crate) const TIME: u8 = 16;
/// Function words: capitalised only because they open a sentence ("The", "But", "He").
pub(crate) const STOP: u8 = 32;
/// Lower-case words and marks that may continue a name ("Bank of England", "Osama bin Laden").
pub(crate) const CONT: u8 = 64;

const CONTS: &str = "of and for the de del della di la le les du da dos das van von der den
ter bin ibn bint al el y e on upon am in at & 's ' . / n de' d' st. & +";

const TITLES: &str = "mr mrs ms miss dr prof president vice-president prime minister premier
secretary general gen col colonel lt lieutenant maj major sgt sergeant capt captain adm admiral
commander cmdr chief ambassador envoy adviser advisor director chairman chairwoman governor gov
senator sen rep representative congressman congresswoman mayor king queen prince princess sheikh
cleric ayatollah imam judge justice spokesman spokeswoman spokesperson pope emir sultan speaker
lawmaker chancellor coach manager striker midfielder defender goalkeeper sir lord lady dame
archbishop bishop cardinal rev reverend father brother sister pastor rabbi deputy officer
inspector superintendent detective agent analyst professor economist correspondent reporter
editor attorney lawyer counsel ceo founder leader head candidate nominee brig corporal cpl pvt
private marshal gov. sen. rep. minister-president president-elect secretary-general
director-general colonel-general mp mep baron count duke";

const ORGS: &str = "inc corp corporation co ltd plc llc ag gmbh sa nv bv group holdings
ministry department university college institute school academy bank party council committee
commission agency association union federation league club fc afc united city rovers athletic
wanderers airlines airways motors industries international news times post journal herald
press tribune television tv radio network foundation fund trust organization organisation
authority board court parliament congress senate assembly army navy force forces command corps
police service services office bureau center centre hospital church mosque company companies
brigade brigades battalion division regiment front movement alliance coalition
exchange consortium partners capital securities petroleum oil energy telecom systems
technologies labs records studios agency reuters";

const FIRSTS: &str = "john james robert michael william david richard joseph thomas charles
christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy
joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
russell bobby mason philip louis mary patricia jennifer linda elizabeth barbara susan jessica
sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda
dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna
brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina
joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle
beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori alina myles
hillary barack vladimir xi emmanuel angela boris recep narendra benjamin jair justin nancy
kamala mike mitch chuck bernie ted marco lindsey rand elizabeth alexandria ilhan rashida
mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein hussain omar umar abdul
abdullah abdel abdulla ibrahim ismail khalid khaled mustafa mostafa mahmoud mahmud youssef yusuf
yousef karim kareem tariq tarek nouri nuri haider hayder qasim qassem kassem jawad hamid hamed
hadi mehdi mahdi reza hossein javad jalal jamal kamal faisal fahad saad salman sultan nasser
walid waleed ziad ziyad samir sami nabil adel adil amr amir emir ayman osama usama bashar hafez
rafik rafiq saeed said zaid zayed masoud massoud barham nechirvan moqtada muqtada fuad fouad
hamza bilal anwar nadia fatima aisha leila layla zainab maryam yasmin noor nour rania hana
sergei sergey dmitry dmitri alexei alexey ivan igor andrei andrey nikolai mikhail yuri oleg
viktor volodymyr petro olena yulia wang li zhang liu chen yang huang zhao wu zhou jean pierre
jacques francois marie michel philippe nicolas alain hans klaus jurgen wolfgang helmut gerhard
angela olaf friedrich giuseppe giovanni marco luca matteo carlos luis jorge pedro manuel
miguel javier juan jose antonio francisco rafael diego pablo fernando alejandro ricardo
roberto eduardo sergio andres felipe gustavo hugo nicolas raul lula dilma shinzo yoshihide
fumio kim moon park lee narendra rahul sonia indira imran nawaz benazir recep ahmet mehmet
mustafa ekrem kemal tayyip ariel ehud yitzhak naftali yair benny avigdor mahmoud ismail yahya";

const PLACES: &str = "river lake mount mountains island islands province state county city
district region valley desert sea ocean gulf bay strait peninsula street avenue square airport
port border camp base governorate village town capital republic kingdom";

const TIMES: &str = "monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec today yesterday tomorrow";

const STOPS: &str = "the a an he she it they we i you his her its their our this that these
those there but and or so if as when while after before since though although because in on at
for with from by of to into about over under during despite however meanwhile also yet still
then what which who whom whose where why how some many most all both each every no not one
two three several few such other another any my your me him them";

fn key(w: &str) -> u64 {
    crate::tagger::lexicon_key(w)
}

/// Keys are already hashes: the map uses them as they are.
#[derive(Default)]
struct Ident(u64);

impl std::hash::Hasher for Ident {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

type Table = std::collections::HashMap<u64, u8, std::hash::BuildHasherDefault<Ident>>;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = Table::default();
        let lists = [
            (TITLES, TITLE),
            (ORGS, ORG),
            (FIRSTS, FIRST),
            (PLACES, PLACE),
            (TIMES, TIME),
            (STOPS, STOP),
            (CONTS, CONT),
        ];
        for (list, bit) in lists {
            for w in list.split_whitespace() {
                let w = w.trim_end_matches('.');
                *m.entry(key(w)).or_insert(0) |= bit;
                // Abbreviations come with their period ("gen.").
                if w.len() <= 5 {
                    *m.entry(key(&format!("{w}."))).or_insert(0) |= bit;
                }
            }
        }
        m
    })
}

/// Cue bits of a word by its [`crate::tagger::lexicon_key`] (of the lower-cased form).
pub(crate) fn cue_by_key(k: u64) -> u8 {
    table().get(&k).copied().unwrap_or(0)
}

/// Cue bits of a lower-cased, normalised word (a trailing period is ignored).
pub(crate) fn cue(lower: &str) -> u8 {
    let w = lower.strip_suffix('.').unwrap_or(lower);
    if w.is_empty() || w.len() > 24 {
        return 0;
    }
    table().get(&key(w)).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_found() {
        assert_eq!(cue("gen.") & TITLE, TITLE);
        assert_eq!(cue("ministry") & ORG, ORG);
        assert_eq!(cue("mustafa") & FIRST, FIRST);
        assert_eq!(cue("thursday"), TIME);
        assert_eq!(cue("troops"), 0);
        assert_eq!(cue(""), 0);
    }
}
