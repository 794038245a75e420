/// The version `migof --version` and `migof paths` print; raise it with each release.
public enum MigofVersion {
    public static let current = "1.1.0"
}
