/// Where a key binding applies: everywhere, on one screen, or in one dialog. Each screen and
/// dialog declares its own next to its model (`extension Context { static let … }`); help
/// lists them in the order of `allCases`: everywhere, the screens, then the dialogs.
public struct Context: Hashable, Sendable, CaseIterable {
    /// The heading of its section in help.
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public static let global = Context("Everywhere")

    public static var allCases: [Context] { [.global] + Screen.contexts + Dialog.contexts }
}
