import Foundation

/// Turns theme-file bytes into a ``ThemeLoadResult``, keeping the raw text
/// around so errors can point at a line.
struct ThemeFileParser {
    let data: Data
    let source: String

    func parse(defaultName: String) throws -> ThemeLoadResult {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ThemeError(file: source, line: syntaxErrorLine(error), reason: "not valid JSON")
        }
        guard let object = root as? [String: Any] else {
            throw ThemeError(file: source, line: 1, reason: "expected a JSON object at the top level")
        }
        // JSONSerialization cannot tell `true` from `1`; the typed decoder can,
        // so values are read through it once the syntax is known to be fine.
        let file: RawThemeFile
        do {
            file = try JSONDecoder().decode(RawThemeFile.self, from: data)
        } catch {
            throw ThemeError(file: source, line: nil, reason: "unexpected structure (\(Self.describe(error)))")
        }
        guard let roles = file.roles else {
            throw ThemeError(file: source, line: nil, reason: "missing \"roles\" object")
        }

        var unknown = object.keys.filter { $0 != "name" && $0 != "roles" }
        var styles: [Role: RoleStyle] = [:]
        for (key, fields) in roles {
            guard let role = Role(rawValue: key) else {
                unknown.append("roles.\(key)")
                continue
            }
            var style = RoleStyle()
            for (field, value) in fields {
                switch field {
                case "fg": style.fg = try color(value, role: key, field: field)
                case "bg": style.bg = try color(value, role: key, field: field)
                case "bold": style.bold = try flag(value, role: key, field: field)
                case "underline": style.underline = try flag(value, role: key, field: field)
                case "reverse": style.reverse = try flag(value, role: key, field: field)
                case "dim": style.dim = try flag(value, role: key, field: field)
                default: unknown.append("roles.\(key).\(field)")
                }
            }
            styles[role] = style
        }

        let warning = unknown.isEmpty ? nil : "\(source): ignored unknown keys: \(unknown.sorted().joined(separator: ", "))"
        return ThemeLoadResult(theme: Theme(name: file.name ?? defaultName, styles: styles), warning: warning)
    }

    private func color(_ value: RawThemeValue, role: String, field: String) throws -> Color {
        switch value {
        case .string(let text):
            if let color = Color(parsing: text) { return color }
            throw invalid(role: role, field: field, "invalid colour \"\(text)\" (use #rrggbb, 0-255, an ANSI name or default)")
        case .number(let number) where (0...255).contains(number):
            return .index(UInt8(number))
        default:
            throw invalid(role: role, field: field, "invalid colour \(value) (use #rrggbb, 0-255, an ANSI name or default)")
        }
    }

    private func flag(_ value: RawThemeValue, role: String, field: String) throws -> Bool {
        if case .bool(let flag) = value { return flag }
        throw invalid(role: role, field: field, "expected true or false, found \(value)")
    }

    private func invalid(role: String, field: String, _ reason: String) -> ThemeError {
        ThemeError(file: source, line: line(ofField: field, inRole: role), reason: "roles.\(role).\(field): \(reason)")
    }

    /// The line of `"field"` after the `"role":` key. A textual search, which
    /// is exact for any file that does not repeat the role name as a value.
    private func line(ofField field: String, inRole role: String) -> Int? {
        let text = String(decoding: data, as: UTF8.self)
        guard let roleKey = text.range(of: "\"\(role)\"\\s*:", options: .regularExpression),
              let fieldKey = text.range(of: "\"\(field)\"\\s*:", options: .regularExpression, range: roleKey.upperBound..<text.endIndex)
        else { return nil }
        // Lines end at "\n" only, as every other line number migof reports: a lone "\r" (JSON
        // whitespace) counted as a line break put the error past the end of the file (fuzzing).
        return text[..<fieldKey.lowerBound].utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 1
    }

    /// Foundation reports JSON syntax errors either as "line L" or as a
    /// character offset depending on the platform; both are turned into a line.
    private func syntaxErrorLine(_ error: Error) -> Int? {
        let message = "\(error) \((error as NSError).userInfo)"
        // A file that stops mid-value is wrong where it ends: its last line.
        if message.contains("end of file") || message.contains("Unexpected end") {
            let lines = data.count(where: { $0 == UInt8(ascii: "\n") })
            return max(1, data.last == UInt8(ascii: "\n") ? lines : lines + 1)
        }
        if let match = message.range(of: #"line \d+"#, options: .regularExpression) {
            return Int(message[match].dropFirst(5))
        }
        guard let match = message.range(of: #"character \d+"#, options: .regularExpression),
              let offset = Int(message[match].dropFirst(10)) else { return nil }
        return data.prefix(offset).count(where: { $0 == UInt8(ascii: "\n") }) + 1
    }

    private static func describe(_ error: Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
