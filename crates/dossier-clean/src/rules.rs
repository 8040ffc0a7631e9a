//! Line-level rules for what is not article text: captions, photo credits and site chrome.
//!
//! Every rule looks at one tidied line alone, so it works on any site's extraction. Rules are
//! anchored (a line that *starts* like a share bar, *ends* like a photo credit) or limited to
//! short lines, because body sentences mention photos, Reuters and newsletters all the time.

use regex::{Regex, RegexSet};
use std::sync::LazyLock;

/// Photo and wire agencies as they appear in credits ("Eric Gay/AP", "REUTERS/Kevin Lamarque").
const AGENCY: &str = r"(?:AP|AFP|EPA|EFE|EPA-EFE|UPI|PA|DPA|dpa|TASS|REUTERS|Reuters|Getty(?: Images)?|GETTY(?: IMAGES)?|Bloomberg|Shutterstock|iStock(?:photo)?|Alamy|NurPhoto|SOPA Images|LightRocket|ZUMA(?: Press| Wire)?|Zuma(?: Press)?|Sipa(?: USA)?|SIPA|Xinhua|XINHUA|Anadolu(?: Agency)?|ANADOLU|Sputnik|SPUTNIK|IRNA|Kyodo|Yonhap|Pool|POOL|Handout|HANDOUT|Wikimedia(?: Commons)?|WireImage|FilmMagic|Redux|Polaris|Corbis|MCT|TNS|NPR|CQ-Roll Call|AP Images|PA Images|PA Media|PA Wire|USA TODAY(?: Sports| NETWORK)?|Contributed|File|Pixabay|Unsplash|Flickr)";

/// Lazy-DFA cache per pattern: large enough that the Unicode classes never push the regex
/// engine back to its slow NFA simulation.
const DFA_BYTES: usize = 8 << 20;

fn re(p: &str) -> Regex {
    // The patterns are constants written here; a typo is a bug caught by every test.
    regex::RegexBuilder::new(p)
        .dfa_size_limit(DFA_BYTES)
        .build()
        .unwrap_or_else(|e| panic!("bad built-in pattern {p}: {e}"))
}

fn set(ps: &[String]) -> RegexSet {
    regex::RegexSetBuilder::new(ps)
        .dfa_size_limit(DFA_BYTES)
        .build()
        .unwrap_or_else(|e| panic!("bad built-in pattern set: {e}"))
}

/// Whole short lines that are navigation, ads or share bars.
static CHROME_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:advertisements?|ads?|sponsored(?: content)?|paid content|story continue[sd] below|continue reading(?: the main story| below)?|advertisement continue reading the main story|(?:\d+ )?related(?: articles?| stories| coverage| content| links| posts?| news| topics)?|more(?: stories| news| from \S+(?: \S+){0,3})?|back to top(?: button)?|top of page|share(?: this(?: article| story| post| page)?| on (?:facebook|twitter|x))?|share(?: tweet| post| email| facebook| twitter| whatsapp| linkedin| pinterest| reddit| print| copy link| save)+|(?:facebook|twitter|whatsapp|pinterest|linkedin|reddit|email|print|messenger|telegram|copy link|youtube|instagram|tiktok)(?: (?:facebook|twitter|whatsapp|pinterest|linkedin|reddit|email|print|messenger|telegram|copy link|youtube|instagram|tiktok))*|tweet|close|comments?|(?:next |previous )?image \d+ of \d+|more on this|play (?:facebook|twitter|email|video)|\[/?pullquote\]|view comments|leave a comment|skip to (?:main )?content|loading|video|watch|watch now|listen|play|play video|gallery|next|previous|menu|search|top stories|trending(?: now)?|most (?:read|popular|viewed)|recommended(?: for you| stories)?|you may also like|you might also like|see also|further reading|read more|read next|also read|read also|newsletter sign-?up|sign up|subscribe|subscribe now|log in|sign in|register|thank you for signing up|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|updated|ad feedback|report an error|corrections? & amplifications|editor'?s note|print this article)[\s:.!…>»›|-]*$",
    )
});

/// Lines that are a related-links list header: the short lines after it are headlines of other
/// articles.
static LIST_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:\d+ )?(?:related(?: articles?| stories| coverage| content| links| posts?| news)?|more(?: stories| news)?(?: from \S+(?: \S+){0,3})?|you may also like|you might also like|recommended(?: for you| stories)?|most (?:read|popular|viewed)|trending(?: now)?|top stories|read next|further reading|more on this)[\s:.!…>»›|-]*$",
    )
});

/// Link teasers: "Read more: …", "Related: …", "WATCH: …", "( PHOTOS: … )".
static TEASER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\(?\s*(?:read more|read next|read also|also read|related(?: coverage| post| stories| articles?)?|see also|more|watch|listen|full coverage|special coverage|photos|video|latest|recommended|don'?t miss|must read|trending)\s*(?:[:|»›>]|from(?-u:\b))",
    )
});

/// Chrome recognised by how a (not too long) line starts or what it contains.
static CHROME_SHORT: LazyLock<RegexSet> = LazyLock::new(|| {
    set(&[
        // Newsletter, subscription, app and social prompts.
        r"(?i)^\**(?:sign up(?-u:\b)|signup(?-u:\b)|subscribe(?-u:\b)|click here|tap here|follow us|like us on|get (?:our|the) .*(?:newsletter|app)|download (?:our|the) .*app|want .* in your inbox|got a tip|have a tip|share this|share or comment|read or share this story|share your thoughts|join the conversation|thanks for reading|thank you for (?:reading|signing up|subscribing)|support (?:our|\S+['’]s|independent|quality) .*journalism|help support .*journalism|this article is more than \d+ \w+ old|slideshow \(\d+ images?\)|watch the latest video|get (?:unlimited|full) access|already a subscriber|become a (?:member|subscriber))".to_string(),
        r"(?i)(?-u:\b)click here(?-u:\b)|(?-u:\b)tap here(?-u:\b)".to_string(),
        r"(?i)(?-u:\b)(?:sign(?:ing)? up|subscribe|subscription)(?-u:\b).*(?-u:\b)newsletters?(?-u:\b)|(?-u:\b)newsletters?(?-u:\b).*(?-u:\b)(?:sign(?:ing)? up|subscribe|inbox)(?-u:\b)".to_string(),
        r"(?i)^follow(?-u:\b).*(?-u:\b)on (?:twitter|facebook|instagram|x|threads|bluesky|tiktok)(?-u:\b)|^follow @\w+".to_string(),
        // Copyright footers.
        r"(?i)^(?:©|\(c\)\s*\d{4}|copyright(?-u:\b))|(?-u:\b)all rights reserved(?-u:\b)|may not be (?:published|reproduced), broadcast, rewritten,? or redistributed".to_string(),
        r"(?i)^advertisement\s+(?:thanks|continue|story|skip|scroll)|^contact us at \S+@|^(?:read|watch|see|listen to) (?:the )?(?:full )?(?:story|article|video|interview|report|more|it) here[.!]?$".to_string(),
        // Contact and follow-up footers: "Write to X at x@paper.com", "Send letters to …".
        r"(?i)^write to .* at \S+@\S+|^send (?:us )?(?:letters?|a letter|tips?|a tip)(?-u:\b)|^click for more(?-u:\b)|^go deeper:?$|(?-u:\b)flipboard magazine".to_string(),
        // Video-player residue: "JUST WATCHED … Replay More Videos … MUST WATCH …".
        r"(?i)^just watched(?-u:\b)|(?-u:\b)replay more videos(?-u:\b)|^must watch(?-u:\b)".to_string(),
        // Cookie and script notices.
        r"(?i)(?-u:\b)(?:we|this (?:site|website)) uses? cookies(?-u:\b)|(?-u:\b)accept (?:all )?cookies(?-u:\b)|(?-u:\b)cookie (?:policy|settings|preferences)(?-u:\b)|(?-u:\b)enable javascript(?-u:\b)|(?-u:\b)your browser does not support(?-u:\b)".to_string(),
        // Guardian-style related link: "Headline of another story Read more".
        r"(?i)(?-u:\b)read more\s*$".to_string(),
    ])
});

/// A sign-up form's legal text ("By signing up you agree to receive email newsletters …",
/// "This site is protected by reCAPTCHA …"): chrome even inside a long run of form labels.
static SIGNUP_LEGAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)by (?:signing up|subscribing|clicking (?:submit|sign up)),? you (?:agree|acknowledge)(?-u:\b)|(?-u:\b)protected by recaptcha(?-u:\b)|verify you['’]re not a robot|(?-u:\b)you must select a newsletter(?-u:\b)",
    )
});

/// Photo-gallery and player residue: junk at any length, even run into a long line.
static GALLERY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:toggle caption|image caption|media caption|hide caption \d+ of \d+)(?-u:\b)|^Photos?:.*\sPhotos?:\s",
    )
});

/// Captions and credits recognised by how a line starts (anchored: cheap on long lines).
static CAPTION_START: LazyLock<RegexSet> = LazyLock::new(|| {
    set(&[
        // Widget and caption labels the extractor left in.
        r"(?i)^(?:image copyright|image caption|media caption|media playback is unsupported|enlarge this image|toggle caption|hide caption|caption:?\s|image source:|file photo(?-u:\b)|photo gallery(?-u:\b)|facebook twitter pinterest\s)".to_string(),
        // "PHOTO/AP - …", "REUTERS/CARLOS BARRIA - …".
        format!(r"^(?:PHOTO|FOTO|FILE PHOTO|IMAGE|{AGENCY})\s*/\s*[^\s/()]+(?: [^\s/()]+){{0,5}}?\s+[-–—]\s"),
        // Credit at the start: "Mark J. Terrill/AP/File A voter fills out …".
        format!(r#"^\p{{Lu}}[\p{{L}}.'’-]*(?: \p{{Lu}}?[\p{{L}}.'’-]+){{0,4}}\s?/\s?{AGENCY}(?:/File)?\s+[\p{{Lu}}“"‘]"#),
    ])
});

/// Captions recognised by how a line ends; only the tail of a long line is searched.
static CAPTION_END: LazyLock<RegexSet> = LazyLock::new(|| {
    set(&[
        // An image file name at the end: "205570-01-08.jpg".
        r"(?i)\S\.(?:jpe?g|png|gif|webp|tiff?)\s*$".to_string(),
        // Credit in brackets at the end: "(Eduardo Munoz/Reuters)", "(Photo: Jim Watson, AFP)".
        r"(?i)[(\[]\s*(?:photo|photos|photograph|image|picture|pic|credit|file photo|courtesy|illustration|photo illustration)(?-u:\b)[^()\[\]]*[)\]]\s*$".to_string(),
        format!(r"[(\[][^()\[\]]*/\s*{AGENCY}(?-u:\b)[^()\[\]]*[)\]]\s*$"),
        // Unbracketed credit at the end: ". REUTERS/Kevin Lamarque", "Nam Y. Huh/AP".
        r"(?-u:\b)REUTERS/\S+(?: \S+){0,6}$".to_string(),
        format!(r"(?:^|\s)\p{{Lu}}[\p{{L}}.'’-]*(?: \p{{Lu}}?[\p{{L}}.'’-]+){{0,4}}\s?/\s?{AGENCY}(?:/\S+)?(?: (?:Photos?|file|File|Images))?(?:, (?:FILE|File|file))?\.?\s*$"),
        // "(AP Photo/Evan Vucci)", "(AP Photo/David Zalubowski, File)", "(AP Photo)".
        format!(r"[(\[]\s*{AGENCY}\s+(?:Photos?|Images?|Pool Photo|photo)(?:\s*/[^()\[\]]*)?[)\]]\s*$"),
        r"(?-u:\b)Getty Images\.?\s*$|(?:^|[.!?]\s+)(?:Photo|Photograph|Photo illustration|Illustration)s? by \p{Lu}[^.()]*\.?$".to_string(),
        r"(?i)(?-u:\b)(?:photograph|photo|picture|image|credit)s?:\s*\S+(?: \S+){0,6}$".to_string(),
    ])
});

/// Caption markers that can sit anywhere in a line; searched only when a cheap test passes.
static CAPTION_MID: LazyLock<RegexSet> = LazyLock::new(|| {
    set(&[
        r"(?i)\*\*\*\s*local caption\s*\*\*\*".to_string(),
        // "AFP PHOTO / ALI AL-SAADI", "… AFP via Getty Images".
        r"(?-u:\b)(?:AP|AFP|EPA|UPI|DPA) PHOTO(?-u:\b)|(?-u:\b)AFP via Getty Images(?-u:\b)".to_string(),
        // Politico style: "caption. | AP Photo", "| Pablo Martinez Monsivais/AP Photo".
        format!(
            r"\|\s*(?:{AGENCY}(?:(?:,| and) {AGENCY})*\s*(?:[Pp]hotos?(?-u:\b)|$)|(?:REUTERS|AFP|GETTY IMAGES|Getty)(?-u:\b)|[\p{{Lu}}][\p{{L}}.'’ -]*/{AGENCY}(?-u:\b))"
        ),
    ])
});

/// Longest caption: news captions are a sentence or two.
const CAPTION_MAX_WORDS: usize = 80;

/// Bytes at the end of a line that end-anchored caption patterns need to see.
const TAIL_BYTES: usize = 240;

fn is_caption(line: &str, words: usize) -> bool {
    if CAPTION_START.is_match(line)
        || ((line.contains("aption") || line.starts_with("Photo")) && GALLERY.is_match(line))
    {
        return true;
    }
    // A credit at the end of a long paragraph ("… Illustration by X") belongs to a body that
    // the extractor ran together with it: keep the paragraph.
    if words > CAPTION_MAX_WORDS {
        return false;
    }
    let mut tail = line.len().saturating_sub(TAIL_BYTES);
    while !line.is_char_boundary(tail) {
        tail -= 1;
    }
    if CAPTION_END.is_match_at(line, tail) {
        return true;
    }
    (line.contains(['*', '|']) || line.contains("PHOTO") || line.contains("Getty")) && CAPTION_MID.is_match(line)
}

/// A line that is only a credit: "Mike Blake/Reuters", "Photo: CENTCOM", "(Pixabay photo)".
static CREDIT_ONLY: LazyLock<RegexSet> = LazyLock::new(|| {
    set(&[
        r"(?i)^(?:image\s+)?(?:photo|photos|photograph|picture|image|credit|photo credit|image credit|foto)\s*(?:by|:|/)\s*\S".to_string(),
        r"(?i)^\(\s*(?:photo|picture|image|credit)(?-u:\b)[^()]*\)$".to_string(),
        r"^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}?[\p{L}.'’-]+){0,4}\s?/\s?\p{Lu}[\p{L}.'’ -]{1,40}$".to_string(),
        r"(?i)^(?:photo|file photo|file|image|video)$".to_string(),
        format!(r"^\(?(?:{AGENCY})(?: Photos?| file| File| Images)?\)?$"),
    ])
});

/// Reason a line is not body text, or None to keep it.
pub fn classify(line: &str, words: usize) -> Option<&'static str> {
    // Separators ("___", "* * *", "…") carry no text.
    if !line.chars().any(char::is_alphanumeric) {
        return Some("chrome");
    }
    if words <= 12 && CHROME_WHOLE.is_match(line) {
        return Some("chrome");
    }
    if words <= 40 && TEASER.is_match(line) {
        return Some("chrome");
    }
    if words <= 10 && CREDIT_ONLY.is_match(line) && !ends_as_sentence_body(line) {
        return Some("credit");
    }
    if is_caption(line, words) {
        return Some(if words <= 6 { "credit" } else { "caption" });
    }
    if words <= 40 && CHROME_SHORT.is_match(line) {
        return Some("chrome");
    }
    // (A substring test first: the regex would otherwise scan every body line.)
    let maybe_form = ["igning up", "ubscribing", "licking", "ECAPTCHA", "eCAPTCHA", "robot", "newsletter"]
        .iter()
        .any(|k| line.contains(k));
    if words <= 120 && maybe_form && SIGNUP_LEGAL.is_match(line) {
        return Some("chrome");
    }
    None
}

/// Short credit-like lines ending in a full stop after a lowercase word are sentences
/// ("Photo: he was there." never; "Source: officials said." is body).
fn ends_as_sentence_body(line: &str) -> bool {
    line.ends_with('.') && line.split(' ').count() >= 5
}

/// "By Jane Doe", "By Jane Doe and John Roe, Associated Press": a byline, not a sentence.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:By|BY|by) \p{Lu}[\p{L}.'’-]*(?:,? (?:\p{Lu}[\p{L}.'’-]*|and|de|da|van|von|der|al|bin|la|le|del))*$")
});

/// True for a byline line (checked near the top of an article only).
pub fn is_byline(line: &str, words: usize) -> bool {
    words <= 10 && BYLINE.is_match(line)
}

/// True for a header that starts a list of links to other articles.
pub fn is_list_header(line: &str) -> bool {
    LIST_HEADER.is_match(line)
}

/// A link-list entry: a short headline-like line without sentence punctuation at its end.
pub fn is_link_like(line: &str, words: usize) -> bool {
    words <= 20 && !line.ends_with(['.', '!', '?', '"', '”', ':', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(line: &str) -> Option<&'static str> {
        classify(line, line.split_whitespace().count())
    }

    #[test]
    fn captions() {
        for l in [
            "Sign at a protest outside Trump Tower in New York City, February 8, 2018. (Eduardo Munoz/Reuters)",
            "Commuters get off a train wearing masks in the Metro on April 24. (Eric Baradat/AFP/Getty Images)",
            "Former campaign manager Corey Lewandowski leaves the committee room in Washington, DC. (Photo by Tasos Katopodis/Getty Images)",
            "Families of the victims arrive at the site of the attack in Kabul [Mohammad Ismail/Reuters]",
            "U.S. President Donald Trump speaks during a meeting at the White House in Washington, U.S., June 22, 2018. REUTERS/Kevin Lamarque",
            "A woman walks a dog past closing signs in a store window in Niles, Ill., May 13, 2020. Nam Y. Huh/AP",
            "Mark J. Terrill/AP/File A voter fills out a registration form before getting in line.",
            "Facebook Twitter Pinterest Jared Kushner at the royal court in Riyadh. Photograph: Jonathan Ernst/Reuters",
            "Image copyright Reuters Image caption A hearse arrived at the hospital",
            "Media playback is unsupported on your device Media caption Nato explained in 80 seconds",
            "Enlarge this image toggle caption Jacquelyn Martin/AP Jacquelyn Martin/AP",
            "FILE PHOTO: The building of the U.S. Supreme Court in Washington, June 26, 2017. REUTERS/Yuri Gripas/File Photo",
            "PHOTO/AP - Soldados de Estados Unidos en la base aérea de Al Asad",
            "REUTERS/CARLOS BARRIA - El primer ministro de Irak, Mustafa al-Kazemi",
            "PHOTO/UNITED STATES ARMY - Operation Inherent Resolve (CJTF-OIR), the Global Coalition",
            "Children watch a soldier on patrol in Mosul. AFP PHOTO / ALI AL-SAADI *** Local Caption *** 205570-01-08.jpg",
            "U.N. ambassador Nikki Haley is among a handful of Republicans being watched. | Pablo Martinez Monsivais/AP Photo",
            "President Donald Trump arrives to speak at an event in the Rose Garden, Tuesday, May 26, 2020, in Washington. (AP Photo/Evan Vucci)",
            "The plans emerging in many states indicate that normal is still a long way off. (AP Photo/John Minchillo, File)",
            "Protesters gather outside the ministry in central Baghdad on Sunday. (AP Photo)",
            "The acting secretary visited Portland and did not meet the city's mayor. Eva Marie Uzcategui Getty Images",
            "Photograph of a ventilator by Misha Friedman/Getty Images.",
            "Rich Pedroncelli/AP/File “Latinos changed the political structure.” – a former state senator",
            "Portrait of the author. Hide Caption 6 of 7 Photos: A style icon remembered",
            "Photos: The Ebola epidemic Photos: The Ebola epidemic An Ebola survivor takes part in a study in Monrovia, Liberia, on June 17, 2015. The country launched a five-year study to unravel the mysteries of the disease, and officials said more than 1,500 survivors had signed up within the first months, making it the largest effort of its kind anywhere in the region so far.",
            "Former Federal Reserve Bank President Richard Fisher. | AP photo",
            "The move could come as soon as Friday, sources said. | AP, Reuters Photos Hill gets health fix",
            "Any post-victory bounce for the president-elect has been fleeting. | Getty Polls show low approval",
        ] {
            assert_eq!(c(l), Some("caption"), "{l}");
        }
    }

    #[test]
    fn credits() {
        for l in [
            "image Photo: CENTCOM",
            "Photo: CENTCOM",
            "Credit: Reuters",
            "(Photo by John Moore/Getty Images)",
            "Mike Blake/Reuters",
            "File photo",
            "Photo",
            "Image source: Getty Images.",
            "Photo: U.S. Bureau of Labor Statistics",
            "Matt York/AP, FILE",
            "(Illustration: Roman Genn)",
        ] {
            assert_eq!(c(l), Some("credit"), "{l}");
        }
    }

    #[test]
    fn chrome() {
        for l in [
            "Advertisement",
            "ADVERTISEMENT",
            "Story Continued Below",
            "Related Articles",
            "Back to top button",
            "Share this:",
            "Subscribe to our newsletter",
            "Sign up for Daily Newsletters Manage Newsletters",
            "Click here to see the president’s complete address.",
            "CLICK HERE TO GET THE FOX NEWS APP",
            "Follow us on Twitter",
            "Follow @politico",
            "Follow USA TODAY reporter Kevin McCoy on Twitter: @kmccoynyc",
            "Read more: Senators Crack Impasse on Gun Background Checks",
            "Related: Christie, Perry to share table at event",
            "( PHOTOS: Senators vote on budget deal)",
            "Copyright 2015 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "© Copyright 2017 by Creators Syndicate Inc.",
            "We use cookies to improve your experience. By continuing you accept our cookie policy.",
            "Ted Cruz joins Republicans ranged against the healthcare bill Read more",
            "Read or Share this story: http://usat.ly/2a1D6He",
            "Slideshow (4 Images)",
            "This article is more than 2 years old",
            "6 years ago",
            "SHARE THIS ARTICLE Share Tweet Post Email",
            "JUST WATCHED Cruz focused on defunding Obamacare Replay More Videos ... MUST WATCH Cruz focused on defunding Obamacare 08:33",
            "ADVERTISEMENT Thanks for watching! Visit Website",
            "More On This...",
            "Read the story here.",
            "Contact us at editors@example.com.",
            "___",
            "* * *",
            "Write to Jane Doe at jane.doe@example.com",
            "Send letters to letters@example.com.",
            "Click for more from Media Buzz.",
        ] {
            assert_eq!(c(l), Some("chrome"), "{l}");
        }
    }

    #[test]
    fn sign_up_forms_of_any_length() {
        let l = "POLITICO Pulse newsletter Get the latest on the health care fight, every weekday morning — in your inbox. Email Sign Up By signing up you agree to receive email newsletters or alerts from POLITICO. You can unsubscribe at any time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.";
        assert_eq!(c(l), Some("chrome"));
        let l = "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You will receive emails containing news content , updates and promotions from The New York Times. You may opt-out at any time. You agree to receive occasional updates and special offers for The New York Times's products and services. Thank you for subscribing. An error has occurred. Please try again later. View all New York Times newsletters.";
        assert_eq!(c(l), Some("chrome"));
        // A sentence about signing up is body text.
        let l = "By signing up for the program, farmers agreed to sell their crops at a fixed price for five years, officials said.";
        assert_eq!(c(l), None);
    }

    #[test]
    fn body_lines_that_look_alike_stay() {
        for l in [
            "BAGHDAD (Reuters) - Iraq's prime minister said on Tuesday that foreign troops were no longer needed.",
            "WASHINGTON/LONDON (Reuters) - The United States and Britain said on Monday they would send more troops.",
            "The manhunt began late Thursday just hours after the FBI released photos of the two suspects.",
            "Brad Daugherty, the lone black team owner, told the AP he was “touched to the core” by the ban.",
            "\"DONDA coming this Friday,\" he captioned the photo.",
            "“I feel sorry for him,” Giuliani said Wednesday in a text message to an AP reporter.",
            "The largely commemorative trip gives Trump ample opportunities for photo-ops.",
            "\"We will presumably go on the exchange and sign up for health care,\" Cruz said.",
            "Subscribers to the service will pay $9.99 a month, the company said.",
            "More than 2,500 US troops remain in Iraq.",
            "Related developments: none were announced, the ministry said on Thursday.",
            "In related developments, French President Emmanuel Macron has vowed to assist Iraq.",
            "Clandestine presence",
            "US-Iranian relations",
            "Copyrights and patents were at the centre of the dispute, the lawyer said.",
            "He said the share of voters who backed the plan had fallen to 40 percent.",
            "A photo shared on Twitter showed the minister at the base.",
            "Follow the money, he told reporters.",
            "The Associated Press contributed to this report.",
            "Send in the troops, the senator told the crowd on Tuesday.",
            "Iraq’s demands for US withdrawal, the elephant in the room!",
            "The US-led coalition against ISIS has finished its combat mission in Iraq, Reuters reported.",
            "Source: officials familiar with the talks said the deal was close.",
            "Elias, an 18-year-old voting in his first election, told AFP news agency.",
            "The photo by the agency's staff photographer was widely shared, officials said on Monday.",
            "WASHINGTON (Reuters) - Christine Blasey Ford began her testimony by saying she was terrified.",
            "Nuttall, quoted by AFP news agency, confirmed the move on Friday.",
            "Senators questioned the nominee | EPA scrubs quotes from ethanol announcement | Perry unsure if he will testify",
            "The moment was captured in a photo by a passer-by.",
            "The moment was captured in a photo by Reuters photographer Jane Doe.",
        ] {
            assert_eq!(c(l), None, "{l}");
        }
    }
}
