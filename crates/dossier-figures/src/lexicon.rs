//! Word lists: number words, scales, currencies, units, hedges and the function words that end a
//! counted noun phrase. All lookups take lower-case ASCII-or-Unicode words unless said otherwise.

/// "one" … "nineteen", and the tens.
pub fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Multipliers written as words ("million") or, after digits, as abbreviations ("bn").
/// `glued_or_money` allows the one-letter forms ("5m", "$5 m"), which otherwise mean metres.
pub fn scale(w: &str, glued_or_money: bool) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mn" | "mln" | "mio" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        "lakh" | "lakhs" | "lac" => 1e5,
        "crore" | "crores" => 1e7,
        "k" if glued_or_money => 1e3,
        "m" if glued_or_money => 1e6,
        "b" if glued_or_money => 1e9,
        _ => return None,
    })
}

/// Plural scale nouns that make a vague count with "of": "hundreds of people".
pub fn vague_scale(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 12.0,
        "scores" => 20.0,
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "tens" => 10.0,
        _ => return None,
    })
}

/// Currency symbols.
pub fn currency_symbol(c: &str) -> Option<&'static str> {
    Some(match c {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "元" => "CNY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₪" => "ILS",
        "₦" => "NGN",
        "₱" => "PHP",
        "₴" => "UAH",
        "₫" => "VND",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₿" => "BTC",
        "฿" => "THB",
        _ => return None,
    })
}

/// Letters written right before `$` that name which dollar ("US$", "C$", "HK$", "Mex$").
pub fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "u.s" | "usd" => "USD",
        "c" | "ca" | "can" | "cad" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "s" | "sg" | "sgd" => "SGD",
        "r" | "brl" => "BRL",
        "mex" | "mx" | "mxn" => "MXN",
        "nt" => "TWD",
        _ => return None,
    })
}

/// ISO 4217 codes as written in text, and the "MUSD" style for millions. Case-sensitive upper
/// case, since lower-case "try" or "all" are words; lower-case is accepted for a safe few.
pub fn currency_code(w: &str) -> Option<(&'static str, f64)> {
    let (code, mult) = match w {
        "USD" | "usd" | "US$" => ("USD", 1.0),
        "EUR" | "eur" => ("EUR", 1.0),
        "GBP" | "gbp" => ("GBP", 1.0),
        "IQD" | "iqd" => ("IQD", 1.0),
        "JPY" | "jpy" => ("JPY", 1.0),
        "CNY" | "cny" | "RMB" | "rmb" => ("CNY", 1.0),
        "INR" | "inr" | "Rs" | "rs" => ("INR", 1.0),
        "CAD" => ("CAD", 1.0),
        "AUD" | "aud" => ("AUD", 1.0),
        "CHF" | "chf" => ("CHF", 1.0),
        "RUB" | "rub" => ("RUB", 1.0),
        "TRY" => ("TRY", 1.0),
        "SAR" => ("SAR", 1.0),
        "AED" | "aed" => ("AED", 1.0),
        "IRR" | "irr" => ("IRR", 1.0),
        "ILS" | "NIS" => ("ILS", 1.0),
        "EGP" | "egp" => ("EGP", 1.0),
        "NGN" | "ngn" => ("NGN", 1.0),
        "ZAR" | "zar" => ("ZAR", 1.0),
        "KRW" | "krw" => ("KRW", 1.0),
        "MXN" | "mxn" => ("MXN", 1.0),
        "BRL" | "brl" => ("BRL", 1.0),
        "HKD" | "hkd" => ("HKD", 1.0),
        "NZD" | "nzd" => ("NZD", 1.0),
        "SEK" | "sek" => ("SEK", 1.0),
        "NOK" | "nok" => ("NOK", 1.0),
        "DKK" | "dkk" => ("DKK", 1.0),
        "PLN" | "pln" => ("PLN", 1.0),
        "UAH" | "uah" => ("UAH", 1.0),
        "PKR" | "pkr" => ("PKR", 1.0),
        "SGD" | "sgd" => ("SGD", 1.0),
        "BTC" | "btc" => ("BTC", 1.0),
        "MUSD" => ("USD", 1e6),
        "MEUR" => ("EUR", 1e6),
        "MGBP" => ("GBP", 1e6),
        "MAUD" => ("AUD", 1e6),
        "MCAD" => ("CAD", 1e6),
        "MCHF" => ("CHF", 1e6),
        "MSEK" => ("SEK", 1e6),
        _ => return None,
    };
    Some((code, mult))
}

/// Currency names after the number ("dollars"), with the adjective that can refine them
/// ("Canadian dollars"). Names whose country is unknown keep the name as unit ("dinar").
pub fn currency_name(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "bucks" => "USD",
        "euro" | "euros" => "EUR",
        "sterling" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" | "kuai" => "CNY",
        "rupee" | "rupees" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "riyal" | "riyals" => "SAR",
        "rial" | "rials" => "IRR",
        "lira" | "liras" | "lire" => "TRY",
        "rand" => "ZAR",
        "naira" => "NGN",
        "shekel" | "shekels" => "ILS",
        "hryvnia" | "hryvnias" | "hryvnias'" => "UAH",
        "dinar" | "dinars" => "dinar",
        "franc" | "francs" => "CHF",
        "peso" | "pesos" => "peso",
        "markka" | "markkaa" => "FIM",
        "guilder" | "guilders" => "NLG",
        "bitcoin" | "bitcoins" => "BTC",
        "satoshi" | "satoshis" => "satoshi",
        "cent" | "cents" => "cent",
        "pence" | "penny" => "pence",
        "peseta" | "pesetas" => "ESP",
        "drachma" | "drachmas" | "drachmae" => "GRD",
        _ => return None,
    })
}

/// Adjectives that name a currency's country: "Iraqi dinars", "Hong Kong dollars".
pub fn currency_by_country(adj: &str, name: &str) -> Option<&'static str> {
    let n = name.trim_end_matches('s');
    Some(match (adj, n) {
        ("us" | "u.s" | "american", "dollar") => "USD",
        ("canadian", "dollar") => "CAD",
        ("australian", "dollar") => "AUD",
        ("kong", "dollar") => "HKD",
        ("zealand", "dollar") => "NZD",
        ("singapore", "dollar") => "SGD",
        ("taiwan", "dollar") => "TWD",
        ("iraqi", "dinar") => "IQD",
        ("jordanian", "dinar") => "JOD",
        ("kuwaiti", "dinar") => "KWD",
        ("libyan", "dinar") => "LYD",
        ("algerian", "dinar") => "DZD",
        ("tunisian", "dinar") => "TND",
        ("serbian", "dinar") => "RSD",
        ("bahraini", "dinar") => "BHD",
        ("swiss", "franc") => "CHF",
        ("french", "franc") => "FRF",
        ("belgian", "franc") => "BEF",
        ("mexican", "peso") => "MXN",
        ("argentine" | "argentinian", "peso") => "ARS",
        ("philippine", "peso") => "PHP",
        ("colombian", "peso") => "COP",
        ("chilean", "peso") => "CLP",
        ("egyptian", "pound") => "EGP",
        ("lebanese", "pound") => "LBP",
        ("syrian", "pound") => "SYP",
        ("sudanese", "pound") => "SDG",
        ("british", "pound") => "GBP",
        ("pakistani", "rupee") => "PKR",
        ("indian", "rupee") => "INR",
        ("lankan", "rupee") => "LKR",
        ("nepalese" | "nepali", "rupee") => "NPR",
        ("qatari", "riyal") => "QAR",
        ("saudi", "riyal") => "SAR",
        ("omani", "rial") => "OMR",
        ("iranian", "rial") => "IRR",
        ("korean", "won") => "KRW",
        ("german", "mark") => "DEM",
        ("dutch", "guilder") => "NLG",
        ("chinese", "yuan") => "CNY",
        ("japanese", "yen") => "JPY",
        ("turkish", "lira") => "TRY",
        _ => return None,
    })
}

/// Measure units written as a word after a number, normalised to a short symbol.
/// Case matters only for the caller's one-letter checks; `w` here is lower case.
pub fn unit_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "%" | "percent" | "pct" | "percentage" => "percent",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "mile" | "miles" | "mi" => "mile",
        "ft" | "foot" | "feet" => "ft",
        "inch" | "inches" => "inch",
        "yard" | "yards" | "yd" | "yds" => "yard",
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" => "kg",
        "gram" | "grams" | "gramme" | "grammes" => "g",
        "mg" | "milligram" | "milligrams" => "mg",
        "µg" | "μg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => "µg",
        "lb" | "lbs" => "lb",
        "oz" | "ounce" | "ounces" => "oz",
        "tonne" | "tonnes" => "t",
        "ton" | "tons" => "ton",
        "litre" | "litres" | "liter" | "liters" => "l",
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => "ml",
        "gallon" | "gallons" | "gal" => "gallon",
        "barrel" | "barrels" | "bbl" => "barrel",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" | "ha" => "ha",
        "km2" | "km²" => "km2",
        "m2" | "m²" => "m2",
        "celsius" | "celcius" | "centigrade" | "°c" => "°C",
        "fahrenheit" | "farenheit" | "°f" => "°F",
        "degree" | "degrees" | "deg" | "°" => "degree",
        "kph" | "kmh" | "kmph" => "km/h",
        "mph" => "mph",
        "rpm" => "rpm",
        "knot" | "knots" => "knot",
        "megawatt" | "megawatts" | "mw" => "MW",
        "gigawatt" | "gigawatts" | "gw" => "GW",
        "kilowatt" | "kilowatts" | "kw" => "kW",
        "kwh" => "kWh",
        "mwh" => "MWh",
        "gwh" => "GWh",
        "twh" => "TWh",
        "megabyte" | "megabytes" => "MB",
        "gigabyte" | "gigabytes" | "gb" => "GB",
        "terabyte" | "terabytes" | "tb" => "TB",
        "calorie" | "calories" | "kcal" => "kcal",
        "volt" | "volts" => "V",
        "tablespoon" | "tablespoons" | "tbsp" => "tbsp",
        "teaspoon" | "teaspoons" | "tsp" => "tsp",
        "dm" | "decimetre" | "decimetres" | "decimeter" | "decimeters" => "dm",
        "rad" | "radian" | "radians" => "rad",
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// Hedges before a number, longest first; returns the normalised form.
pub fn qualifier(words: &[&str]) -> Option<&'static str> {
    Some(match words {
        ["in", "excess", "of"] => "more than",
        ["as", "many", "as"] | ["as", "much", "as"] | ["as", "high", "as"] => "up to",
        ["no", "more", "than"] | ["not", "more", "than"] => "up to",
        ["a", "little", "over"] => "more than",
        ["just", "over"] | ["just", "above"] | ["slightly", "more"] => "more than",
        ["just", "under"] | ["just", "below"] | ["slightly", "less"] => "less than",
        ["more", "than"] | ["upwards", "of"] | ["well", "over"] => "more than",
        ["at", "least"] | ["no", "fewer"] | ["no", "less"] => "at least",
        ["up", "to"] | ["at", "most"] => "up to",
        ["less", "than"] | ["fewer", "than"] => "less than",
        ["close", "to"] | ["nearly"] | ["almost"] | ["nigh", "on"] => "nearly",
        ["an", "estimated"] | ["estimated"] => "about",
        ["about"] | ["around"] | ["roughly"] | ["approximately"] | ["approx"] | ["circa"] => "about",
        ["some"] => "some",
        ["over"] | ["above"] | ["exceeding"] => "more than",
        ["under"] | ["below"] => "less than",
        ["just"] | ["only"] | ["merely"] | ["barely"] => "just",
        _ => return None,
    })
}

/// Words that cannot be part of a counted noun phrase: they end it.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "to"
            | "with"
            | "without"
            | "into"
            | "onto"
            | "across"
            | "over"
            | "under"
            | "between"
            | "among"
            | "through"
            | "during"
            | "before"
            | "after"
            | "since"
            | "until"
            | "near"
            | "per"
            | "than"
            | "as"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "so"
            | "yet"
            | "if"
            | "while"
            | "because"
            | "although"
            | "though"
            | "when"
            | "where"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "how"
            | "why"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "not"
            | "no"
            | "it"
            | "its"
            | "they"
            | "them"
            | "their"
            | "he"
            | "him"
            | "his"
            | "she"
            | "her"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "i"
            | "me"
            | "my"
            | "there"
            | "here"
            | "still"
            | "also"
            | "now"
            | "then"
            | "already"
            | "just"
            | "only"
            | "even"
            | "each"
            | "every"
            | "all"
            | "both"
            | "either"
            | "neither"
            | "said"
            | "says"
            | "say"
            | "told"
            | "according"
            | "including"
            | "such"
            | "about"
            | "around"
            | "ago"
            | "last"
            | "next"
            | "later"
            | "earlier"
            | "away"
            | "back"
            | "out"
            | "up"
            | "down"
            | "off"
            | "again"
            | "ever"
            | "never"
            | "very"
            | "too"
            | "much"
            | "many"
            | "most"
            | "least"
            | "less"
            | "same"
            | "against"
            | "within"
            | "via"
            | "upon"
            | "amid"
            | "toward"
            | "towards"
            | "despite"
            | "like"
            | "unlike"
            | "whether"
            | "versus"
            | "vs"
            | "respectively"
            | "apiece"
            | "instead"
            | "due"
            | "plus"
            | "minus"
            | "times"
            | "percent"
            | "year"
            | "years"
            | "old"
            | "some"
            | "any"
            | "another"
            | "worth"
            | "larger"
            | "smaller"
            | "bigger"
            | "greater"
            | "better"
            | "worse"
            | "fewer"
            | "more"
            | "older"
            | "younger"
            | "longer"
            | "shorter"
            | "wider"
            | "faster"
            | "slower"
            | "cheaper"
            | "richer"
            | "poorer"
            | "stronger"
            | "weaker"
            | "deeper"
            | "taller"
            | "heavier"
            | "lighter"
            | "along"
            | "alongside"
            | "beside"
            | "besides"
            | "behind"
            | "beyond"
            | "inside"
            | "outside"
            | "throughout"
            | "above"
            | "below"
            | "beneath"
            | "underneath"
            | "past"
            | "aboard"
            | "except"
            | "till"
            | "unless"
            | "whereas"
            | "thus"
            | "hence"
            | "therefore"
            | "however"
            | "meanwhile"
            | "otherwise"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
            | "overall"
            | "altogether"
            | "total"
            | "lower"
            | "higher"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "annually"
            | "daily"
            | "weekly"
            | "monthly"
            | "yearly"
            | "get"
            | "gets"
            | "got"
            | "become"
            | "became"
            | "remain"
            | "remains"
            | "remained"
            | "rose"
            | "fell"
            | "went"
            | "came"
            | "left"
            | "made"
            | "took"
            | "gave"
    )
}

/// Finite verbs of saying, attitude and intent that follow the counted noun in survey and news
/// phrasing ("62% of Americans approve of", "4-in-10 think", "half of voters believe"): never a
/// noun there, so they end the counted phrase. Auxiliaries and "say"/"said" are function words.
pub fn is_finite_verb(w: &str) -> bool {
    matches!(
        w,
        "approve"
            | "approves"
            | "favor"
            | "favors"
            | "favour"
            | "favours"
            | "want"
            | "wants"
            | "disapprove"
            | "disapproves"
            | "think"
            | "thinks"
            | "believe"
            | "believes"
            | "oppose"
            | "opposes"
            | "expect"
            | "expects"
            | "agree"
            | "agrees"
            | "disagree"
            | "disagrees"
            | "prefer"
            | "prefers"
            | "feel"
            | "feels"
            | "felt"
            | "know"
            | "knows"
            | "knew"
            | "consider"
            | "considers"
            | "intend"
            | "intends"
            | "tend"
            | "tends"
            | "seem"
            | "seems"
            | "appear"
            | "appears"
            | "continue"
            | "continues"
            | "identify"
            | "identifies"
            | "describe"
            | "describes"
            | "see"
            | "sees"
            | "saw"
            | "admit"
            | "admits"
            | "insist"
            | "insists"
            | "go"
            | "goes"
            | "chose"
            | "choose"
            | "chooses"
    )
}

/// Adverbs of degree that stand between the counted noun and its verb ("19 percent somewhat
/// approve", "42% strongly disagree").
pub fn is_verb_adverb(w: &str) -> bool {
    matches!(
        w,
        "strongly"
            | "somewhat"
            | "generally"
            | "mostly"
            | "largely"
            | "really"
            | "actually"
            | "firmly"
            | "broadly"
            | "overwhelmingly"
            | "narrowly"
            | "currently"
            | "personally"
            | "definitely"
            | "probably"
            | "increasingly"
            | "truly"
            | "hardly"
    )
}

/// Words that are verbs after the counted noun only when an object or infinitive follows
/// ("62% of Americans support the deal", "parents plan to") but nouns otherwise ("40% support
/// among Democrats", "retirement plans", "insurance claims").
pub fn is_noun_or_verb(w: &str) -> bool {
    matches!(
        w,
        "support"
            | "supports"
            | "need"
            | "needs"
            | "plan"
            | "plans"
            | "hope"
            | "hopes"
            | "fear"
            | "fears"
            | "view"
            | "views"
            | "trust"
            | "trusts"
            | "doubt"
            | "doubts"
            | "backs"
            | "blame"
            | "blames"
            | "claim"
            | "claims"
            | "worry"
            | "worries"
            | "lean"
            | "leans"
            | "rate"
            | "rates"
            | "report"
            | "reports"
    )
}

/// Words that, glued by a hyphen after a number, give the size of the group named next: "a
/// five-member committee", "a 1,000-strong force", "a 12-person jury". Any other noun there
/// makes the compound an adjective that says what kind of thing follows ("a two-state
/// solution", "a three-judge panel"), not how many there are.
pub fn is_group_size_word(w: &str) -> bool {
    matches!(w, "member" | "strong" | "man" | "person" | "woman")
}

/// Words glued by a hyphen after a number that make it approximate, not a compound adjective:
/// "1,000-odd troops", "a 40-plus crowd", "20-something voters".
pub fn is_approximator_suffix(w: &str) -> bool {
    matches!(w, "odd" | "plus" | "some" | "something" | "ish")
}

/// Nouns for a size or a change, which a hyphenated number before them measures in the unit
/// between: "a 20-point lead", "a 60-vote majority", "a 400-point loss".
pub fn is_magnitude_noun(w: &str) -> bool {
    matches!(
        w,
        "lead"
            | "leads"
            | "margin"
            | "margins"
            | "majority"
            | "advantage"
            | "edge"
            | "deficit"
            | "gap"
            | "threshold"
            | "drop"
            | "fall"
            | "decline"
            | "loss"
            | "losses"
            | "rise"
            | "increase"
            | "gain"
            | "gains"
            | "jump"
            | "swing"
            | "win"
            | "victory"
            | "defeat"
            | "surplus"
            | "shortfall"
    )
}

/// Modifiers that add nothing to what is counted: "1,000 *other* coalition troops".
pub fn is_droppable_modifier(w: &str) -> bool {
    matches!(w, "other" | "more" | "additional" | "extra" | "further" | "fewer" | "such")
}

/// Plurals that do not end in "s", and mass nouns counted as groups.
pub fn is_irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "police"
            | "personnel"
            | "staff"
            | "cattle"
            | "sheep"
            | "fish"
            | "deer"
            | "aircraft"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "data"
            | "media"
            | "crew"
            | "youth"
            | "livestock"
            | "militia"
            | "infantry"
            | "cavalry"
            | "offspring"
            | "clergy"
            | "folk"
    )
}

/// Participles that, after a count, say what happened to what is counted ("137 people killed").
pub fn is_outcome_participle(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "dead"
            | "wounded"
            | "injured"
            | "hurt"
            | "arrested"
            | "detained"
            | "displaced"
            | "missing"
            | "evacuated"
            | "infected"
            | "hospitalized"
            | "hospitalised"
            | "rescued"
            | "affected"
            | "kidnapped"
            | "abducted"
            | "captured"
            | "executed"
            | "murdered"
            | "slain"
            | "stranded"
            | "trapped"
            | "jailed"
            | "imprisoned"
            | "released"
            | "freed"
            | "sentenced"
            | "convicted"
            | "charged"
            | "deported"
            | "vaccinated"
            | "employed"
            | "unemployed"
            | "laid"
            | "fired"
            | "sacked"
            | "surveyed"
            | "polled"
            | "registered"
    )
}

pub fn is_month(w: &str) -> bool {
    dossier_core::lexicon::month_of(w).is_some()
        || matches!(
            w,
            "enero"
                | "febrero"
                | "marzo"
                | "abril"
                | "mayo"
                | "junio"
                | "julio"
                | "agosto"
                | "septiembre"
                | "octubre"
                | "noviembre"
                | "diciembre"
        )
}

pub fn is_weekday(w: &str) -> bool {
    dossier_core::lexicon::weekday_of(w).is_some()
}

/// Words before a number that make it a label, not an amount: "Article 5", "exit 436".
pub fn is_label_word(w: &str) -> bool {
    matches!(
        w,
        "no" | "nos"
            | "number"
            | "version"
            | "v"
            | "ver"
            | "vol"
            | "volume"
            | "page"
            | "p"
            | "pp"
            | "chapter"
            | "section"
            | "article"
            | "exit"
            | "route"
            | "highway"
            | "interstate"
            | "flight"
            | "room"
            | "suite"
            | "rule"
            | "ref"
            | "id"
            | "code"
            | "level"
            | "phase"
            | "stage"
            | "grade"
            | "class"
            | "season"
            | "episode"
            | "round"
            | "game"
            | "week"
            | "day"
            | "act"
            | "amendment"
            | "resolution"
            | "model"
            | "series"
            | "gate"
            | "platform"
            | "channel"
            | "district"
            | "ward"
            | "precinct"
            | "box"
            | "unit"
            | "item"
            | "figure"
            | "fig"
            | "table"
            | "paragraph"
            | "clause"
            | "category"
            | "covid"
            | "iso"
            | "windows"
            | "ios"
            | "android"
            | "python"
    )
}

/// Abbreviations whose final period does not end a sentence.
pub fn is_abbreviation(w: &str) -> bool {
    w.chars().count() == 1
        || matches!(
            w,
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "gen"
                | "col"
                | "lt"
                | "sgt"
                | "st"
                | "no"
                | "vs"
                | "inc"
                | "corp"
                | "co"
                | "ltd"
                | "jr"
                | "sr"
                | "gov"
                | "sen"
                | "rep"
                | "prof"
                | "capt"
                | "maj"
                | "cpl"
                | "pvt"
                | "adm"
                | "rev"
                | "est"
                | "approx"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "fig"
                | "mt"
                | "ft"
                | "pp"
                | "vol"
                | "etc"
                | "al"
        )
}

/// Nouns after "a" / "per" that make an amount a rate: "$1.40 a share", "15% per annum".
pub fn is_rate_noun(w: &str) -> bool {
    matches!(
        w,
        "share"
            | "dozen"
            | "annum"
            | "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "night"
            | "barrel"
            | "tonne"
            | "ton"
            | "gallon"
            | "litre"
            | "liter"
            | "kilo"
            | "kg"
            | "pound"
            | "ounce"
            | "head"
            | "person"
            | "capita"
            | "unit"
            | "piece"
            | "ticket"
            | "mile"
            | "kilometre"
            | "kilometer"
            | "km"
            | "minute"
            | "second"
    )
}

/// Fraction words after a small number: "two-thirds", "three quarters".
pub fn fraction_denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}
