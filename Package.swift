// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "migof",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "migof", targets: ["migof"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Model, store, scoring, import and export. Foundation only.
        .target(name: "MigofCore", exclude: ["Resources", "Embedded/embed-resources.sh"]),
        // glibc hides wcwidth from Swift; this header-only module re-declares it.
        .systemLibrary(name: "CWidth"),
        // Cell buffer, layout, widgets and themes. Never imports ncurses.
        .target(name: "MigofWidgets", dependencies: ["CWidth"]),
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        // The only code that imports ncurses.
        .target(name: "MigofTerminal", dependencies: ["CNcurses", "MigofWidgets"]),
        // Screens as state + update(event) + view, headless-testable.
        .target(name: "MigofApp", dependencies: ["MigofCore", "MigofWidgets"]),
        .executableTarget(
            name: "migof",
            dependencies: [
                "MigofCore", "MigofWidgets", "MigofTerminal", "MigofApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz harness: the readers' checks, run over the committed corpus (`make test`) or,
        // built by `make fuzz` with -D MIGOF_LIBFUZZER and -sanitize=fuzzer, under libFuzzer.
        .systemLibrary(name: "CFuzzer"),
        .executableTarget(name: "MigofFuzz", dependencies: ["MigofCore", "MigofWidgets", "CFuzzer"]),
        .testTarget(name: "MigofCoreTests", dependencies: ["MigofCore"], exclude: ["Goldens"]),
        .testTarget(name: "MigofWidgetsTests", dependencies: ["MigofWidgets"]),
        // The backend's pure decoding (key codes, characters, mouse reports), no terminal needed.
        .testTarget(name: "MigofTerminalTests", dependencies: ["MigofTerminal", "CNcurses", "MigofWidgets"]),
        .testTarget(name: "MigofAppTests", dependencies: ["MigofApp", "MigofCore", "MigofWidgets"], exclude: ["Goldens"]),
    ]
)
