import Foundation

/// The few environment values the views read, looked up once.
enum ProcessEnvironment {
    static let home: String? = ProcessInfo.processInfo.environment["HOME"]
}
