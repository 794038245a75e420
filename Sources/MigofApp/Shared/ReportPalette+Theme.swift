import MigofCore
import MigofWidgets

extension ReportPalette {
    /// The report colours of a theme: each role's foreground as `#rrggbb` (a palette index as
    /// xterm shows it); a role the theme leaves to the terminal (`default`) takes
    /// `ReportPalette.fallback(for:)`.
    public init(theme: Theme) {
        var colors: [String: String] = [:]
        for name in ReportPalette.roles {
            guard let role = Role(rawValue: name) else { continue }
            let rgb: (UInt8, UInt8, UInt8)
            switch theme.style(for: role).fg {
            case .default: continue
            case .index(let index): rgb = ColorMapper.rgb(ofIndex: index)
            case .rgb(let r, let g, let b): rgb = (r, g, b)
            }
            colors[name] = "#" + [rgb.0, rgb.1, rgb.2].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
        self.init(colors: colors)
    }
}
