import MigofCore

/// What the conflicts screen's own keys ask for; one `Action` case carries them, as
/// `CompareAction` does for the comparison, so the keymap stays one list.
public enum ConflictAction: Hashable, Sendable {
    /// Take one side's value for the selected conflict.
    case take(Store.ConflictSide)
    /// Keep the value the store holds now (after editing it with the score or note keys).
    case keep
    /// Open the conflict's country on its profile, in the conflict's year.
    case profile

    /// The config file's name for it (`take-theirs = ["T"]`).
    var name: String {
        switch self {
        case .take(let side): "take-" + side.rawValue
        case .keep: "keep-value"
        case .profile: "conflict-profile"
        }
    }
}
