//! Resolving place values and place names in prose through the gazetteer.

use crate::gazetteer::{Country, Gazetteer, Hit, Place, PlaceKind};
use crate::model::{Entity, EntityKind};

/// The entity of a country.
pub fn country_entity(c: &Country) -> Entity {
    let mut e = Entity::new(c.title.clone(), EntityKind::Country(c.iso2.clone()));
    e.country = Some(c.iso2.clone());
    e
}

/// The entity of a city or region, titled by its key (a namesake's
/// qualified title).
pub fn place_entity(g: &Gazetteer, p: &Place) -> Entity {
    let index = g
        .places
        .iter()
        .position(|q| std::ptr::eq(q, p))
        .expect("place of this gazetteer");
    let mut e = Entity::new(
        p.key.clone(),
        EntityKind::Place {
            city: p.kind == PlaceKind::City,
            place: index,
        },
    );
    e.country = Some(p.country.clone());
    e
}

/// What one item of a place value resolved to.
pub enum Resolved<'g> {
    One(Hit<'g>),
    /// Several candidates and nothing to choose between them.
    Ambiguous(Vec<String>),
    Unknown,
}

/// A country by name, alternative spelling or ISO code.
pub fn country_named<'g>(g: &'g Gazetteer, name: &str) -> Option<&'g Country> {
    country_folded(g, name, &crate::gazetteer::fold(name))
}

/// [`country_named`] with the name's folded form at hand.
fn country_folded<'g>(g: &'g Gazetteer, name: &str, folded: &str) -> Option<&'g Country> {
    let named = g.countries_folded(folded);
    if named.len() == 1 {
        // `the Cañada de Cepeda`: ñ is a letter of its own, no accented n;
        // a name with it names a country only as the country writes it
        // (no Cañada is Canada).
        let c = named[0];
        if name.contains(['ñ', 'Ñ']) {
            let written = name.trim().to_lowercase();
            if !c
                .names
                .iter()
                .chain([&c.title])
                .any(|n| n.to_lowercase() == written)
            {
                return None;
            }
        }
        return Some(c);
    }
    if name.len() == 3 && name.chars().all(|c| c.is_ascii_uppercase()) {
        return g.country_by_code(name);
    }
    None
}

/// Compass words that qualify a place without being part of its name.
pub(crate) const DIRECTIONS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "central",
    "north-central",
    "south-central",
    "east-central",
    "west-central",
    "north",
    "south",
    "east",
    "west",
];

/// True for a compass word alone (`Northwestern` of `Northwestern Syria`).
pub fn is_direction(name: &str) -> bool {
    let name = name.trim();
    DIRECTIONS.iter().any(|d| name.eq_ignore_ascii_case(d))
}

/// `the Southwest`, `Far North`, `North-West Region`: a part of a country
/// named by its direction alone (and perhaps the kind of part), which
/// says nothing of which country (Cameroon's regions are so named).
fn is_compass_name(name: &str) -> bool {
    const COMPASS: &[&str] = &[
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "midwest",
        "far",
        "centre",
        "center",
        "middle",
    ];
    const PART: &[&str] = &[
        "region",
        "province",
        "district",
        "area",
        "zone",
        "territory",
    ];
    // Asked of every name resolved: no allocation, and most names fail on
    // their first letter.
    if !name.as_bytes().first().is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'n' | b's' | b'e' | b'w' | b'c' | b'm' | b'f'
        )
    }) {
        return false;
    }
    let name = match name.rsplit_once([' ', '-']) {
        Some((head, last)) if PART.iter().any(|p| last.eq_ignore_ascii_case(p)) => head,
        _ => name,
    };
    let mut words = name.split([' ', '-']).filter(|w| !w.is_empty()).peekable();
    words.peek().is_some()
        && words.all(|w| is_direction(w) || COMPASS.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// A land whose name the gazetteer gives to one country's province or
/// region while the land itself lies (or lay) across today's borders:
/// `fought in Galicia` in 1914 is no Spanish province, `Kurdistan` no
/// Iranian one, `Ulster` no Irish one alone (six of its nine counties are
/// the United Kingdom's), `the Sahel` no province of Burkina Faso.
fn spans_borders(name: &str) -> bool {
    const LANDS: &[&str] = &[
        "galicia",
        "kurdistan",
        "ulster",
        "sahel",
        "timor",
        "karelia",
        "lapland",
        "pomerania",
        "tyrol",
        "istria",
        "epirus",
        "tanganyika",
        "bukovina",
        "bessarabia",
        "banat",
        "dobruja",
        "lusatia",
        "silesia",
        "schleswig",
        "frisia",
        "limburg",
        "brabant",
        "carinthia",
        "styria",
        "dalmatia",
        // GeoNames gives these to towns (New Iberia and Livonia in the
        // United States, Turkistan in Kazakhstan).
        "iberia",
        "iberian peninsula",
        "livonia",
        "turkestan",
    ];
    LANDS.iter().any(|l| name.eq_ignore_ascii_case(l))
}

/// Lands of history within one state today, by ISO code, their names
/// as [`crate::gazetteer::fold`] writes them, in order (looked up by
/// binary search).
const LANDS_OF_ONE_STATE: &[(&str, &str)] = &[
    ("abyssinia", "ET"),
    ("acarnania", "GR"),
    ("aetolia", "GR"),
    ("alentejo", "PT"),
    ("algarve", "PT"),
    ("anatolia", "TR"),
    ("anglesey", "GB"),
    ("angoumois", "FR"),
    ("annam", "VN"),
    ("argolis", "GR"),
    ("argyll", "GB"),
    ("artois", "FR"),
    ("asia minor", "TR"),
    ("attica", "GR"),
    ("auvergne", "FR"),
    ("awadh", "IN"),
    ("ayrshire", "GB"),
    ("babylonia", "IQ"),
    ("baetica", "ES"),
    ("basutoland", "LS"),
    ("bearn", "FR"),
    ("bechuanaland", "BW"),
    ("bedfordshire", "GB"),
    ("belgian congo", "CD"),
    ("berkshire", "GB"),
    ("berwickshire", "GB"),
    ("biafra", "NG"),
    ("bithynia", "TR"),
    ("boeotia", "GR"),
    ("bohemia", "CZ"),
    ("brecknockshire", "GB"),
    ("britain", "GB"),
    ("british guiana", "GY"),
    ("british honduras", "BZ"),
    ("british somaliland", "SO"),
    ("brittany", "FR"),
    ("bruttium", "IT"),
    ("burgundy", "FR"),
    ("caernarfonshire", "GB"),
    ("caithness", "GB"),
    ("caledonia", "GB"),
    ("cape colony", "ZA"),
    ("cappadocia", "TR"),
    ("cardiganshire", "GB"),
    ("caria", "TR"),
    ("carnatic", "IN"),
    ("carniola", "SI"),
    ("castile", "ES"),
    ("castile la mancha", "ES"),
    ("chalcidice", "GR"),
    ("champagne", "FR"),
    ("cheshire", "GB"),
    ("cilicia", "TR"),
    ("cisalpine gaul", "IT"),
    ("cochinchina", "VN"),
    ("colony of natal", "ZA"),
    ("colony of virginia", "US"),
    ("congo free state", "CD"),
    // The six counties of Northern Ireland (the gazetteer holds its
    // council areas).
    ("county antrim", "GB"),
    ("county armagh", "GB"),
    ("county down", "GB"),
    ("county durham", "GB"),
    ("county fermanagh", "GB"),
    ("county londonderry", "GB"),
    ("county tyrone", "GB"),
    ("courland", "LV"),
    ("crimea", "UA"),
    ("crimean peninsula", "UA"),
    ("cumberland", "GB"),
    ("cyrenaica", "LY"),
    ("dahomey", "BJ"),
    ("darfur", "SD"),
    ("dauphine", "FR"),
    ("deccan", "IN"),
    ("democratic republic of vietnam", "VN"),
    ("donbas", "UA"),
    ("donbass", "UA"),
    ("dumfriesshire", "GB"),
    ("dutch guiana", "SR"),
    ("dutch republic", "NL"),
    ("east anglia", "GB"),
    ("east germany", "DE"),
    ("east midlands", "GB"),
    ("east pakistan", "BD"),
    ("etruria", "IT"),
    ("euboea", "GR"),
    ("extremadura", "ES"),
    ("formosa", "TW"),
    ("franche comte", "FR"),
    ("franconia", "DE"),
    ("french somaliland", "DJ"),
    ("french sudan", "ML"),
    ("galatia", "TR"),
    ("galilee", "IL"),
    ("gallia narbonensis", "FR"),
    ("galloway", "GB"),
    ("gascony", "FR"),
    ("gaza strip", "PS"),
    ("glamorgan", "GB"),
    ("greater manchester", "GB"),
    ("griqualand", "ZA"),
    ("guyenne", "FR"),
    ("hejaz", "SA"),
    ("herzegovina", "BA"),
    ("holstein", "DE"),
    ("huntingdonshire", "GB"),
    ("inverness shire", "GB"),
    ("italian somaliland", "SO"),
    ("java", "ID"),
    ("kampuchea", "KH"),
    ("katanga", "CD"),
    ("kordofan", "SD"),
    ("laconia", "GR"),
    ("lanarkshire", "GB"),
    ("languedoc", "FR"),
    ("latium", "IT"),
    ("left bank ukraine", "UA"),
    ("limousin", "FR"),
    ("locris", "GR"),
    ("lorraine", "FR"),
    ("lothian", "GB"),
    ("lower canada", "CA"),
    ("lower egypt", "EG"),
    ("lucania", "IT"),
    ("luzon", "PH"),
    ("lycaonia", "TR"),
    ("lycia", "TR"),
    ("lydia", "TR"),
    ("magna graecia", "IT"),
    ("malabar", "IN"),
    ("malaya", "MY"),
    ("manchukuo", "CN"),
    ("manchuria", "CN"),
    ("masovia", "PL"),
    ("matabeleland", "ZW"),
    ("mecklenburg", "DE"),
    ("mercia", "GB"),
    ("merionethshire", "GB"),
    ("merseyside", "GB"),
    ("messenia", "GR"),
    ("middlesex", "GB"),
    ("mindanao", "PH"),
    ("montgomeryshire", "GB"),
    ("moravia", "CZ"),
    ("morea", "GR"),
    ("muscovy", "RU"),
    ("mysia", "TR"),
    ("nagorno karabakh", "AZ"),
    ("natal colony", "ZA"),
    ("newfoundland", "CA"),
    ("north riding of yorkshire", "GB"),
    ("north vietnam", "VN"),
    ("north yemen", "YE"),
    ("northamptonshire", "GB"),
    ("northern rhodesia", "ZM"),
    ("northumbria", "GB"),
    ("nyasaland", "MW"),
    ("old swiss confederacy", "CH"),
    ("orange free state", "ZA"),
    ("ostrobothnia", "FI"),
    ("oudh", "IN"),
    ("pamphylia", "TR"),
    ("paphlagonia", "TR"),
    ("peloponnese", "GR"),
    ("perigord", "FR"),
    ("perthshire", "GB"),
    ("phocis", "GR"),
    ("phrygia", "TR"),
    ("picardy", "FR"),
    ("picenum", "IT"),
    ("pisidia", "TR"),
    ("podolia", "UA"),
    ("poitou", "FR"),
    ("portuguese guinea", "GW"),
    ("provence", "FR"),
    ("province of canada", "CA"),
    ("province of massachusetts bay", "US"),
    ("province of new jersey", "US"),
    ("province of new york", "US"),
    ("province of pennsylvania", "US"),
    ("quercy", "FR"),
    ("radnorshire", "GB"),
    ("rajputana", "IN"),
    ("republic of vietnam", "VN"),
    ("rhineland", "DE"),
    ("right bank ukraine", "UA"),
    ("rojava", "SY"),
    ("roman britain", "GB"),
    ("rouergue", "FR"),
    ("roussillon", "FR"),
    ("roxburghshire", "GB"),
    ("saintonge", "FR"),
    ("samnium", "IT"),
    ("samogitia", "LT"),
    ("scania", "SE"),
    ("scottish highlands", "GB"),
    ("shirvan", "AZ"),
    ("siberia", "RU"),
    ("slavonia", "HR"),
    ("somaliland", "SO"),
    ("south african republic", "ZA"),
    ("south ossetia", "GE"),
    ("south vietnam", "VN"),
    ("south west africa", "NA"),
    ("south yemen", "YE"),
    ("south yorkshire", "GB"),
    ("southern rhodesia", "ZW"),
    ("spanish guinea", "GQ"),
    ("stirlingshire", "GB"),
    ("sumatra", "ID"),
    ("sussex", "GB"),
    ("swabia", "DE"),
    ("tanganyika", "TZ"),
    ("thessaly", "GR"),
    ("tonkin", "VN"),
    ("touraine", "FR"),
    ("transalpine gaul", "FR"),
    ("transjordan", "JO"),
    ("transvaal", "ZA"),
    ("transylvania", "RO"),
    ("tras os montes", "PT"),
    ("tripolitania", "LY"),
    ("troad", "TR"),
    ("tyne and wear", "GB"),
    ("upper canada", "CA"),
    ("upper egypt", "EG"),
    ("upper volta", "BF"),
    ("wallachia", "RO"),
    ("wessex", "GB"),
    ("west bank", "PS"),
    ("west germany", "DE"),
    ("west midlands", "GB"),
    ("west pakistan", "PK"),
    ("west riding of yorkshire", "GB"),
    ("westmorland", "GB"),
    ("westphalia", "DE"),
    ("yorkshire", "GB"),
    ("zululand", "ZA"),
];

/// Lands of history now shared by several states, by ISO code: `Ottoman
/// Syria` is the Levant (Acre and Jaffa lie in Israel today), not the
/// Syria of today.
const LANDS_OF_SEVERAL_STATES: &[(&str, &[&str])] = &[
    ("greater syria", &["SY", "LB", "IL", "PS", "JO"]),
    ("levant", &["SY", "LB", "IL", "PS", "JO"]),
    ("mandatory palestine", &["IL", "PS"]),
    ("ottoman palestine", &["IL", "PS"]),
    ("ottoman syria", &["SY", "LB", "IL", "PS", "JO"]),
    ("the levant", &["SY", "LB", "IL", "PS", "JO"]),
];

/// The states of today a land of history `name` is shared by
/// ([`LANDS_OF_SEVERAL_STATES`]), if it is one.
pub fn states_of_a_land(name: &str) -> Option<&'static [&'static str]> {
    let folded = crate::gazetteer::fold(name);
    LANDS_OF_SEVERAL_STATES
        .iter()
        .find(|(land, _)| *land == folded)
        .map(|(_, states)| *states)
}

/// A land of history that lies within one state today (`Bohemia`,
/// `Wallachia`, `Anatolia`, `Zululand`, `Tonkin`): that state, unless a
/// town of thousands elsewhere bears the name (`Anjou`, Montreal's), for
/// a lead that names where an event happened by the land of its time.
/// Lands now parted by borders are in [`spans_borders`] or left out.
pub fn land_of_one_state<'g>(g: &'g Gazetteer, name: &str) -> Option<&'g Country> {
    // The table holds names as `fold` writes them: only the name is folded.
    let folded = crate::gazetteer::fold(name.trim().trim_start_matches("the "));
    let iso = land_state(&folded)?;
    let elsewhere = g
        .places_folded(&folded, None)
        .iter()
        .any(|p| p.country != iso && p.population >= 10_000);
    if elsewhere {
        return None;
    }
    g.country_by_code(iso)
}

/// The state of a land of history, its name folded, whatever towns
/// elsewhere bear the name.
fn land_state(folded: &str) -> Option<&'static str> {
    LANDS_OF_ONE_STATE
        .binary_search_by(|(l, _)| (*l).cmp(folded))
        .ok()
        .map(|i| LANDS_OF_ONE_STATE[i].1)
}

/// `Province of Georgia`, `Kingdom of Hungary`, `Duchy of Brittany`: an
/// old state named for a land the gazetteer knows as a country or a
/// region (read by `context` where the name is several states') lies in
/// that country. A town's name is not enough (`Kingdom of León` is no
/// León of Mexico).
pub fn polity_country<'g>(g: &'g Gazetteer, item: &str, context: &[String]) -> Option<&'g Country> {
    const POLITIES: &[&str] = &[
        "County of ",
        "Duchy of ",
        "Grand Duchy of ",
        "Kingdom of ",
        "Principality of ",
        "Electorate of ",
        "Emirate of ",
        "Sultanate of ",
        "Province of ",
        "Colony of ",
        "Dominion of ",
    ];
    let item = item.trim().trim_start_matches("the ");
    let land = POLITIES.iter().find_map(|p| item.strip_prefix(p))?;
    land_country(g, land.strip_prefix("the ").unwrap_or(land), context)
}

/// The country of the land an old state is named for (`Hungary` of the
/// Kingdom of Hungary, `Valencia` of the Kingdom of Valencia): a
/// country, a region (the one region of the name, where towns of other
/// countries bear it too: Valencia, Venezuela), or a land of history
/// within one state.
pub fn land_country<'g>(g: &'g Gazetteer, land: &str, context: &[String]) -> Option<&'g Country> {
    let region = |p: &Place| p.kind == PlaceKind::Region;
    match resolve(g, land, context) {
        Resolved::One(Hit::Country(c)) => Some(c),
        Resolved::One(Hit::Place(p)) if region(p) => g.country_by_code(&p.country),
        Resolved::Ambiguous(_) => {
            let regions: Vec<&Place> = g
                .places_named(land, None)
                .into_iter()
                .filter(|p| region(p))
                .collect();
            match regions[..] {
                [one] => g.country_by_code(&one.country),
                _ => None,
            }
        }
        _ => land_of_one_state(g, land),
    }
}

/// `Nantwich, Cheshire`: the land of history a town is written with, when
/// the town lies in the land's state (a Cheshire of Connecticut, a town,
/// is no land a town is written with).
pub fn land_holding<'g>(g: &'g Gazetteer, land: &str, town: &str) -> Option<&'g Country> {
    let iso = land_state(&crate::gazetteer::fold(land.trim()))?;
    (!g.places_named(town, Some(iso)).is_empty())
        .then(|| g.country_by_code(iso))
        .flatten()
}

/// `the Territory of Hawaii`, `Wyoming Territory`: a territory of the
/// United States, Canada or Australia, organised before the state or
/// province of its name, lies in that country (a territory of another
/// state's region, `the Territory of Papua`, may not: Papua is a province
/// of Indonesia, the territory was Australia's).
pub fn territory_of_a_state<'g>(g: &'g Gazetteer, name: &str) -> Option<&'g Country> {
    let name = name.trim().trim_start_matches("the ");
    let state = name
        .strip_prefix("Territory of ")
        .or_else(|| name.strip_suffix(" Territory"))?;
    let mut regions = g.places_named(state, None).into_iter().filter(|p| {
        p.kind == PlaceKind::Region && matches!(p.country.as_str(), "US" | "CA" | "AU")
    });
    let one = regions.next()?;
    if regions.next().is_some() {
        return None;
    }
    g.country_by_code(&one.country)
}

/// `Northern Italy`, `the Western United States`, `Nazi Germany`, `Soviet
/// Ukraine`, `British Cyprus`, `the Kazakh SSR`: a country named with a
/// word for a part of it or for its rulers of the time, or a Soviet
/// republic named for its people, which lies in that country. Not where
/// the words name another state: `Southern Sudan` was today's South Sudan
/// (a state named `South` and the rest exists), and a colony named for a
/// state's name may lie in another state (`British Honduras` is Belize,
/// `Spanish Netherlands` mostly Belgium; the lands of such colonies are
/// in [`LANDS_OF_ONE_STATE`]).
pub fn qualified_country<'g>(g: &'g Gazetteer, name: &str) -> Option<&'g Country> {
    /// Words for who ruled a land then, written before its name.
    const RULERS: &[&str] = &[
        "Abbasid",
        "Austrian",
        "Belgian",
        "Bourbon",
        "British",
        "Byzantine",
        "Communist",
        "Danish",
        "Dutch",
        "Fascist",
        "Fatimid",
        "Francoist",
        "French",
        "German",
        "Imperial",
        "Italian",
        "Japanese",
        "Mamluk",
        "Meiji",
        "Ming",
        "Mughal",
        "Napoleonic",
        "Nazi",
        "Norman",
        "Ottoman",
        "Portuguese",
        "Prussian",
        "Ptolemaic",
        "Qajar",
        "Qing",
        "Roman",
        "Russian",
        "Safavid",
        "Sasanian",
        "Soviet",
        "Spanish",
        "Swedish",
        "Tang",
        "Tokugawa",
        "Tsarist",
        "Umayyad",
        "Vichy",
        "Weimar",
        "Wilhelmine",
    ];
    /// States whose name a colony shared while lying in another state today.
    const COLONY_ELSEWHERE: &[&str] = &[
        "Congo",
        "Guinea",
        "Honduras",
        "Netherlands",
        "New Guinea",
        "Somaliland",
        "Sudan",
    ];
    // `the Kazakh SSR`, `the Ukrainian Soviet Socialist Republic`, `the
    // Russian SFSR`: a republic of the Soviet Union named for the people
    // (or the land) of a state of today.
    let soviet = [" SSR", " SFSR", " Soviet Socialist Republic"]
        .iter()
        .find_map(|s| name.trim().strip_suffix(s));
    if let Some(people) = soviet {
        return match g.countries_of_demonym(people)[..] {
            [one] => Some(one),
            _ => country_named(g, people),
        };
    }
    if states_of_a_land(name).is_some() {
        return None;
    }
    let (word, rest) = name.trim().split_once(' ')?;
    let part = word.starts_with(char::is_uppercase)
        && (word.len() > 5 && is_direction(word) || matches!(word, "Upper" | "Lower"));
    if !part && !RULERS.contains(&word) {
        return None;
    }
    let rest = rest.trim_start_matches("the ");
    let country = country_named(g, rest)?;
    // `Southern Sudan`, `Northern Korea`: `South Sudan`, `North Korea`.
    let compass = word.trim_end_matches("ern");
    let another_state = ["North", "South", "East", "West"].iter().any(|c| {
        compass.eq_ignore_ascii_case(c) && country_named(g, &format!("{c} {rest}")).is_some()
    });
    if another_state
        || COLONY_ELSEWHERE
            .iter()
            .any(|c| c.eq_ignore_ascii_case(rest))
    {
        return None;
    }
    Some(country)
}

/// `Northwestern Hama Governorate` is in Hama Governorate.
pub fn strip_direction(name: &str) -> &str {
    let name = name.trim();
    match name.split_once(' ') {
        Some((first, rest)) if is_direction(first) => rest.trim(),
        _ => name,
    }
}

/// A sovereign state's name that also names a first-level region of another
/// state (`Georgia`: the country, and a state of the United States) is read
/// by its context: the region when the context holds the region's country,
/// the country when the context holds it or points elsewhere, and neither
/// (ambiguous) when there is no context at all (a place field's reading
/// then takes the state: see [`state_named_alone`]).
fn country_or_region<'g>(
    g: &'g Gazetteer,
    c: &'g Country,
    folded: &str,
    context: &[String],
) -> Resolved<'g> {
    let regions: Vec<&Place> = g
        .places_folded(folded, None)
        .into_iter()
        .filter(|p| p.kind == PlaceKind::Region && p.country != c.iso2)
        .filter(|p| {
            c.independent
                && g.country_by_code(&p.country)
                    .is_some_and(|pc| pc.independent)
        })
        .collect();
    if regions.is_empty() || context.contains(&c.iso2) {
        return Resolved::One(Hit::Country(c));
    }
    if let Some(p) = regions.iter().find(|p| context.contains(&p.country)) {
        return Resolved::One(Hit::Place(p));
    }
    if !context.is_empty() {
        return Resolved::One(Hit::Country(c));
    }
    let mut cs: Vec<String> = std::iter::once(c.iso2.clone())
        .chain(regions.iter().map(|p| p.country.clone()))
        .collect();
    cs.sort();
    cs.dedup();
    Resolved::Ambiguous(cs)
}

/// Names of sovereign states that English uses alone, as often, for a
/// first-level region of another state (folded): of the states whose name
/// the gazetteer's regions share (Georgia, Luxembourg, Mali, Niger), only
/// the US state of Georgia is written without its kind (`Niger State`,
/// `Luxembourg Province`, `Mali Prefecture`).
const BARE_REGION_NAMES: &[&str] = &["georgia"];

/// `name` as [`BARE_REGION_NAMES`] writes it, when it is a state's name
/// a region of another state bears (Georgia).
pub fn bare_region_name(name: &str) -> Option<&'static str> {
    BARE_REGION_NAMES
        .iter()
        .find(|b| name.eq_ignore_ascii_case(b))
        .copied()
}

/// The states other than `c` that have a first-level region of its name
/// (`Georgia`: the United States).
fn bare_region_states(g: &Gazetteer, c: &Country, folded: &str) -> Vec<String> {
    let mut out: Vec<String> = g
        .places_folded(folded, None)
        .into_iter()
        .filter(|p| p.kind == PlaceKind::Region && p.country != c.iso2)
        .map(|p| p.country.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Words of an article that point to the state a bare region name
/// ([`BARE_REGION_NAMES`]) names: Georgia the country, or the US state.
const BARE_REGION_CUES: &[(&str, &str, &[&str])] = &[
    (
        "georgia",
        "GE",
        &[
            "Tbilisi",
            "Kutaisi",
            "Batumi",
            "Abkhazia",
            "South Ossetia",
            "Adjara",
            "Caucasus",
            "Georgian SSR",
            "Democratic Republic of Georgia",
            "Kingdom of Georgia",
            "Shevardnadze",
            "Saakashvili",
            "Gamsakhurdia",
            "Georgian Dream",
            // The people of the state say Georgians; English calls the
            // country's things Georgian (`the Georgian army`).
            "Georgian",
        ],
    ),
    (
        "georgia",
        "US",
        &[
            "U.S.",
            "United States",
            "Atlanta",
            "Savannah",
            "Augusta",
            "Macon",
            "Confederate",
            "gubernatorial",
            "Georgia General Assembly",
            "Thirteen Colonies",
            "Province of Georgia",
        ],
    ),
];

/// The state the words of `text` point to for a bare region name
/// (`georgia`, folded), when they point to one only.
pub fn bare_region_state(folded: &str, text: &str) -> Option<&'static str> {
    let whole = |cue: &str| {
        text.match_indices(cue).any(|(at, _)| {
            !text[..at].ends_with(char::is_alphanumeric)
                && !text[at + cue.len()..].starts_with(char::is_alphanumeric)
        })
    };
    let cued: Vec<&str> = BARE_REGION_CUES
        .iter()
        .filter(|(name, _, cues)| *name == folded && cues.iter().any(|c| whole(c)))
        .map(|(_, iso, _)| *iso)
        .collect();
    match cued[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// The state the article's words (`text`) point to for a bare region
/// name a place field (`value`) writes as a whole word (`Wilkes County,
/// Georgia`).
pub fn bare_region_in(value: &str, text: &str) -> Option<&'static str> {
    BARE_REGION_NAMES
        .iter()
        .filter(|n| crate::text::contains_word(value, n))
        .find_map(|n| bare_region_state(n, text))
}

/// `Mali`, `Niger`, `Luxembourg` alone in a place field, with nothing else
/// to read them by, are the states, not Guinea's prefecture, Nigeria's
/// Niger State or Belgium's province; `Georgia` alone stays unresolved.
fn state_named_alone<'g>(g: &'g Gazetteer, item: &str) -> Option<&'g Country> {
    let folded = crate::gazetteer::fold(item);
    country_folded(g, item, &folded)
        .filter(|c| c.independent && !BARE_REGION_NAMES.contains(&folded.as_str()))
}

/// Resolves one place name, preferring places in `context` countries.
pub fn resolve<'g>(g: &'g Gazetteer, name: &str, context: &[String]) -> Resolved<'g> {
    let name = name.trim().trim_start_matches("the ").trim();
    // A compass word alone (`North` of `North and South America`) names nothing.
    if is_direction(name) {
        return Resolved::Unknown;
    }
    // `fought in the Southwest`: a part named by its direction is the part
    // of a country the context names; without one, it could be any
    // country's (where the gazetteer knows one by the name, ambiguous).
    // So is a land that spans today's borders (`Galicia`, `Kurdistan`,
    // `Ulster`), whose name the gazetteer gives to one country's province.
    if is_compass_name(name) || spans_borders(name) {
        let folded = crate::gazetteer::fold(name);
        let all = g.places_folded(&folded, None);
        if let Some(p) = all.iter().find(|p| context.contains(&p.country)) {
            return Resolved::One(Hit::Place(p));
        }
        let mut cs: Vec<String> = all.iter().map(|p| p.country.clone()).collect();
        cs.sort_unstable();
        cs.dedup();
        return if cs.is_empty() {
            Resolved::Unknown
        } else {
            Resolved::Ambiguous(cs)
        };
    }
    let whole = resolve_whole(g, name, context);
    let stripped = strip_direction(name);
    if stripped == name {
        return whole;
    }
    // `South Carolina`, `South Sudan`: a name the gazetteer knows whole
    // (or finds ambiguous) is that name, not its part past the compass
    // word (Puerto Rico's Carolina, Sudan).
    let known_whole = match &whole {
        Resolved::One(Hit::Place(p)) => p.wikidata.is_some(),
        Resolved::Unknown => false,
        _ => true,
    };
    // `West Midlands`, `East Anglia`: a land of history named whole is no
    // part of a place past its compass word (Zimbabwe's Midlands).
    if known_whole || land_state(&crate::gazetteer::fold(name)).is_some() {
        return whole;
    }
    // `Northwestern Hama Governorate` is in Hama Governorate; `West
    // Bank` is no bank: a town GeoNames alone knows (`Bānk`, India) is
    // not what is left of a name without its compass word.
    match resolve(g, stripped, context) {
        Resolved::One(Hit::Place(p)) if p.kind == PlaceKind::City && p.wikidata.is_none() => whole,
        r @ Resolved::One(_) => r,
        _ => whole,
    }
}

/// [`resolve`] of a name as written, compass word and all.
fn resolve_whole<'g>(g: &'g Gazetteer, name: &str, context: &[String]) -> Resolved<'g> {
    let folded = crate::gazetteer::fold(name.trim());
    if let Some(c) = country_folded(g, name, &folded) {
        return country_or_region(g, c, &folded, context);
    }
    // `Congo`: the state the context names, else none.
    if let Some(states) = g.ambiguous_country(&folded) {
        let named: Vec<&String> = states
            .iter()
            .map(|(iso, _)| iso)
            .filter(|iso| context.contains(iso))
            .collect();
        return match named[..] {
            [one] => g
                .country_by_code(one)
                .map_or(Resolved::Unknown, |c| Resolved::One(Hit::Country(c))),
            _ => Resolved::Ambiguous(states.iter().map(|(iso, _)| iso.clone()).collect()),
        };
    }
    for country in context {
        let here = g.places_folded(&folded, Some(country));
        if let Some(first) = here.first() {
            return Resolved::One(Hit::Place(best_known(&here, first, &folded)));
        }
    }
    let all = g.places_folded(&folded, None);
    let mut countries: Vec<&str> = all.iter().map(|p| p.country.as_str()).collect();
    countries.dedup();
    // `Rowton, Cheshire`: a land of history the gazetteer knows only as
    // towns of other states (Cheshire, Connecticut) may be either.
    if let Some(iso) = land_state(&folded).filter(|iso| !countries.contains(iso)) {
        if !countries.is_empty() {
            let mut cs: Vec<String> = countries.iter().map(|c| (*c).to_owned()).collect();
            cs.push(iso.to_owned());
            cs.sort_unstable();
            return Resolved::Ambiguous(cs);
        }
    }
    match (all.first(), countries.len()) {
        (None, _) => Resolved::Unknown,
        // A name found in one country only is that place, whatever the
        // context says (`Gibraltar, Balearic Islands`); of a state and
        // towns of other states, the state (`Delaware`, `Oregon`: not the
        // towns in Ohio; `Missouri`: not Bozeman, Montana, which GeoNames
        // also calls so), unless a city of half a million bears the name
        // (`New York`). A city in the region of its name is the city
        // (`Kherson`, in Kherson Oblast).
        (Some(p), 1) => {
            let regions: Vec<&&Place> =
                all.iter().filter(|p| p.kind == PlaceKind::Region).collect();
            // The city lies in another region the gazetteer knows.
            let elsewhere = |region: &Place, city: &Place| {
                city.population < 500_000
                    && city.admin1.as_deref().is_some_and(|a| {
                        let theirs =
                            g.places_folded(&crate::gazetteer::fold(a), Some(&city.country));
                        theirs.iter().any(|r| r.kind == PlaceKind::Region)
                            && !theirs.iter().any(|r| std::ptr::eq(*r, region))
                    })
            };
            match regions[..] {
                [region]
                    if all
                        .iter()
                        .all(|p| p.kind == PlaceKind::Region || elsewhere(region, p)) =>
                {
                    Resolved::One(Hit::Place(region))
                }
                _ => Resolved::One(Hit::Place(best_known(&all, p, &folded))),
            }
        }
        _ => {
            // `[[Virginia]]`: a state of one country, where elsewhere only
            // towns GeoNames alone knows have the name (Virginia, Free
            // State), or villages (Wales, Alaska: 99 people): the state.
            let regions: Vec<&&Place> =
                all.iter().filter(|p| p.kind == PlaceKind::Region).collect();
            if let [region] = regions[..] {
                if all.iter().all(|p| {
                    p.country == region.country
                        || p.wikidata.is_none()
                        || p.kind == PlaceKind::City && (1..10_000).contains(&p.population)
                }) {
                    return Resolved::One(Hit::Place(region));
                }
            }
            let mut cs: Vec<String> = countries.iter().map(|c| c.to_string()).collect();
            cs.sort();
            cs.dedup();
            Resolved::Ambiguous(cs)
        }
    }
}

/// Whether a town GeoNames alone knows shares its name with a region of
/// its country that has a Wikidata item (`Kolín` and Kolín District,
/// `Barnet` and the London Borough of Barnet): a place of that country
/// known by the name at two levels, not a stray namesake.
pub fn region_of_the_name(g: &Gazetteer, p: &Place) -> bool {
    g.places_named(&p.title, Some(&p.country))
        .iter()
        .any(|r| r.kind == PlaceKind::Region && r.wikidata.is_some())
}

/// Of `places` of one name (`folded`) in one country, `first`'s kind, the
/// first Natural Earth knows by that name as its own (with a Wikidata
/// item: Selma, Alabama, of its history, before the larger Selma,
/// California, which GeoNames alone knows; not Hopkinsville, whose other
/// name `Elizabeth` is no Elizabeth, New Jersey), else `first`.
fn best_known<'g>(places: &[&'g Place], first: &'g Place, folded: &str) -> &'g Place {
    places
        .iter()
        .copied()
        .filter(|q| q.kind == first.kind && q.wikidata.is_some())
        .find(|q| crate::gazetteer::fold(&q.title) == folded)
        .unwrap_or(first)
}

/// `London`, `Frankfurt`: the city of millions a name shared with far
/// smaller towns elsewhere means when nothing else tells (a town of the
/// name is written with its region: `London, Ontario`). Asked last, after
/// the words around the name had their say.
pub fn city_of_millions<'g>(g: &'g Gazetteer, name: &str) -> Option<&'g Place> {
    let folded = crate::gazetteer::fold(name.trim());
    dominant_city(&g.places_folded(&folded, None), &folded)
}

/// Of places sharing a name (`folded`), a city of a million people or more
/// whose title it is (not an old name: Austin was `Waterloo`), ten times
/// larger than any other of them outside its country (London's region is
/// London too).
fn dominant_city<'g>(all: &[&'g Place], folded: &str) -> Option<&'g Place> {
    let big = all.iter().max_by_key(|p| p.population)?;
    let dominant = big.kind == PlaceKind::City
        && big.wikidata.is_some()
        && crate::gazetteer::fold(&big.title) == folded
        && big.population >= 1_000_000
        && all.iter().filter(|p| p.country != big.country).all(|p| {
            p.kind == PlaceKind::City && p.population.saturating_mul(10) <= big.population
        });
    dominant.then_some(*big)
}

/// Splits off a trailing country (`Idlib Governorate Syria`) from an item;
/// `the Philippines` is one name, not `the` and a country.
pub fn trailing_country<'g>(g: &'g Gazetteer, item: &str) -> Option<(&'g Country, String)> {
    let words: Vec<&str> = item.split_whitespace().collect();
    if words.len() == 2 && words[0].eq_ignore_ascii_case("the") {
        return None;
    }
    // `New Jersey` is a place of its own, not `New` in Jersey; `South
    // Sudan` a state, not `South` in Sudan.
    if !g.places_named(item, None).is_empty() || country_named(g, item).is_some() {
        return None;
    }
    for n in (1..words.len().min(4)).rev() {
        let tail = words[words.len() - n..].join(" ");
        if let Some(c) = country_named(g, &tail) {
            let head = &words[..words.len() - n];
            if !head_leaves_country(g, head) {
                return None;
            }
            return Some((c, head.join(" ")));
        }
    }
    None
}

/// Whether the words before a country's name leave it a place of its own:
/// not in a name ending in `of` (`Sea of Japan`, `Gulf of Mexico`; but
/// `airspace of the United Kingdom`, `outskirts of`, are in it), nor after
/// a people's name alone (`Spanish Guinea`, `French Morocco`: colonies,
/// not the state).
fn head_leaves_country(g: &Gazetteer, head: &[&str]) -> bool {
    let mut h: Vec<&str> = head.to_vec();
    if h.last() == Some(&"the") {
        h.pop();
    }
    if h.last() == Some(&"of") {
        // `airspace of the United Kingdom` is in it; `Republic of Bosnia and
        // Herzegovina`, `Kingdom of Italy`: a state's form names the state.
        const IN_IT: &[&str] = &[
            "airspace",
            "coast",
            "coasts",
            "waters",
            "outskirts",
            "skies",
            "shores",
            "interior",
            "mainland",
            "territory",
            "parts",
            "part",
            "republic",
            "kingdom",
            "principality",
            "duchy",
            "emirate",
            "sultanate",
            "state",
            "commonwealth",
            "federation",
        ];
        let noun = h.len().checked_sub(2).map(|i| h[i].to_lowercase());
        return noun.is_some_and(|n| IN_IT.contains(&n.as_str()));
    }
    head.len() != 1 || g.countries_of_demonym(head[0]).is_empty()
}

/// Whether a place field gives places as alternatives: ` or ` outside
/// brackets, before a name (`Near Šiauliai (present-day Lithuania) or
/// Vecsaule (present-day Latvia)`; not `Trinidad and Tobago`).
pub fn alternatives(value: &str) -> bool {
    let mut depth = 0usize;
    let mut outside = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside.match_indices(" or ").any(|(at, m)| {
        let before = outside[..at].trim_end();
        let after = outside[at + m.len()..].trim_start();
        let after = after.strip_prefix("near ").unwrap_or(after);
        !before.is_empty() && after.starts_with(char::is_uppercase)
    })
}

/// The items of a place field, as read from the value and its links:
/// `mainly Kyiv` is Kyiv; `United Kingdom of the Netherlands (present-day
/// Belgium)` and `East Pakistan (present-day Bangladesh)` are where the
/// state of today is (the former name is no place the gazetteer can hold:
/// `East Pakistan` is not Pakistan of today); and a link whose target adds
/// a country to its text (`[[Waterloo, Belgium|Waterloo]]`) adds that
/// country, which tells which Waterloo.
pub fn place_items(g: &Gazetteer, value: &str, links: &[crate::article::Link]) -> Vec<String> {
    const STRESS: &[&str] = &[
        "mainly ",
        "mostly ",
        "primarily ",
        "chiefly ",
        "largely ",
        "principally ",
        "predominantly ",
        "especially ",
    ];
    const TODAY: &[&str] = &[
        "present-day ",
        "present day ",
        "modern-day ",
        "modern day ",
        "in present-day ",
        "now in ",
        "now ",
        "today ",
        "modern ",
    ];
    // `[[Jammu and Kashmir (state)|Jammu and Kashmir]]`: a link's text
    // names one place, its `and` too (its commas are read below).
    let mut whole: Vec<&str> = links
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| t.contains(" and "))
        .collect();
    // `Uri, Jammu and Kashmir, India` unlinked: a name with `and` the
    // gazetteer knows whole is one place.
    whole.extend(
        value
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|t| t.contains(" and ") && !g.places_named(t, None).is_empty()),
    );
    let mut out = Vec::new();
    for item in crate::values::list::split_items_keeping(value, &whole) {
        let mut item = item.as_str();
        if let Some(s) = STRESS.iter().find(|s| item.starts_with(*s)) {
            item = item[s.len()..].trim_start();
        }
        // `Near [[Adwa]]`, `outside Kabul`: the place it was near (not the
        // `Near East`, a wide area).
        if let Some(rest) = ["near ", "Near ", "outside ", "Outside ", "close to "]
            .iter()
            .find_map(|p| item.strip_prefix(p))
            .filter(|r| r.starts_with(char::is_uppercase) && !r.eq_ignore_ascii_case("east"))
        {
            item = rest.trim_start();
        }
        // `[[Georgia (country)|Georgia]]`: a link to a country names it,
        // whatever its text may also name.
        if let Some(l) = piped_link(links, item) {
            if country_named(g, l.target.trim()).is_some() {
                item = l.target.trim();
            }
        }
        // `(present-day Czech Republic)` on a line of its own, too.
        if let Some(open) = item.rfind('(') {
            if item.ends_with(')') && (open == 0 || item[..open].ends_with(' ')) {
                let inner = &item[open + 1..item.len() - 1];
                if let Some(t) = TODAY.iter().find(|t| inner.starts_with(*t)) {
                    // `(present-day West Bengal, India)`: each place.
                    out.extend(
                        inner[t.len()..]
                            .split(", ")
                            .map(|p| p.trim().to_owned())
                            .filter(|p| !p.is_empty()),
                    );
                    continue;
                }
                // `[[Iran]] (over 100 cities)`, `Lisbon (mainly)`: what a
                // parenthesis in lower case says of the place is no place
                // (a page's own, `Georgia (country)`, is part of its title).
                let a_title = links.iter().any(|l| l.target.trim() == item);
                let head = item[..open].trim_end();
                // `[[Istanbul]] ([[Taksim Gezi Park]])`: a linked place in
                // the place, each a place of its own.
                let linked = |t: &str| links.iter().any(|l| l.text.trim() == t);
                let named = inner.starts_with(char::is_uppercase);
                if open > 0 && !a_title && named && linked(inner) && linked(head) {
                    out.push(head.to_owned());
                    out.push(inner.to_owned());
                    continue;
                }
                if open > 0 && inner.starts_with(char::is_lowercase) && !a_title {
                    item = head;
                }
            }
        }
        // `11th arrondissement of Paris`, `the outskirts of Kyiv`: the
        // city a part of it lies in.
        // (Not `District of Columbia`, `London Borough of Camden`: names of
        // their own.)
        if let Some((before, city)) = item.rsplit_once(" of ") {
            let part = before
                .rsplit(' ')
                .next()
                .unwrap_or(before)
                .to_ascii_lowercase();
            let numbered = before.contains(' ')
                && matches!(part.as_str(), "arrondissement" | "quarter" | "district")
                && before.starts_with(|c: char| c.is_ascii_digit());
            let outskirts = matches!(
                part.as_str(),
                "outskirts" | "suburbs" | "centre" | "center" | "neighbourhood" | "neighborhood"
            );
            if (numbered || outskirts) && city.starts_with(char::is_uppercase) {
                out.push(item.to_owned());
                out.push(city.trim().to_owned());
                continue;
            }
        }
        // `mainly [[Bishkek]] and [[Talas, Kyrgyzstan|Talas]]`: two linked
        // places.
        if let Some((a, b)) = item.split_once(" and ") {
            let linked = |t: &str| links.iter().any(|l| l.text.trim() == t.trim());
            if linked(a) && linked(b) {
                out.push(a.trim().to_owned());
                out.push(b.trim().to_owned());
                continue;
            }
        }
        // `Liverpool and other cities in England`, `Baltimore and over 100
        // other cities in the United States`: the place named, and where
        // the others are.
        if let Some((named, others)) = item
            .split_once(" and ")
            .filter(|(_, others)| crate::text::contains_word(others, "other"))
        {
            out.push(named.trim().to_owned());
            if let Some((_, area)) = others.rsplit_once(" in ") {
                out.push(area.trim().to_owned());
            }
            continue;
        }
        out.push(item.to_owned());
        let wider = links.iter().find_map(|l| {
            (l.text.trim() == item)
                .then(|| l.target.trim().strip_prefix(item)?.strip_prefix(", "))
                .flatten()
        });
        out.extend(
            wider
                .filter(|w| country_named(g, w).is_some())
                .map(str::to_owned),
        );
    }
    out
}

/// How one item of a place value was read.
pub struct ItemReading<'g> {
    pub text: String,
    pub result: Result<Hit<'g>, String>,
}

/// What an item several countries' places bear is refused with.
const AMBIGUOUS: &str = "is ambiguous";

impl ItemReading<'_> {
    /// Whether the item names places of several countries, none chosen.
    pub fn is_ambiguous(&self) -> bool {
        matches!(&self.result, Err(e) if e.starts_with(AMBIGUOUS))
    }
}

/// Reads the items of a place value: countries first (they set the context
/// in which the other items resolve, as do the `context` countries, from
/// the title), then the rest, each resolved place adding its country to the
/// context; an item still ambiguous is tried once more at the end
/// (`Atlanta, Georgia`). Compass words alone are no items.
pub fn resolve_items<'g>(
    g: &'g Gazetteer,
    items: &[String],
    mut context: Vec<String>,
) -> Vec<ItemReading<'g>> {
    let mut out: Vec<ItemReading<'g>> = Vec::new();
    let mut rest: Vec<String> = Vec::new();
    // `Kurdistan Region, Iraq`, `Uri, Jammu and Kashmir, India`: the
    // country written after an item, the first one, is the one it lies in;
    // with the country's name as written (`Atlanta, Georgia` names a state
    // of the town's own country too) and whether it comes right after.
    let qualified: Vec<(&str, String, &str, bool)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let (k, c) = items[i + 1..]
                .iter()
                .enumerate()
                .find_map(|(k, n)| Some((k, country_named(g, n)?)))?;
            Some((
                item.as_str(),
                c.iso2.clone(),
                items[i + 1 + k].as_str(),
                k == 0,
            ))
        })
        .collect();
    // `Paris, Texas`: a town written with a region of another country than
    // the city of its name is that region's town (one the gazetteer may
    // not know), not the city. Only a name no town has is surely a region
    // (`[[Paris]] and [[Saint-Denis]]`: a district of Réunion is named
    // for its town, and France has one too).
    let in_region: Vec<(&str, String)> = items
        .windows(2)
        .filter_map(|w| match resolve(g, &w[1], &[]) {
            Resolved::One(Hit::Place(r))
                if r.kind == PlaceKind::Region
                    && g.places_named(&w[1], None)
                        .iter()
                        .all(|p| p.kind == PlaceKind::Region) =>
            {
                Some((w[0].as_str(), r.country.clone()))
            }
            _ => None,
        })
        .collect();
    for item in items {
        // `Syrian borders: Lebanon`: the label before a colon is no place.
        let item = item
            .rsplit_once(": ")
            .map_or(item.as_str(), |(_, v)| v)
            .trim();
        // `Acre, Ottoman Syria`: a land now of several states tells where
        // the places beside it may lie, and names no one country.
        if let Some(states) = states_of_a_land(item) {
            for iso in states {
                push_country(&mut context, iso);
            }
            out.push(ItemReading {
                text: item.to_owned(),
                result: Err("is a land now shared by several states: no one country".to_owned()),
            });
            continue;
        }
        let (item, tail) = match trailing_country(g, item) {
            Some((c, head)) if !head.is_empty() => (head, Some(c)),
            _ => (item.to_owned(), None),
        };
        if let Some(c) = tail {
            push_country(&mut context, &c.iso2);
            out.push(ItemReading {
                text: c.title.clone(),
                result: Ok(Hit::Country(c)),
            });
        }
        // `[[Belgium]], [[Luxembourg]] and [[Germany]]`: a state's name
        // written alone is the state, though a neighbour listed beside it
        // has a region of that name (written `Luxembourg Province`); not
        // when the region's country is written right after it
        // (`Luxembourg, Belgium`).
        if let Some(c) = state_named_alone(g, &item) {
            let region_of_next = qualified.iter().any(|(i, iso, _, right_after)| {
                *right_after
                    && *i == item
                    && g.places_named(&item, Some(iso))
                        .iter()
                        .any(|p| p.kind == PlaceKind::Region)
            });
            if !region_of_next {
                push_country(&mut context, &c.iso2);
                out.push(ItemReading {
                    text: item,
                    result: Ok(Hit::Country(c)),
                });
                continue;
            }
        }
        match resolve(g, &item, &context) {
            Resolved::One(Hit::Country(c)) => {
                push_country(&mut context, &c.iso2);
                out.push(ItemReading {
                    text: item,
                    result: Ok(Hit::Country(c)),
                });
            }
            _ if is_direction(&item) || item.is_empty() => {}
            _ => rest.push(item),
        }
    }
    for last_try in [false, true] {
        let mut again = Vec::new();
        for item in rest {
            // `Nationwide`: the whole of the one country the context names.
            if matches!(
                crate::gazetteer::fold(&item).as_str(),
                "nationwide"
                    | "countrywide"
                    | "across the country"
                    | "throughout the country"
                    | "all over the country"
            ) {
                match context.as_slice() {
                    [one] => {
                        if let Some(c) = g.country_by_code(one) {
                            out.push(ItemReading {
                                text: item,
                                result: Ok(Hit::Country(c)),
                            });
                            continue;
                        }
                    }
                    _ if last_try => {
                        out.push(ItemReading {
                            text: item,
                            result: Err("names no one country here".to_owned()),
                        });
                        continue;
                    }
                    _ => {
                        again.push(item);
                        continue;
                    }
                }
            }
            let resolved = resolve(g, &item, &context);
            // Written right before a country or a region (its country) the
            // place is not in: a region lies in its country (not Iran's
            // Kurdistan province, where the field says Iraq), a city in its
            // region (not Paris, France, in `Paris, Texas`).
            if let Resolved::One(Hit::Place(p)) = resolved {
                let elsewhere = |i: &str, iso: &str| i == item && iso != p.country;
                // Of a country's name that is no region of the place's own.
                let in_country = || {
                    qualified
                        .iter()
                        .find(|(i, iso, n, _)| {
                            elsewhere(i, iso)
                                && !g
                                    .places_named(n, Some(&p.country))
                                    .iter()
                                    .any(|r| r.kind == PlaceKind::Region)
                        })
                        .map(|(_, iso, _, _)| iso)
                };
                // (`Camden, South Carolina`: not the London Borough of
                // Camden, a region too.)
                let before_a_region = || {
                    in_region
                        .iter()
                        .find(|(i, iso)| elsewhere(i, iso))
                        .map(|(_, iso)| iso)
                };
                let written = match p.kind {
                    PlaceKind::Region => in_country().or_else(before_a_region),
                    PlaceKind::City => before_a_region().or_else(in_country),
                };
                if let Some(iso) = written {
                    let title = |c: &str| {
                        g.country_by_code(c)
                            .map_or(c.to_owned(), |c| c.title.clone())
                    };
                    out.push(ItemReading {
                        result: Err(format!(
                            "is written beside a place of another country ({}), where the gazetteer knows no {item} (its {} is in {})",
                            title(iso),
                            p.title,
                            title(&p.country)
                        )),
                        text: item,
                    });
                    continue;
                }
            }
            let resolved = match resolved {
                r @ Resolved::Ambiguous(_) if last_try => state_named_alone(g, &item)
                    .map(|c| Resolved::One(Hit::Country(c)))
                    .or_else(|| {
                        // Not where another item may be a region of
                        // another country that has a town of the name
                        // (`London, Ontario`: Ontario is also a town in
                        // California).
                        let big = city_of_millions(g, &item)?;
                        let elsewhere = items.iter().any(|o| {
                            g.places_named(o, None).iter().any(|r| {
                                r.kind == PlaceKind::Region
                                    && r.country != big.country
                                    && !g.places_named(&item, Some(&r.country)).is_empty()
                            })
                        });
                        (!elsewhere).then_some(Resolved::One(Hit::Place(big)))
                    })
                    .or_else(|| town_before_its_division(g, items, &item))
                    .unwrap_or(r),
                r => r,
            };
            match resolved {
                Resolved::One(hit) => {
                    // `Ciudad Juárez, Chihuahua, Mexico`: right after a
                    // town that lies in a division of the name, a name a
                    // city and a region share names the region (not in a
                    // list of cities: `Kyiv, Kharkiv`).
                    let after_its_town = |p: &Place| {
                        let folded = crate::gazetteer::fold(&item);
                        let prev = items
                            .iter()
                            .position(|i| *i == item)
                            .and_then(|k| k.checked_sub(1))
                            .map(|k| items[k].as_str());
                        prev.is_some_and(|prev| {
                            out.iter().any(|r| {
                                r.text == prev
                                    && matches!(&r.result, Ok(Hit::Place(q))
                                    if q.kind == PlaceKind::City
                                        && q.country == p.country
                                        && q.admin1.as_deref().is_some_and(|a| {
                                            crate::gazetteer::fold(a) == folded
                                        }))
                            })
                        })
                    };
                    // `New York City, New York`: a name that would repeat a
                    // place already read names the region of that name.
                    let hit = match hit {
                        Hit::Place(p)
                            if p.kind == PlaceKind::City && after_its_town(p)
                                || out.iter().any(|r| {
                                    matches!(&r.result, Ok(Hit::Place(q)) if std::ptr::eq(*q, p))
                                }) =>
                        {
                            g.places_named(&item, Some(&p.country))
                                .into_iter()
                                .find(|q| q.kind == PlaceKind::Region)
                                .map_or(hit, Hit::Place)
                        }
                        other => other,
                    };
                    let country = match hit {
                        Hit::Country(c) => &c.iso2,
                        Hit::Place(p) => &p.country,
                    };
                    push_country(&mut context, country);
                    out.push(ItemReading {
                        text: item,
                        result: Ok(hit),
                    });
                }
                Resolved::Ambiguous(_) if !last_try => again.push(item),
                Resolved::Ambiguous(cs) => out.push(ItemReading {
                    text: item,
                    result: Err(format!("{AMBIGUOUS} (in {})", cs.join(", "))),
                }),
                Resolved::Unknown if item.chars().all(|c| c.is_ascii_digit() || c == ',') => out
                    .push(ItemReading {
                        text: item,
                        result: Err("is a number, not a place".to_owned()),
                    }),
                Resolved::Unknown => out.push(ItemReading {
                    text: item,
                    result: Err("is not in the gazetteer".to_owned()),
                }),
            }
        }
        rest = again;
    }
    within_regions(g, &mut out);
    out
}

/// `Savannah, Georgia`: a name of towns (and regions) in several countries,
/// written right before the name of the first-level division one town of
/// them lies in, is that town, when only one lies in a division of that
/// name (whatever else the division's name may name: Georgia is a state
/// too).
fn town_before_its_division<'g>(
    g: &'g Gazetteer,
    items: &[String],
    item: &str,
) -> Option<Resolved<'g>> {
    let k = items.iter().position(|i| i.trim() == item)?;
    let next = crate::gazetteer::fold(items.get(k + 1)?);
    let mut towns = g.places_named(item, None).into_iter().filter(|p| {
        p.kind == PlaceKind::City
            && p.admin1
                .as_deref()
                .is_some_and(|a| crate::gazetteer::fold(a) == next)
    });
    let town = towns.next()?;
    towns
        .next()
        .is_none()
        .then_some(Resolved::One(Hit::Place(town)))
}

/// `[[Gaza Strip]]`, `[[Watts, Los Angeles|Watts]]`: the page an item of
/// a place field links, where the gazetteer knows no place of that name
/// and the page is no event nor a wide area: a place known by its page
/// alone. A monarchy of the past (`[[Austrian Empire]]`, `[[Kingdom of
/// Hungary]]`) is a state whose bounds moved, named beside the place; not
/// one.
pub fn linked_site(g: &Gazetteer, links: &[crate::article::Link], item: &str) -> Option<String> {
    const REALMS: &[&str] = &[
        "Empire",
        "Kingdom",
        "Sultanate",
        "Caliphate",
        "Khanate",
        "Principality",
        "Duchy",
        "Electorate",
        "Emirate",
        "Dynasty",
        "Shogunate",
    ];
    // `and the [[Persian Gulf]]`; `[[Gettysburg, Pennsylvania]]`, whose
    // item is the head before the region.
    let item = item.trim();
    let item = item.strip_prefix("the ").unwrap_or(item);
    let headed_by_item = |t: &str| t.trim().split(", ").next() == Some(item);
    // `[[Qala-i-Jangi]] fortress`, `[[Husby]] and other suburbs of
    // [[Stockholm]]`: a link that begins the item, the rest in lower case
    // saying what it is or what else (not where it lies: `[[Tigantourine]]
    // gas facility near [[In Amenas]]` is placed by the town).
    let begins_item = |text: &str| {
        let text = text.trim();
        !text.is_empty()
            && item.strip_prefix(text).is_some_and(|rest| {
                let words: Vec<&str> = rest.split_whitespace().collect();
                let placed_by_another = words.windows(2).any(|w| {
                    matches!(w[0], "near" | "outside" | "in" | "at" | "off")
                        && w[1].starts_with(char::is_uppercase)
                });
                rest.starts_with(' ')
                    && words
                        .first()
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                    && !placed_by_another
            })
    };
    let l = links
        .iter()
        .find(|l| l.text.trim() == item || l.target.trim() == item || headed_by_item(&l.target))
        .or_else(|| links.iter().find(|l| begins_item(&l.text)))?;
    let t = crate::text::page_title(l.target.trim());
    if t.contains('#')
        || !t.starts_with(char::is_uppercase)
        || t.starts_with("List of ")
        || t.split([' ', '(', ')']).any(|w| REALMS.contains(&w))
        || is_wide_area(&t)
        || !matches!(resolve(g, &t, &[]), Resolved::Unknown)
        || crate::extract::classify::title_kind(&t).is_some()
    {
        return None;
    }
    Some(t)
}

/// The link written as `text` whose page is another (`[[Colony of
/// Natal|Natal]]` for `Natal`).
fn piped_link<'l>(
    links: &'l [crate::article::Link],
    text: &str,
) -> Option<&'l crate::article::Link> {
    links
        .iter()
        .find(|l| l.text.trim() == text && l.target.trim() != text)
}

/// `[[Colony of Natal|Natal]]` beside `[[South Africa]]`: a piped link's
/// text that found a place in no country the field names, where the
/// link's own page is one the gazetteer does not know, is not that place
/// (Natal, Brazil).
pub fn refuse_piped_elsewhere(
    g: &Gazetteer,
    readings: &mut [ItemReading<'_>],
    links: &[crate::article::Link],
) {
    let countries: Vec<String> = readings
        .iter()
        .filter_map(|r| match &r.result {
            Ok(Hit::Country(c)) => Some(c.iso2.clone()),
            _ => None,
        })
        .collect();
    if countries.is_empty() {
        return;
    }
    for r in readings.iter_mut() {
        let Ok(Hit::Place(p)) = &r.result else {
            continue;
        };
        if countries.contains(&p.country) {
            continue;
        }
        let Some(l) = piped_link(links, &r.text) else {
            continue;
        };
        if !matches!(resolve(g, l.target.trim(), &[]), Resolved::One(_)) {
            r.result = Err(format!(
                "links {:?}, which the gazetteer does not know; its {} is in no country the field names",
                l.target.trim(),
                p.title
            ));
        }
    }
}

/// `Nagorno-Karabakh and surrounding territories`, `Aleppo countryside`:
/// a place named with words for its surroundings (not a border or a line
/// between two) lies in the place's country.
pub fn surroundings_country<'g>(g: &'g Gazetteer, item: &str) -> Option<&'g Country> {
    const SURROUNDINGS: &[&str] = &[
        "and",
        "outskirts",
        "countryside",
        "surroundings",
        "environs",
        "vicinity",
        "suburbs",
        "area",
        "areas",
    ];
    const NEARBY: &[&str] = &[
        "surrounding",
        "nearby",
        "its",
        "environs",
        "surroundings",
        "vicinity",
        "areas",
        "territories",
        "regions",
        "villages",
        "towns",
    ];
    let words: Vec<&str> = item.split_whitespace().collect();
    let head = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let tail = &words[head..];
    let (first, rest) = tail.split_first()?;
    let fits = head > 0
        && SURROUNDINGS.contains(first)
        && rest
            .iter()
            .all(|w| NEARBY.contains(w) || SURROUNDINGS[1..].contains(w))
        && (*first != "and" || !rest.is_empty());
    if !fits {
        return None;
    }
    let name = words[..head].join(" ");
    match resolve(g, &name, &[]) {
        Resolved::One(Hit::Country(c)) => Some(c),
        Resolved::One(Hit::Place(p)) if p.wikidata.is_some() => g.country_by_code(&p.country),
        Resolved::One(_) => None,
        _ => land_of_one_state(g, &name),
    }
}

/// `[[Selkirk, Scottish Borders|Selkirk]]`, `[[Worcester, England|
/// Worcester]]`: the country of the place a piped link's page qualifies
/// its text by (a country, a region or a land of history after the
/// text and a comma). A name of a state and of another state's region
/// (`[[Atlanta, Georgia|Atlanta]]`) is the region where the town lies in
/// it, and neither where the gazetteer knows no such town.
pub fn link_qualifier_country<'g>(
    g: &'g Gazetteer,
    links: &[crate::article::Link],
    text: &str,
) -> Option<&'g Country> {
    let l = piped_link(links, text.trim())?;
    let town = text.trim();
    let qualifier = l.target.trim().strip_prefix(town)?.strip_prefix(", ")?;
    let mut regions: Vec<&str> = g
        .places_named(qualifier, None)
        .into_iter()
        .filter(|p| p.kind == PlaceKind::Region)
        .map(|p| p.country.as_str())
        .collect();
    regions.sort_unstable();
    regions.dedup();
    // The region of the name the town lies in.
    let holding: Vec<&str> = regions
        .iter()
        .copied()
        .filter(|iso| !g.places_named(town, Some(iso)).is_empty())
        .collect();
    if let [iso] = holding[..] {
        return g.country_by_code(iso);
    }
    match (country_named(g, qualifier), &regions[..]) {
        (Some(c), _) if regions.iter().all(|iso| *iso == c.iso2) => Some(c),
        (Some(_), _) => None,
        (None, [iso]) => g.country_by_code(iso),
        (None, _) => land_of_one_state(g, qualifier),
    }
}

/// A place whose piped link's page qualifies it by a place of one country
/// (`[[Selkirk, Scottish Borders|Selkirk]]`) is the place of its name in
/// that country, or none the gazetteer knows: not Selkirk, Manitoba, nor
/// left ambiguous between Worcester, England, and Worcester,
/// Massachusetts.
pub fn place_by_link_qualifier<'g>(
    g: &'g Gazetteer,
    readings: &mut [ItemReading<'g>],
    links: &[crate::article::Link],
) {
    for r in readings.iter_mut() {
        let Some(c) = link_qualifier_country(g, links, &r.text) else {
            continue;
        };
        let elsewhere = match &r.result {
            Ok(Hit::Place(p)) => p.country != c.iso2,
            Ok(Hit::Country(_)) => false,
            Err(_) => true,
        };
        if !elsewhere {
            continue;
        }
        r.result = match g.places_named(&r.text, Some(&c.iso2)).first() {
            Some(p) => Ok(Hit::Place(p)),
            None => Err(format!(
                "links a page of a place in {}, where the gazetteer knows no {}",
                c.title, r.text
            )),
        };
    }
}

/// `Washington, Kentucky`: a city named with a region of its country (the
/// item right after it) must lie in that region; the one the name found
/// elsewhere is not it. Regions listed beside it (`[[Dublin]], with
/// skirmishes in counties ... [[County Galway|Galway]]`) do not hold it.
fn within_regions<'g>(g: &'g Gazetteer, out: &mut [ItemReading<'g>]) {
    // Each reading's region, if it is one: its country and names.
    let regions: Vec<Option<(&str, Vec<String>)>> = out
        .iter()
        .map(|r| match &r.result {
            Ok(Hit::Place(p)) if p.kind == PlaceKind::Region => Some((
                p.country.as_str(),
                p.names
                    .iter()
                    .chain([&p.title])
                    .map(|n| crate::gazetteer::fold(n))
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    for (i, r) in out.iter_mut().enumerate() {
        let Ok(Hit::Place(p)) = &r.result else {
            continue;
        };
        if p.kind != PlaceKind::City {
            continue;
        }
        let Some(admin1) = p.admin1.as_deref().map(crate::gazetteer::fold) else {
            continue;
        };
        let in_country: Vec<&Vec<String>> = regions
            .get(i + 1)
            .and_then(Option::as_ref)
            .filter(|(c, _)| *c == p.country)
            .map(|(_, n)| n)
            .into_iter()
            .collect();
        // Sources spell divisions differently (`Halab`, `Aleppo Governorate`):
        // only a city known to lie in another named division is refused.
        let admin1_is_a_region = g
            .places_named(p.admin1.as_deref().unwrap_or(""), Some(&p.country))
            .iter()
            .any(|q| q.kind == PlaceKind::Region);
        // A region no city is filed under is a division of another level
        // (`England`, above the districts Manchester is filed under): it
        // refuses nothing.
        let filed_under = |names: &Vec<String>| {
            names
                .iter()
                .any(|n| g.has_cities_filed_under(&p.country, n))
        };
        if admin1_is_a_region
            && !in_country.is_empty()
            && !in_country.iter().any(|names| names.contains(&admin1))
            && in_country.iter().all(|names| filed_under(names))
        {
            // Another city of that name may lie in the region.
            let region_names: Vec<&String> = in_country.iter().flat_map(|n| n.iter()).collect();
            let other = g
                .places_named(&r.text, Some(&p.country))
                .into_iter()
                .find(|q| {
                    q.kind == PlaceKind::City
                        && q.admin1
                            .as_deref()
                            .is_some_and(|a| region_names.contains(&&crate::gazetteer::fold(a)))
                });
            r.result = match other {
                Some(q) => Ok(Hit::Place(q)),
                None => Err("is not in the gazetteer within its region".to_owned()),
            };
        }
    }
}

fn push_country(context: &mut Vec<String>, iso: &str) {
    if !context.iter().any(|c| c == iso) {
        context.push(iso.to_owned());
    }
}

/// A place as a reading names it: `country AZ`, `city Baku (AZ)`.
pub fn hit_name(hit: &Hit<'_>) -> String {
    match hit {
        Hit::Country(c) => format!("country {}", c.iso2),
        Hit::Place(p) => {
            let kind = if p.kind == PlaceKind::City {
                "city"
            } else {
                "region"
            };
            format!("{kind} {} ({})", p.title, p.country)
        }
    }
}

/// The countries a border between two of them names (`Syria–Turkey
/// border`, `the Syrian–Turkish border area`, `border between Armenia and
/// Azerbaijan`, `near the present-day Syria–Jordan and Syria–Israel
/// borders`): a place on it lies in both, as far as a text that says no
/// more can tell. Each side must name one country by its name or its
/// people's; empty when one does not.
pub fn border_countries<'g>(g: &'g Gazetteer, text: &str) -> Vec<&'g Country> {
    let mut t = text.trim();
    while let Some(rest) = [
        "near ",
        "along ",
        "on ",
        "at ",
        "the ",
        "present-day ",
        "modern-day ",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p))
    {
        t = rest;
    }
    let one = |name: &str| {
        let name = name.trim();
        country_named(g, name).or_else(|| match g.countries_of_demonym(name)[..] {
            [c] => Some(c),
            _ => None,
        })
    };
    let pair = |a: &str, b: &str| match (one(a), one(b)) {
        (Some(a), Some(b)) if a.iso2 != b.iso2 => Some([a, b]),
        _ => None,
    };
    if let Some(rest) = ["border between ", "border of "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    {
        return rest
            .split_once(" and ")
            .and_then(|(a, b)| pair(a, b))
            .map_or_else(Vec::new, Vec::from);
    }
    let Some(sides) = [
        "border",
        "borders",
        "border area",
        "border areas",
        "border region",
        "border regions",
    ]
    .iter()
    .find_map(|end| t.strip_suffix(end).and_then(|s| s.strip_suffix(' '))) else {
        return Vec::new();
    };
    // `Syria–Turkey`; a hyphen parts them only where no en dash does
    // (`Guinea-Bissau–Senegal`); `Syria–Jordan and Syria–Israel`: two.
    let border = |sides: &str| match sides.split_once(['–', '—']) {
        Some((a, b)) => pair(a, b),
        None => sides
            .match_indices('-')
            .find_map(|(at, _)| pair(&sides[..at], &sides[at + 1..])),
    };
    let mut out: Vec<&Country> = Vec::new();
    for part in sides.split(" and ") {
        let Some(two) = border(part) else {
            return Vec::new();
        };
        for c in two {
            if !out.iter().any(|o| o.iso2 == c.iso2) {
                out.push(c);
            }
        }
    }
    out
}

/// Whether a place item names an area wider than a country (`Europe`,
/// `Eastern North America`, `the Indian subcontinent`, `the Pacific`,
/// `elsewhere`): a place field holding one lists a war's theatre. A sea or
/// ocean is none: it is where ships fought, beside the countries listed.
pub fn is_wide_area(item: &str) -> bool {
    const WIDE: &[&str] = &[
        "europe",
        "africa",
        "asia",
        "america",
        "americas",
        "middle east",
        "near east",
        "far east",
        "pacific",
        "atlantic",
        "mediterranean",
        "caribbean",
        "balkans",
        "oceania",
        "arctic",
        "antarctic",
        "antarctica",
        "subcontinent",
        "worldwide",
        "global",
        "elsewhere",
        "levant",
        "scandinavia",
        "indochina",
    ];
    let f = crate::gazetteer::fold(item);
    let words: Vec<&str> = f.split(' ').collect();
    // `European theatre`, `theatre of operations`: a theatre of war; not a
    // playhouse (`Donetsk Academic Regional Drama Theatre, Mariupol`).
    const THEATRE_OF: &[&str] = &[
        "european",
        "pacific",
        "asian",
        "asiatic",
        "african",
        "eastern",
        "western",
        "northern",
        "southern",
        "mediterranean",
        "american",
        "atlantic",
        "indian",
        "china",
        "burma",
        "middle",
        "caribbean",
        "arctic",
        "europe",
        "asia",
        "africa",
    ];
    let of_war = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "theatre" | "theater" | "theatres" | "theaters")
            && (words.get(i + 1) == Some(&"of") || i > 0 && THEATRE_OF.contains(&words[i - 1]))
    });
    if of_war {
        return true;
    }
    // A sea fought on (`Mediterranean Sea`, `surrounding sea and airspace`)
    // leaves the countries listed with it where the war was.
    const WATER: &[&str] = &[
        "sea", "seas", "ocean", "oceans", "waters", "gulf", "strait", "bay",
    ];
    if words.iter().any(|w| WATER.contains(w)) {
        return false;
    }
    f.starts_with("parts of")
        || WIDE.iter().any(|w| {
            if w.contains(' ') {
                f.contains(w)
            } else {
                words.contains(w)
            }
        })
}

/// Phrases before a place name in prose that say the event happened
/// there (`the epicentre was Baku`, `took place in Aleppo`, `fought near
/// Tikrit`), as opposed to places named in passing (`troops from Kyiv`,
/// `the capture of Mosul` in another battle's article).
const PLACE_CUES: &[&[&str]] = &[
    &["epicentre", "was"],
    &["epicenter", "was"],
    &["epicentre", "in"],
    &["epicenter", "in"],
    &["took", "place", "in"],
    &["took", "place", "at"],
    &["taking", "place", "in"],
    &["fought", "in"],
    &["fought", "at"],
    &["fought", "near"],
    &["held", "in"],
    &["occurred", "in"],
    &["occurred", "at"],
    &["erupted", "in"],
    &["broke", "out", "in"],
    &["centred", "on"],
    &["centered", "on"],
    &["centred", "in"],
    &["centered", "in"],
    &["concentrated", "in"],
    &["concentrated", "around"],
    &["for", "control", "of"],
    &["for", "control", "of", "the", "city", "of"],
    &["for", "control", "of", "the", "town", "of"],
    &["in", "the", "city", "of"],
    &["in", "the", "town", "of"],
];

/// Cities and regions of `countries` that prose says an event happened in
/// (after a phrase of [`PLACE_CUES`]: `the epicentre was Baku`).
pub fn prose_places<'g>(g: &'g Gazetteer, text: &str, countries: &[String]) -> Vec<&'g Place> {
    let mut out: Vec<&Place> = Vec::new();
    if countries.is_empty() {
        return out;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = tokens
        .iter()
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let mut i = 1;
    while i < tokens.len() {
        let cue = PLACE_CUES.iter().any(|c| {
            i >= c.len()
                && lower[i - c.len()..i]
                    .iter()
                    .zip(c.iter())
                    .all(|(a, b)| a == b)
        });
        if !cue || !tokens[i].chars().next().is_some_and(char::is_uppercase) {
            i += 1;
            continue;
        }
        let mut matched = 0;
        for n in (1..=3).rev() {
            if i + n > tokens.len() {
                continue;
            }
            let raw = tokens[i..i + n].join(" ");
            let ends_clean = !raw.ends_with(['-']);
            let name = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
            // A following capitalised word would make this part of a longer
            // name (`Baku State University`).
            let continues = name.len() == raw.len()
                && tokens
                    .get(i + n)
                    .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase));
            if continues || !ends_clean || !g.knows(name) {
                continue;
            }
            if let Some(p) = countries
                .iter()
                .find_map(|c| g.places_named(name, Some(c)).into_iter().next())
            {
                if !out.iter().any(|q| std::ptr::eq(*q, p)) {
                    out.push(p);
                }
                matched = n;
                break;
            }
        }
        i += matched.max(1);
    }
    out
}

/// Whether the capitalised words that follow a country's name in a
/// title (up to the first in lower case) go on to name something that is
/// no event: `Airlines Flight 17`, `Army`, `Embassy`; not `Civil War`,
/// `Revolution of 1956`, `Missile Crisis`.
fn names_no_event(rest: &[&str]) -> bool {
    // `1998 United States embassy bombings`, `Israeli embassy attack`: the
    // country's mission abroad, not where it happened.
    if rest.first().is_some_and(|w| {
        [
            "embassy",
            "embassies",
            "consulate",
            "consulates",
            "legation",
        ]
        .iter()
        .any(|m| w.eq_ignore_ascii_case(m))
    }) {
        return true;
    }
    let mut run = rest
        .iter()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .peekable();
    run.peek().is_some() && !run.any(|w| super::classify::noun_kind(w).is_some())
}

/// Countries named by a title's words (`2003 Azerbaijani protests`,
/// `2022 Russian invasion of Ukraine`), when each names exactly one.
///
/// A word counts only as a country's name or demonym standing alone: not
/// inside a longer name (`Battle of Grand Turk`, `Battle of Long Island`:
/// a capitalised word before it), not in a compound naming two sides
/// (`Anglo-Dutch War`, `Russo-Ukrainian War`: who fought, not where), and
/// a country after `of` or `in` (`invasion of Ukraine`) is where it
/// happened, whatever demonym stands before (`Russian`). Words that may
/// name several countries (`Congolese`, `Congo`) are returned separately,
/// with those countries, for the caller to decide or report. A title that
/// names no country by its words may name a city or region
/// ([`title_places`]); the caller decides whether to use it.
///
/// A demonym names a people, and a people fights or suffers away from
/// home: one names a side, not a place, when the title names two sides
/// (`French and Indian War`), the one who acts on another (`Spanish
/// conquest of the Inca Empire`) or a throne (`War of the Spanish
/// Succession`); the caller is told when the countries were read from
/// demonyms alone ([`TitleCountries::by_demonym`]).
pub fn title_countries(g: &Gazetteer, title: &str) -> TitleCountries {
    let bare = super::classify::strip_parenthesis_pub(title);
    // `Annexation of Crimea by the Russian Federation`: who acted, not
    // where.
    let bare = crate::text::find(bare, " by ").map_or(bare, |at| &bare[..at]);
    let words: Vec<&str> = bare.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    // Each country with whether a demonym (not a name) gave it.
    let mut before: Vec<(String, bool)> = Vec::new();
    let mut after: Vec<(String, bool)> = Vec::new();
    let mut ambiguous = Vec::new();
    let mut past_preposition = false;
    // `Naval operations in the American Revolutionary War`: what follows
    // `in` or `of` is another event's name (it ends in a capitalised event
    // noun), whose demonyms say nothing of where this one happened.
    let event_tail = words
        .iter()
        .rposition(|w| matches!(*w, "of" | "in"))
        .filter(|&at| {
            words[at + 1..].last().is_some_and(|last| {
                last.starts_with(char::is_uppercase) && super::classify::noun_kind(last).is_some()
            })
        });
    for (i, raw) in words.iter().enumerate() {
        if event_tail.is_some_and(|at| i > at) {
            break;
        }
        if matches!(*raw, "of" | "in") {
            past_preposition = true;
            continue;
        }
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // Inside a longer name: `Grand Turk`, `Long Island`, `Harlem
        // Heights` (the word before is capitalised and no function word).
        if i > 0
            && words[i - 1].chars().next().is_some_and(char::is_uppercase)
            && !matches!(
                words[i - 1],
                "The"
                    | "A"
                    | "An"
                    | "First"
                    | "Second"
                    | "Third"
                    | "Fourth"
                    | "Fifth"
                    | "Great"
                    | "Northern"
                    | "Southern"
                    | "Eastern"
                    | "Western"
                    | "Central"
                    | "Greater"
            )
            && !words[i - 1]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        // `Anglo-Dutch`, `Israeli–Palestinian`: the sides, not the place.
        let mut parts = raw.split(['-', '–', '—']).filter(|p| !p.is_empty());
        let part = parts.next().unwrap_or(raw);
        if parts.next().is_some() && !raw.ends_with("-led") {
            continue;
        }
        let folded = crate::gazetteer::fold(part);
        let demonyms = g.countries_of_demonym_folded(&folded);
        let named = g.countries_folded(&folded);
        // Most words name no country (asked before the dearer tests).
        if demonyms.is_empty() && named.is_empty() {
            continue;
        }
        // `Malaysia Airlines Flight 17`, `Iranian Embassy siege`: a name
        // of an airline, an embassy, that begins with the country's.
        if names_no_event(&words[i + 1..]) {
            continue;
        }
        // The people who act (`Spanish conquest of`, `Italian invasion
        // of`) or claim a throne (`Spanish Succession`): not where it
        // happened.
        let next = words.get(i + 1).copied().unwrap_or("");
        if !demonyms.is_empty()
            && (ACTOR_NOUNS.contains(&next.to_lowercase().as_str()) || next == "Succession")
        {
            continue;
        }
        // `Dutch West Indies`, `British India`, `French Indochina`: a
        // demonym before a compass point or a place names a colony, not
        // the demonym's country; before `American` (`Spanish American
        // wars of independence`, `African American`), Americans of that
        // origin or the Americas it ruled.
        let colony = !demonyms.is_empty()
            && words.get(i + 1).is_some_and(|next| {
                matches!(
                    *next,
                    "West" | "East" | "North" | "South" | "Central" | "American" | "Americans"
                ) || !g.countries_named(next).is_empty()
            });
        if colony {
            continue;
        }
        let mut found: Vec<String> = demonyms
            .iter()
            .chain(named.iter())
            .map(|c| c.iso2.clone())
            .collect();
        found.sort();
        found.dedup();
        // `2018 Georgia gubernatorial election`, `Red Army invasion of
        // Georgia`: a state's name English also gives a region of another
        // state, alone, is either; the article's words decide
        // ([`bare_region_state`]), or a `(U.S. state)` after it.
        if let ([c], true) = (&named[..], demonyms.is_empty()) {
            if BARE_REGION_NAMES.contains(&folded.as_str()) {
                let regions = bare_region_states(g, c, &folded);
                if title.contains("(U.S. state)") && regions.iter().any(|r| r == "US") {
                    let list = if past_preposition {
                        &mut after
                    } else {
                        &mut before
                    };
                    list.push(("US".to_owned(), false));
                } else if !regions.is_empty() {
                    let mut states = vec![c.iso2.clone()];
                    states.extend(regions);
                    ambiguous.push((part.to_owned(), states));
                }
                continue;
            }
        }
        // `Macedonian`: as ambiguous as `Macedonia`.
        if let ([c], true) = (&demonyms[..], named.is_empty()) {
            if let Some(states) = g.shared_name_states(c) {
                found = states;
            }
        }
        // The word must be the whole of a multi-word name's first word
        // only when the name is one word (`United` of `United States` is
        // read by the place window).
        if found.len() == 1 {
            let list = if past_preposition {
                &mut after
            } else {
                &mut before
            };
            if !list.iter().any(|(c, _)| *c == found[0]) {
                list.push((found.remove(0), named.is_empty()));
            }
        } else if found.len() > 1 {
            ambiguous.push((part.to_owned(), found));
        }
    }
    // A country of two or three words before lower-case ones
    // (`2016 United States presidential election`, `2011 South Sudan
    // protests`), not inside a longer name (`United States Army`).
    let upper = |w: &str| w.starts_with(char::is_uppercase);
    let end = event_tail.unwrap_or(words.len());
    for n in [3, 2] {
        for at in 0..end.saturating_sub(n - 1) {
            let window = &words[at..at + n];
            // `Sri Lankan Civil War` names where; `United States Army`
            // is a name that begins with the country's.
            if !window.iter().all(|w| upper(w)) {
                continue;
            }
            let inside = at > 0 && upper(words[at - 1]) && words[at - 1] != "The"
                || names_no_event(&words[at + n..]);
            if inside {
                continue;
            }
            let joined = window.join(" ");
            let folded = crate::gazetteer::fold(&joined);
            // `2022 Sri Lankan protests`: a people's name of two words.
            let demonym = match g.countries_of_demonym_folded(&folded)[..] {
                [c] if demonym_names_the_place(bare) => Some(c),
                _ => None,
            };
            let named = country_folded(g, &joined, &folded);
            if let Some(c) = named.or(demonym) {
                let list = if words[..at].iter().any(|w| matches!(*w, "of" | "in")) {
                    &mut after
                } else {
                    &mut before
                };
                if !list.iter().any(|(x, _)| *x == c.iso2) {
                    list.push((c.iso2.clone(), named.is_none()));
                }
            }
        }
    }
    // `French and Indian War`: two peoples before the head are its sides.
    if before.iter().filter(|(_, by_demonym)| *by_demonym).count() > 1 {
        before.retain(|(_, by_demonym)| !by_demonym);
    }
    // Multi-word country names after `of`/`in` (`invasion of the United
    // States`, `in South Sudan`).
    if after.is_empty() {
        if let Some(at) = words.iter().rposition(|w| matches!(*w, "of" | "in")) {
            let rest: Vec<&str> = words[at + 1..]
                .iter()
                .copied()
                .filter(|w| *w != "the")
                .collect();
            if rest.len() >= 2 {
                if let Some(c) = country_named(g, &rest.join(" ")) {
                    after.push((c.iso2.clone(), false));
                }
            }
        }
    }
    let out = if after.is_empty() { before } else { after };
    TitleCountries {
        by_demonym: !out.is_empty() && out.iter().all(|(_, by_demonym)| *by_demonym),
        countries: out.into_iter().map(|(c, _)| c).collect(),
        ambiguous,
    }
}

/// The countries a title names ([`title_countries`]).
#[derive(Debug, Default)]
pub struct TitleCountries {
    /// ISO codes, in the order the title names them.
    pub countries: Vec<String>,
    /// Every one was read from a demonym (`Armenian genocide`), which
    /// names a people: where it happened is for the text to confirm
    /// ([`demonym_names_the_place`], [`text_confirms`]).
    pub by_demonym: bool,
    /// Words several states share (`Congolese`), with those states.
    pub ambiguous: Vec<(String, Vec<String>)>,
}

/// Nouns of an action whose agent the demonym before them names: `Spanish
/// conquest of the Inca Empire` was not in Spain.
const ACTOR_NOUNS: &[&str] = &[
    "conquest",
    "conquests",
    "invasion",
    "invasions",
    "occupation",
    "colonization",
    "colonisation",
    "annexation",
    "intervention",
    "expedition",
    "expeditions",
    "evacuation",
    "withdrawal",
    "blockade",
    "bombing",
    "bombardment",
    "raid",
    "raids",
    "landing",
    "landings",
];

/// Whether a title's demonym names where its event happened: events a
/// people has at home (protests, riots, revolutions, coups, elections,
/// insurgencies, civil wars, wars of independence), unlike wars and
/// genocides, named after their sides and victims (`Great Turkish War`,
/// `Armenian genocide`).
pub fn demonym_names_the_place(title: &str) -> bool {
    use crate::model::EventKind as K;
    let lower = title.to_lowercase();
    matches!(
        super::classify::title_kind(title),
        Some(K::Protest | K::Riot | K::Revolution | K::Coup | K::Election | K::Insurgency)
    ) || [
        "civil war",
        "war of independence",
        "independence war",
    ]
    .iter()
    .any(|w| lower.contains(w))
        // `2016–2017 Gambian constitutional crisis`, `Venezuelan crisis of
        // 1895`: a state's own crisis (not its refugees', its migrants' or
        // its people's held hostage abroad, nor one between states).
        || lower.contains("crisis")
            && !["refugee", "migrant", "hostage", "diplomatic"]
                .iter()
                .any(|w| lower.contains(w))
}

/// Whether a people's name in `title` names a state's own event, which
/// happens in the state whoever takes part: a coup, an election, a civil
/// war or a crisis of its own ([`demonym_names_the_place`] but for the
/// risings a people may hold abroad).
pub fn demonym_names_the_state(title: &str) -> bool {
    use crate::model::EventKind as K;
    demonym_names_the_place(title)
        && !matches!(
            super::classify::title_kind(title),
            Some(K::Protest | K::Riot | K::Revolution | K::Insurgency)
        )
}

/// Words after a demonym that make it a state's (`Hungarian People's
/// Republic`, `Rwandan Constitution`, `Italian states`, `Cambodian
/// citizens`).
const STATEHOOD: &[&str] = &[
    "Republic",
    "Kingdom",
    "Federation",
    "State",
    "state",
    "states",
    "government",
    "Government",
    "Constitution",
    "constitution",
    "army",
    "Army",
    "Armed",
    "armed",
    "citizens",
    "territory",
    "soil",
    "capital",
    "Parliament",
    "parliament",
    "People's",
    "Civil",
];

/// `Newark-on-Trent`, `Kingston upon Hull`: a longer name `text` writes
/// that begins with `name` (joined by a hyphen, or by `upon` or `on` and a
/// capitalised word) and names one place in another country than `p`'s.
pub fn longer_name_elsewhere<'g>(
    g: &'g Gazetteer,
    text: &str,
    name: &str,
    p: &Place,
) -> Option<&'g Place> {
    text.match_indices(name).find_map(|(at, _)| {
        if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-') {
            return None;
        }
        let rest = &text[at + name.len()..];
        let tail_len = if rest.starts_with('-') {
            rest.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
                .unwrap_or(rest.len())
        } else {
            let joined = [" upon ", " on "]
                .iter()
                .find_map(|j| rest.strip_prefix(j))?;
            let word = joined
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .filter(|w| w.starts_with(char::is_uppercase))?;
            rest.len() - joined.len() + word.len()
        };
        let whole = format!("{name}{}", rest[..tail_len].trim_end_matches('-'));
        if whole.len() == name.len() {
            return None;
        }
        match resolve(g, &whole, &[]) {
            Resolved::One(Hit::Place(q)) if q.country != p.country => Some(q),
            _ => None,
        }
    })
}

/// Whether `text` (an article's lead, its title aside) places the country
/// `iso` as a state: it names it (`Cambodia's population`, `in Algeria`)
/// or a demonym of it qualifies a state's institution (`Hungarian
/// People's Republic`, `the Rwandan Civil War`).
pub fn text_confirms(g: &Gazetteer, iso: &str, text: &str) -> bool {
    let Some(c) = g.country_by_code(iso) else {
        return false;
    };
    // A whole word of `text` at `at`, `len` bytes long.
    let whole = |at: usize, len: usize| {
        !text[..at].ends_with(char::is_alphanumeric)
            && !text[at + len..].starts_with(char::is_alphanumeric)
    };
    // A name inside another: `New Guinea`, `New Spain`, `New England`; the
    // `East India Company`, `West India Regiment` (a compass word before
    // it, a name going on after it).
    let inside_another = |at: usize, len: usize| {
        let before = text[..at].trim_end().rsplit(' ').next().unwrap_or("");
        let goes_on = text[at + len..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        before == "New" || matches!(before, "East" | "West") && goes_on
    };
    // Its names (not one several states share: `Macedonia`).
    let named = c.names.iter().chain([&c.title]).any(|n| {
        g.ambiguous_country(&crate::gazetteer::fold(n)).is_none()
            && text
                .match_indices(n.as_str())
                .any(|(at, _)| whole(at, n.len()) && !inside_another(at, n.len()))
    });
    named
        || c.demonyms.iter().any(|d| {
            text.match_indices(d.as_str()).any(|(at, _)| {
                whole(at, d.len())
                    && text[at + d.len()..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| {
                            STATEHOOD.contains(&w.trim_end_matches([',', '.', ';', ':', ')']))
                        })
            })
        })
}

/// The countries of the places of at least `population` people `text`
/// names by a name the gazetteer knows for one place (a city of a million
/// or more: a large city), `except` aside, each once.
pub fn countries_of_places_in(
    g: &Gazetteer,
    text: &str,
    except: &Place,
    population: u64,
) -> Vec<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let mut out: Vec<String> = Vec::new();
    for i in 0..words.len() {
        for n in 1..=3 {
            let Some(run) = words.get(i..i + n) else {
                break;
            };
            if !run.iter().all(|w| w.starts_with(char::is_uppercase)) {
                break;
            }
            let name = run.join(" ");
            if !g.knows(&name) {
                continue;
            }
            if let Resolved::One(Hit::Place(q)) = resolve(g, &name, &[]) {
                if q.population >= population
                    && !std::ptr::eq(q, except)
                    && !out.contains(&q.country)
                {
                    out.push(q.country.clone());
                }
            }
        }
    }
    out
}

/// The countries `text` names by name (not demonym), each once, in order:
/// runs of capitalised words (with `of`, `the`, `and` inside: `Republic of
/// the Congo`), the longest name first (`Republic of China`, not
/// `China`); a name several states share counts for none.
pub fn countries_in(g: &Gazetteer, text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let clean = |w: &str| -> String {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
            .trim_end_matches(['\'', '’'])
            .to_owned()
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let first = clean(words[i]);
        if !first.starts_with(char::is_uppercase)
            || !g.may_begin_country(&crate::gazetteer::fold(&first))
        {
            i += 1;
            continue;
        }
        let mut taken = 1;
        for n in (1..=5).rev() {
            let Some(run) = words.get(i..i + n) else {
                continue;
            };
            // Punctuation ends a name: only its last word may carry some.
            let inner_break = run[..n - 1]
                .iter()
                .any(|w| w.ends_with([',', '.', ';', ':', ')']));
            let last = clean(run[n - 1]);
            if inner_break || !last.starts_with(char::is_uppercase) {
                continue;
            }
            let name = run.iter().map(|w| clean(w)).collect::<Vec<_>>().join(" ");
            // `(CUP)`, `AND`: an acronym, not an ISO code.
            let code = name.len() == 3 && name.bytes().all(|b| b.is_ascii_uppercase());
            if let Some(c) = country_named(g, &name).filter(|_| !code || name == "USA") {
                if !out.contains(&c.iso2) && !style_or_colony(g, &words[..i], c) {
                    out.push(c.iso2.clone());
                }
                taken = n;
                break;
            }
        }
        i += taken;
    }
    out
}

/// Whether the words before a country's name make it a ruler's style
/// (`King Louis IX of France`, `Louis IX, King of France`: a king's
/// realm, not where he fought) or a colony's name (`the governor of
/// Portuguese India`: another people's demonym before it).
fn style_or_colony(g: &Gazetteer, before: &[&str], c: &Country) -> bool {
    const RULERS: &[&str] = &[
        "king", "queen", "emperor", "empress", "sultan", "tsar", "czar", "shah", "prince",
        "princess", "duke", "duchess", "regent", "viceroy", "governor", "caliph", "emir",
        "pharaoh", "khan",
    ];
    let roman = |w: &str| !w.is_empty() && w.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X'));
    let styled = match before {
        [.., by, "of"] => roman(by) || RULERS.contains(&by.to_lowercase().as_str()),
        _ => false,
    };
    let colony = before.last().is_some_and(|w| {
        let people = g.countries_of_demonym(w);
        !people.is_empty() && people.iter().all(|p| p.iso2 != c.iso2)
    });
    styled || colony
}

/// Whether `text` names a region after `name`: `Kharkiv Oblast`, `Idlib
/// Governorate`, `the Kharkiv region`.
fn names_region(text: &str, name: &str) -> bool {
    [
        "Oblast",
        "Province",
        "Governorate",
        "Region",
        "region",
        "oblast",
        "province",
        "governorate",
    ]
    .iter()
    .any(|kind| text.contains(&format!("{name} {kind}")))
}

/// Whether `text` writes `name` only as the first words of a building's
/// or a works' name (`the Chernobyl Nuclear Power Plant, located near
/// Pripyat`): the title's name is then the works', not its town's. The
/// title's own words (`The Chernobyl disaster`) are passed over; one
/// plain mention of the town tells.
fn names_works_only(text: &str, name: &str, title: &str) -> bool {
    const WORKS: &[&str] = &[
        "Plant", "Station", "Stadium", "Park", "Mine", "Colliery", "Dam", "Factory", "Works",
        "Bridge", "Airport", "Prison", "Hospital", "Tower", "Barracks", "Base", "Refinery",
    ];
    let mut works = false;
    let mut from = 0;
    while let Some(at) = text[from..].find(name).map(|i| from + i) {
        from = at + name.len();
        let before = text[..at].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) || text[at..].starts_with(title) {
            continue;
        }
        let Some(rest) = text[from..].strip_prefix(' ') else {
            return false;
        };
        let run = rest
            .split(' ')
            .take_while(|w| w.starts_with(char::is_uppercase))
            .take(5);
        let mut last = "";
        for w in run {
            last = w;
            if w.ends_with([',', '.', ';', ':', ')']) {
                break;
            }
        }
        if !WORKS.contains(&last.trim_end_matches([',', '.', ';', ':', ')'])) {
            return false;
        }
        works = true;
    }
    works
}

/// Words a title capitalises that name what was fought for, not where
/// (`Irish War of Independence`: not Independence, Missouri).
const CAUSE_WORDS: &[&str] = &[
    "Independence",
    "Liberation",
    "Unification",
    "Reunification",
    "Succession",
    "Restoration",
    "Resistance",
    "Freedom",
    "Liberty",
    "Union",
    "Unity",
    "Peace",
    "Victory",
    "Justice",
    "Salvation",
    "Reform",
    "Reformation",
    "Secession",
    "Religion",
    "Faith",
];

/// The name after a title's last `of` (`Midway` of `Battle of Midway`),
/// its capitalised words.
pub fn title_place_name(title: &str) -> Option<String> {
    let bare = match title.find(" (") {
        Some(p) if title.ends_with(')') => &title[..p],
        _ => title,
    };
    let (_, after) = bare.rsplit_once(" of ")?;
    let run: Vec<&str> = after
        .split(' ')
        .skip_while(|w| *w == "the")
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    (!run.is_empty()).then(|| run.join(" "))
}

/// Prefixes of ships' names (`USS Baltimore`, `HMS Hood`).
const SHIP_PREFIXES: &[&str] = &[
    "USS", "HMS", "SS", "RMS", "HMAS", "HMCS", "HMNZS", "SMS", "USNS", "USCGC", "MV", "HMT",
];

/// `The Baltimore crisis was ... the stabbing of two American sailors from
/// the USS Baltimore`: a title's name that the text writes only as a
/// ship's (each time after a prefix such as `USS`) names the ship, not the
/// town (the article's title, where the text writes it, aside). False when
/// the text never writes the name.
pub fn named_as_ship(text: &str, name: &str, title: &str) -> bool {
    let text = text.replace(title, "");
    let text = text.as_str();
    let mut seen = false;
    for (at, _) in text.match_indices(name) {
        let after = text[at + name.len()..].chars().next();
        let before = text[..at].chars().next_back();
        if after.is_some_and(char::is_alphanumeric) || before.is_some_and(|c| !c.is_whitespace()) {
            continue;
        }
        let prev = text[..at]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if !SHIP_PREFIXES.contains(&prev) {
            return false;
        }
        seen = true;
    }
    seen
}

/// `thousands of Norman, French, Flemish, and Breton troops`: whether
/// `text` lists `name` among peoples' names (next to a demonym, across a
/// comma, `and` or `or`), as a people's name itself, not a place's (the
/// Norman Conquest's `Norman` is no Norman, Oklahoma).
pub fn listed_with_peoples(g: &Gazetteer, text: &str, name: &str) -> bool {
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let words: Vec<&str> = text.split_whitespace().collect();
    let demonym = |w: &str| {
        let w = clean(w);
        w != name && w.starts_with(char::is_uppercase) && !g.countries_of_demonym(&w).is_empty()
    };
    (0..words.len()).any(|i| {
        if clean(words[i]) != name {
            return false;
        }
        // `Norman, French`: a comma after it, or `and`/`or` next.
        let next = if words[i].ends_with(',') {
            words.get(i + 1)
        } else {
            words
                .get(i + 1)
                .filter(|w| matches!(**w, "and" | "or"))
                .and_then(|_| words.get(i + 2))
        };
        // `French, Norman`, `French and Norman`.
        let prev = match i.checked_sub(1).map(|k| words[k]) {
            Some(w) if w.ends_with(',') => Some(w),
            Some("and" | "or") => i.checked_sub(2).map(|k| words[k]),
            _ => None,
        };
        next.is_some_and(|w| demonym(w)) || prev.is_some_and(&demonym)
    })
}

/// Whether `name`, as written, holds letters English does not use and no
/// other place bears it (`Przemyśl`, `Küstrin`): no English word, so a
/// town GeoNames alone knows by it may be taken without its country named.
pub fn foreign_single_name(g: &Gazetteer, name: &str) -> bool {
    !name.is_ascii() && g.places_folded(&crate::gazetteer::fold(name), None).len() == 1
}

/// `The Balkan Wars were two wars in the Balkan states`: whether `text`
/// writes `name` only between `the` and a lower-case noun it qualifies, as
/// a people's or a region's adjective, never as a place of its own (the
/// gazetteer's Balkan is a province of Turkmenistan).
pub fn only_qualifies(text: &str, name: &str) -> bool {
    const FOLLOWS: &[&str] = &[
        "and", "or", "in", "on", "at", "from", "to", "was", "were", "is", "are", "had", "has",
        "during", "until", "by", "with", "after", "before", "between", "for", "as", "which",
        "where", "when", "the", "itself", "became", "began", "took", "lasted", "saw", "fell",
        "remained", "lies", "lay", "stood", "rose", "came", "went", "won", "lost",
    ];
    let mut seen = false;
    for at in whole_word_at(text, name) {
        let after = &text[at + name.len()..];
        let next = after
            .strip_prefix(' ')
            .and_then(|r| r.split_whitespace().next())
            .unwrap_or("");
        // `The Balkan Wars were`: part of a longer name, neither.
        if next.starts_with(char::is_uppercase) {
            continue;
        }
        seen = true;
        // `the Balkan states`: after an article, before a noun.
        let qualifies = text[..at].ends_with("the ")
            && next.starts_with(char::is_lowercase)
            && !FOLLOWS.contains(&next.trim_end_matches([',', '.', ';', ':']))
            && !next.ends_with("ed");
        if !qualifies {
            return false;
        }
    }
    seen
}

/// `Native Americans led by Black Hawk, a Sauk leader`: whether `text`
/// writes `name` as a person's (after `led by` or `commanded by`, or
/// before an apposition that calls it a leader, a chief, a king ...), not
/// a place's (GeoNames calls Janesville `Black Hawk` too; `under
/// California state law` is no person's).
pub fn named_as_person(text: &str, name: &str) -> bool {
    const RULERS: &[&str] = &[
        "leader",
        "chief",
        "chieftain",
        "warrior",
        "king",
        "queen",
        "general",
        "commander",
        "emperor",
        "sultan",
        "prophet",
    ];
    whole_word_at(text, name).any(|at| {
        let before = text[..at].trim_end();
        let after = &text[at + name.len()..];
        let led = ["led by", "commanded by"]
            .iter()
            .any(|p| before.ends_with(p));
        let called = [", a ", ", an ", ", the "]
            .iter()
            .any(|p| after.starts_with(p))
            && after.split_whitespace().take(5).any(|w| {
                RULERS.contains(&w.trim_end_matches([',', '.', ';']).to_lowercase().as_str())
            });
        led || called
    })
}

/// Where `text` writes `name` as whole words (case as given).
fn whole_word_at<'t>(text: &'t str, name: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(name)
        .map(|(at, _)| at)
        .filter(move |&at| {
            !text[at + name.len()..].starts_with(char::is_alphanumeric)
                && !text[..at].ends_with(char::is_alphanumeric)
        })
}

/// A town of the Americas or Oceania (renamed often, often after older
/// places) named by another of its names, no spelling of its own
/// (GeoNames' `Louisbourg` is Harrisburg, its `Buena Vista` Visalia): the
/// name may as well be another place's, which the gazetteer does not know.
/// (Not the title's first words: `New York` of New York City.)
pub(crate) fn late_town_by_another_name(g: &Gazetteer, name: &str, p: &Place) -> bool {
    if p.kind != PlaceKind::City || !g.country_by_code(&p.country).is_some_and(settled_late) {
        return false;
    }
    let (folded, title) = (
        crate::gazetteer::fold(name),
        crate::gazetteer::fold(&p.title),
    );
    folded != title
        && !title
            .strip_prefix(folded.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
        && !crate::gazetteer::build::spelling_of(name, &p.title)
}

/// A country of the Americas, Australia or New Zealand, whose towns were
/// named (often for older places elsewhere: Troy, Memphis, Utica, Ithaca)
/// after 1492.
pub(crate) fn settled_late(c: &Country) -> bool {
    let lon = c
        .point
        .as_deref()
        .and_then(|p| p.split_whitespace().next())
        .and_then(|l| l.parse::<f64>().ok());
    lon.is_some_and(|lon| lon < -25.0) || matches!(c.iso2.as_str(), "AU" | "NZ")
}

/// Whether `text` holds `name` as whole words (folded).
pub fn holds_words(text: &str, name: &str) -> bool {
    let (t, n) = (crate::gazetteer::fold(text), crate::gazetteer::fold(name));
    format!(" {t} ").contains(&format!(" {n} "))
}

/// The cities or regions a title names, each with the name the title
/// gives it, when the name is found in one country only: `Siege of
/// Mariupol`, `Battle of Raqqa (2013)`; the name after `of` (or a name the
/// title begins with: `Raqqa campaign`), whole.
pub fn title_places<'g>(
    g: &'g Gazetteer,
    title: &str,
    text: &str,
) -> (Vec<(&'g Place, String)>, Vec<String>) {
    let bare = match title.find(" (") {
        Some(p) if title.ends_with(')') => &title[..p],
        _ => title,
    };
    let mut words: Vec<&str> = bare.split(' ').filter(|w| !w.is_empty()).collect();
    // `Invasion of Algiers in 1830`: past the year the title ends with.
    if let [.., "in" | "of", year] = words[..] {
        if year.starts_with(|c: char| c.is_ascii_digit())
            && year
                .chars()
                .all(|c| c.is_ascii_digit() || c == '–' || c == '-')
        {
            words.truncate(words.len() - 2);
        }
    }
    let mut names = Vec::new();
    // `Sinking of the Moskva`: a name after `the` is a river's, a ship's
    // or a region's (`Battle of the Somme`), not a city's.
    let mut no_city = None;
    // The capitalised run after the last `of`.
    if let Some(at) = words.iter().rposition(|w| *w == "of") {
        let run: Vec<&str> = words[at + 1..]
            .iter()
            .copied()
            .skip_while(|w| *w == "the")
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase) || w.starts_with("al-")
            })
            .collect();
        if !run.is_empty()
            && at + 1 + run.len() >= words.len() - usize::from(words.get(at + 1) == Some(&"the"))
        {
            if words.get(at + 1) == Some(&"the") {
                no_city = Some(run.join(" "));
            }
            names.push(run.join(" "));
        }
    }
    // The capitalised run a title begins with, before a lower-case word:
    // `Raqqa campaign`, `Berdiansk port attack`.
    let skip = words
        .iter()
        .take_while(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || c == '–' || c == '-')
        })
        .count();
    let mut lead: Vec<&str> = words[skip..]
        .iter()
        .copied()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    // `Warsaw Uprising`, `Coventry Blitz`: a title capitalised to its
    // event noun names the place before the noun, as `Warsaw uprising`.
    if skip + lead.len() == words.len()
        && lead.len() > 1
        && lead
            .last()
            .is_some_and(|w| super::classify::noun_kind(w).is_some())
    {
        lead.pop();
    }
    // `Kharkiv counteroffensive`, `Aleppo campaign`: the name before a
    // head that spans an area names the region when a region of the same
    // country bears it (Aleppo Governorate), not the city; when the
    // article's text (`text`) names such a region the gazetteer does not
    // know by that name (`Kharkiv Oblast`), the title gives its country
    // alone (the second list).
    let mut area = None;
    // `2018 Ontario general election`: a state's or province's own
    // election, whose name is then a region's (not Ontario, California).
    let mut polity = None;
    if !lead.is_empty() && lead.len() < words.len() {
        names.push(lead.join(" "));
        let rest = &words[skip + lead.len()..];
        if let [kind, "election" | "elections", ..] = rest {
            if matches!(
                *kind,
                "general" | "state" | "provincial" | "gubernatorial" | "legislative"
            ) {
                polity = Some(lead.join(" "));
            }
        }
        let head = words.get(skip + lead.len()).map(|w| w.to_lowercase());
        if head.as_deref().is_some_and(|h| {
            matches!(
                h,
                "offensive" | "counteroffensive" | "counter-offensive" | "campaign"
            )
        }) {
            area = Some(lead.join(" "));
        }
    }
    let mut out = Vec::new();
    let mut countries = Vec::new();
    for name in names {
        if is_direction(&name) || CAUSE_WORDS.contains(&name.as_str()) {
            continue;
        }
        if !g.has_place_folded(&crate::gazetteer::fold(strip_direction(&name))) {
            // `Italian conquest of British Somaliland`: a land of history
            // within one state today gives that state alone.
            if let Some(c) = land_of_one_state(g, &name) {
                if !countries.contains(&c.iso2) {
                    countries.push(c.iso2.clone());
                }
            }
            continue;
        }
        if names_works_only(text, &name, bare) {
            continue;
        }
        let resolved = match resolve(g, &name, &[]) {
            Resolved::Ambiguous(_) if polity.as_deref() == Some(name.as_str()) => {
                let folded = crate::gazetteer::fold(&name);
                match g
                    .places_folded(&folded, None)
                    .into_iter()
                    .filter(|p| p.kind == PlaceKind::Region)
                    .collect::<Vec<_>>()[..]
                {
                    [one] => Resolved::One(Hit::Place(one)),
                    _ => Resolved::Unknown,
                }
            }
            // `2020 Delhi riots`: the city of millions a name means when
            // nothing else tells (Dili is also `Delhi` to GeoNames).
            Resolved::Ambiguous(_) if no_city.is_none() => match city_of_millions(g, &name) {
                Some(p) => Resolved::One(Hit::Place(p)),
                None => Resolved::Unknown,
            },
            r => r,
        };
        if let Resolved::One(Hit::Place(mut p)) = resolved {
            if no_city.as_deref() == Some(name.as_str()) && p.kind == PlaceKind::City {
                continue;
            }
            if area.as_deref() == Some(name.as_str()) && p.kind == PlaceKind::City {
                let folded = crate::gazetteer::fold(&name);
                match g
                    .places_folded(&folded, Some(&p.country))
                    .into_iter()
                    .find(|r| r.kind == PlaceKind::Region)
                {
                    Some(r) => p = r,
                    None if names_region(text, &name) => {
                        if !countries.contains(&p.country) {
                            countries.push(p.country.clone());
                        }
                        continue;
                    }
                    None => {}
                }
            }
            if !out
                .iter()
                .any(|(q, _): &(&Place, String)| std::ptr::eq(*q, p))
            {
                out.push((p, name.clone()));
            }
        }
    }
    (out, countries)
}

#[cfg(test)]
mod tests {
    #[test]
    fn lands_are_written_as_fold_writes_them() {
        for (land, _) in super::LANDS_OF_ONE_STATE {
            assert_eq!(crate::gazetteer::fold(land), *land);
        }
        assert!(super::LANDS_OF_ONE_STATE
            .windows(2)
            .all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_country_with_a_word_for_its_part_or_rulers_is_that_country_unless_another_state_is_meant()
    {
        let g = crate::gazetteer::Gazetteer::bundled();
        let iso = |name: &str| super::qualified_country(g, name).map(|c| c.iso2.as_str());
        assert_eq!(iso("Northern Italy"), Some("IT"));
        assert_eq!(iso("Western United States"), Some("US"));
        assert_eq!(iso("Nazi Germany"), Some("DE"));
        assert_eq!(iso("Soviet Ukraine"), Some("UA"));
        assert_eq!(iso("British Cyprus"), Some("CY"));
        assert_eq!(iso("Kazakh SSR"), Some("KZ"));
        assert_eq!(iso("Ukrainian Soviet Socialist Republic"), Some("UA"));
        assert_eq!(iso("Azerbaijan SSR"), Some("AZ"));
        // Today's South Sudan; a colony in another state today.
        assert_eq!(iso("Southern Sudan"), None);
        assert_eq!(iso("British Honduras"), None);
        assert_eq!(iso("Spanish Netherlands"), None);
        // No country after the word; a word that is no part's or ruler's.
        assert_eq!(iso("Northern Rhodesia"), None);
        assert_eq!(iso("Greater Syria"), None);
        // The lands such colonies lie in are named whole.
        let land = |name: &str| super::land_of_one_state(g, name).map(|c| c.iso2.as_str());
        assert_eq!(land("British Honduras"), Some("BZ"));
        assert_eq!(land("East Pakistan"), Some("BD"));
    }
}
