import Foundation

/// Reads, finds and writes theme files.
///
/// Format: `{"name": "dark", "roles": {"text": {"fg": "#d0d0d0", "bg":
/// "default", "bold": false}, ...}}`. Colours are `"#rrggbb"`, a palette
/// index 0–255 (number or string), an ANSI name or `"default"`; the flags
/// are `bold`, `underline`, `reverse` and `dim`. A role entry replaces that
/// role entirely (absent fields mean default colour / off); roles the file
/// leaves out keep the built-in style.
public enum ThemeLoader {
    /// Reads the theme at `url`. Throws a ``ThemeError`` naming the file (and
    /// the line where it can be found) when the file is unreadable, is not
    /// valid JSON, or holds a value of the wrong kind; a FIFO, device or folder, and a file
    /// over 256 MB, are refused without being read.
    public static func load(from url: URL) throws -> ThemeLoadResult {
        // Only a regular file of bounded size: a FIFO must not hang the start, /dev/zero must
        // not fill memory.
        let data = try ThemeFileReader.read(url.path)
        return try parse(data, source: url.path, defaultName: url.deletingPathExtension().lastPathComponent)
    }

    /// Parses theme JSON. `source` names the origin in errors and warnings;
    /// `defaultName` is used when the file has no `"name"`.
    public static func parse(_ data: Data, source: String, defaultName: String = "custom") throws -> ThemeLoadResult {
        try ThemeFileParser(data: data, source: source).parse(defaultName: defaultName)
    }

    /// Theme files (`*.json`) in `directories`, by file name without the
    /// extension. A name found in an earlier directory is kept over later
    /// ones, so pass the user's directory first. Missing directories are skipped.
    public static func discover(in directories: [URL]) -> [String: URL] {
        candidates(in: directories).compactMapValues(\.first)
    }

    /// Every theme file for each name, in the order of `directories`, so that a broken user
    /// copy of a theme can give way to the bundled one of the same name.
    public static func candidates(in directories: [URL]) -> [String: [URL]] {
        var found: [String: [URL]] = [:]
        for directory in directories {
            let entries = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
            for entry in entries.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) where entry.pathExtension == "json" {
                found[entry.deletingPathExtension().lastPathComponent, default: []].append(entry)
            }
        }
        return found
    }

    /// The theme as theme-file JSON, roles in ``Role`` declaration order, one
    /// per line, so files diff cleanly. Roles without a style of their own
    /// are written with their fallback style, making the file complete.
    public static func encode(_ theme: Theme) -> String {
        let roles = Role.allCases.map { role -> String in
            let style = theme.style(for: role)
            var fields = [
                "\"fg\": \"\(style.fg.themeNotation)\"",
                "\"bg\": \"\(style.bg.themeNotation)\"",
                "\"bold\": \(style.bold)",
            ]
            if style.underline { fields.append("\"underline\": true") }
            if style.reverse { fields.append("\"reverse\": true") }
            if style.dim { fields.append("\"dim\": true") }
            return "    \"\(role.rawValue)\": {\(fields.joined(separator: ", "))}"
        }
        return "{\n  \"name\": \"\(jsonEscaped(theme.name))\",\n  \"roles\": {\n" + roles.joined(separator: ",\n") + "\n  }\n}\n"
    }

    /// `text` as the inside of a JSON string. Every control character is escaped, not only
    /// quotes and backslashes: a name read from a file with `\t` or `\u0001` must be written
    /// back as JSON that reads again (the fuzz harness found it written raw).
    static func jsonEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
