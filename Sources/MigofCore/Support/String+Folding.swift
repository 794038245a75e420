import Foundation

extension String {
    /// Lower-cased with accents removed, so `cote` matches "Côte d'Ivoire" and `turkiye` "Türkiye".
    public var folded: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
