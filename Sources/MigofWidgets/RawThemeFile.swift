/// The loosely typed shape of a theme file, before validation.
struct RawThemeFile: Decodable {
    let name: String?
    let roles: [String: [String: RawThemeValue]]?
}
