//! Coordinates: MediaWiki's `{{coord}}` parameters, and coordinates as
//! articles write them (`36°20′N 43°08′E`, `36.3333°N 43.1333°E`,
//! `50.466, -4.718`), as a point in decimal degrees.

/// A point on the WGS 84 ellipsoid, in decimal degrees: a latitude in
/// -90..=90 and a longitude in -180..=180 (never NaN, so points compare
/// as equal or not).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    lat: f64,
    lon: f64,
}

impl Eq for Point {}

impl Point {
    pub fn lat(&self) -> f64 {
        self.lat
    }

    pub fn lon(&self) -> f64 {
        self.lon
    }

    fn checked(lat: f64, lon: f64) -> Option<Point> {
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
            .then_some(Point { lat, lon })
    }

    /// As rendered text: `36.333333°N 43.133333°E` (six decimals, about
    /// 0.1 m), which [`parse`] reads back.
    pub fn text(&self) -> String {
        format!(
            "{}°{} {}°{}",
            decimals(self.lat.abs()),
            if self.lat < 0.0 { 'S' } else { 'N' },
            decimals(self.lon.abs()),
            if self.lon < 0.0 { 'W' } else { 'E' }
        )
    }

    /// `lon lat`, longitude first, as WKT and the gazetteer write it.
    pub fn lon_lat(&self) -> String {
        format!("{} {}", decimals(self.lon), decimals(self.lat))
    }

    /// The WKT of the point: `POINT(lon lat)`.
    pub fn wkt(&self) -> String {
        format!("POINT({})", self.lon_lat())
    }
}

/// At most six decimals, without trailing zeros.
fn decimals(x: f64) -> String {
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0" } else { s }.to_owned()
}

/// The point of `{{coord}}`'s unnamed parameters: `lat|lon` (signed
/// decimals), `lat|N|lon|E`, `d|m|N|d|m|E` or `d|m|s|N|d|m|s|E` (text
/// may mix them: `33°18′54″S 70°40′W`); the
/// parameters after them (`region:IQ_type:city`) and named ones
/// (`display=title`) are no part of it.
pub fn from_template(params: &[&str]) -> Option<Point> {
    let params: Vec<&str> = params
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.contains('=') && !p.contains(':') && !p.is_empty())
        .collect();
    let hemisphere = |p: &str| matches!(p, "N" | "S" | "E" | "W");
    match params.iter().position(|p| hemisphere(p)) {
        None => {
            let [lat, lon, ..] = params[..] else {
                return None;
            };
            Point::checked(lat.parse().ok()?, lon.parse().ok()?)
        }
        Some(n) if (1..=3).contains(&n) => {
            let lat = dms(&params[..n], params[n])?;
            let rest = &params[n + 1..];
            let m = rest.iter().position(|p| hemisphere(p))?;
            if !(1..=3).contains(&m) || !matches!(params[n], "N" | "S") {
                return None;
            }
            let lon = dms(&rest[..m], rest[m]).filter(|_| matches!(rest[m], "E" | "W"))?;
            Point::checked(lat, lon)
        }
        _ => None,
    }
}

/// Degrees, minutes and seconds with a hemisphere, as signed degrees.
fn dms(parts: &[&str], hemisphere: &str) -> Option<f64> {
    let mut value = 0.0;
    for (i, p) in parts.iter().enumerate() {
        let x: f64 = p.parse().ok()?;
        if x < 0.0 || (i > 0 && x >= 60.0) {
            return None;
        }
        value += x / 60f64.powi(i as i32);
    }
    Some(if matches!(hemisphere, "S" | "W") {
        -value
    } else {
        value
    })
}

/// Reads coordinates as an article writes them: `36°20′N 43°08′E`,
/// `36°20′15″N 43°08′10″E`, `36.3333°N 43.1333°E`, or two signed decimals
/// `50.466, -4.718` (latitude first).
pub fn parse(text: &str) -> Option<Point> {
    let t = text.trim();
    if !t.contains(['N', 'S']) {
        let (lat, lon) = t.split_once([',', ';'])?;
        return Point::checked(lat.trim().parse().ok()?, lon.trim().parse().ok()?);
    }
    // Numbers and hemispheres in order; the marks between them go.
    let mut parts: Vec<String> = Vec::new();
    let mut number = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
            continue;
        }
        if !number.is_empty() {
            parts.push(std::mem::take(&mut number));
        }
        if matches!(c, 'N' | 'S' | 'E' | 'W') {
            parts.push(c.to_string());
        } else if !matches!(c, '°' | '′' | '″' | '\'' | '"' | ' ' | ',' | '\u{a0}') {
            return None;
        }
    }
    if !number.is_empty() {
        parts.push(number);
    }
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    from_template(&refs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(p: Point, lat: f64, lon: f64) -> bool {
        (p.lat - lat).abs() < 1e-4 && (p.lon - lon).abs() < 1e-4
    }

    #[test]
    fn template_forms() {
        // The forms of the corpus' pages.
        let p = from_template(&["41.893269", "-87.622511", "display=inline"]).unwrap();
        assert!(close(p, 41.893269, -87.622511));
        let p =
            from_template(&["45", "32", "22", "N", "89", "45", "19", "W", "region:US-WI"]).unwrap();
        assert!(close(p, 45.539444, -89.755278), "{p:?}");
        let p = from_template(&["50.51861", "N", "1.64139", "E", "type:adm3rd"]).unwrap();
        assert!(close(p, 50.51861, 1.64139));
        let p = from_template(&["51", "30", "N", "0", "7", "W", "type:city"]).unwrap();
        assert!(close(p, 51.5, -0.116667));
        let p = from_template(&["display=title", "43", "N", "107.5", "W"]).unwrap();
        assert!(close(p, 43.0, -107.5));
        // Out of range, unbalanced or empty: nothing.
        assert_eq!(from_template(&["95", "10"]), None);
        assert_eq!(from_template(&["45", "70", "N", "10", "E"]), None);
        assert_eq!(from_template(&["45", "E", "10", "N"]), None);
        assert_eq!(from_template(&["Mexico City"]), None);
    }

    #[test]
    fn text_forms_read_back() {
        let p = parse("36°20′N 43°08′E").unwrap();
        assert!(close(p, 36.333333, 43.133333));
        assert_eq!(p.text(), "36.333333°N 43.133333°E");
        // The text reads back to the same six decimals.
        assert_eq!(parse(&p.text()).unwrap().text(), p.text());
        assert_eq!(p.wkt(), "POINT(43.133333 36.333333)");
        let p = parse("33°18′54″S 70°40′W").unwrap();
        assert!(close(p, -33.315, -70.666667));
        assert!(close(parse("50.466, -4.718").unwrap(), 50.466, -4.718));
        assert_eq!(parse("north of the city"), None);
    }
}
