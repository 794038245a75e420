import Foundation

/// The colours of an HTML report, by theme role name (`rating1` … `rating4`, `unscored`,
/// `positive`, `negative`, `accent`, `muted`, `border`, `title`), as CSS `#rrggbb`.
///
/// Paper is white, so the page's text is always near black; the theme colours the bars, the
/// change marks, the headings and the rules. A colour too light to read as text on white is
/// darkened for text (never for bar fills, which carry a dark outline and their number), so a
/// dark terminal theme still prints legibly, in colour or in grey.
public struct ReportPalette: Sendable, Equatable {
    /// The roles a report uses, in the order the stylesheet lists them.
    public static let roles = ["text", "muted", "accent", "border", "title", "rating1", "rating2", "rating3", "rating4",
                               "unscored", "positive", "negative", "warning"]

    /// Colours by role; a role missing here takes `fallback(for:)`.
    public var colors: [String: String]

    public init(colors: [String: String]) {
        self.colors = colors.filter { Self.isHex($0.value) }
    }

    /// The bundled `light` theme's colours, for a report made without a theme.
    public static let standard = ReportPalette(colors: [
        "text": "#1c1c1c", "muted": "#6c6c6c", "accent": "#005faf", "border": "#9e9e9e", "title": "#000000",
        "rating1": "#af0000", "rating2": "#af5f00", "rating3": "#5f8700", "rating4": "#005f00", "unscored": "#9e9e9e",
        "positive": "#008700", "negative": "#af0000", "warning": "#af5f00",
    ])

    /// A role's colour as given, for fills.
    public func fill(_ role: String) -> String { colors[role] ?? Self.fallback(for: role) }

    /// A role's colour for text on white: darkened until its contrast with white is at least
    /// 4.5:1 (WCAG AA), so it reads on paper and in grey.
    public func ink(_ role: String) -> String {
        var (r, g, b) = Self.components(fill(role))
        while Self.contrastOnWhite(r, g, b) < 4.5 {
            (r, g, b) = (r * 0.85, g * 0.85, b * 0.85)
        }
        return Self.hex(r, g, b)
    }

    /// The colour of a role the theme leaves to the terminal (`default`, as the monochrome
    /// theme does for all): ratings in a grey ramp, light for 1 and dark for 4, so bars still
    /// differ; everything else near black.
    public static func fallback(for role: String) -> String {
        switch role {
        case "rating1": return "#c8c8c8"
        case "rating2": return "#969696"
        case "rating3": return "#5a5a5a"
        case "rating4": return "#1e1e1e"
        case "unscored", "border": return "#b4b4b4"
        case "muted": return "#555555"
        default: return "#111111"
        }
    }

    /// Whether `text` is `#rrggbb`.
    public static func isHex(_ text: String) -> Bool {
        text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
    }

    static func components(_ hex: String) -> (Double, Double, Double) {
        guard isHex(hex) else { return (0.07, 0.07, 0.07) }
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return (Double(value >> 16 & 0xff) / 255, Double(value >> 8 & 0xff) / 255, Double(value & 0xff) / 255)
    }

    static func hex(_ r: Double, _ g: Double, _ b: Double) -> String {
        let digits = [r, g, b].map { channel -> String in
            let text = String(Int((min(max(channel, 0), 1) * 255).rounded()), radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return "#" + digits.joined()
    }

    /// WCAG 2 contrast ratio of a colour against white.
    static func contrastOnWhite(_ r: Double, _ g: Double, _ b: Double) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        return 1.05 / (luminance + 0.05)
    }
}
