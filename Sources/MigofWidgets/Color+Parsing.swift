import Foundation

extension Color {
    /// Parses a theme file's colour: `"default"`, `"#rrggbb"`, an ANSI name
    /// (`"red"`, `"bright_red"`, `"brightRed"`, `"gray"`/`"grey"`; case and
    /// `-`/`_`/space are ignored) or a palette index `"0"`...`"255"`.
    /// Returns `nil` for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("#") {
            let hex = trimmed.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else { return nil }
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xff), UInt8(value & 0xff))
            return
        }
        if let number = Int(trimmed) {
            guard (0...255).contains(number) else { return nil }
            self = .index(UInt8(number))
            return
        }
        let key = trimmed.lowercased().filter { !"-_ ".contains($0) }
        if key == "default" {
            self = .default
            return
        }
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        if let base = names.firstIndex(of: key) {
            self = .index(UInt8(base))
        } else if key.hasPrefix("bright"), let base = names.firstIndex(of: String(key.dropFirst(6))) {
            self = .index(UInt8(base + 8))
        } else if key == "gray" || key == "grey" {
            self = .gray
        } else {
            return nil
        }
    }

    /// The colour in theme-file notation: `"default"`, `"#rrggbb"`, or the
    /// palette index as a number string.
    public var themeNotation: String {
        switch self {
        case .default: "default"
        case .index(let index): String(index)
        case .rgb(let r, let g, let b): "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}
